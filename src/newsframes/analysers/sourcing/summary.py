"""Per-article sourcing profile: statements by kind, verb classes, anonymous and named
sources, and quoted words by the speaker's side."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.actors import load_actors
from newsframes.analysers.sourcing.article import STATEMENT_KINDS

# The share columns, one per epistemic class, present whether or not any verb has it.
VERB_CLASSES = ("neutral", "distancing", "endorsing", "adversarial")


def sourcing_summary(
    quotes: pd.DataFrame, n_words: int | Mapping[str, int] | pd.Series
) -> pd.DataFrame:
    """Per article: statements by kind, shares of verb classes and anonymous sources, quoted words.

    ``n_words`` is the article length (an int for a single article, or a mapping
    article_id -> words); statements and quoted words are also given per 1,000
    words. Shares of verb classes are among statements that have a verb
    (floating quotations have none); the anonymous share is among all.
    """
    if isinstance(n_words, int):
        lengths = {"": n_words}
        if "article_id" in quotes:
            ids = set(quotes["article_id"])
            if len(ids) > 1:
                raise ValueError("sourcing_summary: several articles need n_words per article_id")
            lengths = {next(iter(ids)) if ids else "": n_words}
    else:
        lengths = {str(k): int(v) for k, v in dict(n_words).items()}
    table = quotes if "article_id" in quotes else quotes.assign(article_id=next(iter(lengths)))
    # One column per side of the actor lexicon, present or not, so the columns do not
    # depend on which articles are summarised together.
    sides = sorted({a.side for a in load_actors().actors.values() if a.side})
    # Split the table once (row positions per article) instead of filtering it per article.
    groups: dict[Any, Any] = {}
    if len(table):
        groups = table.groupby("article_id", sort=False, dropna=True).indices
        has_verb = table["verb"].notna().to_numpy()
        verb_class = table["verb_class"].to_numpy(dtype=object)
        kind = table["kind"].to_numpy(dtype=object)
        quoted_words = table["quoted_words"].to_numpy(dtype=np.float64, na_value=np.nan)
        anonymous = (table["referent_class"] == "anonymous").to_numpy()
        named = table["referent_class"].isin(["named_person"]).to_numpy()
        speaker_side = table["speaker_side"]
        no_side = speaker_side.isna().to_numpy()
        of_side = {side: (speaker_side == side).to_numpy() for side in sides}
    empty = np.zeros(0, dtype=np.intp)
    rows = []
    for article_id, words in lengths.items():
        part = groups.get(article_id, empty)
        n = len(part)
        kinds: dict[Any, int] = {}
        classes: dict[Any, int] = {}
        n_with_verb = quoted = n_anonymous = n_named = 0
        by_side = dict.fromkeys(sides, 0)
        no_side_words = 0
        if n:
            for k in kind[part].tolist():
                kinds[k] = kinds.get(k, 0) + 1
            verbed = part[has_verb[part]]
            n_with_verb = len(verbed)
            for c in verb_class[verbed].tolist():
                classes[c] = classes.get(c, 0) + 1
            words_here = quoted_words[part]
            quoted = int(np.nansum(words_here))
            n_anonymous = int(anonymous[part].sum())
            n_named = int(named[part].sum())
            for side in sides:
                by_side[side] = int(np.nansum(words_here[of_side[side][part]]))
            no_side_words = int(np.nansum(words_here[no_side[part]]))
        row: dict[str, Any] = {
            "article_id": article_id,
            "n_words": words,
            "n_statements": n,
            "statements_per_1000": n * 1000 / words if words else float("nan"),
            **{f"n_{k}": kinds.get(k, 0) for k in STATEMENT_KINDS},
            **{
                f"share_{c}": (classes.get(c, 0) / n_with_verb) if n_with_verb else 0.0
                for c in VERB_CLASSES
            },
            "share_anonymous": n_anonymous / n if n else 0.0,
            "share_named": n_named / n if n else 0.0,
            "quoted_words": quoted,
            "quoted_words_per_1000": quoted * 1000 / words if words else float("nan"),
        }
        for side in sides:
            row[f"quoted_words_{side}"] = by_side[side]
        row["quoted_words_no_side"] = no_side_words
        rows.append(row)
    return pd.DataFrame(rows)
