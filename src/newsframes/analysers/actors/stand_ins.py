"""Capitals, peoples and paired demonyms that stand for their state in a paragraph: "Moscow
said", "ties with Tehran", "the anti-Damascus gunmen", "the strategy of Washington", "pressure
from the Russians", "the Turkish-Russian agreement". They are added to the gazetteer's matches
before the rules classify them.
"""

from __future__ import annotations

import re
from typing import Any

from newsframes.analysers.actors.gazetteer import WINDOW, Gazetteer
from newsframes.lexicons.actor_terms import ALIAS, Term

# A capitalised word right before a capital makes it part of a name ("Denzel Washington said").
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def with_capitals(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """``matches`` with each capital that stands for its state ("Moscow said",
    "Washington's dreams") added in order; never one after a locative word ("officials in
    Moscow said") or before a place's noun ("Damascus's eastern suburbs"), nor one inside a
    match ("Washington Post") or after a capitalised word ("Denzel Washington said")."""
    if gaz.capital_acting is None:
        return matches
    added = []
    for hit in gaz.capital_acting.finditer(para):
        start, end = hit.span(1)
        window = para[max(0, start - WINDOW) : start]
        if gaz.place_before.search(window) or gaz.place_after.match(para, end):
            continue
        if _NAME_BEFORE.search(window):
            continue
        if gaz.place_possessed is not None and gaz.place_possessed.match(para, end):
            continue
        if any(m[0] < end and start < m[1] for m in matches):
            continue
        added.append(
            (
                start,
                end,
                hit.group(1),
                Term(ALIAS, gaz.capital_state[" ".join(hit.group(1).split())]),
            )
        )
    for start, end in _stance_capitals(gaz, para):
        if any(m[0] < end and start < m[1] for m in (*matches, *added)):
            continue
        state = gaz.capital_state[" ".join(para[start:end].split())]
        added.append((start, end, para[start:end], Term(ALIAS, state)))
    return sorted([*matches, *added], key=lambda m: m[0]) if added else matches


def _stance_capitals(gaz: Gazetteer, para: str) -> list[tuple[int, int]]:
    """Spans of the capitals that stand for their state in a relation between states ("ties
    with Ankara"), after a prefix of taking sides ("anti-Damascus gunmen"), after a noun of
    acting and "of" ("the strategy of Washington") or as the object of a state's verb
    ("accused Ankara")."""
    spans = _relational_capitals(gaz, para)
    if gaz.stand_in_hint is None:
        return spans
    for hit in gaz.stand_in_hint.finditer(para):
        start, end = hit.span()
        if " ".join(hit.group().split()) not in gaz.capital_state:
            continue  # a people ("the Russians")
        if _backing_joined(gaz, para, start, end):
            spans.append((start, end))  # "the Ankara-backed Syrian National Army"
            continue
        if _inside_a_word(para, start, end):
            continue  # part of a word ("Parisian", "Paris-based")
        before = para[max(0, start - WINDOW) : start]
        prefix = gaz.capital_prefix_before
        if before.endswith("-"):
            taken = prefix is not None and prefix.search(before) is not None  # "anti-Damascus"
        else:  # "the strategy of Washington", not "the centre of Damascus University"
            taken = before.endswith((" ", "\t")) and not _CAPITALISED_NEXT.match(para, end)
            taken = taken and (
                gaz.state_noun_of.search(before) is not None
                or (  # "Moscow has accused Ankara", "the alliance that backs Damascus"
                    gaz.capital_object_before is not None
                    and gaz.capital_object_before.search(before) is not None
                )
            )
        if taken:
            spans.append((start, end))
    return spans


# A capitalised word after a capital: part of a longer name ("Damascus University").
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")


def _backing_joined(gaz: Gazetteer, para: str, start: int, end: int) -> bool:
    """Whether a word of backing is joined by a hyphen to the end of ``para[start:end]`` and
    nothing to its front: the capital stands for the state that backs ("Moscow-backed")."""
    if _joined_to_front(para, start) or para[start - 1 : start] == "-":
        return False
    return gaz.place_backing is not None and gaz.place_backing.match(para, end) is not None


def _inside_a_word(para: str, start: int, end: int) -> bool:
    """Whether a letter or an apostrophe is joined to the front of ``para[start:end]``, or
    one of those or a hyphen to its end ("Parisian", "Paris-based"); a hyphen in front is a
    prefix ("anti-Damascus")."""
    after = para[end : end + 1]
    return _joined_to_front(para, start) or after.isalnum() or after in ("_", "'", "’", "-")


def _joined_to_front(para: str, start: int) -> bool:
    """Whether a letter, a digit, an underscore or an apostrophe stands right before ``start``."""
    before = para[start - 1 : start] if start > 0 else ""
    return before.isalnum() or before in ("_", "'", "’")


def _relational_capitals(gaz: Gazetteer, para: str) -> list[tuple[int, int]]:
    """Spans of the capitals that stand for their state in a relation between states."""
    if not gaz.relations:
        return []
    with_one, pair, between = gaz.relations
    spans = [hit.span(1) for hit in with_one.finditer(para)]
    for hit in (*pair.finditer(para), *between.finditer(para)):
        spans += [hit.span(1), hit.span(2)]
    return spans


def with_peoples(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """``matches`` with each people standing for its state ("pressure from the Russians")
    added in order, unless inside a match."""
    if gaz.people_acting is None:
        return matches
    added = [
        (start, end, hit.group(1), Term(ALIAS, gaz.people_state[hit.group(1)]))
        for hit in gaz.people_acting.finditer(para)
        for start, end in [hit.span(1)]
        if not any(m[0] < end and start < m[1] for m in matches)
    ]
    return sorted([*matches, *added], key=lambda m: m[0]) if added else matches


def with_demonym_pairs(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """``matches`` with each demonym of a hyphened pair before a noun of relation or of
    acting added as its state ("the Turkish-Russian agreement", "a Syrian-Hizballah
    offensive"), unless inside another match; a country's name matched as a place there is
    the state too ("the U.S.-Russian rapprochement"). Before any other noun the pair is
    ground or origin ("the Turkish-Syrian border", "a Syrian-American doctor"). A demonym
    and the noun may name a body ("a Syrian-Hizballah military force": the Syrian army)."""
    if gaz.demonym_pair is None:
        return matches
    added = []
    for hit in gaz.demonym_pair.finditer(para):
        start, noun = hit.start(1), " ".join(hit.group(2).split())
        for part in _HYPHENS.split(hit.group(1)):
            end = start + len(part)
            state = gaz.demonym_noun.get(f"{part} {noun}".casefold(), gaz.demonym_actor.get(part))
            if state is not None and not any(
                m[0] < end and start < m[1] and (m[0], m[1]) != (start, end) for m in matches
            ):
                added.append((start, end, part, Term(ALIAS, state)))
            start = end + 1
    if not added:
        return matches
    spans = {(m[0], m[1]) for m in added}
    kept = [m for m in matches if (m[0], m[1]) not in spans]
    return sorted([*kept, *added], key=lambda m: m[0])


_HYPHENS = re.compile(r"[-‐–]")
