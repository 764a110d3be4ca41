"""The spellings the actors lexicon matches, each owned by one entry only.

Every alias, place name, family name and non-actor phrase becomes one or more
spellings (a hyphen may also be read as a space); :class:`TermTable` collects them
and reports a spelling that two entries claim, comparing them as the matcher will.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from newsframes.errors import Problem

_SPACES = re.compile(r"\s+")
_MAX_HYPHENS = 4  # an alias with more hyphens is matched only as written

# What a matched spelling names (Term.kind).
ALIAS = "alias"  # an actor's alias: always that actor
PLACE = "place"  # a state's place name: the actor only where the state acts
COMBO = "combo"  # a demonym and a state noun ("Iraqi troops"): the state
FAMILY = "family"  # a shared surname: the latest family member named, else the default
BLOCK = "block"  # a non-actor phrase: nothing


class Term(NamedTuple):
    """What one spelling names: its kind, and an actor id (or a family's index, or "")."""

    kind: str
    ref: str


def norm(term: str) -> str:
    """A term as written in the lexicon, compared: single spaces, straight apostrophes.

    Only "-" is read as a space in a variant (:func:`variants`), so an en dash is kept.
    """
    return _SPACES.sub(" ", term.strip()).replace("’", "'").replace("‐", "-")


def variants(term: str) -> list[str]:
    """The alias and its spellings with any hyphen read as a space."""
    parts = re.split(r"(-)", term)
    hyphens = [i for i, part in enumerate(parts) if part == "-"]
    if not hyphens or len(hyphens) > _MAX_HYPHENS:
        return [term]
    out = []
    for choice in itertools.product(("-", " "), repeat=len(hyphens)):
        pieces = list(parts)
        for i, ch in zip(hyphens, choice, strict=True):
            pieces[i] = ch
        out.append("".join(pieces))
    return out


def auto_sensitive(term: str) -> bool:
    """Aliases with no lower-case letter (acronyms: IS, FSA, MI6, U.S.) are case-sensitive."""
    return any(c.isupper() for c in term) and not any(c.islower() for c in term)


def strings(
    file: str, where: str, value: Any, problems: list[Problem], *, key: str = "aliases"
) -> list[str]:
    """The non-empty strings of a list, with a problem for every other item."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(file, where, "should be a list", f"write `{key}: [a, b]`"))
        return []
    out = []
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            problems.append(
                Problem(file, f"{where}[{i}]", f"not text: {item!r}", "write the term as text")
            )
        elif not str(item).strip():
            problems.append(
                Problem(file, f"{where}[{i}]", "empty term", "delete the empty item or fill it in")
            )
        else:
            out.append(str(item))
    return out


class TermTable:
    """Collects every matchable spelling, checking duplicates across the whole lexicon."""

    def __init__(self, file: str):
        self.file = file
        self.terms: dict[str, Term] = {}  # spelling -> what it names
        self.sensitive: set[str] = set()  # spellings matched only with this case
        # Case-folded spelling -> (spelling, case-sensitive, owner, where) of each entry using it.
        self.folded: dict[str, list[tuple[str, bool, str, str]]] = {}
        self.problems: list[Problem] = []

    def add(self, term: str, key: Term, sensitive: bool, owner: str, where: str) -> None:
        """Add ``term`` and its variants, or a problem if another entry already has one."""
        for variant in dict.fromkeys(variants(norm(term))):
            folded = variant.casefold()
            for exact, other_sensitive, other_owner, other_where in self.folded.get(folded, []):
                if sensitive and other_sensitive and exact != variant:
                    continue
                if other_where == where:
                    continue  # two spellings of one alias (a hyphen read as a space)
                same = "listed twice" if other_owner == owner else f"also an alias of {other_owner}"
                self.problems.append(
                    Problem(
                        self.file,
                        where,
                        f"duplicate alias {term!r}: {same} ({other_where})",
                        "keep the alias under one actor only (a hyphen already matches a space, "
                        "and case is ignored unless both spellings are case-sensitive)",
                    )
                )
                break
            self.folded.setdefault(folded, []).append((variant, sensitive, owner, where))
            self.terms[variant] = key
            if sensitive:
                self.sensitive.add(variant)

    def add_demonym_terms(self, demonyms: Iterable[tuple[str, str]], nouns: list[str]) -> None:
        """Each ``(demonym, state)`` + state noun ("Iraqi troops") names the state.

        Generated after the checks, so never a duplicate: an explicit alias wins.
        """
        explicit = {t.casefold() for t in self.terms}
        for demonym, state in demonyms:
            for noun in nouns:
                for variant in variants(norm(f"{demonym} {noun}")):
                    if variant.casefold() in explicit or variant in self.terms:
                        continue
                    self.terms[variant] = Term(COMBO, state)
                    if auto_sensitive(demonym):
                        self.sensitive.add(variant)
