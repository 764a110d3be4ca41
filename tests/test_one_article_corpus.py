"""Every book notebook runs on a corpus folder of one article, as the build would run it.

The book reads its corpus from ``data/articles`` of the data folder (``newsframes.paths``:
$NEWSFRAMES_DATA, else the checkout's ``data/``). Here that folder is a copy of ``data/``
whose ``articles/`` holds one article, and each notebook of ``book/`` is executed in a fresh
kernel (nbclient) in its own folder, as ``jupyter-book build`` executes it. Two corpora:

- the article written for the chapter tests, which no one annotated and which is none of
  the five book reports: every page but the five reports' own chapters, and the chapter
  that ``python -m newsframes chapter`` writes for it;
- the ITV report alone, which is annotated: every page but the other four reports' chapters.

What the build would turn into an error is checked here: a cell that raises, anything
written to stderr (``stderr_output: warn`` in _config.yml), and a glue reference in the
prose with no glued value or a value its format cannot take. The whole set takes about a
minute and a half (some four seconds a notebook).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from myst_nb.core.variables import format_plain_text
from nbclient import NotebookClient

from newsframes.book.chapter_template import chapter_notebook
from newsframes.book.setup_cell import repository_url
from newsframes.corpus.articles import read_articles

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
ADDED = Path(__file__).parent / "chapter_article" / "example-2013-border-crossing.md"
ITV = ROOT / "data" / "articles" / "itv-2014-khateeb.md"
CORPORA = {"added": ADDED, "itv": ITV}
GENERATED = "generated chapter"
# {glue}`key`, {glue:text}`key:spec`, {glue:md}`key`; and the ```{glue} key``` directives.
GLUE_ROLE = re.compile(r"\{glue(?::(\w+))?\}`([^`]+)`")
GLUE_DIRECTIVE = re.compile(r"^(?::::|```)\{glue(?::\w+)?\}\s+(\S+)", re.MULTILINE)


def pages(article: Path) -> list[str]:
    """The book notebooks that can run on ``article`` alone: every page but the chapters of
    the other book reports (a chapter shows its own report), plus an added article's chapter."""
    names = [
        path.name
        for path in sorted(BOOK.glob("*.ipynb"))
        if not path.name.startswith("ch-") or article.stem in path.read_text(encoding="utf-8")
    ]
    own_chapter = any(name.startswith("ch-") for name in names)
    return names if own_chapter else [*names, GENERATED]


CASES = [(corpus, name) for corpus, article in CORPORA.items() for name in pages(article)]


@pytest.fixture(scope="module")
def data_folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """For each corpus, a project folder: data/ as the checkout's, with one article, and
    links to the rest of the checkout, which some pages read beside data/ (the versions
    page: requirements.txt)."""
    folders = {}
    for corpus, article in CORPORA.items():
        root = tmp_path_factory.mktemp(f"one-article-{corpus}")
        shutil.copytree(
            ROOT / "data",
            root / "data",
            ignore=lambda folder, _names: (
                ["__pycache__", "articles"] if Path(folder) == ROOT / "data" else ["__pycache__"]
            ),  # the corpus's articles only: data/devset/articles is data the book reads too
        )
        (root / "data" / "articles").mkdir()
        shutil.copy(article, root / "data" / "articles")
        for entry in ROOT.iterdir():
            if entry.name not in {"data", ".git", "_build"}:
                (root / entry.name).symlink_to(entry)
        folders[corpus] = root / "data"
    return folders


def notebook_for(name: str, data: Path) -> nbformat.NotebookNode:
    if name != GENERATED:
        return nbformat.read(BOOK / name, as_version=4)
    (article,) = read_articles(data / "articles")
    return chapter_notebook(article.meta, repository_url(ROOT / "_config.yml"))


def problems(notebook: nbformat.NotebookNode) -> list[str]:
    """What would fail the book's build: errors, stderr, and glue the prose cannot show."""
    found, glued = [], {}
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                found.append(f"cell {number} raised {output.ename}: {output.evalue}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {number} wrote to stderr: {output.text[:300]}")
            scrap = output.get("metadata", {}).get("scrapbook")
            if scrap:
                glued[scrap["name"]] = output.data
    prose = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    for kind, reference in GLUE_ROLE.findall(prose):
        key, _, spec = reference.partition(":")
        if key not in glued:
            found.append(f"{{glue}}`{reference}`: nothing glued under {key!r}")
        elif kind == "text" and spec:
            plain = next(v for k, v in glued[key].items() if k.endswith("text/plain"))
            try:
                format_plain_text(plain, spec)
            except (TypeError, ValueError) as error:
                found.append(f"{{glue:text}}`{reference}`: {plain} cannot be shown: {error}")
    for key in GLUE_DIRECTIVE.findall(prose):
        if key not in glued:
            found.append(f"{{glue}} {key}: nothing glued")
    return found


@pytest.mark.parametrize(("corpus", "name"), CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_the_page_runs_on_a_corpus_of_one_article(
    corpus: str, name: str, data_folders: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = data_folders[corpus]
    monkeypatch.setenv("NEWSFRAMES_DATA", str(data))  # the kernel inherits it
    notebook = notebook_for(name, data)
    NotebookClient(
        notebook,
        timeout=120,
        startup_timeout=300,  # a busy machine can be slow to start a kernel
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(BOOK)}},
    ).execute()
    assert problems(notebook) == []


def test_every_page_of_the_book_runs_on_some_corpus_of_one_article() -> None:
    """The cases cover every notebook of book/: each report's chapter with its own report."""
    covered = {name for _, name in CASES}
    assert {path.name for path in BOOK.glob("*.ipynb")} - covered == {
        path.name
        for path in BOOK.glob("ch-*.ipynb")
        if "itv-2014-khateeb" not in path.read_text(encoding="utf-8")
    }
    assert ("added", GENERATED) in CASES and ("itv", "ch-itv.ipynb") in CASES


def test_problems_are_found() -> None:
    """The checks fail on what fails a build: an error, stderr, and unusable glue."""
    notebook = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("")
    code.outputs = [
        nbformat.v4.new_output("error", ename="KeyError", evalue="'itv'", traceback=[]),
        nbformat.v4.new_output("stream", name="stderr", text="a warning"),
        nbformat.v4.new_output(
            "display_data",
            data={"application/papermill.record/text/plain": "'(not in this corpus)'"},
            metadata={"scrapbook": {"name": "shown", "mime_prefix": ""}},
        ),
    ]
    prose = "{glue:text}`shown:d` and {glue:text}`missing`; {glue:text}`shown`"
    notebook.cells = [nbformat.v4.new_markdown_cell(prose), code]
    raised, stderr, unformatted, missing = problems(notebook)
    assert raised == "cell 2 raised KeyError: 'itv'"
    assert stderr == "cell 2 wrote to stderr: a warning"
    assert unformatted.startswith("{glue:text}`shown:d`: '(not in this corpus)' cannot be shown")
    assert missing == "{glue}`missing`: nothing glued under 'missing'"
