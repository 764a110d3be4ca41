"""CSV files: one article per record, the header naming the columns.

Planning parses the file once with the csv module (the same parser that reads it), keeping
only where every ``partition_rows``-th record starts (its byte and line), so a worker reads
its own byte range and a text with line breaks inside quotes is never cut. Rows are named
by the line they start on, as an editor counts lines (the header is line 1). Every cell is
read as text, exactly as written: no number or date is guessed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsframes.corpus.sources.rows import Record, metadata_columns

if TYPE_CHECKING:
    from newsframes.corpus.sources.partitions import PartitionSpec

csv.field_size_limit(2**31 - 1)  # an article may be millions of characters in one field


class UnreadableCsv(ValueError):
    """The csv module cannot split the file into records (e.g. old Mac CR line endings)."""

    def __init__(self, line: int, error: csv.Error) -> None:
        super().__init__(f"line {line}: {error}")
        self.line = line
        self.reason = str(error)
        if "new-line character" in self.reason:  # the csv module's advice is for its callers
            self.reason = "a line break (CR) in a field that is not in quotes"


def _lines(handle: io.BufferedReader, offsets: list[int]) -> Iterator[str]:
    """The file's lines from where it stands (split at LF only, endings kept), decoded with
    bad bytes kept as surrogates; ``offsets[0]`` follows the byte position."""
    for line in handle:
        offsets[0] += len(line)
        yield line.decode("utf-8", errors="surrogateescape")


def header(path: Path) -> list[str]:
    """The column names (a UTF-8 byte-order mark before the first is not part of it)."""
    with path.open("rb") as handle:
        reader = csv.reader(_lines(handle, [0]))
        try:
            first = next(reader, [])
        except csv.Error as error:
            raise UnreadableCsv(reader.line_num, error) from None
    if first:
        first[0] = first[0].removeprefix("\ufeff")
    return first


def plan(path: Path, rows: int) -> list[tuple[int, int, int, int, int]]:
    """``(first_row, stop_row, first_byte, stop_byte, first_line)`` per partition of rows."""
    parts: list[tuple[int, int, int, int, int]] = []
    offsets = [0]
    with path.open("rb") as handle:
        reader = csv.reader(_lines(handle, offsets))
        if next(reader, None) is None:
            return parts
        start_byte, start_line, start_row, count = offsets[0], reader.line_num + 1, 0, 0
        for record in _checked(reader):
            if not record:
                continue
            count += 1
            if count - start_row == rows:
                parts.append((start_row, count, start_byte, offsets[0], start_line))
                start_byte, start_line, start_row = offsets[0], reader.line_num + 1, count
        if count > start_row:
            parts.append((start_row, count, start_byte, offsets[0], start_line))
    return parts


def _checked(reader: Any) -> Iterator[list[str]]:
    """The reader's records; a record the csv module cannot read is an UnreadableCsv."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise UnreadableCsv(reader.line_num, error) from None


def records(spec: PartitionSpec) -> Iterator[Record]:
    """The records of one partition, each named by the line it starts on."""
    source = spec.source
    names = header(spec.file)
    meta = metadata_columns(names, source.id_column, source.text_column, source.metadata)
    id_at, text_at = names.index(source.id_column), names.index(source.text_column)
    meta_at = [(name, names.index(name)) for name in meta]
    with spec.file.open("rb") as handle:
        handle.seek(spec.first_byte)
        data = handle.read(spec.stop_byte - spec.first_byte)
    text = data.decode("utf-8", errors="surrogateescape")
    reader = csv.reader(io.StringIO(text, newline="\n"))
    done = 0
    while True:
        line = spec.first_line + reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield _broken(spec.file, line, str(error))
            return
        if not cells:
            continue
        done += 1
        record = Record(
            spec.file,
            line,
            f"line {line}",
            cells[id_at] if id_at < len(cells) else None,
            cells[text_at] if text_at < len(cells) else None,
            {name: _cell(cells, at) for name, at in meta_at},
        )
        if len(cells) != len(names):
            record.problems.append(
                (
                    "(row)",
                    f"{len(cells)} fields, but the header has {len(names)}",
                    "quote every field that holds a comma, a quote or a line break",
                )
            )
        yield record


def _cell(cells: list[str], at: int) -> str | None:
    """A metadata cell as written; an empty or missing one is missing (None)."""
    return cells[at] if at < len(cells) and cells[at] != "" else None


def _broken(file: Path, line: int, message: str) -> Record:
    record = Record(file, line, f"line {line}", None, None)
    record.problems.append(("(row)", f"cannot be read as CSV: {message}", "repair the quoting"))
    return record
