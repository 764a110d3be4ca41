"""Compare a person's mention without the title in front of the name.

Readers differ on whether "Syrian President Bashar al-Assad" is one span or a title before
the span "Bashar al-Assad", and the gazetteer writes some titles into its aliases. Where a
predicted and an annotated mention of the same person end at the same place and differ only
by words of title in front (``titles`` of ``name_patterns.yml``, any capitalised word such
as a demonym, "Mr"), the predicted span is taken as the annotated one. Nothing else moves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from newsframes.lexicons.name_patterns import load_name_patterns

_WORD = re.compile(r"\S+")


def title_words() -> frozenset[str]:
    """Every word of every title, case-folded and without a trailing full stop."""
    titles = load_name_patterns().titles
    return frozenset(w.casefold().rstrip(".") for t in titles for w in t.split())


def only_title(prefix: str, words: frozenset[str]) -> bool:
    """Whether ``prefix`` holds at least one word and only title words or capitalised words."""
    found = _WORD.findall(prefix)
    return bool(found) and all(w[0].isupper() or w.casefold().rstrip(".,") in words for w in found)


def align_person_spans(
    predicted: pd.DataFrame,
    reference: pd.DataFrame,
    texts: Mapping[str, str],
    persons: frozenset[str],
) -> pd.DataFrame:
    """``predicted`` (article_id, start, end, actor_id, ...) with the start of each mention of
    an actor in ``persons`` moved to that of a ``reference`` mention of the same actor that
    ends at the same place, where the words between the two starts are only a title."""
    words = title_words()
    keys = ["article_id", "start", "end", "actor_id"]
    by_end = {
        (a, e, i): s for a, s, e, i in reference[keys].itertuples(index=False) if i in persons
    }
    starts = []
    for a, s, e, i in predicted[keys].itertuples(index=False):
        other = by_end.get((a, e, i), s)
        prefix = texts[a][min(s, other) : max(s, other)]
        starts.append(other if other != s and only_title(prefix, words) else s)
    out = predicted.assign(start=starts)
    if "surface" in out.columns:
        out["surface"] = [
            texts[a][s:e]
            for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)
        ]
    return out
