"""Keyword in context for any spans: the words either side, offsets kept, white space flattened."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.analysers.framing import KWIC_WIDTH
from newsframes.book import analysis
from newsframes.text.kwic import flatten, in_context, kwic


def test_flatten_keeps_every_offset() -> None:
    text = "one\ttwo\nthree\u00a0four\u2003five six"
    flat = flatten(text)
    assert flat == "one two three four five six"
    assert len(flat) == len(text)


def test_in_context_cuts_at_the_text_edges() -> None:
    text = "They called them\nrebels, not militants."
    start = text.index("rebels")
    end = start + len("rebels")
    assert in_context(text, start, end, width=7) == ("d them ", "rebels", ", not m")
    assert in_context(text, 0, 4, width=10) == ("", "They", " called th")
    assert in_context(text, len(text) - 1, len(text), width=3) == ("nts", ".", "")


def test_in_context_rejects_a_span_outside_the_text() -> None:
    with pytest.raises(ValueError, match=r"span \(5, 50\) is outside a text of 10 characters"):
        in_context("0123456789", 5, 50)


def test_kwic_reads_each_row_in_its_own_article() -> None:
    texts = {"a": "the rebels left", "b": "militants stayed behind"}
    rows = pd.DataFrame({"article_id": ["b", "a"], "start": [0, 4], "end": [9, 10], "n": [1, 2]})
    for source in (texts, pd.Series(texts)):
        shown = kwic(rows, source, width=5)
        assert shown[["left", "match", "right"]].values.tolist() == [
            ["", "militants", " stay"],
            ["the ", "rebels", " left"],
        ]
        assert shown["n"].tolist() == [1, 2]  # the other columns are kept
    assert "left" not in rows.columns  # the input is not changed


def test_kwic_on_one_text_needs_no_article_id() -> None:
    rows = pd.DataFrame({"start": [4], "end": [10]})
    assert kwic(rows, "the rebels left", width=3)[["left", "match", "right"]].values.tolist() == [
        ["he ", "rebels", " le"]
    ]


def test_kwic_names_what_is_missing() -> None:
    with pytest.raises(
        ValueError, match=r"needs the column\(s\) article_id; the table has: start, end"
    ):
        kwic(pd.DataFrame({"start": [0], "end": [1]}), {"a": "x"})
    rows = pd.DataFrame({"article_id": ["zz"], "start": [0], "end": [1]})
    with pytest.raises(KeyError, match="no text for zz"):
        kwic(rows, {"a": "x"})


def test_kwic_reproduces_the_frame_hits_context(texts: dict[str, str]) -> None:
    """The frames table's own KWIC columns are one case of the general one."""
    hits = analysis().frames.query("article_id in @texts")  # the five book reports
    again = kwic(hits.drop(columns=["left", "match", "right"]), texts, width=KWIC_WIDTH)
    pd.testing.assert_frame_equal(
        again[["left", "match", "right"]], hits[["left", "match", "right"]]
    )


def test_kwic_of_labels_matches_reading_the_text_by_hand(texts: dict[str, str]) -> None:
    labels = analysis().labels.query("article_id in @texts")  # the five book reports
    shown = kwic(labels, texts, width=55)
    for row in shown.itertuples():
        text = texts[row.article_id]
        assert row.match == flatten(text[row.start : row.end])
        assert row.left == flatten(text[max(0, row.start - 55) : row.start])
        assert row.right == flatten(text[row.end : row.end + 55])
