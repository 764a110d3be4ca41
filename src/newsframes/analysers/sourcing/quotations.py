"""The quotation a reporting verb introduces or follows: one opening within a few words
after the verb ("X said: “Q”"), or one ending just before it ("“Q,” X said"), in the
verb's paragraph and not yet used by another statement."""

from __future__ import annotations

import bisect
import re

from newsframes.analysers.sourcing.article import (
    NAMING_PARTICIPLES,
    NEAR_WORDS,
    QUOTE_MARKS,
    REACH,
    Article,
    count_words,
    strip_span,
)
from newsframes.analysers.sourcing.clauses import has_stop, is_trailing_tail
from newsframes.lexicons.reporting_verbs import VerbEntry

_STOP = re.compile(r"[.!?]")
_QUOTE_END_OK = ",?!—–-…"
# What may follow a quotation that ends its clause: a stop, a comma, or the sentence's end
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
# "“Q,” Deputy Chief of Staff of the Armed Forces Brigadier General Y told ...": a title of
# up to this many words, with no comma, between a quotation and its verb
_LONG_TITLE_WORDS = 16
# What opens an aside after a speaker's name: "who asked not to be named", "a commander",
# "speaking on condition of anonymity", "named interim commander of the force".
APPOSITION_OPENING = re.compile(rf"\s*(?:who|whom|which|a|an|the|[a-z]+ing|{NAMING_PARTICIPLES})\b")
# ... or a role with no article: "spokesman for the council", "senior editor at the Post"
ROLE_APPOSITION = re.compile(r"\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:for|of|at|with|in|from)\s")
# ... or a name after a title: "the chief of staff, General Omar Haddad,"
_ASIDE_OR_NAME = re.compile(
    APPOSITION_OPENING.pattern + "|" + ROLE_APPOSITION.pattern + r"|\s*[A-Z]"
)


def _quote_ends_attribution(a: Article, q: int) -> bool:
    """A quotation that an attribution may follow ends in a comma, ?, ! or dash."""
    start, end = a.quotes[q]
    inner = a.text[start:end].rstrip(QUOTE_MARKS + " ")
    after = a.text[end : end + 1]
    return bool(inner) and (inner[-1] in _QUOTE_END_OK or inner.endswith("...") or after == ",")


def quote_after(a: Article, pos: int, limit: int) -> int:
    """Index of an unused quotation opening within a few words after ``pos``, or -1."""
    limit = min(limit, pos + REACH)
    for i in range(bisect.bisect_left(a.quote_starts, pos), len(a.quotes)):
        start = a.quotes[i][0]
        if start >= limit:
            return -1
        if i in a.used_quotes:
            continue
        gap = a.text[pos:start]
        if _STOP.search(gap) or count_words(gap) > NEAR_WORDS:
            return -1
        v = bisect.bisect_right(a.verb_starts, pos)
        if v < len(a.verb_starts) and a.verb_starts[v] < start:
            return -1  # "X said that Q, adding “R”": the quotation is the later verb's
        return i
    return -1


def quote_before(a: Article, pos: int, para_start: int) -> int:
    """Index of the unused quotation that ends just before ``pos``, or -1."""
    i = bisect.bisect_right(a.quote_ends, pos) - 1
    if i < 0 or i in a.used_quotes or a.quotes[i][0] < para_start:
        return -1
    if pos - a.quotes[i][1] > REACH:
        return -1
    gap = a.text[a.quotes[i][1] : pos]
    if has_stop(gap) or any(c in gap for c in QUOTE_MARKS) or not _speaker_sized(gap):
        return -1
    return i if _quote_ends_attribution(a, i) else -1


def _speaker_sized(gap: str) -> bool:
    """Whether ``gap`` (between a quotation and its verb) is short enough to be a speaker:
    a few words; a long title with no comma ("Deputy Chief of Staff ... General Y"); or a
    few words and asides ("the rebel commander, who asked not to be named,")."""
    parts = gap.strip(" ,").split(",")
    if len(parts) == 1:
        return count_words(gap) <= _LONG_TITLE_WORDS
    if count_words(gap) <= NEAR_WORDS:
        return True
    return (
        count_words(parts[0]) <= NEAR_WORDS
        and count_words(gap) <= _LONG_TITLE_WORDS + 4
        and all(_ASIDE_OR_NAME.match(part) for part in parts[1:] if part.strip())
    )


def introduces(a: Article, verb_end: int, quote_start: int, entry: VerbEntry) -> bool:
    """Whether the verb ending at ``verb_end`` (``entry``: its lexicon entry) introduces the
    quotation at ``quote_start`` as its whole content: nothing between them but "that", a
    colon or comma, an object and "to", or a tail ("in a statement", "told AFP"); in "X
    said the army “will not stop” until ..." the quotation is only a part."""
    gap_start, gap_end = strip_span(a.text, verb_end, quote_start, " \t\n\u00a0")
    gap = a.text[gap_start:gap_end]
    words = gap.split()
    last = words[-1].casefold() if words else ""
    if not gap or gap[-1] in ":,–—" or last == "that" or gap.casefold() == "to":
        return True  # ... or "vowed to “...”"
    if last == "to" and entry.asks:
        return True  # "called on soldiers to “...”": the quotation is what was asked
    return is_trailing_tail(a.text, verb_end, gap_end, entry.verb)


def quote_ends_clause(a: Article, q: int, sent_end: int) -> bool:
    """Whether quotation ``q`` closes the clause it stands in (its own last mark is a stop or
    a comma, or one follows it): in "saying Tehran is “deeply concerned” about the attacks"
    the quoted words are a phrase of the clause, not the statement."""
    start, end = a.quotes[q]
    inner = a.text[start:end].rstrip(QUOTE_MARKS + " ")
    if inner and inner[-1] in ".,;:!?…":
        return True
    return _CLAUSE_ENDS_AFTER.match(a.text, end, max(end, sent_end)) is not None
