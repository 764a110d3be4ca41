"""The printable book, read back from the built PDF: every chart a vector figure, every glued
number in its sentence, no unresolved reference, no missing glyph, no table off the page.

Needs `make pdf` (XeLaTeX; `make tex` installs it and poppler's pdftotext, pdffonts and
pdfimages). It is not part of `make test`, which does not build the PDF: CI runs
`make pdf pdf-test` after `make test` (.ci/run).
"""

from __future__ import annotations

import ast
import functools
import html
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
import yaml
from test_book_config import load_extension

from newsframes.book.toc_entries import toc_files

ROOT = Path(__file__).resolve().parents[1]
LATEX = ROOT / "_build" / "latex"
PDF = LATEX / "crossing-lines.pdf"
LOG = LATEX / "crossing-lines.log"
# Cells whose outputs the book does not show.
HIDDEN_OUTPUT_TAGS = {"remove-output", "remove-cell"}
# An overfull line this much wider than its box is visible on the page (TeX's points).
OVERFULL_TOLERANCE_PT = 1.0


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def pdf() -> Path:
    if not PDF.is_file():
        pytest.fail(f"no {PDF}: run `make pdf` first")
    return PDF


@functools.cache
def pdf_text() -> str:
    return run("pdftotext", "-enc", "UTF-8", str(PDF), "-")


def flat(text: str) -> str:
    """Text with quotes and dashes made plain and all whitespace removed, for comparing."""
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00ad": ""}))
    return re.sub(r"\s+", "", text)


# The running head and foot of a page: the book's title above; below, the page number and
# the chapter ("Chapter 5. For instructors"), the section ("5.1. Course plans") or the part.
RUNNING_HEAD = re.compile(r"^\s*Crossing Lines\s*$")
RUNNING_FOOT = re.compile(
    r"^\s*(?:\d+|[ivxlc]+|Chapter \d+\. .*|\d+(?:\.\d+)+\. .*|[A-Z][A-Z ,:'’-]+)\s*$"
)


def body_text(page: str) -> str:
    """A page's text without its running head and foot, so that text flows across pages."""
    lines = page.split("\n")
    while lines and (not lines[0].strip() or RUNNING_HEAD.match(lines[0])):
        lines.pop(0)
    dropped = 0
    while lines and dropped < 3 and (not lines[-1].strip() or RUNNING_FOOT.match(lines[-1])):
        dropped += bool(lines.pop().strip())
    return "\n".join(lines)


@functools.cache
def flat_pdf_texts() -> tuple[str, str]:
    """The PDF's text, pages joined without their running heads and feet, flattened twice:
    with line-end hyphens removed, and kept."""
    text = "\n".join(body_text(page) for page in pdf_text().split("\f"))
    return flat(re.sub(r"-\n", "", text)), flat(text)


def test_running_heads_and_feet_are_taken_out() -> None:
    even = (
        "Crossing Lines\n\nthe lesson that teaches its method\n12\n\nChapter 5. For instructors\n"
    )
    assert body_text(even) == "the lesson that teaches its method"
    odd = "Crossing Lines\nand a caveat.\n5.1. Course plans\n\n13\n"
    assert body_text(odd) == "and a caveat."


def book_notebooks() -> list[Path]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    paths = [ROOT / f"{entry}.ipynb" for entry in toc_files(toc)]
    return [path for path in paths if path.is_file()]


def shown_outputs(notebook: nbformat.NotebookNode) -> Iterator[dict[str, Any]]:
    for cell in notebook.cells:
        if cell.cell_type == "code" and not HIDDEN_OUTPUT_TAGS & set(cell.metadata.get("tags", [])):
            yield from cell.get("outputs", [])


# --- charts ------------------------------------------------------------------------------


def title_text(title: Any) -> str:
    """A Vega-Lite title (a string, lines, or a title object) as one string."""
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, list):
        return " ".join(str(line) for line in title)
    return str(title or "")


def chart_titles() -> list[tuple[str, str]]:
    """(notebook, title) of every titled chart the book shows, from the stored outputs."""
    parse = load_extension().parse_altair_html
    found = []
    for path in book_notebooks():
        for output in shown_outputs(nbformat.read(path, as_version=4)):
            html = output.get("data", {}).get("text/html", "")
            if "vegaEmbed" in html:
                _, spec, _ = parse(html)
                found.append((path.name, title_text(spec.get("title"))))
    return found


def test_the_book_has_charts_and_each_is_titled() -> None:
    titles = chart_titles()
    assert len(titles) >= 20, "the chart count is a sign the outputs were not read"
    assert [entry for entry in titles if not entry[1]] == []


def test_every_chart_is_in_the_pdf_as_vector_text(pdf: Path) -> None:
    """A chart drawn as vectors keeps its title as text; a bitmap, or a missing chart, does not."""
    missing = [
        (name, title)
        for name, title in chart_titles()
        if not any(flat(title) in text for text in flat_pdf_texts())
    ]
    assert missing == []


def test_the_pdf_holds_no_bitmap(pdf: Path) -> None:
    """Charts are vector PDFs (vl-convert): pdfimages finds no raster image in the book."""
    listing = run("pdfimages", "-list", str(pdf)).splitlines()
    assert listing[:2] and listing[0].split()[:3] == ["page", "num", "type"]
    assert listing[2:] == []


# --- glued numbers -----------------------------------------------------------------------

GLUE_ROLE = re.compile(r"\{glue(?::(?P<kind>text|md|any))?\}`(?P<key>[^`]+)`")
# Plain words next to a role: what the PDF prints exactly as the source has it.
PLAIN_BEFORE = re.compile(r"[A-Za-z0-9 ,]*$")
PLAIN_AFTER = re.compile(r"^[A-Za-z0-9 ,]*")
CONTEXT_WORDS = 3


def glued_values(notebook: nbformat.NotebookNode) -> dict[str, dict[str, str]]:
    """Each glued key's mime bundle, as the notebook stored it."""
    values: dict[str, dict[str, str]] = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name:
                values[name] = {
                    mime.removeprefix("application/papermill.record/"): content
                    for mime, content in output.get("data", {}).items()
                }
    return values


def markdown_text(markdown: str) -> str:
    """The words a line of Markdown prints: links as their text, no emphasis, no escapes."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"(?<!\\)[*_`]", "", text)
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def shown_value(bundle: dict[str, str], kind: str | None, spec: str) -> str | None:
    """The text a glue role prints, or None for a role that pastes a figure or a table."""
    if kind == "md" or (kind is None and "text/markdown" in bundle):
        return markdown_text(bundle.get("text/markdown", ""))
    plain = bundle.get("text/plain")
    if plain is None or plain.startswith("<"):
        return None
    try:
        value = ast.literal_eval(plain)
    except (ValueError, SyntaxError):
        value = plain
    return format(value, spec) if spec else str(value)


def page_texts() -> Iterator[tuple[Path, str]]:
    """(page, Markdown) for every page of the book: a notebook's Markdown cells, or a .md file."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    for entry in toc_files(toc):
        notebook, markdown = ROOT / f"{entry}.ipynb", ROOT / f"{entry}.md"
        if notebook.is_file():
            cells = nbformat.read(notebook, as_version=4).cells
            for cell in cells:
                if cell.cell_type == "markdown":
                    yield notebook, cell.source
        elif markdown.is_file():
            yield markdown, markdown.read_text(encoding="utf-8")


@functools.cache
def glued_in(notebook: Path) -> dict[str, dict[str, str]]:
    return glued_values(nbformat.read(notebook, as_version=4))


def glue_uses() -> list[tuple[str, str, str]]:
    """(page, key, the words around the role with the value in place) for every use."""
    uses = []
    for page, source in page_texts():
        for role in GLUE_ROLE.finditer(source):
            reference = role.group("key")
            # "other.ipynb::key" pastes from another notebook; "key:.2f" formats the value.
            notebook, _, key = reference.rpartition("::")
            key, _, spec = key.partition(":")
            values = glued_in(page.parent / notebook if notebook else page)
            assert key in values, f"{page.name}: the text pastes {reference!r}, nothing glues it"
            shown = shown_value(values[key], role.group("kind"), spec)
            if shown is None:
                continue
            before = PLAIN_BEFORE.search(source[: role.start()])
            after = PLAIN_AFTER.search(source[role.end() :])
            words_before = before.group().split()[-CONTEXT_WORDS:] if before else []
            words_after = after.group().split()[:CONTEXT_WORDS] if after else []
            uses.append((page.name, key, " ".join([*words_before, shown, *words_after])))
    return uses


def test_the_book_glues_numbers_into_its_text() -> None:
    assert len(glue_uses()) >= 100


def test_every_glued_value_is_printed_in_its_sentence(pdf: Path) -> None:
    texts = flat_pdf_texts()
    missing = [use for use in glue_uses() if not any(flat(use[2]) in text for text in texts)]
    assert missing == []


def test_no_output_is_printed_as_a_python_repr(pdf: Path) -> None:
    reprs = re.findall(r"<[\w.]+ (?:object|at 0x[0-9a-f]+)>", pdf_text())
    assert reprs == []


# --- references, glyphs, widths ----------------------------------------------------------


def test_no_reference_is_unresolved(pdf: Path) -> None:
    assert "??" not in pdf_text()
    log = LOG.read_text(encoding="utf-8", errors="replace")
    assert "There were undefined references" not in log
    assert re.findall(r"(?:Reference|Citation) `[^']+' .*undefined", log) == []


def test_no_glyph_is_missing(pdf: Path) -> None:
    log = LOG.read_text(encoding="utf-8", errors="replace")
    assert re.findall(r"Missing character: .*", log) == []
    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts, "pdffonts lists no font"
    # Columns: name, type (one or two words), encoding, emb, sub, uni, object id.
    not_embedded = [line for line in fonts if line.split()[-5] != "yes"]
    assert not_embedded == []


def overfull_boxes(log: str) -> list[str]:
    """The lines of a TeX log that report a line wider than its box by more than the tolerance."""
    return [
        match.group(0)
        for match in re.finditer(r"Overfull \\hbox \((?P<pt>[\d.]+)pt too wide\).*", log)
        if float(match.group("pt")) > OVERFULL_TOLERANCE_PT
    ]


def test_overfull_check_finds_a_wide_line() -> None:
    log = (
        "Overfull \\hbox (446.8pt too wide) in alignment at lines 7991--8009\n"
        "Overfull \\hbox (0.6pt too wide) in paragraph at lines 541--541\n"
    )
    assert overfull_boxes(log) == [
        "Overfull \\hbox (446.8pt too wide) in alignment at lines 7991--8009"
    ]


def test_no_table_or_line_runs_off_the_page(pdf: Path) -> None:
    assert overfull_boxes(LOG.read_text(encoding="utf-8", errors="replace")) == []


def test_the_pdf_is_the_whole_book(pdf: Path) -> None:
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf))).group(1))  # type: ignore[union-attr]
    assert pages > 100
    text = flat_pdf_texts()[0]
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    titles = [chapter_title(ROOT / entry) for entry in toc_files(toc)]
    assert [title for title in titles if title and flat(title) not in text] == []


def chapter_title(stem: Path) -> str:
    """The first heading of a page (.ipynb or .md), in plain words."""
    if stem.with_suffix(".ipynb").is_file():
        cells = nbformat.read(stem.with_suffix(".ipynb"), as_version=4).cells
        source = "\n".join(cell.source for cell in cells if cell.cell_type == "markdown")
    else:
        source = stem.with_suffix(".md").read_text(encoding="utf-8")
    heading = re.search(r"^# (.+)$", source, re.MULTILINE)
    return re.sub(r"[*_`]", "", heading.group(1)) if heading else ""
