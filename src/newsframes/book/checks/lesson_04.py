"""Checks for lesson 04, "Sentiment and its limits": scores, disagreements, drivers, masking.

The checks of the first section (one sentence, the sentence table) live in
``lesson_04_scores``; they are imported here so that the lesson calls every check from
``lesson_04``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from newsframes.analysers.actors import find_mentions
from newsframes.analysers.sentiment import drivers_long, mentions_with_sentences
from newsframes.analysers.sentiment.summary import VADER_NEUTRAL
from newsframes.book import checks
from newsframes.book.checks.lesson_04_scores import (
    ARTICLE,
    FIRST_WORDS,
    SECOND_WORDS,
    article_text,
    check_scored,
    check_two_scores,
    kept_rows,
    raw_text,
    scored_article,
    sentence_starting,
    vader_dict,
)

__all__ = [
    "ARTICLE",
    "FIRST_WORDS",
    "FSA",
    "OTHER_ARTICLE",
    "SECOND_WORDS",
    "article_text",
    "buggy_fsa_mean",
    "check_disagreements",
    "check_fsa_mean",
    "check_itv_masking",
    "check_other_masking",
    "check_scored",
    "check_top_driver",
    "check_two_scores",
    "check_unscored",
    "disagreements",
    "fsa_mean_polarity",
    "masking_changes",
    "raw_text",
    "scored_article",
    "sentence_starting",
    "vader_dict",
]

OTHER_ARTICLE = "asharq-2011-airforce-defections"
FSA = "free_syrian_army"


def disagreements(scored: pd.DataFrame) -> list[int]:
    """Sentences one lexicon calls positive and the other negative (VADER beyond +-0.05)."""
    tb, vd = scored["polarity"], scored["vader_compound"]
    mask = ((tb > 0) & (vd <= -VADER_NEUTRAL)) | ((tb < 0) & (vd >= VADER_NEUTRAL))
    return [int(v) for v in scored.loc[mask, "sent_id"]]


def _one_direction(scored: pd.DataFrame) -> tuple[list[int], list[int]]:
    tb, vd = scored["polarity"], scored["vader_compound"]
    up = scored.loc[(tb > 0) & (vd <= -VADER_NEUTRAL), "sent_id"]
    down = scored.loc[(tb < 0) & (vd >= VADER_NEUTRAL), "sent_id"]
    return [int(v) for v in up], [int(v) for v in down]


@checks.guarded
def check_disagreements(disagree: Any) -> checks.Result:
    """The ITV sentences where TextBlob and VADER point in opposite directions (the rows)."""
    ids = kept_rows(disagree, "disagree", ["polarity", "vader_compound"])
    if isinstance(ids, checks.Result):
        return ids
    scored = scored_article(ARTICLE)
    expected = disagreements(scored)
    masked = scored.rename(
        columns={"polarity": "raw_polarity", "vader_compound": "raw_vader"}
    ).rename(columns={"polarity_masked": "polarity", "vader_masked": "vader_compound"})
    up, down = _one_direction(scored)
    mistake = checks.known_mistake(
        sorted(set(ids)),
        sorted(expected),
        [
            (
                sorted(up),
                "you kept one direction only (TextBlob up, VADER down). Add the "
                "other with |: (polarity < 0) & (vader_compound >= 0.05).",
            ),
            (
                sorted(down),
                "you kept one direction only (TextBlob down, VADER up). Add the "
                "other with |: (polarity > 0) & (vader_compound <= -0.05).",
            ),
            (
                sorted(disagreements(masked)),
                "you compared the masked scores. Use the columns polarity and vader_compound.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.same_items(
        ids,
        expected,
        "sentences where the two lexicons disagree",
        "Keep rows with polarity > 0 and vader_compound <= -0.05, or polarity < 0 and "
        "vader_compound >= 0.05; combine the two conditions with |, each in brackets.",
    )


@checks.guarded
def check_unscored(n_unscored: Any) -> checks.Result:
    """How many ITV sentences hold no word of TextBlob's lexicon at all."""
    scored = scored_article(ARTICLE)
    expected = int((~scored["has_hit"]).sum())
    mistake = checks.known_mistake(
        n_unscored,
        expected,
        [
            (
                int((scored["polarity"] == 0).sum()),
                "that counts the sentences with polarity 0, as the table shows them; some "
                "found words that cancel out. Count the rows where has_hit is False.",
            ),
            (
                int(scored["has_hit"].sum()),
                "that counts the sentences WITH a TextBlob word. Count has_hit == False "
                "(or ~scored['has_hit']).",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_unscored,
        expected,
        "the number of sentences without a TextBlob word",
        "Count the rows where has_hit is False (polarity 0 can also come from words that cancel).",
    )


@checks.guarded
def check_top_driver(top_word: Any) -> checks.Result:
    """The word (or phrase) with the highest TextBlob polarity in the ITV article."""
    drivers = drivers_long(scored_article(ARTICLE))
    best = drivers.loc[drivers["polarity"] == drivers["polarity"].max(), "words"]
    worst = drivers.loc[drivers["polarity"] == drivers["polarity"].min(), "words"]
    expected = sorted(set(best))
    if not isinstance(top_word, str):
        return checks.wrong("`top_word` should be text, e.g. a value from the `words` column.")
    answer = top_word.strip().lower()
    if answer in expected:
        return checks.correct(f"{top_word!r} scores {drivers['polarity'].max():+.2f}.")
    if answer in set(worst) - set(best):
        return checks.wrong(
            f"{top_word!r} is the most NEGATIVE driver. Sort by polarity from highest to "
            "lowest (ascending=False)."
        )
    if any(answer.startswith(word) and answer != word for word in expected):
        return checks.wrong(
            "give the word alone, the value of the `words` column, not the `drivers` text "
            "with its score."
        )
    return checks.wrong(
        f"{top_word!r} is not the strongest positive driver. Sort the drivers table by "
        "polarity, highest first, and take the `words` of the first row."
    )


def _fsa_sentences(article_id: str = ARTICLE) -> pd.DataFrame:
    """The scored sentences that mention the Free Syrian Army, each once."""
    scored = scored_article(article_id)
    mentions = mentions_with_sentences(find_mentions(article_text(article_id)), scored)
    ids = set(mentions.loc[mentions["actor_id"] == FSA, "sent_id"].dropna().astype(int))
    return scored[scored["sent_id"].isin(ids)]


def fsa_mean_polarity(article_id: str = ARTICLE) -> float:
    """Mean TextBlob polarity of the sentences that mention the Free Syrian Army (each once)."""
    return float(_fsa_sentences(article_id)["polarity"].mean())


def buggy_fsa_mean(article_id: str = ARTICLE) -> float:
    """What the bug hunt's cell prints: sentences picked by the mentions' row numbers."""
    mentions = find_mentions(article_text(article_id))
    rows = mentions.index[mentions["actor_id"] == FSA]
    return float(scored_article(article_id).loc[rows, "polarity"].mean())


@checks.guarded
def check_fsa_mean(fsa_mean: Any) -> checks.Result:
    """The bug hunt: mean polarity of the sentences that mention the FSA."""
    expected = fsa_mean_polarity()
    sentences = _fsa_sentences()
    mistake = checks.known_mistake(
        fsa_mean,
        expected,
        [
            (
                buggy_fsa_mean(),
                "that is the number the buggy cell prints. Match sentences by their sent_id, "
                "not by the row numbers (index) of `mentions`.",
            ),
            (
                float(sentences["vader_compound"].mean()),
                "that is the mean of VADER's compound score. The exercise asks for TextBlob's "
                "`polarity`.",
            ),
            (
                float(sentences["subjectivity"].mean()),
                "that is the mean subjectivity. Take the `polarity` column.",
            ),
            (
                float(sentences["polarity_masked"].mean()),
                "that is the mean of the masked polarity. Take the `polarity` column.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        fsa_mean,
        expected,
        "the mean polarity of the FSA sentences",
        "Match sentences by their sent_id, not by the row numbers (index) of `mentions`; "
        "a sentence that names the FSA twice counts once.",
    )


def masking_changes(article_id: str, column: str = "vader_compound") -> list[int]:
    """Sentences whose score (``column``) changes when actor names are masked."""
    scored = scored_article(article_id)
    masked = {"polarity": "polarity_masked", "vader_compound": "vader_masked"}[column]
    return [int(v) for v in scored.loc[scored[column] != scored[masked], "sent_id"]]


@checks.guarded
def check_itv_masking(changed: Any) -> checks.Result:
    """The rows of the ITV sentences whose TextBlob polarity changes when names are masked."""
    ids = kept_rows(changed, "changed", ["polarity", "polarity_masked"])
    if isinstance(ids, checks.Result):
        return ids
    scored = scored_article(ARTICLE)
    expected = masking_changes(ARTICLE, "polarity")
    with_names = [int(v) for v in scored.loc[scored["n_masked"] > 0, "sent_id"]]
    mistake = checks.known_mistake(
        sorted(set(ids)),
        sorted(expected),
        [
            (
                sorted(with_names),
                "those are all the sentences with a masked name (n_masked > 0). Keep the ones "
                "whose polarity changed: polarity != polarity_masked.",
            )
        ],
    )
    if mistake is not None:
        return mistake
    return checks.same_items(
        ids,
        expected,
        "sentences whose TextBlob score changes under masking",
        "Compare the columns polarity and polarity_masked with !=.",
    )


@checks.guarded
def check_other_masking(n_changed: Any) -> checks.Result:
    """How many Asharq Al-Awsat sentences change their VADER score when names are masked."""
    expected = len(masking_changes(OTHER_ARTICLE, "vader_compound"))
    mistake = checks.known_mistake(
        n_changed,
        expected,
        [
            (
                len(masking_changes(OTHER_ARTICLE, "polarity")),
                "that counts the sentences whose TextBlob polarity changes. The exercise asks "
                "for VADER: compare vader_compound with vader_masked.",
            ),
            (
                len(masking_changes(ARTICLE, "vader_compound")),
                "that is the ITV count. Score the Asharq Al-Awsat text (asharq.text).",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_changed,
        expected,
        "the number of Asharq Al-Awsat sentences whose VADER score changes",
        "Score the Asharq Al-Awsat text and compare vader_compound with vader_masked.",
    )
