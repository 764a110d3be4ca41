"""Checks for lesson 05, "Who speaks": statements, reporting verbs, anonymous sources."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
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
    columns = set(quotes.columns) if isinstance(quotes, pd.DataFrame) else set()
    if "article_id" in columns and set(quotes["article_id"]) != {ARTICLE}:
        return checks.wrong(
            "that is the statements table of every article (book.analysis().quotes). Extract "
            "the ITV report's own: sourcing.find_quotes(itv.text)."
        )
    if {"sent_id", "text"} <= columns and "speaker" not in columns:
        return checks.wrong(
            "that is the table of sentences (itv.sentences). Extract the statements from "
            "the text: sourcing.find_quotes(itv.text)."
        )
    problem = checks.frame_columns(quotes, ["speaker", "verb", "verb_class"], "`quotes`")
    if problem is not None:
        return problem
    expected = len(_quotes(ARTICLE))
    same = list(_quotes(ARTICLE)["verb"].fillna("")) == list(quotes["verb"].fillna(""))
    if len(quotes) == expected and not same:
        return checks.wrong(
            "`quotes` has the right number of rows but not the ITV report's verbs. Use "
            "sourcing.find_quotes(itv.text)."
        )
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
    expected = int((quotes["verb"] == "claim").sum())
    mistake = checks.known_mistake(
        n_claimed,
        expected,
        [
            (
                int((quotes["verb_class"] == "distancing").sum()),
                "that counts every distancing verb (the `verb_class` column). Count the rows "
                'whose `verb` is "claim".',
            ),
            (
                len(quotes),
                'that counts every statement. Keep the rows whose `verb` is "claim".',
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_claimed,
        expected,
        'the number of "claim" statements',
        'The verb column holds the verb\'s name ("claim"), not the form ("claimed").',
    )


@checks.guarded
def check_distancing_share(share: Any) -> checks.Result:
    """Share of ITV statements with a verb whose verb is distancing."""
    return _share(share, distancing_share(_quotes(ARTICLE)), _quotes(ARTICLE))


def _share(share: Any, expected: float, quotes: pd.DataFrame) -> checks.Result:
    """The distancing share of ``quotes``, with a hint for its likely slips."""
    verbed = quotes[quotes["verb"].notna()]
    mistake = checks.known_mistake(
        share,
        expected,
        [
            (100 * expected, "give a share between 0 and 1, not a percentage."),
            (
                float((verbed["verb_class"] == "neutral").mean()),
                'that is the share of neutral verbs. Compare `verb_class` with "distancing".',
            ),
            (
                float((quotes["verb_class"] == "distancing").mean()),
                "that divides by every statement. Divide by the statements that have a verb "
                "(`verb` not missing).",
            ),
            (
                int((verbed["verb_class"] == "distancing").sum()),
                "that is the number of distancing statements. Divide it by the statements "
                "with a verb.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        share,
        expected,
        "the distancing share",
        "Divide the distancing statements by the statements that have a verb "
        "(a share between 0 and 1, not a percentage).",
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
    counts, by_speaker = _anonymous_slips()
    for slip, hint in [
        (counts, "those are counts of anonymous statements. Take the mean, a share per article."),
        (
            by_speaker,
            "those compare `speaker_class`, how the speaker is first named. Compare "
            "`referent_class`, who the statement is finally attributed to.",
        ),
    ]:
        same_rows = set(got.index) == set(slip.index)
        if same_rows and _matches(got, slip) and not _matches(expected, slip):
            return checks.wrong(hint)
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


def _matches(got: pd.Series, other: pd.Series) -> bool:
    """Whether ``got`` has ``other``'s values on ``other``'s rows."""
    return bool(np.allclose(got.reindex(other.index).astype(float), other.astype(float)))


def _anonymous_slips() -> tuple[pd.Series, pd.Series]:
    """Per article: the count of anonymous statements, and the share by ``speaker_class``."""
    corpus = load_corpus()
    counts, by_speaker = {}, {}
    for aid, text in zip(corpus["id"], corpus["text"], strict=True):
        quotes = find_quotes(str(text))
        counts[str(aid)] = float((quotes["referent_class"] == "anonymous").sum())
        by_speaker[str(aid)] = (
            float((quotes["speaker_class"] == "anonymous").mean()) if len(quotes) else 0.0
        )
    return pd.Series(counts), pd.Series(by_speaker)


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
    expected = edited_share()
    mistake = checks.known_mistake(
        new_share,
        expected,
        [
            (
                distancing_share(_quotes(ARTICLE)),
                "that is the share before the edit, as the check above printed it. Extract "
                "the statements again with find_quotes(itv.text, path=verbs_copy).",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        new_share,
        edited_share(),
        'the distancing share with "claim" as neutral',
        'Set class: neutral for the verb "claim" in your COPY, save it, then run '
        "find_quotes(..., path=copy): the loader reads the edited file.",
    )


@checks.guarded
def check_pseudonyms(n_pseudonym: Any) -> checks.Result:
    """How many Guardian statements are attributed to a speaker who gave a pseudonym."""
    quotes = _quotes(OTHER_ARTICLE)
    expected = int((quotes["referent_class"] == "pseudonym").sum())
    mistake = checks.known_mistake(
        n_pseudonym,
        expected,
        [
            (
                int((quotes["speaker_class"] == "pseudonym").sum()),
                'that compares `speaker_class`, which misses the statements of "he" and '
                '"the 26-year-old". Count the rows whose `referent_class` is "pseudonym".',
            ),
            (
                int((quotes["referent_class"] == "anonymous").sum()),
                'that counts the anonymous statements. Count referent_class == "pseudonym".',
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_pseudonym,
        expected,
        "the number of statements by a pseudonymous speaker",
        'Count the Guardian rows whose referent_class is "pseudonym".',
    )
