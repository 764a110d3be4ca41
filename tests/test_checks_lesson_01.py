"""Lesson 01 checks: the right answers pass; each wrong one gets its hint, among them the
number printed on the page and the neighbouring column or attribute; `...` is unanswered."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from test_checks import refused

from newsframes.book.checks import lesson_01 as l01
from newsframes.corpus import cleaning, removed_spans
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import split_sentences, tokenize


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return load_corpus().set_index("id")


def test_metadata_checks(corpus: pd.DataFrame) -> None:
    assert l01.check_n_articles(np.int64(len(corpus))).passed  # NumPy numbers are accepted
    assert "is not 7" in str(l01.check_n_articles(7))
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
    tokens = tokenize(text)
    assert l01.check_words(len(tokens), tokens).passed
    assert "Count your tokens" in str(l01.check_words(100, tokens))
    assert "should be the list" in str(l01.check_words(len(tokens), text))
    sentences = split_sentences(text)
    assert l01.check_sentences(len(sentences), sentences).passed
    assert "count the rows" in str(l01.check_sentences(10, sentences))
    assert "not the sentences of the Guardian" in str(
        l01.check_sentences(len(sentences), sentences.iloc[1:])
    )


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


def test_metadata_page_numbers_and_neighbours_are_refused(corpus: pd.DataFrame) -> None:
    table = load_corpus()  # as the lesson loads it: labels 0, 1, ... on the rows
    assert refused(l01.check_n_articles(table.index[-1]), "label of the last row")
    assert refused(l01.check_n_articles(len(table.columns)), "number of columns")
    inferred = table["date_basis"] == "inferred"
    assert refused(l01.check_inferred(table.loc[inferred, "outlet"].tolist()), "outlets")
    assert refused(l01.check_inferred(table.loc[~inferred, "id"].tolist()), "date is stated")
    # The lesson prints that idxmax "gives the row number of the largest value".
    assert refused(l01.check_longest(table["n_words"].idxmax()), "row label idxmax gives")
    assert refused(l01.check_longest(table.loc[table["n_words"].idxmax(), "outlet"]), "outlet")


def test_cleaning_page_numbers_and_neighbours_are_refused(corpus: pd.DataFrame) -> None:
    itv = corpus.loc["itv-2014-khateeb"]
    cuts = removed_spans(load_corpus())  # the table of cuts the lesson prints
    video = cuts[cuts["rule"] == "video_prompt"].iloc[0]
    assert refused(l01.check_removed_chars(video["end"] - video["start"]), "prompt alone")
    assert refused(l01.check_removed_chars(len(itv["raw_text"])), "whole raw text")
    assert refused(l01.check_removed_chars(len(itv["text"])), "length of the clean text")
    assert refused(l01.check_cut_position(video["start"]), "RAW text")
    header = cuts[(cuts["article_id"] == "itv-2014-khateeb") & (cuts["end"] <= video["start"])]
    before = int((header["end"] - header["start"]).sum())
    assert refused(l01.check_cut_position(video["end"] - before), "where the prompt ENDS")
    # The lesson prints `restored == itv["raw_text"]`: True is the comparison, not the text.
    assert refused(l01.check_restored(True), "not the result of comparing")
    assert refused(l01.check_restored(itv["text"]), "that is the clean text")


def test_counting_page_numbers_and_neighbours_are_refused(corpus: pd.DataFrame) -> None:
    guardian = corpus.loc["guardian-2017-is-defectors"]
    text, raw = guardian["text"], guardian["raw_text"]
    tokens, sentences = tokenize(text), split_sentences(text)
    # The corpus table prints n_words, and in this article `split` finds as many pieces as
    # there are tokens: the number alone cannot tell the methods apart, the tokens can.
    assert guardian["n_words"] == len(tokens) == len(text.split())
    assert refused(l01.check_words(len(tokens), text.split()), "pieces between spaces")
    assert refused(l01.check_words(len(tokens), tokenize(raw)), "words of the raw text")
    assert refused(l01.check_words(len(tokens) + 1, tokens), "Count your tokens")
    assert refused(l01.check_sentences(len(text.splitlines()), sentences), "counts lines")
    assert refused(l01.check_sentences(len(text.split(".")), sentences), "between full stops")
    assert refused(l01.check_sentences(len(sentences.columns), sentences), "number of columns")
    raw_sentences = split_sentences(raw)
    assert refused(l01.check_sentences(len(raw_sentences), raw_sentences), "of the raw text")
    good = l01.expected_lengths()
    inverted = good.assign(words_per_sentence=good["n_sentences"] / good["n_words"])
    assert refused(l01.check_lengths(inverted), "`words_per_sentence` is wrong")
    lines = good.assign(n_sentences=[len(t.splitlines()) for t in load_corpus()["text"]])
    assert refused(l01.check_lengths(lines), "`n_sentences` is wrong")
    assert refused(l01.check_lengths(pd.concat([good, good.head(1)])), "One row per article")
    sents = split_sentences(corpus.loc["globalpost-2011-jisr-al-shughour", "text"])
    by_characters = sents["text"][int(sents["text"].str.len().idxmax())]
    assert refused(l01.check_longest_sentence(by_characters), "CHARACTERS")


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
