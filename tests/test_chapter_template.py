"""The chapter of an added article: the template (every section, valid notebook, ruff-clean
code, the shared chapter helpers, unique glue keys), its entry in _toc.yml, and the
`chapter` command (`python -m newsframes chapter ID`, `make chapter ID=...`)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import nbformat
import pytest
import yaml
from nbclient import NotebookClient
from test_prose_counts import counts_of_articles, page_texts

from newsframes.__main__ import main
from newsframes.book import sections
from newsframes.book.chapter_template import (
    READING_CLASS,
    READINGS,
    chapter_notebook,
    glue_key,
    heading,
)
from newsframes.book.kernel import KERNELSPEC
from newsframes.book.setup_cell import has_setup_cell, repository_url
from newsframes.book.toc_entries import ADDED_PART, add_to_toc, toc_files
from newsframes.corpus.articles import read_articles

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Path(__file__).parent / "chapter_article" / "example-2013-border-crossing.md"
ARTICLE_ID = ARTICLE.stem
URL = repository_url(ROOT / "_config.yml")
# The sections of an article chapter (the book's style guide, "Shape of a chapter"), in order.
SECTIONS = [
    "**What you will learn**",
    "## The article",
    "## Who appears",
    "## How groups are named",
    "## Who speaks and how",
    "## Tone",
    "## Frames",
    "## What the numbers can and cannot show",
    "## Questions to discuss",
]
# The chapter helpers every article chapter's sections are made of.
HELPERS = {
    "facts",
    "removed",
    "actors",
    "actors_chart",
    "busiest_sentences",
    "labels_by_voice",
    "labels_chart",
    "label_uses",
    "statements",
    "verbs_chart",
    "tone_arc",
    "tone",
    "extremes_by_tool",
    "masking",
    "frames",
    "frames_chart",
    "frame_kwic",
    "frame_precision",
}
# The sections' pointer helpers (newsframes.book.sections.pointers): <name>_pointers.
POINTER_NAMES = ("article", "actor", "label", "speaker", "tone", "frame", "limit")
GLUE_ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)(?::[^`]*)?`")
GLUE_DIRECTIVE = re.compile(r"^:::\{glue(?::\w+)?\}\s+(\S+)", re.MULTILINE)


@pytest.fixture(scope="module")
def meta() -> dict[str, Any]:
    """The test article's metadata, read as the command reads it."""
    folder = ARTICLE.parent
    (article,) = read_articles(folder)
    return article.meta


@pytest.fixture(scope="module")
def notebook(meta: dict[str, Any]) -> nbformat.NotebookNode:
    return chapter_notebook(meta, URL)


def code_cells(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def markdown(notebook: nbformat.NotebookNode) -> str:
    return "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")


def glue_references(notebook: nbformat.NotebookNode) -> list[str]:
    text = markdown(notebook)
    return GLUE_ROLE.findall(text) + GLUE_DIRECTIVE.findall(text)


# --- the notebook ----------------------------------------------------------------------------


def test_every_section_of_an_article_chapter_is_there_in_order(
    notebook: nbformat.NotebookNode,
) -> None:
    text = markdown(notebook)
    places = [text.find(section) for section in SECTIONS]
    assert -1 not in places, [s for s, at in zip(SECTIONS, places, strict=True) if at == -1]
    assert places == sorted(places)
    assert text.startswith("# Example Daily, 2013: Officers cross into Turkey")


def test_the_notebook_is_valid_and_starts_with_the_set_up_cell(
    notebook: nbformat.NotebookNode,
) -> None:
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"] == KERNELSPEC
    assert has_setup_cell(notebook, URL)
    assert all(not cell.outputs for cell in code_cells(notebook))
    ids = [cell.id for cell in notebook.cells]
    assert len(set(ids)) == len(ids)
    assert f'a = book.article("{ARTICLE_ID}")' in code_cells(notebook)[1].source


@pytest.mark.parametrize(
    "article_id", [ARTICLE_ID, "an-outlet-with-a-long-name-2015-and-a-very-long-title-as-well-x"]
)
def test_code_cells_are_ruff_clean_for_any_id(
    meta: dict[str, Any], tmp_path: Path, article_id: str
) -> None:
    path = tmp_path / "chapter.ipynb"
    nbformat.write(chapter_notebook({**meta, "id": article_id}, URL), path)
    ruff = Path(sys.executable).with_name("ruff")
    config = ["--config", str(ROOT / "pyproject.toml")]
    for command in (["check", *config, str(path)], ["format", *config, "--check", str(path)]):
        result = subprocess.run([str(ruff), *command], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_sections_come_from_the_shared_chapter_helpers(notebook: nbformat.NotebookNode) -> None:
    called = set()
    for cell in code_cells(notebook)[1:]:
        tree = ast.parse(cell.source)
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        called |= {
            node.attr
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "sections"
        }
    assert not called - set(sections.__all__), "helpers the package does not have"
    assert called >= HELPERS | {f"{name}_pointers" for name in POINTER_NAMES}


def test_cells_that_glue_or_format_hide_their_code(notebook: nbformat.NotebookNode) -> None:
    for cell in code_cells(notebook)[2:]:
        tags = cell.metadata.get("tags", [])
        last = ast.parse(cell.source).body[-1]
        formats = isinstance(last, ast.Expr) and ".table(" in ast.unparse(last)
        if "glue(" in cell.source or formats:
            assert tags == ["remove-input"], cell.source
        else:
            assert tags == [], cell.source  # charts and loops: code a student could write


def test_glue_keys_are_prefixed_and_glued_once(notebook: nbformat.NotebookNode) -> None:
    references = glue_references(notebook)
    key = glue_key(ARTICLE_ID)
    assert key == "example_2013_border_crossing"
    assert references and all(ref.startswith(f"{key}_") for ref in references)
    assert f'KEY = "{key}"' in code_cells(notebook)[1].source


def test_each_section_has_a_reading_box(notebook: nbformat.NotebookNode) -> None:
    text = markdown(notebook)
    boxes = re.findall(r"^::::\{admonition\} .+\n:class: (\S+)\n((?:.*\n)*?)::::$", text, re.M)
    assert [cls for cls, _ in boxes] == [READING_CLASS] * len(READINGS) == [READING_CLASS] * 7
    for (_, body), section in zip(boxes, READINGS, strict=True):
        assert body.startswith("% Instructor:"), body  # a comment: not on the page
        assert f":::{{glue:md}} {glue_key(ARTICLE_ID)}_look_{section}\n" in body


def test_no_count_of_articles_is_typed(notebook: nbformat.NotebookNode, tmp_path: Path) -> None:
    """The chapter's prose and captions hold with any number of reports (test_prose_counts)."""
    path = tmp_path / "chapter.ipynb"
    nbformat.write(notebook, path)
    texts = page_texts(path)
    assert len(texts) > 30
    assert [(where, counts_of_articles(t)) for where, t in texts if counts_of_articles(t)] == []


def test_glue_key_is_an_identifier() -> None:
    assert glue_key("itv-2014-khateeb") == "itv_2014_khateeb"
    assert glue_key("2015-x").isidentifier()
    assert glue_key("2015-x") != glue_key("x-2015")


def test_heading_shows_the_metadata_as_written() -> None:
    title = heading({"outlet": "A <b>bold</b> outlet", "date": "2015-03", "title": "[A *title*]"})
    assert title == r"A &lt;b&gt;bold&lt;/b&gt; outlet, 2015: \[A \*title\*\]"


# --- the chapter runs: every reference is glued exactly once ---------------------------------


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the book's data, configuration and table of contents, and the test
    article added to its articles."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ARTICLE, root / "data" / "articles")
    for name in ("_toc.yml", "_config.yml"):
        shutil.copy(ROOT / name, root / name)
    (root / "book").mkdir()
    return root


@pytest.fixture
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project as the one the package reads (its data/), with its own _toc.yml."""
    shutil.copy(ROOT / "_toc.yml", project / "_toc.yml")
    for chapter in (project / "book").glob("*.ipynb"):
        chapter.unlink()
    monkeypatch.setenv("NEWSFRAMES_DATA", str(project / "data"))
    return project


def test_the_chapter_runs_and_glues_every_value_it_quotes(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["chapter", ARTICLE_ID]) == 0
    path = in_project / "book" / f"ch-{ARTICLE_ID}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    outputs = [output for cell in code_cells(notebook) for output in cell.outputs]
    assert [o for o in outputs if o.output_type in ("error", "stream")] == []
    glued = [
        o.metadata["scrapbook"]["name"] for o in outputs if "scrapbook" in o.get("metadata", {})
    ]
    duplicates = [name for name, n in Counter(glued).items() if n > 1]
    assert duplicates == []
    assert sorted(set(glue_references(notebook))) == sorted(glued)
    pointers = {
        scrap["name"]: output.data[scrap["mime_prefix"] + "text/markdown"]
        for output in outputs
        if "_look_" in (scrap := output.get("metadata", {}).get("scrapbook", {})).get("name", "")
    }
    assert len(pointers) == len(READINGS)
    assert all(text.startswith("- ") for text in pointers.values())
    assert "Free Syrian Army" in pointers[f"{glue_key(ARTICLE_ID)}_look_actors"]


# --- the command ------------------------------------------------------------------------------


def test_the_command_writes_the_chapter_and_lists_it_once(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (in_project / "_toc.yml").read_text(encoding="utf-8")
    assert main(["chapter", ARTICLE_ID]) == 0
    out = capsys.readouterr().out
    chapter = in_project / "book" / f"ch-{ARTICLE_ID}.ipynb"
    assert f"{chapter}\n{in_project / '_toc.yml'}\n" in out and "make regen" in out
    after = (in_project / "_toc.yml").read_text(encoding="utf-8")
    files, entry = toc_files(yaml.safe_load(after)), f"book/ch-{ARTICLE_ID}"
    assert [f for f in files if f != entry] == toc_files(yaml.safe_load(before))
    assert files.index(entry) == files.index("book/ch-guardian") + 1
    assert kept_lines(before, after)
    # Asked again: refused, and nothing changes; with --force: written again, listed once.
    assert main(["chapter", ARTICLE_ID]) == 2
    assert "already exists" in capsys.readouterr().err
    chapter.write_text("{}", encoding="utf-8")
    assert main(["chapter", ARTICLE_ID, "--force"]) == 0
    assert nbformat.read(chapter, as_version=4).cells
    assert (in_project / "_toc.yml").read_text(encoding="utf-8") == after


def kept_lines(before: str, after: str) -> bool:
    """Every line of ``before`` is in ``after``, in the same order (comments included)."""
    remaining = iter(after.splitlines())
    return all(line in remaining for line in before.splitlines())


def test_an_unknown_article_is_refused_with_the_known_ones(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for wrong in ("no-such-article", "../data/articles/itv-2014-khateeb"):
        assert main(["chapter", wrong]) == 2
        err = capsys.readouterr().err
        assert "no such article" in err and "itv-2014-khateeb" in err and ARTICLE_ID in err
    assert list((in_project / "book").iterdir()) == []


def test_the_articles_are_validated_first(
    in_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = in_project / "data" / "articles" / "broken-2015-one.md"
    broken.write_text("no front matter\n", encoding="utf-8")
    try:
        assert main(["chapter", ARTICLE_ID]) == 1
    finally:
        broken.unlink()
    captured = capsys.readouterr()
    assert "broken-2015-one.md" in captured.out and "Fix these before" in captured.err
    assert list((in_project / "book").iterdir()) == []
    assert (in_project / "_toc.yml").read_text(encoding="utf-8") == (ROOT / "_toc.yml").read_text(
        encoding="utf-8"
    )


def test_make_chapter_runs_the_command_and_asks_for_the_id() -> None:
    make = ["make", "--no-print-directory", "-n", "-C", str(ROOT)]
    shown = subprocess.run([*make, "chapter", "ID=x-2015-y"], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "-m newsframes chapter x-2015-y" in shown.stdout
    forced = subprocess.run([*make, "chapter", "ID=x", "FORCE=1"], capture_output=True, text=True)
    assert "-m newsframes chapter x --force" in forced.stdout
    missing = subprocess.run([*make, "chapter"], capture_output=True, text=True)
    assert missing.returncode != 0 and "make chapter ID=" in missing.stderr
    helped = subprocess.run(["make", "-C", str(ROOT), "-s", "help"], capture_output=True, text=True)
    assert "make chapter" in helped.stdout


# --- the table of contents ---------------------------------------------------------------------


def test_the_first_added_chapter_opens_a_part_after_the_five_reports(tmp_path: Path) -> None:
    toc = tmp_path / "_toc.yml"
    shutil.copy(ROOT / "_toc.yml", toc)
    before = toc.read_text(encoding="utf-8")
    assert add_to_toc(toc, "book/ch-a") is True
    assert add_to_toc(toc, "book/ch-b") is True
    assert add_to_toc(toc, "book/ch-a") is False
    after = toc.read_text(encoding="utf-8")
    assert kept_lines(before, after)
    parts = yaml.safe_load(after)["parts"]
    captions = [part["caption"] for part in parts]
    added = captions.index(ADDED_PART)
    assert captions[added - 1] == "The five reports"
    assert parts[added] == {
        "caption": ADDED_PART,
        "numbered": 1,
        "chapters": [{"file": "book/ch-a"}, {"file": "book/ch-b"}],
    }


def test_without_the_five_reports_part_the_chapter_follows_the_article_chapters(
    tmp_path: Path,
) -> None:
    toc = tmp_path / "_toc.yml"
    toc.write_text(
        "format: jb-book\nroot: book/index\nparts:\n"
        "  - caption: Reports\n    chapters:\n      - file: book/ch-one\n"
        "    # a comment of the reports part\n\n"
        "  # a comment of the next part\n"
        "  - caption: Reference\n    chapters:\n      - file: book/glossary\n",
        encoding="utf-8",
    )
    assert add_to_toc(toc, "book/ch-two")
    files = toc_files(yaml.safe_load(toc.read_text(encoding="utf-8")))
    assert files == ["book/index", "book/ch-one", "book/ch-two", "book/glossary"]
    text = toc.read_text(encoding="utf-8")
    assert text.index("# a comment of the next part") > text.index("book/ch-two")
