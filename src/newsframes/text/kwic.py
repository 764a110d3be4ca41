"""Keyword in context (KWIC): any spans of a text shown with the characters either side.

A count is only as good as the words behind it, so the book shows every match it
counts (a frame indicator, a label, an actor's name) in context. The spans come
from anywhere: the rows of any table with ``start`` and ``end`` offsets into the
clean text.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

KWIC_COLUMNS = ["left", "match", "right"]
# Characters of context either side of a match, unless the caller asks for another width.
DEFAULT_WIDTH = 40
# Every white-space character but the space itself (line breaks, tabs, no-break spaces).
_FLAT = {i: " " for i in range(0x3001) if chr(i).isspace() and chr(i) != " "}


def flatten(text: str) -> str:
    """``text`` with line breaks, tabs and other white space as plain spaces.

    The length is unchanged, so every offset into the text still points at the same
    character; a context line never breaks in the middle.
    """
    return text.translate(_FLAT)


def in_context(text: str, start: int, end: int, width: int = DEFAULT_WIDTH) -> tuple[str, str, str]:
    """``(left, match, right)``: ``text[start:end]`` and up to ``width`` characters either side.

    White space is flattened to spaces (:func:`flatten`); nothing else is changed.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span ({start}, {end}) is outside a text of {len(text)} characters")
    flat = flatten(text[max(0, start - width) : end + width])
    left_len = start - max(0, start - width)
    match_len = end - start
    return flat[:left_len], flat[left_len : left_len + match_len], flat[left_len + match_len :]


def kwic(
    rows: pd.DataFrame,
    texts: Mapping[str, str] | pd.Series | str,
    *,
    width: int = DEFAULT_WIDTH,
    id_column: str = "article_id",
) -> pd.DataFrame:
    """``rows`` with ``left``, ``match`` and ``right`` columns added, for reading each span.

    ``rows`` needs ``start`` and ``end`` offsets into the clean text. ``texts`` is one
    text, or the texts by article id, as a mapping or a Series (then ``rows`` also needs
    ``id_column``).
    """
    needed = ["start", "end"] if isinstance(texts, str) else [id_column, "start", "end"]
    missing = [c for c in needed if c not in rows.columns]
    if missing:
        raise ValueError(
            f"kwic needs the column(s) {', '.join(missing)}; the table has: "
            f"{', '.join(map(str, rows.columns))}"
        )
    if isinstance(texts, str):
        sources = [texts] * len(rows)
    else:
        by_id = dict(texts.items())
        unknown = sorted(set(rows[id_column]) - set(by_id))
        if unknown:
            raise KeyError(f"no text for {', '.join(map(str, unknown))}")
        sources = [by_id[i] for i in rows[id_column]]
    lines = [
        in_context(text, int(s), int(e), width)
        for text, s, e in zip(sources, rows["start"], rows["end"], strict=True)
    ]
    out = rows.copy()
    for k, column in enumerate(KWIC_COLUMNS):
        out[column] = [line[k] for line in lines]
    return out
