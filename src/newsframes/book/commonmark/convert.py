"""One markdown text, MyST in, CommonMark out: directive blocks by ``directives``, roles by
``roles``; targets ``(label)=``, comments ``%`` and block breaks ``+++`` are dropped, and
fenced code is left as it is."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsframes.book.commonmark.directives import render_directive
from newsframes.book.commonmark.errors import unsupported
from newsframes.book.commonmark.fences import CODE_FENCE, Directive, split_blocks
from newsframes.book.commonmark.glue import Bundle
from newsframes.book.commonmark.roles import convert_roles
from newsframes.book.commonmark.site import Site

DROPPED = re.compile(r"^[ \t]*(?:\([^()\s]+\)=|%.*|\+\+\+.*)[ \t]*$")


@dataclass
class Page:
    """The page being converted: its name on the site (``lessons/04-sentiment``), where its
    file is and where the converted copy goes (for relative paths), its glued values, and
    ``where`` to name in errors (the notebook and cell)."""

    site: Site
    name: str
    source_folder: Path = Path(".")
    out_folder: Path = Path(".")
    glue: Mapping[str, Bundle] = field(default_factory=dict)
    substitutions: Mapping[str, str] = field(default_factory=dict)
    where: str = ""
    _exercise: int = 0

    def next_exercise(self, label: str | None) -> str | None:
        """The number of the page's next exercise (found by its label when it has one)."""
        numbers = self.site.exercises.get(self.name, [])
        if label is not None:
            labels = [own for own, _ in numbers]
            if label not in labels:
                raise unsupported(self.where, f"exercise {label}", "list the page in _toc.yml")
            self._exercise = labels.index(label)
        if self._exercise >= len(numbers):
            raise unsupported(self.where, "an exercise", "list the page in _toc.yml")
        number = numbers[self._exercise][1]
        self._exercise += 1
        return number


def _prose(text: str, page: Page) -> str:
    """Text outside directives: dropped lines removed, roles rewritten, code kept."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        fence = CODE_FENCE.match(lines[i])
        if fence:
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if lines[j].strip().startswith(fence["fence"])
                ),
                len(lines) - 1,
            )
            out.extend(lines[i : end + 1])
            i = end + 1
            continue
        start = i
        while i < len(lines) and not CODE_FENCE.match(lines[i]):
            i += 1
        kept = [line for line in lines[start:i] if not DROPPED.match(line)]
        out.append(convert_roles("\n".join(kept), page))
    return "\n".join(out)


def _indent(text: str, indent: str) -> str:
    return "\n".join(indent + line if line.strip() else line for line in text.split("\n"))


def to_commonmark(text: str, page: Page) -> str:
    """``text`` (MyST) as CommonMark, with one blank line around every converted directive
    so that a block quote does not swallow the paragraph after it."""
    pieces: list[str] = []
    for block in split_blocks(text):
        after_directive = bool(pieces) and pieces[-1] == ""
        if isinstance(block, Directive):
            rendered = _indent(render_directive(block, page, to_commonmark), block.indent)
            if pieces and not after_directive and pieces[-1].split("\n")[-1].strip():
                pieces.append("")
            pieces += [rendered, ""]
            continue
        prose = _prose(block, page)
        if after_directive:
            prose = prose.lstrip("\n")
            if not prose.strip():
                continue
        pieces.append(prose)
    while pieces and pieces[-1] == "":
        pieces.pop()
    return "\n".join(pieces)
