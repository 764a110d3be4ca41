"""Mentions of a government that lean on another: a bare "the government" or "the president"
refers back to the one last named; "the Syrian people and government" shares its demonym."""

from __future__ import annotations

import re

from newsframes.analysers.actors.gazetteer import Gazetteer
from newsframes.lexicons.actor_terms import ALIAS, COMBO, Term

# The heads after which a state's mention names its government ("the Jordanian government",
# "the Assad regime"), and the bare mentions that refer back to the last one named: "the
# government" to a state's government, "the president" to a person named with that title
_GOVERNMENT_HEADS = ("government", "regime")
_BARE_GOVERNMENT = "the government"
_BARE_PRESIDENT = "the president"
# a person named with the title, inside the mention or right before it ("President Obama")
_TITLED_PRESIDENT = re.compile(r"(?<![\w-])[Pp]resident(?![\w-])")
# ... unless a place or a state follows it: "the government in Damascus", "of Syria"
_GOVERNMENT_PLACED = re.compile(r"[ \t]+(?:in|of|at)[ \t]+[A-Z]")


def the_government_last_named(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """A bare "the government" is the government the report last named by its state ("The
    Jordanian government has threatened ... The government will not tolerate it"), and a bare
    "the president" the person it last named with that title ("President Obama ... the
    president has asked"); the gazetteer's (the Syrian state's, Assad) until a report names one."""
    government: str | None = None
    president: str | None = None
    out = []
    for start, end, actor in rows:
        folded = " ".join(text[start:end].casefold().split())
        if folded in (_BARE_GOVERNMENT, _BARE_PRESIDENT) and not _GOVERNMENT_PLACED.match(
            text, end
        ):
            last = government if folded == _BARE_GOVERNMENT else president
            out.append((start, end, last or actor))
            continue
        kind = gaz.type_and_side[actor][0]
        if kind == "state" and folded.endswith(_GOVERNMENT_HEADS):
            government = actor
        if kind == "person" and _TITLED_PRESIDENT.search(text, max(0, start - 10), end):
            president = actor
        out.append((start, end, actor))
    return out


# "the Syrian people and government": a head noun after "and" that shares the demonym of the
# mention before it (where a mention of its own starts there, "and government forces", that
# one stands)
_AND_GOVERNMENT = re.compile(r"[ \t]+and[ \t]+(?P<head>government|regime)(?![\w-])")


def shared_demonym_government(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """Adds the government that shares the demonym of the mention before it: in "the Syrian
    people and government" (a phrase of Iranian and Syrian state media) "government" is
    the Syrian government, as "Syrian government" would be."""
    out: list[tuple[int, int, str]] = []
    taken = {start for start, _end, _actor in rows}
    for start, end, actor in rows:
        out.append((start, end, actor))
        joined = _AND_GOVERNMENT.match(text, end)
        words = text[start:end].split() if joined else [""]
        # the demonym is the first word after any article ("the Syrian nation and government")
        first = words[1] if len(words) > 1 and words[0].casefold() == "the" else words[0]
        if not joined or not first[:1].isupper() or joined.start("head") in taken:
            continue
        try:
            term = gaz.matcher.key_of(f"{first} {joined['head']}")
        except KeyError:
            continue
        if not isinstance(term, Term) or term.kind not in (ALIAS, COMBO):
            continue
        if gaz.type_and_side[term.ref][0] == "state":
            out.append((joined.start("head"), joined.end("head"), term.ref))
    return out
