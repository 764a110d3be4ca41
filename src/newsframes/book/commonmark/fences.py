"""Directive blocks of MyST markdown: ``:::{name}`` (colon fence) and ```` ```{name} ````
(backtick fence), with their argument, options and body; other lines are kept as text.

Code fences that are not directives (```` ```python ````) are text and are never searched
for directives. A fence closes at the first bare line of at least as many colons or
backticks, so an outer directive needs a longer fence than the ones it holds, as in MyST.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

OPENING = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>:{3,}|`{3,}|~{3,})\{(?P<name>[^}\s]+)\}[ \t]*(?P<argument>.*)$"
)
CODE_FENCE = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})")
OPTION = re.compile(r"^[ \t]*:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$")


@dataclass
class Directive:
    """One directive block: its name, argument, options and raw body (not yet converted)."""

    name: str
    argument: str = ""
    options: dict[str, str] = field(default_factory=dict)
    body: str = ""
    indent: str = ""


Block = str | Directive


def _closes(line: str, fence: str) -> bool:
    bare = line.strip()
    return bool(bare) and set(bare) == {fence[0]} and len(bare) >= len(fence)


def _options(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """The options at the top of a directive body (``:key: value`` lines or a ``---`` YAML
    block), and the body lines after them."""
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            data = yaml.safe_load("\n".join(lines[1:end])) or {}
            if isinstance(data, dict):
                return {str(k): "" if v is None else str(v) for k, v in data.items()}, lines[
                    end + 1 :
                ]
    options: dict[str, str] = {}
    count = 0
    for line in lines:
        match = OPTION.match(line)
        if not match:
            break
        options[match["key"]] = match["value"].strip()
        count += 1
    return options, lines[count:]


def _dedent(lines: list[str], indent: str) -> list[str]:
    return [line[len(indent) :] if line.startswith(indent) else line.lstrip() for line in lines]


def split_blocks(text: str) -> list[Block]:
    """``text`` as a list of plain-text chunks and directives, in order."""
    lines = text.split("\n")
    blocks: list[Block] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        opening = OPENING.match(line)
        if opening is None:
            code = CODE_FENCE.match(line)
            if code is not None:  # a plain code block: copied as it is, up to its end
                end = next(
                    (j for j in range(i + 1, len(lines)) if _closes(lines[j], code["fence"])),
                    len(lines) - 1,
                )
                plain.extend(lines[i : end + 1])
                i = end + 1
                continue
            plain.append(line)
            i += 1
            continue
        fence = opening["fence"]
        end = next((j for j in range(i + 1, len(lines)) if _closes(lines[j], fence)), len(lines))
        if plain:
            blocks.append("\n".join(plain))
            plain = []
        indent = opening["indent"]
        options, body = _options(_dedent(lines[i + 1 : end], indent))
        while body and not body[0].strip():
            body.pop(0)
        blocks.append(
            Directive(
                name=opening["name"],
                argument=opening["argument"].strip(),
                options=options,
                body="\n".join(body).rstrip(),
                indent=indent,
            )
        )
        i = end + 1
    if plain:
        blocks.append("\n".join(plain))
    return blocks


def directives(text: str) -> list[Directive]:
    """Every directive in ``text``, outer ones before the ones they hold, in reading order."""
    found: list[Directive] = []
    for block in split_blocks(text):
        if isinstance(block, Directive):
            found.append(block)
            found.extend(directives(block.body))
    return found
