"""One row of a table (or one ``.txt`` file) checked as an article, by the rules ``validate``
holds the ``.md`` articles to; the accepted rows become the corpus table, the others a
``rejected`` table and :class:`~newsframes.errors.Problem` errors naming file and row.

Ids in tables need not be slugs (they are not file names): any text without line breaks,
control characters or spaces at its ends, or a whole number. The text is never edited:
boilerplate is cut by the recorded rules of ``data/boilerplate.yml`` as for ``.md``
articles, and ``raw_text`` keeps what was read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from newsframes import limits
from newsframes.corpus.cleaning import Rule, clean_text
from newsframes.corpus.fields import ANALYSED_LANGUAGE
from newsframes.corpus.text_checks import body_problems, script_problems
from newsframes.errors import Problem

MAX_ID_CHARS = 200
RESERVED = ("id", "text", "raw_text", "removed", "n_words", "date_sort")
REJECTED_COLUMNS = ["id", "file", "row", "reason"]
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_UNDECODED = re.compile(r"[\udc80-\udcff]")  # bytes kept by errors="surrogateescape"


@dataclass
class Record:
    """One candidate article as read: where it is, its id, text and metadata, and any
    problem found while reading it (bad JSON, bad bytes, a short CSV row)."""

    file: Path
    row: int | None  # CSV/JSONL: line from 1; Parquet: row index from 0; folders: None
    where: str  # "line 14", "row 3 (counted from 0)", or "" for a file of its own
    id: Any
    text: Any
    meta: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (field, message, fix)
    duplicate_of: str | None = None  # where an earlier row used the same id


@dataclass
class Checked:
    """The accepted rows as a corpus table, the rejected ones, and every problem."""

    frame: pd.DataFrame
    rejected: pd.DataFrame
    problems: list[Problem]


def column_problems(
    file: Path, columns: Sequence[str], id_column: str, text_column: str, metadata: Any
) -> list[Problem]:
    """What keeps a table's columns from being read: a missing id or text column, a
    metadata column that is not there, or one whose name the analysis uses itself."""
    problems = []
    for name in sorted({c for c in columns if list(columns).count(c) > 1}):
        problems.append(
            Problem(
                str(file),
                f"column {name!r}",
                "two columns have this name",
                "give each column its own name",
            )
        )
    for role, name in (("id", id_column), ("text", text_column)):
        if name not in columns:
            problems.append(
                Problem(
                    str(file),
                    f"column {name!r}",
                    f"no {role} column {name!r} (the columns are {_shown(columns)})",
                    f"name the {role} column with --{role}-column (id_column/text_column)",
                )
            )
    for name in metadata_columns(columns, id_column, text_column, metadata):
        if name not in columns:
            problems.append(
                Problem(str(file), f"column {name!r}", "no such column", "list existing columns")
            )
        elif name in RESERVED:
            problems.append(
                Problem(
                    str(file),
                    f"column {name!r}",
                    f"the analysis makes a column {name!r} itself",
                    f"rename the column, or read {name!r} as the id or text column",
                )
            )
    return problems


def metadata_columns(
    columns: Sequence[str], id_column: str, text_column: str, metadata: Any
) -> list[str]:
    """The columns carried along beside id and text, in the file's order."""
    if metadata is not None:
        return list(metadata)
    return [c for c in columns if c not in (id_column, text_column)]


def check_records(records: Iterable[Record], rules: Sequence[Rule]) -> Checked:
    """Check each record; the accepted ones as a table (``id``, ``text``, ``raw_text``,
    ``removed``, then the metadata), the others as rejected rows with their problems."""
    rows: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for record in records:
        found = record.problems or _problems(record)
        if record.duplicate_of is not None:
            found = [*found, _duplicate(record)]
        clean: tuple[str, list[Any]] | None = None
        if not found:
            clean = clean_text(record.text, rules)
            found = _clean_problems(record, clean[0])
        if found:
            shown_id = _id_text(record.id)
            for column, message, fix in found:
                problems.append(Problem(str(record.file), _field(record, column), message, fix))
            reason = "; ".join(f"{column}: {message}" for column, message, _ in found)
            rejected.append(
                {"id": shown_id, "file": str(record.file), "row": record.row, "reason": reason}
            )
            continue
        assert clean is not None
        text, removed = clean
        rows.append(
            {
                "id": _id_text(record.id),
                "text": text,
                "raw_text": record.text,
                "removed": tuple(removed),
                **record.meta,
            }
        )
    return Checked(corpus_frame(rows), rejected_frame(rejected), problems)


def corpus_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The accepted rows as a table with ``id`` and ``text`` first (empty: those columns)."""
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in RESERVED[:4]})
    return pd.DataFrame(rows)


def rejected_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rejected rows: ``id, file, row, reason`` (row: CSV/JSONL line, Parquet row index)."""
    frame = pd.DataFrame(rows, columns=REJECTED_COLUMNS)
    frame["row"] = frame["row"].astype("Int64")
    return frame.astype({"id": "string", "file": "string", "reason": "string"})


def _field(record: Record, column: str) -> str:
    return f"{record.where}, {column}" if record.where else column


def _id_text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None if value is None else str(value)
    if isinstance(value, int):
        return str(value)
    return value if isinstance(value, str) else str(value)


def _problems(record: Record) -> list[tuple[str, str, str]]:
    return _id_problems(record.id) + _text_problems(record) + _language_problems(record)


def _duplicate(record: Record) -> tuple[str, str, str]:
    shown = _id_text(record.id)
    return (
        "id",
        f"duplicate id {shown!r}, also used at {record.duplicate_of}",
        "give each article its own id",
    )


def _id_problems(value: Any) -> list[tuple[str, str, str]]:
    fix = "give every article its own id: text on one line, or a whole number"
    if value is None or (isinstance(value, float) and value != value):
        return [("id", "no id", fix)]
    if isinstance(value, bool) or not isinstance(value, int | str):
        return [("id", f"{value!r} is not text or a whole number", fix)]
    if isinstance(value, int):
        return []
    if not value.strip():
        return [("id", "the id is empty", fix)]
    if value != value.strip():
        return [("id", f"{value!r} has spaces at its ends", "remove the spaces")]
    if _CONTROL.search(value) or _UNDECODED.search(value):
        return [("id", f"{value!r} holds a line break or control character", fix)]
    if len(value) > MAX_ID_CHARS:
        return [("id", f"longer than {MAX_ID_CHARS} characters", "use a shorter id")]
    return []


def _text_problems(record: Record) -> list[tuple[str, str, str]]:
    value = record.text
    if value is None or (isinstance(value, float) and value != value):
        return [("text", "no text", "give every article its text")]
    if not isinstance(value, str):
        return [("text", f"not text but {type(value).__name__}", "store the text as a string")]
    bad = _UNDECODED.search(value)
    if bad is not None:
        return [
            (
                "text",
                f"not valid UTF-8 (byte {ord(bad.group()) - 0xDC00:#04x} at character "
                f"{bad.start()} of the text)",
                "re-save the file as UTF-8",
            )
        ]
    return [("text", p.message, p.fix) for p in body_problems("", value)]


def _language_problems(record: Record) -> list[tuple[str, str, str]]:
    language = record.meta.get("language")
    if not isinstance(language, str) or language.strip().lower() in ("", ANALYSED_LANGUAGE):
        return []
    return [
        (
            "language",
            f"the language is {language!r}, but the lexicons and sentiment scorers read "
            f"{ANALYSED_LANGUAGE!r} only",
            "analyse an English translation, or leave these rows out",
        )
    ]


def _clean_problems(record: Record, text: str) -> list[tuple[str, str, str]]:
    if not text.strip():
        return [("text", "cleaning removed all of the text", "narrow data/boilerplate.yml")]
    too_long = limits.article_too_long(len(text))
    if too_long is not None:
        return [("text", *too_long)]
    return [("text", p.message, p.fix) for p in script_problems("", text, ANALYSED_LANGUAGE)]


def _shown(columns: Sequence[str], limit: int = 8) -> str:
    names = ", ".join(repr(c) for c in list(columns)[:limit])
    return names + (", …" if len(columns) > limit else "")
