"""The five articles load, clean reversibly, and every kind of bad input is reported clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from newsframes.corpus.articles import FIELDS, load_corpus, removed_spans
from newsframes.corpus.cleaning import Rule, clean_text, load_rules, restore, to_raw_offset
from newsframes.errors import CorpusError, LexiconError
from newsframes.paths import articles_dir

EXPECTED_IDS = [  # sorted by date
    "asharq-2011-airforce-defections",
    "globalpost-2011-jisr-al-shughour",
    "itv-2014-khateeb",
    "fan-2016-aleppo-evacuation",
    "guardian-2017-is-defectors",
]


def test_corpus_has_five_articles_in_date_order(corpus: pd.DataFrame) -> None:
    assert list(corpus["id"]) == EXPECTED_IDS
    assert corpus["date_sort"].is_monotonic_increasing


def test_corpus_columns(corpus: pd.DataFrame) -> None:
    for column in [*FIELDS, "raw_text", "text", "n_words", "removed"]:
        assert column in corpus.columns


def test_word_counts(corpus: pd.DataFrame) -> None:
    # Word tokens of the clean text (newsframes.text.segmentation.WORD).
    assert dict(zip(corpus["id"], corpus["n_words"], strict=True)) == {
        "asharq-2011-airforce-defections": 779,
        "globalpost-2011-jisr-al-shughour": 399,
        "itv-2014-khateeb": 534,
        "fan-2016-aleppo-evacuation": 381,
        "guardian-2017-is-defectors": 914,
    }


def test_raw_text_is_the_file_body_byte_for_byte(
    corpus: pd.DataFrame, real_articles_dir: Path
) -> None:
    for aid, raw in zip(corpus["id"], corpus["raw_text"], strict=True):
        content = (real_articles_dir / f"{aid}.md").read_bytes()
        assert content.endswith(raw.encode("utf-8"))
        assert content[: -len(raw.encode("utf-8"))].endswith(b"\n---\n")


def test_cleaning_is_reversible(corpus: pd.DataFrame) -> None:
    for row in corpus.itertuples():
        assert restore(row.text, row.removed) == row.raw_text
        # and every clean offset maps to the same character in the raw text
        for offset in range(0, len(row.text), 7):
            assert row.raw_text[to_raw_offset(offset, row.removed)] == row.text[offset]


def test_removed_spans_are_the_chrome_and_nothing_else(corpus: pd.DataFrame) -> None:
    spans = removed_spans(corpus)
    found = {(r.article_id, r.rule, r.text.strip()) for r in spans.itertuples()}
    assert found == {
        ("itv-2014-khateeb", "dateline_header", "Jan 20, 2014, ITV News"),
        ("itv-2014-khateeb", "video_prompt", "CLICK HERE TO SEE ORIGINAL VIDEO"),
        (
            "asharq-2011-airforce-defections",
            "site_header",
            "Middle-east Arab News Opinion | Asharq Al-awsat",
        ),
        (
            "asharq-2011-airforce-defections",
            "archive_page_title",
            "Defections from Syrian army on the rise – Free Syrian Army | "
            "ASHARQ AL-AWSAT English Archive 2005 -2017",
        ),
        ("asharq-2011-airforce-defections", "site_navigation", "Select Page"),
        ("globalpost-2011-jisr-al-shughour", "social_prompt", "Connect to share and comment"),
        (
            "guardian-2017-is-defectors",
            "masthead_byline_date",
            "The Guardian\nMartin Chulov\n12 September, 2017",
        ),
        ("fan-2016-aleppo-evacuation", "translator_credit", "Translated by Ollie Richardson"),
        (
            "fan-2016-aleppo-evacuation",
            "copyright_footer",
            "Copyright © 2022. All Rights Reserved.",
        ),
    }
    for row in spans.itertuples():
        raw = corpus.set_index("id").loc[row.article_id, "raw_text"]
        assert raw[row.start : row.end] == row.text


def test_clean_text_keeps_the_reporting(corpus: pd.DataFrame) -> None:
    text = corpus.set_index("id")["text"]
    assert "CLICK HERE" not in text["itv-2014-khateeb"]
    assert "They emerged from the shadows" in text["itv-2014-khateeb"]
    assert text["fan-2016-aleppo-evacuation"].startswith("First Footage of Withdrawal")
    assert "Copyright" not in text["fan-2016-aleppo-evacuation"]
    assert text["guardian-2017-is-defectors"].count("Guardian") == 1  # "the Guardian has confirmed"


def test_cleaning_rule_removes_line_and_its_break() -> None:
    rules = [Rule("chrome", re.compile("^MENU$", re.M), "menu")]
    clean, spans = clean_text("Head\nMENU\nBody MENU text\n", rules)
    assert clean == "Head\nBody MENU text\n"
    assert [(s.start, s.end, s.text) for s in spans] == [(5, 10, "MENU\n")]


def test_load_corpus_works_from_another_directory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    found = load_corpus()  # the five book reports, and any article an instructor added
    assert set(EXPECTED_IDS) <= set(found["id"])
    assert len(found) == len(list(articles_dir().glob("*.md")))


def test_load_corpus_returns_an_independent_copy() -> None:
    first = load_corpus()
    first.loc[0, "text"] = "changed"
    assert load_corpus().loc[0, "text"] != "changed"


def test_load_corpus_rereads_a_changed_file(article_folder, valid_article) -> None:
    folder = article_folder("test-2015-one.md", valid_article())
    assert load_corpus(folder).loc[0, "n_words"] == 5
    path = folder / "test-2015-one.md"
    path.write_text(valid_article(body="One two three."), encoding="utf-8")
    import os

    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert load_corpus(folder).loc[0, "n_words"] == 3


# --- validation: every kind of bad input names the file, the field and the fix ---------------


def problems_for(folder: Path) -> list[str]:
    with pytest.raises(CorpusError) as info:
        load_corpus(folder)
    return [str(p) for p in info.value.problems]


def test_missing_field(article_folder, valid_article) -> None:
    text = valid_article().replace("outlet: Test Outlet\n", "")
    [problem] = problems_for(article_folder("test-2015-one.md", text))
    assert problem.startswith("test-2015-one.md: outlet: missing. Fix: add `outlet:`")


def test_unknown_field(article_folder, valid_article) -> None:
    text = valid_article().replace("language: en\n", "language: en\nauthor: Someone\n")
    [problem] = problems_for(article_folder("test-2015-one.md", text))
    assert "test-2015-one.md: author: unknown field" in problem
    assert "rename it to one of" in problem


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        ('"2015-02-30"', "day", '"2015-02-30"'),
        ('"March 2015"', "month", "is not a month date"),
        ('"2015-03"', "day", "is not a day date"),
    ],
)
def test_bad_date(article_folder, valid_article, date, precision, expected) -> None:
    text = valid_article().replace('date: "2015-03-01"', f"date: {date}")
    text = text.replace("date_precision: day", f"date_precision: {precision}")
    [problem] = problems_for(article_folder("test-2015-one.md", text))
    assert problem.startswith("test-2015-one.md: date: ")
    assert expected.strip('"') in problem
    assert "Fix: write it as" in problem


def test_bad_date_precision(article_folder, valid_article) -> None:
    text = valid_article().replace("date_precision: day", "date_precision: week")
    [problem] = problems_for(article_folder("test-2015-one.md", text))
    assert "date_precision: 'week' is not one of day, month, year" in problem


def test_duplicate_id(article_folder, valid_article) -> None:
    article_folder("test-2015-one.md", valid_article())
    folder = article_folder("copy.md", valid_article())
    problems = problems_for(folder)
    assert (
        "test-2015-one.md: id: duplicate id 'test-2015-one', also used by copy.md. "
        "Fix: give each article its own id"
    ) in problems
    assert any(
        p.startswith("copy.md: id: 'test-2015-one' differs from the file name") for p in problems
    )


def test_id_must_match_file_name(article_folder, valid_article) -> None:
    [problem] = problems_for(article_folder("other-name.md", valid_article()))
    assert "other-name.md: id: 'test-2015-one' differs from the file name 'other-name'" in problem


def test_empty_body(article_folder, valid_article) -> None:
    [problem] = problems_for(article_folder("test-2015-one.md", valid_article(body="\n  \n")))
    assert problem == (
        "test-2015-one.md: text: the article has no text. Fix: paste the article after the '---'"
    )


def test_not_utf8(article_folder, valid_article) -> None:
    data = valid_article(body="Caf\u00e9 owners defected.").encode("cp1252")
    [problem] = problems_for(article_folder("test-2015-one.md", data))
    assert "test-2015-one.md: (encoding): not valid UTF-8 (byte 0xe9" in problem
    assert "re-save the file as UTF-8" in problem


def test_mojibake(article_folder, valid_article) -> None:
    body = "First line.\nThe army\u00e2\u20ac\u2122s soldiers defected."  # ’ read as cp1252
    [problem] = problems_for(article_folder("test-2015-one.md", valid_article(body=body)))
    assert "test-2015-one.md: text (line 2 of the text): mojibake 'â€™'" in problem


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Just text, no metadata.", "does not start with a '---' line"),
        ("---\nid: x\ntitle: y\nSoldiers defected.", "no closing '---' line"),
        ("---\nid: [unclosed\n---\nText.", "not valid YAML"),
        ("---\n- a list\n---\nText.", "the metadata is not a YAML mapping"),
    ],
)
def test_not_front_matter_format(article_folder, content, expected) -> None:
    [problem] = problems_for(article_folder("test-2015-one.md", content))
    assert problem.startswith("test-2015-one.md: front matter: ")
    assert expected in problem


def test_every_problem_is_reported_not_just_the_first(article_folder, valid_article) -> None:
    article_folder("a.md", "no front matter")
    article_folder("test-2015-one.md", valid_article().replace("outlet: Test Outlet\n", ""))
    folder = article_folder("test-2015-two.md", valid_article("test-2015-two", body=""))
    problems = problems_for(folder)
    assert len(problems) == 3
    assert [p.split(":")[0] for p in problems] == ["a.md", "test-2015-one.md", "test-2015-two.md"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    [problem] = problems_for(tmp_path)
    assert "holds no .md articles" in problem


def test_boilerplate_rules_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yml"
    bad.write_text(
        "rules:\n  - name: a\n    pattern: '(unclosed'\n    why: x\n  - name: b\n", "utf-8"
    )
    with pytest.raises(LexiconError) as info:
        load_rules(bad)
    messages = [str(p) for p in info.value.problems]
    assert any("rules[0].pattern: bad regular expression" in m for m in messages)
    assert any("rules[1]: needs name, pattern and why" in m for m in messages)


def test_a_missing_rules_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as info:
        load_rules(tmp_path / "boilerplate.yml")
    [problem] = info.value.problems
    assert problem.field == "(file)" and problem.message == "does not exist"


def test_the_shipped_rules_are_an_immutable_sequence() -> None:
    rules = load_rules()
    assert isinstance(rules, tuple) and rules is load_rules()
    assert [rule.name for rule in rules][:3] == ["video_prompt", "social_prompt", "site_navigation"]
