"""What the chapters share: the analysed corpus (once per kernel), one article's tables, and
tables and quotations formatted for the page with every piece of text HTML-escaped.

Chapters call these instead of re-running or re-formatting the analysis, so every
chapter shows the same numbers in the same way.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import pandas as pd
from IPython.display import HTML, Markdown
from pandas.io.formats.style import Styler

from newsframes.analysers import registry
from newsframes.book.alignment import align_columns
from newsframes.corpus.articles import load_corpus
from newsframes.lexicons.validation import LEXICONS
from newsframes.pipeline import Analysis, analyze


def analysis() -> Analysis:
    """Every table for the book's corpus, computed once per kernel and again only when an
    article, a lexicon or the registered analysers change. Treat it as read-only."""
    corpus = load_corpus()
    inputs = (
        tuple(zip(corpus["id"], corpus["raw_text"], strict=True)),
        tuple(lexicon.read() for lexicon in LEXICONS),  # the same object for the same file
        registry.analysers(),
    )
    return _analysis(inputs)


@lru_cache(maxsize=1)
def _analysis(inputs: tuple[Any, ...]) -> Analysis:
    return analyze(load_corpus())


# What the prose shows for a figure of one of the five book reports when the corpus does not
# hold that report (a corpus folder of other articles, or of one).
NOT_IN_CORPUS = "(not in this corpus)"


def in_corpus(article_id: str) -> bool:
    """Whether the book's corpus holds the article ``article_id``."""
    return article_id in set(load_corpus()["id"])


def report_figure(article_id: str, compute: Callable[[], object], fmt: str = "") -> object:
    """A figure about one named report, for the prose: ``compute()`` (formatted with ``fmt``
    when given) if the corpus holds the report, else :data:`NOT_IN_CORPUS`.

    Prose about one of the five book reports quotes its figures through this, so that a
    corpus without that report still builds and says so, instead of showing a 0.
    """
    if not in_corpus(article_id):
        return NOT_IN_CORPUS
    value = compute()
    return format(value, fmt) if fmt else value


def about_report(article_id: str, show: Callable[[], object]) -> object:
    """``show()`` (a chart, a table, a quotation of one named report) if the corpus holds the
    report, else a line saying that it does not."""
    if in_corpus(article_id):
        return show()
    return plain(f"The report {article_id} is not in this corpus, so there is nothing to show.")


@dataclass(frozen=True)
class ArticleView:
    """One article's metadata, clean text and the rows of every table that belong to it.

    Tables are attributes by name (``view.mentions``, ``view.actor_counts``), one for
    each table of the analysis (see :mod:`newsframes.analysers.registry`).
    """

    id: str
    meta: pd.Series
    text: str
    _tables: Mapping[str, pd.DataFrame] = field(repr=False)

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Only called for names that are not attributes; __dict__ may be empty while copying.
        tables = self.__dict__.get("_tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"ArticleView has no attribute or table {name!r}")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self._tables})

    def tables(self) -> dict[str, pd.DataFrame]:
        """This article's rows of every table but the articles, by table name."""
        return dict(self._tables)

    def sentence(self, sent_id: int) -> str:
        """The text of one sentence of this article."""
        return str(self.sentences.loc[self.sentences["sent_id"] == sent_id, "text"].iloc[0])

    @property
    def n_words(self) -> int:
        """Word tokens in the clean text."""
        return int(self.meta["n_words"])


def article(article_id: str) -> ArticleView:
    """The tables of one article of the book's corpus (those of every registered analyser)."""
    result = analysis()
    corpus = load_corpus().set_index("id")
    if article_id not in corpus.index:
        known = ", ".join(corpus.index)
        raise KeyError(f"no article {article_id!r}; the corpus has: {known}")
    tables = {
        name: table[table["article_id"] == article_id].reset_index(drop=True)
        for name, table in result.tables().items()
        if name != "articles"
    }
    meta = cast(pd.Series, corpus.loc[article_id])
    return ArticleView(id=article_id, meta=meta, text=str(meta["text"]), _tables=tables)


def table(
    frame: pd.DataFrame,
    caption: str,
    *,
    columns: Mapping[str, str] | None = None,
    formats: Mapping[str, str] | None = None,
) -> Styler:
    """A captioned table for the page: chosen columns renamed, numbers formatted, no index.

    ``columns`` maps the columns to show to their headings, in order; ``formats``
    maps headings to format strings (e.g. ``"{:.2f}"``). Cell text is HTML-escaped,
    so an article containing markup is shown as text, never run. The element ids
    are derived from the caption, so a re-run produces the same HTML. Text columns are
    left-aligned and the others right-aligned (:mod:`newsframes.book.alignment`).
    """
    shown = frame if columns is None else frame[list(columns)].rename(columns=dict(columns))
    uuid = hashlib.sha1(caption.encode("utf-8")).hexdigest()[:8]
    chosen: dict[Any, str | Callable[[object], str] | None] = {
        k: v for k, v in (formats or {}).items() if k in shown.columns
    }
    styler = (
        shown.style.hide(axis="index")
        .set_caption(html.escape(caption))
        .format(chosen or None, escape="html", precision=2, thousands=",")
        .set_uuid(uuid)
    )
    return align_columns(styler, shown)  # text to the left, numbers to the right, in any front end


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")


def plain(value: object) -> Markdown:
    """A value to glue into prose as text: HTML-escaped and with Markdown syntax disarmed.

    Metadata comes from files an instructor (or a student) writes; whatever they
    contain must be shown as written, never rendered as markup.
    """
    # Quotes stay as written: an escaped apostrophe (&#x27;) would have its "#" disarmed
    # below and show as "&#x27;" on the page and in the PDF.
    return Markdown(_MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=False)))


def quotation(text: str, source: str = "") -> HTML:
    """A sentence from an article as a block quotation, escaped, with its source if given."""
    cite = f"<footer>— {html.escape(source)}</footer>" if source else ""
    return HTML(f'<blockquote class="article-quote"><p>{html.escape(text)}</p>{cite}</blockquote>')


def kwic(hits: pd.DataFrame, caption: str, limit: int | None = None) -> Styler:
    """Keyword-in-context lines of frame hits: left context, the match, right context."""
    shown = hits if limit is None else hits.head(limit)
    return table(
        shown,
        caption,
        columns={
            "frame": "frame",
            "left": "left context",
            "match": "match",
            "right": "right context",
        },
    ).set_properties(subset=["left context"], **{"text-align": "right"})
