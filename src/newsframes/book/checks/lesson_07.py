"""Checks for lesson 07, "Bring your own article": a temp copy, a valid file, the pipeline."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from newsframes.analysers.actors import find_mentions
from newsframes.book import checks
from newsframes.corpus.articles import load_corpus, parse_article
from newsframes.corpus.cleaning import load_rules
from newsframes.errors import Problem
from newsframes.paths import articles_dir, data_dir
from newsframes.pipeline import Analysis

# A word the new file must contain, so nobody mistakes the example for real reporting.
MARKER = "invented"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _as_path(value: Any, name: str) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise TypeError(f"`{name}` should be a path (pathlib.Path or text)")
    return Path(value).resolve()


@checks.guarded
def check_copy(articles_copy: Any) -> checks.Result:
    """A copy of ``data/articles`` outside ``data/``, holding the five articles."""
    folder = _as_path(articles_copy, "articles_copy")
    if _inside(folder, data_dir().resolve()):
        return checks.wrong(
            "`articles_copy` is inside data/. Work in a temporary folder: "
            "tempfile.mkdtemp() and shutil.copytree(articles_dir(), ...)."
        )
    originals = sorted(p.name for p in articles_dir().glob("*.md"))
    missing = [name for name in originals if not (folder / name).is_file()]
    if missing:
        return checks.wrong(f"{missing[0]} is not in the copy. Copy the whole folder.")
    return checks.correct(f"a copy of the {len(originals)} articles in {folder.name}/.")


@checks.guarded
def check_my_file(my_file: Any, articles_copy: Any) -> checks.Result:
    """The new article file: in the copy, valid, and marked as invented."""
    path = _as_path(my_file, "my_file")
    folder = _as_path(articles_copy, "articles_copy")
    if path.parent != folder:
        return checks.wrong("`my_file` should be directly inside your copy, `articles_copy`.")
    if path.suffix != ".md" or not path.is_file():
        return checks.wrong(f"{path.name} is not a .md file that exists. Did the write run?")
    if MARKER not in path.read_text(encoding="utf-8").lower():
        return checks.wrong(
            f'say in the file that the text is invented (the word "{MARKER}"), e.g. in the '
            "title or the rights field, so nobody takes it for real reporting."
        )
    parsed = parse_article(path, load_rules())
    if isinstance(parsed, list):
        return checks.wrong(f"the file is not valid yet: {parsed[0]}")
    return checks.correct(f"{path.name} is a valid article.")


@checks.guarded
def check_problems(problems: Any, field: str) -> checks.Result:
    """The problems the loader reported for a file missing ``field``."""
    if isinstance(problems, str) or not isinstance(problems, list | tuple):
        return checks.wrong("`problems` should be the list `error.problems` of the CorpusError.")
    if not problems:
        return checks.wrong("no problem was reported: remove the field, then load again.")
    if not all(isinstance(p, Problem) for p in problems):
        return checks.wrong("`problems` should hold Problem objects: use `error.problems`.")
    fields = [p.field for p in problems]
    if field not in fields:
        return checks.wrong(
            f"no problem names the field {field!r} (found: {', '.join(fields)}). "
            f"Remove the line `{field}: ...` from the front matter."
        )
    return checks.correct(f"the loader names the file, the field and the fix: {problems[0]}")


@checks.guarded
def check_validate(status: Any) -> checks.Result:
    """The exit status of ``newsframes validate`` on the fixed copy."""
    if status == 1:
        return checks.wrong(
            "validate still finds a problem (status 1). Read its output and fix it."
        )
    return checks.number(
        status, 0, "the exit status", "Run main(['validate', str(articles_copy)])."
    )


@checks.guarded
def check_analysis(result: Any, my_id: str) -> checks.Result:
    """The pipeline's result over the copy: the five articles and the new one."""
    if not isinstance(result, Analysis):
        return checks.wrong("`result` should be what pipeline.analyze(...) returns.")
    ids = set(result.articles["id"])
    if my_id not in ids:
        return checks.wrong(
            f"{my_id!r} is not among the analysed articles. Load the COPY: "
            "load_corpus(articles_copy), then analyze it."
        )
    n_originals = len(list(articles_dir().glob("*.md")))
    return checks.number(
        len(ids), n_originals + 1, "the number of analysed articles", "Analyse the whole copy."
    )


def mentions_per_1000(articles_copy: Any, my_id: str) -> float:
    """Actor mentions per 1,000 words in the new article."""
    corpus = load_corpus(_as_path(articles_copy, "articles_copy")).set_index("id")
    words = dict(zip(corpus.index, corpus["n_words"], strict=True))
    texts = dict(zip(corpus.index, corpus["text"], strict=True))
    return len(find_mentions(str(texts[my_id]))) * 1000 / float(words[my_id])


@checks.guarded
def check_my_rate(my_rate: Any, articles_copy: Any, my_id: str) -> checks.Result:
    """Actor mentions per 1,000 words in the student's article."""
    return checks.number(
        my_rate,
        mentions_per_1000(articles_copy, my_id),
        "your article's mentions per 1,000 words",
        "Count your article's rows in result.mentions, times 1000, divided by its n_words.",
        tolerance=1e-3,
    )
