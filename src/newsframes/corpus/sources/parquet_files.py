"""Parquet files, read with pyarrow: one article per row.

Planning reads only the files' footers (row groups and their row counts): a partition is
one or more whole row groups, or a slice of a large one, and a worker decodes only its
own row groups. Rows are named by their index in the file, counted from 0 as pandas and
pyarrow count them. Write the corpus with row groups of about ``partition_rows`` rows for
the fastest reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from newsframes.corpus.sources.rows import Record, metadata_columns

if TYPE_CHECKING:
    from newsframes.corpus.sources.partitions import PartitionSpec

BATCH_ROWS = 1024  # rows decoded at a time inside a row group


def columns(path: Path) -> list[str]:
    """The column names, from the file's schema."""
    return list(pq.read_schema(path).names)


def plan(path: Path, rows: int) -> list[tuple[int, int, tuple[int, ...]]]:
    """``(first_row, stop_row, row_groups)`` per partition, from the footer alone."""
    meta = pq.read_metadata(path)
    parts: list[tuple[int, int, tuple[int, ...]]] = []
    group_start = 0
    pending: list[int] = []
    pending_start = 0
    for group in range(meta.num_row_groups):
        size = meta.row_group(group).num_rows
        if size >= rows:  # a large group: slices of its own
            if pending:
                parts.append((pending_start, group_start, tuple(pending)))
                pending = []
            for first in range(group_start, group_start + size, rows):
                parts.append((first, min(first + rows, group_start + size), (group,)))
        elif size:
            if not pending:
                pending_start = group_start
            pending.append(group)
            if group_start + size - pending_start >= rows:
                parts.append((pending_start, group_start + size, tuple(pending)))
                pending = []
        group_start += size
    if pending:
        parts.append((pending_start, group_start, tuple(pending)))
    return parts


def records(spec: PartitionSpec) -> Iterator[Record]:
    """The rows ``[first_row, stop_row)`` of the partition's row groups."""
    source = spec.source
    handle = pq.ParquetFile(spec.file)
    names = list(handle.schema_arrow.names)
    meta = metadata_columns(names, source.id_column, source.text_column, source.metadata)
    wanted = [source.id_column, source.text_column, *meta]
    row = _first_row_of(handle, spec.row_groups[0])
    for batch in handle.iter_batches(
        batch_size=BATCH_ROWS, row_groups=list(spec.row_groups), columns=wanted
    ):
        begin, end = max(spec.first_row - row, 0), min(spec.stop_row - row, batch.num_rows)
        if begin < end:
            values = batch.slice(begin, end - begin).to_pydict()
            for k in range(end - begin):
                index = row + begin + k
                yield Record(
                    spec.file,
                    index,
                    f"row {index} (counted from 0)",
                    values[source.id_column][k],
                    values[source.text_column][k],
                    {name: _plain(values[name][k]) for name in meta},
                )
        row += batch.num_rows
        if row >= spec.stop_row:
            return


def ids(spec: PartitionSpec) -> Iterator[tuple[int, Any]]:
    """``(row index, id)`` of the partition's rows, reading the id column only."""
    handle = pq.ParquetFile(spec.file)
    row = _first_row_of(handle, spec.row_groups[0])
    for batch in handle.iter_batches(
        batch_size=BATCH_ROWS * 16,
        row_groups=list(spec.row_groups),
        columns=[spec.source.id_column],
    ):
        for k, value in enumerate(batch.column(0).to_pylist()):
            if spec.first_row <= row + k < spec.stop_row:
                yield row + k, value
        row += batch.num_rows


def _first_row_of(handle: pq.ParquetFile, group: int) -> int:
    meta = handle.metadata
    return sum(meta.row_group(g).num_rows for g in range(group))


def _plain(value: Any) -> Any:
    """A metadata value a table can hold: nested values as their text."""
    return str(value) if isinstance(value, dict | list) else value
