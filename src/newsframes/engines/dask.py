"""The Dask engine: the same per-partition function as the local engine, on a Dask cluster.

A ``LocalCluster`` on this machine by default, or the scheduler of an existing cluster
(``--scheduler tcp://host:8786``: SLURM through dask-jobqueue, Kubernetes, a cloud service).
Every worker must see the input files and ``--out`` at the same paths (a shared file system).
Needs the optional extra: ``pip install newsframes[dask]``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, redirect_stdout
from typing import Any, TypeVar

from newsframes.corpus.sources import PartitionSpec

INSTALL = "install the Dask extra: pip install 'newsframes[dask]' (or dask and distributed)"
Result = TypeVar("Result")


class DaskEngine:
    """A Dask client for the partitions of one run: on ``scheduler`` (an existing cluster's
    address), else on a LocalCluster of ``workers`` single-threaded processes."""

    def __init__(self, workers: int, scheduler: str | None = None, progress: bool = False):
        self.workers = workers
        self.scheduler = scheduler
        self.progress = progress
        self._stack = ExitStack()
        self._client: Any = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise ImportError(f"--engine dask: {error}. Fix: {INSTALL}") from None
        with self._stack:
            if self.scheduler is not None:
                self._client = self._stack.enter_context(Client(self.scheduler))
            else:
                cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,  # the analysis holds the GIL: one thread per process
                    processes=True,
                    dashboard_address=":0" if _has_dashboard() else None,
                    silence_logs=logging.ERROR,
                )
                self._stack.enter_context(cluster)
                self._client = self._stack.enter_context(Client(cluster))
            if self.progress:
                self._announce()
            self._stack = self._stack.pop_all()  # kept open until __exit__
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()
        self._client = None

    def map(
        self, task: Callable[..., Result], specs: Sequence[PartitionSpec], **options: Any
    ) -> Iterator[tuple[PartitionSpec, Result]]:
        """``task(spec, **options)`` for every partition, as one ``dask.bag`` with a partition
        per spec; each with its result, once all are done."""
        import dask.bag as db
        from distributed import progress as progress_bar

        if not specs:
            return iter([])
        bag = db.from_sequence(list(specs), npartitions=len(specs)).map(task, **options)
        future = self._client.compute(bag)
        if self.progress:
            with redirect_stdout(sys.stderr):  # standard output lists the tables written
                progress_bar(future)
            print(file=sys.stderr)
        results: list[Result] = future.result()
        return iter(list(zip(specs, results, strict=True)))

    def _announce(self) -> None:
        """One line: where the scheduler is, and its dashboard if it has one."""
        info = self._client.scheduler_info()
        link = self._client.dashboard_link if "dashboard" in info.get("services", {}) else None
        where = info.get("address", self.scheduler)
        workers = len(info.get("workers", {}))
        line = f"dask: {workers} workers, scheduler {where}"
        print(line + (f", dashboard {link}" if link else ""), file=sys.stderr)


def _has_dashboard() -> bool:
    """The dashboard needs bokeh, which the Dask extra does not install."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True
