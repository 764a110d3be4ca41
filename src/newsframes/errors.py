"""Errors that say which file and field is wrong and how to fix it.

Bad input must never be dropped silently: loaders collect every
:class:`Problem` they find and raise them together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file: where, what, and the fix."""

    file: str
    field: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}. Fix: {self.fix}"


class NewsframesError(ValueError):
    """Base class: carries every problem found, not just the first."""

    kind = "input"

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems]
        count = len(lines)
        head = f"{count} {self.kind} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([head, *("  - " + line for line in lines)]))


class CorpusError(NewsframesError):
    """An article file is missing metadata, malformed, or clashes with another."""

    kind = "article"


class LexiconError(NewsframesError):
    """A lexicon YAML file is malformed or inconsistent."""

    kind = "lexicon"
