"""Adding a chapter to ``_toc.yml`` as a person would: one line written into the file, its
comments and layout kept, instead of the file being dumped again from YAML.

Added chapters go into the part :data:`ADDED_PART`, created after the book's own article
chapters: the part captioned "The five reports" states a count that an added report
would make false.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ADDED_PART = "Added reports"
ARTICLE_PART = "The five reports"
PART = re.compile(r"^(?P<indent> *)- caption:\s*(?P<caption>.+?)\s*$")
FILE = re.compile(r"^(?P<indent> *)- file:\s*(?P<file>\S+)\s*$")


def toc_files(toc: dict[str, Any]) -> list[str]:
    """Every ``file:`` of a parsed table of contents, the root first."""
    found = [toc["root"]]

    def walk(entries: list[dict[str, Any]]) -> None:
        for entry in entries:
            if "file" in entry:
                found.append(entry["file"])
            for key in ("parts", "chapters", "sections"):
                walk(entry.get(key, []))

    for key in ("parts", "chapters"):
        walk(toc.get(key) or [])
    return found


def _quiet(line: str) -> bool:
    """A blank or comment line: it belongs to whatever follows it."""
    return not line.strip() or line.lstrip().startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _part_end(lines: list[str], start: int) -> int:
    """The index after the last line of the part whose caption is on line ``start``."""
    own = _indent(lines[start])
    end = start + 1
    while end < len(lines) and (_quiet(lines[end]) or _indent(lines[end]) > own):
        end += 1
    while end - 1 > start and _quiet(lines[end - 1]):
        end -= 1
    return end


def _caption(match: re.Match[str]) -> str:
    return match["caption"].strip("'\"")


def _anchor(lines: list[str], parts: list[tuple[int, re.Match[str]]]) -> tuple[int, str]:
    """The part the new part follows: the book's article chapters (by caption, else the
    last part that lists a chapter file), else the last part. Its line and indent."""
    for i, match in parts:
        if _caption(match) == ARTICLE_PART:
            return i, match["indent"]
    chapters = [(i, m) for i, m in parts if "book/ch-" in "".join(lines[i : _part_end(lines, i)])]
    i, match = (chapters or parts)[-1]
    return i, match["indent"]


def _with_entry(lines: list[str], entry: str) -> list[str]:
    parts = [(i, match) for i, line in enumerate(lines) if (match := PART.match(line))]
    if not parts:
        raise ValueError("_toc.yml has no parts (`- caption:` lines): add the chapter by hand")
    added = [(i, m) for i, m in parts if _caption(m) == ADDED_PART]
    if added:
        start, match = added[0]
        end = _part_end(lines, start)
        files = [m for line in lines[start:end] if (m := FILE.match(line))]
        indent = files[-1]["indent"] if files else match["indent"] + " " * 4
        return [*lines[:end], f"{indent}- file: {entry}\n", *lines[end:]]
    anchor, pad = _anchor(lines, parts)
    end = _part_end(lines, anchor)
    block = [
        f"{pad}# Chapters of added articles, written by `python -m newsframes chapter <id>`.\n",
        f"{pad}- caption: {ADDED_PART}\n",
        f"{pad}  numbered: 1\n",
        f"{pad}  chapters:\n",
        f"{pad}    - file: {entry}\n",
    ]
    return [*lines[:end], *block, *lines[end:]]


def add_to_toc(toc: Path, entry: str) -> bool:
    """List ``entry`` (e.g. ``book/ch-x``) in the table of contents ``toc``.

    Returns False when it is listed already. The new file is parsed before it is written:
    it must list the same pages as before, in the same order, plus ``entry``.
    """
    text = toc.read_text(encoding="utf-8")
    before = toc_files(yaml.safe_load(text))
    if entry in before:
        return False
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new = "".join(_with_entry(lines, entry))
    after = toc_files(yaml.safe_load(new))
    if entry not in after or [f for f in after if f != entry] != before:
        raise ValueError(f"{toc}: could not add {entry} safely; add it by hand")
    toc.write_text(new, encoding="utf-8")
    return True
