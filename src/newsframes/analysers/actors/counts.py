"""Tables derived from the mentions: actors named together, and mentions per 1,000 words."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

CO_MENTION_COLUMNS = ["article_id", "sent_id", "actor_a", "actor_b"]
COUNT_BY = ("actor_id", "actor_type", "side")


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of distinct actors named in the same sentence: one row per pair per sentence.

    Needs ``sent_id`` (and ``article_id`` when there are several articles), as
    made by :func:`corpus_mentions`; ``actor_a`` sorts before ``actor_b``.
    """
    article = (
        mentions["article_id"] if "article_id" in mentions else pd.Series("", index=mentions.index)
    )
    keys = pd.DataFrame(
        {"article_id": article, "sent_id": mentions["sent_id"], "actor_id": mentions["actor_id"]}
    ).drop_duplicates()
    pairs = keys.merge(keys, on=["article_id", "sent_id"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["actor_id_a"] < pairs["actor_id_b"]]
    pairs = pairs.rename(columns={"actor_id_a": "actor_a", "actor_id_b": "actor_b"})
    return pairs.sort_values(CO_MENTION_COLUMNS, ignore_index=True)[CO_MENTION_COLUMNS]


def actor_counts(
    mentions: pd.DataFrame,
    n_words: Mapping[str, int] | pd.Series | int,
    by: str = "actor_id",
) -> pd.DataFrame:
    """Mentions per article and per 1,000 words, by ``actor_id``, ``actor_type`` or ``side``.

    ``n_words`` maps article_id to its word count (``len(text.tokenize(text))``),
    or is one number for a single article. Every article x value pair is listed,
    zeros included, so rates compare across articles; a missing side is "none".
    """
    if by not in COUNT_BY:
        raise ValueError(f"by must be actor_id, actor_type or side, not {by!r}")
    frame = mentions.copy()
    if "article_id" not in frame:
        frame["article_id"] = ""
    if isinstance(n_words, int):
        words = {aid: n_words for aid in frame["article_id"].unique()} or {"": n_words}
    else:
        words = dict(n_words.items())
    missing = set(frame["article_id"]) - set(words)
    if missing:
        raise ValueError(f"no word count for articles: {sorted(missing)}")
    frame[by] = frame[by].fillna("none")
    counts = frame.groupby(["article_id", by]).size()
    values = sorted(frame[by].unique())
    index = pd.MultiIndex.from_product([list(words), values], names=["article_id", by])
    out = counts.reindex(index, fill_value=0).rename("count").reset_index()
    out["n_words"] = out["article_id"].map(words).astype("int64")
    out["per_1000"] = out["count"] * 1000 / out["n_words"]
    return out[["article_id", by, "count", "n_words", "per_1000"]]
