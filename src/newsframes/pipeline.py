"""Run every registered analyser over a corpus and collect the tidy tables.

The same code serves one article in a chapter and 10^5 articles in a batch
job: articles are processed in chunks (optionally on several processes), and
:func:`write_csv` appends each chunk's tables to disk as soon as it is done,
so memory stays flat however large the corpus. Which tables there are, and in which
order, comes from :mod:`newsframes.analysers.registry`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers import actors, registry
from newsframes.analysers.base import Analyser
from newsframes.analysers.parse import Columns, append_columns, check_article_sizes, parse
from newsframes.lexicons.loader import held_lexicons
from newsframes.paths import PathError, writable_folder, write_error
from newsframes.text.segmentation import tokenize

Analysers = Sequence[Analyser[Any]]

CHUNK_SIZE = 100  # articles analysed (and written) at a time


@dataclass
class Analysis:
    """Every table for a corpus: the articles, the per-observation tables, the per-article ones.

    Tables are attributes by name (``analysis.mentions``, ``analysis.frame_scores``),
    one for each table of the registered analysers (:mod:`newsframes.analysers.registry`).
    """

    articles: pd.DataFrame
    observations: dict[str, pd.DataFrame] = field(default_factory=dict)
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Only called for names that are not attributes; __dict__ may be empty while unpickling.
        return _table(self.__dict__, name, "Analysis")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.observations, *self.summaries})

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables by name: the articles, per observation, then the per-article summaries."""
        return {"articles": self.articles, **self.observations, **self.summaries}

    def to_csv(self, out: str | os.PathLike[str]) -> list[Path]:
        """Write every table as ``<out>/<name>.csv``; returns the paths.

        All tables are replaced together, or none is (a :class:`PathError` says why).
        """
        tables = self.tables()
        with _writing_tables(Path(out), list(tables)) as append:
            for name, table in tables.items():
                append(name, table)
        return _table_paths(Path(out), tables)


def _table(attributes: dict[str, Any], name: str, owner: str) -> pd.DataFrame:
    """The table ``name`` among the ``observations`` and ``summaries`` of ``attributes``."""
    for group in ("observations", "summaries"):
        tables = attributes.get(group, {})
        if name in tables:
            return tables[name]
    raise AttributeError(f"{owner} has no attribute or table {name!r}")


def _observations(
    ids: list[str], texts: Iterable[str], chosen: Analysers
) -> dict[str, pd.DataFrame]:
    """The per-observation tables of ``chosen`` for several articles, ``article_id`` first.

    Each article is parsed once; the analysers return plain columns, which are appended
    across the articles so that each table is built once, not once per article. Derived
    tables (e.g. co-mentions) are made last, once per chunk.
    """
    lexicon = actors.load_actors()
    prepared = [(a, a.prepare()) for a in chosen]
    found: list[Columns] = [{} for _ in chosen]
    rows: list[list[int]] = [[] for _ in chosen]
    for text in texts:
        article = parse(text, lexicon)
        for k, (analyser, loaded) in enumerate(prepared):
            rows[k].append(append_columns(found[k], analyser.columns(article, loaded)))
    tables: dict[str, pd.DataFrame] = {}
    for k, analyser in enumerate(chosen):
        table = analyser.to_table(found[k])
        if list(table.columns) != list(analyser.table_columns):
            raise ValueError(
                f"the {analyser.name} analyser made a {analyser.table} table with columns "
                f"{list(table.columns)}, not the declared {list(analyser.table_columns)}"
            )
        tables[analyser.table] = _with_ids(table, ids, rows[k])
    for analyser in chosen:
        for name, derive in analyser.derived.items():
            tables[name] = derive(tables)
    return {name: tables[name] for analyser in chosen for name in analyser.tables}


def _with_ids(table: pd.DataFrame, ids: list[str], rows: list[int]) -> pd.DataFrame:
    """``table`` with ``article_id`` first: ``ids[k]`` repeated ``rows[k]`` times."""
    table.insert(0, "article_id", np.repeat(ids, rows))
    return table


def analyze_article(article_id: str, text: str) -> dict[str, pd.DataFrame]:
    """Every per-observation table for one article, each with ``article_id`` first.

    Derived tables (e.g. :func:`newsframes.analysers.actors.co_mentions`) are left out.
    """
    chosen = registry.analysers()
    tables = _observations([article_id], [text], chosen)
    return {a.table: tables[a.table] for a in chosen}


def _articles_table(chunk: pd.DataFrame) -> pd.DataFrame:
    keep = [c for c in chunk.columns if c not in {"raw_text", "text", "removed", "date_sort"}]
    table = chunk[keep].copy()
    if "n_words" not in table:
        table["n_words"] = [len(tokenize(t)) for t in chunk["text"]]
    return table


def _summaries(analysis: Analysis, chosen: Analysers) -> dict[str, pd.DataFrame]:
    n_words = analysis.articles.set_index("id")["n_words"]
    tables = analysis.observations
    return {
        name: summarise(tables, n_words)
        for analyser in chosen
        for name, summarise in analyser.summaries.items()
    }


# Analysing a chunk allocates millions of short-lived objects (tokens, tuples, small
# tables). With Python's default generation-0 threshold (700) that triggers thousands
# of cyclic collections per chunk, each walking the large, long-lived lexicon objects:
# about 12% of the run time. A higher threshold while a chunk runs still collects every
# cycle, just less often; memory stays bounded by the chunk size.
GC_THRESHOLD_DURING_CHUNK = 50_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    previous = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD_DURING_CHUNK, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def analyze_chunk(chunk: pd.DataFrame, analysers: Analysers | None = None) -> Analysis:
    """Analyse a (small) corpus DataFrame with columns ``id`` and ``text`` in this process.

    ``analysers`` default to the registered ones (:func:`newsframes.analysers.registry.analysers`).
    """
    chosen = registry.analysers() if analysers is None else analysers
    with _fewer_collections(), held_lexicons():
        ids = [str(aid) for aid in chunk["id"]]
        analysis = Analysis(_articles_table(chunk), _observations(ids, chunk["text"], chosen))
        analysis.summaries = _summaries(analysis, chosen)
        return analysis


@contextmanager
def _frozen_objects() -> Iterator[None]:
    """Every object alive now (the warmed-up lexicons) left out of cyclic collections, in
    this process and the workers forked from it, until the block ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _chunks(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for begin in range(0, len(articles), size):
        yield articles.iloc[begin : begin + size][["id", "text", *_meta(articles)]]


def _meta(articles: pd.DataFrame) -> list[str]:
    return [
        c for c in articles.columns if c not in {"id", "text", "raw_text", "removed", "date_sort"}
    ]


def _warm_up(chosen: Analysers) -> None:
    """Load every lexicon and scorer once in this process."""
    text = "The Free Syrian Army said: “Yes.”"
    analyze_chunk(pd.DataFrame({"id": ["warm-up"], "text": [text]}), chosen)


def worker_count(workers: int, *, articles: int, chunk_size: int = CHUNK_SIZE) -> int:
    """The processes a run uses: ``workers``, but no more than there are chunks of articles
    or CPU cores (more would sit idle or compete for a core). Fewer than 1 is an error."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    chunks = -(-articles // chunk_size)
    return max(1, min(workers, chunks, cpu_cores()))


def cpu_cores() -> int:
    """The CPU cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def iter_analyze(
    articles: pd.DataFrame,
    *,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
    progress: bool = False,
) -> Iterator[Analysis]:
    """Analyses of successive chunks of ``articles``, in order, on ``workers`` processes
    (at most one per chunk and per core: :func:`worker_count`)."""
    used = worker_count(workers, articles=len(articles), chunk_size=chunk_size)
    return _iter_analyze(articles, registry.analysers(), chunk_size, used, progress)


def _iter_analyze(
    articles: pd.DataFrame, chosen: Analysers, chunk_size: int, workers: int, progress: bool
) -> Iterator[Analysis]:
    check_article_sizes(articles["id"], articles["text"])  # before any chunk is analysed
    chunks: Iterable[pd.DataFrame] = _chunks(articles, chunk_size)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="analyze")
    if workers > 1:
        _warm_up(chosen)  # forked workers inherit the loaded lexicons instead of each loading them
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork") if "fork" in methods else None
        # ...and no collection in a worker walks them again (about 1% of a worker's time)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        with _frozen_objects(), pool:
            for result in pool.map(partial(analyze_chunk, analysers=chosen), chunks):
                if bar is not None:
                    bar.update(len(result.articles))
                yield result
    else:
        for chunk in chunks:
            result = analyze_chunk(chunk, chosen)
            if bar is not None:
                bar.update(len(result.articles))
            yield result
    if bar is not None:
        bar.close()


def analyze(
    articles: pd.DataFrame,
    *,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
    progress: bool = False,
) -> Analysis:
    """Every table for a corpus DataFrame (columns at least ``id`` and ``text``)."""
    used = worker_count(workers, articles=len(articles), chunk_size=chunk_size)
    chosen = registry.analysers()
    parts = list(_iter_analyze(articles, chosen, chunk_size, used, progress))
    if not parts:
        raise ValueError("analyze() needs at least one article (the corpus DataFrame is empty)")
    # Per-observation tables follow the articles; derived tables and summaries come
    # sorted by article id within each chunk, and so across the corpus.
    by_article = {name for a in chosen for name in a.derived}
    observations = {
        name: _by_article(_concat([p.observations[name] for p in parts]), name in by_article)
        for name in registry.table_names(chosen)
    }
    summaries = {
        name: _by_article(_concat([p.summaries[name] for p in parts]), True)
        for name in registry.summary_names(chosen)
    }
    return Analysis(_concat([p.articles for p in parts]), observations, summaries)


def _concat(tables: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(tables, ignore_index=True)


def _by_article(table: pd.DataFrame, sort: bool) -> pd.DataFrame:
    """``table`` stably sorted by ``article_id`` if ``sort``, else as it is."""
    return table.sort_values("article_id", kind="stable").reset_index(drop=True) if sort else table


def write_csv(
    articles: pd.DataFrame,
    out: str | os.PathLike[str],
    *,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
    progress: bool = False,
) -> list[Path]:
    """Analyse chunk by chunk, appending each table to ``<out>/<name>.csv`` (flat memory).

    ``out`` is checked (and created) before any analysis, and the tables replace those of
    an earlier run all together at the end: a run that fails leaves the earlier tables as
    they were, never some new and some stale. File-system failures raise :class:`PathError`.
    """
    folder = Path(out)
    worker_count(workers, articles=len(articles), chunk_size=chunk_size)
    names = ["articles", *registry.table_names(), *registry.summary_names()]
    with _writing_tables(folder, names) as append:
        for part in iter_analyze(
            articles, chunk_size=chunk_size, workers=workers, progress=progress
        ):
            for name, table in part.tables().items():
                append(name, table)
    return _table_paths(folder, append.written)


class _Appender:
    """Appends tables to hidden partial files in a folder; remembers which it started."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[str] = []

    def partial(self, name: str) -> Path:
        return self.folder / f".{name}.csv.partial"

    def __call__(self, name: str, table: pd.DataFrame) -> None:
        first = name not in self.written
        try:
            table.to_csv(self.partial(name), mode="w" if first else "a", header=first, index=False)
        except OSError as error:
            raise write_error(self.folder / f"{name}.csv", error) from None
        if first:
            self.written.append(name)


@contextmanager
def _writing_tables(folder: Path, names: Sequence[str]) -> Iterator[_Appender]:
    """An appender into ``folder``, checked first; the tables it wrote are moved into place
    together on success, and its partial files are removed on any failure."""
    writable_folder(folder)
    for name in names:
        target = folder / f"{name}.csv"
        if target.is_dir():
            raise PathError(
                target,
                f"is a folder, so the {name} table cannot be written there",
                "move or rename that folder, or write the tables to another folder",
            )
    append = _Appender(folder)
    try:
        yield append
        for name in append.written:
            target = folder / f"{name}.csv"
            try:
                os.replace(append.partial(name), target)
            except OSError as error:
                raise write_error(target, error) from None
    finally:
        for name in append.written:
            append.partial(name).unlink(missing_ok=True)


def _table_paths(folder: Path, names: Iterable[str]) -> list[Path]:
    return [folder / f"{name}.csv" for name in names]
