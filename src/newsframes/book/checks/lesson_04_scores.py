"""Checks for the first section of lesson 04, "Sentiment and its limits": one sentence scored
with both tools by hand, then the sentence table of the whole article.

Also the data the other lesson 04 checks share: the ITV article, its scored sentences, and
the rows a student keeps from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes.analysers.sentiment import score_sentences
from newsframes.analysers.sentiment.scorers import textblob_scores
from newsframes.book import checks
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import split_sentences

ARTICLE = "itv-2014-khateeb"
# The sentences the first exercise scores, found by their opening words. In the first,
# TextBlob finds no word (polarity and subjectivity 0); in the second the two differ.
FIRST_WORDS = "Men, he claimed"
SECOND_WORDS = "He had become steadily"


@lru_cache(maxsize=4)
def article_text(article_id: str) -> str:
    """The clean text of one article of the corpus."""
    corpus = load_corpus().set_index("id")
    return str(corpus.loc[article_id, "text"])


@lru_cache(maxsize=4)
def raw_text(article_id: str) -> str:
    """The raw text of one article of the corpus, as received."""
    corpus = load_corpus().set_index("id")
    return str(corpus.loc[article_id, "raw_text"])


@lru_cache(maxsize=4)
def scored_article(article_id: str) -> pd.DataFrame:
    """The sentence table of one article (``score_sentences``), computed once: do not modify."""
    return score_sentences(article_text(article_id))


def sentence_starting(article_id: str, first_words: str) -> str:
    """The first sentence of the article that begins with ``first_words``."""
    sents = split_sentences(article_text(article_id))
    return str(sents.loc[sents["text"].str.startswith(first_words), "text"].iloc[0])


def kept_rows(answer: Any, name: str, columns: list[str]) -> list[int] | checks.Result:
    """The sentence ids of ``answer`` if it holds rows of the ITV sentence table (with
    ``columns`` as scored); otherwise the hint. A list of typed ids is refused: the exercise
    asks for the rows."""
    if not isinstance(answer, pd.DataFrame):
        return checks.wrong(
            f"`{name}` should be rows of `scored` (a DataFrame: scored[condition]), not "
            f"{type(answer).__name__}."
        )
    problem = checks.frame_columns(answer, ["sent_id", *columns], f"`{name}`")
    if problem is not None:
        return problem
    expected = scored_article(ARTICLE).set_index("sent_id")
    ids = [int(v) for v in answer["sent_id"]]
    if not set(ids) <= set(expected.index):
        return checks.wrong(f"`{name}` has sentence ids the ITV article does not have.")
    for column in columns:
        want = expected.loc[ids, column].astype(float).to_numpy()
        if not np.allclose(answer[column].astype(float).to_numpy(), want, atol=1e-9):
            return checks.wrong(
                f"the `{column}` values of `{name}` are not those of `scored`. Keep its rows "
                "as they are: select them with a condition."
            )
    return ids


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def vader_dict(sentence: str) -> dict[str, float]:
    """What VADER's ``polarity_scores`` returns for ``sentence``: neg, neu, pos, compound."""
    return dict(_vader().polarity_scores(sentence))


def _vader_dict_problem(vader_scores: Any, sentence: str) -> checks.Result | None:
    """``None`` if ``vader_scores`` is VADER's dict of ``sentence``; otherwise the hint."""
    if not isinstance(vader_scores, Mapping):
        return checks.wrong(
            "`vader_scores` should be the dict `vader.polarity_scores(sentence)` returns, not "
            f"{type(vader_scores).__name__}."
        )
    expected = vader_dict(sentence)
    if set(vader_scores) != set(expected):
        return checks.wrong(
            f"`vader_scores` has the keys {sorted(map(str, vader_scores))}; VADER's dict has "
            f"{sorted(expected)}. Keep the whole result of polarity_scores(sentence)."
        )
    if any(abs(float(vader_scores[k]) - v) > 1e-9 for k, v in expected.items()):
        return checks.wrong(
            "`vader_scores` is VADER's dict of another text. Score `sentence`, the one the "
            "cell above picked."
        )
    return None


@checks.guarded
def check_two_scores(
    tb_polarity: Any, vader_score: Any, vader_scores: Any, tb_second: Any
) -> checks.Result:
    """The sentence "Men, he claimed, ...": TextBlob's polarity, VADER's whole dict and its
    compound score; and TextBlob's polarity of a second sentence, where polarity and
    subjectivity differ (in the first both are 0, so the second tells them apart)."""
    sentence = sentence_starting(ARTICLE, FIRST_WORDS)
    problem = _vader_dict_problem(vader_scores, sentence)
    if problem is not None:
        return problem
    scores = vader_dict(sentence)
    shares = [
        (
            scores[key],
            f"`vader_score` is VADER's {key!r} share, not the compound score: take "
            'vader_scores["compound"].',
        )
        for key in ("neg", "neu", "pos")
    ]
    mistake = checks.known_mistake(vader_score, scores["compound"], shares)
    if mistake is not None:
        return mistake
    for result in (
        checks.number(
            vader_score,
            scores["compound"],
            "VADER's compound score",
            'Use vader_scores["compound"], the dict\'s last entry.',
        ),
        checks.number(
            tb_polarity,
            textblob_scores([sentence])[0][0],
            "TextBlob's polarity",
            "Use textblob.analyze(sentence).polarity on exactly this sentence.",
        ),
        _second_polarity(tb_second),
    ):
        if not result.passed:
            return result
    polarity, subjectivity = textblob_scores([sentence_starting(ARTICLE, SECOND_WORDS)])[0][:2]
    return checks.correct(
        f"TextBlob says {tb_polarity:+.2f}, VADER says {vader_score:+.2f}; the second "
        f"sentence has polarity {polarity:+.2f} and subjectivity {subjectivity:.2f}."
    )


def _second_polarity(tb_second: Any) -> checks.Result:
    """TextBlob's polarity of the second sentence; its subjectivity gets its own hint."""
    polarity, subjectivity = textblob_scores([sentence_starting(ARTICLE, SECOND_WORDS)])[0][:2]
    hint = (
        "`tb_second` is the second sentence's subjectivity, not its polarity: take "
        ".polarity, here and in `tb_polarity`."
    )
    mistake = checks.known_mistake(tb_second, polarity, [(subjectivity, hint)])
    if mistake is not None:
        return mistake
    return checks.number(
        tb_second,
        polarity,
        "TextBlob's polarity of the second sentence",
        "Use textblob.analyze(second).polarity.",
    )


def _sentence_problem(scored: pd.DataFrame) -> str | None:
    """Why ``scored`` is not the sentence table of the ITV article's clean text, or ``None``."""
    expected = scored_article(ARTICLE)
    if len(scored) != len(expected):
        if len(scored) == len(score_sentences(raw_text(ARTICLE))):
            return (
                f"`scored` has {len(scored)} rows: you scored the raw text, with the lines the "
                "cleaner removes. Score the clean text, itv.text."
            )
        return (
            f"`scored` has {len(scored)} rows, but the ITV article has {len(expected)} "
            "sentences. Score the clean text: sentiment.score_sentences(itv.text)."
        )
    got = scored.sort_values("sent_id")
    for column in ("polarity", "vader_compound"):
        if not np.allclose(got[column].astype(float), expected[column], atol=1e-9):
            return (
                f"the `{column}` values are not the ITV article's. Score itv.text with "
                "sentiment.score_sentences, and keep its columns as they are."
            )
    return None


@checks.guarded
def check_scored(scored: Any) -> checks.Result:
    """The sentence table of the ITV article from ``sentiment.score_sentences``."""
    columns = set(scored.columns) if isinstance(scored, pd.DataFrame) else set()
    if {"sent_id", "text"} <= columns and "polarity" not in columns:
        return checks.wrong(
            "that is the table of sentences (itv.sentences), without scores. Score them: "
            "sentiment.score_sentences(itv.text)."
        )
    problem = checks.frame_columns(scored, ["sent_id", "polarity", "vader_compound"], "`scored`")
    if problem is not None:
        return problem
    why = _sentence_problem(scored)
    if why is not None:
        return checks.wrong(why)
    return checks.correct(f"one row per sentence, {len(scored)} in all, with both scores.")
