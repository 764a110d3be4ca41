"""Frame scores: per article and frame, hits, hits per 1,000 words and sentences with a hit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from newsframes.lexicons.frames import FrameLexicon, load_frames


def _per_group(
    value: int | Mapping[Any, int] | pd.Series | None, groups: list[Any], name: str
) -> pd.Series:
    if value is None:
        return pd.Series(np.nan, index=groups, dtype=float)
    if isinstance(value, (int, np.integer)):
        return pd.Series(int(value), index=groups)
    series = pd.Series(value) if not isinstance(value, pd.Series) else value
    missing = [g for g in groups if g not in series.index]
    if missing:
        raise ValueError(f"{name} has no value for {missing[:5]}; pass one for every article")
    return series.loc[groups]


def frame_scores(
    hits: pd.DataFrame,
    n_words: int | Mapping[Any, int] | pd.Series,
    n_sentences: int | Mapping[Any, int] | pd.Series | None = None,
    *,
    by: str | None = "article_id",
    lexicon: FrameLexicon | None = None,
) -> pd.DataFrame:
    """Per article (``by``) and frame: hits, hits per 1,000 words, sentences with a hit, share.

    Every frame of the lexicon gets a row, with zeros where it has no hit; every
    article in ``n_words`` (a number when ``by`` is None) gets rows even without
    hits. ``share`` is sentences with a hit / ``n_sentences`` (NaN if not given).
    """
    lex = lexicon or load_frames()
    frames = lex.frame_ids()
    frames += [f for f in pd.unique(hits["frame"]) if f not in lex.frames]
    if by is None:
        groups: list[Any] = [None]
        keys = pd.Series([None] * len(hits), index=hits.index, dtype=object)
        if not isinstance(n_words, (int, np.integer)):
            raise ValueError("with by=None pass n_words (and n_sentences) as numbers")
    else:
        if isinstance(n_words, (int, np.integer)):
            raise ValueError(f"pass n_words per {by} (a mapping or Series), or by=None")
        groups = list(n_words.keys()) if isinstance(n_words, Mapping) else list(n_words.index)
        unknown = set(pd.unique(hits[by])) - set(groups) if len(hits) else set()
        if unknown:
            raise ValueError(f"hits for {sorted(unknown)[:5]} but no n_words for them")
        keys = hits[by]
    words = _per_group(n_words, groups, "n_words")
    sents = _per_group(n_sentences, groups, "n_sentences")
    index = pd.MultiIndex.from_product([range(len(groups)), frames], names=["g", "frame"])
    position = {g: i for i, g in enumerate(groups)}
    g = keys.map(position) if by is not None else pd.Series(0, index=hits.index)
    grouped = pd.DataFrame({"g": g, "frame": hits["frame"], "sent_id": hits["sent_id"]})
    counts = grouped.groupby(["g", "frame"]).size().reindex(index, fill_value=0)
    with_hit = grouped.groupby(["g", "frame"])["sent_id"].nunique().reindex(index, fill_value=0)
    gi = index.get_level_values("g").to_numpy()
    out = pd.DataFrame(
        {
            "frame": index.get_level_values("frame"),
            "kind": [
                lex.frames[f].kind if f in lex.frames else "" for f in index.get_level_values(1)
            ],
            "hits": counts.to_numpy(),
            "per_1000": counts.to_numpy() * 1000 / words.to_numpy()[gi],
            "sentences": with_hit.to_numpy(),
            "share": with_hit.to_numpy() / sents.to_numpy(dtype=float)[gi],
            "n_words": words.to_numpy()[gi],
            "n_sentences": sents.to_numpy()[gi],
        }
    )
    if by is not None:
        out.insert(0, by, [groups[i] for i in gi])
    return out
