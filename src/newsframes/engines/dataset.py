"""``analyze_dataset``: a whole corpus, partition by partition, into a folder of tables.

The Python entry point behind ``python -m newsframes analyze``. The input is checked first
(every problem named) unless rows are to be skipped; partitions run on the chosen engine and
write their own tables; a manifest is written last. A folder that holds a run is refused, or
resumed with ``resume=True``; a lock keeps two runs out of one folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import (
    PartitionSpec,
    Source,
    check_source,
    mark_duplicates,
    open_source,
    plan_partitions,
)
from newsframes.engines import runs
from newsframes.engines.partition import Format, OnError, table_names
from newsframes.errors import CorpusError
from newsframes.paths import PathError, writable_folder
from newsframes.pipeline import cpu_cores
from newsframes.store import completed_partitions, output_lock, write_manifest
from newsframes.store.partition_files import read_markers

Engine = Literal["local", "dask"]
ENGINES: tuple[Engine, ...] = ("local", "dask")


@dataclass(frozen=True)
class Manifest:
    """What a run wrote: the manifest file, rows per table, partitions run and skipped."""

    path: Path
    counts: dict[str, int]
    seconds: float
    engine: str
    workers: int
    partitions: int
    skipped: int = 0
    tables: list[str] = field(default_factory=list)


def analyze_dataset(
    source: Source | str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    engine: Engine = "local",
    workers: int | None = None,
    fmt: Format = "parquet",
    resume: bool = False,
    on_error: OnError = "fail",
    scheduler: str | None = None,
    analysers: Sequence[Analyser[Any]] | None = None,
    progress: bool = False,
) -> Manifest:
    """Analyse every article of ``source`` into ``out/<table>/part-NNNNN.<fmt>``.

    ``source``: a :class:`Source` or a location for :func:`open_source`. ``workers``: processes
    (default: every CPU core, at most one per partition). ``on_error="skip"`` writes bad rows
    to the ``rejected`` table instead of stopping; ``resume`` skips complete partitions.
    """
    _check_choice("engine", engine, ENGINES)
    _check_choice("fmt", fmt, ("parquet", "csv"))
    _check_choice("on_error", on_error, ("fail", "skip"))
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    opened = source if isinstance(source, Source) else open_source(source)
    folder = writable_folder(Path(os.path.abspath(out)))
    specs = plan_partitions(opened, opened.partition_rows)
    names = table_names(analysers, on_error)
    _check_table_folders(folder, names)
    start = time.perf_counter()
    with output_lock(folder):
        plan = runs.plan_of(opened, specs, names, fmt)
        resumed = runs.continues_run(folder, plan, resume=resume)
        if on_error == "fail":
            _check_input(opened)
        else:  # each worker rejects the later uses of an id, with a row in `rejected`
            specs = mark_duplicates(specs)
        if not resumed:
            runs.record_plan(folder, plan)
        done = completed_partitions(folder, names, fmt) if resumed else set()
        todo = [s for s in specs if s.index not in done]
        used = engine_workers(engine, workers, len(todo))
        _run(engine, todo, folder, fmt, analysers, on_error, used, scheduler, progress)
        counts = _total(read_markers(folder), [s.index for s in specs], names)
        seconds = time.perf_counter() - start
        path = write_manifest(
            folder,
            source=opened,
            counts=counts,
            seconds=seconds,
            engine=engine,
            workers=used,
            format=fmt,
            on_error=on_error,
            partitions={"total": len(specs), "complete_before": len(specs) - len(todo)},
        )
    return Manifest(path, counts, seconds, engine, used, len(specs), len(specs) - len(todo), names)


def engine_workers(engine: Engine, workers: int | None, partitions: int) -> int:
    """The workers a run uses: as asked (default: the CPU cores), but locally no more than
    the CPU cores or the partitions to run (more would sit idle or compete for a core)."""
    wanted = cpu_cores() if workers is None else workers
    if engine == "local":
        return max(1, min(wanted, cpu_cores(), partitions))
    return max(1, min(wanted, partitions))


def _run(
    engine: Engine,
    specs: list[PartitionSpec],
    out: Path,
    fmt: Format,
    analysers: Sequence[Analyser[Any]] | None,
    on_error: OnError,
    workers: int,
    scheduler: str | None,
    progress: bool,
) -> None:
    options: dict[str, Any] = {"fmt": fmt, "analysers": analysers, "on_error": on_error}
    if engine == "dask":
        from newsframes.engines.dask import run_dask

        run_dask(specs, out, workers=workers, scheduler=scheduler, progress=progress, **options)
        return
    from newsframes.engines.local import run_local

    finished: Iterable[tuple[PartitionSpec, dict[str, int]]] = run_local(
        specs, out, workers=workers, **options
    )
    if progress:
        from tqdm.auto import tqdm

        total = sum(s.stop_row - s.first_row for s in specs)
        with tqdm(total=total, unit="article", desc="analyze") as bar:
            for spec, _counts in finished:
                bar.update(spec.stop_row - spec.first_row)
    else:
        for _ in finished:
            pass


def _check_input(source: Source) -> None:
    """Every problem of the input and of the lexicons at once, before any partition runs."""
    from newsframes.lexicons.validation import check_lexicons

    problems = check_source(source)
    problems += [p for p in check_lexicons() if p not in problems]
    if problems:
        raise CorpusError(problems)


def _check_table_folders(out: Path, names: Sequence[str]) -> None:
    """Each table's folder is a folder or missing, checked before anything is written."""
    for name in names:
        target = out / name
        if target.exists() and not target.is_dir():
            raise PathError(
                target,
                f"is a file, so the {name} table's partitions cannot be written there",
                "move or rename that file, or give another --out",
            )


def _total(
    markers: dict[int, dict[str, Any]], indices: Sequence[int], names: Sequence[str]
) -> dict[str, int]:
    """Rows per table over the partitions ``indices``, from their markers, in table order."""
    missing = [k for k in indices if k not in markers]
    if missing:  # every partition ran, so a missing marker is a fault, not a short count
        raise RuntimeError(f"partitions {missing} finished without their markers")
    return {name: sum(int(markers[k]["rows"].get(name, 0)) for k in indices) for name in names}


def _check_choice(what: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
