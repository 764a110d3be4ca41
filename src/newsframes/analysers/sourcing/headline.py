"""Headline attributions with no verb: "Zarif: Terrorism poses a threat to the region",
"Nusra becomes main threat in Syria: Russian Defense Ministry", "Talks fail — monitor".

A headline here is a paragraph of one sentence with no closing punctuation. It is split
once, at its only colon or spaced dash; the short side (a few words, naming an actor or
ending in a noun for someone who speaks: "Iranian Commander") is the speaker, the other
side the statement. The statement's kind is ``indirect`` and it has no verb.
"""

from __future__ import annotations

import re

from newsframes.analysers.sourcing.article import Article, Statement, count_words, strip_span
from newsframes.analysers.sourcing.speakers import classify

_SPLIT = re.compile(r":\s|\s[—–-]\s")
_CLOSED = re.compile(r"[.!?\"”’)\]]\s*$")
_MAX_SPEAKER_WORDS = 5
_MIN_STATEMENT_WORDS = 3
# The last word of a speaker side that names no actor the gazetteer knows.
_SPEAKER_HEADS = frozenset(
    {
        "commander",
        "minister",
        "ministry",
        "spokesman",
        "spokeswoman",
        "official",
        "officials",
        "general",
        "president",
        "envoy",
        "source",
        "sources",
        "activists",
        "monitor",
        "observatory",
        "defector",
        "diplomat",
    }
)


def add_headlines(a: Article) -> None:
    """Add the headline attributions of ``a`` to ``a.statements``."""
    taken = {st.sent for st in a.statements}
    for sent in a.sents:
        if sent.sent_id in taken or a.paras.get(sent.para_id) != (sent.start, sent.end):
            continue
        start, end = strip_span(a.text, sent.start, sent.end, " \t\n\u00a0")
        line = a.text[start:end]
        splits = list(_SPLIT.finditer(line))
        if len(splits) != 1 or _CLOSED.search(line) or a.quote_at(start) >= 0:
            continue
        mark = splits[0]
        left = strip_span(a.text, start, start + mark.start())
        right = strip_span(a.text, start + mark.end(), end)
        for speaker, said in ((left, right), (right, left)):
            speaker = _after_last_comma(a.text, *speaker)
            if _speaks(a, *speaker) and count_words(a.text[said[0] : said[1]]) >= (
                _MIN_STATEMENT_WORDS
            ):
                cls, who = classify(a, speaker[0], speaker[1], speaker, sent)
                a.statements.append(
                    Statement(
                        said[0],
                        said[1],
                        sent.sent_id,
                        sent.para_id,
                        "indirect",
                        a.text[speaker[0] : speaker[1]],
                        speaker[0],
                        speaker[1],
                        cls,
                        who,
                        None,
                        None,
                        -1,
                        -1,
                    )
                )
                break


def _after_last_comma(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` after its last comma ("Meeting Mufti Hassoun, Zarif": "Zarif")."""
    comma = text.rfind(",", start, end)
    return strip_span(text, comma + 1, end) if comma >= 0 else (start, end)


def _speaks(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` can be a headline's speaker: a few words naming an actor
    that is not a country (a country before a colon is usually the topic: "Syria: ...") or
    ending in a noun for someone who speaks."""
    words = a.text[start:end].split()
    if not 0 < len(words) <= _MAX_SPEAKER_WORDS:
        return False
    inside = [m for m in a.mentions if start <= m.start and m.end <= end]
    if any(m.actor_type != "state" for m in inside):
        return True
    return words[-1].casefold() in _SPEAKER_HEADS
