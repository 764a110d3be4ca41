"""The statements table: one row per attributed statement, for one article or many."""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.parse import Columns, Parse, columns_of, from_frames
from newsframes.analysers.sourcing.article import Article, count_words
from newsframes.analysers.sourcing.attribution import find_statements
from newsframes.analysers.sourcing.verbs import verb_matchers
from newsframes.lexicons.reporting_verbs import ReportingVerbs, load_reporting_verbs

QUOTE_COLUMNS = [
    "start",
    "end",
    "sent_id",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_class",
    "speaker_ref",
    "referent_class",
    "speaker_actor_id",
    "speaker_side",
    "verb",
    "verb_class",
    "verb_start",
    "verb_end",
    "quoted_words",
    "content_words",
]
_INT_COLUMNS = frozenset({"start", "end", "sent_id", "quoted_words", "content_words"})
_NULLABLE_INT_COLUMNS = ("speaker_start", "speaker_end", "verb_start", "verb_end")


def find_quotes(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One row per attributed statement: content offsets, kind, speaker and its class, verb."""
    lex = load_reporting_verbs(path)
    return quote_table(quote_columns(from_frames(text, sentences, mentions), lex))


def quote_columns(article: Parse, lex: ReportingVerbs) -> Columns:
    """The columns of :func:`find_quotes` for one parsed article, as lists."""
    return columns_of(QUOTE_COLUMNS, _statement_rows(find_statements(article, verb_matchers(lex))))


def _statement_rows(a: Article) -> list[tuple[Any, ...]]:
    """One tuple per statement, in the order of ``QUOTE_COLUMNS``."""
    text = a.text
    rows = []
    for st in a.statements:
        words = count_words(text[st.start : st.end])
        quoted = 0
        # Quotations are sorted and do not overlap: visit those that overlap the content.
        for i in range(bisect.bisect_right(a.quote_ends, st.start), len(a.quotes)):
            q_start, q_end = a.quotes[i]
            if q_start >= st.end:
                break
            lo, hi = max(q_start, st.start), min(q_end, st.end)
            if lo < hi:
                quoted += words if (lo, hi) == (st.start, st.end) else count_words(text[lo:hi])
        rows.append(
            (
                st.start,
                st.end,
                st.sent,
                st.kind,
                st.speaker,
                st.speaker_start if st.speaker_start >= 0 else None,
                st.speaker_end if st.speaker_end >= 0 else None,
                st.speaker_class,
                st.who.ref,
                st.who.cls,
                st.who.actor_id,
                st.who.side,
                st.verb,
                st.verb_class,
                st.verb_start if st.verb_start >= 0 else None,
                st.verb_end if st.verb_end >= 0 else None,
                quoted,
                words,
            )
        )
    return rows


def quote_table(columns: Columns) -> pd.DataFrame:
    """The statements table from :func:`quote_columns` (of one article or several, appended).

    Integer columns are int64, or Int64 where a value may be missing; text and ids
    get the dtype pandas infers (str, or object where every value is missing).
    """
    if not columns or not columns["start"]:  # every column empty (float64, nullable ones Int64)
        empty: dict[str, Any] = {c: () for c in QUOTE_COLUMNS}
        for col in _NULLABLE_INT_COLUMNS:
            empty[col] = _nullable_ints(())
        return pd.DataFrame(empty, columns=QUOTE_COLUMNS)
    data: dict[str, Any] = {}
    for col in QUOTE_COLUMNS:
        values = columns[col]
        if col in _INT_COLUMNS:
            data[col] = np.array(values, dtype=np.int64)
        elif col in _NULLABLE_INT_COLUMNS:
            data[col] = _nullable_ints(values)
        else:
            data[col] = values
    return pd.DataFrame(data, copy=False)


def _nullable_ints(values: Sequence[int | None]) -> pd.arrays.IntegerArray:
    """An Int64 array of ``values`` (None is missing), built without type inference."""
    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    data = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=len(values))
    return pd.arrays.IntegerArray(data, mask)
