"""Actor names taken out of a text: "Free" in Free Syrian Army is not sentiment."""

from __future__ import annotations

import pandas as pd


def mask_mentions(
    text: str, mentions: pd.DataFrame, placeholder: str = "ACTOR", offset: int = 0
) -> str:
    """``text`` with every mention replaced by ``placeholder``: "Free" in a name is not sentiment.

    ``offset`` is where ``text`` starts in the article the mention offsets refer
    to, so a sentence can be masked with the article's mentions; mentions outside
    it are ignored.
    """
    if len(mentions) == 0:
        return text
    starts = mentions["start"].to_numpy() - offset
    ends = mentions["end"].to_numpy() - offset
    keep = (starts >= 0) & (ends <= len(text))
    pieces = []
    cursor = 0
    for s, e in sorted(zip(starts[keep].tolist(), ends[keep].tolist(), strict=True)):
        if s < cursor:
            continue
        pieces.append(text[cursor:s])
        pieces.append(placeholder)
        cursor = e
    pieces.append(text[cursor:])
    return "".join(pieces)
