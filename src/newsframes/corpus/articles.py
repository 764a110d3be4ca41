"""Load the articles in ``data/articles`` into one validated DataFrame.

Each article is a Markdown file: YAML front matter between ``---`` lines, then
the text exactly as received. Loading checks every file and reports every
problem at once (file, field, fix); nothing is skipped silently.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from newsframes.corpus.cleaning import RemovedSpan, Rule, clean_text, load_rules
from newsframes.errors import CorpusError, Problem
from newsframes.paths import articles_dir, resolve

# field -> (required, what it holds). The order is the column order of the corpus.
FIELDS: dict[str, tuple[bool, str]] = {
    "id": (True, "short readable slug, the same as the file name, e.g. itv-2014-khateeb"),
    "title": (True, "the headline; in [brackets] when the text has none and one was supplied"),
    "outlet": (True, "the publishing outlet"),
    "outlet_country": (True, "the country the outlet is based in"),
    "outlet_type": (True, "broadcaster, newspaper, online, news_agency, ..."),
    "date": (True, "YYYY-MM-DD, YYYY-MM or YYYY, matching date_precision"),
    "date_precision": (True, "day, month or year"),
    "date_basis": (True, "stated (printed in the text) or inferred (from events)"),
    "date_note": (True, "one line: where the date comes from"),
    "byline": (True, "the author(s), or null"),
    "translated_by": (True, "the translator, or null"),
    "language": (True, "ISO 639-1 code of the text, e.g. en"),
    "url": (True, "where the text was published, or null"),
    "rights": (True, "who holds the copyright and what use is made of the text"),
    "source_file": (False, "the file name the text was received as"),
}
NULLABLE = {"byline", "translated_by", "url", "source_file"}
DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Typical UTF-8 read as Windows-1252/Latin-1: â€™ â€œ Ã© Â  and friends.
MOJIBAKE = re.compile(r"â€[™œ\x9d˜“”¦\"]|Ã[\xa0-\xbf©¨¶±§¼]|Â[\xa0 ©®°£]")


@dataclass(frozen=True)
class Article:
    """One parsed article: metadata, raw text, clean text and what cleaning removed."""

    path: Path
    meta: dict[str, Any]
    raw_text: str
    text: str
    removed: tuple[RemovedSpan, ...]


def _problem(path: Path, field: str, message: str, fix: str) -> Problem:
    return Problem(path.name, field, message, fix)


def _split_front_matter(path: Path, content: str) -> tuple[str, str] | Problem:
    if not content.startswith("---\n"):
        return _problem(
            path,
            "front matter",
            "the file does not start with a '---' line",
            "begin the file with '---', the YAML metadata, '---', then the text",
        )
    close = content.find("\n---\n", 3)
    if close == -1:
        return _problem(
            path,
            "front matter",
            "no closing '---' line after the metadata",
            "end the metadata with a line holding only '---'",
        )
    return content[4 : close + 1], content[close + 5 :]


def _check_date(path: Path, meta: dict[str, Any]) -> list[Problem]:
    precision = meta.get("date_precision")
    if precision not in DATE_FORMATS:
        return [
            _problem(
                path,
                "date_precision",
                f"{precision!r} is not one of day, month, year",
                "set date_precision to day, month or year",
            )
        ]
    value = meta.get("date")
    if isinstance(value, dt.date):
        value = value.isoformat()
    fmt = DATE_FORMATS[precision]
    try:
        parsed = dt.datetime.strptime(str(value), fmt)
        if parsed.strftime(fmt) != str(value):
            raise ValueError(value)
    except ValueError:
        example = dt.date(2014, 1, 20).strftime(fmt)
        return [
            _problem(
                path,
                "date",
                f"{value!r} is not a {precision} date",
                f'write it as "{example}" (quoted), as date_precision is {precision}',
            )
        ]
    return []


def _check_meta(path: Path, meta: Any) -> list[Problem]:
    if not isinstance(meta, dict):
        return [
            _problem(
                path,
                "front matter",
                "the metadata is not a YAML mapping",
                "write `key: value` lines",
            )
        ]
    problems = []
    for field, (required, what) in FIELDS.items():
        if required and field not in meta:
            problems.append(_problem(path, field, "missing", f"add `{field}:` ({what})"))
    for field in meta:
        if field not in FIELDS:
            problems.append(
                _problem(
                    path,
                    str(field),
                    "unknown field",
                    f"remove it or rename it to one of: {', '.join(FIELDS)}",
                )
            )
    for field in FIELDS:
        value = meta.get(field)
        if field not in meta or (value is None and field in NULLABLE):
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            fix = "give a value" + (" or null" if field in NULLABLE else "")
            problems.append(_problem(path, field, "empty", fix))
    if "id" in meta and isinstance(meta["id"], str):
        if not ID_PATTERN.match(meta["id"]):
            problems.append(
                _problem(
                    path,
                    "id",
                    f"{meta['id']!r} is not a lowercase slug",
                    "use lowercase letters, digits and hyphens, e.g. itv-2014-khateeb",
                )
            )
        elif meta["id"] != path.stem:
            problems.append(
                _problem(
                    path,
                    "id",
                    f"{meta['id']!r} differs from the file name {path.stem!r}",
                    f"rename the file to {meta['id']}.md or change the id",
                )
            )
    if "date" in meta and "date_precision" in meta:
        problems += _check_date(path, meta)
    if meta.get("date_basis") not in (None, "stated", "inferred"):
        problems.append(
            _problem(
                path,
                "date_basis",
                f"{meta['date_basis']!r} is not stated or inferred",
                "use stated or inferred",
            )
        )
    return problems


def _check_body(path: Path, body: str) -> list[Problem]:
    problems = []
    if not body.strip():
        problems.append(
            _problem(path, "text", "the article has no text", "paste the article after the '---'")
        )
    for match in MOJIBAKE.finditer(body):
        line = body.count("\n", 0, match.start()) + 1
        problems.append(
            _problem(
                path,
                f"text (line {line} of the text)",
                f"mojibake {match.group()!r}: UTF-8 text that was decoded as Windows-1252",
                "re-export the text as UTF-8 from the source, or repair it with ftfy, then check",
            )
        )
        break  # one is enough to make the point; the fix applies to the whole file
    return problems


def parse_article(path: Path, rules: Sequence[Rule]) -> Article | list[Problem]:
    """Parse and check one article file; the problems if it is not valid."""
    data = path.read_bytes()
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [
            _problem(
                path,
                "(encoding)",
                f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})",
                "re-save the file as UTF-8",
            )
        ]
    split = _split_front_matter(path, content)
    if isinstance(split, Problem):
        return [split]
    head, body = split
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        return [
            _problem(
                path, "front matter", f"not valid YAML{line}", "correct the YAML between the '---'"
            )
        ]
    problems = _check_meta(path, meta) + _check_body(path, body)
    if problems:
        return problems
    text, removed = clean_text(body, rules)
    if not text.strip():
        return [
            _problem(
                path,
                "text",
                "cleaning removed all of the text",
                "narrow the rules in data/boilerplate.yml",
            )
        ]
    return Article(path, meta, body, text, tuple(removed))


def _declared_id(path: Path) -> str | None:
    """The id a file declares, if its front matter can be read at all."""
    try:
        split = _split_front_matter(path, path.read_text(encoding="utf-8"))
        meta = yaml.safe_load(split[0]) if isinstance(split, tuple) else None
    except (UnicodeDecodeError, yaml.YAMLError):
        return None
    aid = meta.get("id") if isinstance(meta, dict) else None
    return aid if isinstance(aid, str) else None


def read_articles(path: str | os.PathLike[str] | None = None) -> list[Article]:
    """Parse every ``*.md`` in the folder; raise one :class:`CorpusError` listing all problems."""
    folder = resolve(path, articles_dir())
    if not folder.is_dir():
        raise CorpusError(
            [Problem(str(folder), "(folder)", "not a folder", "point to a folder of .md articles")]
        )
    files = sorted(folder.glob("*.md"))
    files = [f for f in files if f.name.lower() != "readme.md"]
    if not files:
        raise CorpusError(
            [Problem(str(folder), "(folder)", "holds no .md articles", "add article files")]
        )
    rules = load_rules()
    articles: list[Article] = []
    problems: list[Problem] = []
    first_seen: dict[str, Path] = {}
    for file in files:
        parsed = parse_article(file, rules)
        if isinstance(parsed, list):
            problems += parsed
        else:
            articles.append(parsed)
        aid = _declared_id(file)
        if aid is None:
            continue
        if aid in first_seen:
            problems.append(
                _problem(
                    file,
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


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in sorted(folder.glob("*.md"))
    )


@lru_cache(maxsize=8)
def _load_cached(
    folder: Path, fingerprint: tuple[tuple[str, int, int], ...], _rules: tuple[Rule, ...]
) -> pd.DataFrame:
    """The corpus table, cached on the files' stamps and the boilerplate rules in force."""
    rows = []
    for article in read_articles(folder):
        row = {field: article.meta.get(field) for field in FIELDS}
        row["date"] = str(row["date"])
        row["raw_text"] = article.raw_text
        row["text"] = article.text
        row["n_words"] = count_words(article.text)
        row["removed"] = article.removed
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame["date_sort"] = pd.to_datetime(frame["date"], format="mixed")
    return frame.sort_values(["date_sort", "id"]).reset_index(drop=True)


def load_corpus(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One row per article: metadata, ``raw_text``, clean ``text``, ``n_words``, ``removed``.

    Sorted by date. Cached per process (and re-read when an article or the boilerplate
    rules change); each call returns a fresh copy, so callers may modify it freely.
    """
    folder = resolve(path, articles_dir())
    return _load_cached(folder, _fingerprint(folder), load_rules()).copy()


def removed_spans(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every span cleaning removed: ``article_id, rule, start, end, text`` (raw offsets)."""
    rows = [
        {"article_id": aid, "rule": s.rule, "start": s.start, "end": s.end, "text": s.text}
        for aid, spans in zip(corpus["id"], corpus["removed"], strict=True)
        for s in spans
    ]
    return pd.DataFrame(rows, columns=["article_id", "rule", "start", "end", "text"])
