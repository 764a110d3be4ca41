"""Headline attributions with no verb: "Zarif: Terrorism poses a threat to the region",
"Nusra becomes main threat in Syria: Russian Defense Ministry", "Talks fail — monitor".

A headline here is a paragraph of one sentence with no closing punctuation; a line of
one sentence "X: “Q”" (a whole quotation after the colon) is read the same way. It is split
once, at its only colon or spaced dash; the short side (a few words, naming an actor or
ending in a noun for someone who speaks: "Iranian Commander") is the speaker, the other
side the statement. The statement's kind is ``indirect`` and it has no verb.
"""

from __future__ import annotations

import re

from newsframes.analysers.records import Sentence
from newsframes.analysers.sourcing.article import Article, count_words, strip_span
from newsframes.analysers.sourcing.record import add_verbless

_SPLIT = re.compile(r":\s|\s[—–-]\s")
_CLOSED = re.compile(r"[.!?\"”’)\]]\s*$")
_MAX_SPEAKER_WORDS = 5
_MIN_STATEMENT_WORDS = 3
# "Lavrov to Kerry: ...", "Assad in a message to Rouhani: ...": the speaker is before these.
_ADDRESSED = re.compile(r"\s(?:to|in|with)\s")
# A photo credit is nobody's statement; nor is a side in lower case ("subscribe now"),
# unless it ends in a noun for someone who speaks ("Ten killed — monitor", "...: statement").
_NOT_SPEAKER = re.compile(r"[/©]")
_LOWER_CASE = re.compile(r"^[a-z]")
_AND = re.compile(r"\s+and\s+")
# What may follow a state's name on a headline's last side: the topic of its statement.
_TOPIC_AFTER = re.compile(r"\s+(?:on|over|about|at|in)\s")


def is_headline(a: Article, sent: Sentence) -> bool:
    """Whether ``sent`` is a headline: a paragraph of one sentence with no closing mark."""
    if a.paras.get(sent.para_id) != (sent.start, sent.end):
        return False
    start, end = strip_span(a.text, sent.start, sent.end, " \t\n\u00a0")
    return end > start and _CLOSED.search(a.text, start, end) is None


def add_headlines(a: Article) -> None:
    """Add the headline attributions of ``a`` to ``a.statements``."""
    taken = {st.sent for st in a.statements}
    seen: set[tuple[str, str]] = set()  # a page's title repeated above its text is said once
    for sent in a.sents:
        if sent.sent_id in taken or a.paras.get(sent.para_id) != (sent.start, sent.end):
            continue
        start, end = strip_span(a.text, sent.start, sent.end, " \t\n\u00a0")
        line = a.text[start:end]
        splits = list(_SPLIT.finditer(line))
        if len(splits) != 1 or a.quote_at(start) >= 0:
            continue
        mark = splits[0]
        left = strip_span(a.text, start, start + mark.start())
        right = strip_span(a.text, start + mark.end(), end)
        # "Ahmed Khalil: “We will fight on.”": a whole quotation after a colon, in any line
        quoted = mark.group().strip() == ":" and _is_whole_quotation(a, *right)
        if _CLOSED.search(line) and not quoted:
            continue
        # "Damascus, SANA – ...": a dash after a dateline; only the side after a dash speaks
        sides = ((left, right), (right, left)) if mark.group().strip() == ":" else ((right, left),)
        if quoted:
            sides = ((left, right),)
        for speaker, said in sides:
            speaker = _speaker_part(a.text, *speaker)
            after = speaker[0] > said[0]
            if _speaks(a, *speaker, after=after) and count_words(a.text[said[0] : said[1]]) >= (
                _MIN_STATEMENT_WORDS
            ):
                if after and (named := _state_named(a, *speaker)) is not None:
                    speaker = (speaker[0], named)  # "...: India on attack in Syria": "India"
                words = (a.text[said[0] : said[1]], a.text[speaker[0] : speaker[1]])
                if words in seen:
                    break
                seen.add(words)
                add_verbless(a, "direct" if quoted else "indirect", said, speaker, sent)
                break


def _state_named(a: Article, start: int, end: int) -> int | None:
    """Where the state's name ends that opens a headline's last side and is all of it, or is
    followed only by what the statement is on ("...: India on attack in Syria"); None for a
    clause ("...: Qatar seeks end") or a compound ("...: U.S.-led airstrikes kill 16")."""
    for m in a.mentions:
        if (
            m.actor_type == "state"
            and m.start == start
            and (m.end == end or _TOPIC_AFTER.match(a.text, m.end, end) is not None)
        ):
            return m.end
    return None


def _is_whole_quotation(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one quotation from its first character to its last."""
    q = a.quote_at(start)
    return q >= 0 and a.quotes[q][0] == start and a.quotes[q][1] >= end


def _speaker_part(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a headline's side that may speak: after its last comma ("Meeting Mufti
    Hassoun, Zarif": "Zarif"), before whom it addresses ("Lavrov to Kerry": "Lavrov")."""
    comma = text.rfind(",", start, end)
    start, end = strip_span(text, comma + 1, end) if comma >= 0 else (start, end)
    to = _ADDRESSED.search(text, start, end)
    if to is None or to.start() == start:
        return start, end
    return strip_span(text, start, to.start())


def _speaks(a: Article, start: int, end: int, *, after: bool = False) -> bool:
    """Whether ``text[start:end]`` can be a headline's speaker: a few words naming an actor
    that is not a country before the statement (a country before a colon is usually the
    topic: "Syria: ..."; ``after`` it, the source: "... to victory: Iran"), or ending in a
    noun for someone who speaks. A name the gazetteer does not know that addresses another
    ("Homs to Hama: ...") may be two places, and is not taken."""
    side = a.text[start:end]
    words = side.split()
    if not 0 < len(words) <= _MAX_SPEAKER_WORDS or _NOT_SPEAKER.search(side):
        return False
    heads = a.matchers.lexicon.speaker_heads
    # "... - activists and TV": each of the sources joined by "and" ends in its own noun
    ends = {part.split()[-1].casefold() for part in _AND.split(side) if part.strip()}
    if _LOWER_CASE.match(side):
        return bool(ends & heads)
    inside = [m for m in a.mentions if start <= m.start and m.end <= end]
    if any(m.actor_type != "state" for m in inside):
        return True
    if after and _state_named(a, start, end) is not None:
        return True
    return bool(ends & heads)
