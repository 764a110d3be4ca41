"""``analyze_dataset``: a whole corpus, partition by partition, into a folder of tables.

The Python entry point behind ``python -m newsframes analyze``. The input is checked first
(every problem named) unless rows are to be skipped; partitions run on the chosen engine and
write their own tables; a manifest is written last. A folder that holds a run is refused, or
resumed with ``resume=True``; a lock keeps two runs out of one folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, Self

from newsframes.analysers.base import Analyser
from newsframes.corpus.sources import (
    PartitionSpec,
    Source,
    mark_duplicates,
    open_source,
    plan_partitions,
)
from newsframes.engines import runs
from newsframes.engines.partition import (
    Format,
    OnError,
    check_partition,
    run_partition,
    table_names,
)
from newsframes.errors import CorpusError
from newsframes.paths import PathError, writable_folder
from newsframes.pipeline import cpu_cores
from newsframes.store import completed_partitions, output_lock, write_manifest
from newsframes.store.partition_files import read_markers

Engine = Literal["local", "dask"]


class Runner(Protocol):
    """An engine: a context in which a task runs on every partition (local or Dask)."""

    def __enter__(self) -> Self: ...
    def __exit__(self, *exc: object) -> None: ...
    def map(
        self, task: Callable[..., Any], specs: Sequence[PartitionSpec], **options: Any
    ) -> Iterator[tuple[PartitionSpec, Any]]: ...


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
        specs = mark_duplicates(specs)  # each partition knows the ids used before it
        used = engine_workers(engine, workers, len(specs))
        with _engine(engine, used, scheduler, analysers, progress) as runner:
            if on_error == "fail":
                _check_input(runner, specs)
            if not resumed:
                runs.record_plan(folder, plan)
            done = completed_partitions(folder, names, fmt) if resumed else set()
            todo = [s for s in specs if s.index not in done]
            options = {"out": folder, "fmt": fmt, "analysers": analysers, "on_error": on_error}
            _show(runner.map(run_partition, todo, **options), todo, progress and engine == "local")
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


def _engine(
    engine: Engine,
    workers: int,
    scheduler: str | None,
    analysers: Sequence[Analyser[Any]] | None,
    progress: bool,
) -> Runner:
    if engine == "dask":
        from newsframes.engines.dask import DaskEngine

        return DaskEngine(workers, scheduler, progress)
    from newsframes.engines.local import LocalEngine

    return LocalEngine(workers, analysers)


def _show(
    finished: Iterable[tuple[PartitionSpec, dict[str, int]]],
    specs: Sequence[PartitionSpec],
    progress: bool,
) -> None:
    """Wait for every partition of ``finished``, with a progress bar of articles if asked."""
    if not progress:
        for _ in finished:
            pass
        return
    from tqdm.auto import tqdm

    with tqdm(total=sum(s.rows for s in specs), unit="article", desc="analyze") as bar:
        for spec, _counts in finished:
            bar.update(spec.rows)


def _check_input(runner: Runner, specs: Sequence[PartitionSpec]) -> None:
    """Every problem of the input (each partition checked by a worker) and of the lexicons,
    raised at once before any partition is written."""
    from newsframes.lexicons.validation import check_lexicons

    found = dict(runner.map(check_partition, specs))
    problems = [p for spec in sorted(found, key=lambda s: s.index) for p in found[spec]]
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
