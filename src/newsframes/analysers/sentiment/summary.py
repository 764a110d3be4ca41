"""Per-article, per-voice and per-actor summaries of sentence sentiment,
with seeded bootstrap confidence intervals, and TextBlob–VADER agreement."""

from __future__ import annotations

import zlib
from typing import Any

import numpy as np
import pandas as pd

SUMMARY_COLUMNS = ["measure", "n", "mean", "ci_low", "ci_high"]
# Measures summarised per article (or voice); "polarity_hit" is the mean over
# sentences with at least one TextBlob lexicon word, "coverage" the share of them,
# "*_mask_shift" the paired difference masked - unmasked.
ARTICLE_MEASURES = [
    "polarity",
    "polarity_hit",
    "coverage",
    "subjectivity",
    "vader",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
    "polarity_mask_shift",
    "vader_mask_shift",
]
MIN_N_FOR_CI = 3
# Resample counts (replicates x sentences) held at once: an article's bootstrap is done in
# blocks of replicates of this many cells, so its memory stays bounded however long the
# article; an article of up to about 2,000 sentences is resampled in one block.
RESAMPLE_CELLS = 1 << 22
# Multiply-adds of one product of resample counts and values. OpenBLAS hands a product above
# 65,536 x 4 of them to a second thread; for the small products of a bootstrap the hand-over
# costs more than it saves (a helper thread to wake, or one that spins between products and
# competes with the other worker processes for the cores). Products of at most this many,
# in blocks of replicates that are a multiple of 4 rows, give the numbers one product on
# one thread gives.
ONE_THREAD_PRODUCT = 1 << 18


def bootstrap_ci(
    values: np.ndarray, rng: np.random.Generator, n_boot: int = 2000, level: float = 0.95
) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean of ``values`` (vectorised resampling)."""
    values = np.asarray(values, dtype=float)
    n = len(values)
    if n < MIN_N_FOR_CI:
        return float("nan"), float("nan")
    means = values[rng.integers(0, n, size=(n_boot, n))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(low), float(high)


def _group_seed(seed: int, key: Any) -> np.random.Generator:
    """A generator that depends on the seed and the group key only, not on group order."""
    return np.random.default_rng(_seed_words(seed, key))


def _seed_words(seed: int, key: Any) -> list[int]:
    return [seed, zlib.crc32(repr(key).encode("utf-8"))]


_MEASURE_SOURCES = (
    "polarity",
    "has_hit",
    "subjectivity",
    "vader_compound",
    "polarity_masked",
    "subjectivity_masked",
    "vader_masked",
)


def _measure_arrays(cols: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    pol = np.asarray(cols["polarity"], dtype=float)
    hit = np.asarray(cols["has_hit"], dtype=bool)
    out = {
        "polarity": pol,
        "polarity_hit": pol[hit],
        "coverage": hit.astype(float),
        "subjectivity": np.asarray(cols["subjectivity"], dtype=float),
        "vader": np.asarray(cols["vader_compound"], dtype=float),
    }
    if "polarity_masked" in cols:
        out["polarity_masked"] = np.asarray(cols["polarity_masked"], dtype=float)
        out["subjectivity_masked"] = np.asarray(cols["subjectivity_masked"], dtype=float)
        out["vader_masked"] = np.asarray(cols["vader_masked"], dtype=float)
        out["polarity_mask_shift"] = out["polarity_masked"] - pol
        out["vader_mask_shift"] = out["vader_masked"] - out["vader"]
    return out


def _group_positions(
    scored: pd.DataFrame, keys: list[str]
) -> list[tuple[tuple[Any, ...], np.ndarray]]:
    """Each group's key tuple and row positions, in ``groupby(sort=True, dropna=False)`` order."""
    if not keys:
        return [((), np.arange(len(scored)))]
    grouped = scored.groupby(keys, sort=True, dropna=False)
    codes = grouped.ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    bounds = np.cumsum(np.bincount(codes, minlength=grouped.ngroups))[:-1]
    labels = grouped.size().index
    return [
        (key if isinstance(key, tuple) else (key,), pos)
        for key, pos in zip(labels, np.split(order, bounds), strict=True)
    ]


def _summarise(
    scored: pd.DataFrame, keys: list[str], seed: int, n_boot: int, measures: list[str]
) -> pd.DataFrame:
    """Per group and measure: n, mean and a 95% percentile bootstrap CI.

    Each group draws ONE resample of its sentences (``n_boot`` x n counts, from the
    group's own generator) shared by all its measures, so the measures of one
    replicate come from the same sentences. Replicate means come from one matrix
    product, ``(C @ (v * w)) / (C @ w)``, with ``w`` = 1 for plain means and the
    has-hit indicator for ``polarity_hit`` (replicates without a hit are left out
    of its percentiles). No interval below ``MIN_N_FOR_CI`` observations.
    """
    cols = {c: scored[c].to_numpy() for c in _MEASURE_SOURCES if c in scored.columns}
    values = _measure_arrays(cols)
    present = [m for m in measures if m in values]
    groups = _group_positions(scored, keys)
    order = np.concatenate([pos for _, pos in groups]) if groups else np.arange(0)
    pol, hit = values["polarity"][order], values["coverage"][order]
    # One row per measure (the numerator v * w), then the hit count w of the
    # conditional mean; columns in group order, so each group is one column block.
    numerators = [pol * hit if m in _CONDITIONAL else values[m][order] for m in present]
    matrix = np.vstack([*numerators, hit]) if present else np.zeros((1, len(order)))
    by_sentence = np.ascontiguousarray(matrix.T)  # the same, one row per sentence (for BLAS)
    conditional = [m in _CONDITIONAL for m in present]
    tail = (1 - 0.95) / 2 * 100
    rows: list[tuple[Any, ...]] = []
    start = 0
    for key_t, pos in groups:
        end = start + len(pos)
        block = matrix[:, start:end]
        n = end - start
        # Row sums of contiguous rows: the same pairwise sums as ``v.mean()`` uses.
        means = (np.add.reduce(block, axis=1) / n).tolist()
        hits = hit[start:end] > 0
        n_hit = int(hits.sum())
        group_rows: list[list[Any]] = []
        for k, measure in enumerate(present):
            if conditional[k]:
                mean = float(pol[start:end][hits].mean()) if n_hit else float("nan")
                group_rows.append([*key_t, measure, n_hit, mean, float("nan"), float("nan")])
            else:
                group_rows.append([*key_t, measure, n, means[k], float("nan"), float("nan")])
        with_ci = [k for k, r in enumerate(group_rows) if r[-4] >= MIN_N_FOR_CI]
        if with_ci:
            low, high = _bootstrap_block(
                by_sentence[start:end], conditional, with_ci, _seed_words(seed, key_t), n_boot, tail
            )
            for k, lo, hi in zip(with_ci, low, high, strict=True):
                group_rows[k][-2:] = [lo, hi]
        rows.extend(tuple(r) for r in group_rows)
        start = end
    return pd.DataFrame(rows, columns=[*keys, *SUMMARY_COLUMNS])


def _bootstrap_block(
    block: np.ndarray,
    conditional: list[bool],
    with_ci: list[int],
    seed_words: list[int],
    n_boot: int,
    tail: float,
) -> tuple[list[float], list[float]]:
    """Percentile bounds of the measures ``with_ci`` of one group, from one shared resample.

    ``block`` holds one row per sentence of the group and one column per measure
    (the last column: the hit indicator).
    """
    n = block.shape[0]
    rng = np.random.default_rng(seed_words)
    sums = np.empty((block.shape[1], n_boot))  # (measures + 1) x n_boot
    # Small integer draws are cheaper to generate. numpy starts their buffer afresh in each
    # call, so they are drawn in one call (the numbers must not depend on the block size);
    # int64 draws continue one stream across calls, so they are drawn block by block.
    small = rng.integers(0, n, size=(n_boot, n), dtype=np.int16) if n < 2**15 else None
    rows = max(1, RESAMPLE_CELLS // n)
    for first in range(0, n_boot, rows):
        m = min(rows, n_boot - first)
        draws: np.ndarray
        if small is not None:
            draws = small[first : first + m]
        else:
            draws = rng.integers(0, n, size=(m, n), dtype=np.int64)
        # bincount needs the draws offset by row
        flat = (draws + np.arange(0, m * n, n, dtype=np.int64)[:, None]).ravel()
        counts = np.bincount(flat, minlength=m * n).reshape(m, n).astype(float)
        sums[:, first : first + m] = _replicate_sums(counts, block).T
    means = sums[with_ci] / n
    nan_rows = []
    for j, k in enumerate(with_ci):
        if conditional[k]:  # no mean (NaN) where a replicate drew no hit
            means[j] = np.nan
            np.divide(sums[k], sums[-1], out=means[j], where=sums[-1] > 0)
            nan_rows.append(j)
    low, high = _percentiles(means, tail)
    for j in nan_rows:
        finite = means[j][~np.isnan(means[j])]  # replicates without a hit have no mean
        if len(finite) < n_boot:
            lo, hi = _percentiles(finite[None, :], tail)
            low[j], high[j] = lo[0], hi[0]
    return low, high


def _replicate_sums(counts: np.ndarray, block: np.ndarray) -> np.ndarray:
    """``counts @ block``, in blocks of replicates small enough to be multiplied on this thread
    (``ONE_THREAD_PRODUCT``)."""
    step = max(4, ONE_THREAD_PRODUCT // max(1, block.shape[0] * block.shape[1]) // 4 * 4)
    if step >= len(counts):
        return counts @ block
    return np.vstack([counts[i : i + step] @ block for i in range(0, len(counts), step)])


def _percentiles(rows: np.ndarray, tail: float) -> tuple[list[float], list[float]]:
    """The ``tail`` and ``100 - tail`` percentiles of each row, as ``np.percentile`` gives them.

    numpy's default (linear) method, with one partition of each contiguous row at
    the order statistics needed instead of ``np.percentile``'s general machinery.
    ``rows`` is reordered in place.
    """
    size = rows.shape[1]
    if size == 0:
        nans = [float("nan")] * rows.shape[0]
        return nans, nans.copy()
    virtual = ((size - 1) * np.true_divide(np.array([tail, 100 - tail]), 100)).tolist()
    below = [size - 1 if v >= size - 1 else int(np.floor(v)) for v in virtual]
    above = [b if v >= size - 1 else b + 1 for v, b in zip(virtual, below, strict=True)]
    rows.partition(sorted({*below, *above}), axis=1)
    part = rows
    out = []
    for v, b, c in zip(virtual, below, above, strict=True):
        lo, hi, t = part[:, b], part[:, c], v - b
        diff = hi - lo
        out.append((hi - diff * (1 - t) if t >= 0.5 else lo + diff * t).tolist())
    return out[0], out[1]


# Measures that are means over the sentences with a TextBlob hit only.
_CONDITIONAL = frozenset({"polarity_hit"})


def article_sentiment(scored: pd.DataFrame, seed: int = 0, n_boot: int = 2000) -> pd.DataFrame:
    """Per article (``article_id`` if present) and measure: n, mean and 95% bootstrap CI.

    Sentences are the resampling unit; each article gets its own generator from
    ``seed`` and its id, so results do not depend on which other articles are present.
    """
    keys = ["article_id"] if "article_id" in scored.columns else []
    return _summarise(scored, keys, seed, n_boot, ARTICLE_MEASURES)


def voice_sentiment(segments: pd.DataFrame, seed: int = 0, n_boot: int = 2000) -> pd.DataFrame:
    """Per article and voice (journalist / quoted): the measures of :func:`article_sentiment`."""
    keys = [k for k in ("article_id", "voice") if k in segments.columns]
    return _summarise(segments, keys, seed, n_boot, ARTICLE_MEASURES)


def mentions_with_sentences(mentions: pd.DataFrame, scored: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with the ``sent_id`` of the sentence each one starts in (NA if none)."""
    starts = scored["start"].to_numpy(dtype="int64")
    ends = scored["end"].to_numpy(dtype="int64")
    m_starts = mentions["start"].to_numpy(dtype="int64")
    pos = np.clip(np.searchsorted(starts, m_starts, side="right") - 1, 0, None)
    ok = (
        (len(starts) > 0) & (m_starts >= starts[pos]) & (m_starts < ends[pos])
        if len(starts)
        else (np.zeros(len(m_starts), dtype=bool))
    )
    sent_ids = scored["sent_id"].to_numpy(dtype="int64")[pos] if len(starts) else m_starts
    out = mentions.copy()
    out["sent_id"] = pd.array(
        [int(s) if k else None for s, k in zip(sent_ids, ok, strict=True)], dtype="Int64"
    )
    return out


ACTOR_MEASURES = ["polarity", "polarity_masked", "vader", "vader_masked", "coverage"]


def actor_sentiment(
    scored: pd.DataFrame, mentions: pd.DataFrame, seed: int = 0, n_boot: int = 2000
) -> pd.DataFrame:
    """Sentiment towards each actor: the mean over the sentences that mention it.

    A sentence mentioning an actor twice counts once. Masked scores are the fairer
    reading (the actor's own name cannot score). CIs need at least 3 sentences.
    ``mentions`` needs ``sent_id``; without it, sentences are found from offsets.
    """
    if "sent_id" not in mentions.columns:
        mentions = mentions_with_sentences(mentions, scored)
    art = ["article_id"] if "article_id" in scored.columns and "article_id" in mentions else []
    pairs = mentions.dropna(subset=["sent_id"])[[*art, "sent_id", "actor_id"]].drop_duplicates()
    pairs = pairs.astype({"sent_id": "int64"})
    joined = pairs.merge(scored, on=[*art, "sent_id"], how="inner")
    return _summarise(joined, [*art, "actor_id"], seed, n_boot, ACTOR_MEASURES)


def _sign(values: np.ndarray, threshold: float) -> np.ndarray:
    return np.where(values > threshold, 1, np.where(values < -threshold, -1, 0))


# VADER's authors call compound >= 0.05 positive and <= -0.05 negative.
VADER_NEUTRAL = 0.05


def textblob_vader_agreement(scored: pd.DataFrame) -> pd.DataFrame:
    """How far the two lexicons agree, per article (if ``article_id``) and overall.

    ``agreement`` is the share of sentences given the same class (positive /
    neutral / negative; VADER neutral within +-0.05, TextBlob neutral at exactly
    0); ``sign_agreement`` the share with the same sign among sentences both call
    non-neutral; ``pearson`` and ``spearman`` correlate the raw scores.
    """
    groups: list[tuple[str, pd.DataFrame]] = []
    if "article_id" in scored.columns:
        groups = [(str(k), g) for k, g in scored.groupby("article_id", sort=True)]
    groups.append(("(all)", scored))
    rows = []
    for key, g in groups:
        tb = g["polarity"].to_numpy(float)
        vd = g["vader_compound"].to_numpy(float)
        s_tb, s_vd = _sign(tb, 0.0), _sign(vd, VADER_NEUTRAL)
        polar = (s_tb != 0) & (s_vd != 0)
        rows.append(
            (
                key,
                len(g),
                float((s_tb == s_vd).mean()) if len(g) else float("nan"),
                int(polar.sum()),
                float((s_tb[polar] == s_vd[polar]).mean()) if polar.any() else float("nan"),
                _corr(tb, vd),
                _corr(_ranks(tb), _ranks(vd)),
            )
        )
    cols = ["article_id", "n", "agreement", "n_both_polar", "sign_agreement", "pearson", "spearman"]
    return pd.DataFrame(rows, columns=cols)


def _ranks(values: np.ndarray) -> np.ndarray:
    return pd.Series(values).rank(method="average").to_numpy(float)


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])
