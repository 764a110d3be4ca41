"""Which words distinguish one article (or outlet, or voice) from the rest.

Two measures, both "one group against all the others pooled":

- log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
  2008, "Fightin' Words"): shrinks rare words towards the pooled corpus rate and
  divides by the estimate's standard error, so a z-score ranks words that are
  both frequent and lopsided;
- Dunning's log-likelihood G² (significance) with Hardie's Log Ratio (effect
  size: log2 of the ratio of relative frequencies).

Both work on a handful of short documents: no minimum document frequency.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from newsframes.lexicons.stopwords import load_stopwords
from newsframes.text.segmentation import tokenize

__all__ = [
    "COUNT_COLUMNS",
    "distinctive_words",
    "g2_log_ratio",
    "g2_table",
    "load_stopwords",
    "log_odds_dirichlet",
    "normalise_token",
    "per_thousand",
    "word_counts",
]

COUNT_COLUMNS = ["group", "word", "count", "n_words"]


def normalise_token(token: str) -> str:
    """Lower-case, ’ as ', and a possessive 's removed ("Assad’s" -> "assad")."""
    word = token.lower().replace("’", "'")
    if word.endswith("'s") and len(word) > 2:
        word = word[:-2]
    return word


def _texts(corpus_or_texts: Any, group: str, text_col: str) -> list[tuple[Any, str]]:
    if isinstance(corpus_or_texts, pd.DataFrame):
        return list(zip(corpus_or_texts[group], corpus_or_texts[text_col], strict=True))
    if isinstance(corpus_or_texts, Mapping):
        return list(corpus_or_texts.items())
    if isinstance(corpus_or_texts, str):
        return [(0, corpus_or_texts)]
    return list(enumerate(corpus_or_texts))


def word_counts(
    corpus_or_texts: pd.DataFrame | Mapping[Any, str] | Iterable[str],
    group: str = "id",
    *,
    text_col: str = "text",
    stopwords: bool | Iterable[str] = False,
    drop_numbers: bool = True,
) -> pd.DataFrame:
    """Long table ``group, word, count, n_words``: how often each group uses each word.

    Takes a corpus DataFrame (grouped by ``group``; several rows may share a
    group, e.g. an outlet), a ``{group: text}`` mapping or a list of texts.
    Tokens come from :func:`newsframes.text.tokenize` and :func:`normalise_token`.
    ``n_words`` is every token of the group, before stopwords or numbers are
    dropped: the base for per-1,000-word rates. ``stopwords=True`` uses
    ``data/lexicons/stopwords.yml``; a list uses that list.
    """
    stop: frozenset[str] = frozenset()
    if stopwords is True:
        stop = load_stopwords()
    elif stopwords:
        stop = frozenset(str(w).lower() for w in stopwords)
    counts: dict[Any, Counter[str]] = {}
    totals: dict[Any, int] = {}
    for key, text in _texts(corpus_or_texts, group, text_col):
        tokens = tokenize(str(text))
        totals[key] = totals.get(key, 0) + len(tokens)
        counter = counts.setdefault(key, Counter())
        counter.update(
            w
            for w in map(normalise_token, tokens)
            if w not in stop and not (drop_numbers and w[:1].isdigit())
        )
    rows = [
        (key, word, n, totals[key])
        for key, counter in counts.items()
        for word, n in sorted(counter.items())
    ]
    return pd.DataFrame(rows, columns=COUNT_COLUMNS)


def per_thousand(count: Any, n_words: Any) -> Any:
    """``count * 1000 / n_words``; NaN where ``n_words`` is 0. Scalars or arrays."""
    count_a = np.asarray(count, dtype=float)
    n_a = np.asarray(n_words, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(n_a > 0, count_a * 1000.0 / np.where(n_a > 0, n_a, 1.0), np.nan)
    if isinstance(count, pd.Series):
        return pd.Series(out, index=count.index, name=count.name)
    return float(out) if out.ndim == 0 else out


def _matrix(
    counts: pd.DataFrame, group_col: str, word_col: str, count_col: str
) -> tuple[list[Any], list[str], np.ndarray]:
    table = counts.pivot_table(
        index=group_col, columns=word_col, values=count_col, aggfunc="sum", fill_value=0
    )
    return list(table.index), [str(w) for w in table.columns], table.to_numpy(dtype=float)


def log_odds_dirichlet(
    counts: pd.DataFrame,
    group_col: str = "group",
    *,
    word_col: str = "word",
    count_col: str = "count",
    alpha0: float | None = None,
) -> pd.DataFrame:
    """Log-odds ratio, one group against the rest, with an informative Dirichlet prior.

    Prior: ``a_w = alpha0 * y_w / N`` where ``y_w`` is the word's pooled count
    and ``N`` all pooled tokens, so ``a_0 = sum(a_w) = alpha0``. ``alpha0=None``
    uses ``N`` itself (the pooled counts are the pseudo-counts; strong shrinkage,
    sensible for short texts); smaller values shrink less. For group i and the
    rest j (n = tokens in the group):

        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    Returns one row per group and word: ``count, count_rest, n, n_rest, prior,
    delta, variance, z``.
    """
    groups, words, y = _matrix(counts, group_col, word_col, count_col)
    pooled = y.sum(axis=0)
    total = pooled.sum()
    a0 = float(total if alpha0 is None else alpha0)
    prior = a0 * pooled / total if total else pooled
    frames = []
    for gi, g in enumerate(groups):
        yi = y[gi]
        yj = pooled - yi
        ni, nj = yi.sum(), yj.sum()
        delta = np.log((yi + prior) / (ni + a0 - yi - prior)) - np.log(
            (yj + prior) / (nj + a0 - yj - prior)
        )
        var = 1.0 / (yi + prior) + 1.0 / (yj + prior)
        frames.append(
            pd.DataFrame(
                {
                    group_col: g,
                    word_col: words,
                    "count": yi.astype(int),
                    "count_rest": yj.astype(int),
                    "n": int(ni),
                    "n_rest": int(nj),
                    "prior": prior,
                    "delta": delta,
                    "variance": var,
                    "z": delta / np.sqrt(var),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def g2_log_ratio(
    counts: pd.DataFrame,
    group_col: str = "group",
    *,
    word_col: str = "word",
    count_col: str = "count",
) -> pd.DataFrame:
    """Dunning's G² (2x2 table, one group against the rest) with Hardie's Log Ratio.

    For a word with count a in the group (n1 tokens) and b in the rest (n2):
    G² = 2 * sum(O * ln(O / E)) over the four cells [a, n1 - a; b, n2 - b]
    (0 * ln 0 = 0); ``p_value`` from chi-square with 1 df. Log Ratio =
    log2((a / n1) / (b / n2)), a zero count replaced by 0.5 (Hardie 2014).
    """
    groups, words, y = _matrix(counts, group_col, word_col, count_col)
    pooled = y.sum(axis=0)
    frames = []
    for gi, g in enumerate(groups):
        a = y[gi]
        b = pooled - a
        n1, n2 = a.sum(), b.sum()
        g2 = g2_table(a, n1 - a, b, n2 - b)
        # One group alone (a corpus of one article) has no rest: its Log Ratio is undefined.
        rest = np.where(b > 0, b, 0.5) / n2 if n2 else np.full(len(b), np.nan)
        lr = np.log2((np.where(a > 0, a, 0.5) / n1) / rest)
        frames.append(
            pd.DataFrame(
                {
                    group_col: g,
                    word_col: words,
                    "count": a.astype(int),
                    "count_rest": b.astype(int),
                    "g2": g2,
                    "p_value": [math.erfc(math.sqrt(v / 2.0)) for v in g2],
                    "log_ratio": lr,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def g2_table(a: Any, b: Any, c: Any, d: Any) -> np.ndarray:
    """G² of the 2x2 table ``[[a, b], [c, d]]`` (rows: groups; columns: word, other words)."""
    obs = np.stack([np.asarray(x, dtype=float) for x in (a, b, c, d)])
    n = obs.sum(axis=0)
    row1, row2 = obs[0] + obs[1], obs[2] + obs[3]
    col1, col2 = obs[0] + obs[2], obs[1] + obs[3]
    expected = np.stack([row1 * col1, row1 * col2, row2 * col1, row2 * col2]) / np.where(
        n > 0, n, 1.0
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(obs > 0, obs * np.log(obs / np.where(expected > 0, expected, 1.0)), 0.0)
    return np.asarray(2.0 * terms.sum(axis=0))


def distinctive_words(
    corpus: pd.DataFrame,
    group_col: str = "id",
    top: int = 15,
    *,
    text_col: str = "text",
    stopwords: bool | Iterable[str] = True,
    alpha0: float | None = None,
) -> pd.DataFrame:
    """The ``top`` words over-used by each group (ranked by log-odds z), with G² and Log Ratio.

    Columns: group, rank, word, count, count_rest, per_1000 (of the group's
    words), z, delta, g2, p_value, log_ratio. Only words with z > 0.
    """
    counts = word_counts(corpus, group_col, text_col=text_col, stopwords=stopwords)
    lo = log_odds_dirichlet(counts, "group", alpha0=alpha0)
    g2 = g2_log_ratio(counts, "group")[["group", "word", "g2", "p_value", "log_ratio"]]
    merged = lo.merge(g2, on=["group", "word"]).merge(
        counts[["group", "word", "n_words"]], on=["group", "word"], how="left"
    )
    n_words = counts.groupby("group")["n_words"].first()
    merged["per_1000"] = per_thousand(merged["count"], merged["group"].map(n_words))
    merged = merged[merged["z"] > 0].sort_values(
        ["group", "z", "word"], ascending=[True, False, True]
    )
    merged["rank"] = merged.groupby("group").cumcount() + 1
    out = merged[merged["rank"] <= top]
    cols = ["group", "rank", "word", "count", "count_rest", "per_1000", "z", "delta"]
    return out[[*cols, "g2", "p_value", "log_ratio"]].reset_index(drop=True)
