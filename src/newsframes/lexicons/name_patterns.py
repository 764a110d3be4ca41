"""The name patterns (``data/lexicons/name_patterns.yml``): the shapes that give away an
actor the gazetteer does not list (a title before a name, a body's head noun)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import require_list

KEYS = ("titles", "descriptors", "after_name", "head_nouns", "not_names")


@dataclass(frozen=True, eq=False)
class NamePatterns:
    """Titles and descriptions before a person's name, descriptions after it, head nouns
    of bodies (with the actors.yml type each gives) and words that never open a person's
    name."""

    path: Path
    titles: tuple[str, ...]
    descriptors: tuple[str, ...]
    after_name: tuple[str, ...]
    head_nouns: Mapping[str, str]
    not_names: frozenset[str]


def _words(path: Path, doc: dict[str, Any], key: str, problems: list[Problem]) -> list[str]:
    out: list[str] = []
    for i, item in enumerate(require_list(path, doc, key) if key in doc else []):
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem(path.name, f"{key}[{i}]", f"{item!r}", "write words as text"))
        elif item in out:
            problems.append(Problem(path.name, f"{key}[{i}]", f"duplicate {item!r}", "keep one"))
        else:
            out.append(item.strip())
    return out


def _head_nouns(path: Path, doc: dict[str, Any], problems: list[Problem]) -> dict[str, str]:
    raw = doc.get("head_nouns", {})
    if not isinstance(raw, dict):
        problems.append(Problem(path.name, "head_nouns", "not a mapping", "write `Noun: type`"))
        return {}
    out = {}
    for noun, kind in raw.items():
        where = f"head_nouns.{noun}"
        if not isinstance(noun, str) or not noun[:1].isupper() or " " in noun:
            problems.append(Problem(path.name, where, "not one capitalised word", "e.g. Brigade"))
        elif not isinstance(kind, str) or not kind.isidentifier():
            fix = "write a type of actors.yml, e.g. armed_group"
            problems.append(Problem(path.name, where, f"bad type {kind!r}", fix))
        else:
            out[noun] = kind
    return out


def parse_name_patterns(path: Path, doc: Any) -> NamePatterns:
    """The schema: every problem at once, or the patterns."""
    if not isinstance(doc, dict):
        raise LexiconError([Problem(path.name, "(file)", "not a mapping", "start with titles:")])
    problems = [
        Problem(path.name, str(key), "unknown key", f"use: {', '.join(KEYS)}")
        for key in doc
        if key not in KEYS
    ]
    titles = _words(path, doc, "titles", problems)
    descriptors = _words(path, doc, "descriptors", problems)
    after_name = _words(path, doc, "after_name", problems)
    nouns = _head_nouns(path, doc, problems)
    not_names = _words(path, doc, "not_names", problems)
    if not titles and not nouns:
        problems.append(Problem(path.name, "titles", "no titles and no head nouns", "add some"))
    if problems:
        raise LexiconError(problems)
    return NamePatterns(
        path=path.resolve(),
        titles=tuple(titles),
        descriptors=tuple(descriptors),
        after_name=tuple(after_name),
        head_nouns=MappingProxyType(nouns),
        not_names=frozenset(w.casefold() for w in not_names),
    )


def load_name_patterns(path: str | os.PathLike[str] | None = None) -> NamePatterns:
    """``name_patterns.yml`` (or ``path``), validated; an edited file is re-read."""
    return load_lexicon("name_patterns", parse_name_patterns, path)
