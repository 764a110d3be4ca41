"""No prose in the book states a count of articles that a cell did not compute.

An instructor adds an article and rebuilds: every number of reports on a page must then
change with the corpus. So a count of reports, articles, texts or outlets is glued from a
cell, never typed, in the markdown of every page and in the strings a code cell puts on the
page (captions, chart titles, column headings), and in the markdown of every lesson
(lessons/*.ipynb, which the book shows too).

The one typed count allowed: "five book reports", the name this book gives the reports it
was written about (book/articles.ipynb introduces it). Prose uses it where a point is about
those five alone ("the five book reports were not sampled to represent their years"). Years
("the 2011 reports"), "one" (a single report, never the size of the corpus) and counts of
other things ("the five generic frames", "the two tools") are not counts of articles.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

BOOK = Path(__file__).resolve().parents[1] / "book"
LESSONS = BOOK.parent / "lessons"

ALLOWED = re.compile(r"\bfive book reports?\b", re.IGNORECASE)

_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ORDINALS = "fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# A number in words or digits; not a year (2011), not a piece of "1,000".
_DIGITS = r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*"
NUMBER = rf"(?:\b(?:twenty|thirty)(?:-(?:{_WORDS}|one))?\b|\b(?:{_WORDS}|{_ORDINALS})\b|{_DIGITS})"
# What such a number would count: the articles, under any of their names.
ARTICLES = r"(?:reports?|articles?|texts?|outlets?|newsrooms?|casts?|stories|documents?|ones)"
# At most two words between the number and the noun ("five short texts", "five TextBlob
# intervals" is not caught, "two 2011 reports" is); a preposition ends the phrase.
_BETWEEN = r"(?!(?:of|in|on|at|across|per|from|for|to|by|with|than|and|or|words?)\b)[\w'’-]+"
COUNTED = re.compile(rf"{NUMBER}(?:[\s-]+{_BETWEEN}){{0,2}}?[\s-]+{ARTICLES}\b", re.IGNORECASE)
# A number standing for the reports themselves: "all five", "the other four", "in four of
# the five it is", "these three".
_PRONOUN_NUMBERS = "three|four|five|six|seven|eight|nine|ten"
_FUNCTION_WORDS = "of|in|on|it|they|are|is|were|have|has|had|and|or|but|to|by|with|pooled"
_FOLLOWS = rf"(?=\s*[.,;:()—–]|\s*$|\s+(?:{_FUNCTION_WORDS})\b)"
STANDING_FOR = re.compile(
    rf"\b(?:all|other|of the|of these|these|those)\s+(?:{_PRONOUN_NUMBERS})\b{_FOLLOWS}",
    re.IGNORECASE,
)


# Inline code, a role's target and a link's target name files and keys, not counts
# ({doc}`../lessons/07-your-article` is lesson 7, not seven articles).
_NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)")


def counts_of_articles(text: str) -> list[str]:
    """The phrases of ``text`` that state a number of articles, outside the allowed phrase."""
    flat = " ".join(_NOT_PROSE.sub(" ", text).split())
    allowed = [m.span() for m in ALLOWED.finditer(flat)]
    found = []
    for pattern in (COUNTED, STANDING_FOR):
        for match in pattern.finditer(flat):
            start, end = match.span()
            if not any(a < end and start < b for a, b in allowed):
                found.append(match.group(0))
    return found


def page_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for every piece of prose a page shows: markdown, and code cell strings."""
    if path.suffix == ".md":
        return [(path.name, path.read_text(encoding="utf-8"))]
    texts = []
    notebook = nbformat.read(path, as_version=4)
    for number, cell in enumerate(notebook.cells, start=1):
        where = f"{path.name}, cell {number}"
        if cell.cell_type == "markdown":
            texts.append((where, cell.source))
        elif cell.cell_type == "code":
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    texts.append((f"{where} (a string in the code)", node.value))
    return texts


PAGES = sorted(BOOK.glob("*.ipynb")) + sorted(BOOK.glob("*.md"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_no_page_types_a_count_of_articles(path: Path) -> None:
    typed = [
        f"{where}: {phrase!r}"
        for where, text in page_texts(path)
        for phrase in counts_of_articles(text)
    ]
    assert not typed, (
        "counts of articles typed in the prose; glue the computed number instead, speak of "
        "'the reports', or name 'the five book reports' where the point is about them:\n"
        + "\n".join(typed)
    )


LESSON_PAGES = sorted(LESSONS.glob("*.ipynb"))


def lesson_prose(path: Path) -> list[tuple[str, str]]:
    """(where, text) for every markdown cell of a lesson."""
    notebook = nbformat.read(path, as_version=4)
    return [
        (f"{path.name}, cell {number}", cell.source)
        for number, cell in enumerate(notebook.cells, start=1)
        if cell.cell_type == "markdown"
    ]


@pytest.mark.parametrize("path", LESSON_PAGES, ids=lambda p: p.name)
def test_no_lesson_types_a_count_of_articles(path: Path) -> None:
    typed = [
        f"{where}: {phrase!r}"
        for where, text in lesson_prose(path)
        for phrase in counts_of_articles(text)
    ]
    assert not typed, (
        "counts of articles typed in the lesson's prose; glue the computed number instead, "
        "speak of 'the reports', or name 'the five book reports' where the point is about "
        "them:\n" + "\n".join(typed)
    )


def test_every_page_is_read() -> None:
    names = {p.name for p in PAGES}
    assert {"cmp-actors.ipynb", "validation.ipynb", "articles.ipynb", "index.md"} <= names
    assert sum(name.startswith("cmp-") for name in names) == 7
    lessons = {p.name for p in LESSON_PAGES}
    assert {"01-corpus.ipynb", "07-your-article.ipynb"} <= lessons and len(lessons) >= 7


@pytest.mark.parametrize(
    "prose",
    [
        "This chapter sets the five reports side by side.",
        "The corpus holds 5 articles.",
        "the five outlets",
        "Over all five, the tools agree.",
        "words it uses more than the other four (right, positive z)",
        "in four of the five it is a man",
        "the two 2011 reports use delegitimising words",
        "Why five short texts give wide intervals",
        "add a sixth report about Aleppo",
        "Twenty-five reports",
        "6 reports",
    ],
)
def test_a_typed_count_of_articles_is_found(prose: str) -> None:
    assert counts_of_articles(prose), prose


@pytest.mark.parametrize(
    "prose",
    [
        "the five book reports were chosen because they tell of defection",
        "None of the five book reports quotes the Syrian government directly.",
        "The {glue:text}`act_n_reports` reports barely share a cast.",
        "the five generic frames of Semetko and Valkenburg",
        "hits per 1,000 words across reports",
        "In the 2011 reports the state is the actor.",
        "each outlet is represented by one report",
        "the two tools disagree; the harmonic mean of the two",
        "four times the sentences halve its width",
        "Two other decisions of the gazetteer",
        "Lesson 7 ({doc}`../lessons/07-your-article`) walks students through it",
        "see [the lesson](../lessons/07-your-article.ipynb)",
    ],
)
def test_allowed_prose_is_not_flagged(prose: str) -> None:
    assert counts_of_articles(prose) == [], prose
