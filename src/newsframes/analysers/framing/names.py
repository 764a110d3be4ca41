"""Terms inside the name of a body the actor lexicon does not know.

A term inside an actor's name frames nothing ("Reconciliation" in "Center for
Reconciliation"), and a report from a new outlet names bodies the lexicon has never seen:
"the Syrian Negotiation Commission", "the Golan Truce Line", "a Conference on World
Against Violence and Extremism". Such a name is a run of capitalised words around the
term with a head noun of :data:`HEAD_NOUNS`, either right after the term ("Negotiation
Commission", with at most :data:`WORDS_TO_HEAD` capitalised words between) or before it,
joined by "of", "for", "on" ... ("Ministry of Economy", "Conference on ... Extremism",
with at most :data:`WORDS_FROM_HEAD` words between). Only a term written with a capital
can be inside one; in a headline in title case a head noun must be that close too, so
"Party Fighters Clash" keeps its clash.
"""

from __future__ import annotations

import re

# Nouns that end (or open, with "of", "for" ...) the name of a body, a meeting or a place.
HEAD_NOUNS = frozenset(
    [
        "Agency",
        "Authority",
        "Board",
        "Bureau",
        "Center",
        "Centre",
        "Commission",
        "Committee",
        "Conference",
        "Council",
        "Court",
        "Department",
        "Directorate",
        "Forum",
        "Foundation",
        "Fund",
        "Initiative",
        "Institute",
        "League",
        "Line",
        "Ministry",
        "Movement",
        "Network",
        "Office",
        "Organisation",
        "Organization",
        "Programme",
        "Program",
        "Summit",
        "Tribunal",
        "Union",
    ]
)
# Small words inside a name ("Ministry of Economy", "Violence and Extremism").
NAME_LINKS = frozenset(["of", "for", "on", "and", "the", "against", "to"])
# Words that join a head noun to what follows it in a name ("Ministry of ...").
HEAD_LINKS = frozenset(["of", "for", "on", "against"])
WORDS_TO_HEAD = 2
WORDS_FROM_HEAD = 6
# Characters read back from a term for its head noun: more than any such name takes.
LOOK_BACK = 160
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\S")


def in_unknown_name(text: str, start: int, end: int) -> bool:
    """Whether the term at ``[start, end)`` (capitalised) stands inside a body's name."""
    if not text[start : start + 1].isupper():
        return False
    return _head_after(text, end) or _head_before(text, start)


def _head_after(text: str, end: int) -> bool:
    """A head noun after the term, with only capitalised words (at most a few) between."""
    line_end = _line_end(text, end)
    for i, token in enumerate(_TOKEN.finditer(text, end, line_end)):
        word = token.group()
        if word in HEAD_NOUNS:
            return True
        if i >= WORDS_TO_HEAD or not _is_capitalised(word):
            return False
    return False


def _head_before(text: str, start: int) -> bool:
    """A head noun and a joining word ("Ministry of") before the term, with only the words
    of a name between."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - LOOK_BACK)
    words = [t.group() for t in _TOKEN.finditer(text, line_start, start)]
    for between, k in enumerate(range(len(words) - 1, -1, -1)):
        word = words[k]
        if word in HEAD_LINKS and k > 0 and words[k - 1] in HEAD_NOUNS:
            return True
        if between >= WORDS_FROM_HEAD or not (_is_capitalised(word) or word in NAME_LINKS):
            return False
    return False


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _line_end(text: str, position: int) -> int:
    found = text.find("\n", position)
    return len(text) if found < 0 else found
