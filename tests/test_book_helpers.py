"""The helpers chapters use: one article's tables, and escaped, deterministic HTML."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.book import chapters as book


def test_article_view_holds_only_that_article() -> None:
    view = book.article("guardian-2017-is-defectors")
    assert view.n_words == 914
    assert view.meta["outlet"] == "The Guardian"
    for name in ("sentences", "mentions", "labels", "quotes", "frames", "sentiment"):
        table = getattr(view, name)
        assert len(table) > 0
        assert set(table["article_id"]) == {"guardian-2017-is-defectors"}
    assert view.sentence(0).startswith("Several dozen former fighters")


def test_unknown_article_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="the corpus has: asharq-2011-airforce-defections"):
        book.article("no-such-article")


def test_table_escapes_text_and_is_deterministic() -> None:
    frame = pd.DataFrame({"text": ["<script>alert(1)</script>"], "value": [0.12345]})
    first = book.table(frame, "A caption", formats={"value": "{:.3f}"}).to_html()
    assert "<script>" not in first
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in first
    assert "0.123" in first
    assert first == book.table(frame, "A caption", formats={"value": "{:.3f}"}).to_html()


def test_table_renames_and_orders_columns() -> None:
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    html = book.table(frame, "Renamed", columns={"c": "third", "a": "first"}).to_html()
    assert html.index("third") < html.index("first")
    assert ">b<" not in html


def test_quotation_is_escaped() -> None:
    shown = book.quotation("He said <b>no</b>.", "ITV News").data
    assert "&lt;b&gt;no&lt;/b&gt;" in shown
    assert "— ITV News" in shown


def test_plain_shows_markup_as_text() -> None:
    shown = book.plain("<script>alert(1)</script> *bold* [link](x)").data
    assert "<script>" not in shown
    assert shown == "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](x)"
    assert book.plain("Ahrar al-Sham").data == "Ahrar al-Sham"
