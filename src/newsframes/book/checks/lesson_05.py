"""Checks for lesson 05, "Who speaks": statements, reporting verbs, anonymous sources."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from newsframes.analysers.sourcing import find_quotes
from newsframes.book import checks
from newsframes.book.checks.lesson_04 import article_text
from newsframes.corpus.articles import load_corpus
from newsframes.lexicons.loader import lexicon_path

ARTICLE = "itv-2014-khateeb"
OTHER_ARTICLE = "guardian-2017-is-defectors"
# The edit the lesson asks for: "claim" moved from distancing to neutral.
EDITED_VERB, EDITED_CLASS = "claim", "neutral"


@lru_cache(maxsize=4)
def _quotes(article_id: str) -> pd.DataFrame:
    return find_quotes(article_text(article_id))


def distancing_share(quotes: pd.DataFrame) -> float:
    """Share of statements with a reporting verb whose verb is distancing."""
    verbed = quotes[quotes["verb"].notna()]
    return float((verbed["verb_class"] == "distancing").mean()) if len(verbed) else 0.0


@checks.guarded
def check_quotes(quotes: Any) -> checks.Result:
    """The statements table of the ITV article."""
    problem = checks.frame_columns(quotes, ["speaker", "verb", "verb_class"], "`quotes`")
    if problem is not None:
        return problem
    expected = len(_quotes(ARTICLE))
    if len(quotes) != expected:
        return checks.wrong(
            f"`quotes` has {len(quotes)} rows, not the {expected} statements of the ITV "
            "article. Use sourcing.find_quotes(itv.text) on the clean text."
        )
    return checks.correct(f"{expected} attributed statements.")


@checks.guarded
def check_claimed(n_claimed: Any) -> checks.Result:
    """How many ITV statements are introduced by a form of "claim"."""
    quotes = _quotes(ARTICLE)
    return checks.number(
        n_claimed,
        int((quotes["verb"] == "claim").sum()),
        'the number of "claim" statements',
        'The verb column holds the verb\'s name ("claim"), not the form ("claimed").',
    )


@checks.guarded
def check_distancing_share(share: Any) -> checks.Result:
    """Share of ITV statements with a verb whose verb is distancing."""
    return checks.number(
        share,
        distancing_share(_quotes(ARTICLE)),
        "the distancing share",
        "Divide the distancing statements by the statements that have a verb "
        "(a share between 0 and 1, not a percentage).",
        tolerance=1e-3,
    )


def anonymous_shares() -> pd.Series:
    """Per article: the share of statements whose speaker is an anonymous source."""
    corpus = load_corpus()
    shares = {}
    for aid, text in zip(corpus["id"], corpus["text"], strict=True):
        quotes = find_quotes(str(text))
        shares[str(aid)] = (
            float((quotes["referent_class"] == "anonymous").mean()) if len(quotes) else 0.0
        )
    return pd.Series(shares)


@checks.guarded
def check_anonymous_shares(shares: Any) -> checks.Result:
    """The share of anonymous statements per article (a Series or dict by article id)."""
    if isinstance(shares, pd.DataFrame) or not isinstance(shares, pd.Series | Mapping):
        return checks.wrong(
            "`shares` should be a Series (or dict) from article id to share, e.g. the result "
            "of a groupby on article_id."
        )
    got = pd.Series(dict(shares), dtype=float)
    expected = anonymous_shares()
    missing = sorted(set(expected.index) - set(got.index))
    if missing:
        return checks.wrong(f"no share for {missing[0]}. Group the statements by article_id.")
    for aid, value in expected.to_dict().items():
        mine = float(got.to_dict()[aid])
        if abs(mine - value) > 1e-3:
            return checks.wrong(
                f"the share for {aid} is not {mine:.2f}. Compare referent_class "
                '(who the statement is finally attributed to) with "anonymous" and take the mean.'
            )
    return checks.correct(
        f"{int((expected == 1).sum())} article(s) rely on anonymous sources only."
    )


def edited_share(article_id: str = ARTICLE) -> float:
    """The distancing share after moving ``EDITED_VERB`` to ``EDITED_CLASS`` in a copy."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "reporting_verbs.yml"
        shutil.copy(lexicon_path("reporting_verbs"), copy)
        doc = yaml.safe_load(copy.read_text(encoding="utf-8"))
        for entry in doc["verbs"]:
            if entry["verb"] == EDITED_VERB:
                entry["class"] = EDITED_CLASS
        copy.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        share = distancing_share(find_quotes(article_text(article_id), path=copy))
    return share


@checks.guarded
def check_edited_share(new_share: Any) -> checks.Result:
    """The ITV distancing share with "claim" reclassified as neutral in a copy of the lexicon."""
    return checks.number(
        new_share,
        edited_share(),
        'the distancing share with "claim" as neutral',
        'Set class: neutral for the verb "claim" in your COPY, save it, then run '
        "find_quotes(..., path=copy): the loader reads the edited file.",
        tolerance=1e-3,
    )


@checks.guarded
def check_pseudonyms(n_pseudonym: Any) -> checks.Result:
    """How many Guardian statements are attributed to a speaker who gave a pseudonym."""
    quotes = _quotes(OTHER_ARTICLE)
    return checks.number(
        n_pseudonym,
        int((quotes["referent_class"] == "pseudonym").sum()),
        "the number of statements by a pseudonymous speaker",
        'Count the Guardian rows whose referent_class is "pseudonym".',
    )
