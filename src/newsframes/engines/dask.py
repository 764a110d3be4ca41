"""The Dask engine: the same per-partition function as the local engine, on a Dask cluster.

A ``LocalCluster`` on this machine by default, or the scheduler of an existing cluster
(``--scheduler tcp://host:8786``: SLURM through dask-jobqueue, Kubernetes, a cloud service).
Every worker must see the input files and ``--out`` at the same paths (a shared file system).
Needs the optional extra: ``pip install newsframes[dask]``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any

from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import PartitionSpec
from newsframes.engines.partition import Format, OnError, run_partition

INSTALL = "install the Dask extra: pip install 'newsframes[dask]' (or dask and distributed)"


def run_dask(
    specs: Sequence[PartitionSpec],
    out: Path,
    *,
    fmt: Format,
    analysers: Sequence[Analyser[Any]] | None,
    on_error: OnError,
    workers: int,
    scheduler: str | None = None,
    progress: bool = False,
) -> list[tuple[PartitionSpec, dict[str, int]]]:
    """Run every partition of ``specs`` as one task of a ``dask.bag``; each partition with
    its row counts. ``scheduler``: an existing cluster's address, else a LocalCluster of
    ``workers`` single-threaded processes."""
    try:
        import dask.bag as db
        from distributed import progress as progress_bar
    except ImportError as error:
        raise ImportError(f"--engine dask: {error}. Fix: {INSTALL}") from None
    if not specs:
        return []
    with _client(scheduler, workers) as client:
        if progress:
            link = client.dashboard_link if client.scheduler_info().get("services") else None
            where = client.scheduler.address if client.scheduler else scheduler
            print(
                f"dask: scheduler {where}" + (f", dashboard {link}" if link else ""),
                file=sys.stderr,
            )
        bag = db.from_sequence(list(specs), npartitions=len(specs)).map(
            run_partition, out=out, fmt=fmt, analysers=analysers, on_error=on_error
        )
        future = client.compute(bag)
        if progress:
            with redirect_stdout(sys.stderr):  # standard output lists the tables written
                progress_bar(future)
            print(file=sys.stderr)
        counts: list[dict[str, int]] = future.result()
    return list(zip(specs, counts, strict=True))


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,  # the analysis holds the GIL: one thread per process
            processes=True,
            dashboard_address=":0" if _has_dashboard() else None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _has_dashboard() -> bool:
    """The dashboard needs bokeh, which the Dask extra does not install."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True
