"""Checks for lesson 04, "Sentiment and its limits": scores, disagreements, drivers, masking."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from newsframes.analysers.actors import find_mentions
from newsframes.analysers.sentiment import (
    drivers_long,
    mentions_with_sentences,
    score_sentences,
)
from newsframes.analysers.sentiment.scorers import textblob_scores, vader_compound
from newsframes.analysers.sentiment.summary import VADER_NEUTRAL
from newsframes.book import checks
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import split_sentences

ARTICLE = "itv-2014-khateeb"
OTHER_ARTICLE = "asharq-2011-airforce-defections"
# The sentence the first exercise scores, found by its opening words.
FIRST_WORDS = "Men, he claimed"
FSA = "free_syrian_army"


@lru_cache(maxsize=4)
def article_text(article_id: str) -> str:
    """The clean text of one article of the corpus."""
    corpus = load_corpus().set_index("id")
    return str(corpus.loc[article_id, "text"])


@lru_cache(maxsize=4)
def _scored(article_id: str) -> pd.DataFrame:
    return score_sentences(article_text(article_id))


def sentence_starting(article_id: str, first_words: str) -> str:
    """The first sentence of the article that begins with ``first_words``."""
    sents = split_sentences(article_text(article_id))
    return str(sents.loc[sents["text"].str.startswith(first_words), "text"].iloc[0])


def _ids(answer: Any) -> list[int]:
    """Sentence ids from a DataFrame (its ``sent_id`` column) or from a list of ids."""
    if isinstance(answer, pd.DataFrame):
        if "sent_id" not in answer.columns:
            raise ValueError("the table has no sent_id column; keep the rows of `scored` whole")
        return [int(v) for v in answer["sent_id"]]
    return [int(v) for v in answer]


@checks.guarded
def check_two_scores(tb_polarity: Any, vader_score: Any) -> checks.Result:
    """TextBlob polarity and VADER compound of the sentence "Men, he claimed, ..."."""
    sentence = sentence_starting(ARTICLE, FIRST_WORDS)
    tb = checks.number(
        tb_polarity,
        textblob_scores([sentence])[0][0],
        "TextBlob's polarity",
        "Use PatternAnalyzer().analyze(sentence).polarity on exactly this sentence.",
        tolerance=1e-3,
    )
    if not tb.passed:
        return tb
    vd = checks.number(
        vader_score,
        vader_compound(sentence),
        "VADER's compound score",
        'Use SentimentIntensityAnalyzer().polarity_scores(sentence)["compound"].',
        tolerance=1e-3,
    )
    if not vd.passed:
        return vd
    return checks.correct(f"TextBlob says {tb_polarity:+.2f}, VADER says {vader_score:+.2f}.")


@checks.guarded
def check_scored(scored: Any) -> checks.Result:
    """The sentence table of the ITV article from ``sentiment.score_sentences``."""
    problem = checks.frame_columns(scored, ["sent_id", "polarity", "vader_compound"], "`scored`")
    if problem is not None:
        return problem
    expected = _scored(ARTICLE)
    if len(scored) != len(expected):
        return checks.wrong(
            f"`scored` has {len(scored)} rows, but the ITV article has {len(expected)} sentences. "
            "Score the clean text: sentiment.score_sentences(itv.text)."
        )
    return checks.correct(f"one row per sentence, {len(expected)} in all.")


def disagreements(scored: pd.DataFrame) -> list[int]:
    """Sentences one lexicon calls positive and the other negative (VADER beyond +-0.05)."""
    tb, vd = scored["polarity"], scored["vader_compound"]
    mask = ((tb > 0) & (vd <= -VADER_NEUTRAL)) | ((tb < 0) & (vd >= VADER_NEUTRAL))
    return [int(v) for v in scored.loc[mask, "sent_id"]]


@checks.guarded
def check_disagreements(disagree: Any) -> checks.Result:
    """The ITV sentences where TextBlob and VADER point in opposite directions."""
    return checks.same_items(
        _ids(disagree),
        disagreements(_scored(ARTICLE)),
        "sentences where the two lexicons disagree",
        "Keep rows with polarity > 0 and vader_compound <= -0.05, or polarity < 0 and "
        "vader_compound >= 0.05; combine the two conditions with |, each in brackets.",
    )


@checks.guarded
def check_unscored(n_unscored: Any) -> checks.Result:
    """How many ITV sentences hold no word of TextBlob's lexicon at all."""
    scored = _scored(ARTICLE)
    expected = int((~scored["has_hit"]).sum())
    return checks.number(
        n_unscored,
        expected,
        "the number of sentences without a TextBlob word",
        "Count the rows where has_hit is False (polarity 0 can also come from words that cancel).",
    )


@checks.guarded
def check_top_driver(top_word: Any) -> checks.Result:
    """The word (or phrase) with the highest TextBlob polarity in the ITV article."""
    drivers = drivers_long(_scored(ARTICLE))
    best = drivers.loc[drivers["polarity"] == drivers["polarity"].max(), "words"]
    expected = sorted(set(best))
    if not isinstance(top_word, str):
        return checks.wrong("`top_word` should be text, e.g. a value from the `words` column.")
    if top_word.strip().lower() in expected:
        return checks.correct(f"{top_word!r} scores {drivers['polarity'].max():+.2f}.")
    return checks.wrong(
        f"{top_word!r} is not the strongest positive driver. Sort the drivers table by "
        "polarity, highest first, and take the `words` of the first row."
    )


def fsa_mean_polarity(article_id: str = ARTICLE) -> float:
    """Mean TextBlob polarity of the sentences that mention the Free Syrian Army (each once)."""
    scored = _scored(article_id)
    mentions = mentions_with_sentences(find_mentions(article_text(article_id)), scored)
    ids = set(mentions.loc[mentions["actor_id"] == FSA, "sent_id"].dropna().astype(int))
    return float(scored.loc[scored["sent_id"].isin(ids), "polarity"].mean())


@checks.guarded
def check_fsa_mean(fsa_mean: Any) -> checks.Result:
    """The bug hunt: mean polarity of the sentences that mention the FSA."""
    return checks.number(
        fsa_mean,
        fsa_mean_polarity(),
        "the mean polarity of the FSA sentences",
        "Match sentences by their sent_id, not by the row numbers (index) of `mentions`; "
        "a sentence that names the FSA twice counts once.",
        tolerance=1e-6,
    )


def masking_changes(article_id: str, column: str = "vader_compound") -> list[int]:
    """Sentences whose score (``column``) changes when actor names are masked."""
    scored = _scored(article_id)
    masked = {"polarity": "polarity_masked", "vader_compound": "vader_masked"}[column]
    return [int(v) for v in scored.loc[scored[column] != scored[masked], "sent_id"]]


@checks.guarded
def check_itv_masking(changed: Any) -> checks.Result:
    """ITV sentences whose TextBlob polarity changes when names are masked."""
    return checks.same_items(
        _ids(changed),
        masking_changes(ARTICLE, "polarity"),
        "sentences whose TextBlob score changes under masking",
        "Compare the columns polarity and polarity_masked with !=.",
    )


@checks.guarded
def check_other_masking(n_changed: Any) -> checks.Result:
    """How many Asharq Al-Awsat sentences change their VADER score when names are masked."""
    return checks.number(
        n_changed,
        len(masking_changes(OTHER_ARTICLE, "vader_compound")),
        "the number of Asharq Al-Awsat sentences whose VADER score changes",
        "Score the Asharq Al-Awsat text and compare vader_compound with vader_masked.",
    )
