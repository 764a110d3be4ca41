"""Spans of a state's forces and bodies named by a generic head or by the ruling family.

News English names the Syrian state’s forces as "government troops", "regime’s
forces", "Syrian government soldiers" or "Assad's troops". The annotation guide codes each
as one mention, the head, any possessive and the state noun together, and "the government"
or "Assad" alone would be the wrong span or the wrong actor. A country's "side" is its
state in talks ("the Russian side said") but its ground before "of" or after a locative
word ("the Syrian side of the border", "shells fell on the Turkish side"). A demonym before
a comma may share the next state noun ("Russian, Syrian planes"), and what the state owns
or employs is no mention of it ("Syrian state-run television", "Syria's state news service").
"""

from __future__ import annotations

import re
from typing import Any

from newsframes.analysers.actors.gazetteer import WINDOW, Gazetteer
from newsframes.lexicons.actor_terms import ALIAS, Term, norm

# The state nouns that name a body of armed men: only these join a generic head ("government
# troops"); its acts and people ("a government offensive", "a government official", "the
# regime's military operations") are no body of the state's forces.
_FORCES = frozenset(
    ("forces", "troops", "soldiers", "army", "armed forces", "security forces", "special forces")
)
# After a ruling family's name also its government and envoys ("Assad's government", "Assad's
# delegation", "Mr Assad's regime"), as "Assad's regime" is in the gazetteer.
_BODIES = _FORCES | {"military", "government", "regime", "authorities", "delegation"}
# "government troops", "regime's forces", "Syrian government soldiers": an optional capitalised
# word, the generic head, an optional possessive, then one or two lower-case words of which
# the first one or two must be a state noun (checked against the lexicon). After "the" the
# guide codes the body too ("the regime forces": "regime forces"), so the gazetteer's "the
# regime" gives way; labels.py still counts "regime" there as the journalist's word.
_GENERIC_BODY = re.compile(
    r"(?<![\w'’-])(?:([A-Z][\w-]*)\s+)?([Gg]overnment|[Rr]egime)(?:['’]s)?"
    r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?"
)
_ARTICLE_BEFORE = re.compile(r"[Tt]he\s+")
# "the government-held areas": the head inside a place adjective, no mention.
_GENERIC_COMPOUND = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+)?(?:[Gg]overnment|[Rr]egime)-(?:held|controlled)(?![\w-])"
)
# After a ruling family's name: "Assad's troops", "Assad soldiers".
_LEADER_NOUN = re.compile(r"(?:['’]s)?\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
# "Some Syrian soldiers have defected": the men leaving it, no mention of the body ("Syrian
# army defectors" names the army they left, and readers code it).
_ITS_MEN = re.compile(r"(?:army|military|armed forces|soldiers|troops)$", re.IGNORECASE)
_DEFECTED_NEXT = re.compile(r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?defected(?![\w-])")
# A country's possessive and "state": "Syria's state (news service)".
_POSSESSIVE_STATE = re.compile(r"['’]s?[^\S\n]+state(?![\w'’])")
# "the Syrian side of the border", "on the Turkish side", a headline's "into Turkish side":
# a side as ground ("calls on Syrian side to" addresses the state, so "on" needs "the").
_SIDE_OF = re.compile(r"\s+of\s")
_SIDE_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:on|onto|into|inside|across)\s+the|onto|into|inside|across)\s+$"
)
_SIDE_WINDOW = 20


def with_generic_bodies(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, Any]]:
    """``matches`` with "government troops", "regime's forces", "Syrian government soldiers"
    each made one mention, and "the government-held" dropped."""
    if "overnment" not in para and "egime" not in para:
        return matches
    out = matches
    for hit in _GENERIC_COMPOUND.finditer(para):
        out = [m for m in out if not (hit.start() <= m[0] and m[1] <= hit.end())]
    for hit in _GENERIC_BODY.finditer(para):
        body = _generic_body(gaz, hit)
        if body is None:
            continue
        lo, start, end, actor = body
        inside = [m for m in out if m[0] < end and lo < m[1]]
        if any((m[0] < lo or m[1] > end) and not _bare_head(para, m, hit) for m in inside):
            continue  # a longer match wins: "pro-government forces", "the government troops"
        kept = [m for m in out if m not in inside]
        kept.append((start, end, para[start:end], Term(ALIAS, actor)))
        out = sorted(kept, key=lambda m: m[0])
    return out


def _bare_head(para: str, match: tuple[int, int, str, Any], hit: re.Match[str]) -> bool:
    """Whether ``match`` is only the head after its article ("the regime" in "the regime
    forces"), which the body's span replaces."""
    return (
        match[1] == hit.end(2)
        and _ARTICLE_BEFORE.fullmatch(para, match[0], hit.start(2)) is not None
    )


def _generic_body(gaz: Gazetteer, hit: re.Match[str]) -> tuple[int, int, int, str] | None:
    """``(first word, start, end, actor)`` of one generic-head match (a capitalised first word
    naming nothing with the head is left out of the span), or None when no state noun follows
    or nothing in the lexicon names the head."""
    capital, head = hit.group(1), hit.group(2)
    found = _state_noun(gaz, hit, 3, _FORCES)
    if found is None:
        return None
    noun, end = found
    lookup = gaz.demonym_noun
    if capital is not None:
        for key in (f"{capital} {head} {noun}", f"{capital} {noun}"):
            actor = lookup.get(key.casefold())
            if actor is not None and lookup.get(f"{capital} {head}".casefold()) is not None:
                return hit.start(1), hit.start(1), end, actor
    actor = lookup.get(f"{head} {noun}".casefold()) or lookup.get(f"the {head}".casefold())
    return (hit.start(2), hit.start(2), end, actor) if actor is not None else None


def leader_body(gaz: Gazetteer, para: str, end: int) -> tuple[int, str] | None:
    """``(end, actor)`` of "Assad's troops", "Assad soldiers": a ruling family's bare name
    and a state noun read as "regime troops", "Syrian soldiers" (the annotation guide); None
    before a title ("Assad's military chief") or any other noun."""
    hit = _LEADER_NOUN.match(para, end)
    if hit is None or (gaz.place_possessed is not None and gaz.place_possessed.match(para, end)):
        return None
    found = _state_noun(gaz, hit, 1, _BODIES)
    if found is None:
        return None
    noun, noun_end = found
    lookup = gaz.demonym_noun
    regime = lookup.get("the regime")
    keys = [f"regime {noun}", f"government {noun}"]
    keys += [f"{d} {noun}".casefold() for d in gaz.demonyms_of.get(regime or "", ())]
    for key in keys:
        actor = lookup.get(key)
        if actor is not None:
            return noun_end, actor
    return (noun_end, regime) if regime is not None else None


def _state_noun(
    gaz: Gazetteer, hit: re.Match[str], group: int, allowed: frozenset[str]
) -> tuple[str, int] | None:
    """The state noun of ``hit`` among ``allowed`` (its two words from ``group``, else the
    first) and where it ends, or None."""
    two = hit.group(group + 1)
    if two is not None:
        noun = f"{hit.group(group)} {two}"
        if noun in allowed and _is_state_noun(gaz, noun):
            return noun, hit.end(group + 1)
    noun = hit.group(group)
    return (noun, hit.end(group)) if noun in allowed and _is_state_noun(gaz, noun) else None


def _is_state_noun(gaz: Gazetteer, words: str) -> bool:
    found = gaz.ends_in_state_noun.search(words)
    return found is not None and found.start() == 0


def side_as_ground(para: str, start: int, end: int, surface: str) -> bool:
    """Whether a match ending in "side" ("Syrian side") names ground: before "of" ("the
    Syrian side of the border") or after a locative word ("on the Turkish side")."""
    if surface[-4:].casefold() != "side":
        return False
    if _SIDE_OF.match(para, end):
        return True
    return _SIDE_PLACE_BEFORE.search(para, max(0, start - _SIDE_WINDOW), start) is not None


def defectors_of(para: str, end: int, surface: str) -> bool:
    """Whether a match naming an army or its men ("Syrian soldiers") is followed by "(who,
    that) (have) defected": the men who left it, not the body acting ("deserted" is not
    there: "troops deserted their positions" is the army acting)."""
    return _DEFECTED_NEXT.match(para, end) is not None and _ITS_MEN.search(surface) is not None


def state_as_owner(gaz: Gazetteer, para: str, end: int, surface: str) -> bool:
    """Whether a match ending in "state", "military" or "official" in lower case ("Syrian
    state"; not a name, "Islamic State") is no mention of the state for what follows it
    (``owned_by_state``: "state-run", "state journalists", "military bases"; "of": "the
    Turkish state of emergency"); a longer alias naming an outlet ("Syrian state media") wins
    before."""
    if surface.endswith("state"):
        found = gaz.state_owned_next
    elif gaz.ends_owning is not None and gaz.ends_owning.search(surface):
        found = gaz.owned_next
    else:
        return False
    return found is not None and found.match(para, end) is not None


def state_owns_after(gaz: Gazetteer, para: str, end: int) -> bool:
    """Whether a country's possessive and "state" follow ``end`` and own what comes next
    ("Syria's state news service", "Iran's state-run television"): the country is then no
    mention, as it is before "state-run" (``place_rules.possessed``)."""
    hit = _POSSESSIVE_STATE.match(para, end)
    return hit is not None and state_as_owner(gaz, para, hit.end(), "state")


# What before a demonym and a comma makes it a complement or a language, not a demonym
# sharing the next noun: "the suspect was an Iraqi, Turkish officials said", "he answered in
# Russian, Syrian officials said".
_COMPLEMENT_BEFORE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being|a|an|in)[^\S\n]+$")


def shared_demonym(
    gaz: Gazetteer, para: str, start: int, after: int
) -> tuple[int, int, str] | None:
    """``(start, end, state)`` of a demonym that shares the noun of the match at ``start``.

    "the Russian and Syrian military", "Russian, Syrian planes": Russian, joined by "and",
    "or", "&" or a comma and ending at or after ``after`` (the end of the previous match), is
    Russia; before a comma, never a complement or a language ("was an Iraqi, Turkish
    officials said").
    """
    lo = max(0, start - WINDOW)
    # demonym_and ends in a case-sensitive "and", "or", "&" or a comma and spaces: test that
    # first.
    if not (
        start > 0
        and para[start - 1].isspace()
        and para[lo:start].rstrip().endswith(("and", "or", "&", ","))
    ):
        return None
    coordinated = gaz.demonym_and.search(para, lo, start)
    if coordinated is None:
        return None
    actor = gaz.demonym_actor.get(norm(coordinated.group(1)))
    if actor is None or coordinated.start(1) < after:
        return None
    if para.startswith(",", coordinated.end(1)) and _COMPLEMENT_BEFORE.search(
        para, max(0, coordinated.start(1) - WINDOW), coordinated.start(1)
    ):
        return None
    return coordinated.start(1), coordinated.end(1), actor
