"""The ids Sphinx gives what a link can point to, so links from a notebook land on them:
glossary terms ("term-compound-score", case kept) and labels (lowercased, as docutils)."""

from __future__ import annotations

import re
import unicodedata

_SPHINX_NON_ID = re.compile(r"[^a-zA-Z0-9._]+")
_SPHINX_ENDS = re.compile(r"^[-0-9._]+|-+$")
_DOCUTILS_NON_ID = re.compile(r"[^a-z0-9]+")
_DOCUTILS_ENDS = re.compile(r"^[-0-9]+|-+$")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def sphinx_id(text: str) -> str:
    """``sphinx.util.nodes._make_id``: capitals, dots and underscores kept, runs of anything
    else one hyphen."""
    return _SPHINX_ENDS.sub("", _SPHINX_NON_ID.sub("-", " ".join(_ascii(text).split())))


def docutils_id(text: str) -> str:
    """``docutils.nodes.make_id``: lowercase letters and digits, runs of anything else one
    hyphen."""
    return _DOCUTILS_ENDS.sub("", _DOCUTILS_NON_ID.sub("-", " ".join(_ascii(text.lower()).split())))


def term_anchor(term: str) -> str:
    """The id of a glossary term's entry: "term-" and the term as Sphinx makes ids."""
    return sphinx_id(f"term-{term}")
