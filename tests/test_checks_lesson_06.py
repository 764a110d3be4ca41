"""Lesson 06 checks: the right answers pass, wrong ones get a specific hint, `...` is unanswered."""

from __future__ import annotations

import altair as alt
import pandas as pd

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
    data = pd.DataFrame({"word": ["a", "b"], "z": [1.0, 2.0]})
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
