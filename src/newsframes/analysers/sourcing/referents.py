"""Which of the actors named in a speaker phrase speaks: the first of two joined by "and"
("Iran and Syria have stressed"), never one after a preposition ("Zarif in response to
Muallem said"), a possessor ("Turkey's state-run news agency") or a side taken ("a
pro-Assad newspaper"), and a name the gazetteer does not know after a role ("Orient News
correspondent Jamil al-Hasen")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsframes.analysers.records import Mention
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.word_regex import words_regex

# Words after which a named actor is not the speaker but whom the speaker addresses.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|with|from|against|about|toward|towards|for|of|by|on|at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a spokesman for the Homs Council", "a statement from the ministry": the speaker's noun,
# then a preposition; the actor after it is the one the speaker speaks for.
_FOR_WHOM = re.compile(r"\b([a-z]+)\s+(?:for|from|of|at|in)\s+(?:the\s+)?$", re.IGNORECASE)
# "the monitor and Kurdish official X"; "the Observatory monitoring group and regional
# television channel Al-Mayadeen": each name's lower-case head noun may stand by it
_PLAIN_WORD = r"(?!(?:to|with|from|of|for|by|in|on|at|and)\b)[a-z][\w-]*\s+"
_JOINED = re.compile(
    rf"^(?:\s*,\s*|\s+(?:{_PLAIN_WORD}){{0,3}}and\s+(?:his\s+|her\s+|its\s+|their\s+)?"
    rf"(?:{_PLAIN_WORD}){{0,4}})"
)
_POSSESSIVE = ("’s", "'s")
# "a pro-Assad newspaper", "an anti-Damascus group": the side taken, not the speaker
_SIDE_TAKEN = re.compile(r"(?<![\w-])(?i:pro|anti)-$")


# "correspondent Jamil al-Hasen", "Local activist Abu Qassem": role words, then a
# name of two words or more (an article or preposition before it makes it a place or body);
# the name's particles ("al-") and joining words ("bin") are name_patterns.yml's.
@lru_cache(maxsize=8)
def _role_then_name(names: NamePatterns) -> re.Pattern[str]:
    joiner = rf"(?:(?:{words_regex(names.person_joiners)})\s+|(?:{words_regex(names.particles)})-)"
    return re.compile(
        r"\s*(?P<role>(?:[A-Z][a-z-]*\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,3}?)"
        rf"(?P<name>[A-Z][\w’'-]*(?:\s+{joiner}?[A-Z][\w’'-]*)+)"
    )


_NOT_ROLE = frozenset(
    {"the", "a", "an", "of", "in", "at", "for", "from", "to", "and", "with", "on"}
)


def speaking_mention(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    speaker_nouns: frozenset[str] = frozenset(),
) -> Mention | None:
    """The mention among ``mentions`` (of the speaker phrase ``text[start:end]``, in text
    order) that speaks: the last one not after a preposition and not the possessor of
    another named body nor a side taken ("a pro-Assad newspaper"), or the first of two
    joined by "and" or a comma; None if every one is ruled out. A possessor speaks through a
    role ("the Homs Council's spokesman"), and so does an actor after one of
    ``speaker_nouns`` and a preposition ("a spokesman for ...")."""
    speaking = [
        m
        for m in mentions
        if not _owns_a_named_body(text, m.end, end)
        and _SIDE_TAKEN.search(text, max(start, m.start - 5), m.start) is None
        and (
            _PREPOSITION_BEFORE.search(text, start, m.start) is None
            or _speaks_for(text, start, m.start, speaker_nouns)
        )
    ]
    if not speaking:
        return None
    return joined_first(text, speaking) or speaking[-1]


def joined_first(text: str, mentions: list[Mention]) -> Mention | None:
    """The first of ``mentions`` when the second is joined to it by "and" or a comma ("Iran
    and Syria", "the monitor and Kurdish official X"): the first named speaks; else None."""
    if len(mentions) > 1 and _JOINED.match(text[mentions[0].end : mentions[1].start]):
        return mentions[0]
    return None


def name_after(
    names: NamePatterns, text: str, start: int, end: int, after_mention: bool = False
) -> tuple[int, int] | None:
    """The span of a name of two words or more that ends ``text[start:end]``, after a few
    lower-case role words ("correspondent Jamil al-Hasen"), or with none right after an
    actor's mention ("Afrin Asayish Jigar Mamo"); None if there is no such name."""
    found = _role_then_name(names).fullmatch(text, start, end)
    if found is None:
        return None
    role = found.group("role").split()
    if (role and role[-1] in _NOT_ROLE) or not (role or after_mention):
        return None
    return found.span("name")


def _speaks_for(text: str, start: int, at: int, speaker_nouns: frozenset[str]) -> bool:
    """Whether the words before ``at`` are a speaker's noun and a preposition ("a spokesman
    for", "a statement from the"), so the actor at ``at`` is the one spoken for."""
    found = _FOR_WHOM.search(text, start, at)
    return found is not None and found.group(1).casefold() in speaker_nouns


def _owns_a_named_body(text: str, at: int, end: int) -> bool:
    """Whether a possessive at ``at`` owns a body named with a capital before ``end``
    ("Turkey’s state-run Anatolia news agency"), not a role ("Turkey’s envoy")."""
    return text.startswith(_POSSESSIVE, at) and any(
        w[:1].isupper() for w in text[at + 2 : end].split()
    )
