"""What every chapter section is: the rows behind a table or chart, its standard headings,
and the values the chapter's prose quotes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from IPython.display import HTML
from pandas import DataFrame
from pandas.io.formats.style import Styler

from newsframes.book.chapters import ArticleView, quotation, table

# Legend titles of the colour encodings the chapters use.
COLOUR_TITLES = {"side": "Side", "type": "Actor type", "voice": "Voice", "category": "Category"}


@dataclass(frozen=True)
class Section:
    """The rows behind one table or chart, and the values a chapter's prose quotes.

    ``headings`` maps each column a table can show to its standard heading; ``shown``
    lists the columns a table shows unless told otherwise (default: every column in
    ``headings``, in order); ``formats`` maps columns to format strings (``"{:.1f}"``).
    """

    frame: DataFrame
    values: dict[str, Any] = field(default_factory=dict)
    headings: Mapping[str, str] = field(default_factory=dict)
    formats: Mapping[str, str] = field(default_factory=dict)
    shown: Sequence[str] | None = None

    def table(
        self,
        caption: str,
        columns: Sequence[str] | None = None,
        *,
        headings: Mapping[str, str] | None = None,
        formats: Mapping[str, str] | None = None,
    ) -> Styler:
        """The captioned table of ``columns``, in order (default: ``shown``).

        ``headings`` and ``formats`` (both keyed by column) replace the standard ones.
        """
        names = {**self.headings, **(headings or {})}
        chosen = list(columns or self.shown or self.headings)
        unknown = [c for c in chosen if c not in names]
        if unknown:
            raise KeyError(f"no heading for {unknown}; this section has: {list(names)}")
        shown = {c: names[c] for c in chosen}
        fmt = {**self.formats, **(formats or {})}
        return table(
            self.frame,
            caption,
            columns=shown,
            formats={shown[c]: f for c, f in fmt.items() if c in shown},
        )

    def glue(self, prefix: str, *names: str) -> None:
        """Glue ``names`` (default: every value) into the page as ``<prefix>_<name>``."""
        from myst_nb import glue  # the book's build tool, present wherever a chapter runs

        for name in names or self.values:
            glue(f"{prefix}_{name}", self.values[name], display=False)


def quote(art: ArticleView, sent_id: int, *, source: str = "", note: str = "") -> HTML:
    """One sentence of the article as a block quotation, cited "<source>, sentence N: <note>"."""
    where = ", ".join(part for part in (source, f"sentence {int(sent_id)}") if part)
    return quotation(art.sentence(int(sent_id)), f"{where}: {note}" if note else where)
