"""bench/lesson_times.py: the lessons' running times that the instructor guide shows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import nbformat
import pandas as pd
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
