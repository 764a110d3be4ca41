"""Capitals, peoples and paired demonyms that stand for their state in a paragraph: "Moscow
said", "ties with Tehran", "the anti-Damascus gunmen", "the strategy of Washington", "pressure
from the Russians", "the Turkish-Russian agreement". They are added to the gazetteer's matches
before the rules classify them.
"""

from __future__ import annotations

import re
from typing import Any

from newsframes.analysers.actors.gazetteer import WINDOW, Gazetteer
from newsframes.lexicons.actor_terms import ALIAS, PLACE, Term
from newsframes.lexicons.stopwords import load_stopwords

# The hyphens that join the words of a pair: "Turkish-Russian".
_HYPHENS = re.compile(r"[-‐–]")
# Another name of a list after a capital: "Ankara(, Tehran)", "Ankara( and Tehran)".
_LIST_NEXT = re.compile(r"[ \t]*,[ \t]*[A-Z]|[ \t]+(?:and|or)[ \t]+[A-Z]")
# A capitalised word right before a capital makes it part of a name ("Denzel Washington said"),
# unless it is a small word that opens a sentence ("But Damascus has denied").
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def with_capitals(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """``matches`` with each capital that stands for its state ("Moscow said",
    "Washington's dreams") added in order; never one after a locative word ("officials in
    Moscow said", but not before a noun of acting: "in Moscow's bid") or before a place's noun
    ("Damascus's eastern suburbs"), nor one inside a match ("Washington Post") or after a
    capitalised word ("Denzel Washington said")."""
    if gaz.capital_acting is None:
        return matches
    added = []
    for hit in gaz.capital_acting.finditer(para):
        start, end = hit.span(1)
        window = para[max(0, start - WINDOW) : start]
        if gaz.place_after.match(para, end):
            continue
        if gaz.place_before.search(window) and not _owns_an_act(gaz, para, end):
            continue
        if gaz.place_run_before.search(window) and _in_a_list(window, para, end):
            continue  # "officials from Moscow, (Ankara) and (Tehran) said": the cities
        name_before = _NAME_BEFORE.search(window)
        if name_before is not None and name_before.group(1).lower() not in load_stopwords():
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


# What may follow a noun of acting that ends its phrase: punctuation, the end, or a word
# that opens what comes next ("bid to bolster", "refusal of the plan"), not another noun
# ("military airport", "government quarter").
_PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[^\w\s]|$|(?:to|of|for|on|in|that|and|with|by|over|against)\b)"
)


def _owns_an_act(gaz: Gazetteer, para: str, end: int) -> bool:
    """Whether the capital ending at ``end`` is a possessive before a noun of acting that
    ends its phrase: the state's, even after a locative word ("in Moscow's bid to bolster
    its ally"); not a place named after one ("at Damascus's military airport")."""
    owned = gaz.state_possessed.match(para, end)
    return owned is not None and _PHRASE_ENDS.match(para, owned.end()) is not None


def _in_a_list(window: str, para: str, end: int) -> bool:
    """Whether the capital ending at ``end`` is inside a list or ends one ("from London,
    (Paris) and (Berlin)"), not a clause's subject after an opening place ("In Geneva, Moscow
    said")."""
    return window.rstrip().endswith(("and", "or")) or _LIST_NEXT.match(para, end) is not None


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
            taken = (
                before.endswith((" ", "\t"))
                and not _CAPITALISED_NEXT.match(para, end)
                and not _modifies_a_noun(gaz, para, start, end)
            )
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
# The lower-case word after a capital: "Beirut (hospitals)".
_LOWER_NEXT = re.compile(r"[ \t]+([a-z][\w'’-]*)")


def _modifies_a_noun(gaz: Gazetteer, para: str, start: int, end: int) -> bool:
    """Whether the capital at ``start`` names the city's ground, people or things: a
    geographic noun after it ("Damascus residents"), or a plural noun that is not its verb
    of acting ("working with Beirut hospitals", not "the alliance that backs Damascus says")."""
    if gaz.place_after.match(para, end):
        return True
    word = _LOWER_NEXT.match(para, end)
    if word is None or word.group(1) in gaz.stopwords:
        return False  # "classified by Ankara as", "backs Damascus in"
    if not word.group(1).endswith("s") or word.group(1).endswith(("ss", "us")):
        return False
    return gaz.capital_acting is None or gaz.capital_acting.match(para, start) is None


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
    """``matches`` with the demonyms of a hyphened pair before a noun of relation or of
    acting added as their states ("the Turkish-Russian agreement"; "a Syrian-Hizballah
    operation": a named body may be one of the pair), a country's name matched there as a
    place made the state ("the U.S.-Russian rapprochement"). Nothing is added for a pair
    with a word that is no state's demonym ("Syrian-Kurdish", "Intra-Syrian"), for one
    demonym twice ("Syrian-Syrian talks"), nor before any other noun ("the Turkish-Syrian
    border", "a Syrian-American doctor")."""
    if gaz.demonym_pair is None:
        return matches
    added = [
        found
        for hit in gaz.demonym_pair.finditer(para)
        for found in _states_of_pair(gaz, hit, matches)
    ]
    if not added:
        return matches
    spans = {(m[0], m[1]) for m in added}
    kept = [m for m in matches if (m[0], m[1]) not in spans]
    return sorted([*kept, *added], key=lambda m: m[0])


def _states_of_pair(
    gaz: Gazetteer, hit: re.Match[str], matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """The state mentions of one hyphened pair (``gaz.demonym_pair``'s ``hit``), or none."""
    noun = " ".join(hit.group(2).split())
    start, found, states = hit.start(1), [], set()
    for part in _HYPHENS.split(hit.group(1)):
        end = start + len(part)
        inside = [m for m in matches if m[0] < end and start < m[1]]
        state = gaz.demonym_actor.get(part)
        if inside and not (
            len(inside) == 1 and inside[0][:2] == (start, end) and inside[0][3].kind == PLACE
        ):
            pass  # a named body ("Hizballah") or a longer match, kept as it is
        elif state is None or gaz.type_and_side.get(state, ("", None))[0] != "state":
            return []  # a people's or a prefix's word: "Syrian-Kurdish", "Intra-Syrian"
        else:
            actor = gaz.demonym_noun.get(f"{part} {noun}".casefold(), state)
            found.append((start, end, part, Term(ALIAS, actor)))
            states.add(state)
        start = end + 1
    return found if len(states) == len(found) else []
