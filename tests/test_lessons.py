"""Every lesson runs in both versions: with solutions every check passes; as handed to
students it runs top to bottom and its checks say "not answered yet"."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from newsframes.__main__ import main
from newsframes.book.commonmark import load_site, myst_leftovers
from newsframes.book.commonmark.notebook import convert_notebook
from newsframes.book.lessons import (
    build_student_notebooks,
    lesson_sources,
    stub_for,
    student_version,
)

LESSONS = Path(__file__).resolve().parents[1] / "lessons"
SOURCES = lesson_sources(LESSONS)


def execute(notebook: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    return notebook


def check_lines(notebook: nbformat.NotebookNode) -> list[str]:
    """The one-line reports of every check a notebook ran."""
    lines = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text = output.get("data", {}).get("text/plain", "")
            for line in str(text).splitlines():
                if line.startswith(("✔ Correct", "✘ Not yet", "… Not answered yet")):
                    lines.append(line)
    return lines


def test_there_are_at_least_six_lessons() -> None:
    assert len(SOURCES) >= 6, [p.name for p in SOURCES]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_solution_version_passes_every_check(source: Path) -> None:
    notebook = execute(nbformat.read(source, as_version=4), LESSONS)
    lines = check_lines(notebook)
    assert lines, "the lesson runs no check"
    assert all(line.startswith("✔ Correct") for line in lines), lines


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_student_version_runs_and_reports_unanswered(source: Path, tmp_path: Path) -> None:
    student = student_version(nbformat.read(source, as_version=4))
    notebook = execute(student, LESSONS / "student")
    lines = check_lines(notebook)
    assert lines, "the student version runs no check"
    assert any(line.startswith("… Not answered yet") for line in lines), lines
    assert not any(line.startswith("✔ Correct") for line in lines), lines


def test_committed_student_notebooks_are_up_to_date(tmp_path: Path) -> None:
    build_student_notebooks(LESSONS, tmp_path)
    for built in sorted(tmp_path.glob("*.ipynb")):
        committed = LESSONS / "student" / built.name
        assert committed.exists(), f"run `make lessons`: {committed} is missing"
        assert nbformat.read(committed, 4) == nbformat.read(built, 4), (
            f"run `make lessons`: {built.name}"
        )


def test_stub_keeps_the_variables_a_solution_defines() -> None:
    stub = stub_for("counts = corpus['n_words']\ntop, rest = counts[:1], counts[1:]\nprint(top)")
    assert stub.splitlines() == [
        "# your code here",
        "counts = ...  # replace ... with your answer",
        "top = ...  # replace ... with your answer",
        "rest = ...  # replace ... with your answer",
    ]


def test_student_version_strips_solutions_and_outputs() -> None:
    notebook = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("answer = 42", metadata={"tags": ["solution", "hide-input"]})
    code.outputs = [nbformat.v4.new_output("stream", text="42")]
    prose = nbformat.v4.new_markdown_cell("The model answer.", metadata={"tags": ["solution"]})
    keep = nbformat.v4.new_code_cell("print('kept')")
    notebook.cells = [code, prose, keep]
    student = student_version(notebook)
    assert (
        student.cells[0].source == "# your code here\nanswer = ...  # replace ... with your answer"
    )
    assert student.cells[0].outputs == [] and student.cells[0].metadata["tags"] == []
    assert student.cells[1].source == "*Write your answer here.*"
    assert student.cells[2].source == "print('kept')"
    assert "The model answer." in notebook.cells[1].source  # the source is not modified


STUDENT = sorted((LESSONS / "student").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("path", STUDENT, ids=lambda p: p.stem)
def test_student_markdown_is_plain_commonmark(path: Path) -> None:
    """JupyterLab and Colab render CommonMark only: no directive fence, role, option,
    target or comment of MyST may be left in a student notebook."""
    notebook = nbformat.read(path, as_version=4)
    left = {
        number: myst_leftovers(cell.source)
        for number, cell in enumerate(notebook.cells, start=1)
        if cell.cell_type == "markdown" and myst_leftovers(cell.source)
    }
    assert not left, f"run `make lessons`: MyST left in {path.name}: {left}"


def test_student_exercises_are_numbered_and_linked_as_on_the_site() -> None:
    """Every exercise of a lesson appears in its student version under the number the site
    gives it, and glossary terms and citations link to the site's pages."""
    site = load_site(LESSONS.parent)
    for path in STUDENT:
        text = "\n".join(
            cell.source for cell in nbformat.read(path, 4).cells if cell.cell_type == "markdown"
        )
        numbers = [number for _, number in site.exercises[f"lessons/{path.stem}"]]
        shown = re.findall(r"^> \*\*Exercise (\d+\.\d+)", text, re.MULTILINE)
        assert shown == numbers, path.name
        for link in re.findall(r"\]\((https?://[^)]+)\)", text):
            if link.startswith(site.baseurl):
                page = link.removeprefix(site.baseurl).split("#")[0].removesuffix(".html")
                assert page in site.titles, f"{path.name} links to {link}, not a page of the book"


def test_student_version_converts_myst_with_the_lessons_site(tmp_path: Path) -> None:
    site = load_site(LESSONS.parent)
    label, number = site.exercises["lessons/01-corpus"][1]
    source = nbformat.v4.new_notebook()
    source.cells = [
        nbformat.v4.new_markdown_cell(f":::{{exercise}}\n:label: {label}\n**Try.** Do it.\n:::"),
        nbformat.v4.new_markdown_cell("A {term}`corpus` ({cite}`entman1993`)."),
    ]
    student = convert_notebook(
        student_version(source),
        site,
        "lessons/01-corpus",
        source_folder=LESSONS,
        out_folder=LESSONS / "student",
    )
    assert student.cells[0].source == f"> **Exercise {number} — Try.** Do it."
    assert "[corpus](" in student.cells[1].source and "(Entman 1993)" not in student.cells[1].source
    assert "[Entman 1993](" in student.cells[1].source
    assert student.metadata["kernelspec"]["name"] == "crossing-lines"


def test_make_lessons_names_markup_it_cannot_convert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lesson with a directive the student version has no rendering for stops `make
    lessons` with one message naming the notebook, the cell and the fix, not a traceback."""
    project = tmp_path / "project"
    (project / "lessons").mkdir(parents=True)
    (project / "_config.yml").write_text(
        (LESSONS.parent / "_config.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (project / "_toc.yml").write_text("format: jb-book\nroot: lessons/01-table\n", encoding="utf-8")
    assert main(["lessons", str(project / "lessons")]) == 1
    assert "_toc.yml: lessons/01-table: no page" in capsys.readouterr().err
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell(":::{list-table}\n* - a\n:::")]
    nbformat.write(notebook, project / "lessons" / "01-table.ipynb")
    assert main(["lessons", str(project / "lessons")]) == 1
    assert "bibtex_bibfiles: no file references.bib" in capsys.readouterr().err
    (project / "references.bib").write_text("", encoding="utf-8")
    assert main(["lessons", str(project / "lessons")]) == 1
    message = capsys.readouterr().err
    assert "lessons/01-table, cell 1: the directive {list-table}" in message
    assert "Fix:" in message
    assert not (project / "lessons" / "student" / "01-table.ipynb").exists()
