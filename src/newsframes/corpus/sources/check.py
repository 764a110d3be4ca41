"""Check a whole source before a run: every problem in every partition, and ids used twice
anywhere in the input; or, for a run that skips bad rows, mark the later uses of an id on
the partitions, so that each worker rejects them with a row in the ``rejected`` table."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from newsframes.corpus.cleaning import load_rules
from newsframes.corpus.sources import parquet_files
from newsframes.corpus.sources.detect import Source
from newsframes.corpus.sources.partitions import (
    Duplicate,
    PartitionSpec,
    first_use,
    flag_duplicates,
    plan_partitions,
    read_partition_checked,
    records,
)
from newsframes.corpus.sources.rows import Record, check_records
from newsframes.errors import CorpusError, Problem

TABLE_KINDS = ("csv", "jsonl", "parquet")


def check_source(source: Source) -> list[Problem]:
    """Every problem in ``source``, as ``validate`` lists them: whole files, then each bad
    row (file and line or row), including an id used by an earlier row anywhere."""
    try:
        specs = plan_partitions(source)
    except CorpusError as error:
        return error.problems
    problems: list[Problem] = []
    if source.kind not in TABLE_KINDS:  # folders: ids are file names, so never repeated
        for spec in specs:
            problems += read_partition_checked(spec).problems
        return problems
    rules = load_rules()
    seen: dict[str, str] = {}
    for spec in specs:
        problems += check_records(flag_duplicates(records(spec), seen, {}), rules).problems
    return problems


def mark_duplicates(specs: list[PartitionSpec]) -> list[PartitionSpec]:
    """``specs`` with, on each, the rows whose id an earlier row of the input already has
    (reading ids only where the format allows: Parquet's id column)."""
    seen: dict[str, str] = {}
    marked = []
    for spec in specs:
        if spec.source.kind not in TABLE_KINDS:
            marked.append(spec)
            continue
        later: list[Duplicate] = []
        for record in _id_records(spec):
            first = first_use(record, seen, {})
            if first is not None:
                later.append((str(record.file), record.row, first))
        marked.append(dataclasses.replace(spec, duplicates=tuple(later)))
    return marked


def _id_records(spec: PartitionSpec) -> Iterator[Record]:
    """The partition's records, with ids (texts too, except for Parquet, where only the id
    column is read)."""
    if spec.source.kind != "parquet":
        yield from records(spec)
        return
    for row, value in parquet_files.ids(spec):
        yield Record(spec.file, row, f"row {row} (counted from 0)", value, None)
