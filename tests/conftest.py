"""Shared fixtures: the real corpus, and a factory for broken article folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from newsframes.corpus.articles import load_corpus
from newsframes.paths import articles_dir

if TYPE_CHECKING:
    from playwright.sync_api import Browser

GOLDEN = Path(__file__).parent / "golden"


# The five reports the book was written about: the golden tables and the hand annotations
# are theirs. An instructor may add articles to data/articles; these fixtures keep to the five.
BOOK_ARTICLES = frozenset(
    {
        "asharq-2011-airforce-defections",
        "globalpost-2011-jisr-al-shughour",
        "itv-2014-khateeb",
        "fan-2016-aleppo-evacuation",
        "guardian-2017-is-defectors",
    }
)


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    everything = load_corpus()
    return everything[everything["id"].isin(BOOK_ARTICLES)].reset_index(drop=True)


@pytest.fixture(scope="session")
def texts(corpus: pd.DataFrame) -> dict[str, str]:
    return dict(zip(corpus["id"], corpus["text"], strict=True))


VALID_FRONT_MATTER = """---
id: {id}
title: A test article
outlet: Test Outlet
outlet_country: Nowhere
outlet_type: online
date: "2015-03-01"
date_precision: day
date_basis: stated
date_note: Printed in the text.
byline: null
translated_by: null
language: en
url: null
rights: Written for the tests.
---
"""


@pytest.fixture
def article_folder(tmp_path: Path) -> Callable[..., Path]:
    """Write articles into a fresh folder: ``make(name, content)``; returns the folder."""

    def make(name: str | None = None, content: str | bytes | None = None) -> Path:
        if name is not None:
            target = tmp_path / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content or "", encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture
def valid_article() -> Callable[[str, str], str]:
    def make(
        article_id: str = "test-2015-one", body: str = "Soldiers defected. Rebels said so."
    ) -> str:
        return VALID_FRONT_MATTER.format(id=article_id) + body

    return make


@pytest.fixture(scope="session")
def real_articles_dir() -> Path:
    return articles_dir()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """The session's headless Chromium (tests/test_site.py, tests/test_offline_site.py).

    One for the whole session, here: Playwright's sync API allows one instance per process.
    """
    from playwright.sync_api import sync_playwright
    from test_site import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
