"""Read a run's tables back: every complete partition (one with a marker), in partition
order; files of unfinished partitions and temporary files are never read."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from newsframes.store.partition_files import read_markers, table_file


def read_tables(out: Path, names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every table (or those in ``names``) of the complete partitions in ``out``, by name."""
    wanted = None if names is None else set(names)
    parts: dict[str, list[pd.DataFrame]] = {}
    markers = read_markers(Path(out))
    for index in sorted(markers):
        marker = markers[index]
        for name in marker["rows"]:
            if wanted is not None and name not in wanted:
                continue
            parts.setdefault(name, []).append(_read(table_file(out, name, index, marker["format"])))
    return {name: _concat(frames) for name, frames in parts.items()}


def read_table(out: Path, name: str) -> pd.DataFrame:
    """One table of the complete partitions in ``out`` (empty if no partition has it)."""
    return read_tables(out, [name]).get(name, pd.DataFrame())


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, keep_default_na=False, na_values=[""])
    return pq.read_table(path).to_pandas()


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    kept = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(kept, ignore_index=True)
