"""``place_rules`` of ``actors.yml``: the words that make a country's name a place, and the
capitals and peoples that stand for a state; read and checked on their own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsframes.errors import Problem
from newsframes.lexicons.actor_terms import strings

_OPTIONAL_PLACE_RULES = (
    "suffixes",
    "possessed",
    "acting_of",
    "acting_in",
    "befallen",
    "capital_verbs",
    "capital_prefixes",
    "capital_auxiliaries",
    "capital_modals",
    "city_after_modal",
    "capital_progressive",
    "city_in_progress",
    "relations",
    "given_nouns",
    "capital_objects",
    "ideals",
    "theatres",
)


@dataclass(frozen=True)
class PlaceRules:
    """Words that make a country's name a place: just ``before`` it, or just ``after`` it;
    optionally a word joined to it (``suffixes``: "Syria-based"), a noun after its
    possessive (``possessed``: "Russia's president"), and nouns of acting that make it the
    state after "of" (``acting_of``: "the backing of Iran") or "in" (``acting_in``: "banned
    in Russia"), words of what befalls a territory (``befallen``: "Syria has been gripped
    by"), and capitals that stand for
    their state before a verb of acting (``capitals``, ``capital_verbs``: "Moscow said") or
    after a prefix of taking sides (``capital_prefixes``: "anti-Damascus gunmen"), the
    auxiliaries a capital's verb may follow (``capital_auxiliaries``: "Ankara has warned"),
    the modals after which any verb is the capital acting (``capital_modals``: "Moscow must
    stop"), but for the verbs the city does (``city_after_modal``: "Damascus could fall"),
    the verbs before a form in -ing that is the capital acting (``capital_progressive``:
    "Moscow was holding"), but for the city's (``city_in_progress``: "Damascus is burning"),
    relations between states (``relations``: "ties with Tehran"), what one state gives
    another (``given_nouns``: "support to Syria"), the verbs a state does to a capital's
    state (``capital_objects``: "Moscow has accused Ankara"), a people standing for its
    state after "the" (``peoples``: "the Russians"), the adjectives of a country as an
    ideal (``ideals``: "a free and democratic Syria"), and the nouns that make a country
    after another's possessive the war's theatre (``theatres``: "Turkey's Syria operation")."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    suffixes: tuple[str, ...] = ()
    possessed: tuple[str, ...] = ()
    acting_of: tuple[str, ...] = ()
    acting_in: tuple[str, ...] = ()
    befallen: tuple[str, ...] = ()
    capital_verbs: tuple[str, ...] = ()
    capital_prefixes: tuple[str, ...] = ()
    capital_auxiliaries: tuple[str, ...] = ()
    capital_modals: tuple[str, ...] = ()
    city_after_modal: tuple[str, ...] = ()
    capital_progressive: tuple[str, ...] = ()
    city_in_progress: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    given_nouns: tuple[str, ...] = ()
    capital_objects: tuple[str, ...] = ()
    ideals: tuple[str, ...] = ()  # "a free and democratic (Syria)": the country as an ideal
    theatres: tuple[str, ...] = ()  # "Turkey's (Syria) operation": the war's theatre
    capitals: tuple[tuple[str, str], ...] = ()  # (capital, state id)
    peoples: tuple[tuple[str, str], ...] = ()  # (plural people, state id)


# ---------------------------------------------------------------- vocabularies


def read_place_rules(file: str, doc: dict[str, Any], problems: list[Problem]) -> PlaceRules:
    """The words before and after a country's name that make it a place."""
    rules = doc.get("place_rules")
    if not isinstance(rules, dict):
        problems.append(
            Problem(
                file,
                "place_rules",
                "missing or not a mapping",
                "add `place_rules:` with before/after",
            )
        )
        rules = {}
    words: dict[str, list[str]] = {}
    for side in ("before", "after", *_OPTIONAL_PLACE_RULES):
        key = f"place_rules.{side}"
        words[side] = strings(file, key, rules.get(side), problems, key=side)
    for side in ("before", "after"):
        if not words[side]:
            problems.append(
                Problem(file, f"place_rules.{side}", "missing or empty", f"add a `{side}:` list")
            )
    capitals = _state_names(file, doc, "capitals", rules.get("capitals"), problems)
    peoples = _state_names(file, doc, "peoples", rules.get("peoples"), problems)
    known = ("before", "after", *_OPTIONAL_PLACE_RULES, "capitals", "peoples")
    for key in rules:
        if key not in known:
            problems.append(
                Problem(file, f"place_rules.{key}", "unknown key", f"use: {', '.join(known)}")
            )
    return PlaceRules(
        tuple(words["before"]),
        tuple(words["after"]),
        suffixes=tuple(words["suffixes"]),
        possessed=tuple(words["possessed"]),
        acting_of=tuple(words["acting_of"]),
        acting_in=tuple(words["acting_in"]),
        befallen=tuple(words["befallen"]),
        capital_verbs=tuple(words["capital_verbs"]),
        capital_prefixes=tuple(words["capital_prefixes"]),
        capital_auxiliaries=tuple(words["capital_auxiliaries"]),
        capital_modals=tuple(words["capital_modals"]),
        city_after_modal=tuple(words["city_after_modal"]),
        capital_progressive=tuple(words["capital_progressive"]),
        city_in_progress=tuple(words["city_in_progress"]),
        relations=tuple(words["relations"]),
        given_nouns=tuple(words["given_nouns"]),
        capital_objects=tuple(words["capital_objects"]),
        ideals=tuple(words["ideals"]),
        theatres=tuple(words["theatres"]),
        capitals=capitals,
        peoples=peoples,
    )


def _state_names(
    file: str, doc: dict[str, Any], key: str, value: Any, problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    """``place_rules.<key>``: each name (a capital, a people) with the id of the state it
    stands for."""
    if value is None:
        return ()
    where = f"place_rules.{key}"
    if not isinstance(value, dict):
        problems.append(Problem(file, where, "should be a mapping", "write `Moscow: russia`"))
        return ()
    ids = {a.get("id") for a in doc.get("actors") or () if isinstance(a, dict)}
    out = []
    for capital, state in value.items():
        if not isinstance(capital, str) or not isinstance(state, str) or state not in ids:
            problems.append(
                Problem(
                    file,
                    f"{where}.{capital}",
                    f"{state!r} is not an actor id",
                    "name the state by an `id` of the `actors:` list",
                )
            )
            continue
        out.append((capital, state))
    return tuple(out)
