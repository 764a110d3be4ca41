"""bench/lesson_times.py: the lessons' running times that the instructor guide shows."""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path
from types import ModuleType

import nbformat
import pandas as pd
import pytest
import yaml

from newsframes.book.lessons import lesson_sources
from newsframes.book.toc_entries import toc_files

ROOT = Path(__file__).resolve().parents[1]


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lesson_times", ROOT / "bench/lesson_times.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_lesson_is_timed_whole_and_by_its_slowest_cell(tmp_path: Path) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Lesson 9: Waiting\n\nText."),
        nbformat.v4.new_code_cell("import time"),
        nbformat.v4.new_code_cell("time.sleep(0.5)"),
    ]
    path = tmp_path / "09-waiting.ipynb"
    nbformat.write(notebook, path)
    row = load().time_lesson(path)
    assert row["lesson"] == "09-waiting"
    assert row["title"] == "Lesson 9: Waiting"
    assert row["code_cells"] == 2
    assert 0.5 <= row["slowest_cell_seconds"] <= row["seconds"]  # type: ignore[operator]


def test_the_stored_times_cover_exactly_the_lessons_of_the_book() -> None:
    times = pd.read_csv(ROOT / "book" / "instructor" / "lesson-times.csv")
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    in_book = sorted(e.removeprefix("lessons/") for e in toc_files(toc) if e.startswith("lessons/"))
    assert sorted(times["lesson"]) == in_book == [p.stem for p in lesson_sources(ROOT / "lessons")]
    assert (times["seconds"] > 0).all()
    assert (times["slowest_cell_seconds"] <= times["seconds"]).all()
    # each time was measured on the lesson's code as it is now (make regen re-times an edit)
    lessons = lesson_sources(ROOT / "lessons")
    digests = {p.stem: load().code_digest(nbformat.read(p, 4)) for p in lessons}
    assert dict(zip(times["lesson"], times["code_digest"], strict=True)) == digests


def waiting_lesson(path: Path, seconds: float) -> Path:
    """A one-cell lesson that sleeps ``seconds``."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    notebook.cells = [
        nbformat.v4.new_markdown_cell(f"# {path.stem}"),
        nbformat.v4.new_code_cell(f"import time\ntime.sleep({seconds})"),
    ]
    nbformat.write(notebook, path)
    return path


def test_make_regen_keeps_the_time_of_a_lesson_whose_code_is_unchanged(tmp_path: Path) -> None:
    module = load()
    kept = waiting_lesson(tmp_path / "01-kept.ipynb", 0.1)
    edited = waiting_lesson(tmp_path / "02-edited.ipynb", 0.1)
    out = tmp_path / "times.csv"
    module.time_lessons([kept, edited], {}).to_csv(out, index=False)
    first = pd.read_csv(out).set_index("lesson")
    # a stored time the machine could never measure for this lesson: kept only if not re-timed
    stored = module.stored_rows(out)
    stored["01-kept"]["seconds"] = stored["02-edited"]["seconds"] = 99.0
    waiting_lesson(edited, 0.2)  # its code changes
    new = waiting_lesson(tmp_path / "03-new.ipynb", 0)
    again = module.time_lessons([kept, edited, new], stored).set_index("lesson")
    assert again.loc["01-kept", "seconds"] == 99.0
    assert again.loc["01-kept", "code_digest"] == first.loc["01-kept", "code_digest"]
    assert again.loc["02-edited", "seconds"] < 99.0
    assert again.loc["02-edited", "code_digest"] != first.loc["02-edited", "code_digest"]
    assert list(again.index) == ["01-kept", "02-edited", "03-new"]
    assert (again["seconds"] > 0).all()


def test_make_regen_leaves_the_times_file_untouched_when_no_time_changed(tmp_path: Path) -> None:
    module = load()
    out = tmp_path / "times.csv"
    lesson = waiting_lesson(tmp_path / "01-kept.ipynb", 0)
    assert module.write_if_changed(module.time_lessons([lesson], {}), out)
    hour_ago = time.time() - 3600
    os.utime(out, (hour_ago, hour_ago))
    stored = module.stored_rows(out)
    assert not module.write_if_changed(module.time_lessons([lesson], stored), out)
    assert out.stat().st_mtime == pytest.approx(hour_ago)
    stored["01-kept"]["seconds"] = 99.0  # as if timed again
    assert module.write_if_changed(module.time_lessons([lesson], stored), out)
    assert pd.read_csv(out)["seconds"].tolist() == [99.0]
