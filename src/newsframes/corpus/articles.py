"""Load the articles in ``data/articles`` into one validated DataFrame.

Each article is a Markdown file: YAML front matter between ``---`` lines, then
the text exactly as received. Loading checks every file and reports every
problem at once (file, field, fix); nothing is skipped silently. What is checked
lives beside this module: ``files`` (which files, reading them), ``front_matter``
(the ``---`` lines and the strict YAML), ``fields`` (the metadata) and
``text_checks`` (the text itself).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from newsframes import limits
from newsframes.corpus.cleaning import RemovedSpan, Rule, clean_text, load_rules
from newsframes.corpus.fields import ANALYSED_LANGUAGE, FIELDS, check_fields, declared_id
from newsframes.corpus.files import article_files, fingerprint, read_file
from newsframes.corpus.front_matter import decode, read_front_matter, split_front_matter
from newsframes.corpus.text_checks import body_problems, script_problems
from newsframes.errors import CorpusError, Problem
from newsframes.paths import articles_dir, resolve

__all__ = [
    "FIELDS",
    "Article",
    "count_words",
    "load_corpus",
    "parse_article",
    "read_articles",
    "removed_spans",
]


@dataclass(frozen=True)
class Article:
    """One parsed article: metadata, raw text, clean text and what cleaning removed."""

    path: Path
    meta: dict[str, Any]
    raw_text: str
    text: str
    removed: tuple[RemovedSpan, ...]


def parse_article(path: Path, rules: Sequence[Rule]) -> Article | list[Problem]:
    """Parse and check one article file; the problems if it is not valid."""
    return _parse(path, rules)[1]


def _parse(path: Path, rules: Sequence[Rule]) -> tuple[Any, Article | list[Problem]]:
    """``(metadata, article or problems)``; the metadata is None when it cannot be read."""
    data = read_file(path)
    if isinstance(data, Problem):
        return None, [data]
    content = decode(path.name, data)
    if isinstance(content, Problem):
        return None, [content]
    split = split_front_matter(path.name, content)
    if isinstance(split, Problem):
        return None, [split]
    head, body = split
    meta = read_front_matter(path.name, head)
    if isinstance(meta, Problem):
        return None, [meta]
    problems = check_fields(path, meta) + body_problems(path.name, body)
    if problems:
        return meta, problems
    text, removed = clean_text(body, rules)
    if not text.strip():
        return meta, [
            Problem(
                path.name,
                "text",
                "cleaning removed all of the text",
                "narrow the rules in data/boilerplate.yml",
            )
        ]
    too_long = limits.article_too_long(len(text))  # the limit analyze holds to
    if too_long is not None:
        return meta, [Problem(path.name, "text", *too_long)]
    problems = script_problems(path.name, text, ANALYSED_LANGUAGE)
    if problems:
        return meta, problems
    return meta, Article(path, meta, body, text, tuple(removed))


def read_articles(path: str | os.PathLike[str] | None = None) -> list[Article]:
    """Parse every ``*.md`` in the folder; raise one :class:`CorpusError` listing all problems.

    Other files are not read, and each is named in a
    :class:`~newsframes.corpus.files.SkippedFileWarning`; hidden files and README.md are
    left alone.
    """
    folder = resolve(path, articles_dir())
    if not folder.is_dir():
        raise CorpusError(
            [Problem(str(folder), "(folder)", "not a folder", "point to a folder of .md articles")]
        )
    try:
        files = article_files(folder)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise CorpusError(
            [Problem(str(folder), "(folder)", f"cannot be read: {reason}", "check the folder")]
        ) from exc
    if not files:
        raise CorpusError(
            [Problem(str(folder), "(folder)", "holds no .md articles", "add article files")]
        )
    rules = load_rules()
    articles: list[Article] = []
    problems: list[Problem] = []
    first_seen: dict[str, Path] = {}
    for file in files:
        meta, parsed = _parse(file, rules)
        if isinstance(parsed, list):
            problems += parsed
        else:
            articles.append(parsed)
        aid = declared_id(meta)
        if aid is None:
            continue
        if aid in first_seen:
            problems.append(
                Problem(
                    file.name,
                    "id",
                    f"duplicate id {aid!r}, also used by {first_seen[aid].name}",
                    "give each article its own id",
                )
            )
        first_seen.setdefault(aid, file)
    if problems:
        raise CorpusError(problems)
    return articles


def count_words(text: str) -> int:
    """Number of word tokens, as :func:`newsframes.text.word_spans` counts them."""
    from newsframes.text.segmentation import WORD

    return sum(1 for _ in WORD.finditer(text))


CORPUS_COLUMNS = [*FIELDS, "raw_text", "text", "n_words", "removed"]


def article_row(article: Article) -> dict[str, Any]:
    """One article as a row of the corpus table (``CORPUS_COLUMNS``)."""
    row = {field: article.meta.get(field) for field in FIELDS}
    row["date"] = str(row["date"])
    row["raw_text"] = article.raw_text
    row["text"] = article.text
    row["n_words"] = count_words(article.text)
    row["removed"] = article.removed
    return row


def corpus_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The corpus table of ``rows`` (in their order), with the parsed ``date_sort``."""
    frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=CORPUS_COLUMNS)
    frame["date_sort"] = pd.to_datetime(frame["date"], format="mixed")
    return frame


@lru_cache(maxsize=8)
def _load_cached(
    folder: Path, _stamps: tuple[tuple[str, int, int], ...], _rules: tuple[Rule, ...]
) -> pd.DataFrame:
    """The corpus table, cached on the files' stamps and the boilerplate rules in force."""
    frame = corpus_frame([article_row(article) for article in read_articles(folder)])
    return frame.sort_values(["date_sort", "id"]).reset_index(drop=True)


def load_corpus(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per article: metadata, ``raw_text``, clean ``text``, ``n_words``, ``removed``.

    Sorted by date. Cached per process (and re-read when an article or the boilerplate
    rules change); each call returns a fresh copy, so callers may modify it freely.
    """
    folder = resolve(path, articles_dir())
    return _load_cached(folder, fingerprint(folder), load_rules()).copy()


def removed_spans(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every span cleaning removed: ``article_id, rule, start, end, text`` (raw offsets)."""
    rows = [
        {"article_id": aid, "rule": s.rule, "start": s.start, "end": s.end, "text": s.text}
        for aid, spans in zip(corpus["id"], corpus["removed"], strict=True)
        for s in spans
    ]
    return pd.DataFrame(rows, columns=["article_id", "rule", "start", "end", "text"])
