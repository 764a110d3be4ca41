"""The hidden tests, read from the grader version and run in the grader's own process.

A hidden test is the code between nbgrader's hidden-test markers in a check cell of the
grader version. It runs here, on the answers brought back from the submission's kernel,
with a fresh import of the lesson's check module: what the submission did to its own
kernel (redefining a check, changing the data it reads) cannot change its grade.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from newsframes.book.checks import CORRECT, UNANSWERED
from newsframes.errors import Problem
from newsframes.grading.assignments import BEGIN_HIDDEN, END_HIDDEN, RESULT
from newsframes.grading.points import GradingError
from newsframes.grading.questions import parse_check

_LESSON_MODULE = re.compile(r"lesson_\d\d")


@dataclass(frozen=True)
class GradedQuestion:
    """A question of the grader version: its public check cell, hidden test and points."""

    name: str
    module: str
    names: tuple[str, ...]
    call: str
    hidden: str
    points: int


def _split(source: str) -> tuple[str, str]:
    public, _, rest = source.partition(BEGIN_HIDDEN)
    hidden, _, _ = rest.partition(END_HIDDEN)
    return public.strip(), hidden.strip()


def grader_questions(path: Path) -> list[GradedQuestion]:
    """The graded questions of one grader-version notebook, in order."""
    notebook = nbformat.read(path, as_version=4)
    found = []
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("grade"):
            continue
        public, hidden = _split(cell.source)
        question = parse_check(public)
        if question is None or not hidden or not _LESSON_MODULE.fullmatch(question.module):
            raise GradingError(
                [
                    Problem(
                        str(path),
                        str(meta.get("grade_id")),
                        "not a check cell",
                        "run make assignments",
                    )
                ]
            )
        found.append(
            GradedQuestion(
                question.name,
                question.module,
                question.names,
                question.call,
                hidden,
                int(meta.get("points", 0)),
            )
        )
    return found


def run_hidden(question: GradedQuestion, values: dict[str, Any]) -> tuple[str, str]:
    """Status (correct, wrong, not answered) and the check's message for these answers."""
    module = importlib.import_module(f"newsframes.book.checks.{question.module}")
    space: dict[str, Any] = {question.module: module, **values}
    try:
        exec(question.hidden, space)
    except AssertionError:
        pass
    except Exception as error:  # an answer the check could not handle
        return "wrong", f"the check failed on this answer ({type(error).__name__}: {error})"
    result = space.get(RESULT)
    status = getattr(result, "status", None)
    message = str(getattr(result, "message", ""))
    if status == CORRECT:
        return "correct", message
    if status == UNANSWERED:
        return "not answered", message
    return "wrong", message
