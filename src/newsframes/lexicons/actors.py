"""The actors lexicon (``data/lexicons/actors.yml``): who can be named in a text, and how.

Each actor has an id, a name, a type, a side where one is meaningful, its aliases,
and optionally a parent, place names and demonyms. Shared surnames (``family_names``),
phrases that are not mentions (``non_actors``), the nouns that make a demonym the
state (``state_nouns``) and the words that make a country name a place (``place_rules``)
complete it. :func:`load_actors` checks all of it and reports every problem at once;
``actor_entries`` reads each part of the file, ``actor_terms`` checks the spellings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons import actor_entries as entries
from newsframes.lexicons.actor_entries import Actor, FamilyName, PlaceRules
from newsframes.lexicons.actor_terms import (
    ALIAS,
    FAMILY,
    GeneratedSpelling,
    Term,
    TermTable,
    auto_sensitive,
    norm,
)
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.spelling_variants import (
    SpellingRules,
    common_words,
    read_spelling_rules,
    spelling_variants,
)

__all__ = [
    "Actor",
    "ActorLexicon",
    "FamilyName",
    "GeneratedSpelling",
    "PlaceRules",
    "Term",
    "load_actors",
    "parse_actors",
]


@dataclass(frozen=True, eq=False)
class ActorLexicon:
    """The validated actors lexicon, with the lookups that matching derives from it.

    ``terms`` maps every spelling to match (aliases with their hyphen-as-space
    variants, place names, family names, non-actor phrases, demonym + state noun)
    to the :class:`Term` it names; ``case_sensitive`` lists the spellings that match
    only as written. Compared by identity: the loader returns the same object for
    the same file content, so a matcher compiled from it can be cached on it.
    """

    path: Path
    actors: Mapping[str, Actor]
    family_names: tuple[FamilyName, ...]
    non_actors: tuple[str, ...]
    state_nouns: tuple[str, ...]
    place_rules: PlaceRules
    terms: Mapping[str, Term]
    case_sensitive: frozenset[str]
    ancestors_of: Mapping[str, tuple[str, ...]]  # actor -> its parents, nearest first
    families_of: Mapping[str, tuple[int, ...]]  # actor -> the family names it is a member of
    demonym_actor: Mapping[str, str]  # demonym (normalised) -> its state
    spellings: tuple[GeneratedSpelling, ...] = ()  # rule-made spellings, added or refused
    backing_words: tuple[str, ...] = ()  # "backed", "led": a state's name joined to one backs
    holding_words: tuple[str, ...] = ()  # "occupied": the mention is the demonym alone
    short_heads: tuple[str, ...] = ()  # "the Coalition": the one body named in full so
    lower_case_heads: tuple[str, ...] = ()  # "the coalition said": also in lower case
    family_name_first: tuple[str, ...] = ()  # states whose people's family name comes first
    title_nouns: tuple[str, ...] = ()  # "Algerian diplomat (Lakhdar Brahimi)": a title
    title_openers: tuple[str, ...] = ()  # "the top (Iranian diplomat)": one person's title
    acts_on_others: tuple[str, ...] = ()  # "the bombing of (Syria)": the country acted on
    owned_by_state: tuple[str, ...] = ()  # "Syrian state(-run)", "state journalists": no state
    owning_nouns: tuple[str, ...] = ()  # "military", "official": adjectives before those words
    street_nouns: tuple[str, ...] = ()  # "(Al-Maliki) Street": a person's name on a place
    opposition_backers: tuple[str, ...] = ()  # "US(-backed Syrian forces)": not the state's
    # the demonym + state noun terms -> (demonym, noun): matched as pairs, not in the trie
    pairs: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    def ancestors(self, actor_id: str) -> list[str]:
        """The chain of parents of ``actor_id``, nearest first."""
        return list(self.ancestors_of[actor_id])

    def table(self) -> pd.DataFrame:
        """One row per actor: id, name, type, side, parent, aliases (joined by '; ')."""
        rows = [
            (a.id, a.name, a.type, a.side, a.parent, "; ".join((*a.aliases, *a.place_names)))
            for a in self.actors.values()
        ]
        return pd.DataFrame(rows, columns=["id", "name", "type", "side", "parent", "aliases"])

    def spelling_table(self) -> pd.DataFrame:
        """One row per rule-made spelling: its entry, the alias it varies, whether it was
        added, and why not (another entry's spelling, ambiguous, a common English word)."""
        return pd.DataFrame(
            self.spellings, columns=["owner", "alias", "variant", "added", "reason"]
        )


def load_actors(path: str | os.PathLike[str] | None = None) -> ActorLexicon:
    """Read and validate ``actors.yml`` (or ``path``); every problem is reported at once.

    Cached on the file's content by the shared loader, so an edited lexicon is re-read.
    """
    return load_lexicon("actors", parse_actors, path)


def parse_actors(path: Path, doc: Any) -> ActorLexicon:
    """The schema: check the parsed ``actors.yml`` part by part, then build the lexicon."""
    file = path.name
    if not isinstance(doc, dict):
        raise LexiconError([Problem(file, "(file)", "not a mapping", "start with `actors:`")])
    problems = entries.unknown_top_keys(file, doc)
    types = entries.read_vocabulary(file, doc, "types", problems)
    sides = entries.read_vocabulary(file, doc, "sides", problems)
    terms = TermTable(file)
    actors, parents = entries.read_actors(path, doc, types, sides, terms, problems)
    problems += entries.parent_problems(file, actors, parents)
    families = entries.read_family_names(path, doc, actors, terms, problems)
    non_actors = entries.read_non_actors(file, doc, terms, problems)
    nouns = entries.read_state_nouns(file, doc, problems)
    backing = entries.read_word_list(file, doc, problems, "backing_words")
    holding = entries.read_word_list(file, doc, problems, "holding_words")
    heads = entries.read_word_list(file, doc, problems, "short_heads")
    lower_heads = entries.read_word_list(file, doc, problems, "lower_case_heads")
    family_first = entries.read_word_list(file, doc, problems, "family_name_first")
    problems += [
        Problem(file, "family_name_first", f"{state!r} is not an actor id", "name a state's id")
        for state in family_first
        if state not in actors
    ]
    title_nouns = entries.read_word_list(file, doc, problems, "title_nouns")
    title_openers = entries.read_word_list(file, doc, problems, "title_openers")
    acts_on_others = entries.read_word_list(file, doc, problems, "acts_on_others")
    owned_by_state = entries.read_word_list(file, doc, problems, "owned_by_state")
    owning_nouns = entries.read_word_list(file, doc, problems, "owning_nouns")
    street_nouns = entries.read_word_list(file, doc, problems, "street_nouns")
    opposition_backers = entries.read_word_list(file, doc, problems, "opposition_backers")
    name_nouns = entries.read_word_list(file, doc, problems, "name_nouns")
    place_rules = entries.read_place_rules(file, doc, problems)
    rules = read_spelling_rules(file, doc, problems)
    problems += terms.problems
    if problems:
        raise LexiconError(problems)
    spellings = terms.add_generated(
        _spelling_candidates(actors, families, rules), common_words(rules.common_word_count)
    )
    terms.add_demonym_terms(((d, a.id) for a in actors.values() for d in a.demonyms), nouns)
    # "the Jordan government": a state's own name before "government", as its demonym
    terms.add_name_terms(
        ((p, a.id) for a in actors.values() if a.type == "state" for p in a.place_names),
        name_nouns,
    )
    terms.add_backing_terms(  # a demonym that is also a country's name ("U.S.") is the name
        ((d, a.id) for a in actors.values() for d in a.demonyms if d not in a.place_names),
        [*backing, *holding],
    )
    return ActorLexicon(
        path=path.resolve(),
        actors=MappingProxyType(actors),
        family_names=families,
        non_actors=non_actors,
        state_nouns=tuple(nouns),
        place_rules=place_rules,
        terms=MappingProxyType(terms.terms),
        pairs=MappingProxyType(terms.pairs),
        case_sensitive=frozenset(terms.sensitive),
        ancestors_of=MappingProxyType({aid: _chain(actors, aid) for aid in actors}),
        families_of=MappingProxyType(_families_of(families)),
        demonym_actor=MappingProxyType(
            {norm(d): a.id for a in actors.values() for d in a.demonyms}
        ),
        spellings=tuple(spellings),
        backing_words=tuple(backing),
        holding_words=tuple(holding),
        short_heads=tuple(heads),
        lower_case_heads=tuple(lower_heads),
        family_name_first=tuple(family_first),
        title_nouns=tuple(title_nouns),
        title_openers=tuple(title_openers),
        acts_on_others=tuple(acts_on_others),
        owned_by_state=tuple(owned_by_state),
        owning_nouns=tuple(owning_nouns),
        street_nouns=tuple(street_nouns),
        opposition_backers=tuple(opposition_backers),
    )


# ---------------------------------------------------------------- derived lookups


def _spelling_candidates(
    actors: Mapping[str, Actor], families: tuple[FamilyName, ...], rules: SpellingRules
) -> list[tuple[str, str, Term, str]]:
    """``(variant, alias, term, owner)`` for the aliases of every entry that opts in
    (acronyms and other case-sensitive aliases are left as written)."""
    entries_: list[tuple[tuple[str, ...], Term, str]] = [
        (a.aliases, Term(ALIAS, a.id), a.id) for a in actors.values() if a.spelling_variants
    ]
    entries_ += [
        (f.aliases, Term(FAMILY, str(i)), f"family_names[{i}]")
        for i, f in enumerate(families)
        if f.spelling_variants
    ]
    return [
        (variant, alias, key, owner)
        for aliases, key, owner in entries_
        for alias in aliases
        if not auto_sensitive(alias)
        for variant in spelling_variants(norm(alias), rules)
    ]


def _chain(actors: Mapping[str, Actor], actor_id: str) -> tuple[str, ...]:
    """The parents of ``actor_id``, nearest first (the chain is checked to have no cycle)."""
    chain: list[str] = []
    parent = actors[actor_id].parent
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = actors[parent].parent
    return tuple(chain)


def _families_of(families: tuple[FamilyName, ...]) -> dict[str, tuple[int, ...]]:
    """For each actor, the indices of the family names it is a member of."""
    found: dict[str, list[int]] = {}
    for i, family in enumerate(families):
        for member in family.members:
            found.setdefault(member, []).append(i)
    return {member: tuple(indices) for member, indices in found.items()}
