"""Lesson 07 checks: the right answers pass; the answer printed on the page and the
neighbouring file, folder or value are refused with a hint; `...` is unanswered."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_checks import refused

from newsframes.analysers.actors import unmatched_names
from newsframes.book.checks import lesson_07 as l7
from newsframes.corpus.articles import load_corpus
from newsframes.paths import articles_dir, data_dir

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
Soldiers of the Syrian army crossed to the Free Syrian Army near Deraa, Captain Omar Haddad said.
"""
TOC = """format: jb-book
root: book/index
parts:
  - caption: Added reports
    chapters:
      - file: book/ch-{id}
"""


def make_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(articles_dir(), folder)
    return folder


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
    assert "should be a path" in str(l7.check_my_file(3, folder))
    assert str(l7.check_my_file(..., folder)).startswith("… Not answered yet")
    # The page prints the start of the ITV file, in the same folder.
    assert refused(l7.check_my_file(folder / "itv-2014-khateeb.md", folder), "book's reports")
    assert refused(l7.check_my_file(articles_dir() / "itv-2014-khateeb.md", folder), "your copy")


def make_book_copy(tmp_path: Path, text: str = FILE) -> Path:
    """A copy of the book's articles with the test article, as `project/data/articles`."""
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    folder = make_copy(project / "data")
    (folder / f"{MY_ID}.md").write_text(text, encoding="utf-8")
    return project


def test_validate_statuses(tmp_path: Path) -> None:
    project = make_book_copy(tmp_path)
    assert l7.check_validate(1, 0, project).passed
    assert "found none" in str(l7.check_validate(0, 0, project))
    assert "not 1" in str(l7.check_validate(2, 0, project))
    assert "still finds a problem" in str(l7.check_validate(1, 1, project))
    assert "is not 2" in str(l7.check_validate(1, 2, project))
    assert str(l7.check_validate(1, ..., project)).startswith("… Not answered yet")


def test_validate_refuses_the_page_and_the_neighbouring_value(tmp_path: Path) -> None:
    # The page prints "1 problem(s) found." and the statuses, which a student can type; the
    # copy itself shows whether the fix was written back.
    broken = make_book_copy(tmp_path, FILE.replace("date_basis: stated\n", ""))
    assert refused(l7.check_validate(1, 0, broken), "not valid now")
    assert refused(l7.check_validate(True, False, make_book_copy(tmp_path / "b")), "not True")
    assert refused(l7.check_validate(None, 0, broken), "what the call returns")
    assert refused(l7.check_validate(1, 0, data_dir().parent), "your checkout")


def test_missing_names(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    (folder / f"{MY_ID}.md").write_text(FILE, encoding="utf-8")
    text = load_corpus(folder).set_index("id").loc[MY_ID, "text"]
    missing = unmatched_names(text)
    assert set(missing["name"]) == {"Deraa", "Captain Omar Haddad"}
    result = l7.check_missing(missing, folder, MY_ID)
    assert result.passed and "Deraa" in str(result)
    whole_file = unmatched_names((folder / f"{MY_ID}.md").read_text(encoding="utf-8"))
    assert "not the whole file" in str(l7.check_missing(whole_file, folder, MY_ID))
    assert "counts differ" in str(l7.check_missing(missing.iloc[:1], folder, MY_ID))
    assert "lacks the column(s) count" in str(l7.check_missing(missing[["name"]], folder, MY_ID))
    assert "should be a pandas DataFrame" in str(l7.check_missing(["Deraa"], folder, MY_ID))


def make_project(tmp_path: Path, listed: bool = True) -> Path:
    project = tmp_path / "book-copy"
    (project / "book").mkdir(parents=True)
    (project / "book" / f"ch-{MY_ID}.ipynb").write_text("{}", encoding="utf-8")
    toc = TOC.format(id=MY_ID if listed else "other")
    (project / "_toc.yml").write_text(toc, encoding="utf-8")
    return project


def test_chapter(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert l7.check_chapter(0, project, MY_ID).passed
    assert "status 2" in str(l7.check_chapter(2, project, MY_ID))
    assert "status 1" in str(l7.check_chapter(1, project, MY_ID))
    assert "no book/ch-other-2024.ipynb" in str(l7.check_chapter(0, project, "other-2024"))
    unlisted = make_project(tmp_path / "unlisted", listed=False)
    assert "does not list book/ch-invented-2024-test" in str(l7.check_chapter(0, unlisted, MY_ID))
    assert "is your checkout" in str(l7.check_chapter(0, data_dir().parent, MY_ID))
    assert str(l7.check_chapter(..., project, MY_ID)).startswith("… Not answered yet")
    assert refused(l7.check_chapter(True, project, MY_ID), "a whole number")


def test_missing_refuses_the_page_and_the_neighbouring_text(tmp_path: Path) -> None:
    folder = make_copy(tmp_path)
    (folder / f"{MY_ID}.md").write_text(FILE, encoding="utf-8")
    corpus = load_corpus(folder).set_index("id")
    # The page shows the ITV file: its names are not this article's.
    itv = unmatched_names(corpus.loc["itv-2014-khateeb", "text"])
    assert refused(l7.check_missing(itv, folder, MY_ID), "not a name of the article's text")
    whole_file = unmatched_names((folder / f"{MY_ID}.md").read_text(encoding="utf-8"))
    assert refused(l7.check_missing(whole_file, folder, MY_ID), "not the whole file")


def test_unanswered(tmp_path: Path) -> None:
    for result in [
        l7.check_my_file(..., tmp_path),
        l7.check_validate(..., ..., tmp_path),
        l7.check_missing(..., tmp_path, MY_ID),
        l7.check_chapter(..., tmp_path, MY_ID),
    ]:
        assert str(result).startswith("… Not answered yet")
