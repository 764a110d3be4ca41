"""The built site in a real browser: every page loads without JavaScript errors, draws its
charts, links only to pages and anchors that exist, passes axe-core with no critical or
serious violation, and the search finds words from the articles. A hostile article
(``<script>``, an HTML comment) is shown as text and never run.

Needs the built site (``make book``; ``make test`` builds it first), Debian's chromium
at /usr/bin/chromium and axe-core from tests/browser (``make browser`` installs both).
The browser reaches nothing but the site: every other request is aborted and fails
the page's test.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import importlib.util
import json
import os
import re
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import nbformat
import pytest
import yaml
from conftest import VALID_FRONT_MATTER
from playwright.sync_api import Browser, BrowserContext, Page, Route
from playwright.sync_api import Error as PlaywrightError
from test_book_config import toc_files

ROOT = Path(__file__).resolve().parents[1]
# The site under test: _build/html, or another build's html folder named in $SITE_HTML.
SITE = Path(os.environ.get("SITE_HTML", ROOT / "_build" / "html"))
SCREENSHOTS = ROOT / "_build" / "screenshots"
AXE_JS = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
# axe-core impacts that fail a page; "moderate" and "minor" are reported by axe but
# are not gates (e.g. "region" for the theme's sidebar).
BLOCKING_IMPACTS = {"critical", "serious"}
# Pages Sphinx writes beside the ones in _toc.yml.
EXTRA_PAGES = ["genindex.html", "search.html"]
# Folders of the built site that hold assets and copies, not pages.
NOT_PAGES = ("_static/", "_sources/", "_images/", "jupyter_execute/", "_sphinx_design_static/")


def toc_pages() -> list[str]:
    """The built page of every file in _toc.yml (the root first), plus Sphinx's own pages."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [f"{name}.html" for name in toc_files(toc)] + EXTRA_PAGES


PAGES = toc_pages()


# --- the static site: files and the ids each page defines ---------------------------


class _Anchors(HTMLParser):
    """Collects the ids (and old-style <a name>) of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "id" or (tag == "a" and name == "name")):
                self.ids.add(value)


@functools.cache
def anchors(path: Path) -> frozenset[str]:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return frozenset(parser.ids)


def broken_link(site: Path, base: str, url: str) -> str | None:
    """Why ``url`` (absolute, inside the served site) does not resolve, or None if it does."""
    target, fragment = urldefrag(url)
    relative = unquote(urlsplit(target).path).removeprefix(urlsplit(base).path)
    path = site / relative
    if path.is_dir():
        path = path / "index.html"
    if not path.is_file():
        return f"no file {relative}"
    if fragment and path.suffix == ".html" and unquote(fragment) not in anchors(path):
        return f"no id {fragment!r} in {relative}"
    return None


# --- serving and browsing ----------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Served:
    """A folder served on 127.0.0.1, and the browser context that may reach only it."""

    root: Path
    base: str
    context: BrowserContext
    blocked: list[str] = field(default_factory=list)


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def launch(playwright: Any) -> Browser:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def offline_context(browser: Browser, root: Path, base: str) -> Served:
    """A browser context whose every request outside ``base`` is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    served = Served(root=root, base=base, context=context)

    def route(route: Route) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            served.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    return served


# `browser`, the session's one headless Chromium, is in conftest.py: Playwright's sync API
# allows one instance per process, and tests/test_offline_site.py uses it too.


@pytest.fixture(scope="session")
def site(browser: Browser) -> Iterator[Served]:
    if not (SITE / "book" / "index.html").is_file():
        pytest.fail(f"no built site in {SITE}: run `make book` first (`make test` does)")
    server, base = serve(SITE)
    served = offline_context(browser, SITE, base)
    yield served
    served.context.close()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `make browser` (npm ci --prefix tests/browser)")
    return AXE_JS.read_text(encoding="utf-8")


@dataclass
class Visit:
    """What one page did in the browser."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def open_page(served: Served, path: str, visit: Visit) -> Page:
    """Open ``path`` with its console errors, uncaught exceptions and dialogs recorded."""
    page = served.context.new_page()
    page.on(
        "console",
        lambda message: (
            visit.errors.append(f"console: {message.text}") if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: visit.errors.append(f"uncaught: {error}"))

    def on_dialog(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    before = len(served.blocked)
    page.goto(served.base + path, wait_until="load")
    visit.blocked = served.blocked[before:]
    return page


# Every chart: altair-offline's container, and any altair output it did not rewrite.
CHARTS_DRAWN = """() => {
  const boxes = [...document.querySelectorAll('.altair-chart, div[id^="altair-viz-"]')];
  return boxes.map(box => {
    const drawing = box.querySelector('svg, canvas');
    const size = drawing ? drawing.getBoundingClientRect() : null;
    return {id: box.id, drawn: !!size && size.width > 0 && size.height > 0,
            text: box.textContent.trim().slice(0, 200)};
  });
}"""
ALL_DRAWN = """() => [...document.querySelectorAll('.altair-chart, div[id^="altair-viz-"]')]
  .every(box => box.querySelector('svg, canvas'))"""
LINKS = "() => [...document.querySelectorAll('a[href]')].map(a => a.href)"
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + '  ' + n.html.slice(0, 120)),
  }));
}"""


@pytest.mark.parametrize("path", PAGES)
def test_page_in_browser(site: Served, axe_source: str, path: str) -> None:
    """No JavaScript error, no request off the site, every chart drawn, every internal
    link resolving, and no critical or serious accessibility violation."""
    visit = Visit()
    page = open_page(site, path, visit)
    try:
        problems: dict[str, Any] = {}
        with contextlib.suppress(PlaywrightError):  # a chart that never draws: reported below
            page.wait_for_function(ALL_DRAWN, timeout=15_000)
        undrawn = [chart for chart in page.evaluate(CHARTS_DRAWN) if not chart["drawn"]]
        broken = sorted(
            {
                f"{url}: {why}"
                for url in page.evaluate(LINKS)
                if url.startswith(site.base)
                and (why := broken_link(site.root, site.base, url)) is not None
            }
        )
        page.add_script_tag(content=axe_source)
        violations = [v for v in page.evaluate(AXE_RUN) if v["impact"] in BLOCKING_IMPACTS]
        for name, found in [
            ("javascript errors", visit.errors),
            ("requests off the site", visit.blocked),
            ("dialogs", visit.dialogs),
            ("charts not drawn", undrawn),
            ("broken internal links", broken),
            ("axe critical/serious violations", violations),
        ]:
            if found:
                problems[name] = found
        assert problems == {}, f"{path}:\n{json.dumps(problems, indent=1, ensure_ascii=False)}"
    finally:
        page.close()


def test_every_built_page_is_checked() -> None:
    """No page of the built site escapes the browser tests (e.g. one missing from _toc.yml)."""
    if not SITE.is_dir():
        pytest.fail(f"no built site in {SITE}: run `make book` first")
    built = {
        path.relative_to(SITE).as_posix()
        for path in SITE.rglob("*.html")
        if not path.relative_to(SITE).as_posix().startswith(NOT_PAGES)
    }
    # index.html only redirects to the root page, which is checked.
    unchecked = sorted(built - {"index.html"} - set(PAGES))
    assert unchecked == [], "built pages not in _toc.yml (left from an old build? make clean)"
    assert sorted(set(PAGES) - built) == [], "pages in _toc.yml that were not built"


# What a chapter must never show: an error, a warning box, or a DataFrame's raw repr
# where a formatted table (newsframes.book.chapters.table) belongs.
NOT_ON_A_CHAPTER = {
    "a traceback": re.compile(r"Traceback \(most recent call last\)"),
    "an error output": re.compile(r'class="[^"]*\boutput\b[^"]*\b(?:error|traceback)\b'),
    "a warning output": re.compile(r'class="[^"]*\boutput\b[^"]*\bstderr\b'),
    "a raw DataFrame repr": re.compile(r'<table[^>]*class="dataframe'),
}


def chapter_problems(html: str) -> list[str]:
    """What a built chapter page shows that it must not."""
    return [what for what, pattern in NOT_ON_A_CHAPTER.items() if pattern.search(html)]


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith("book/")])
def test_chapter_shows_no_error_warning_or_raw_table(path: str) -> None:
    assert chapter_problems((SITE / path).read_text(encoding="utf-8")) == [], path


def test_chapter_check_catches_each_problem() -> None:
    assert chapter_problems('<table border="1" class="dataframe">') == ["a raw DataFrame repr"]
    assert chapter_problems('<div class="output stderr">x</div>') == ["a warning output"]
    assert chapter_problems("Traceback (most recent call last):") == ["a traceback"]
    assert chapter_problems('<div class="output traceback highlight-ipythontb">') == [
        "an error output"
    ]
    assert chapter_problems('<table id="T_1a2b3c4d">') == []


def test_chapters_have_charts(site: Served) -> None:
    """The chart check is not vacuous: the article and comparison chapters draw charts."""
    for path in ["book/ch-itv.html", "book/cmp-tone.html"]:
        page = open_page(site, path, Visit())
        try:
            page.wait_for_function(ALL_DRAWN, timeout=15_000)
            charts = page.evaluate(CHARTS_DRAWN)
            assert len(charts) >= 2 and all(chart["drawn"] for chart in charts), (path, charts)
        finally:
            page.close()


def test_link_checker_catches_a_missing_page_and_anchor(site: Served) -> None:
    assert broken_link(site.root, site.base, site.base + "book/ch-itv.html") is None
    assert broken_link(site.root, site.base, site.base + "book/no-such-page.html")
    assert broken_link(site.root, site.base, site.base + "book/ch-itv.html#no-such-anchor")


@pytest.mark.parametrize(
    ("term", "expected"),
    [("Harmoush", "book/ch-globalpost.html"), ("Khateeb", "book/ch-itv.html")],
)
def test_search_finds_words_from_the_articles(site: Served, term: str, expected: str) -> None:
    visit = Visit()
    page = open_page(site, f"search.html?q={term}", visit)
    try:
        # Sphinx shows the results one at a time; read them once it says it has finished.
        page.wait_for_function(
            "() => (document.querySelector('#search-results .search-summary')?.textContent"
            " || '').includes('Search finished')",
            timeout=20_000,
        )
        hits = page.eval_on_selector_all(
            "#search-results ul.search li a", "links => links.map(a => a.href)"
        )
        assert any(hit.split("#")[0].endswith(expected) for hit in hits), hits
        assert visit.errors == [] and visit.blocked == []
    finally:
        page.close()


def test_search_finds_nothing_for_a_word_not_in_the_book(site: Served) -> None:
    page = open_page(site, "search.html?q=zzyzxqunlikely", Visit())
    try:
        page.wait_for_function(
            "() => /did not match|no pages|0 page/i.test("
            "document.querySelector('#search-results')?.textContent || '')",
            timeout=20_000,
        )
        results = page.eval_on_selector_all("#search-results ul.search li", "li => li.length")
        assert results == 0
    finally:
        page.close()


@pytest.mark.parametrize("path", ["book/ch-itv.html", "book/cmp-tone.html"])
def test_screenshot(site: Served, path: str) -> None:
    """Full-page screenshots of an article chapter and a comparison chapter, for review."""
    page = open_page(site, path, Visit())
    try:
        page.wait_for_function(ALL_DRAWN, timeout=15_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / (Path(path).stem + ".png")
        target.write_bytes(page.screenshot(full_page=True))
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert target.stat().st_size > 50_000
    finally:
        page.close()


# --- a hostile article, built into a one-page book ---------------------------------

HOSTILE_ARTICLE = (
    VALID_FRONT_MATTER.format(id="hostile-2015-markup").replace(
        "title: A test article", "title: An article that contains markup"
    )
    + """Soldiers defected <script>alert(1)</script> near the town.

A note for editors <!-- do not print --> stayed in the text.

Rebels said the road was open </script><img src=x onerror=alert(2)> again.
"""
)

# The notebook shows the article the way the chapters do: through newsframes.book.chapters's
# table and quotation, and in a chart whose data holds the text. The last cell is a
# control: raw HTML the page must run, so a blind dialog detector cannot pass the test.
HOSTILE_CELLS = [
    "import pandas as pd\n"
    "from IPython.display import HTML\n"
    "from newsframes import book\n"
    "from newsframes.book import charts\n"
    "from newsframes.corpus.articles import load_corpus\n"
    'corpus = load_corpus("articles")\n'
    'text = corpus.loc[0, "text"]\n'
    'paragraphs = [p for p in text.split("\\n") if p.strip()]',
    'book.table(pd.DataFrame({"paragraph": paragraphs}), "The hostile article")',
    'book.quotation(paragraphs[0], "Test Outlet")',
    'charts.bar(pd.DataFrame({"paragraph": paragraphs, "n": [1, 2, 3]}), x="n", y="paragraph",'
    ' title="Paragraphs", x_title="n", y_title="Paragraph")',
    "HTML(\"<p id='control'>control</p><script>alert('control')</script>\")",
]


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-page book built with the project's extensions; returns its _build/html."""
    root = tmp_path_factory.mktemp("hostile-book")
    (root / "articles").mkdir()
    (root / "articles" / "hostile-2015-markup.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.cells = [nbformat.v4.new_markdown_cell("# Hostile article")] + [
        nbformat.v4.new_code_cell(source) for source in HOSTILE_CELLS
    ]
    nbformat.write(notebook, root / "page.ipynb")
    (root / "_toc.yml").write_text("format: jb-book\nroot: page\n", encoding="utf-8")
    ext = (ROOT / "_ext").as_posix()
    (root / "_config.yml").write_text(
        textwrap.dedent(
            f"""\
            title: Hostile article
            only_build_toc_files: true
            execute:
              execute_notebooks: force
              run_in_temp: false
              stderr_output: warn
            sphinx:
              local_extensions:
                altair_offline: {ext}
                accessibility: {ext}
              config:
                html_context:
                  default_mode: auto
            """
        ),
        encoding="utf-8",
    )
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    result = subprocess.run(
        [str(jupyter_book), "build", ".", "-n", "-W", "--keep-going"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return root / "_build" / "html"


def test_hostile_article_is_shown_as_text_and_never_run(
    browser: Browser, hostile_book: Path
) -> None:
    server, base = serve(hostile_book)
    served = offline_context(browser, hostile_book, base)
    visit = Visit()
    try:
        page = open_page(served, "page.html", visit)
        page.wait_for_function(ALL_DRAWN, timeout=15_000)
        shown = page.inner_text("main")
        # The markup is on the page as text, in the table and in the quotation ...
        assert shown.count("<script>alert(1)</script>") >= 2
        assert shown.count("<!-- do not print -->") >= 1
        assert shown.count("</script><img src=x onerror=alert(2)>") >= 1
        # ... no element was made from it ...
        made = page.evaluate(
            """() => ({
              images: document.querySelectorAll('main img[src="x"]').length,
              scripts: [...document.querySelectorAll('main script')]
                .filter(s => /^\\s*alert\\([12]\\)/.test(s.textContent)).length,
            })"""
        )
        assert made == {"images": 0, "scripts": 0}
        # ... the chart holding the text drew, and only the control dialog ran.
        assert all(chart["drawn"] for chart in page.evaluate(CHARTS_DRAWN))
        assert page.locator("#control").count() == 1
        assert visit.dialogs == ["control"]
        assert visit.errors == [] and visit.blocked == []
    finally:
        served.context.close()
        server.shutdown()
        server.server_close()


# --- the accessibility fixes, unit by unit ------------------------------------------


def load_ext(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "_ext" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_marks_without_data_get_a_name_and_data_marks_keep_theirs() -> None:
    name_silent_marks = load_ext("altair_offline").name_silent_marks
    spec = {
        "description": "Line chart: tone.",
        "layer": [
            {"mark": {"type": "rule", "strokeDash": [4, 4]}, "encoding": {"y": {"datum": 0}}},
            {
                "mark": "line",
                "encoding": {
                    "x": {"field": "sent_id", "type": "quantitative", "title": "Sentence"},
                    "y": {"field": "score", "type": "quantitative", "title": "Score"},
                },
            },
            {"mark": {"type": "text", "aria": False}, "encoding": {"text": {"value": "note"}}},
        ],
    }
    named = name_silent_marks(spec)
    rule, line, text = named["layer"]
    assert rule["mark"] == {
        "type": "rule",
        "strokeDash": [4, 4],
        "description": "Reference line: Score = 0",
    }
    assert line["mark"] == "line"  # Vega-Lite names its items from the fields
    assert text["mark"] == {"type": "text", "aria": False}  # an explicit choice stays
    assert spec["layer"][0]["mark"] == {"type": "rule", "strokeDash": [4, 4]}  # not mutated


def test_body_fixes() -> None:
    fix_body = load_ext("accessibility").fix_body
    body = (
        '<div role="list" class="citation-list">\n'
        '<div class="citation" id="id3" role="doc-biblioentry">[1] A book.</div>\n</div>\n'
        '<details class="hide above-input"><summary aria-label="Toggle hidden content">'
        '<p class="collapsed">Show code cell source</p></summary></details>'
    )
    assert fix_body(body) == (
        '<div class="citation-list">\n'
        '<div class="citation" id="id3">[1] A book.</div>\n</div>\n'
        '<details class="hide above-input"><summary>'
        '<p class="collapsed">Show code cell source</p></summary></details>'
    )
