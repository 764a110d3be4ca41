"""The frame hits table: each hit with its sentence, voice and keyword-in-context.

Every score can be read back as words: a hit carries the sentence it is in and the
characters either side of it (``left``, ``match``, ``right``), with line breaks
shown as spaces so each hit reads on one line. A sentence longer than
:data:`LONGEST_SENTENCE` characters (a text without sentence punctuation) is given as
the :data:`SENTENCE_CONTEXT` characters either side of the hit, cut with "…", so that
the table grows with the text, not with its hits times its sentence length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.parse import Columns, Parse
from newsframes.analysers.records import Sentence
from newsframes.text.segmentation import as_lf

HIT_COLUMNS = [
    "frame",
    "kind",
    "rule",
    "via",
    "start",
    "end",
    "surface",
    "sent_id",
    "voice",
    "detail",
    "sentence",
    "left",
    "match",
    "right",
]
KWIC_WIDTH = 40
# Longer sentences are cut around each hit to SENTENCE_CONTEXT characters either side.
LONGEST_SENTENCE = 2000
SENTENCE_CONTEXT = 1000
# frame, kind, rule (or headword), via, start, end, sentence row (-2: look it up), detail
RawHit = tuple[str, str, str, str, int, int, int, str]
# Line breaks, tabs and no-break spaces shown as plain spaces in KWIC columns (same length).
_FLAT = {i: " " for i in range(0x3001) if chr(i).isspace() and chr(i) != " "}
_FLAT_RE = re.compile("[" + "".join(re.escape(chr(i)) for i in _FLAT) + "]")
_INT_COLUMNS = frozenset({"start", "end", "sent_id"})
_HIT_INDEX = pd.Index(HIT_COLUMNS)


def table_columns(article: Parse, raw: list[RawHit], sentence_of: Callable[[int], int]) -> Columns:
    """The hits (sorted) as the columns of :data:`HIT_COLUMNS`, with sentence and context."""
    text = article.text
    sentences = article.sentences
    frames, kinds, rules, vias, starts, ends, rows, details = (
        list(c) for c in zip(*raw, strict=True)
    )
    rows = [
        sentence_of(start) if row == -2 else row for row, start in zip(rows, starts, strict=True)
    ]
    spans = list(zip(starts, ends, strict=True))
    lf = as_lf(text)  # a CRLF is one character of context, as an LF is
    flat = _FLAT_RE.sub(" ", lf.text)
    lf_spans = spans if lf.text is text else [(lf.to_lf(s), lf.to_lf(e)) for s, e in spans]
    columns: dict[str, Any] = {
        "frame": frames,
        "kind": kinds,
        "rule": rules,
        "via": vias,
        "start": starts,
        "end": ends,
        "surface": [text[s:e] for s, e in spans],
        "sent_id": [sentences[i].sent_id if i >= 0 else -1 for i in rows],
        "voice": _voices(starts, article.quotes),
        "detail": details,
        "sentence": _sentence_texts(text, sentences, rows, spans),
        "left": [flat[max(0, s - KWIC_WIDTH) : s] for s, _ in lf_spans],
        "match": [flat[s:e] for s, e in lf_spans],
        "right": [flat[e : e + KWIC_WIDTH] for _, e in lf_spans],
    }
    return columns


def _sentence_texts(
    text: str, sentences: list[Sentence], rows: list[int], spans: list[tuple[int, int]]
) -> list[str]:
    """Each hit's sentence ("" for none), cut around the hit if longer than ``LONGEST_SENTENCE``."""
    return [
        ""
        if i < 0
        else text[s.start : s.end]
        if (s := sentences[i]).end - s.start <= LONGEST_SENTENCE
        else _cut_around(text, s, *span)
        for i, span in zip(rows, spans, strict=True)
    ]


def _cut_around(text: str, sentence: Sentence, start: int, end: int) -> str:
    """The ``SENTENCE_CONTEXT`` characters of ``sentence`` either side of ``[start, end)``."""
    lo = max(sentence.start, start - SENTENCE_CONTEXT)
    hi = min(sentence.end, end + SENTENCE_CONTEXT)
    return ("…" if lo > sentence.start else "") + text[lo:hi] + ("…" if hi < sentence.end else "")


def _voices(starts: list[int], quotes: list[tuple[int, int]]) -> list[str]:
    """ "quoted" for each position (ascending) inside a quotation span, else "journalist"."""
    voices = []
    q, n = 0, len(quotes)
    for position in starts:
        while q < n and quotes[q][1] <= position:
            q += 1
        voices.append("quoted" if q < n and quotes[q][0] <= position else "journalist")
    return voices


def hit_table(columns: Columns) -> pd.DataFrame:
    """The hits table from :func:`hit_columns` (of one article or several, appended)."""
    if not columns or not columns["start"]:
        return pd.DataFrame([], columns=HIT_COLUMNS)
    # every text column cut from one array of the dtype pandas infers for strings
    text_dtype = pd.StringDtype(na_value=np.nan)
    as_text = text_dtype.construct_array_type()._from_sequence  # type: ignore[attr-defined]
    texts = as_text(
        [v for name, values in columns.items() if name not in _INT_COLUMNS for v in values],
        dtype=text_dtype,
    )
    n, i = len(columns["start"]), 0
    arrays = {}
    for name, values in columns.items():
        if name in _INT_COLUMNS:
            arrays[name] = np.array(values, dtype=np.int64)
        else:
            arrays[name] = texts[i : i + n]
            i += n
    return pd.DataFrame(dict(arrays), index=pd.RangeIndex(n), columns=_HIT_INDEX.copy())


def kwic(hits: pd.DataFrame, frame: str | None = None) -> pd.DataFrame:
    """The hits of one frame (or all) as a keyword-in-context table for reading."""
    chosen = hits if frame is None else hits[hits["frame"] == frame]
    cols = [c for c in ("article_id", "frame") if c in hits.columns and (c != "frame" or not frame)]
    cols += ["sent_id", "rule", "voice", "left", "match", "right", "detail"]
    return chosen[cols].reset_index(drop=True)
