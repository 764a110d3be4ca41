"""Sentence-level sentiment (TextBlob and VADER), with the words behind each score.

Every sentence gets TextBlob polarity and subjectivity (the pattern lexicon that
ships with TextBlob, no downloads), VADER's compound score as a second opinion,
the lexicon words that drove the TextBlob score, the same scores with actor
names masked ("Free" in "Free Syrian Army" is a name, not a judgement), and the
share of the sentence inside quotation marks. Summaries add seeded bootstrap
confidence intervals.

Speed: the scorers (``scorers``) tokenise each article once and give exactly
the scores ``PatternAnalyzer().analyze(sentence)`` and VADER's ``polarity_scores``
give (tests check this). Masked scores are recomputed only for sentences where
``masking.mask_changes`` finds a masked word that either library's rules could
react to; elsewhere masking cannot change the score (a test checks this too).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.parse import Columns, Mention, Parse, from_frames
from newsframes.analysers.sentiment.masking import PLACEHOLDER, mask_changes, masked
from newsframes.analysers.sentiment.scorers import scorers
from newsframes.text import segmentation as tx

SENTENCE_SCORE_COLUMNS = [
    "sent_id",
    "start",
    "end",
    "n_words",
    "polarity",
    "subjectivity",
    "has_hit",
    "drivers",
    "vader_compound",
    "n_masked",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "quoted_share",
]
# A segment (one voice within a sentence) has the sentence columns but quoted_share.
SEGMENT_COLUMNS = ["sent_id", "seg_id", "voice", *SENTENCE_SCORE_COLUMNS[1:-1]]


def format_drivers(assessments: Iterable[Any]) -> str:
    """``"not good -0.35; free +0.40"``: the words TextBlob scored and their polarity."""
    return "; ".join(f"{' '.join(words)} {p:+.2f}" for words, p, _s, _x in assessments)


_DRIVER = re.compile(r"(.+) ([+-]\d+\.\d+)$")


def drivers_long(scored: pd.DataFrame) -> pd.DataFrame:
    """One row per driver of each scored sentence: the words and their polarity."""
    keys = [c for c in ("article_id", "sent_id", "seg_id") if c in scored.columns]
    rows = []
    for values, drivers in zip(
        scored[keys].itertuples(index=False, name=None), scored["drivers"], strict=True
    ):
        for part in str(drivers).split("; ") if drivers else []:
            m = _DRIVER.match(part)
            if m:
                rows.append((*values, m.group(1), float(m.group(2))))
    return pd.DataFrame(rows, columns=[*keys, "words", "polarity"])


def _mention_spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    """Mention spans sorted by ``(start, end)``."""
    return sorted((m.start, m.end) for m in mentions)


def _score_spans(
    text: str, spans: Sequence[tuple[int, int]], mentions: list[Mention]
) -> dict[str, list[Any]]:
    """Score each ``(start, end)`` span of ``text``: the columns after ``start, end``, as lists."""
    sc = scorers()
    pieces = [text[s:e] for s, e in spans]
    m_spans = _mention_spans(mentions)
    m_starts = [s for s, _ in m_spans]
    n_inside: list[int] = []
    tb_redo: list[int] = []
    masked_text: dict[int, str] = {}
    vader_redo: list[int] = []
    if m_spans:
        for i, (start, end) in enumerate(spans):
            lo = bisect.bisect_left(m_starts, start)
            hi = bisect.bisect_left(m_starts, end)
            inside = [j for j in range(lo, hi) if m_spans[j][1] <= end]
            n_inside.append(len(inside))
            if not inside:
                continue
            inside_spans = [m_spans[j] for j in inside]
            redo_tb, redo_vd = mask_changes(sc, text, start, end, inside_spans)
            if redo_tb or redo_vd:
                masked_text[i] = masked(text, start, end, inside_spans)
                if redo_tb:
                    tb_redo.append(i)
                if redo_vd:
                    vader_redo.append(i)
    else:
        n_inside = [0] * len(spans)
    # One tokenizer call for the plain and the re-scored masked strings.
    tb_all = sc.textblob(pieces + [masked_text[i] for i in tb_redo])
    tb = tb_all[: len(pieces)]
    vader = sc.vader_scorer(text)
    polarity = [t[0] for t in tb]
    subjectivity = [t[1] for t in tb]
    vd = list(map(vader, pieces))
    polarity_masked = polarity.copy()
    subjectivity_masked = subjectivity.copy()
    vader_masked = vd.copy()
    for i, (p, s, _a) in zip(tb_redo, tb_all[len(pieces) :], strict=True):
        polarity_masked[i] = p
        subjectivity_masked[i] = s
    for i in vader_redo:
        vader_masked[i] = vader(masked_text[i])
    return {
        "n_words": [len(w) for w in map(tx.WORD.findall, pieces)],
        "polarity": polarity,
        "subjectivity": subjectivity,
        "has_hit": [bool(t[2]) for t in tb],
        "drivers": [format_drivers(t[2]) if t[2] else "" for t in tb],
        "vader_compound": vd,
        "n_masked": n_inside,
        "polarity_masked": polarity_masked,
        "subjectivity_masked": subjectivity_masked,
        "vader_masked": vader_masked,
    }


def _frame(rows: list[tuple[Any, ...]] | list[list[Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame built column by column (faster than from row tuples of mixed types)."""
    if not rows:
        return pd.DataFrame({c: [] for c in columns})
    return pd.DataFrame(dict(zip(columns, map(list, zip(*rows, strict=True)), strict=True)))


def _quoted_chars(start: int, end: int, quotes: list[tuple[int, int]], q_ends: list[int]) -> int:
    """Characters of ``[start, end)`` inside the (sorted, disjoint) ``quotes``."""
    total = 0
    for k in range(bisect.bisect_right(q_ends, start), len(quotes)):
        q_start, q_end = quotes[k]
        if q_start >= end:
            break
        total += max(0, min(end, q_end) - max(start, q_start))
    return total


_INT_COLUMNS = ("sent_id", "start", "end", "n_words", "n_masked")
_FLOAT_COLUMNS = (
    "polarity",
    "subjectivity",
    "vader_compound",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "quoted_share",
)


def score_sentences(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per sentence: TextBlob and VADER scores, drivers, masked scores, quoted share.

    ``polarity_masked`` etc. score the sentence with every actor mention replaced
    by a neutral placeholder word; ``quoted_share`` is the share of the sentence's
    characters inside double quotation marks (``text.quote_spans``).
    """
    return score_table(score_columns(from_frames(text, sentences, mentions)))


def score_columns(article: Parse) -> Columns:
    """The columns of :func:`score_sentences` for one parsed article, as lists."""
    if not article.sentences:
        return {}
    text = article.text
    spans = [(start, end) for _i, _p, start, end in article.sentences]
    cols: Columns = {
        "sent_id": [i for i, _p, _s, _e in article.sentences],
        "start": [start for start, _ in spans],
        "end": [end for _, end in spans],
    }
    cols.update(_score_spans(text, spans, article.mentions))
    quotes = article.quotes
    q_ends = [q_end for _, q_end in quotes]
    cols["quoted_share"] = [
        _quoted_chars(start, end, quotes, q_ends) / (end - start) if end > start else 0.0
        for start, end in spans
    ]
    return cols


def score_table(columns: Columns) -> pd.DataFrame:
    """The sentence scores from :func:`score_columns` (of one article or several, appended)."""
    if not columns or not columns["start"]:
        return _frame([], SENTENCE_SCORE_COLUMNS)
    # Typed arrays: pandas then has no types to infer (the dtypes it would infer).
    arrays: dict[str, Any] = dict(columns)
    for c in _INT_COLUMNS:
        arrays[c] = np.array(columns[c], dtype=np.int64)
    for c in _FLOAT_COLUMNS:
        arrays[c] = np.array(columns[c], dtype=np.float64)
    arrays["has_hit"] = np.array(columns["has_hit"], dtype=bool)
    return pd.DataFrame({c: arrays[c] for c in SENTENCE_SCORE_COLUMNS}, copy=False)


def score_segments(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    scored: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Sentences cut at quotation marks: one row per stretch in one voice.

    ``voice`` is "quoted" inside double quotation marks and "journalist" outside,
    so the tone of the reporter's own words can be set against the tone of the
    people quoted. Sentences wholly in one voice reuse ``scored`` (from
    :func:`score_sentences`) when it is given; only mixed sentences are re-scored.
    """
    article = from_frames(text, sentences, mentions)
    if scored is None:
        scored = score_table(score_columns(article))
    quotes = article.quotes
    rows: list[tuple[Any, ...]] = []
    mixed: list[tuple[int, int, int, str, int, int]] = []  # row index, sent_id, seg, voice, span
    value_cols = SEGMENT_COLUMNS[5:]
    columns = [scored[c].tolist() for c in ("sent_id", "start", "end", *value_cols)]
    for sid_v, start_v, end_v, *values in zip(*columns, strict=True):
        sid, start, end = int(sid_v), int(start_v), int(end_v)
        pieces = _voice_pieces(text, start, end, quotes)
        if len(pieces) == 1:
            voice = pieces[0][0]
            rows.append((sid, 0, voice, start, end, *values))
            continue
        for seg, (voice, p_start, p_end) in enumerate(pieces):
            mixed.append((len(rows), sid, seg, voice, p_start, p_end))
            rows.append(())
    if mixed:
        mixed_scores = _score_spans(text, [(m[4], m[5]) for m in mixed], article.mentions)
        values = list(zip(*mixed_scores.values(), strict=True))
        for (row, sid, seg, voice, p_start, p_end), vals in zip(mixed, values, strict=True):
            rows[row] = (sid, seg, voice, p_start, p_end, *vals)
    return _frame(rows, SEGMENT_COLUMNS)


def _voice_pieces(
    text: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """The sentence split at quote boundaries into (voice, start, end), whitespace trimmed."""
    cuts: list[tuple[str, int, int]] = []
    cursor = start
    for q_start, q_end in quotes:
        if q_end <= start:
            continue
        if q_start >= end:
            break
        q_start, q_end = max(q_start, start), min(q_end, end)
        if q_start > cursor:
            cuts.append(("journalist", cursor, q_start))
        cuts.append(("quoted", q_start, q_end))
        cursor = q_end
    if cursor < end:
        cuts.append(("journalist", cursor, end))
    pieces = []
    for voice, s, e in cuts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and tx.WORD.search(text, s, e):
            pieces.append((voice, s, e))
    if not pieces:  # punctuation only: keep the sentence whole
        return [(cuts[0][0] if cuts else "journalist", start, end)]
    return pieces


__all__ = [
    "PLACEHOLDER",
    "SEGMENT_COLUMNS",
    "SENTENCE_SCORE_COLUMNS",
    "drivers_long",
    "format_drivers",
    "score_columns",
    "score_segments",
    "score_sentences",
    "score_table",
]
