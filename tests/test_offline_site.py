"""The downloadable site (`make offline`, _build/crossing-lines-site.zip) works from the disk:
unzipped and opened with file://, its pages load, its links resolve inside the copy and its
charts draw, with every request outside the unzipped folder blocked.

`make test` makes the zip before pytest runs (the `offline` target).
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import Error as PlaywrightError
from test_site import (
    ALL_DRAWN,
    CHARTS_DRAWN,
    LINKS,
    Served,
    Visit,
    offline_context,
    open_page,
)

ROOT = Path(__file__).resolve().parents[1]
ZIP = ROOT / "_build" / "crossing-lines-site.zip"


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ZIP.is_file():
        pytest.fail(f"no {ZIP}: run `make offline` (`make test` does)")
    target = tmp_path_factory.mktemp("offline-site")
    with zipfile.ZipFile(ZIP) as archive:
        archive.extractall(target)
    return target / "html"


@pytest.fixture(scope="module")
def from_disk(browser: Browser, unzipped: Path) -> Iterator[Served]:
    served = offline_context(browser, unzipped, unzipped.as_uri() + "/")
    yield served
    served.context.close()


def test_the_zip_holds_the_whole_site(unzipped: Path) -> None:
    for page in ["index.html", "book/index.html", "book/ch-itv.html", "_static/altair-offline.js"]:
        assert (unzipped / page).is_file(), page


def test_the_front_page_opens_the_book(from_disk: Served) -> None:
    visit = Visit()
    page = open_page(from_disk, "index.html", visit)
    try:
        page.wait_for_url("**/book/index.html", timeout=15_000)
        assert "Crossing Lines" in page.title()
        assert visit.blocked == []
    finally:
        page.close()


@pytest.mark.parametrize("path", ["book/ch-itv.html", "book/cmp-tone.html"])
def test_charts_draw_from_the_disk(from_disk: Served, path: str) -> None:
    visit = Visit()
    page = open_page(from_disk, path, visit)
    try:
        with contextlib.suppress(PlaywrightError):  # an undrawn chart is reported below
            page.wait_for_function(ALL_DRAWN, timeout=15_000)
        charts = page.evaluate(CHARTS_DRAWN)
        assert len(charts) >= 2 and all(chart["drawn"] for chart in charts), charts
        assert visit.errors == [] and visit.blocked == [] and visit.dialogs == []
        links = [url for url in page.evaluate(LINKS) if url.startswith("file:")]
        outside = [url for url in links if not url.startswith(from_disk.base)]
        assert links and outside == []
        missing = [
            url
            for url in links
            if not (
                from_disk.root / unquote(url.split("#")[0].removeprefix(from_disk.base))
            ).exists()
        ]
        assert missing == []
    finally:
        page.close()
