"""Accessibility fixes for the built site that the theme's templates cannot reach.

tests/test_site.py runs axe-core on every built page and fails on any critical or
serious violation. The stock jupyter-book site has some; the fixes live in three places:

* ``_templates/``: the theme's search button and colour-mode button, whose accessible
  names did not contain their visible text (axe: label-content-name-mismatch).
* ``_static/accessibility.css`` (jupyter-book adds every stylesheet in ``_static``):
  darker links on tinted boxes (axe: color-contrast).
* this extension, for HTML written by Sphinx, docutils and sphinx-thebe:

  - sphinx-thebe (always loaded by jupyter-book) declares ``const THEBE_JS_URL`` twice
    on every page, a JavaScript error, for live code cells the book does not offer
    (``launch_buttons: thebe: false``): its scripts are left out of every page.
  - docutils writes the reference list as ``role="list"`` holding
    ``role="doc-biblioentry"`` items, a list without list items (axe:
    aria-required-children, critical) and a deprecated role: both roles are dropped,
    the entries keep their visible numbering and links.
  - myst-nb names the summary of a hidden code cell "Toggle hidden content" while it
    shows "Show code cell source": the visible words become its name.

Configure in ``_config.yml``::

    sphinx:
      local_extensions:
        accessibility: _ext
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

# What sphinx-thebe adds: a script declaring THEBE_JS_URL, its loader, its stylesheet,
# and per-page raw HTML (a thebe config block and a kernelName assignment).
_THEBE_FILES = ("sphinx-thebe.js", "sphinx-thebe.css")
_THEBE_RAW = re.compile(r"text/x-thebe-config|<script>\s*kernelName\s*=")

_CITATION_LIST = re.compile(r'<div role="list" class="citation-list">')
_BIBLIOENTRY = re.compile(r'(<div class="citation" id="[^"]*") role="doc-biblioentry"')
_HIDDEN_CELL_SUMMARY = re.compile(r'<summary aria-label="Toggle hidden content">')


def _is_thebe(asset: Any) -> bool:
    filename = str(getattr(asset, "filename", "") or "")
    body = str(getattr(asset, "attributes", {}).get("body", ""))
    return filename.endswith(_THEBE_FILES) or "THEBE_JS_URL" in body


def drop_thebe_raw(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Remove the raw thebe configuration sphinx-thebe appends to each page."""
    for node in list(doctree.findall(nodes.raw)):
        if _THEBE_RAW.search(node.astext()):
            node.parent.remove(node)


def fix_body(body: str) -> str:
    """The page body with the citation-list roles and the mismatched summary names fixed."""
    body = _CITATION_LIST.sub('<div class="citation-list">', body)
    body = _BIBLIOENTRY.sub(r"\1", body)
    return _HIDDEN_CELL_SUMMARY.sub("<summary>", body)


def fix_page(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Per page: leave out sphinx-thebe's assets and fix the body's roles and names."""
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if isinstance(assets, list):
            assets[:] = [asset for asset in assets if not _is_thebe(asset)]
    if "body" in context:
        context["body"] = fix_body(context["body"])


def setup(app: Sphinx) -> dict[str, Any]:
    # after sphinx-thebe's own handlers (default priority 500)
    app.connect("doctree-resolved", drop_thebe_raw, priority=900)
    app.connect("html-page-context", fix_page, priority=900)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
