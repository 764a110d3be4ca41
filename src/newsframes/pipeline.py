"""Run every analyser over a corpus and collect the tidy tables.

The same code serves one article in a chapter and 10^5 articles in a batch
job: articles are processed in chunks (optionally on several processes), and
:func:`write_csv` appends each chunk's tables to disk as soon as it is done,
so memory stays flat however large the corpus.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from newsframes.analysers import actors, framing, labels, sentiment, sourcing
from newsframes.analysers.parse import Columns, Parse, append_columns, parse
from newsframes.text.segmentation import SENTENCE_COLUMNS, tokenize

# The per-observation tables, in the order they are written.
TABLES = ("sentences", "mentions", "co_mentions", "labels", "quotes", "frames", "sentiment")


@dataclass
class Analysis:
    """Every table for a corpus: per observation, then per article."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    co_mentions: pd.DataFrame
    labels: pd.DataFrame
    quotes: pd.DataFrame
    frames: pd.DataFrame
    sentiment: pd.DataFrame
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables by name, the per-article summaries included."""
        named = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "summaries"}
        return {**named, **self.summaries}

    def to_csv(self, out: str | os.PathLike[str]) -> list[Path]:
        """Write every table as ``<out>/<name>.csv``; returns the paths."""
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, table in self.tables().items():
            path = folder / f"{name}.csv"
            table.to_csv(path, index=False)
            paths.append(path)
        return paths


def _assemble(articles: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> Analysis:
    return Analysis(
        articles=articles,
        sentences=tables["sentences"],
        mentions=tables["mentions"],
        co_mentions=tables["co_mentions"],
        labels=tables["labels"],
        quotes=tables["quotes"],
        frames=tables["frames"],
        sentiment=tables["sentiment"],
    )


def _observations(ids: list[str], texts: Iterable[str]) -> dict[str, pd.DataFrame]:
    """Every per-observation table of several articles but co-mentions, ``article_id`` first.

    Each article is parsed once; the analysers return plain columns, which are
    appended across the articles so that each table is built once, not once per article.
    """
    lexicon = actors.load_actors()
    # Each analyser: its columns for one parsed article, and the table from those columns.
    analysers: dict[str, tuple[Callable[[Parse], Columns], Callable[[Columns], pd.DataFrame]]] = {
        "labels": (
            partial(labels.label_columns, lexicon=labels.load_labels()),
            labels.label_table,
        ),
        "quotes": (
            partial(sourcing.quote_columns, lex=sourcing.load_reporting_verbs()),
            sourcing.quote_table,
        ),
        "frames": (partial(framing.hit_columns, lex=framing.load_frames()), framing.hit_table),
        "sentiment": (sentiment.score_columns, sentiment.score_table),
    }
    sentence_rows: list[tuple[str, int, int, int, int, str]] = []
    mention_rows: list[actors.Mention] = []
    mention_sentences: list[int] = []
    found: dict[str, Columns] = {name: {} for name in analysers}
    rows: dict[str, list[int]] = {name: [] for name in ("mentions", *analysers)}
    for aid, text in zip(ids, texts, strict=True):
        article = parse(text, lexicon)
        sentence_rows += [(aid, i, p, s, e, text[s:e]) for i, p, s, e in article.sentences]
        mention_rows += article.mentions
        mention_sentences += [article.sentence_at(m[0]) for m in article.mentions]
        rows["mentions"].append(len(article.mentions))
        for name, (columns_of, _table_of) in analysers.items():
            rows[name].append(append_columns(found[name], columns_of(article)))
    mentions = actors.mention_table(mention_rows, mention_sentences)
    tables = {
        "sentences": pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS),
        "mentions": _with_ids(mentions, ids, rows["mentions"]),
    }
    for name, (_columns_of, table_of) in analysers.items():
        tables[name] = _with_ids(table_of(found[name]), ids, rows[name])
    return tables


def _with_ids(table: pd.DataFrame, ids: list[str], rows: list[int]) -> pd.DataFrame:
    """``table`` with ``article_id`` first: ``ids[k]`` repeated ``rows[k]`` times."""
    table.insert(0, "article_id", np.repeat(ids, rows))
    return table


def analyze_article(article_id: str, text: str) -> dict[str, pd.DataFrame]:
    """Every per-observation table for one article, each with ``article_id`` first.

    Co-mentions are derived from the mentions (:func:`newsframes.analysers.actors.co_mentions`).
    """
    return _observations([article_id], [text])


def _articles_table(chunk: pd.DataFrame) -> pd.DataFrame:
    keep = [c for c in chunk.columns if c not in {"raw_text", "text", "removed", "date_sort"}]
    table = chunk[keep].copy()
    if "n_words" not in table:
        table["n_words"] = [len(tokenize(t)) for t in chunk["text"]]
    return table


def _summaries(analysis: Analysis) -> dict[str, pd.DataFrame]:
    n_words = analysis.articles.set_index("id")["n_words"]
    counts = actors.actor_counts(analysis.mentions, n_words)
    return {
        # Observed (article, actor) pairs only: zeros depend on which articles share a
        # chunk, and a streamed table must not change with the chunk size.
        "actor_counts": counts[counts["count"] > 0].reset_index(drop=True),
        "label_shares": labels.label_shares(analysis.labels),
        "sourcing_summary": sourcing.sourcing_summary(analysis.quotes, n_words),
        "frame_scores": framing.frame_scores(
            analysis.frames, n_words, analysis.sentences.groupby("article_id").size()
        ),
        "article_sentiment": sentiment.article_sentiment(analysis.sentiment),
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


def analyze_chunk(chunk: pd.DataFrame) -> Analysis:
    """Analyse a (small) corpus DataFrame with columns ``id`` and ``text`` in this process."""
    with _fewer_collections():
        return _analyze_chunk(chunk)


def _analyze_chunk(chunk: pd.DataFrame) -> Analysis:
    combined = _observations([str(aid) for aid in chunk["id"]], chunk["text"])
    combined["co_mentions"] = actors.co_mentions(combined["mentions"])  # once per chunk
    analysis = _assemble(_articles_table(chunk), combined)
    analysis.summaries = _summaries(analysis)
    return analysis


def _chunks(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for begin in range(0, len(articles), size):
        yield articles.iloc[begin : begin + size][["id", "text", *_meta(articles)]]


def _meta(articles: pd.DataFrame) -> list[str]:
    return [
        c for c in articles.columns if c not in {"id", "text", "raw_text", "removed", "date_sort"}
    ]


def _warm_up() -> None:
    """Load every lexicon and scorer once in this process."""
    analyze_chunk(pd.DataFrame({"id": ["warm-up"], "text": ["The Free Syrian Army said: “Yes.”"]}))


def iter_analyze(
    articles: pd.DataFrame, *, chunk_size: int = 100, workers: int = 1, progress: bool = False
) -> Iterator[Analysis]:
    """Analyses of successive chunks of ``articles``, in order, on ``workers`` processes."""
    chunks: Iterable[pd.DataFrame] = _chunks(articles, chunk_size)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="analyze")
    if workers > 1:
        _warm_up()  # forked workers inherit the loaded lexicons instead of each loading them
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork") if "fork" in methods else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for result in pool.map(analyze_chunk, chunks):
                if bar is not None:
                    bar.update(len(result.articles))
                yield result
    else:
        for chunk in chunks:
            result = analyze_chunk(chunk)
            if bar is not None:
                bar.update(len(result.articles))
            yield result
    if bar is not None:
        bar.close()


def analyze(
    articles: pd.DataFrame, *, chunk_size: int = 100, workers: int = 1, progress: bool = False
) -> Analysis:
    """Every table for a corpus DataFrame (columns at least ``id`` and ``text``)."""
    parts = list(iter_analyze(articles, chunk_size=chunk_size, workers=workers, progress=progress))
    if not parts:
        raise ValueError("analyze() needs at least one article (the corpus DataFrame is empty)")
    first = parts[0]
    merged = {
        name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
        for name in ("articles", *TABLES)
    }
    # co-mentions come sorted by article id within each chunk, as the summaries do
    merged["co_mentions"] = (
        merged["co_mentions"].sort_values("article_id", kind="stable").reset_index(drop=True)
    )
    analysis = _assemble(merged["articles"], merged)
    analysis.summaries = {  # summaries come sorted by article id within each chunk
        name: pd.concat([p.summaries[name] for p in parts])
        .sort_values("article_id", kind="stable")
        .reset_index(drop=True)
        for name in first.summaries
    }
    return analysis


def write_csv(
    articles: pd.DataFrame,
    out: str | os.PathLike[str],
    *,
    chunk_size: int = 100,
    workers: int = 1,
    progress: bool = False,
) -> list[Path]:
    """Analyse chunk by chunk, appending each table to ``<out>/<name>.csv`` (flat memory)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for part in iter_analyze(articles, chunk_size=chunk_size, workers=workers, progress=progress):
        for name, table in part.tables().items():
            path = folder / f"{name}.csv"
            table.to_csv(
                path, mode="a" if name in written else "w", header=name not in written, index=False
            )
            written[name] = path
    return list(written.values())
