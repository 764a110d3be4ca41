"""The parts of ``actors.yml``, each read and checked on its own: every problem is collected.

Each reader appends :class:`~newsframes.errors.Problem` s to a shared list (so all are
reported at once) and returns what it could read; spellings go to a
:class:`~newsframes.lexicons.actor_terms.TermTable`, which checks them for duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsframes.errors import Problem
from newsframes.lexicons.actor_terms import (
    ALIAS,
    BLOCK,
    FAMILY,
    PLACE,
    Term,
    TermTable,
    auto_sensitive,
    norm,
    strings,
)
from newsframes.lexicons.place_rules import PlaceRules as PlaceRules
from newsframes.lexicons.place_rules import read_place_rules as read_place_rules
from newsframes.lexicons.schema import check_choice, check_entry

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
TOP_KEYS = {
    "types",
    "sides",
    "actors",
    "family_names",
    "non_actors",
    "state_nouns",
    "place_rules",
    "spelling_rules",
    "backing_words",
    "holding_words",
    "short_heads",
    "lower_case_heads",
    "family_name_first",
    "title_nouns",
    "title_openers",
    "acts_on_others",
    "owned_by_state",
    "owning_nouns",
    "name_nouns",
    "street_nouns",
    "opposition_backers",
}
_ACTOR_KEYS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "name": str,
    "type": str,
    "aliases": list,
}
_ACTOR_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "side": str,
    "parent": str,
    "case_sensitive": list,
    "place_names": list,
    "demonyms": list,
    "note": str,
    "spelling_variants": bool,
}
_FAMILY_KEYS: dict[str, type | tuple[type, ...]] = {
    "aliases": list,
    "default": str,
    "members": list,
}
_FAMILY_OPTIONAL: dict[str, type | tuple[type, ...]] = {"spelling_variants": bool}


@dataclass(frozen=True)
class Actor:
    """One actor: id, readable name, type, side (or None), parent (or None), aliases."""

    id: str
    name: str
    type: str
    side: str | None
    parent: str | None
    aliases: tuple[str, ...]
    place_names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    spelling_variants: bool = False  # aliases also match in the spellings the rules make


@dataclass(frozen=True)
class FamilyName:
    """Aliases shared by several actors, resolved by the latest member named."""

    aliases: tuple[str, ...]
    default: str
    members: frozenset[str]
    spelling_variants: bool = False


def unknown_top_keys(file: str, doc: dict[str, Any]) -> list[Problem]:
    """A problem for each top-level key the file should not have (a typo, most often)."""
    return [
        Problem(file, str(key), "unknown top-level key", f"use: {', '.join(sorted(TOP_KEYS))}")
        for key in doc
        if key not in TOP_KEYS
    ]


def read_vocabulary(file: str, doc: dict[str, Any], key: str, problems: list[Problem]) -> set[str]:
    """The names declared under ``types:`` or ``sides:``."""
    value = doc.get(key)
    if not isinstance(value, dict) or not value:
        problems.append(
            Problem(file, key, "missing or not a mapping", f"add `{key}:` with `name: description`")
        )
        return set()
    return {str(k) for k in value}


# ---------------------------------------------------------------- actors:


def read_actors(
    path: Path,
    doc: dict[str, Any],
    types: set[str],
    sides: set[str],
    terms: TermTable,
    problems: list[Problem],
) -> tuple[dict[str, Actor], dict[str, tuple[str, str]]]:
    """The actors by id, and each one's parent with where it was given."""
    raw = doc.get("actors")
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(path.name, "actors", "missing or empty", "add an `actors:` list"))
        raw = []
    actors: dict[str, Actor] = {}
    parents: dict[str, tuple[str, str]] = {}
    for i, entry in enumerate(raw):
        aid = entry.get("id") if isinstance(entry, dict) else None
        where = f"actors[{i}]" + (f" ({aid})" if isinstance(aid, str) else "")
        shape = check_entry(path, where, entry, _ACTOR_KEYS, _ACTOR_OPTIONAL)
        problems += shape
        if not isinstance(entry, dict) or not isinstance(aid, str):
            continue
        problems += _id_problems(path.name, where, aid, actors)
        if aid in actors:
            continue
        problems += _type_and_side_problems(path, where, entry, types, sides)
        actor = _actor(path.name, where, entry, terms, problems, shaped=not shape)
        if actor.parent is not None:
            parents[aid] = (actor.parent, where)
        actors[aid] = actor
    return actors, parents


def _id_problems(file: str, where: str, aid: str, taken: Mapping[str, Actor]) -> list[Problem]:
    """An id is lower_snake_case and not ``taken`` by an earlier actor."""
    problems = []
    if not _ID.match(aid):
        problems.append(
            Problem(
                file, f"{where}.id", f"bad id {aid!r}", "use lower_snake_case, e.g. syrian_army"
            )
        )
    if aid in taken:
        problems.append(
            Problem(file, f"{where}.id", f"duplicate id {aid!r}", "give each actor its own id")
        )
    return problems


def _type_and_side_problems(
    path: Path, where: str, entry: dict[str, Any], types: set[str], sides: set[str]
) -> list[Problem]:
    """The type is one of ``types``; the side, if given, one of ``sides``."""
    kind, side = entry.get("type"), entry.get("side")
    problems = []
    if isinstance(kind, str):
        problems += check_choice(path, where, "type", kind, sorted(types))
    if isinstance(side, str) and sides and side not in sides:
        problems.append(
            Problem(
                path.name,
                f"{where}.side",
                f"unknown side {side!r}",
                f"use one of: {', '.join(sorted(sides))}, or leave `side` out",
            )
        )
    return problems


def _actor(
    file: str,
    where: str,
    entry: dict[str, Any],
    terms: TermTable,
    problems: list[Problem],
    *,
    shaped: bool,
) -> Actor:
    """One actor, its aliases and place names added to ``terms``.

    ``shaped``: the entry has every key, of the right type (else "no aliases" is not added).
    """
    aid = entry["id"]
    aliases = strings(file, f"{where}.aliases", entry.get("aliases"), problems)
    places = strings(file, f"{where}.place_names", entry.get("place_names"), problems)
    demonyms = strings(file, f"{where}.demonyms", entry.get("demonyms"), problems)
    listed = strings(file, f"{where}.case_sensitive", entry.get("case_sensitive"), problems)
    sensitive = {norm(t) for t in listed}
    if not aliases and not places and shaped:
        problems.append(
            Problem(file, f"{where}.aliases", "no aliases", "list at least one name for the actor")
        )
    for name in sorted(sensitive - {norm(a) for a in (*aliases, *places)}):
        problems.append(
            Problem(
                file,
                f"{where}.case_sensitive",
                f"{name!r} is not one of the actor's aliases",
                "list only aliases of this actor, spelled the same way",
            )
        )
    for list_key, items, kind in (("aliases", aliases, ALIAS), ("place_names", places, PLACE)):
        for j, alias in enumerate(items):
            exact = norm(alias) in sensitive or auto_sensitive(alias)
            terms.add(alias, Term(kind, aid), exact, aid, f"{where}.{list_key}[{j}]")
    side, parent = entry.get("side"), entry.get("parent")
    return Actor(
        aid,
        str(entry.get("name")),
        str(entry.get("type")),
        side if isinstance(side, str) else None,
        parent if isinstance(parent, str) else None,
        tuple(aliases),
        tuple(places),
        tuple(demonyms),
        entry.get("spelling_variants") is True,
    )


def parent_problems(
    file: str, actors: Mapping[str, Actor], parents: Mapping[str, tuple[str, str]]
) -> list[Problem]:
    """Every parent is another actor, and no actor is its own ancestor."""
    problems = []
    for aid, (parent, where) in parents.items():
        if parent not in actors:
            problems.append(
                Problem(
                    file,
                    f"{where}.parent",
                    f"unknown parent {parent!r}",
                    "use the id of another actor",
                )
            )
            continue
        seen = {aid}
        current: str | None = parent
        while current is not None and current in actors:
            if current in seen:
                problems.append(
                    Problem(
                        file,
                        f"{where}.parent",
                        f"parent cycle: {aid} is its own ancestor",
                        "make the chain of parents end at an actor with no parent",
                    )
                )
                break
            seen.add(current)
            current = parents.get(current, (None, ""))[0]
    return problems


# ---------------------------------------------------------------- family_names:


def read_family_names(
    path: Path,
    doc: dict[str, Any],
    actors: Mapping[str, Actor],
    terms: TermTable,
    problems: list[Problem],
) -> tuple[FamilyName, ...]:
    """The shared surnames; family ``i`` is matched as ``Term(FAMILY, str(i))``."""
    file = path.name
    raw = doc.get("family_names") or []
    if not isinstance(raw, list):
        problems.append(
            Problem(file, "family_names", "not a list", "write `family_names:` as a list")
        )
        raw = []
    families: list[FamilyName] = []
    for i, entry in enumerate(raw):
        where = f"family_names[{i}]"
        shape = check_entry(path, where, entry, _FAMILY_KEYS, _FAMILY_OPTIONAL)
        problems += shape
        if shape:
            continue
        members = strings(file, f"{where}.members", entry["members"], problems)
        for ref in [entry["default"], *members]:
            if ref not in actors:
                problems.append(
                    Problem(
                        file, where, f"unknown actor {ref!r}", "use ids from the `actors:` list"
                    )
                )
        if entry["default"] not in members:
            problems.append(
                Problem(file, f"{where}.default", "not one of the members", "add it to `members`")
            )
        aliases = strings(file, f"{where}.aliases", entry["aliases"], problems)
        for j, alias in enumerate(aliases):
            key = Term(FAMILY, str(i))
            terms.add(alias, key, auto_sensitive(alias), where, f"{where}.aliases[{j}]")
        families.append(
            FamilyName(
                tuple(aliases),
                entry["default"],
                frozenset(members),
                entry.get("spelling_variants") is True,
            )
        )
    return tuple(families)


# ---------------------------------------------------------------- the word lists


def read_non_actors(
    file: str, doc: dict[str, Any], terms: TermTable, problems: list[Problem]
) -> tuple[str, ...]:
    """Phrases that contain an alias but name no actor; each is matched as a blocker."""
    phrases = strings(file, "non_actors", doc.get("non_actors"), problems, key="non_actors")
    for j, phrase in enumerate(phrases):
        terms.add(phrase, Term(BLOCK, ""), auto_sensitive(phrase), "non_actors", f"non_actors[{j}]")
    return tuple(phrases)


def read_word_list(file: str, doc: dict[str, Any], problems: list[Problem], key: str) -> list[str]:
    """An optional top-level list of words: ``backing_words`` ("Saudi-backed"),
    ``holding_words`` ("Israeli-occupied"), ``short_heads`` ("the Coalition")."""
    return strings(file, key, doc.get(key), problems, key=key)


def read_state_nouns(file: str, doc: dict[str, Any], problems: list[Problem]) -> list[str]:
    """The nouns that make a demonym the state ("Iraqi troops")."""
    nouns = strings(file, "state_nouns", doc.get("state_nouns"), problems, key="state_nouns")
    if not nouns:
        problems.append(
            Problem(file, "state_nouns", "missing or empty", "add a `state_nouns:` list")
        )
    return nouns
