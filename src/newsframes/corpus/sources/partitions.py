"""Cut a source into partitions without reading its texts, and read one partition.

A :class:`PartitionSpec` is small and picklable: the driver plans, each worker reads its
own partition (a byte range of a CSV or JSON Lines file, row groups of a Parquet file,
some files of a folder) and no text travels between processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsframes.corpus.cleaning import load_rules
from newsframes.corpus.sources import csv_files, jsonl_files, md_articles, parquet_files, txt_files
from newsframes.corpus.sources.detect import Source
from newsframes.corpus.sources.rows import Checked, Record, check_records, column_problems
from newsframes.errors import CorpusError, Problem

Duplicate = tuple[str, int | None, str]  # (file, row, where the id was first used)


@dataclass(frozen=True)
class PartitionSpec:
    """Which rows of which file one worker reads: rows ``[first_row, stop_row)`` counted
    from 0 among the file's articles, and how to get to them cheaply."""

    source: Source
    index: int
    file: Path
    first_row: int
    stop_row: int
    first_byte: int = 0  # CSV, JSON Lines: the byte range holding the rows
    stop_byte: int = 0
    first_line: int = 1  # CSV, JSON Lines: the line the range starts on
    row_groups: tuple[int, ...] = ()  # Parquet
    members: tuple[str, ...] = ()  # folders: the files of this partition, by name
    duplicates: tuple[Duplicate, ...] = ()  # rows whose id an earlier row has (whole input)

    @property
    def rows(self) -> int:
        return self.stop_row - self.first_row


def plan_partitions(source: Source, partition_rows: int | None = None) -> list[PartitionSpec]:
    """The partitions of ``source``, of at most ``partition_rows`` articles each (default:
    the source's). Cheap: Parquet footers, a line scan of CSV and JSON Lines files, folder
    listings. Problems with a whole file (a missing column, not a Parquet file, cannot be
    read, no articles) are raised together as a :class:`CorpusError`."""
    rows = source.partition_rows if partition_rows is None else partition_rows
    if rows < 1:
        raise ValueError(f"partition_rows must be at least 1, not {rows}")
    specs: list[PartitionSpec] = []
    problems: list[Problem] = []
    if source.kind in ("articles", "txt"):
        folder = source.paths[0]
        lister = md_articles.members if source.kind == "articles" else txt_files.members
        names = lister(folder)
        for first in range(0, len(names), rows):
            part = tuple(names[first : first + rows])
            specs.append(
                PartitionSpec(source, len(specs), folder, first, first + len(part), members=part)
            )
    else:
        for path in source.paths:
            try:
                specs += _plan_file(source, path, rows, len(specs), problems)
            except OSError as error:
                problems.append(_unreadable(path, error))
            except csv_files.UnreadableCsv as error:
                problems.append(
                    Problem(
                        str(path),
                        f"line {error.line}",
                        f"cannot be read as CSV: {error.reason}",
                        "save it with LF or CR LF line endings, and quote every field that "
                        "holds a line break",
                    )
                )
    if not specs and not problems:
        suffix = ".md article" if source.kind == "articles" else f"{source.kind} article"
        problems.append(Problem(source.location, "(input)", f"holds no {suffix}s", "add articles"))
    if problems:
        raise CorpusError(problems)
    return specs


def _plan_file(
    source: Source, path: Path, rows: int, start: int, problems: list[Problem]
) -> list[PartitionSpec]:
    if source.kind == "parquet":
        try:
            names = parquet_files.columns(path)
        except Exception as error:  # pyarrow raises its own error types for a bad footer
            problems.append(
                Problem(str(path), "(file)", f"not a Parquet file ({error})", "check the file")
            )
            return []
        found = _columns(source, path, names)
        problems += found
        if found:
            return []
        return [
            PartitionSpec(source, start + k, path, first, stop, row_groups=groups)
            for k, (first, stop, groups) in enumerate(parquet_files.plan(path, rows))
        ]
    if source.kind == "csv":
        names = csv_files.header(path)
        found = _columns(source, path, names) if names else [_empty(path)]
        problems += found
        if found:
            return []
        parts = csv_files.plan(path, rows)
    else:
        parts = jsonl_files.plan(path, rows)
    return [
        PartitionSpec(source, start + k, path, first, stop, first_byte, stop_byte, first_line)
        for k, (first, stop, first_byte, stop_byte, first_line) in enumerate(parts)
    ]


def read_partition(spec: PartitionSpec) -> pd.DataFrame:
    """The partition's articles: ``id``, ``text`` (clean), ``raw_text`` (as read),
    ``removed``, then the metadata columns. Every problem in it is raised at once as a
    :class:`CorpusError` naming file and row."""
    checked = read_partition_checked(spec)
    if checked.problems:
        raise CorpusError(checked.problems)
    return checked.frame


def read_partition_checked(spec: PartitionSpec) -> Checked:
    """The partition's valid articles, its rejected rows (``id, file, row, reason``) and
    their problems: for ``--on-error skip``, where nothing is dropped without a row."""
    if spec.source.kind == "articles":
        return md_articles.read(spec)
    known = {(file, row): first for file, row, first in spec.duplicates}
    return check_records(flag_duplicates(records(spec), {}, known), load_rules())


def records(spec: PartitionSpec) -> Iterator[Record]:
    """The records of a partition of a table or ``.txt`` folder, as read, unchecked."""
    kind = spec.source.kind
    if kind == "csv":
        return csv_files.records(spec)
    if kind == "jsonl":
        return jsonl_files.records(spec)
    if kind == "parquet":
        return parquet_files.records(spec)
    if kind == "txt":
        return txt_files.records(spec)
    raise ValueError(f"no record reader for a source of kind {kind!r}")


def flag_duplicates(
    found: Iterable[Record], seen: dict[str, str], known: dict[tuple[str, int | None], str]
) -> Iterator[Record]:
    """Each record, marked if its id was used before (:func:`first_use`)."""
    for record in found:
        record.duplicate_of = first_use(record, seen, known)
        yield record


def first_use(
    record: Record, seen: dict[str, str], known: dict[tuple[str, int | None], str]
) -> str | None:
    """Where the record's id was used before: by an earlier record (``seen``, id -> where,
    updated here) or, as a whole-input scan found, in ``known`` ((file, row) -> where)."""
    first = known.get((str(record.file), record.row))
    if first is not None or record.id is None:  # a row with other problems still uses its id
        return first
    key = _key(record.id)
    if key in seen:
        return seen[key]
    seen[key] = where(record)
    return None


def where(record: Record) -> str:
    """Where a record is, for a message: its file, and its line or row."""
    return f"{record.file}, {record.where}" if record.where else str(record.file)


def _key(value: object) -> str:
    return (
        str(value) if isinstance(value, int | str) and not isinstance(value, bool) else repr(value)
    )


def _columns(source: Source, path: Path, names: list[str]) -> list[Problem]:
    return column_problems(path, names, source.id_column, source.text_column, source.metadata)


def _empty(path: Path) -> Problem:
    return Problem(str(path), "(file)", "empty: no header line", "write the column names first")


def _unreadable(path: Path, error: OSError) -> Problem:
    reason = (error.strerror or type(error).__name__).lower()
    return Problem(str(path), "(file)", f"cannot be read: {reason}", "check the file")
