"""The local engine: partitions run on a pool of processes on this machine.

Each worker reads its own partition, writes its own tables and sends back only their row
counts, so the parent process neither pickles text out nor tables back: two workers do
twice the work of one (``make bench`` measures it).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

import pandas as pd

from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import PartitionSpec
from newsframes.pipeline import analyze_chunk

Result = TypeVar("Result")


class LocalEngine:
    """``workers`` processes (1: this process) for the partitions of one run."""

    def __init__(self, workers: int, analysers: Sequence[Analyser[Any]] | None = None) -> None:
        self.workers = workers
        self.analysers = analysers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            warm_up(self.analysers)  # forked workers inherit the loaded lexicons
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=_context(),
                initializer=warm_up,
                initargs=(self.analysers,),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(
        self, task: Callable[..., Result], specs: Sequence[PartitionSpec], **options: Any
    ) -> Iterator[tuple[PartitionSpec, Result]]:
        """``task(spec, **options)`` for every partition; each as it completes."""
        if self._pool is None:
            for spec in specs:
                yield spec, task(spec, **options)
            return
        running: dict[Future[Result], PartitionSpec] = {
            self._pool.submit(task, spec, **options): spec for spec in specs
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
