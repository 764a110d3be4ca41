"""The student lessons against the built site: every link to the site (glossary entries,
references, pages) lands on a page and an id that exist, and every exercise carries the
number the site prints for it. Needs the built site (``make book``; ``make test`` builds
it first), as tests/test_site.py does."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from test_site import SITE, anchors

from newsframes.book.commonmark import load_site

ROOT = Path(__file__).resolve().parents[1]
STUDENT = sorted((ROOT / "lessons" / "student").glob("[0-9][0-9]-*.ipynb"))
LINK = re.compile(r"\]\((?P<url>https?://[^)\s]+)\)")
SITE_EXERCISE = re.compile(
    r'<div class="exercise admonition" id="(?P<label>[^"]+)"[^>]*>\s*'
    r'<p class="admonition-title"><span class="caption-number">Exercise (?P<number>[\d.]+) '
)
STUDENT_EXERCISE = re.compile(r"^> \*\*Exercise (?P<number>\d+(?:\.\d+)*)", re.MULTILINE)


def markdown(path: Path) -> str:
    cells = nbformat.read(path, as_version=4).cells
    return "\n\n".join(cell.source for cell in cells if cell.cell_type == "markdown")


@pytest.fixture(scope="module")
def built() -> Path:
    if not (SITE / "book" / "index.html").is_file():
        pytest.fail(f"no built site in {SITE}: run `make book` first (`make test` does)")
    return SITE


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.stem)
def test_links_to_the_site_land_on_a_page_and_an_id(path: Path, built: Path) -> None:
    base = load_site(ROOT).baseurl
    links = [m["url"] for m in LINK.finditer(markdown(path)) if m["url"].startswith(base)]
    assert links, f"{path.name} links to nothing on the site"
    broken = []
    for url in links:
        page, _, anchor = url.removeprefix(base).partition("#")
        target = built / page
        if not target.is_file():
            broken.append(f"{url}: no page {page}")
        elif anchor and anchor not in anchors(target):
            broken.append(f"{url}: no id {anchor!r} on {page}")
    assert not broken, broken


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.stem)
def test_exercises_carry_the_numbers_the_site_prints(path: Path, built: Path) -> None:
    html = (built / "lessons" / f"{path.stem}.html").read_text(encoding="utf-8")
    on_site = [m["number"] for m in SITE_EXERCISE.finditer(html)]
    assert on_site, f"no numbered exercise on the built page of {path.stem}"
    assert STUDENT_EXERCISE.findall(markdown(path)) == on_site
