"""Where a country's name labels a line or a topic rather than naming its state acting.

A tag line, a headline's kicker or a dateline in capitals labels the report; another's
possessive before the name makes the country the theatre or the topic of what follows.
The place rules (``rules._is_place``) read these first.
"""

from __future__ import annotations

import re

# A line of topic tags: capitalised words only, none a headline verb ("Warns", "Backed").
_TAG_WORD = r"[A-Z](?![\w'’-]*(?:[a-z]s|ed)\b)[\w'’-]*"
_TAG_LINE = re.compile(rf"(?:{_TAG_WORD}[ \t]+){{2,}}{_TAG_WORD}")
_KICKER_COLON = re.compile(r"[ \t]*:[ \t]")
# A site's tag line with its items between bars, four or more of up to three words each
# ("Cyprus | airspace | Syria | air strikes | France | Britain | US")
_TAG_ITEM = r"[ \t]*[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,2}[ \t]*"
_BAR_TAGS = re.compile(rf"{_TAG_ITEM}(?:\|{_TAG_ITEM}){{3,}}")
# ... but a headline among them is no tag: a name and a verb in -s or -ed ("Turkey warns
# Russia | Middle East | World")
_HEADLINE_VERB = re.compile(r"[A-Z][\w'’.-]*[ \t]+[a-z]+(?:s|ed)\b")
# A site's breadcrumb trail from its home page ("Home / Lebanon / Violence in Arsal")
_BREADCRUMB = re.compile(r"(?i:home)[ \t]*[/»>›]")

# Another's possessive right before the name ("Turkey's", "the UN's"); the contractions
# "it's", "that's", "let's" and the like are no possessive.
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?i:it|that|there|here|what|who|he|she|let)['’])[\w.-]+['’]s[^\S\n]+$"
)
# How far back the possessive's word may start.
_OWNER_WINDOW = 40
# A name joined to the word before it: a side taken ("the pro-Russia wing") or a pair ("a new
# Russia and Iran offensive"), the states acting, not the theatre.
_JOINED_BEFORE = re.compile(r"(?:[-‐]|(?<![\w-])(?:and|or)[^\S\n]+|,[^\S\n]*)$")
_JOINED_WINDOW = 8


def in_tags_or_kicker(para: str, start: int, end: int) -> bool:
    """Whether a place name is a topic tag or a headline's kicker, not a state acting: on a
    line of three or more capitalised words with no verb-like word ending in -s or -ed and
    no punctuation ("Syria Rojava Turkey YPG") or between bars and with no headline among
    them ("Cyprus | airspace | Syria | air strikes"), in a breadcrumb trail ("Home / Lebanon /
    ..."), alone on its line (a section's label), opening a line before a colon ("Syria:
    ..."), or written in capitals as a dateline's or a section's label ("ANKARA, TURKEY |")."""
    if end - start > 4 and para[start:end].isalpha() and para[start:end].isupper():
        return True  # (not an acronym: "U.S.", "DPRK")
    line_start = para.rfind("\n", 0, start) + 1
    if start == line_start and _KICKER_COLON.match(para, end):
        return True
    line_end = para.find("\n", end)
    line = para[line_start : line_end if line_end >= 0 else len(para)].strip()
    return (
        line == para[start:end]
        or _TAG_LINE.fullmatch(line) is not None
        or (_BAR_TAGS.fullmatch(line) is not None and _HEADLINE_VERB.search(line) is None)
        or _BREADCRUMB.match(line) is not None
    )


def theatre_or_topic(para: str, start: int, end: int, theatre: re.Pattern[str] | None) -> bool:
    """Whether a noun of ``theatre`` after the name (``place_rules.theatres``) makes the
    country the war's theatre or a topic: after another's possessive ("Turkey's Syria
    operation", "the UN's Syria envoy"; not "the SDF's U.S. allies" nor "Erdogan's Turkey
    wants"), or with no possessive of its own ("a broader Syria strategy", "after Syria
    offensive"), where a state's agency takes its adjective; an acronym stays the state
    ("U.S. strategy"), and so does a name joined to the word before it ("the pro-Russia
    wing", "a new Russia and Iran offensive")."""
    if theatre is None or theatre.match(para, end) is None:
        return False
    joined = _JOINED_BEFORE.search(para, max(0, start - _JOINED_WINDOW), start)
    if not para[start:end].isupper() and joined is None:
        return True  # "a broader Syria strategy": the name as a noun's modifier
    return _OWNER_BEFORE.search(para[max(0, start - _OWNER_WINDOW) : start]) is not None
