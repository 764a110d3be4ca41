"""Sentences, words, paragraphs and quotations, with offsets, and no downloaded data.

TextBlob's ``.sentences`` and ``.words`` need NLTK corpora that a fresh machine
cannot fetch, so segmentation here is rule-based: a sentence ends at ``.``,
``!``, ``?`` or ``…`` (plus any closing quote or bracket) when whitespace and
an upper-case letter, digit or opening quote follow, unless the word before
is a known abbreviation (``data/lexicons/abbreviations.yml``, read by
:mod:`newsframes.lexicons.abbreviations`) or an initial.
Sentences never cross a line break: in these texts a line is a paragraph. A line
break is LF, CRLF or a lone CR (Unix, Windows or old Mac files); the text is read as it
is, never rewritten, so every offset points into the text given.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from newsframes.lexicons.abbreviations import Abbreviations, load_abbreviations

# A word: letters/digits, with inner apostrophes or hyphens (weren’t, al-Assad),
# or a number with separators (2,000 / 3.5).
WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’\-][^\W_]+)*")
SENTENCE_COLUMNS = ["article_id", "sent_id", "para_id", "start", "end", "text"]
_SENTENCE_INDEX = pd.Index(SENTENCE_COLUMNS)
# A terminal run, then either whitespace, or (a typesetting slip, "Islamists.The")
# directly a capitalised word after a lower-case word. Written to start with the
# character class, so the regex engine jumps from one terminal mark to the next. A match
# starts only at a run's first mark, and the run and the closing marks are taken whole
# (possessive), as no match could start later in a run: a long run of marks ("......")
# is read once, not once per mark.
_TERMINAL = re.compile(
    r"[.!?…](?<![.!?…][.!?…])(?:[.!?…]*+[\"'”’)\]]*+(?=\s)|(?<=[a-z]{2}\.)(?=[A-Z][a-z]))"
)
_NEXT_STARTS = re.compile(r"\s*[\"“‘(\[]*[A-Z0-9]")
_LINE = re.compile(r"[^\n]+")
_LINE_CR = re.compile(r"[^\r\n]+")  # three times slower than _LINE: only for texts with a CR
_LINE_BREAK = re.compile(r"[\r\n]")
_CRLF = re.compile(r"\r\n")
_QUOTE_MARK = re.compile('["“”]')


def _word_before(text: str, dot: int, longest: int) -> str:
    """The letters, digits and dots before ``dot``, at most ``longest + 2`` of them: enough
    to tell every abbreviation of up to ``longest`` characters, or an initial, from a longer
    word (and a text of dots and letters without spaces costs no quadratic time)."""
    start, stop = dot, max(0, dot - longest - 2)
    while start > stop and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:dot]


@lru_cache(maxsize=8)
def _longest(abbreviations: Abbreviations) -> int:
    return max(map(len, abbreviations.always | abbreviations.before_digit), default=0)


def _is_boundary(text: str, match: re.Match[str], abbreviations: Abbreviations) -> bool:
    after = _NEXT_STARTS.match(text, match.end())
    if after is None:
        return False
    if text[match.start()] != ".":
        return True
    always = abbreviations.always
    word = _word_before(text, match.start(), _longest(abbreviations))
    if word in always or word.rstrip(".") in always:
        return False
    if word in abbreviations.before_digit and text[after.end() - 1].isdigit():
        return False
    # A single capital is an initial ("Hugh A. Smith"), unless the next word is lower case.
    return not (len(word) == 1 and word.isupper())


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-empty line, trimmed of surrounding whitespace."""
    for line in (_LINE_CR if "\r" in text else _LINE).finditer(text):
        start, end = line.start(), line.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """``(paragraph number, start, end)`` of each sentence in ``text``."""
    abbreviations = load_abbreviations()  # once per text: an edited list is seen next time
    for para_id, (p_start, p_end) in enumerate(paragraph_spans(text)):
        paragraph = text[p_start:p_end]
        cursor = 0
        for match in _TERMINAL.finditer(paragraph):
            if _is_boundary(paragraph, match, abbreviations):
                yield para_id, p_start + cursor, p_start + match.end()
                cursor = match.end()
                while cursor < len(paragraph) and paragraph[cursor].isspace():
                    cursor += 1
        if cursor < len(paragraph):
            yield para_id, p_start + cursor, p_end


def split_sentences(text: str, article_id: str = "") -> pd.DataFrame:
    """One row per sentence: ``article_id, sent_id, para_id, start, end, text``."""
    rows = [
        (article_id, i, para, start, end, text[start:end])
        for i, (para, start, end) in enumerate(sentence_spans(text))
    ]
    return pd.DataFrame(rows, columns=_SENTENCE_INDEX.view())


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """Sentences of every article of a corpus DataFrame (columns ``id`` and ``text``)."""
    frames = [
        split_sentences(text, aid) for aid, text in zip(corpus["id"], corpus["text"], strict=True)
    ]
    if not frames:
        return pd.DataFrame(columns=SENTENCE_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each word token."""
    for match in WORD.finditer(text):
        yield match.start(), match.end()


def tokenize(text: str) -> list[str]:
    """The word tokens of ``text``, in order, case kept."""
    return WORD.findall(text)


def _line_end(text: str, at: int, has_cr: bool) -> int:
    """Offset of the first line break at or after ``at`` (``len(text)`` if none)."""
    if has_cr:  # a regex search for either break is ten times slower than str.find
        found = _LINE_BREAK.search(text, at)
        return found.start() if found else len(text)
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each stretch inside double quotation marks, marks included.

    Marks are paired in order within a paragraph whatever their direction,
    because typed texts mix them up (``claimed that” the defection ...”``).
    A quotation still open at the end of a paragraph runs to its end: that is
    the convention for a quote that continues into the next paragraph.
    """
    spans: list[tuple[int, int]] = []
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    has_cr = "\r" in text
    i = 0
    while i < len(marks):
        # The paragraph of marks[i] is its line (a mark is never white space).
        line_end = _line_end(text, marks[i], has_cr)
        j = bisect.bisect_left(marks, line_end, i)
        spans += [(marks[k], marks[k + 1] + 1) for k in range(i, j - 1, 2)]
        if (j - i) % 2:
            p_end = line_end
            while text[p_end - 1].isspace():
                p_end -= 1
            spans.append((marks[j - 1], p_end))
        i = j
    return spans


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls inside one of the (sorted) ``spans``."""
    i = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


@dataclass(frozen=True)
class LfText:
    """A text with every CRLF and lone CR written LF, for patterns and windows made for LF,
    and the offsets of each CRLF, to map offsets between it and the original text."""

    text: str
    crlf_at: tuple[int, ...] = ()  # each CRLF's CR, in the original text
    lf_at: tuple[int, ...] = ()  # the LF that stands for it, in ``text``

    def to_lf(self, offset: int) -> int:
        """The offset in ``text`` of ``offset`` in the original text."""
        return offset - bisect.bisect_left(self.crlf_at, offset) if self.crlf_at else offset

    def from_lf(self, offset: int) -> int:
        """The offset in the original text of ``offset`` in ``text``."""
        return offset + bisect.bisect_left(self.lf_at, offset) if self.lf_at else offset


def as_lf(text: str) -> LfText:
    """``text`` with LF line breaks only (the same string when it has no CR)."""
    if "\r" not in text:
        return LfText(text)
    crlf_at = tuple(match.start() for match in _CRLF.finditer(text))
    lf_at = tuple(at - k for k, at in enumerate(crlf_at))
    return LfText(text.replace("\r\n", "\n").replace("\r", "\n"), crlf_at, lf_at)
