"""Checks for lesson 07, "Bring your own article": a valid file in a copy of the book, the
validator's verdicts, the names the gazetteer misses, and the article's chapter."""

from __future__ import annotations

import numbers
import os
from pathlib import Path
from typing import Any

import yaml

from newsframes.analysers.actors import UNMATCHED_COLUMNS, unmatched_names
from newsframes.book import checks
from newsframes.corpus.articles import load_corpus, parse_article, read_articles
from newsframes.corpus.cleaning import load_rules
from newsframes.errors import NewsframesError
from newsframes.paths import articles_dir, data_dir

# A word the new file must contain, so nobody mistakes the example for real reporting.
MARKER = "invented"
# Exit statuses of `python -m newsframes` (see its --help).
OK, PROBLEMS, CANNOT_RUN = 0, 1, 2


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _as_path(value: Any, name: str) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise TypeError(f"`{name}` should be a path (pathlib.Path or text)")
    return Path(value).resolve()


@checks.guarded
def check_my_file(my_file: Any, articles_copy: Any) -> checks.Result:
    """The new article file: in the copy, valid, and marked as invented."""
    path = _as_path(my_file, "my_file")
    folder = _as_path(articles_copy, "articles_copy")
    if path.parent != folder:
        return checks.wrong("`my_file` should be directly inside your copy, `articles_copy`.")
    if path.suffix != ".md" or not path.is_file():
        return checks.wrong(f"{path.name} is not a .md file that exists. Did the write run?")
    if path.name in {p.name for p in articles_dir().glob("*.md")}:
        return checks.wrong(
            f"{path.name} is one of the book's reports, copied with the book (the page prints "
            "its start). Write a new file, named after your own id."
        )
    if MARKER not in path.read_text(encoding="utf-8").lower():
        return checks.wrong(
            f'say in the file that the text is invented (the word "{MARKER}"), e.g. in the '
            "title or the rights field, so nobody takes it for real reporting."
        )
    parsed = parse_article(path, load_rules())
    if isinstance(parsed, list):
        return checks.wrong(f"the file is not valid yet: {parsed[0]}")
    return checks.correct(f"{path.name} is a valid article.")


def _status_problem(value: Any, name: str) -> checks.Result | None:
    """``None`` if ``value`` is an exit status (a whole number, not True or False)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        return checks.wrong(
            f"`{name}` should be the exit status newsframes_in returns, a whole number (0 when "
            f"all went well), not {value!r}. Keep what the call returns, not what it prints."
        )
    return None


@checks.guarded
def check_validate(broken_status: Any, status: Any, project: Any) -> checks.Result:
    """The validator's exit statuses: on the file missing a field, then on the fixed file; and
    the copy's articles, which must be valid again after the fix."""
    for value, name in ((broken_status, "broken_status"), (status, "status")):
        problem = _status_problem(value, name)
        if problem is not None:
            return problem
    if broken_status == OK:
        return checks.wrong(
            "with the line removed, validate should find a problem (status 1), but it found "
            "none. Remove the `date_basis:` line from the file before you run it."
        )
    if broken_status != PROBLEMS:
        return checks.wrong(
            f"`broken_status` is {broken_status!r}, not 1. Keep what newsframes_in returns."
        )
    if status == PROBLEMS:
        return checks.wrong(
            "validate still finds a problem in the fixed copy (status 1). Read its output, "
            "put the line back and run it again."
        )
    result = checks.number(
        status,
        OK,
        "the exit status on the fixed copy",
        'Run status = newsframes_in(project, "validate") after the fix.',
    )
    if not result.passed:
        return result
    folder = _as_path(project, "project")
    if _inside(folder, data_dir().resolve().parent):
        return checks.wrong("`project` is your checkout: run the validator in the copy.")
    try:
        read_articles(folder / "data" / "articles")
    except NewsframesError as error:
        first = error.problems[0] if error.problems else error
        return checks.wrong(
            f"the copy's articles are not valid now ({first}). Write `original` back, then run "
            "the validator again."
        )
    return result


@checks.guarded
def check_missing(missing: Any, articles_copy: Any, my_id: str) -> checks.Result:
    """The names no actor mention covers in the article's clean text, with their counts."""
    problem = checks.frame_columns(missing, UNMATCHED_COLUMNS, "`missing`")
    if problem is not None:
        return problem
    corpus = load_corpus(_as_path(articles_copy, "articles_copy")).set_index("id")
    expected = unmatched_names(str(corpus.loc[my_id, "text"]))
    got = dict(zip(missing["name"], missing["count"], strict=True))
    want = dict(zip(expected["name"], expected["count"], strict=True))
    if got == want:
        listed = ", ".join(want) if want else "none"
        return checks.correct(f"the names no actor mention covers: {listed}.")
    extra = sorted(set(got) - set(want))
    if extra:
        return checks.wrong(
            f"{extra[0]!r} is not a name of the article's text. Pass the clean text of "
            "your article (its `text` in load_corpus(articles_copy)), not the whole file."
        )
    return checks.wrong(
        "some names or counts differ. Call unmatched_names on your article's clean text."
    )


def _toc_files(node: Any) -> list[str]:
    """Every ``file:`` entry of a parsed ``_toc.yml``, at any depth."""
    if isinstance(node, dict):
        own = [str(node["file"])] if "file" in node else []
        return own + [f for value in node.values() for f in _toc_files(value)]
    if isinstance(node, list):
        return [f for item in node for f in _toc_files(item)]
    return []


@checks.guarded
def check_chapter(chapter_status: Any, project: Any, my_id: str) -> checks.Result:
    """The chapter command's work in the copy: the notebook written and listed in _toc.yml."""
    folder = _as_path(project, "project")
    if _inside(folder, data_dir().resolve().parent):
        return checks.wrong("`project` is your checkout: run the command in the copy.")
    problem = _status_problem(chapter_status, "chapter_status")
    if problem is not None:
        return problem
    if chapter_status == CANNOT_RUN:
        return checks.wrong(
            "the command could not run as typed (status 2): its one line says why, e.g. a "
            "chapter that exists already (add --force) or an id with no article."
        )
    if chapter_status != OK:
        return checks.wrong(
            f"the command stopped with status {chapter_status!r}: read the problems it "
            "listed, fix them and run it again."
        )
    chapter = folder / "book" / f"ch-{my_id}.ipynb"
    if not chapter.is_file():
        return checks.wrong(f"there is no book/{chapter.name} in the copy. Pass your id.")
    toc = yaml.safe_load((folder / "_toc.yml").read_text(encoding="utf-8"))
    if f"book/ch-{my_id}" not in _toc_files(toc):
        return checks.wrong(f"the copy's _toc.yml does not list book/ch-{my_id}.")
    return checks.correct(f"book/{chapter.name} is written and listed in _toc.yml.")
