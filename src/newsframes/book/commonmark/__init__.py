"""MyST to CommonMark for the student lessons: Jupyter front ends (JupyterLab without
jupyterlab-myst, Colab, VS Code) render CommonMark only, so ``make lessons`` rewrites every
directive and role of a lesson's markdown into plain Markdown that links to the site.

``site`` indexes the book (pages, chapter and exercise numbers, glossary, labels,
references); ``convert`` rewrites one markdown text with the help of ``fences`` (directive
blocks), ``directives`` and ``roles``; ``leftovers`` finds any MyST that remains.
"""

from newsframes.book.commonmark.convert import Page, to_commonmark
from newsframes.book.commonmark.errors import UnsupportedMyst
from newsframes.book.commonmark.leftovers import myst_leftovers
from newsframes.book.commonmark.site import Site, load_site

__all__ = ["Page", "Site", "UnsupportedMyst", "load_site", "myst_leftovers", "to_commonmark"]
