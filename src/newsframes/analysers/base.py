"""The declaration every analyser makes, so the pipeline and the book can run it unseen.

An analyser reads one parsed article and returns its rows as columns (lists by
column name). The pipeline appends those columns over a chunk of articles, makes
one table of them, adds ``article_id`` first, derives any per-chunk tables, and
computes the per-article summaries. :mod:`newsframes.analysers.registry` lists
the analysers it runs, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import pandas as pd

from newsframes.analysers.parse import Columns, Parse

# What an analyser loads once per chunk and reads for every article (e.g. its lexicon).
Resource = TypeVar("Resource")
# Tables by name: those of a chunk of articles (or of a whole corpus).
Tables = Mapping[str, pd.DataFrame]
# A table made once per chunk from the chunk's tables (e.g. co-mentions from mentions).
Derive = Callable[[Tables], pd.DataFrame]
# A per-article summary from the chunk's tables and the word count of each article (by id).
Summarise = Callable[[Tables, pd.Series], pd.DataFrame]


def nothing_to_load() -> None:
    """The ``prepare`` of an analyser that loads nothing (it reads the parse alone)."""
    return None


@dataclass(frozen=True, eq=False)
class Analyser(Generic[Resource]):
    """One analyser: the table it adds, how it reads an article, and what it derives from it.

    ``prepare()`` runs once per chunk; ``columns(parse, prepared)`` once per article;
    ``to_table`` once per chunk, on the columns of its articles appended, and must
    return exactly ``table_columns`` (the pipeline checks). ``derived`` tables and
    ``summaries`` are made per chunk, sorted by ``article_id`` (a merged corpus is
    re-sorted by it, stably). Every function must be defined at module level, so that
    worker processes can receive it. Two declarations are equal only if identical.
    """

    name: str
    table: str
    table_columns: tuple[str, ...]
    prepare: Callable[[], Resource]
    columns: Callable[[Parse, Resource], Columns]
    to_table: Callable[[Columns], pd.DataFrame]
    derived: Mapping[str, Derive] = field(default_factory=dict)
    summaries: Mapping[str, Summarise] = field(default_factory=dict)

    @property
    def tables(self) -> tuple[str, ...]:
        """The per-observation tables it adds, in order: its own, then the derived ones."""
        return (self.table, *self.derived)

    @property
    def names(self) -> tuple[str, ...]:
        """Every table name it adds, summaries included."""
        return (*self.tables, *self.summaries)
