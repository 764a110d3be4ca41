"""A whole notebook's markdown cells converted, each checked for MyST left behind."""

from __future__ import annotations

from pathlib import Path

from nbformat import NotebookNode

from newsframes.book.commonmark.convert import Page, to_commonmark
from newsframes.book.commonmark.errors import unsupported
from newsframes.book.commonmark.glue import Bundle
from newsframes.book.commonmark.leftovers import myst_leftovers
from newsframes.book.commonmark.site import Site


def convert_notebook(
    notebook: NotebookNode,
    site: Site,
    name: str,
    *,
    source_folder: Path,
    out_folder: Path,
    glue: dict[str, Bundle] | None = None,
) -> NotebookNode:
    """``notebook`` (changed in place and returned) with every markdown cell in CommonMark.

    ``name`` is the page's name on the site (``lessons/04-sentiment``); relative paths are
    rewritten from ``source_folder`` to ``out_folder``; glue roles take ``glue``'s values.
    """
    page = Page(
        site=site,
        name=name,
        source_folder=source_folder,
        out_folder=out_folder,
        glue=glue or {},
    )
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "markdown":
            continue
        page.where = f"{name}, cell {number}"
        cell.source = to_commonmark(cell.source, page)
        left = myst_leftovers(cell.source)
        if left:
            raise unsupported(page.where, left[0], "give it a rendering in the converter")
    return notebook
