"""The name patterns (``data/lexicons/name_patterns.yml``): the shapes that give away an
actor the gazetteer does not list (a title before a name, a body's head noun)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import require_list
from newsframes.lexicons.word_regex import words_regex

KEYS = (
    "titles",
    "descriptors",
    "plural_descriptors",
    "after_name",
    "credits",
    "agencies",
    "head_nouns",
    "not_names",
    "particles",
    "person_joiners",
    "articles",
    "body_joiners",
    "inverting_verbs",
    "inflections",
    "given_names",
    "place_names",
    "numbered_units",
    "ordinals",
    "inner_titles",
    "honorifics",
    "surname_openers",
    "lower_case_head_nouns",
    "place_nouns",
    "kin_nouns",
    "named_things",
    "possessor_verbs",
    "transcript_roles",
    "photo_positions",
    "given_name_titles",
    "body_head_titles",
)


@dataclass(frozen=True, eq=False)
class NamePatterns:
    """Titles and descriptions before a person's name, descriptions after it, credit
    lines, head nouns of bodies (with the actors.yml type each gives), words that never
    open a person's name, and the small words inside names."""

    path: Path
    titles: tuple[str, ...]
    descriptors: tuple[str, ...]
    plural_descriptors: tuple[str, ...]  # before a list of names: "commanders X and Y"
    after_name: tuple[str, ...]
    credits: tuple[str, ...]  # before a credited name: "By", "Photo:"; not in lower case
    agencies: tuple[str, ...]  # beside a credited name: "AFP/Name", "Name/Reuters"
    head_nouns: Mapping[str, str]
    not_names: frozenset[str]
    particles: tuple[str, ...]  # joined by a hyphen: "al-Assad"
    person_joiners: tuple[str, ...]  # a word of their own inside a name: "bin", "van"
    articles: frozenset[str]  # never open a body's name: "the"
    body_joiners: tuple[str, ...]  # a word of their own inside a body's name: "of"
    inverting_verbs: frozenset[str]  # reporting verbs written before their speaker
    inflections: Mapping[str, str]  # ending -> what gives the dictionary word: ies -> y
    given_names: frozenset[str]  # first names, and a kunya's "Abu": "jack", "ahmed"
    lower_case_head_nouns: tuple[str, ...] = ()  # "the Farouq brigade"
    place_nouns: frozenset[str] = frozenset()  # "X, one of the towns": a place
    kin_nouns: tuple[str, ...] = ()  # "X Y's wife": a person
    named_things: frozenset[str] = frozenset()  # "Admiral X aircraft carrier": a thing
    lower_case_credits: tuple[str, ...] = ()  # inside a sentence: "a report by X Y"
    possessor_verbs: tuple[str, ...] = ()  # "X Y left his village": forms without -ed or -s
    place_names: frozenset[str] = frozenset()  # opened as a person's name is: "abu dhabi"
    numbered_units: tuple[str, ...] = ()  # a unit named by a number: "Brigade 65"
    ordinals: tuple[str, ...] = ()  # before such a unit's noun: "the Fifth Division"
    transcript_roles: tuple[str, ...] = ()  # "X Y, BYLINE:": the label of a broadcast transcript
    inner_titles: frozenset[str] = frozenset()  # a name's own word after a first name: "Haji"
    honorifics: tuple[str, ...] = ()  # before a surname that is also a word: "Ms Bishop"
    surname_openers: tuple[str, ...] = ()  # open a two-word surname: "Abdel" in "Abdel Rahman"
    photo_positions: tuple[str, ...] = ()  # a caption's "(left)" after a pictured person's name
    given_name_titles: tuple[str, ...] = ()  # before a first name alone: "Prince Saud"
    body_head_titles: tuple[str, ...] = ()  # "Turkish Chief of (General Staff)"


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


# The small words inside names are lower-case letters only: they go into patterns.
_SMALL_WORDS = (
    "particles",
    "person_joiners",
    "articles",
    "body_joiners",
    "lower_case_head_nouns",
    "kin_nouns",
)


def _small_words(path: Path, doc: dict[str, Any], key: str, problems: list[Problem]) -> list[str]:
    words = _words(path, doc, key, problems)
    for i, word in enumerate(words):
        if not word.isalpha() or not word.islower():
            fix = "write one lower-case word, e.g. al"
            problems.append(Problem(path.name, f"{key}[{i}]", f"{word!r}", fix))
    return words


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


def _inflections(path: Path, doc: dict[str, Any], problems: list[Problem]) -> dict[str, str]:
    raw = doc.get("inflections", {})
    if not isinstance(raw, dict):
        problems.append(Problem(path.name, "inflections", "not a mapping", "write `ies: y`"))
        return {}
    out = {}
    for ending, base in raw.items():
        base = "" if base is None else base
        if not (isinstance(ending, str) and ending.isalpha() and ending.islower()) or not (
            isinstance(base, str) and (base == "" or (base.isalpha() and base.islower()))
        ):
            fix = "write a lower-case ending and what replaces it, e.g. `ies: y` or `s: ''`"
            problems.append(Problem(path.name, f"inflections.{ending}", f"{base!r}", fix))
        else:
            out[ending] = base
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
    plural = _words(path, doc, "plural_descriptors", problems)
    credits = _words(path, doc, "credits", problems)
    agencies = _words(path, doc, "agencies", problems)
    nouns = _head_nouns(path, doc, problems)
    not_names = _words(path, doc, "not_names", problems)
    small = {key: _small_words(path, doc, key, problems) for key in _SMALL_WORDS}
    inverting = _words(path, doc, "inverting_verbs", problems)
    inflections = _inflections(path, doc, problems)
    given = _words(path, doc, "given_names", problems)
    place_names = _words(path, doc, "place_names", problems)
    numbered = _words(path, doc, "numbered_units", problems)
    ordinals = _words(path, doc, "ordinals", problems)
    places = _words(path, doc, "place_nouns", problems)
    things = _words(path, doc, "named_things", problems)
    possessor_verbs = _words(path, doc, "possessor_verbs", problems)
    roles = _words(path, doc, "transcript_roles", problems)
    positions = _words(path, doc, "photo_positions", problems)
    inner = _words(path, doc, "inner_titles", problems)
    honorifics = _words(path, doc, "honorifics", problems)
    given_titles = _words(path, doc, "given_name_titles", problems)
    head_titles = _words(path, doc, "body_head_titles", problems)
    for key, words in (("honorifics", honorifics), ("given_name_titles", given_titles)):
        for i, word in enumerate(words):
            if word not in titles:
                fix = "list it under `titles` too, or remove it"
                problems.append(Problem(path.name, f"{key}[{i}]", f"{word!r} is no title", fix))
    openers = _words(path, doc, "surname_openers", problems)
    for i, word in enumerate(inner):
        if word not in titles:
            fix = "list it under `titles` too, or remove it"
            problems.append(Problem(path.name, f"inner_titles[{i}]", f"{word!r} is no title", fix))
    if not titles and not nouns:
        problems.append(Problem(path.name, "titles", "no titles and no head nouns", "add some"))
    if problems:
        raise LexiconError(problems)
    return NamePatterns(
        path=path.resolve(),
        titles=tuple(titles),
        descriptors=tuple(descriptors),
        plural_descriptors=tuple(plural),
        after_name=tuple(after_name),
        credits=tuple(c for c in credits if not c[:1].islower()),
        agencies=tuple(agencies),
        head_nouns=MappingProxyType(nouns),
        not_names=frozenset(w.casefold() for w in not_names),
        particles=tuple(small["particles"]),
        person_joiners=tuple(small["person_joiners"]),
        articles=frozenset(w.casefold() for w in small["articles"]),
        body_joiners=tuple(small["body_joiners"]),
        inverting_verbs=frozenset(inverting),
        inflections=MappingProxyType(inflections),
        given_names=frozenset(w.casefold() for w in given),
        place_names=frozenset(w.casefold() for w in place_names),
        numbered_units=tuple(numbered),
        ordinals=tuple(ordinals),
        lower_case_head_nouns=tuple(small["lower_case_head_nouns"]),
        place_nouns=frozenset(w.casefold() for w in places),
        kin_nouns=tuple(small["kin_nouns"]),
        named_things=frozenset(w.casefold() for w in things),
        lower_case_credits=tuple(c for c in credits if c[:1].islower()),
        possessor_verbs=tuple(possessor_verbs),
        transcript_roles=tuple(roles),
        inner_titles=frozenset(inner),
        honorifics=tuple(honorifics),
        surname_openers=tuple(openers),
        photo_positions=tuple(positions),
        given_name_titles=tuple(given_titles),
        body_head_titles=tuple(head_titles),
    )


def load_name_patterns(path: str | os.PathLike[str] | None = None) -> NamePatterns:
    """``name_patterns.yml`` (or ``path``), validated; an edited file is re-read."""
    return load_lexicon("name_patterns", parse_name_patterns, path)


@lru_cache(maxsize=8)
def particle_prefix(patterns: NamePatterns) -> re.Pattern[str]:
    """A particle and its hyphen opening a word, the "al-" of "al-Assad": the word is
    capitalised if what follows is."""
    return re.compile(rf"^(?:{words_regex(patterns.particles)})-(?=[^\W\d_])")
