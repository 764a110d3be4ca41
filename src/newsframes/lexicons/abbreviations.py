"""The abbreviations lexicon (``data/lexicons/abbreviations.yml``): words whose full stop
does not end a sentence, for the sentence splitter.

Four lists, each optional: ``titles``, ``dotted`` and ``other`` are abbreviations
everywhere; ``before_digit`` only when a number follows ("No. 4"). Entries are written
as the splitter sees the word before the full stop: letters and digits, with inner full
stops ("U.S"), no final one; matching is case-sensitive.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon

ALWAYS = ("titles", "dotted", "other")
BEFORE_DIGIT = "before_digit"
KEYS = (*ALWAYS, BEFORE_DIGIT)
# What the splitter reads back from a full stop: letters and digits, inner full stops.
_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")


@dataclass(frozen=True, eq=False)
class Abbreviations:
    """The validated abbreviations: those honoured everywhere and those only before a digit."""

    path: Path
    always: frozenset[str]
    before_digit: frozenset[str]
    titles: frozenset[str] = frozenset()  # of ``always``: a name always follows ("Dr", "Gen")


def _entry_problems(path: Path, where: str, entry: Any) -> list[Problem]:
    if isinstance(entry, bool):
        return [
            Problem(
                path.name,
                where,
                f"{entry} is not text",
                'quote it ("No"): bare No/Yes/On/Off are YAML booleans',
            )
        ]
    if not isinstance(entry, str) or not entry.strip():
        return [Problem(path.name, where, "empty or not text", "write one abbreviation")]
    if entry.endswith("."):
        return [
            Problem(
                path.name,
                where,
                f"{entry!r} ends in a full stop",
                f"write it without the final full stop: {entry.rstrip('.')!r}",
            )
        ]
    if not _WORD.fullmatch(entry):
        return [
            Problem(
                path.name,
                where,
                f"{entry!r} can never match: the splitter reads only letters, digits and "
                "inner full stops before a full stop",
                "write the word as it stands before its full stop, e.g. `Gen` or `U.S`",
            )
        ]
    return []


def _list_of(path: Path, doc: dict[Any, Any], key: str, problems: list[Problem]) -> list[Any]:
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(
            Problem(path.name, key, "not a list", f"write `{key}:` with one abbreviation per line")
        )
        return []
    return value


def parse_abbreviations(path: Path, doc: Any) -> Abbreviations:
    """The schema of ``abbreviations.yml``: every problem at once, or the validated lists."""
    if not isinstance(doc, dict):
        raise LexiconError(
            [
                Problem(
                    path.name,
                    "(file)",
                    "not a mapping of lists",
                    f"write the lists {', '.join(f'`{k}:`' for k in KEYS)}",
                )
            ]
        )
    problems = [
        Problem(path.name, str(key), "unknown key", f"use one of: {', '.join(KEYS)}")
        for key in doc
        if key not in KEYS
    ]
    owner: dict[str, str] = {}  # abbreviation -> where it is listed
    kept: dict[str, set[str]] = {key: set() for key in KEYS}
    for key in KEYS:
        for i, entry in enumerate(_list_of(path, doc, key, problems)):
            where = f"{key}[{i}]"
            found = _entry_problems(path, where, entry)
            if not found and entry in owner:
                found.append(
                    Problem(
                        path.name,
                        where,
                        f"{entry!r} is also listed under {owner[entry]}",
                        "keep each abbreviation in one list only",
                    )
                )
            problems += found
            if not found:
                owner[entry] = where
                kept[key].add(entry)
    if problems:
        raise LexiconError(problems)
    return Abbreviations(
        path=path,
        always=frozenset().union(*(kept[key] for key in ALWAYS)),
        before_digit=frozenset(kept[BEFORE_DIGIT]),
        titles=frozenset(kept["titles"]),
    )


def load_abbreviations(path: str | os.PathLike[str] | None = None) -> Abbreviations:
    """``abbreviations.yml`` (or ``path``), validated; an edited file is re-read next call."""
    return load_lexicon("abbreviations", parse_abbreviations, path)
