"""The book as a site: where every page, glossary term, reference and exercise is, read
from ``_config.yml``, ``_toc.yml``, the pages and the BibTeX files. Every link a student
notebook gets is an address on the published site, ``html.baseurl`` in ``_config.yml``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsframes.book.commonmark.anchors import docutils_id, term_anchor
from newsframes.book.commonmark.citations import read_references
from newsframes.book.commonmark.documents import Document, read_document
from newsframes.book.commonmark.numbering import chapter_numbers, exercise_numbers, page_order
from newsframes.book.setup_cell import CONFIG, ConfigError
from newsframes.errors import Problem

TOC = "_toc.yml"


@dataclass(frozen=True)
class Link:
    """A place on the site: its page, the id on the page ("" for the top) and its text."""

    page: str
    anchor: str
    text: str


@dataclass
class Site:
    """What the converter links to, all derived from the book's own files."""

    baseurl: str
    titles: dict[str, str] = field(default_factory=dict)
    exercises: dict[str, list[tuple[str | None, str | None]]] = field(default_factory=dict)
    labels: dict[str, Link] = field(default_factory=dict)
    glossary_page: str | None = None
    terms: dict[str, str] = field(default_factory=dict)  # lowercased term -> term
    references_page: str | None = None
    references: dict[str, tuple[str, str]] = field(default_factory=dict)
    cite_id: str = ""  # bibtex_cite_id: the id pattern of a reference's entry

    def url(self, page: str, anchor: str = "") -> str:
        """The address of ``page`` (``book/glossary``) on the site, with ``#anchor``."""
        return f"{self.baseurl}{page}.html" + (f"#{anchor}" if anchor else "")

    def exercise_text(self, label: str) -> str | None:
        """ "Exercise 17.2" for the exercise labelled ``label``, None if no exercise is."""
        for numbers in self.exercises.values():
            for own, number in numbers:
                if own == label:
                    return f"Exercise {number}" if number else "Exercise"
        return None

    def reference_anchor(self, key: str) -> str:
        """The id of a reference's entry on the references page ("" if ids are not stable)."""
        if not self.cite_id:
            return ""
        return docutils_id(self.cite_id.format(key=key, bibliography_count=1))


def _setting(settings: dict[str, Any], *keys: str) -> Any:
    value: Any = settings
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def base_url(config: Path, settings: dict[str, Any]) -> str:
    """``html.baseurl`` of ``_config.yml``, ending in "/": the published site's address."""
    url = _setting(settings, "html", "baseurl")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ConfigError(
            [
                Problem(
                    str(config),
                    "html.baseurl",
                    "missing or not an http(s) address",
                    "set `html: baseurl:` to the address the site is published at (e.g. "
                    "https://OWNER.github.io/NAME/); the student lessons link to its pages",
                )
            ]
        )
    return url if url.endswith("/") else url + "/"


def _index(site: Site, document: Document) -> None:
    site.titles[document.name] = document.title
    for label, title in document.targets.items():
        site.labels[label] = Link(document.name, docutils_id(label), title)
    if document.bibliography:
        site.references_page = document.name
    if document.glossary:
        site.glossary_page = document.name
        site.terms.update({term.lower(): term for term in document.glossary})


def load_site(project: Path) -> Site:
    """The site of the book in ``project`` (the folder of ``_config.yml`` and ``_toc.yml``)."""
    config = project / CONFIG
    settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    toc = yaml.safe_load((project / TOC).read_text(encoding="utf-8")) or {}
    sphinx = _setting(settings, "sphinx", "config") or {}
    run_on = _setting(settings, "html", "use_multitoc_numbering")
    site = Site(baseurl=base_url(config, settings), cite_id=str(sphinx.get("bibtex_cite_id", "")))
    documents = [read_document(project, name) for name in page_order(toc)]
    for document in documents:
        _index(site, document)
    numbers = exercise_numbers(
        [(d.name, [e.numbered for e in d.exercises]) for d in documents],
        chapter_numbers(toc, run_on=run_on is not False),
        depth=int(sphinx.get("numfig_secnum_depth", 1)),
    )
    for document in documents:
        pairs = list(
            zip([e.label for e in document.exercises], numbers[document.name], strict=True)
        )
        site.exercises[document.name] = pairs
        for label, number in pairs:
            if label:
                site.labels[label] = Link(document.name, label, f"Exercise {number or ''}".strip())
    bibfiles = [project / name for name in settings.get("bibtex_bibfiles") or []]
    missing = [path.name for path in bibfiles if not path.is_file()]
    if missing:
        raise ConfigError(
            [
                Problem(str(config), "bibtex_bibfiles", f"no file {name}", "add it or unlist it")
                for name in missing
            ]
        )
    site.references = read_references(bibfiles)
    return site


def term_link(site: Site, term: str) -> str | None:
    """The address of a glossary term's entry, None if the glossary has no such term."""
    known = site.terms.get(term.lower())
    if known is None or site.glossary_page is None:
        return None
    return site.url(site.glossary_page, term_anchor(known))
