"""Label choices: the generic words a text uses for groups of people (rebels, militants, regime).

Which word an outlet picks for the same people is a framing signal; the words,
their category, side and connotation are data in ``data/lexicons/labels.yml``
(read and checked by :mod:`newsframes.lexicons.labels`; the matchers are compiled here).

Rules (tested in tests/test_labels.py):
- Adjectives that are the same word count: "rebel front lines" is a rebels
  label, "Islamist forces" an Islamists label (the forms list both).
- A label inside an actor mention counts only as the mention's head, its last
  word(s): "the Syrian regime" and "Syrian security forces" are label choices
  (and the row carries the actor id), but a label word in the middle of a name
  is part of the name, not a choice. A label word after "the" that opens a mention ("the
  regime forces", coded "regime forces") is the journalist's noun for the state, so it counts.
- A form inside an ``exclude`` phrase ("regime of radio silence") is not counted.
- Voice is "quoted" when the label lies inside quotation marks, else "journalist".
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from newsframes.analysers.parse import Columns, Parse, columns_of, from_frames
from newsframes.analysers.records import Mention
from newsframes.lexicons.labels import LabelEntry, LabelLexicon, load_labels
from newsframes.text.matching import TermMatcher

__all__ = [
    "LABEL_COLUMNS",
    "SHARE_COLUMNS",
    "LabelEntry",
    "LabelLexicon",
    "find_labels",
    "label_columns",
    "label_matchers",
    "label_shares",
    "label_table",
    "load_labels",
]

LABEL_COLUMNS = [
    "start",
    "end",
    "surface",
    "label",
    "category",
    "side",
    "voice",
    "sent_id",
    "actor_id",
]
_LABEL_INDEX = pd.Index(LABEL_COLUMNS)
SHARE_COLUMNS = ["side", "voice", "label", "category", "n", "share"]
_POSSESSIVE = ("'s", "’s", "'", "’")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")


@lru_cache(maxsize=8)
def label_matchers(lexicon: LabelLexicon) -> tuple[TermMatcher, TermMatcher | None]:
    """The matchers of a labels lexicon: its forms, and its excluded phrases (if any).

    Compiled once per lexicon object; the loader hands out a new object when the file changes.
    """
    terms: dict[str, Hashable] = dict(lexicon.terms())
    exclude = TermMatcher({p: p for p in lexicon.exclude}) if lexicon.exclude else None
    return TermMatcher(terms), exclude


def _mention_heads(mentions: list[Mention]) -> list[tuple[int, int, Any]]:
    return sorted((m.start, m.end, m.actor_id) for m in mentions)


def _containing(spans: list[tuple[int, int, Any]], start: int, end: int) -> tuple[int, int, Any]:
    """The mention span that contains ``[start, end)``, or ``(-1, -1, None)``."""
    i = bisect.bisect_right(spans, (start, float("inf"), None)) - 1
    while i >= 0 and spans[i][1] > start:
        if spans[i][0] <= start and end <= spans[i][1]:
            return spans[i]
        i -= 1
    return (-1, -1, None)


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted, non-overlapping ``spans`` contains ``[start, end)``."""
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and end <= spans[i][1]


def _counts_in_mention(text: str, start: int, end: int, m_start: int, m_end: int) -> bool:
    """Whether a label word inside a mention is a choice: the mention's head ("the Syrian
    regime"), or the noun after "the" opening a generic mention ("the regime forces")."""
    if text[end:m_end] in ("", *_POSSESSIVE):
        return True
    return start == m_start and _THE_BEFORE.search(text, max(0, start - 8), start) is not None


def find_labels(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One row per label word: offsets, label, category, side, voice, sentence and actor id."""
    lexicon = load_labels(path)
    return label_table(label_columns(from_frames(text, sentences, mentions), lexicon))


def label_columns(article: Parse, lexicon: LabelLexicon) -> Columns:
    """The columns of :func:`find_labels` for one parsed article, as lists."""
    text = article.text
    matcher, exclude = label_matchers(lexicon)
    found = matcher.find(text)
    rows = []
    if found:
        excluded = [(s, e) for s, e, _surface, _key in exclude.find_tuples(text)] if exclude else []
        excluded_starts = [s for s, _ in excluded]
        heads = _mention_heads(article.mentions)
        quotes = article.quotes
        quote_starts = [s for s, _ in quotes]
        for match in found:
            if excluded and _inside(excluded, excluded_starts, match.start, match.end):
                continue
            m_start, m_end, actor_id = _containing(heads, match.start, match.end)
            if m_start >= 0 and not _counts_in_mention(
                text, match.start, match.end, m_start, m_end
            ):
                continue  # a word inside a name, not the name's head
            entry = lexicon.entries[str(match.key)]
            q = bisect.bisect_right(quote_starts, match.start) - 1
            voice = "quoted" if q >= 0 and match.start < quotes[q][1] else "journalist"
            s = article.sentence_at(match.start)
            rows.append(
                (
                    match.start,
                    match.end,
                    match.surface,
                    entry.label,
                    entry.category,
                    entry.side,
                    voice,
                    article.sentences[s].sent_id if s >= 0 else -1,
                    actor_id,
                )
            )
    return columns_of(LABEL_COLUMNS, rows)


def label_table(columns: Columns) -> pd.DataFrame:
    """The labels table from :func:`label_columns` (of one article or several, appended)."""
    if not columns or not columns["start"]:
        return pd.DataFrame([], columns=LABEL_COLUMNS)
    return pd.DataFrame(columns, columns=_LABEL_INDEX.view())


def label_shares(labels: pd.DataFrame, by: Sequence[str] = ("article_id",)) -> pd.DataFrame:
    """Per group and side: count of each label and its share among that side's labels.

    Rows with ``voice == "all"`` count every label; rows with "journalist" and
    "quoted" split the same counts by voice, each share within its own voice.
    """
    keys = list(by)
    columns = [*keys, *SHARE_COLUMNS]
    if labels.empty:
        return pd.DataFrame(columns=columns)
    missing = [k for k in [*keys, "side", "label", "category", "voice"] if k not in labels]
    if missing:
        raise KeyError(f"label_shares: the labels table has no column(s) {missing}")
    everything = labels.assign(voice="all")
    stacked = pd.concat([everything, labels], ignore_index=True)
    counts = (
        stacked.groupby([*keys, "side", "voice", "label", "category"], sort=True)
        .size()
        .rename("n")
        .reset_index()
    )
    totals = counts.groupby([*keys, "side", "voice"])["n"].transform("sum")
    counts["share"] = counts["n"] / totals
    return counts[columns].reset_index(drop=True)
