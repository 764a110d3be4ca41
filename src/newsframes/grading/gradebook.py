"""``make grade``: grade a folder of submissions into a gradebook and feedback files.

The folder holds one subfolder per student (its name is the student's id) with that
student's notebooks, named as the lessons are (``01-corpus.ipynb``; anything after the
two-digit number may differ). Each notebook runs in its own sandbox (:mod:`.runner`); its
answers are checked by the hidden tests in the grader's process (:mod:`.hidden`). The
gradebook has one row per student, lesson and question: the points earned, the question's
``total``, a ``status`` and a ``note`` saying what happened.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd

from newsframes.errors import Problem
from newsframes.grading.assignments import GRADER_ONLY
from newsframes.grading.hidden import GradedQuestion, grader_questions, run_hidden
from newsframes.grading.points import GradingError
from newsframes.grading.runner import Execution, execute, sandbox
from newsframes.grading.transfer import Answers, load_answer

COLUMNS = ["student", "lesson", "question", "points", "total", "status", "note"]
DEFAULT_SECONDS = 300
_NUMBER = re.compile(r"(\d\d)")


@dataclass(frozen=True)
class Lesson:
    """A lesson as graded: its name and its questions."""

    name: str
    questions: list[GradedQuestion]


def load_lessons(assignments: Path) -> dict[str, Lesson]:
    """The grader versions in ``assignments/grader``, by their two-digit number."""
    folder = assignments / "grader"
    paths = sorted(folder.glob("[0-9][0-9]-*.ipynb"))
    if not paths:
        raise GradingError(
            [Problem(str(folder), "(folder)", "no grader notebooks", "run `make assignments`")]
        )
    return {p.name[:2]: Lesson(p.stem, grader_questions(p)) for p in paths}


def _row(student: str, lesson: str, question: str, total: int, status: str, note: str) -> dict:
    points = total if status == "correct" else 0
    return dict(zip(COLUMNS, [student, lesson, question, points, total, status, note], strict=True))


def _notebook_notes(run: Execution) -> list[str]:
    notes = list(run.errors)
    if run.timed_out:
        notes.append(f"timed out: {run.timed_out}")
    if run.died:
        notes.append(run.died)
    for attempt in run.blocked:
        what = {
            "read": "tried to read the grader's files",
            "write": "tried to write outside its folder",
            "run": "tried to start a program",
            "native": "tried to load native code",
        }.get(attempt.get("kind", ""), "tried something not allowed")
        notes.append(f"{what}: {attempt.get('target')} (blocked)")
    return notes


def _question_row(
    student: str,
    lesson: Lesson,
    question: GradedQuestion,
    run: Execution,
    cells: set[str],
    at_check: dict[str, tuple[str, list[str]]],
) -> dict:
    notes = _notebook_notes(run)
    if question.call not in cells:
        notes.append("its check cell was deleted or changed (graded from the answers at the end)")
    if any(a.get("kind") == "read" for a in run.blocked):
        status, said = "blocked", ["graded 0 for the instructor to review"]
    elif question.name in at_check:
        status, said = at_check[question.name]
    elif run.answers is None:
        status, said = "not run", ["no answers came back from the notebook"]
    else:
        status, said = _check_answers(question, run.answers, bool(run.timed_out or run.died))
    return _row(
        student, lesson.name, question.name, question.points, status, "; ".join(said + notes)
    )


def _check_answers(
    question: GradedQuestion, answers: Answers, stopped: bool
) -> tuple[str, list[str]]:
    """Status and messages of one question for the answers the kernel sent."""
    values: dict[str, Any] = {}
    for name in question.names:
        problem = answers.problems.get(name)
        if problem == "missing":
            guess = difflib.get_close_matches(name, answers.defined, n=1, cutoff=0.6)
            renamed = f" (renamed to `{guess[0]}`?)" if guess else ""
            return ("not run" if stopped else "missing"), [f"`{name}` is not defined{renamed}"]
        if problem is not None or name not in answers.pickled:
            return "not sent", [f"`{name}` {problem}"]
        try:
            values[name] = load_answer(answers.pickled[name])
        except Exception as error:  # RefusedAnswer, or a pickle that does not load here
            return "not sent", [f"`{name}` is not plain data ({error})"]
    status, message = run_hidden(question, values)
    return status, ([] if status == "correct" else [message])


def grade_notebook(student: str, path: Path, lesson: Lesson, seconds: float) -> list[dict]:
    """The gradebook rows of one submitted notebook."""
    try:
        notebook = nbformat.read(path, as_version=4)
        cells = {str(c["source"]).strip() for c in notebook.cells if c["cell_type"] == "code"}
    except Exception as error:  # not JSON, not a notebook, not UTF-8, unreadable
        note = f"{path.name} is not a readable notebook ({type(error).__name__})"
        return [
            _row(student, lesson.name, q.name, q.points, "unreadable", note)
            for q in lesson.questions
        ]
    names = sorted({n for q in lesson.questions for n in q.names})
    at_check: dict[str, tuple[str, list[str]]] = {}

    def grade_at_check(call: str, answers: Answers) -> None:
        for question in lesson.questions:
            if question.call == call and question.name not in at_check:
                at_check[question.name] = _check_answers(question, answers, stopped=False)

    checkpoints = {q.call: q.names for q in lesson.questions}
    with sandbox() as root:
        nbformat.write(notebook, root / "work" / path.name)
        run = execute(notebook, root, names, seconds, checkpoints, grade_at_check)
        return [_question_row(student, lesson, q, run, cells, at_check) for q in lesson.questions]


def grade_folder(
    submissions: Path, assignments: Path, seconds: float = DEFAULT_SECONDS
) -> pd.DataFrame:
    """The gradebook of every file in ``submissions`` (one subfolder per student)."""
    if not submissions.is_dir():
        raise GradingError(
            [
                Problem(
                    str(submissions), "SUBMISSIONS", "not a folder", "give the submissions folder"
                )
            ]
        )
    lessons = load_lessons(assignments)
    rows: list[dict] = []
    files = sorted(p for p in submissions.rglob("*") if p.is_file() and not p.name.startswith("."))
    for path in files:
        parts = path.relative_to(submissions).parts
        student = parts[0] if len(parts) > 1 else ""
        number = _NUMBER.match(path.name)
        lesson = lessons.get(number.group(1)) if number else None
        if not student or lesson is None or path.suffix != ".ipynb":
            why = "not in a student's folder" if not student else "not a lesson notebook"
            note = f"{'/'.join(parts)}: {why} (expected STUDENT/NN-lesson.ipynb)"
            rows.append(_row(student, "", "", 0, "unreadable", note))
            continue
        rows.extend(grade_notebook(student, path, lesson, seconds))
    return pd.DataFrame(rows, columns=COLUMNS)


def write_results(gradebook: pd.DataFrame, out: Path) -> list[Path]:
    """``out/gradebook.csv`` and one Markdown feedback file per student."""
    out.mkdir(parents=True, exist_ok=True)
    (out / GRADER_ONLY).write_text("Grades: not for the kernels that grade.\n")
    written = [out / "gradebook.csv"]
    gradebook.to_csv(written[0], index=False)
    feedback = out / "feedback"
    feedback.mkdir(exist_ok=True)
    for student, rows in gradebook.groupby("student", sort=True):
        name = re.sub(r"[^\w.-]", "_", str(student)) or "_no_student_folder"
        path = feedback / f"{name}.md"
        path.write_text(feedback_markdown(str(student), rows))
        written.append(path)
    return written


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def feedback_markdown(student: str, rows: pd.DataFrame) -> str:
    """One student's feedback: per lesson, the points and what each check said."""
    lines = [f"# Feedback: {student or '(files outside a student folder)'}", ""]
    for lesson_key, part in rows.groupby("lesson", sort=True):
        lesson = str(lesson_key)
        earned, total = int(part["points"].sum()), int(part["total"].sum())
        lines += [f"## {lesson or '(not a lesson)'}: {earned} of {total} points", ""]
        lines += ["| question | points | status | note |", "| --- | --- | --- | --- |"]
        for _, row in part.iterrows():
            score = f"{row['points']} / {row['total']}"
            cells = [row["question"], score, row["status"], row["note"]]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)
