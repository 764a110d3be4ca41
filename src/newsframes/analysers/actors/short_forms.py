"""An acronym read as the body whose full name the same report spells.

Some short forms named different bodies over the war: "SNC" was the Syrian National
Council (2011-13), then the press's short form of the Syrian National Coalition, and from
2017 the Syrian Negotiation Commission. The lexicon lists the acronym under one body; when
the report spells another body's full name whose initials are that acronym, and not the
listed body's, readers take the acronym as that body (the annotation guide's coding).
A bare ministry ("the Defense Ministry", "MoD") is likewise the one ministry of that kind
the report names with its state ("the Russian Defense Ministry"); with none, the one of
the state whose person it titles ("Foreign Ministry spokeswoman Hua Chunying": China's);
else, or with two states' ministries of that kind, it is left out. A body after a state's
title of its head ("Turkish Chief of General Staff") is that state's body of the same name.
A body's head noun alone ("the Coalition") is the one body the report has named in full with
that head noun ("the Syrian Network for Human Rights ... the Network").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from newsframes.analysers.actors.gazetteer import Gazetteer
from newsframes.lexicons.word_regex import LINE_GAP, words_regex

# Small words a name's initials skip: "National Coalition for Syrian ... Forces".
_SKIPPED = frozenset(("of", "for", "the", "and", "in", "on", "to"))
_WORD = re.compile(r"[A-Za-z][\w'’]*")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A ministry named by its portfolio alone; each group is one portfolio.
_BARE_MINISTRY = re.compile(
    r"(?<![\w-])(?:(Defen[cs]e Ministry|Ministry of Defen[cs]e|MoD)"
    r"|(Foreign Ministry|Foreign Affairs Ministry|Ministry of Foreign Affairs|Foreign Office)"
    r"|(Interior Ministry|Ministry of (?:the )?Interior))(?![\w-])"
)


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """The capital initials of a name's words, small joining words and a bracketed acronym
    ("Syrian National Council (SNC)") skipped."""
    name = _BRACKETED.sub("", name)
    return "".join(w[0] for w in _WORD.findall(name) if w.casefold() not in _SKIPPED).upper()


def read_short_forms(
    text: str,
    rows: list[tuple[int, int, str]],
    short_head: re.Pattern[str] | None = None,
    ministry_of: Callable[[str, int], str | None] | None = None,
    states: Collection[str] = (),
) -> list[tuple[int, int, str]]:
    """``rows`` with each bare acronym re-read as the one other body the report spells out in
    full with those initials, when the acronym's own body is not spelled out, each bare
    ministry added as the one ministry of its portfolio the report names, and each head noun
    alone (``short_head``'s group 1) as the one body named before with that head noun, and
    an acronym the report defines in brackets after a body's name as that body.
    ``ministry_of(actor, portfolio)`` names the ministry of a person's state (portfolio 1
    defence, 2 foreign, 3 interior), for a bare ministry that titles the person. The rows of
    ``states`` spell no acronym."""
    rows = _with_bare_ministries(text, _acronyms_read(text, rows, states), ministry_of)
    rows = _with_defined_acronyms(text, rows)
    return rows if short_head is None else _with_head_nouns(text, rows, short_head)


# An acronym in brackets right after a name: "the Force for the Protection of the People (FPF)".
_DEFINED = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def _with_defined_acronyms(
    text: str, rows: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``rows`` with a body's name and the acronym the report defines for it in brackets
    after it read as one mention, as "Free Syrian Army (FSA)" is, and a row for each later
    bare use of the acronym, when it opens with one of the name's initials and one body of
    the report defines it ("the Force for the Protection of the People (FPF) ... The FPF")."""
    if "(" not in text:
        return rows
    rows = _without_shadowed_acronyms(text, rows)
    defined: dict[str, set[str]] = {}
    defined_at: dict[str, int] = {}  # an acronym -> where its first definition ends
    joined: dict[int, int] = {}  # a defining row's index -> the end of its bracket
    for i, (start, end, actor) in enumerate(rows):
        found = _DEFINED.match(text, end)
        if found is None or _covered(rows, found.span(1)):
            continue
        acronym = found.group(1)
        name = text[start:end]
        if " " in name and (acronym[0] in initials(name) or acronym == _all_initials(name)):
            defined.setdefault(acronym, set()).add(actor)
            defined_at.setdefault(acronym, found.end())
            joined[i] = found.end()
    if not defined:
        return rows
    rows = [(s, joined.get(i, e), a) for i, (s, e, a) in enumerate(rows)]
    added = [
        (hit.start(), hit.end(), next(iter(actors)))
        for acronym, actors in defined.items()
        if len(actors) == 1
        for hit in _bare(acronym).finditer(text, defined_at[acronym])
        if not _covered(rows, hit.span())
    ]
    return sorted([*rows, *added]) if added else rows


def _without_shadowed_acronyms(
    text: str, rows: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``rows`` without the rows of a listed acronym that the report defines in brackets for
    another body, whose name's words it spells letter for letter ("The Israel Project (TIP)":
    TIP is not the Turkistan Islamic Party in that report), so the definition reads it."""
    shadowed: set[tuple[str, str]] = set()
    by_span = {(s, e): a for s, e, a in rows}
    for start, end, actor in rows:
        found = _DEFINED.match(text, end)
        if found is None:
            continue
        listed = by_span.get(found.span(1))
        name = text[start:end]
        if listed not in (None, actor) and found.group(1) == _all_initials(name):
            shadowed.add((found.group(1), listed))
    if not shadowed:
        return rows
    return [(s, e, a) for s, e, a in rows if (text[s:e], a) not in shadowed]


def _all_initials(name: str) -> str:
    """The initials of every word of a name of several words, small words included ("The
    Israel Project": TIP); "" for one word."""
    words = _WORD.findall(name)
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _bare(acronym: str) -> re.Pattern[str]:
    """``acronym`` (capitals) as a whole word; the check before it is made after its first
    letter, so the engine skips straight to that letter."""
    return re.compile(rf"{acronym[0]}(?<![\w-](?s:.)){acronym[1:]}(?![\w-])")


def _with_head_nouns(
    text: str, rows: list[tuple[int, int, str]], short_head: re.Pattern[str]
) -> list[tuple[int, int, str]]:
    """``rows`` and a row for each "the Coalition" no row covers, when exactly one body named
    before it in several words has that head noun ("the Syrian National Coalition", "the
    Syrian Network for Human Rights ... the Network"); a head of two words is the last two
    ("the General Command of the Army and the Armed Forces ... the General Command")."""
    hits = [hit for hit in short_head.finditer(text) if not _covered(rows, hit.span(1))]
    if not hits:
        return rows
    added = []
    for hit in hits:
        noun = hit.group(1).casefold()
        bodies = {
            actor
            for start, end, actor in rows
            if end <= hit.start()
            and " " in text[start:end]
            and f" {_head_noun(text[start:end]).casefold()}".endswith(f" {noun}")
        }
        if len(bodies) == 1:
            added.append((*hit.span(1), next(iter(bodies))))
    return sorted([*rows, *added]) if added else rows


# What follows a body's head noun in its name: "Syrian Network | for Human Rights", or a
# bracketed acronym joined to it: "Kurdish National Council | (KNC)".
_HEAD_TAIL = re.compile(r"\s+(?:for|of)\s.*$|\s*\([^()]*\)$", re.DOTALL)


def _head_noun(name: str) -> str:
    """The last word of a body's name before its "for" or "of" ("Syrian Network for Human
    Rights": "Network"; "Syrian National Coalition": "Coalition"), with the word before it
    ("General Command of the Army": "General Command", whose "the Command" and "the General
    Command" both name it)."""
    return " ".join(_HEAD_TAIL.sub("", name).split()[-2:])


def _covered(rows: list[tuple[int, int, str]], span: tuple[int, int]) -> bool:
    """Whether a row overlaps ``span``."""
    return any(s < span[1] and span[0] < e for s, e, _ in rows)


def _acronyms_read(
    text: str, rows: list[tuple[int, int, str]], states: Collection[str] = ()
) -> list[tuple[int, int, str]]:
    """``rows`` with each bare acronym read as the body the report spells with its initials.
    A state's row spells none: "Israeli Soldiers" is its demonym and a noun, not "IS"."""
    spelled: dict[str, set[str]] = {}
    for start, end, actor in rows:
        surface = text[start:end]
        if " " in surface and actor not in states:
            spelled.setdefault(initials(surface), set()).add(actor)
    if not spelled:
        return rows
    out = []
    for start, end, actor in rows:
        surface = text[start:end]
        bodies = spelled.get(surface, set()) if _ACRONYM.fullmatch(surface) else set()
        if len(bodies) == 1 and actor not in bodies:
            out.append((start, end, next(iter(bodies))))
        else:
            out.append((start, end, actor))
    return out


def _with_bare_ministries(
    text: str,
    rows: list[tuple[int, int, str]],
    ministry_of: Callable[[str, int], str | None] | None = None,
) -> list[tuple[int, int, str]]:
    """``rows`` and, for each bare ministry no row covers, a row of the one ministry of that
    portfolio that a row names ("Russian Defense Ministry", "Russian MoD"), or with none
    named, of the state of the person it titles ("Foreign Ministry spokeswoman Hua
    Chunying")."""
    if "Ministry" not in text and "MoD" not in text and "Office" not in text:
        # one of them is in every name _BARE_MINISTRY finds
        return rows
    bare = [
        (hit.start(), hit.end(), hit.lastindex or 0)
        for hit in _BARE_MINISTRY.finditer(text)
        if not any(s <= hit.start() and hit.end() <= e for s, e, _ in rows)
    ]
    if not bare:
        return rows
    named: dict[int, set[str]] = {}
    for start, end, actor in rows:
        for hit in _BARE_MINISTRY.finditer(text, start, end):
            if hit.start() > start:  # a qualifier before the portfolio: "Russian Defense Ministry"
                named.setdefault(hit.lastindex or 0, set()).add(actor)
    added = []
    for start, end, kind in bare:
        if kind in named:
            if len(named[kind]) == 1:
                added.append((start, end, next(iter(named[kind]))))
            continue
        titled = _titled_person(text, rows, end)
        ministry = ministry_of(titled, kind) if titled and ministry_of is not None else None
        if ministry is not None:
            added.append((start, end, ministry))
    return sorted([*rows, *added]) if added else rows


# The title words between a bare ministry and the person it titles: "Foreign Ministry
# spokeswoman (Hua Chunying)", "Foreign Ministry Spokesperson (Maria Zakharova)".
_TITLE_BETWEEN = re.compile(r"[ \t]+(?:[A-Za-z-]+[ \t]+){1,3}")


# The state nouns of each portfolio's ministry, as `_BARE_MINISTRY` numbers its groups.
_PORTFOLIO_NOUNS = {
    1: ("defence ministry", "defense ministry"),
    2: ("foreign ministry",),
    3: ("interior ministry",),
}


def person_state_ministry(gaz: Gazetteer, actor: str, portfolio: int) -> str | None:
    """The listed ministry of ``portfolio`` of the state a person belongs to (by the
    gazetteer's parents): Hua Chunying's foreign ministry is China's. None for no person, no
    state or a state whose ministry the gazetteer does not list."""
    if gaz.type_and_side.get(actor, ("",))[0] != "person":
        return None
    for state in sorted(gaz.ancestors_of.get(actor, ())):
        if gaz.type_and_side[state][0] != "state":
            continue
        for demonym in gaz.demonyms_of.get(state, ()):
            for noun in _PORTFOLIO_NOUNS[portfolio]:
                ministry = gaz.demonym_noun.get(f"{demonym} {noun}".casefold())
                if ministry is not None and ministry != state:
                    return ministry
    return None


def _titled_person(text: str, rows: list[tuple[int, int, str]], end: int) -> str | None:
    """The actor of the row that follows a bare ministry after one to three title words."""
    for start, _, actor in rows:
        if start > end:
            return actor if _TITLE_BETWEEN.fullmatch(text, end, start) else None
    return None


def states_titled_bodies(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, head_titles: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """``rows`` with each body's bare name after a state's word and a title of its head
    (``head_titles``) read as that state's body of the same name ("Turkish Chief of General
    Staff": the Turkish General Staff, where bare "General Staff" is listed as Russia's), and
    left out where it is another state's body and the lexicon lists no such body of the
    titled state ("Iran's Chief of General Staff" is not Russia's)."""
    titled = _state_head_of(head_titles)
    if titled is None:
        return rows
    out: list[tuple[int, int, str]] = []
    for start, end, actor in rows:
        hit = titled.search(text, max(0, start - 50), start)
        demonyms = _demonyms_named(gaz, hit) if hit is not None else ()
        if not demonyms:
            out.append((start, end, actor))
            continue
        name = " ".join(text[start:end].split())
        bodies = [gaz.demonym_noun.get(f"{d} {name}".casefold()) for d in demonyms]
        body = next((b for b in bodies if b is not None), None)
        if body is not None:
            out.append((start, end, body))
        elif _another_state_s_body(gaz, actor, demonyms):
            continue  # the titled state's body of that name, which the lexicon does not list
        else:
            out.append((start, end, actor))
    return out


@lru_cache(maxsize=4)
def _state_head_of(head_titles: tuple[str, ...]) -> re.Pattern[str] | None:
    """A state's word (group 1, a possessive in group 2) and a title of a body's head before
    "of" and the body's bare name: "Turkish Chief of", "Turkey's Chief of the"."""
    if not head_titles:
        return None
    gap = LINE_GAP
    titles = words_regex(head_titles, gap)
    return re.compile(
        rf"(?<![\w'’-])([A-Z][\w-]*)(['’]s)?{gap}(?:{titles}){gap}of{gap}(?:the{gap})?$"
    )


def _demonyms_named(gaz: Gazetteer, hit: re.Match[str]) -> tuple[str, ...]:
    """The demonyms of the state a title's word names: itself ("Turkish"), or those of the
    state whose land a possessive names ("Turkey's")."""
    word = hit.group(1)
    if hit.group(2):
        states = [s for s, names in gaz.place_names_of.items() if word in names]
        return tuple(d for s in states for d in gaz.demonyms_of.get(s, ()))
    return (word,) if word in gaz.demonym_actor else ()


def _another_state_s_body(gaz: Gazetteer, actor: str, demonyms: tuple[str, ...]) -> bool:
    """Whether ``actor`` is a state's body, and of a state other than the one those demonyms
    name (a UN mission after "Norwegian Head of" is no state's and stays)."""
    if gaz.type_and_side[actor][0] != "state_body":
        return False
    named = {gaz.demonym_actor[d] for d in demonyms if d in gaz.demonym_actor}
    ancestors = gaz.ancestors_of.get(actor, frozenset())
    return not named & ancestors and any(gaz.type_and_side[a][0] == "state" for a in ancestors)
