"""Make the student version of each lesson from its source notebook.

A lesson's source notebook (``lessons/NN-name.ipynb``) holds the solutions in cells
tagged ``solution``. The student version (``lessons/student/NN-name.ipynb``) is the
same notebook with each solution code cell replaced by a stub that keeps its
variables defined as ``...`` (so later checks say "not answered yet" instead of
crashing), each solution markdown cell replaced by a prompt, no outputs, and its MyST
rewritten as CommonMark linking to the site (``newsframes.book.commonmark``), since
JupyterLab and Colab render only CommonMark.
``make lessons`` (:func:`build_lessons`) first writes the set-up cell and the kernel
(``newsframes.book.kernel``) of every book and lesson notebook, then the student versions.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from newsframes.book.commonmark import load_site
from newsframes.book.commonmark.glue import glued_values
from newsframes.book.commonmark.notebook import convert_notebook
from newsframes.book.kernel import put_kernelspec
from newsframes.book.setup_cell import CONFIG, project_notebooks, repository_url, write_setup_cells

SOLUTION_TAG = "solution"
CODE_STUB = "# your code here"
MARKDOWN_STUB = "*Write your answer here.*"
STUDENT_FOLDER = "student"


def _assigned_names(source: str) -> list[str]:
    """Top-level names a solution cell assigns, in order, without repeats."""
    names: list[str] = []
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name) and name.id not in names:
                    names.append(name.id)
    return names


def stub_for(source: str) -> str:
    """The student's starting code for a solution cell: a comment and each variable as ``...``."""
    lines = [CODE_STUB]
    lines += [f"{name} = ...  # replace ... with your answer" for name in _assigned_names(source)]
    return "\n".join(lines)


def student_version(notebook: NotebookNode) -> NotebookNode:
    """A copy of ``notebook`` with solutions replaced by stubs and all outputs removed."""
    result = copy.deepcopy(notebook)
    for cell in result.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if SOLUTION_TAG in tags:
            cell.source = stub_for(cell.source) if cell.cell_type == "code" else MARKDOWN_STUB
            cell.metadata["tags"] = [t for t in tags if t not in (SOLUTION_TAG, "hide-input")]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    put_kernelspec(result)
    return result


def lesson_sources(folder: Path) -> list[Path]:
    """The source notebooks of the lessons, in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def build_student_notebooks(folder: Path, out: Path | None = None) -> list[Path]:
    """Write the student version of every lesson in ``folder`` to ``folder/student``
    (or ``out``), in CommonMark that links to the site of the book ``folder`` belongs to."""
    project = folder.resolve().parent
    site = load_site(project)
    student_folder = folder.resolve() / STUDENT_FOLDER
    target = out if out is not None else student_folder
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in lesson_sources(folder):
        notebook = nbformat.read(source, as_version=4)
        student = convert_notebook(
            student_version(notebook),
            site,
            source.resolve().relative_to(project).with_suffix("").as_posix(),
            source_folder=folder.resolve(),
            out_folder=student_folder,
            glue=glued_values(notebook),
        )
        path = target / source.name
        nbformat.write(student, path)
        written.append(path)
    return written


def write_kernelspecs(paths: list[Path]) -> list[Path]:
    """Make each notebook name the project's kernel; returns the files that changed."""
    changed = []
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        if put_kernelspec(notebook):
            nbformat.write(notebook, path)
            changed.append(path)
    return changed


def build_lessons(folder: Path) -> list[Path]:
    """``make lessons``: the set-up cell and kernel of the project's notebooks, then the
    student versions.

    The project is the folder holding ``folder`` and ``_config.yml``; each of its book and
    lesson notebooks whose set-up cell is not the one for ``repository.url``, or whose
    kernel is not the project's, is rewritten. Returns every file written.
    """
    project = folder.resolve().parent
    url = repository_url(project / CONFIG)
    notebooks = project_notebooks(project, folder)
    changed = write_setup_cells(notebooks, url)
    changed += [path for path in write_kernelspecs(notebooks) if path not in changed]
    return changed + build_student_notebooks(folder)
