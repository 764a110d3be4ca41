"""The analysers the pipeline runs, in order, and :func:`register` to add one.

The pipeline, :class:`newsframes.pipeline.Analysis`, the CSV writer and the book's
article views take their tables from here, so adding an analyser is one module
that declares an :class:`~newsframes.analysers.base.Analyser` plus one line: an
entry in ``BUILT_IN``, or a call to :func:`register` (or :func:`registered`).

The sentences and the mentions are declared here too, although the parse makes
them: every per-observation table is then made, merged and written by one code path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd

from newsframes.analysers import actors, framing, labels, sentiment, sourcing, unlisted
from newsframes.analysers.base import Analyser, Tables, nothing_to_load
from newsframes.analysers.parse import Columns, Parse, mention_columns, sentence_columns
from newsframes.analysers.records import Mention
from newsframes.text.segmentation import SENTENCE_COLUMNS

# Names the containers of the tables already use for something else.
RESERVED_NAMES = frozenset(
    {
        "articles",
        "id",
        "meta",
        "n_words",
        "observations",
        "sentence",
        "summaries",
        "tables",
        "text",
        "to_csv",
    }
)


def _sentences(article: Parse, _nothing: None) -> Columns:
    return sentence_columns(article)


def _sentence_table(columns: Columns) -> pd.DataFrame:
    return pd.DataFrame({name: columns.get(name, []) for name in SENTENCE_COLUMNS[1:]})


def _mentions(article: Parse, _nothing: None) -> Columns:
    return mention_columns(article)


def _mention_table(columns: Columns) -> pd.DataFrame:
    rows = zip(*(columns.get(name, []) for name in Mention._fields), strict=True)
    return actors.mention_table(map(Mention._make, rows), columns.get("sent_id", []))


def _co_mentions(tables: Tables) -> pd.DataFrame:
    return actors.co_mentions(tables["mentions"])


def _actor_counts(tables: Tables, n_words: pd.Series) -> pd.DataFrame:
    counts = actors.actor_counts(tables["mentions"], n_words)
    # Observed (article, actor) pairs only: zeros depend on which articles share a
    # chunk, and a streamed table must not change with the chunk size.
    return counts[counts["count"] > 0].reset_index(drop=True)


def _label_shares(tables: Tables, _n_words: pd.Series) -> pd.DataFrame:
    return labels.label_shares(tables["labels"])


def _sourcing_summary(tables: Tables, n_words: pd.Series) -> pd.DataFrame:
    return sourcing.sourcing_summary(tables["quotes"], n_words)


def _frame_scores(tables: Tables, n_words: pd.Series) -> pd.DataFrame:
    n_sentences = tables["sentences"].groupby("article_id").size()
    return framing.frame_scores(tables["frames"], n_words, n_sentences)


def _sentiment(article: Parse, _nothing: None) -> Columns:
    return sentiment.score_columns(article)


def _article_sentiment(tables: Tables, _n_words: pd.Series) -> pd.DataFrame:
    return sentiment.article_sentiment(tables["sentiment"])


SENTENCES = Analyser(
    name="sentences",
    table="sentences",
    table_columns=tuple(SENTENCE_COLUMNS[1:]),
    prepare=nothing_to_load,
    columns=_sentences,
    to_table=_sentence_table,
)
ACTORS = Analyser(
    name="actors",
    table="mentions",
    table_columns=(*actors.MENTION_COLUMNS, "sent_id"),
    prepare=nothing_to_load,  # the parse finds the mentions, with the actor lexicon
    columns=_mentions,
    to_table=_mention_table,
    derived={"co_mentions": _co_mentions},
    summaries={"actor_counts": _actor_counts},
)
# Actors the gazetteer does not list, by the shape of their names: a table of their own,
# never counted with the mentions.
UNLISTED = Analyser(
    name="unlisted",
    table="unlisted",
    table_columns=tuple(unlisted.UNLISTED_COLUMNS),
    prepare=unlisted.load_name_patterns,
    columns=unlisted.unlisted_columns,
    to_table=unlisted.unlisted_table,
)
LABELS = Analyser(
    name="labels",
    table="labels",
    table_columns=tuple(labels.LABEL_COLUMNS),
    prepare=labels.load_labels,
    columns=labels.label_columns,
    to_table=labels.label_table,
    summaries={"label_shares": _label_shares},
)
SOURCING = Analyser(
    name="sourcing",
    table="quotes",
    table_columns=tuple(sourcing.QUOTE_COLUMNS),
    prepare=sourcing.load_reporting_verbs,
    columns=sourcing.quote_columns,
    to_table=sourcing.quote_table,
    summaries={"sourcing_summary": _sourcing_summary},
)
FRAMING = Analyser(
    name="framing",
    table="frames",
    table_columns=tuple(framing.HIT_COLUMNS),
    prepare=framing.load_frames,
    columns=framing.hit_columns,
    to_table=framing.hit_table,
    summaries={"frame_scores": _frame_scores},
)
SENTIMENT = Analyser(
    name="sentiment",
    table="sentiment",
    table_columns=tuple(sentiment.SENTENCE_SCORE_COLUMNS),
    prepare=nothing_to_load,
    columns=_sentiment,
    to_table=sentiment.score_table,
    summaries={"article_sentiment": _article_sentiment},
)

# The analysers every run has, in the order their tables are made and written.
BUILT_IN: tuple[Analyser[Any], ...] = (
    SENTENCES,
    ACTORS,
    UNLISTED,
    LABELS,
    SOURCING,
    FRAMING,
    SENTIMENT,
)
_registered: list[Analyser[Any]] = list(BUILT_IN)


def analysers() -> tuple[Analyser[Any], ...]:
    """The registered analysers, in order: the built-in ones, then those registered since."""
    return tuple(_registered)


def table_names(chosen: Sequence[Analyser[Any]] | None = None) -> tuple[str, ...]:
    """The per-observation tables of ``chosen`` (default: the registered analysers), in order."""
    return tuple(name for a in (analysers() if chosen is None else chosen) for name in a.tables)


def summary_names(chosen: Sequence[Analyser[Any]] | None = None) -> tuple[str, ...]:
    """The per-article summaries of ``chosen`` (default: the registered analysers), in order."""
    return tuple(name for a in (analysers() if chosen is None else chosen) for name in a.summaries)


def register(analyser: Analyser[Any]) -> Analyser[Any]:
    """Run ``analyser`` after those registered so far; its names must be new identifiers."""
    if any(a.name == analyser.name for a in _registered):
        raise ValueError(f"an analyser named {analyser.name!r} is already registered")
    taken = {name for a in _registered for name in a.names} | RESERVED_NAMES
    for name in analyser.names:
        if not name.isidentifier():
            raise ValueError(f"{analyser.name}: table name {name!r} is not a Python identifier")
        if name in taken:
            raise ValueError(f"{analyser.name}: the name {name!r} is already taken")
    if len(set(analyser.names)) < len(analyser.names):
        raise ValueError(f"{analyser.name}: two of its tables share a name: {analyser.names}")
    _registered.append(analyser)
    return analyser


def unregister(name: str) -> Analyser[Any]:
    """Stop running the analyser called ``name``; returns it."""
    for k, a in enumerate(_registered):
        if a.name == name:
            return _registered.pop(k)
    known = ", ".join(a.name for a in _registered)
    raise KeyError(f"no analyser named {name!r} is registered; registered: {known}")


@contextmanager
def registered(analyser: Analyser[Any]) -> Iterator[Analyser[Any]]:
    """``analyser`` registered inside a ``with`` block only (in a test or an exercise)."""
    register(analyser)
    try:
        yield analyser
    finally:
        unregister(analyser.name)
