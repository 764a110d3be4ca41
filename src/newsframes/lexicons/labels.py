"""The labels lexicon (``data/lexicons/labels.yml``): the generic words for groups of people.

Each label has its forms, a category, the side it usually names and a note on its
connotation; ``exclude`` lists phrases whose label words are not label choices.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import (
    check_choice,
    check_entry,
    claim_forms,
    normalise,
    require_list,
)


@dataclass(frozen=True)
class LabelEntry:
    """One label: canonical name, its forms, category, usual side and a note."""

    label: str
    forms: tuple[str, ...]
    category: str
    side: str
    note: str


@dataclass(frozen=True, eq=False)
class LabelLexicon:
    """The validated labels lexicon: entries by label, the vocabularies, excluded phrases.

    Compared by identity: the loader returns the same object for the same file content,
    so a matcher compiled from it can be cached on it.
    """

    path: Path
    entries: Mapping[str, LabelEntry]
    categories: Mapping[str, str]
    sides: Mapping[str, str]
    exclude: tuple[str, ...]

    def terms(self) -> dict[str, str]:
        """Every form, mapped to its label: what a matcher looks for."""
        return {form: e.label for e in self.entries.values() for form in e.forms}

    def entry_of_form(self, surface: str) -> LabelEntry:
        """The entry whose form ``surface`` matched (compared as the matcher does)."""
        key = normalise(surface).casefold()
        for entry in self.entries.values():
            if any(normalise(form).casefold() == key for form in entry.forms):
                return entry
        raise KeyError(surface)


def _vocabulary(path: Path, doc: Any, key: str, problems: list[Problem]) -> dict[str, str]:
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, dict) or not value:
        problems.append(
            Problem(
                path.name, key, "missing or not a mapping", f"add `{key}:` with `name: meaning`"
            )
        )
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _exclusions(path: Path, doc: Any, problems: list[Problem]) -> tuple[str, ...]:
    exclude = doc.get("exclude") if isinstance(doc, dict) else None
    exclude = exclude or []
    if not isinstance(exclude, list):
        problems.append(Problem(path.name, "exclude", "not a list", "write one phrase per line"))
        return ()
    for j, phrase in enumerate(exclude):
        if not isinstance(phrase, str) or not phrase.strip():
            problems.append(
                Problem(path.name, f"exclude[{j}]", "empty or not a phrase", "remove it")
            )
    return tuple(exclude)


def parse_labels(path: Path, doc: Any) -> LabelLexicon:
    """The schema of ``labels.yml``: every problem at once, or the validated lexicon."""
    problems: list[Problem] = []
    categories = _vocabulary(path, doc, "categories", problems)
    sides = _vocabulary(path, doc, "sides", problems)
    raw = require_list(path, doc, "labels")
    entries: dict[str, LabelEntry] = {}
    owner: dict[str, str] = {}
    for i, item in enumerate(raw):
        name = str(item.get("label")) if isinstance(item, dict) else ""
        where = f"labels[{i}]" + (f" ({name})" if name != "None" else "")
        found = check_entry(
            path,
            where,
            item,
            {"label": str, "forms": list, "category": str, "side": str, "note": str},
        )
        problems += found
        if found:
            continue
        if name in entries:
            problems.append(
                Problem(path.name, where, f"label {name!r} defined twice", "merge the two entries")
            )
        problems += check_choice(path, where, "category", item["category"], categories)
        problems += check_choice(path, where, "side", item["side"], sides)
        forms, found = claim_forms(path, where, name, item["forms"], owner, "label")
        problems += found
        entries[name] = LabelEntry(name, tuple(forms), item["category"], item["side"], item["note"])
    exclude = _exclusions(path, doc, problems)
    if problems:
        raise LexiconError(problems)
    return LabelLexicon(
        path=path,
        entries=MappingProxyType(entries),
        categories=MappingProxyType(categories),
        sides=MappingProxyType(sides),
        exclude=exclude,
    )


def load_labels(path: str | os.PathLike[str] | None = None) -> LabelLexicon:
    """``labels.yml`` (or ``path``), validated; an edited file is re-read on the next call."""
    return load_lexicon("labels", parse_labels, path)
