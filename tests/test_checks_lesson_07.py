"""Lesson 07 checks: the right answers pass, wrong ones get a specific hint, `...` is unanswered."""

from __future__ import annotations

import shutil
from pathlib import Path

from newsframes import pipeline
from newsframes.book.checks import lesson_07 as l7
from newsframes.corpus.articles import load_corpus
from newsframes.errors import CorpusError
from newsframes.paths import articles_dir

MY_ID = "invented-2024-test"
FILE = """---
id: invented-2024-test
title: "[Invented example] A test"
outlet: Classroom Example
outlet_country: none
outlet_type: online
date: "2024-05"
date_precision: month
date_basis: stated
date_note: Invented for a test.
byline: null
translated_by: null
language: en
url: null
rights: Invented text.
---
Soldiers of the Syrian army crossed to the Free Syrian Army, an officer said.
"""


def make_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(articles_dir(), folder)
    return folder


def test_copy(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    assert l7.check_copy(folder).passed
    assert "is inside data/" in str(l7.check_copy(articles_dir()))
    (folder / "itv-2014-khateeb.md").unlink()
    assert "itv-2014-khateeb.md is not in the copy" in str(l7.check_copy(folder))
    assert "should be a path" in str(l7.check_copy(3))
    assert str(l7.check_copy(...)).startswith("… Not answered yet")


def test_my_file(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    path = folder / f"{MY_ID}.md"
    path.write_text(FILE, encoding="utf-8")
    assert l7.check_my_file(path, folder).passed
    plain = folder / "example-2024-test.md"
    unmarked = FILE.replace("[Invented example] ", "").replace("Invented", "A")
    plain.write_text(unmarked.replace(MY_ID, "example-2024-test"), encoding="utf-8")
    assert 'the word "invented"' in str(l7.check_my_file(plain, folder))
    path.write_text(FILE.replace("language: en\n", ""), encoding="utf-8")
    assert "not valid yet" in str(l7.check_my_file(path, folder))
    assert "language: missing" in str(l7.check_my_file(path, folder))
    assert "directly inside your copy" in str(l7.check_my_file(tmp_path / "x.md", folder))
    assert "Did the write run?" in str(l7.check_my_file(folder / "none.md", folder))


def test_problems(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    (folder / f"{MY_ID}.md").write_text(FILE.replace("date_basis: stated\n", ""), "utf-8")
    try:
        load_corpus(folder)
        raise AssertionError("the broken file loaded")
    except CorpusError as error:
        problems = error.problems
    assert l7.check_problems(problems, "date_basis").passed
    assert "no problem names the field 'byline'" in str(l7.check_problems(problems, "byline"))
    assert "no problem was reported" in str(l7.check_problems([], "date_basis"))
    assert "should be the list" in str(l7.check_problems("date_basis missing", "date_basis"))


def test_validate_status() -> None:
    assert l7.check_validate(0).passed
    assert "still finds a problem" in str(l7.check_validate(1))
    assert str(l7.check_validate(...)).startswith("… Not answered yet")


def test_analysis_and_rate(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    (folder / f"{MY_ID}.md").write_text(FILE, encoding="utf-8")
    result = pipeline.analyze(load_corpus(folder))
    assert l7.check_analysis(result, MY_ID).passed
    assert "Load the COPY" in str(l7.check_analysis(pipeline.analyze(load_corpus()), MY_ID))
    assert "should be what pipeline.analyze" in str(l7.check_analysis({}, MY_ID))
    rate = l7.mentions_per_1000(folder, MY_ID)
    # Read: "Syrian army" and "Free Syrian Army" in a 14-word text.
    assert rate == 2 * 1000 / 14
    assert l7.check_my_rate(rate, folder, MY_ID).passed
    assert "times 1000, divided by its n_words" in str(l7.check_my_rate(2, folder, MY_ID))
