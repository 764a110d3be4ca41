"""book.table left-aligns text columns and right-aligns numbers, in a browser, against
the rules a front end sets for every cell (JupyterLab right-aligns them all), and a KWIC
table keeps its right-aligned left context."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest
from playwright.sync_api import Browser, Page

from newsframes.book import kwic, table
from newsframes.book.alignment import is_text

# JupyterLab's own rule for output tables (jupyterlab 4.6, @jupyterlab/rendermime), and a
# theme's that left-aligns every cell: the table's alignment must win over both.
FRONT_ENDS = {
    "jupyterlab": ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,"
    ":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th { text-align: right; }",
    "left theme": ".jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: left; }",
}
FRAME = pd.DataFrame(
    {
        "sentence": ["A long sentence about the army.", "Short."],
        "polarity": [0.25, -0.5],
        "kind": pd.Categorical(["quote", "prose"]),
        "n": [3, 12],
        "hit": [True, False],
    }
)


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    """A blank page of the session's Chromium (tests/conftest.py: one per process)."""
    blank = browser.new_page()
    yield blank
    blank.close()


def alignments(page: Page, html: str, css: str) -> dict[str, list[str]]:
    """The computed text-align of each column's heading and cells, by heading."""
    page.set_content(f"<style>{css}</style><div class='jp-RenderedHTMLCommon'>{html}</div>")
    return page.evaluate(
        """() => {
        const table = document.querySelector('table');
        const heads = [...table.querySelectorAll('thead th')];
        const out = {};
        heads.forEach((th, i) => {
          const cells = [...table.querySelectorAll(`tbody tr td:nth-child(${i + 1})`)];
          out[th.textContent.trim()] = [th, ...cells].map(c => getComputedStyle(c).textAlign);
        });
        return out;
      }"""
    )


def test_text_columns_are_those_of_words() -> None:
    assert [is_text(FRAME[c]) for c in FRAME] == [True, False, True, False, False]
    assert is_text(pd.Series(["a", None, "b"]))
    assert not is_text(pd.Series([1, None, 2], dtype=object))


@pytest.mark.parametrize("front_end", FRONT_ENDS)
def test_text_left_numbers_right_whatever_the_front_end(page: Page, front_end: str) -> None:
    html = table(FRAME, "Sentences").to_html()
    shown = alignments(page, html, FRONT_ENDS[front_end])
    assert shown == {
        "sentence": ["left"] * 3,
        "polarity": ["right"] * 3,
        "kind": ["left"] * 3,
        "n": ["right"] * 3,
        "hit": ["right"] * 3,
    }


def test_renamed_and_repeated_columns_are_aligned_by_position(page: Page) -> None:
    frame = pd.DataFrame([["a", 1, "b"]], columns=["x", "y", "x"])
    html = table(frame, "Repeated").to_html()
    page.set_content(f"<style>{FRONT_ENDS['jupyterlab']}</style>{html}")
    cells = page.evaluate(
        "() => [...document.querySelectorAll('tbody td')].map(c => getComputedStyle(c).textAlign)"
    )
    assert cells == ["left", "right", "left"]


def test_kwic_keeps_its_left_context_against_the_match(page: Page) -> None:
    hits = pd.DataFrame(
        {"frame": ["conflict"], "left": ["the army"], "match": ["shelled"], "right": ["the town"]}
    )
    shown = alignments(page, kwic(hits, "KWIC").to_html(), FRONT_ENDS["jupyterlab"])
    assert shown["left context"][1] == "right"
    assert shown["match"][1] == "left" and shown["right context"][1] == "left"
