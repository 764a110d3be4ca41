"""``make assignments``: the grader and student versions of every lesson.

The grader version is the lesson with its solutions, each check cell carrying its points
and a hidden test in nbgrader's format (cell metadata ``nbgrader``; the test between
``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``). The hidden test calls the same
check function as the public cell and requires it to pass. The student version is the
lesson's student notebook (:func:`newsframes.book.lessons.student_version`) with the
hidden tests removed by nbgrader's own ``ClearHiddenTests`` and the check cells locked.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbgrader.preprocessors import ClearHiddenTests

from newsframes.book.lessons import SOLUTION_TAG, lesson_sources, student_version
from newsframes.errors import Problem
from newsframes.grading.points import POINTS_FILE, GradingError, load_points
from newsframes.grading.questions import Question, lesson_questions

BEGIN_HIDDEN = "### BEGIN HIDDEN TESTS"
END_HIDDEN = "### END HIDDEN TESTS"
GRADER_ONLY = ".grader-only"  # the sandboxed kernel may not read a folder holding this file
RESULT = "result"  # the name the hidden test gives the check's result


def hidden_test(question: Question) -> str:
    """The hidden test of a question: its check, called as in the public cell, must pass."""
    call = f"{question.module}.{question.name}({', '.join(question.names)})"
    return f"{RESULT} = {call}\nassert {RESULT}.passed, {RESULT}.message"


def _nbgrader(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {"schema_version": 3, "solution": False, "grade": False}
    return {**base, "locked": False, "task": False, **fields}


def grader_version(notebook: NotebookNode, points: dict[str, int]) -> NotebookNode:
    """The lesson with each check cell's hidden test and points (nbgrader metadata)."""
    result = copy.deepcopy(notebook)
    for index, question in lesson_questions(result):
        cell = result.cells[index]
        hidden = hidden_test(question)
        cell.source = f"{cell.source.rstrip()}\n{BEGIN_HIDDEN}\n{hidden}\n{END_HIDDEN}"
        cell.metadata["nbgrader"] = _nbgrader(
            grade=True, locked=True, grade_id=question.name, points=points[question.name]
        )
    for index, cell in enumerate(result.cells):
        if SOLUTION_TAG in cell.metadata.get("tags", []):
            cell.metadata["nbgrader"] = _nbgrader(solution=True, grade_id=f"answer_{index}")
    return result


def student_assignment(grader: NotebookNode) -> NotebookNode:
    """The student's notebook: stubs for solutions, no hidden tests, check cells locked."""
    result = student_version(grader)
    for cell in result.cells:
        cell.metadata.get("nbgrader", {}).pop("points", None)
    result, _ = ClearHiddenTests().preprocess(result, {})
    for cell in result.cells:
        if cell.metadata.get("nbgrader", {}).get("grade"):
            cell.source = cell.source.rstrip()
            cell.metadata["editable"] = False
            cell.metadata["deletable"] = False
    return result


def lesson_notebooks(lessons: Path) -> dict[str, NotebookNode]:
    """The lesson source notebooks, by name (``01-corpus``)."""
    return {p.stem: nbformat.read(p, as_version=4) for p in lesson_sources(lessons)}


def lesson_points(lessons: Path) -> dict[str, dict[str, int]]:
    """The points file checked against the check cells the lessons have now."""
    notebooks = lesson_notebooks(lessons)
    questions = {name: [q.name for _, q in lesson_questions(nb)] for name, nb in notebooks.items()}
    return load_points(lessons / POINTS_FILE, questions)


def build_assignments(lessons: Path, out: Path) -> list[Path]:
    """Write ``out/grader/NN-name.ipynb`` and ``out/student/NN-name.ipynb``; return them."""
    if not lesson_sources(lessons):
        raise GradingError(
            [Problem(str(lessons), "(folder)", "no lesson notebooks", "give the lessons folder")]
        )
    points = lesson_points(lessons)
    written = []
    for folder in ("grader", "student"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "grader" / GRADER_ONLY).write_text("Hidden tests: not for the kernels that grade.\n")
    for name, notebook in lesson_notebooks(lessons).items():
        grader = grader_version(notebook, points[name])
        for folder, version in (("grader", grader), ("student", student_assignment(grader))):
            path = out / folder / f"{name}.ipynb"
            nbformat.write(version, path)
            written.append(path)
    return written
