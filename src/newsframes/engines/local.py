"""The local engine: partitions run on a pool of processes on this machine.

Each worker reads its own partition, writes its own tables and sends back only their row
counts, so the parent process neither pickles text out nor tables back: two workers do
twice the work of one (``make bench`` measures it).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import pandas as pd

from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import PartitionSpec
from newsframes.engines.partition import Format, OnError, run_partition
from newsframes.pipeline import analyze_chunk


def run_local(
    specs: Sequence[PartitionSpec],
    out: Path,
    *,
    fmt: Format,
    analysers: Sequence[Analyser[Any]] | None,
    on_error: OnError,
    workers: int,
) -> Iterator[tuple[PartitionSpec, dict[str, int]]]:
    """Run every partition of ``specs`` on ``workers`` processes (1: in this process);
    yields each partition with its row counts as it completes."""
    if workers <= 1:
        for spec in specs:
            yield spec, run_partition(spec, out, fmt, analysers, on_error)
        return
    warm_up(analysers)  # forked workers inherit the loaded lexicons instead of each loading them
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=warm_up, initargs=(analysers,)
    ) as pool:
        running: dict[Future[dict[str, int]], PartitionSpec] = {
            pool.submit(run_partition, spec, out, fmt, analysers, on_error): spec for spec in specs
        }
        try:
            for done in as_completed(running):
                yield running[done], done.result()
        finally:
            for future in running:  # a failure or an interrupt: start no further partition
                future.cancel()


def _context() -> multiprocessing.context.BaseContext:
    """``fork`` where there is one (the workers share the parent's loaded lexicons), else
    ``spawn``: every task is a module-level function of small picklable arguments."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


_warm = False


def warm_up(analysers: Sequence[Analyser[Any]] | None = None) -> None:
    """Load every lexicon and scorer once in this process (a no-op the second time)."""
    global _warm
    if not _warm:
        text = "The Free Syrian Army said: “Yes.”"
        analyze_chunk(pd.DataFrame({"id": ["warm-up"], "text": [text]}), analysers)
        _warm = True
