"""Lesson 01 checks: the right answers pass, each wrong one gets its hint; `...` is unanswered."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newsframes.book.checks import lesson_01 as l01
from newsframes.corpus import cleaning
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import split_sentences, tokenize


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return load_corpus().set_index("id")


def test_metadata_checks(corpus: pd.DataFrame) -> None:
    assert l01.check_n_articles(np.int64(len(corpus))).passed  # NumPy numbers are accepted
    assert "is not 4" in str(l01.check_n_articles(4))
    inferred = corpus.index[corpus["date_basis"] == "inferred"].tolist()
    assert l01.check_inferred(inferred).passed
    assert "1 missing" in str(l01.check_inferred(inferred[1:]))
    assert l01.check_longest("guardian-2017-is-defectors").passed
    assert "not its outlet" in str(l01.check_longest("The Guardian"))
    assert "is not the longest" in str(l01.check_longest("itv-2014-khateeb"))


def test_cleaning_checks(corpus: pd.DataFrame) -> None:
    itv = corpus.loc["itv-2014-khateeb"]
    assert l01.check_removed_chars(len(itv["raw_text"]) - len(itv["text"])).passed
    assert "Compare the length" in str(l01.check_removed_chars(23))
    # Read in the raw file: the header (23 characters) is cut before the video prompt at 670.
    assert l01.check_cut_position(647).passed
    assert "RAW text" in str(l01.check_cut_position(670))
    assert "subtract the lengths" in str(l01.check_cut_position(600))
    assert l01.check_restored(cleaning.restore(itv["text"], itv["removed"])).passed
    assert "that is the clean text" in str(l01.check_restored(itv["text"]))
    assert "differs from the raw text" in str(l01.check_restored(itv["raw_text"][1:]))
    assert "should be a string" in str(l01.check_restored(3))


def test_counting_checks(corpus: pd.DataFrame) -> None:
    text = corpus.loc["guardian-2017-is-defectors", "text"]
    assert l01.check_words(len(tokenize(text))).passed
    assert "counts the raw text" in str(
        l01.check_words(len(tokenize(corpus.loc["guardian-2017-is-defectors", "raw_text"])))
    )
    assert "Use `len(tokenize(text))`" in str(l01.check_words(100))
    assert l01.check_sentences(len(split_sentences(text))).passed
    assert "count the rows" in str(l01.check_sentences(10))


def test_lengths_check() -> None:
    good = l01.expected_lengths()
    assert l01.check_lengths(good).passed
    assert "lacks the column(s) words_per_sentence" in str(
        l01.check_lengths(good.drop(columns="words_per_sentence"))
    )
    assert "has no row for" in str(l01.check_lengths(good.iloc[1:]))
    bad = good.assign(words_per_sentence=good["n_sentences"] / good["n_words"])
    assert "`words_per_sentence` is wrong" in str(l01.check_lengths(bad))


def test_longest_sentence_check(corpus: pd.DataFrame) -> None:
    sents = split_sentences(corpus.loc["globalpost-2011-jisr-al-shughour", "text"])
    n = [len(tokenize(s)) for s in sents["text"]]
    assert l01.check_longest_sentence(sents["text"][int(np.argmax(n))]).passed
    assert "a longer one exists" in str(l01.check_longest_sentence(sents["text"][0]))
    assert "not a sentence of the GlobalPost" in str(l01.check_longest_sentence("x " * 200))


@pytest.mark.parametrize(
    "check",
    [
        l01.check_n_articles,
        l01.check_inferred,
        l01.check_longest,
        l01.check_removed_chars,
        l01.check_cut_position,
        l01.check_restored,
        l01.check_words,
        l01.check_sentences,
        l01.check_lengths,
        l01.check_longest_sentence,
    ],
)
def test_unanswered(check) -> None:  # type: ignore[no-untyped-def]
    assert str(check(...)).startswith("… Not answered yet")
