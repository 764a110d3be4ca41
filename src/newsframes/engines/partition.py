"""One partition of a dataset, start to finish in one process: read it, analyse it, write its
tables, and return only their row counts (the text and the tables never travel back)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from newsframes.analysers import registry
from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import PartitionSpec, read_partition, read_partition_checked
from newsframes.errors import Problem
from newsframes.pipeline import analyze_chunk
from newsframes.store import write_partition

OnError = Literal["fail", "skip"]
Format = Literal["parquet", "csv"]
REJECTED = "rejected"


def table_names(analysers: Sequence[Analyser[Any]] | None, on_error: OnError) -> list[str]:
    """Every table a run writes, in order: articles, observations, summaries, rejected rows."""
    chosen = registry.analysers() if analysers is None else analysers
    names = ["articles", *registry.table_names(chosen), *registry.summary_names(chosen)]
    return [*names, REJECTED] if on_error == "skip" else names


def run_partition(
    spec: PartitionSpec,
    out: Path,
    fmt: Format = "parquet",
    analysers: Sequence[Analyser[Any]] | None = None,
    on_error: OnError = "fail",
) -> dict[str, int]:
    """Read, analyse and write partition ``spec`` into ``out``; its tables' row counts.

    With ``on_error="skip"`` a row that cannot be analysed goes to the ``rejected`` table
    (id, file, row, reason) instead of stopping the run; otherwise it raises.
    """
    if on_error == "skip":
        checked = read_partition_checked(spec)
        articles, rejected = checked.frame, checked.rejected
    else:
        articles, rejected = read_partition(spec), None
    tables = analyze_chunk(articles, analysers).tables() if len(articles) else {}
    if not tables:
        tables = _empty_tables(analysers)
    if rejected is not None:
        tables[REJECTED] = rejected
    return write_partition(out, spec.index, tables, fmt)


def check_partition(spec: PartitionSpec) -> list[Problem]:
    """Every problem in partition ``spec`` (ids used earlier in the input are marked on the
    spec): the check before a run, done where the partition is read."""
    return read_partition_checked(spec).problems


def _empty_tables(analysers: Sequence[Analyser[Any]] | None) -> dict[str, pd.DataFrame]:
    """Every table with its columns and no rows (a partition whose rows were all rejected)."""
    one = analyze_chunk(pd.DataFrame({"id": ["empty"], "text": ["Empty."]}), analysers)
    return {name: table.iloc[0:0] for name, table in one.tables().items()}
