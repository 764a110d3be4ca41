"""The helpers chapters use: one article's tables, and escaped, deterministic HTML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from newsframes.book import chapters as book
from newsframes.paths import data_dir


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
    assert book.plain('the speaker\'s "own" words').data == 'the speaker\'s "own" words'


def test_the_book_analysis_follows_an_edited_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lesson edits a lexicon and re-runs a chapter's calls: the tables must follow.
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copy))
    before = book.analysis()
    assert book.analysis() is before  # nothing changed: computed once
    labels = copy / "lexicons" / "labels.yml"
    text = labels.read_text(encoding="utf-8")
    assert "forms: [rebel, rebels]" in text
    labels.write_text(text.replace("forms: [rebel, rebels]", "forms: [rebel]", 1), "utf-8")
    after = book.analysis()
    assert after is not before
    n_rebels = int((before.labels["surface"].str.lower() == "rebels").sum())
    assert n_rebels > 0
    assert int((after.labels["surface"].str.lower() == "rebels").sum()) == 0
    assert len(after.labels) == len(before.labels) - n_rebels
