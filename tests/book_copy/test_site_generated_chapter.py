"""An instructor's path, in a temporary copy of the project: add an article, write its chapter
(`make chapter ID=...`), build the whole book with warnings as errors (the ``book_copy``
fixture of conftest.py, built once for this folder), and read the new page in headless
Chromium with the checks tests/test_site.py applies to every chapter, plus: every chart
drawn, every glued value shown, every reading box styled.

Needs what the site tests need (`make browser`).
"""

from __future__ import annotations

import ast
import contextlib
import html
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright
from test_chapter_template import ARTICLE_ID, GLUE_DIRECTIVE
from test_site import (
    ALL_DRAWN,
    AXE_JS,
    AXE_RUN,
    BLOCKING_IMPACTS,
    CHARTS_DRAWN,
    LINKS,
    Visit,
    broken_link,
    chapter_problems,
    launch,
    offline_context,
    open_page,
    serve,
)

from newsframes.book.chapter_template import READING_CLASS, READINGS
from newsframes.book.toc_entries import ADDED_PART

from .conftest import GROUP, BookCopy

pytestmark = GROUP
NOTEBOOK = f"book/ch-{ARTICLE_ID}"
GLUE_ROLE = re.compile(r"\{glue(?::(\w+))?\}`([^`]+)`")
# What the page says about each reading box, and whether its stylesheet applied.
BOXES = f"""() => [...document.querySelectorAll('div.admonition.{READING_CLASS}')].map(box => ({{
  title: box.querySelector('.admonition-title').textContent.trim(),
  points: [...box.querySelectorAll('li')].map(li => li.textContent.trim()),
  border: getComputedStyle(box).borderTopStyle,
}}))"""
EMPTY_GLUE = """() => [...document.querySelectorAll('main .pasted-text, main .pasted-inline')]
  .filter(span => !span.textContent.trim()).length"""


@pytest.fixture(scope="module")
def copy(book_copy: BookCopy) -> Path:
    """The project copied, the test article added, its chapter written by the command and the
    whole book built with warnings as errors (conftest.py)."""
    assert f"{NOTEBOOK}.ipynb" in book_copy.steps["chapter"].output
    return book_copy.root


@dataclass
class Reading:
    """What the generated page did and showed in the browser."""

    visit: Visit
    charts: list[dict[str, Any]]
    broken: list[str]
    violations: list[dict[str, Any]]
    boxes: list[dict[str, Any]]
    empty_glue: int
    text: str
    html: str


def read_page(site: Path) -> Reading:
    """Open the generated chapter offline and collect everything the tests check."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        server, base = serve(site)
        served = offline_context(browser, site, base)
        visit = Visit()
        try:
            page = open_page(served, f"{NOTEBOOK}.html", visit)
            with contextlib.suppress(PlaywrightError):  # reported as charts not drawn
                page.wait_for_function(ALL_DRAWN, timeout=15_000)
            broken = sorted(
                {
                    f"{url}: {why}"
                    for url in page.evaluate(LINKS)
                    if url.startswith(base) and (why := broken_link(site, base, url)) is not None
                }
            )
            found = {
                "charts": page.evaluate(CHARTS_DRAWN),
                "boxes": page.evaluate(BOXES),
                "empty_glue": page.evaluate(EMPTY_GLUE),
                "text": page.inner_text("main"),
            }
            page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
            violations = [v for v in page.evaluate(AXE_RUN) if v["impact"] in BLOCKING_IMPACTS]
        finally:
            served.context.close()
            server.shutdown()
            server.server_close()
            browser.close()
    markup = (site / f"{NOTEBOOK}.html").read_text(encoding="utf-8")
    return Reading(visit, broken=broken, violations=violations, html=markup, **found)


@pytest.fixture(scope="module")
def reading(copy: Path) -> Reading:
    # Playwright's sync API allows one instance per thread, and test_site.py's browser may be
    # open in this one: this page gets its own thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(read_page, copy / "_build" / "html").result()


@pytest.fixture(scope="module")
def chapter(copy: Path) -> nbformat.NotebookNode:
    return nbformat.read(copy / f"{NOTEBOOK}.ipynb", as_version=4)


def test_the_chapter_is_listed_after_the_articles_and_built(copy: Path) -> None:
    parts = yaml.safe_load((copy / "_toc.yml").read_text(encoding="utf-8"))["parts"]
    captions = [part["caption"] for part in parts]
    added = parts[captions.index(ADDED_PART)]
    assert captions[captions.index(ADDED_PART) - 1] == "The five reports"
    assert added["chapters"] == [{"file": NOTEBOOK}]
    assert (copy / "_build" / "html" / f"{NOTEBOOK}.html").is_file()


def test_the_page_passes_the_checks_of_every_chapter(reading: Reading) -> None:
    problems = {
        "javascript errors": reading.visit.errors,
        "requests off the site": reading.visit.blocked,
        "dialogs": reading.visit.dialogs,
        "broken internal links": reading.broken,
        "axe critical/serious violations": reading.violations,
        "shown on the page": chapter_problems(reading.html),
    }
    assert {k: v for k, v in problems.items() if v} == {}, json.dumps(problems, indent=1)


def test_every_chart_is_drawn(reading: Reading, chapter: nbformat.NotebookNode) -> None:
    calls = [
        node.func.attr
        for cell in chapter.cells
        if cell.cell_type == "code"
        for node in ast.walk(ast.parse(cell.source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    ]
    charts = [name for name in calls if name.endswith("_chart") or name == "tone_arc"]
    assert len(charts) >= 5
    assert len(reading.charts) == len(charts)
    assert [chart for chart in reading.charts if not chart["drawn"]] == []


def shown(text: str) -> str:
    """Text as the page shows it: Sphinx's curly quotes and ellipses made plain, spaces single."""
    for curly, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("...", "…")):
        text = text.replace(curly, plain)
    return " ".join(text.split())


def markdown_lines(markdown: str) -> list[str]:
    """A glued Markdown value's lines as text: list marks, emphasis and escapes removed."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^- ", "", line).replace("**", "").replace("`", "")
        line = re.sub(r"(?<!\\)\*", "", line)
        lines.append(html.unescape(re.sub(r"\\(.)", r"\1", line)))
    return lines


def expected_values(chapter: nbformat.NotebookNode, glued: dict[str, Any]) -> list[str]:
    """The text of every glued value the chapter's prose shows, formatted as it asks."""
    prose = "\n".join(cell.source for cell in chapter.cells if cell.cell_type == "markdown")
    texts = []
    for kind, reference in GLUE_ROLE.findall(prose):
        key, _, spec = reference.partition(":")
        data = glued[key]["data"]
        if kind == "md":
            texts += markdown_lines(data["text/markdown"])
        else:
            value = data["text/plain"]
            texts.append(format(ast.literal_eval(value), spec) if spec else value)
    for key in GLUE_DIRECTIVE.findall(prose):
        texts += markdown_lines(glued[key]["data"]["text/markdown"])
    return texts


def test_every_glued_value_is_shown(
    reading: Reading, chapter: nbformat.NotebookNode, copy: Path
) -> None:
    assert "{glue" not in reading.text
    assert reading.empty_glue == 0
    store = copy / "_build" / "jupyter_execute" / f"{NOTEBOOK}.glue.json"
    glued = json.loads(store.read_text(encoding="utf-8"))
    expected = expected_values(chapter, glued)
    assert len(expected) > 40
    page = shown(reading.text)
    missing = [value for value in expected if shown(value) not in page]
    assert missing == []


def test_every_section_has_its_styled_reading_box(reading: Reading) -> None:
    assert len(reading.boxes) == len(READINGS)
    for box in reading.boxes:
        assert box["title"] == "Reading this section"
        assert box["points"] and all(box["points"])
        assert box["border"] == "dashed", "_static/reading.css did not apply"
