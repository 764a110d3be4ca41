"""Graded assignments: the versions `make assignments` writes, and `make grade` on submissions
made here from the lesson notebooks (all correct, blank, partly wrong, and each bad case).

The submissions are built in tmp_path from lessons/01-corpus.ipynb (and one from lesson 2)
and graded in one run, plus one run with a short time budget for the endless loop; the
expected points come from lessons/points.yml.
"""

from __future__ import annotations

import ast
import json
import os
import pickle
import re
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import yaml

from newsframes.book.lessons import SOLUTION_TAG, lesson_sources
from newsframes.grading.assignments import BEGIN_HIDDEN, build_assignments
from newsframes.grading.gradebook import COLUMNS, grade_folder, write_results
from newsframes.grading.guard import SANDBOX_VAR, SITE_FOLDER, make_hook
from newsframes.grading.points import GradingError, load_points
from newsframes.grading.questions import lesson_questions
from newsframes.grading.transfer import RefusedAnswer, load_answer

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
LESSON = "01-corpus"
POINTS = yaml.safe_load((LESSONS / "points.yml").read_text())
# one worker grades every submission once (module fixtures), not one copy per worker
pytestmark = pytest.mark.xdist_group("grading")


def _solution() -> nbformat.NotebookNode:
    return nbformat.read(LESSONS / f"{LESSON}.ipynb", as_version=4)


def _answer_cell(notebook: nbformat.NotebookNode, name: str) -> int:
    """The solution cell that assigns ``name``."""
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and SOLUTION_TAG in cell.metadata.get("tags", []):
            assigned = {
                target.id
                for node in ast.walk(ast.parse(cell.source))
                if isinstance(node, ast.Assign)
                for target in node.targets
                if isinstance(target, ast.Name)
            }
            if name in assigned:
                return index
    raise LookupError(name)


def _check_cell(notebook: nbformat.NotebookNode, check: str) -> int:
    """The check cell of the question ``check``."""
    return next(i for i, q in lesson_questions(notebook) if q.name == check)


def _insert(notebook: nbformat.NotebookNode, after: int, source: str) -> None:
    notebook.cells.insert(after + 1, nbformat.v4.new_code_cell(source))


def _write(folder: Path, student: str, notebook: nbformat.NotebookNode, name: str = LESSON) -> None:
    (folder / student).mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / student / f"{name}.ipynb")


@pytest.fixture(scope="module")
def assignments(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("assignments")
    build_assignments(LESSONS, out)
    return out


def _make_submissions(folder: Path, assignments: Path, outside: Path) -> None:
    _write(folder, "correct", _solution())
    _write(folder, "correct", nbformat.read(LESSONS / "02-actors.ipynb", as_version=4), "02-actors")
    _write(
        folder, "blank", nbformat.read(assignments / "student" / f"{LESSON}.ipynb", as_version=4)
    )

    partly = _solution()
    _insert(partly, _answer_cell(partly, "n_articles"), "n_articles = 4")
    _insert(partly, _answer_cell(partly, "n_words"), "n_words = -1")
    _write(folder, "partly", partly)

    raises = _solution()
    raises.cells[
        _answer_cell(raises, "n_removed")
    ].source = 'n_removed = len(itv["no such column"])'
    _write(folder, "raises", raises)

    deleted = _solution()
    del deleted.cells[_check_cell(deleted, "check_restored")]
    _write(folder, "deleted", deleted)

    renamed = _solution()
    at = _answer_cell(renamed, "n_sentences")
    renamed.cells[at].source = re.sub(r"\bn_sentences\b", "n_sentence", renamed.cells[at].source)
    _write(folder, "renamed", renamed)

    (folder / "corrupt").mkdir()
    (folder / "corrupt" / f"{LESSON}.ipynb").write_text('{"cells": [ this is not JSON')
    (folder / "corrupt" / "notes.txt").write_text("my notes")

    snoop = _solution()
    hidden = assignments / "grader" / f"{LESSON}.ipynb"
    _insert(snoop, _answer_cell(snoop, "n_articles"), f"secret = open({str(hidden)!r}).read()")
    _write(folder, "snoop", snoop)

    cheat = _solution()
    redefine = "lesson_01.check_n_articles = lambda *args: checks.correct()"
    _insert(cheat, _answer_cell(cheat, "n_articles"), f"n_articles = 4\n{redefine}")
    cheat.cells.insert(0, nbformat.v4.new_code_cell("from newsframes.book import checks"))
    _write(folder, "cheat", cheat)

    writer = _solution()
    _insert(writer, _answer_cell(writer, "n_articles"), f"open({str(outside)!r}, 'w').write('x')")
    _write(folder, "writer", writer)


@pytest.fixture(scope="module")
def graded(
    tmp_path_factory: pytest.TempPathFactory, assignments: Path
) -> tuple[pd.DataFrame, Path]:
    submissions = tmp_path_factory.mktemp("submissions")
    outside = tmp_path_factory.mktemp("elsewhere") / "outside.txt"
    _make_submissions(submissions, assignments, outside)
    gradebook = grade_folder(submissions, assignments, seconds=300)
    return gradebook, outside


def _rows(gradebook: pd.DataFrame, student: str, lesson: str = LESSON) -> pd.DataFrame:
    rows = gradebook[(gradebook["student"] == student) & (gradebook["lesson"] == lesson)]
    return rows.set_index("question")


def _expected(lesson: str, statuses: dict[str, str], default: str) -> pd.DataFrame:
    """Points, total and status of every question, from points.yml and the given statuses."""
    rows = []
    for question, total in POINTS[lesson].items():
        status = statuses.get(question, default)
        rows.append((question, total if status == "correct" else 0, total, status))
    return pd.DataFrame(rows, columns=["question", "points", "total", "status"]).set_index(
        "question"
    )


def _assert_graded(rows: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(rows[["points", "total", "status"]], expected, check_dtype=False)


def test_all_correct_gets_every_point(graded: tuple[pd.DataFrame, Path]) -> None:
    gradebook, _ = graded
    for lesson in (LESSON, "02-actors"):
        _assert_graded(_rows(gradebook, "correct", lesson), _expected(lesson, {}, "correct"))
        assert not _rows(gradebook, "correct", lesson)["note"].str.len().any()


def test_blank_gets_nothing_and_says_not_answered(graded: tuple[pd.DataFrame, Path]) -> None:
    gradebook, _ = graded
    _assert_graded(_rows(gradebook, "blank"), _expected(LESSON, {}, "not answered"))


def test_partly_wrong(graded: tuple[pd.DataFrame, Path]) -> None:
    rows = _rows(graded[0], "partly")
    wrong = {"check_n_articles": "wrong", "check_words": "wrong"}
    _assert_graded(rows, _expected(LESSON, wrong, "correct"))
    assert rows.loc[list(wrong), "note"].str.len().all()  # the check's own message


def test_redefining_a_check_in_the_kernel_changes_nothing(
    graded: tuple[pd.DataFrame, Path],
) -> None:
    rows = _rows(graded[0], "cheat")
    _assert_graded(rows, _expected(LESSON, {"check_n_articles": "wrong"}, "correct"))


def test_a_cell_that_raises(graded: tuple[pd.DataFrame, Path]) -> None:
    rows = _rows(graded[0], "raises")
    _assert_graded(rows, _expected(LESSON, {"check_removed_chars": "missing"}, "correct"))
    assert rows["note"].str.contains("raised KeyError").all()


def test_a_deleted_check_cell(graded: tuple[pd.DataFrame, Path]) -> None:
    rows = _rows(graded[0], "deleted")
    _assert_graded(rows, _expected(LESSON, {}, "correct"))
    assert "deleted" in str(rows.loc["check_restored", "note"])
    assert not rows.drop(index="check_restored")["note"].str.len().any()


def test_a_renamed_variable(graded: tuple[pd.DataFrame, Path]) -> None:
    rows = _rows(graded[0], "renamed")
    _assert_graded(rows, _expected(LESSON, {"check_sentences": "missing"}, "correct"))
    assert "renamed to `n_sentence`" in str(rows.loc["check_sentences", "note"])


def test_corrupt_and_non_notebook_files(graded: tuple[pd.DataFrame, Path]) -> None:
    gradebook, _ = graded
    _assert_graded(_rows(gradebook, "corrupt"), _expected(LESSON, {}, "unreadable"))
    other = gradebook[(gradebook["student"] == "corrupt") & (gradebook["lesson"] == "")]
    assert other[["points", "total", "status"]].values.tolist() == [[0, 0, "unreadable"]]
    assert "notes.txt: not a lesson notebook" in other["note"].iloc[0]


def test_reading_the_hidden_tests_is_blocked_and_graded_zero(
    graded: tuple[pd.DataFrame, Path],
) -> None:
    rows = _rows(graded[0], "snoop")
    _assert_graded(rows, _expected(LESSON, {}, "blocked"))
    assert rows["note"].str.contains("tried to read the grader's files").all()


def test_writing_outside_its_folder_is_blocked(graded: tuple[pd.DataFrame, Path]) -> None:
    gradebook, outside = graded
    rows = _rows(gradebook, "writer")
    _assert_graded(rows, _expected(LESSON, {}, "correct"))
    assert rows["note"].str.contains("tried to write outside its folder").all()
    assert not outside.exists()


def test_gradebook_and_feedback_files(graded: tuple[pd.DataFrame, Path], tmp_path: Path) -> None:
    gradebook, _ = graded
    written = write_results(gradebook, tmp_path)
    stored = pd.read_csv(tmp_path / "gradebook.csv", keep_default_na=False)
    assert list(stored.columns) == COLUMNS
    assert len(stored) == len(gradebook)
    assert (tmp_path / ".grader-only").exists()
    feedback = (tmp_path / "feedback" / "partly.md").read_text()
    total = sum(POINTS[LESSON].values())
    earned = total - POINTS[LESSON]["check_n_articles"] - POINTS[LESSON]["check_words"]
    assert f"## {LESSON}: {earned} of {total} points" in feedback
    assert len(written) == 1 + gradebook["student"].nunique()


def test_an_endless_loop_stops_at_the_time_budget(assignments: Path, tmp_path: Path) -> None:
    looping = _solution()
    _insert(looping, _check_cell(looping, "check_longest"), "while True:\n    pass")
    _write(tmp_path, "loop", looping)
    rows = _rows(grade_folder(tmp_path, assignments, seconds=30), "loop")
    done = {"check_n_articles", "check_inferred", "check_longest"}
    statuses = {q: "correct" if q in done else "not run" for q in POINTS[LESSON]}
    _assert_graded(rows, _expected(LESSON, statuses, "not run"))
    assert rows["note"].str.contains("timed out: stopped after 30 s").all()


# -- the versions make assignments writes (all lessons; no notebook runs) --


def test_student_versions_hold_no_hidden_tests_and_no_solutions(assignments: Path) -> None:
    for source in lesson_sources(LESSONS):
        lesson = nbformat.read(source, as_version=4)
        student = (assignments / "student" / source.name).read_text()
        assert BEGIN_HIDDEN not in student and ".passed" not in student, source.name
        student_code = "\n".join(
            c.source for c in nbformat.reads(student, as_version=4).cells if c.cell_type == "code"
        )
        for cell in lesson.cells:
            if SOLUTION_TAG in cell.metadata.get("tags", []):
                for line in cell.source.splitlines():
                    if line.strip() and "= ..." not in line and len(line.strip()) > 12:
                        assert line not in student_code, (source.name, line)


def test_public_checks_unchanged_and_locked(assignments: Path) -> None:
    for source in lesson_sources(LESSONS):
        lesson = nbformat.read(source, as_version=4)
        student = nbformat.read(assignments / "student" / source.name, as_version=4)
        want = [lesson.cells[i].source for i, _ in lesson_questions(lesson)]
        got = [student.cells[i] for i, _ in lesson_questions(student)]
        assert [c.source for c in got] == want
        assert all(
            c.metadata["editable"] is False and c.metadata["deletable"] is False for c in got
        )


def test_grader_versions_carry_points_and_call_the_same_checks(assignments: Path) -> None:
    for source in lesson_sources(LESSONS):
        grader = nbformat.read(assignments / "grader" / source.name, as_version=4)
        cells = [c for c in grader.cells if c.metadata.get("nbgrader", {}).get("grade")]
        assert {
            c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"] for c in cells
        } == POINTS[source.stem]
        for cell in cells:
            public, hidden = cell.source.split(BEGIN_HIDDEN)
            call = public.strip().split("(")[0]
            assert f"{call}(" in hidden and f"def {call}" not in hidden
    assert (assignments / "grader" / ".grader-only").exists()


def test_points_file_must_match_the_check_cells(tmp_path: Path) -> None:
    path = tmp_path / "points.yml"
    path.write_text("01-corpus:\n  check_n_articles: 1\n  check_gone: 2\n")
    with pytest.raises(GradingError) as error:
        load_points(path, {"01-corpus": ["check_n_articles", "check_inferred"]})
    message = str(error.value)
    assert "01-corpus.check_inferred" in message and "01-corpus.check_gone" in message


def test_answers_that_are_not_plain_data_are_refused() -> None:
    class Trap:
        def __reduce__(self) -> tuple:
            return (os.system, ("echo trapped",))

    with pytest.raises(RefusedAnswer):
        load_answer(pickle.dumps(Trap()))
    with pytest.raises(RefusedAnswer):
        load_answer(pickle.dumps(pd.read_csv))
    frame = pd.DataFrame({"id": ["a"], "n": [1]})
    pd.testing.assert_frame_equal(load_answer(pickle.dumps(frame)), frame)


def test_guard_refuses_and_logs(tmp_path: Path) -> None:
    sandbox, grader = tmp_path / "sandbox", tmp_path / "grader"
    sandbox.mkdir()
    grader.mkdir()
    (grader / ".grader-only").write_text("")
    log = sandbox / "guard.log"
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    hook = make_hook(str(sandbox), fd)
    hook("open", (str(sandbox / "fine.txt"), "w", os.O_WRONLY | os.O_CREAT))
    hook("open", (str(tmp_path / "elsewhere.txt"), "r", os.O_RDONLY))
    for event, args in [
        ("open", (str(grader / "x.ipynb"), "r", os.O_RDONLY)),
        ("open", (str(tmp_path / "out.txt"), "w", os.O_WRONLY | os.O_CREAT)),
        ("os.remove", (str(tmp_path / "out.txt"), -1)),
        ("subprocess.Popen", ("sh", ["sh"], None, None)),
    ]:
        with pytest.raises(PermissionError):
            hook(event, args)
    python = os.path.realpath(sys.executable)
    guarded = {SANDBOX_VAR: str(sandbox), "PYTHONPATH": str(sandbox / SITE_FOLDER)}
    hook = make_hook(str(sandbox), fd, python)
    hook("subprocess.Popen", (python, [python, "-m", "newsframes"], None, guarded))
    for argv, env in [([python, "-I", "-m", "newsframes"], guarded), ([python], {"PATH": "/bin"})]:
        with pytest.raises(PermissionError):
            hook("subprocess.Popen", (python, argv, None, env))
    os.close(fd)
    kinds = [json.loads(line)["kind"] for line in log.read_text().splitlines()]
    assert kinds == ["read", "write", "write", "run", "run", "run"]
