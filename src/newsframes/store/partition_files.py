"""One file per table per partition, each written under a hidden temporary name and renamed
into place when complete, and a marker per partition written last: a partition is complete
only when its marker is there. A killed run leaves at most hidden temporary files and
tables without a marker, which :func:`completed_partitions` and ``read_tables`` ignore.

Layout: ``<out>/<table>/part-00000.parquet`` (or ``.csv``) and ``<out>/_partitions/00000.done``
(JSON: the format and the rows of each table).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newsframes.paths import write_error

FORMATS = ("parquet", "csv")
MARKERS = "_partitions"
MARKER_SUFFIX = ".done"


def table_file(out: Path, table: str, index: int, fmt: str) -> Path:
    """Where partition ``index`` of ``table`` is written."""
    return Path(out) / table / f"part-{index:05d}.{_checked(fmt)}"


def marker_file(out: Path, index: int) -> Path:
    """The file that says partition ``index`` is complete."""
    return Path(out) / MARKERS / f"{index:05d}{MARKER_SUFFIX}"


def write_partition(
    out: Path, index: int, tables: dict[str, pd.DataFrame], fmt: str = "parquet"
) -> dict[str, int]:
    """Write each table of partition ``index``, then its marker; the rows of each table.

    Safe to repeat (a resumed run rewrites a partition that has no marker). A file-system
    failure is a :class:`~newsframes.paths.PathError` naming the file and the fix.
    """
    out = Path(out)
    writer = _WRITERS[_checked(fmt)]
    counts = {}
    for name, table in tables.items():
        target = table_file(out, name, index, fmt)
        atomic_write(target, partial(writer, table))
        counts[name] = len(table)
    marker = json.dumps({"format": fmt, "rows": counts}, indent=1)
    atomic_write(marker_file(out, index), lambda path: path.write_text(marker, encoding="utf-8"))
    return counts


def completed_partitions(out: Path, tables: Sequence[str], fmt: str = "parquet") -> set[int]:
    """The partitions whose marker is there, in format ``fmt``, with a file for each table
    of ``tables`` (a resumed run skips these)."""
    done = set()
    for index, marker in read_markers(Path(out)).items():
        if marker.get("format") != fmt:
            continue
        if all(table_file(out, name, index, fmt).is_file() for name in tables):
            done.add(index)
    return done


def read_markers(out: Path) -> dict[int, dict[str, Any]]:
    """Every readable partition marker in ``out``, by partition index."""
    folder = Path(out) / MARKERS
    markers: dict[int, dict[str, Any]] = {}
    if not folder.is_dir():
        return markers
    for path in folder.glob(f"[0-9]*{MARKER_SUFFIX}"):
        try:
            marker = json.loads(path.read_text(encoding="utf-8"))
            index = int(path.name.removesuffix(MARKER_SUFFIX))
        except (OSError, ValueError):
            continue  # an unreadable marker is no proof of completion
        if isinstance(marker, dict) and isinstance(marker.get("rows"), dict):
            markers[index] = marker
    return markers


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """``write(temporary path)``, then rename it to ``target``: ``target`` is either absent,
    as before, or complete. The temporary file is hidden and removed on failure."""
    temporary = target.parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        raise write_error(target, error) from None
    finally:
        temporary.unlink(missing_ok=True)


def _checked(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _write_parquet(table: pd.DataFrame, path: Path) -> None:
    pq.write_table(_arrow(table), path)


def _write_csv(table: pd.DataFrame, path: Path) -> None:
    table.to_csv(path, index=False)


def _arrow(table: pd.DataFrame) -> pa.Table:
    """The table for Parquet; a column of mixed Python values is written as text."""
    try:
        return pa.Table.from_pandas(table, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        fixed = table.copy()
        for name in _unconvertible(table):
            fixed[name] = [None if _missing(v) else str(v) for v in table[name]]
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _unconvertible(table: pd.DataFrame) -> Iterable[str]:
    for name in table.columns:
        try:
            pa.array(table[name], from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            yield name


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


_WRITERS: dict[str, Callable[[pd.DataFrame, Path], None]] = {
    "parquet": _write_parquet,
    "csv": _write_csv,
}
