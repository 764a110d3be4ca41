"""Find who is named in a text: actor mentions from ``data/lexicons/actors.yml``.

Every mention is a row with character offsets into the clean text, so each
count traces back to words. The lexicon decides what is an actor; the rules
below decide the few cases where the same words name different things:

* Longest match wins and matches never overlap (``newsframes.text.matching``):
  "Free Syrian Army" is not also "Syrian Army", "the al-Assad regime" is one
  ``syrian_government`` mention and not a person, "Air Force Intelligence
  Directorate" is one mention. An alias in capitals only ("IS", "FSA") is
  case-sensitive, so "is" is never Islamic State.
* Shared surnames (``family_names``): a bare "Assad", "al-Assad", "Mr Assad" or
  "President Assad" is the actor of the latest full-name mention of a family
  member in the same paragraph ("Maher al-Assad ... Assad" is Maher), else the
  default (Bashar al-Assad).
* Places (``place_names`` + ``place_rules``): "Turkey" is the state only where
  the state acts. After a locative word ("into Turkey", "southern Turkey") or
  before a geographic noun ("Turkey's south", "Syria's Idlib province") it is a
  place and not matched; a name joined by "and"/"," to a place is a place, to a
  state a state ("paid for by Saudi Arabia and Qatar"); after a state noun and
  "of" it is the state ("the government of Turkey").
* Demonyms (``demonyms`` + ``state_nouns``): "Iraqi troops", "French officials"
  are the state acting; "Saudis", "Saudi Arabian extremists", "the Turkish
  border" are nationals or places and not matched. In "the Russian and Syrian
  military" the first demonym shares the noun and is a mention of Russia.
* An acronym in brackets right after the full name ("Free Syrian Army (FSA)")
  is part of that one mention, not a second one; so is a possessive of an
  ancestor right before a body ("France's DGSE", "Syria's Republican Guard").
* ``non_actors`` phrases ("in the regime of radio silence", "pro-Assad") win
  over the alias they contain and yield nothing.

No coreference: pronouns and descriptions ("its security forces", "the group")
are not mentions.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.records import Mention
from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import lexicon_path, read_yaml
from newsframes.lexicons.schema import check_entry
from newsframes.text import segmentation as textmod
from newsframes.text.matching import TermMatcher

MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor_type", "side"]
CORPUS_MENTION_COLUMNS = [*MENTION_COLUMNS, "article_id", "sent_id"]
CO_MENTION_COLUMNS = ["article_id", "sent_id", "actor_a", "actor_b"]
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP_KEYS = {"types", "sides", "actors", "family_names", "non_actors", "state_nouns", "place_rules"}

# Matcher keys: (kind, reference).
_ALIAS, _PLACE, _COMBO, _FAMILY, _BLOCK = "alias", "place", "combo", "family", "block"


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


@dataclass(frozen=True)
class FamilyName:
    """Aliases shared by several actors, resolved by the latest member named."""

    aliases: tuple[str, ...]
    default: str
    members: frozenset[str]


@dataclass(frozen=True, eq=False)
class ActorLexicon:
    """A validated actor lexicon, compiled for matching."""

    path: Path
    actors: dict[str, Actor]
    family_names: tuple[FamilyName, ...]
    matcher: TermMatcher
    place_before: re.Pattern[str]
    place_after: re.Pattern[str]
    place_list_before: re.Pattern[str]
    demonym_and: re.Pattern[str]
    ends_in_state_noun: re.Pattern[str]
    state_noun_of: re.Pattern[str]
    groups_of: dict[str, tuple[int, ...]] = field(default_factory=dict)
    ancestors_of: dict[str, frozenset[str]] = field(default_factory=dict)
    demonym_actor: dict[str, str] = field(default_factory=dict)

    def ancestors(self, actor_id: str) -> list[str]:
        """The chain of parents of ``actor_id``, nearest first."""
        return _chain(self.actors, actor_id)

    def table(self) -> pd.DataFrame:
        """One row per actor: id, name, type, side, parent, aliases (joined by '; ')."""
        rows = [
            (a.id, a.name, a.type, a.side, a.parent, "; ".join((*a.aliases, *a.place_names)))
            for a in self.actors.values()
        ]
        return pd.DataFrame(rows, columns=["id", "name", "type", "side", "parent", "aliases"])


# ---------------------------------------------------------------- loading and validation


def _norm(term: str) -> str:
    return re.sub(r"\s+", " ", term.strip()).replace("’", "'").replace("‐", "-")


def _variants(term: str) -> list[str]:
    """The alias and its spellings with any hyphen read as a space."""
    parts = re.split(r"(-)", term)
    hyphens = [i for i, part in enumerate(parts) if part == "-"]
    if not hyphens or len(hyphens) > 4:
        return [term]
    out = []
    for choice in itertools.product(("-", " "), repeat=len(hyphens)):
        pieces = list(parts)
        for i, ch in zip(hyphens, choice, strict=True):
            pieces[i] = ch
        out.append("".join(pieces))
    return out


def _auto_sensitive(term: str) -> bool:
    """Aliases with no lower-case letter (acronyms: IS, FSA, MI6, U.S.) are case-sensitive."""
    return any(c.isupper() for c in term) and not any(c.islower() for c in term)


def _words_regex(words: Iterable[str]) -> str:
    alts = sorted({_norm(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in alts)


class _Terms:
    """Collects every matchable term, checking duplicates across the whole lexicon."""

    def __init__(self, file: str):
        self.file = file
        self.terms: dict[str, tuple[str, str]] = {}
        self.sensitive: set[str] = set()
        self.folded: dict[str, list[tuple[str, bool, str, str]]] = {}
        self.problems: list[Problem] = []

    def add(self, term: str, key: tuple[str, str], sensitive: bool, owner: str, where: str) -> None:
        for variant in dict.fromkeys(_variants(_norm(term))):
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


def _strings(
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


def _vocabulary(file: str, doc: dict[str, Any], key: str, problems: list[Problem]) -> set[str]:
    value = doc.get(key)
    if not isinstance(value, dict) or not value:
        problems.append(
            Problem(file, key, "missing or not a mapping", f"add `{key}:` with `name: description`")
        )
        return set()
    return {str(k) for k in value}


def _parse(path: Path, doc: Any) -> ActorLexicon:
    file = path.name
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise LexiconError([Problem(file, "(file)", "not a mapping", "start with `actors:`")])
    for key in doc:
        if key not in _TOP_KEYS:
            problems.append(
                Problem(
                    file, str(key), "unknown top-level key", f"use: {', '.join(sorted(_TOP_KEYS))}"
                )
            )
    types = _vocabulary(file, doc, "types", problems)
    sides = _vocabulary(file, doc, "sides", problems)
    raw_actors = doc.get("actors")
    if not isinstance(raw_actors, list) or not raw_actors:
        problems.append(Problem(file, "actors", "missing or empty", "add an `actors:` list"))
        raw_actors = []

    terms = _Terms(file)
    actors: dict[str, Actor] = {}
    parents: dict[str, tuple[str, str]] = {}
    for i, entry in enumerate(raw_actors):
        aid = entry.get("id") if isinstance(entry, dict) else None
        where = f"actors[{i}]" + (f" ({aid})" if isinstance(aid, str) else "")
        found = check_entry(
            path,
            where,
            entry,
            {"id": str, "name": str, "type": str, "aliases": list},
            {
                "side": str,
                "parent": str,
                "case_sensitive": list,
                "place_names": list,
                "demonyms": list,
                "note": str,
            },
        )
        problems.extend(found)
        if not isinstance(entry, dict) or not isinstance(aid, str):
            continue
        if not _ID.match(aid):
            problems.append(
                Problem(
                    file, f"{where}.id", f"bad id {aid!r}", "use lower_snake_case, e.g. syrian_army"
                )
            )
        if aid in actors:
            problems.append(
                Problem(file, f"{where}.id", f"duplicate id {aid!r}", "give each actor its own id")
            )
            continue
        kind = entry.get("type")
        if isinstance(kind, str) and types and kind not in types:
            problems.append(
                Problem(
                    file,
                    f"{where}.type",
                    f"unknown type {kind!r}",
                    f"use one of: {', '.join(sorted(types))}",
                )
            )
        side = entry.get("side")
        if isinstance(side, str) and sides and side not in sides:
            problems.append(
                Problem(
                    file,
                    f"{where}.side",
                    f"unknown side {side!r}",
                    f"use one of: {', '.join(sorted(sides))}, or leave `side` out",
                )
            )
        aliases = _strings(file, f"{where}.aliases", entry.get("aliases"), problems)
        places = _strings(file, f"{where}.place_names", entry.get("place_names"), problems)
        demonyms = _strings(file, f"{where}.demonyms", entry.get("demonyms"), problems)
        sensitive = {
            _norm(t)
            for t in _strings(
                file, f"{where}.case_sensitive", entry.get("case_sensitive"), problems
            )
        }
        if not aliases and not places and not found:
            problems.append(
                Problem(
                    file, f"{where}.aliases", "no aliases", "list at least one name for the actor"
                )
            )
        for name in sensitive - {_norm(a) for a in (*aliases, *places)}:
            problems.append(
                Problem(
                    file,
                    f"{where}.case_sensitive",
                    f"{name!r} is not one of the actor's aliases",
                    "list only aliases of this actor, spelled the same way",
                )
            )
        for list_key, items, term_kind in (
            ("aliases", aliases, _ALIAS),
            ("place_names", places, _PLACE),
        ):
            for j, alias in enumerate(items):
                terms.add(
                    alias,
                    (term_kind, aid),
                    _norm(alias) in sensitive or _auto_sensitive(alias),
                    aid,
                    f"{where}.{list_key}[{j}]",
                )
        parent = entry.get("parent")
        if isinstance(parent, str):
            parents[aid] = (parent, where)
        actors[aid] = Actor(
            aid,
            str(entry.get("name")),
            str(kind),
            side if isinstance(side, str) else None,
            parent if isinstance(parent, str) else None,
            tuple(aliases),
            tuple(places),
            tuple(demonyms),
        )

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

    families: list[FamilyName] = []
    raw_families = doc.get("family_names") or []
    if not isinstance(raw_families, list):
        problems.append(
            Problem(file, "family_names", "not a list", "write `family_names:` as a list")
        )
        raw_families = []
    for i, entry in enumerate(raw_families):
        where = f"family_names[{i}]"
        found = check_entry(path, where, entry, {"aliases": list, "default": str, "members": list})
        problems.extend(found)
        if found:
            continue
        members = _strings(file, f"{where}.members", entry["members"], problems)
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
        aliases = _strings(file, f"{where}.aliases", entry["aliases"], problems)
        for j, alias in enumerate(aliases):
            terms.add(
                alias, (_FAMILY, str(i)), _auto_sensitive(alias), where, f"{where}.aliases[{j}]"
            )
        families.append(FamilyName(tuple(aliases), entry["default"], frozenset(members)))

    for j, phrase in enumerate(
        _strings(file, "non_actors", doc.get("non_actors"), problems, key="non_actors")
    ):
        terms.add(phrase, (_BLOCK, ""), _auto_sensitive(phrase), "non_actors", f"non_actors[{j}]")

    nouns = _strings(file, "state_nouns", doc.get("state_nouns"), problems, key="state_nouns")
    if not nouns:
        problems.append(
            Problem(file, "state_nouns", "missing or empty", "add a `state_nouns:` list")
        )
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
    before = _strings(file, "place_rules.before", rules.get("before"), problems, key="before")
    after = _strings(file, "place_rules.after", rules.get("after"), problems, key="after")
    for key, items in (("place_rules.before", before), ("place_rules.after", after)):
        if not items:
            problems.append(
                Problem(file, key, "missing or empty", f"add a `{key.split('.')[1]}:` list")
            )
    problems.extend(terms.problems)
    if problems:
        raise LexiconError(problems)

    # Demonym + state noun ("Iraqi troops"): generated, and an explicit alias wins.
    explicit = {t.casefold() for t in terms.terms}
    for actor in actors.values():
        for demonym in actor.demonyms:
            for noun in nouns:
                for variant in _variants(_norm(f"{demonym} {noun}")):
                    if variant.casefold() in explicit or variant in terms.terms:
                        continue
                    terms.terms[variant] = (_COMBO, actor.id)
                    if _auto_sensitive(demonym):
                        terms.sensitive.add(variant)

    locative = _words_regex(before)
    all_demonyms = [d for a in actors.values() for d in a.demonyms]
    groups_of: dict[str, list[int]] = {}
    for i, fam in enumerate(families):
        for member in fam.members:
            groups_of.setdefault(member, []).append(i)
    return ActorLexicon(
        path=path,
        actors=actors,
        family_names=tuple(families),
        matcher=TermMatcher(dict[str, Hashable](terms.terms), case_sensitive=terms.sensitive),
        place_before=re.compile(rf"(?<![\w'’-])(?i:{locative})\s+(?:the\s+)?$"),
        place_after=re.compile(
            r"(?:['’]s?)?(?:[-‐–][A-Z]\w*)?(?:\s+[A-Z][\w'’-]*){0,2}\s+"
            rf"(?i:{_words_regex(after)})(?![\w-])"
        ),
        place_list_before=re.compile(
            rf"(?<![\w'’-])(?i:{locative})\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}"
            r"\s*(?:,|\band\b|\bor\b)\s*$"
        ),
        demonym_and=re.compile(rf"(?<![\w'’-])({_words_regex(all_demonyms)})\s+(?:and|or|&)\s+$"),
        ends_in_state_noun=re.compile(rf"(?<![\w'’-])(?i:{_words_regex(nouns)})$"),
        state_noun_of=re.compile(rf"(?<![\w'’-])(?i:{_words_regex(nouns)})\s+of\s+(?:the\s+)?$"),
        groups_of={k: tuple(v) for k, v in groups_of.items()},
        ancestors_of={aid: frozenset(_chain(actors, aid)) for aid in actors},
        demonym_actor={_norm(d): a.id for a in actors.values() for d in a.demonyms},
    )


def _chain(actors: dict[str, Actor], actor_id: str) -> list[str]:
    chain = []
    parent = actors[actor_id].parent
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = actors[parent].parent
    return chain


@lru_cache(maxsize=8)
def _load(path: Path, digest: str) -> ActorLexicon:
    return _parse(path, read_yaml(path))


def load_actors(path: str | os.PathLike[str] | None = None) -> ActorLexicon:
    """Read and validate ``actors.yml`` (or ``path``); every problem is reported at once.

    Cached on the path and the file's content, so an edited lexicon is re-read.
    """
    where = lexicon_path("actors", path).resolve()
    try:
        digest = hashlib.blake2b(where.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        digest = ""  # read_yaml reports the missing file
    return _load(where, digest)


# ---------------------------------------------------------------- matching

_WINDOW = 60
_JOINED = re.compile(r"\s*(?:,|and|or|&)\s*$")
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
_POSSESSIVE = re.compile(r"['’]s?\s+")


def _is_place(
    lex: ActorLexicon, para: str, start: int, end: int, last: tuple[int, bool] | None
) -> bool:
    """Whether a place name at ``para[start:end]`` names the place, not the state (module doc)."""
    window = para[max(0, start - _WINDOW) : start]
    # Both window patterns end in a case-sensitive word and spaces: test that first.
    before = window.rstrip() if window[-1:].isspace() else ""
    if before.endswith(("of", "the")) and lex.state_noun_of.search(window):
        return False  # "the government of Turkey"
    if before and lex.place_before.search(window):
        return True
    if lex.place_after.match(para, end):
        return True
    if last is not None and _JOINED.fullmatch(para, last[0], start):
        return last[1]
    if not window.rstrip().endswith((",", "and", "or")):
        return False
    return bool(lex.place_list_before.search(window))


_STATE, _FROM_FAMILY, _AS_PLACE = 0, 1, 2


@lru_cache(maxsize=4096)
def _ends_in(pattern: re.Pattern[str], surface: str) -> bool:
    """``pattern.search(surface)``, cached: the same surfaces recur in every text."""
    return pattern.search(surface) is not None


def _paragraph_mentions(
    lex: ActorLexicon,
    para: str,
    offset: int,
    rows: list[tuple[int, int, str, str]],
    matches: list[tuple[int, int, str, Any]],
) -> None:
    """Append ``(start, end, surface, actor_id)`` for one paragraph to ``rows``.

    ``matches`` are the paragraph's ``(start, end, surface, key)`` from the lexicon's
    matcher, in paragraph offsets.
    """
    found: list[tuple[int, int, str, int]] = []  # local start, end, actor or group, how found
    last_place: tuple[int, bool] | None = None  # end of the latest place name, and whether a place
    for m_start, m_end, surface, (kind, ref) in matches:
        if kind == _BLOCK:
            continue
        if kind == _PLACE:
            is_place = _is_place(lex, para, m_start, m_end, last_place)
            last_place = (m_end, is_place)
            if is_place:
                # Kept only to join "Syria's Republican Guard" below; never a mention itself.
                found.append((m_start, m_end, ref, _AS_PLACE))
                continue
        if kind != _FAMILY and _ends_in(lex.ends_in_state_noun, surface):
            # demonym_and ends in a case-sensitive "and", "or" or "&" and spaces.
            lo = max(0, m_start - _WINDOW)
            coordinated = (
                lex.demonym_and.search(para, lo, m_start)
                if m_start > 0
                and para[m_start - 1].isspace()
                and para[lo:m_start].rstrip().endswith(("and", "or", "&"))
                else None
            )
            actor = _demonym_actor(lex, coordinated.group(1)) if coordinated else None
            if coordinated and actor and (not found or coordinated.start(1) >= found[-1][1]):
                # "the Russian and Syrian military": Russian shares the noun.
                found.append((coordinated.start(1), coordinated.end(1), actor, _STATE))
        found.append((m_start, m_end, ref, _FROM_FAMILY if kind == _FAMILY else _STATE))

    latest: dict[int, str] = {}
    prev: tuple[int, int, str] | None = None  # the last row written, in local offsets
    held: tuple[int, int, str] | None = None  # a place name just before
    for start, end, ref, how in found:
        if how == _AS_PLACE:
            held = (start, end, ref)
            continue
        if how == _FROM_FAMILY:
            actor = latest.get(int(ref), lex.family_names[int(ref)].default)
        else:
            actor = ref
            for g in lex.groups_of.get(actor, ()):
                latest[g] = actor
        owner = held if held is not None and held[1] > (prev[1] if prev else -1) else prev
        held = None
        if (
            owner is not None
            and owner[2] in lex.ancestors_of[actor]
            and _POSSESSIVE.fullmatch(para, owner[1], start)
        ):
            # "France's DGSE": one mention of the agency, which belongs to France.
            if owner is prev:
                rows.pop()
            rows.append((offset + owner[0], offset + end, "", actor))
            prev = (owner[0], end, actor)
            continue
        if prev is not None and prev[2] == actor:
            opened = _BRACKET_OPEN.fullmatch(para, prev[1], start)
            closed = _BRACKET_CLOSE.match(para, end) if opened else None
            if closed:
                # "Free Syrian Army (FSA)": one mention, brackets included.
                rows[-1] = (offset + prev[0], offset + closed.end(), "", actor)
                prev = (prev[0], closed.end(), actor)
                continue
        rows.append((offset + start, offset + end, "", actor))
        prev = (start, end, actor)


def _demonym_actor(lex: ActorLexicon, demonym: str) -> str | None:
    return lex.demonym_actor.get(_norm(demonym))


def _default_lexicon() -> ActorLexicon:
    """The default lexicon, re-validated only when the file changes (one ``stat`` per call)."""
    path = _default_path(os.environ.get("NEWSFRAMES_DATA"))
    try:
        info = path.stat()
        stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = None
    cached = _DEFAULT.get(path)
    if stamp is None or cached is None or cached[0] != stamp:
        _DEFAULT[path] = (stamp, load_actors(path))
    return _DEFAULT[path][1]


@lru_cache(maxsize=4)
def _default_path(_data_env: str | None) -> Path:
    return lexicon_path("actors").resolve()


_DEFAULT: dict[Path, tuple[tuple[int, int] | None, ActorLexicon]] = {}


def _paragraph_matches(
    text: str, spans: list[tuple[int, int]], matcher: TermMatcher
) -> list[list[tuple[int, int, str, Any]]]:
    """The matcher's ``(start, end, surface, key)`` in each paragraph, in paragraph offsets.

    One pass over the whole text with every line break made a character no term
    can match (NUL): the result is the same as matching each paragraph on its own.
    """
    if "\0" in text:
        return [matcher.find_tuples(text[s:e]) for s, e in spans]
    out: list[list[tuple[int, int, str, Any]]] = [[] for _ in spans]
    i = 0
    p_start, p_end = spans[0]
    for start, end, surface, key in matcher.find_tuples(text.replace("\n", "\0")):
        while p_end <= start:
            i += 1
            p_start, p_end = spans[i]
        out[i].append((start - p_start, end - p_start, surface, key))
    return out


def _mention_rows(text: str, lex: ActorLexicon) -> list[tuple[int, int, str, str]]:
    rows: list[tuple[int, int, str, str]] = []
    spans = list(textmod.paragraph_spans(text))
    if not spans:
        return rows
    for (p_start, p_end), found in zip(
        spans, _paragraph_matches(text, spans, lex.matcher), strict=True
    ):
        _paragraph_mentions(lex, text[p_start:p_end], p_start, rows, found)
    return rows


def mention_tuples(text: str, lexicon: ActorLexicon | None = None) -> list[Mention]:
    """Each mention as a :class:`Mention` (start, end, surface, actor_id, type, side), in order."""
    lex = lexicon if lexicon is not None else _default_lexicon()
    actors = lex.actors
    rows = _mention_rows(text, lex)
    return [Mention(s, e, text[s:e], a, actors[a].type, actors[a].side) for s, e, _, a in rows]


def mention_table(
    mentions: Iterable[Mention], sent_ids: Iterable[int] | None = None
) -> pd.DataFrame:
    """The mentions table (``MENTION_COLUMNS``, then ``sent_id`` if given), typed once.

    Offsets are int64; text columns stay object arrays, so a missing side is None.
    """
    rows = list(mentions)
    columns: dict[str, np.ndarray] = {
        name: np.array([r[k] for r in rows], dtype="int64" if name in ("start", "end") else object)
        for k, name in enumerate(MENTION_COLUMNS)
    }
    if sent_ids is not None:
        columns["sent_id"] = np.fromiter(sent_ids, dtype="int64", count=len(rows))
    return pd.DataFrame(columns, copy=False)


def find_mentions(text: str, lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """One row per actor mention: start, end, surface, actor_id, actor_type, side."""
    lex = lexicon if lexicon is not None else _default_lexicon()
    return mention_table(mention_tuples(text, lex))


def corpus_mentions(
    corpus: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    lexicon: ActorLexicon | None = None,
) -> pd.DataFrame:
    """Mentions in every article, with ``article_id`` and the ``sent_id`` holding each start.

    A mention always starts inside a sentence; ``sent_id`` -1 would flag one that does not.
    """
    lex = lexicon if lexicon is not None else _default_lexicon()
    sents = sentences if sentences is not None else textmod.sentences(corpus)
    by_article = {
        aid: (group["start"].to_numpy(), group["sent_id"].to_numpy())
        for aid, group in sents.sort_values(["article_id", "start"]).groupby(
            "article_id", sort=False
        )
    }
    rows = [mention_tuples(text, lex) for text in corpus["text"]]
    table = mention_table(r for found in rows for r in found)
    article_ids, sent_ids = [], []
    for aid, found in zip(corpus["id"], rows, strict=True):
        starts, ids = by_article.get(aid, (np.empty(0, dtype="int64"), np.empty(0, dtype="int64")))
        at = np.searchsorted(starts, np.array([r[0] for r in found], dtype="int64"), "right") - 1
        sent_ids.append(np.where(at >= 0, ids[np.clip(at, 0, None)] if len(ids) else -1, -1))
        article_ids.extend([aid] * len(found))
    table["article_id"] = np.array(article_ids, dtype=object)
    table["sent_id"] = (
        np.concatenate(sent_ids).astype("int64") if sent_ids else np.empty(0, dtype="int64")
    )
    return table


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of distinct actors named in the same sentence: one row per pair per sentence.

    Needs ``sent_id`` (and ``article_id`` when there are several articles), as
    made by :func:`corpus_mentions`; ``actor_a`` sorts before ``actor_b``.
    """
    article = (
        mentions["article_id"] if "article_id" in mentions else pd.Series("", index=mentions.index)
    )
    keys = pd.DataFrame(
        {"article_id": article, "sent_id": mentions["sent_id"], "actor_id": mentions["actor_id"]}
    ).drop_duplicates()
    pairs = keys.merge(keys, on=["article_id", "sent_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]]
    pairs = pairs.rename(columns={"actor_id_a": "actor_a", "actor_id_b": "actor_b"})
    return pairs.sort_values(CO_MENTION_COLUMNS, ignore_index=True)[CO_MENTION_COLUMNS]


def actor_counts(
    mentions: pd.DataFrame,
    n_words: Mapping[str, int] | pd.Series | int,
    by: str = "actor_id",
) -> pd.DataFrame:
    """Mentions per article and per 1,000 words, by ``actor_id``, ``actor_type`` or ``side``.

    ``n_words`` maps article_id to its word count (``len(text.tokenize(text))``),
    or is one number for a single article. Every article x value pair is listed,
    zeros included, so rates compare across articles; a missing side is "none".
    """
    if by not in ("actor_id", "actor_type", "side"):
        raise ValueError(f"by must be actor_id, actor_type or side, not {by!r}")
    frame = mentions.copy()
    if "article_id" not in frame:
        frame["article_id"] = ""
    if isinstance(n_words, int):
        words = {aid: n_words for aid in frame["article_id"].unique()} or {"": n_words}
    else:
        words = dict(n_words.items())
    missing = set(frame["article_id"]) - set(words)
    if missing:
        raise ValueError(f"no word count for articles: {sorted(missing)}")
    frame[by] = frame[by].fillna("none")
    counts = frame.groupby(["article_id", by]).size()
    values = sorted(frame[by].unique())
    index = pd.MultiIndex.from_product([list(words), values], names=["article_id", by])
    out = counts.reindex(index, fill_value=0).rename("count").reset_index()
    out["n_words"] = out["article_id"].map(words).astype("int64")
    out["per_1000"] = out["count"] * 1000 / out["n_words"]
    return out[["article_id", by, "count", "n_words", "per_1000"]]


def mask_mentions(
    text: str, mentions: pd.DataFrame, placeholder: str = "ACTOR", offset: int = 0
) -> str:
    """``text`` with every mention replaced by ``placeholder``: "Free" in a name is not sentiment.

    ``offset`` is where ``text`` starts in the article the mention offsets refer
    to, so a sentence can be masked with the article's mentions; mentions outside
    it are ignored.
    """
    if len(mentions) == 0:
        return text
    starts = mentions["start"].to_numpy() - offset
    ends = mentions["end"].to_numpy() - offset
    keep = (starts >= 0) & (ends <= len(text))
    pieces = []
    cursor = 0
    for s, e in sorted(zip(starts[keep].tolist(), ends[keep].tolist(), strict=True)):
        if s < cursor:
            continue
        pieces.append(text[cursor:s])
        pieces.append(placeholder)
        cursor = e
    pieces.append(text[cursor:])
    return "".join(pieces)
