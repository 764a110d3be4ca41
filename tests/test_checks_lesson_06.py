"""Lesson 06 checks: the right answers pass; the number printed on the page and the
neighbouring column or attribute are refused with a hint; `...` is unanswered."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest
from test_checks import refused

from newsframes.analysers import compare
from newsframes.book.checks import lesson_06 as l6

A, B = "ITV News", "The Guardian"


def test_counts() -> None:
    pair = l6.pair_corpus(A, B)
    counts = compare.word_counts(pair, "outlet", stopwords=True)
    assert l6.check_counts(counts, A, B).passed
    with_stop = compare.word_counts(pair, "outlet")
    assert "Did you pass stopwords=True?" in str(l6.check_counts(with_stop, A, B))
    by_id = compare.word_counts(pair, "id", stopwords=True)
    assert "should have your two outlets" in str(l6.check_counts(by_id, A, B))
    assert "no outlet 'ITV'" in str(l6.check_counts(counts, "ITV", B))
    assert str(l6.check_counts(..., A, B)).startswith("… Not answered yet")


def test_top_words_allows_ties() -> None:
    top = l6.top_words(A, B)
    assert top["word"].iloc[0] == "islamist"  # read: ITV's label, five times, never in the Guardian
    assert l6.check_top_words(top["word"].tolist(), A, B).passed
    assert l6.check_top_words(top["word"].tolist()[::-1], A, B).passed
    lowest = l6.top_words(A, B, top=200)["word"].iloc[-1]
    wrong = [*top["word"].tolist()[:9], lowest]
    assert "is not among the top 10" in str(l6.check_top_words(wrong, A, B))
    assert "should hold 10 different words" in str(l6.check_top_words(["islamist"], A, B))
    assert "is not a word ITV News uses" in str(
        l6.check_top_words([*top["word"].tolist()[:9], "zzz"], A, B)
    )


def test_chart() -> None:
    data = pd.DataFrame({"word": list("abcdefghij"), "z": [float(z) for z in range(10)]})
    good = (
        alt.Chart(data)
        .mark_bar()
        .encode(x=alt.X("z:Q", title="z"), y=alt.Y("word:N", title="word"))
        .properties(title="T")
    )
    assert l6.check_chart(good).passed
    assert l6.check_chart(alt.layer(good, good)).passed
    untitled = alt.Chart(data).mark_bar().encode(x=alt.X("z:Q", title="z"), y="word:N")
    assert "has no title" in str(l6.check_chart(untitled))
    assert "the y axis has no title" in str(l6.check_chart(untitled.properties(title="T")))
    no_x = alt.Chart(data).mark_bar().encode(x="z:Q", y=alt.Y("word:N", title="w"))
    assert "the x axis has no title" in str(l6.check_chart(no_x.properties(title="T")))
    assert "should be an Altair chart" in str(l6.check_chart(data))
    assert str(l6.check_chart(...)).startswith("… Not answered yet")


def test_n_significant() -> None:
    n = l6.n_significant(A, B)
    assert 0 < n <= 15
    assert l6.check_n_significant(n, A, B).passed
    assert "count p_value < 0.05" in str(l6.check_n_significant(n - 1, A, B))


def test_counts_refuse_the_page_and_the_neighbouring_column() -> None:
    pair = l6.pair_corpus(A, B)
    with_stop = compare.word_counts(pair, "outlet")
    # The neighbouring table: every word counted, stopwords kept (the page's n_words are
    # about as large).
    assert refused(l6.check_counts(with_stop, A, B), "stopwords=True")
    counts = compare.word_counts(pair, "outlet", stopwords=True)
    shuffled = counts.assign(word=counts["word"].sample(frac=1, random_state=0).to_numpy())
    assert refused(l6.check_counts(shuffled, A, B), "some words or counts differ")


def test_top_words_refuse_the_neighbouring_column_and_group() -> None:
    scores = compare.log_odds_dirichlet(l6.pair_counts(A, B))
    mine = scores[scores["group"] == A]
    by_count = mine.sort_values("count", ascending=False)["word"].head(10).tolist()
    assert refused(l6.check_top_words(by_count, A, B), "sorted by `count`")
    lowest = mine.sort_values("z")["word"].head(10).tolist()
    assert refused(l6.check_top_words(lowest, A, B), "LEAST distinctive")
    other = l6.top_words(B, A)["word"].tolist()
    assert refused(l6.check_top_words(other, A, B), "Keep the rows of group")


def test_chart_refuses_the_neighbouring_column() -> None:
    top = l6.top_words(A, B)
    titled = {"title": "t"}
    count_chart = (
        alt.Chart(top)
        .mark_bar()
        .encode(x=alt.X("count:Q", **titled), y=alt.Y("word:N", **titled))
        .properties(title="T")
    )
    assert refused(l6.check_chart(count_chart), "the x axis shows count")
    swapped = (
        alt.Chart(top)
        .mark_bar()
        .encode(x=alt.X("word:N", **titled), y=alt.Y("z:Q", **titled))
        .properties(title="T")
    )
    assert refused(l6.check_chart(swapped), "axes are swapped")
    scores = compare.log_odds_dirichlet(l6.pair_counts(A, B))
    every_word = (
        alt.Chart(scores)
        .mark_bar()
        .encode(x=alt.X("z:Q", **titled), y=alt.Y("word:N", **titled))
        .properties(title="T")
    )
    assert refused(l6.check_chart(every_word), "Draw the 10 words of `top`")


def test_n_significant_refuses_the_page_and_the_neighbouring_group() -> None:
    table = compare.distinctive_words(l6.pair_corpus(A, B), "outlet")
    mine = table[table["group"] == A]
    assert refused(l6.check_n_significant(len(mine), A, B), "all of ITV News's words")
    both = int((table["p_value"] < 0.05).sum())
    assert refused(l6.check_n_significant(both, A, B), "words of both outlets")


@pytest.mark.parametrize(
    ("check", "n_args"),
    [
        (l6.check_counts, 3),
        (l6.check_top_words, 3),
        (l6.check_chart, 1),
        (l6.check_n_significant, 3),
    ],
)
def test_unanswered(check, n_args: int) -> None:  # type: ignore[no-untyped-def]
    answers = [..., A, B][:n_args]
    assert str(check(*answers)).startswith("… Not answered yet")
