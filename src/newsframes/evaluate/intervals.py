"""Intervals for precision and recall measured on a handful of articles.

Mentions in one article are not independent of each other (one name repeated, one
writer's habits), so the unit to resample is the article: a percentile bootstrap over
articles, with a fixed seed so the book's figures do not move between builds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

INTERVAL_COLUMNS = ["metric", "estimate", "low", "high", "articles", "resamples"]


def _shares(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> dict[str, np.ndarray]:
    """Precision, recall and F1 from summed counts (NaN where a share has no denominator)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return {
            "precision": tp / (tp + fp),
            "recall": tp / (tp + fn),
            "f1": 2 * tp / (2 * tp + fp + fn),
        }


def bootstrap_prf(
    counts: pd.DataFrame, *, resamples: int = 2000, level: float = 0.95, seed: int = 2000
) -> pd.DataFrame:
    """Precision, recall and F1 over all articles, with a percentile bootstrap interval.

    ``counts`` has one row per article with ``tp``, ``fp`` and ``fn``; articles are drawn
    with replacement ``resamples`` times and the counts summed in each draw.
    """
    missing = {"tp", "fp", "fn"} - set(counts.columns)
    if missing:
        raise ValueError(f"counts need the columns {sorted(missing)}; one row per article")
    if counts.empty:
        raise ValueError("no article to resample; measure at least one annotated article")
    if not 0 < level < 1:
        raise ValueError(f"level {level} must lie between 0 and 1, e.g. 0.95")
    table = counts[["tp", "fp", "fn"]].to_numpy(dtype=float)
    draws = np.random.default_rng(seed).integers(0, len(table), size=(resamples, len(table)))
    summed = table[draws].sum(axis=1)
    estimate = _shares(*table.sum(axis=0)[:, None])
    sampled = _shares(summed[:, 0], summed[:, 1], summed[:, 2])
    tail = 100 * (1 - level) / 2
    rows = []
    for metric, values in sampled.items():
        kept = values[~np.isnan(values)]
        low, high = np.percentile(kept, [tail, 100 - tail]) if len(kept) else (np.nan, np.nan)
        rows.append(
            (metric, float(estimate[metric][0]), float(low), float(high), len(table), resamples)
        )
    return pd.DataFrame(rows, columns=INTERVAL_COLUMNS)
