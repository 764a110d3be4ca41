"""The stopword list (``data/lexicons/stopwords.yml``): words left out of distinctive-word
comparisons, one lower-case word per entry."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import require_list


def _problems_of(path: Path, where: str, word: Any, seen: set[str]) -> list[Problem]:
    if isinstance(word, bool):
        return [
            Problem(
                path.name,
                where,
                f"{word} is not text",
                "quote it: bare on/off/yes/no are YAML booleans",
            )
        ]
    if not isinstance(word, str) or not word.strip():
        return [Problem(path.name, where, "empty or not text", "write one word")]
    problems = []
    if word != word.strip().lower() or any(c.isspace() for c in word):
        problems.append(
            Problem(path.name, where, f"{word!r} is not one lower-case word", "lower-case it")
        )
    if word in seen:
        problems.append(Problem(path.name, where, f"duplicate {word!r}", "remove one of them"))
    return problems


def parse_stopwords(path: Path, doc: Any) -> frozenset[str]:
    """The schema of ``stopwords.yml``: every problem at once, or the set of words."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, word in enumerate(require_list(path, doc, "stopwords")):
        found = _problems_of(path, f"stopwords[{i}]", word, seen)
        problems += found
        if isinstance(word, str):
            seen.add(word)
    if problems:
        raise LexiconError(problems)
    return frozenset(seen)


def load_stopwords(path: str | os.PathLike[str] | None = None) -> frozenset[str]:
    """``stopwords.yml`` (or ``path``), validated; an edited file is re-read on the next call."""
    return load_lexicon("stopwords", parse_stopwords, path)
