"""JSON Lines files: one JSON object per line, one article per object.

Planning counts lines (no JSON is parsed) and keeps the byte where every
``partition_rows``-th article starts; rows are named by their line, counted from 1.
Blank lines are not articles. Values are kept as JSON gives them; a nested object or list
in a metadata field is carried as its JSON text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsframes.corpus.sources.rows import RESERVED, Record

if TYPE_CHECKING:
    from newsframes.corpus.sources.partitions import PartitionSpec


def plan(path: Path, rows: int) -> list[tuple[int, int, int, int, int]]:
    """``(first_row, stop_row, first_byte, stop_byte, first_line)`` per partition of rows."""
    parts: list[tuple[int, int, int, int, int]] = []
    offset = count = start_row = start_byte = 0
    start_line = 1
    line_no = 0
    with path.open("rb") as handle:
        for line in handle:
            line_no += 1
            if count == start_row and not line.strip():
                start_byte, start_line = offset + len(line), line_no + 1
            offset += len(line)
            if not line.strip():
                continue
            count += 1
            if count - start_row == rows:
                parts.append((start_row, count, start_byte, offset, start_line))
                start_row, start_byte, start_line = count, offset, line_no + 1
    if count > start_row:
        parts.append((start_row, count, start_byte, offset, start_line))
    return parts


def records(spec: PartitionSpec) -> Iterator[Record]:
    """The records of one partition, each named by its line."""
    source = spec.source
    with spec.file.open("rb") as handle:
        handle.seek(spec.first_byte)
        data = handle.read(spec.stop_byte - spec.first_byte)
    for number, line in enumerate(data.split(b"\n"), start=spec.first_line):
        if not line.strip():
            continue
        yield _record(spec.file, number, line, source.id_column, source.text_column, source)


def _record(
    file: Path, number: int, line: bytes, id_column: str, text_column: str, source: Any
) -> Record:
    record = Record(file, number, f"line {number}", None, None)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        record.problems.append(
            (
                "(line)",
                f"not valid UTF-8 (byte {line[error.start]:#04x} at offset {error.start} "
                "of the line)",
                "re-save the file as UTF-8",
            )
        )
        return record
    try:
        value = json.loads(text)
    except ValueError as error:
        record.problems.append(
            ("(line)", f"not valid JSON: {error}", "write one JSON object per line")
        )
        return record
    if not isinstance(value, dict):
        record.problems.append(
            ("(line)", f"a JSON {type(value).__name__}, not an object", "write one object per line")
        )
        return record
    record.id = value.get(id_column)
    record.text = value.get(text_column)
    if id_column not in value:
        record.problems.append(("id", f"no {id_column!r} field", "give every line an id"))
    if text_column not in value:
        record.problems.append(("text", f"no {text_column!r} field", "give every line its text"))
    wanted = source.metadata
    keys = wanted if wanted is not None else [k for k in value if k not in (id_column, text_column)]
    record.meta = {key: _plain(value.get(key)) for key in keys}
    for key in sorted(set(record.meta) & set(RESERVED)):
        record.problems.append(
            (key, f"a field named {key!r}, which the analysis makes itself", "rename the field")
        )
    return record


def _plain(value: Any) -> Any:
    """A metadata value a table can hold: nested objects and lists as their JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
