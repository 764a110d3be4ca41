"""Split an article file into its YAML front matter and its text, and read the front matter
with the project's one strict YAML reader (:func:`newsframes.lexicons.loader.strict_yaml`).

The text after the closing ``---`` line is returned exactly as it is in the file. A UTF-8
byte-order mark before the opening line, Windows (CR LF) or old Mac (CR) line endings,
and spaces after a ``---`` are all accepted; what cannot be read is named with its fix.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from newsframes.errors import Problem
from newsframes.lexicons.loader import YamlProblem, strict_yaml

# The metadata of one article is a few hundred bytes; anything near this is a mistake
# (often a missing closing '---', which makes the whole text part of the metadata).
MAX_FRONT_MATTER_BYTES = 64 * 1024

_BREAK = r"(?:\r\n|\n|\r)"
_OPENING = re.compile(rf"---[ \t]*({_BREAK}|\Z)")
_CLOSING = re.compile(rf"{_BREAK}---[ \t]*(?:{_BREAK}|\Z)")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
FIELD = "front matter"


def decode(name: str, data: bytes) -> str | Problem:
    """The file's text, decoded as UTF-8; the problem if it is not UTF-8."""
    if data.startswith(_UTF16_BOMS):
        return Problem(
            name,
            "(encoding)",
            "UTF-16, not UTF-8 (the file starts with a UTF-16 byte-order mark)",
            "re-save the file as UTF-8",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(
            name,
            "(encoding)",
            f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})",
            "re-save the file as UTF-8",
        )


def split_front_matter(name: str, content: str) -> tuple[str, str] | Problem:
    """``(metadata, text)`` of a file's content: the YAML between the ``---`` lines, and
    everything after the closing line, untouched."""
    content = content.removeprefix("\ufeff")
    opening = _OPENING.match(content)
    if opening is None:
        return _no_opening_line(name, content)
    closing = _CLOSING.search(content, opening.start(1))
    if closing is None:
        return Problem(
            name,
            FIELD,
            "no closing '---' line after the metadata",
            "end the metadata with a line holding only '---'",
        )
    head = content[opening.end() : closing.start()]
    size = len(head.encode("utf-8"))
    if size > MAX_FRONT_MATTER_BYTES:
        return Problem(
            name,
            FIELD,
            f"{size:,} bytes, over the limit of {MAX_FRONT_MATTER_BYTES // 1024} KB "
            f"({MAX_FRONT_MATTER_BYTES:,} bytes)",
            "keep the metadata short; the article's text goes after the closing '---'",
        )
    return head, content[closing.end() :]


def _no_opening_line(name: str, content: str) -> Problem:
    """The problem with a file whose first line is not ``---``, naming what comes first."""
    message = "the file does not start with a '---' line"
    fix = "begin the file with '---', the YAML metadata, '---', then the text"
    stripped = content.lstrip(" \t\r\n")
    if stripped.startswith("---") and stripped is not content:
        before = content[: len(content) - len(stripped)]
        lines = len(re.findall(_BREAK, before))
        if lines:
            message += f" ({lines} empty line{'s' if lines > 1 else ''} come before it)"
        else:
            message += " (spaces come before it)"
        fix = "delete what comes before the first '---'"
    return Problem(name, FIELD, message, fix)


def read_front_matter(name: str, head: str) -> Any | Problem:
    """The metadata parsed from ``head`` (which starts on line 2 of the file), or the problem."""
    try:
        return strict_yaml(head, first_line=2)
    except YamlProblem as problem:
        where = f"line {problem.line}: " if problem.line is not None else ""
        fix = problem.fix or "correct the YAML between the '---' lines"
        return Problem(name, FIELD, where + problem.message, fix)
