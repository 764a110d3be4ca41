"""How long each lesson takes to run, top to bottom, in a fresh kernel: the instructor guide's
running times (book/instructor-guide.ipynb reads the file this writes; none is typed).

Each lesson (with its solutions, as the book shows it) is executed once with nbclient in its
own folder, as a student runs it; the time includes starting the kernel. `make bench` times
every lesson. `make regen` runs this with --changed-only: a lesson whose code cells are as
they were timed (the digest column) keeps its row, and a new or edited one is timed again.

    python bench/lesson_times.py [--out book/instructor/lesson-times.csv] [--changed-only]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import time
from datetime import datetime
from pathlib import Path

import nbformat
import pandas as pd
from nbclient import NotebookClient

from newsframes.book.lessons import lesson_sources

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "book" / "instructor" / "lesson-times.csv"
KERNEL = "crossing-lines"
TIMEOUT = 120  # seconds per cell, as the book build allows (_config.yml execute.timeout)


def lesson_title(notebook: nbformat.NotebookNode) -> str:
    """The first Markdown heading of a lesson."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def cell_seconds(cell: nbformat.NotebookNode) -> float:
    """How long one executed cell ran (nbclient's record_timing), in seconds."""
    timing = cell.metadata.get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return 0.0
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def code_digest(notebook: nbformat.NotebookNode) -> str:
    """A short digest of a lesson's code cells: what decides whether a stored time still holds."""
    code = "\0".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    return hashlib.sha256(code.encode("utf-8")).hexdigest()[:16]


def time_lesson(path: Path) -> dict[str, object]:
    """Execute one lesson in a fresh kernel and return its running times."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=TIMEOUT,
        kernel_name=KERNEL,
        record_timing=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    return {
        "lesson": path.stem,
        "title": lesson_title(notebook),
        "code_cells": len(code),
        "seconds": round(seconds, 1),
        "slowest_cell_seconds": round(max((cell_seconds(c) for c in code), default=0.0), 1),
        "code_digest": code_digest(notebook),
    }


def stored_rows(out: Path) -> dict[str, dict[str, object]]:
    """The rows of an earlier run by lesson, or none when there is no earlier file."""
    if not out.is_file():
        return {}
    table = pd.read_csv(out, dtype={"code_digest": str}, keep_default_na=False)
    if "code_digest" not in table:
        return {}
    return {str(row["lesson"]): row for row in table.to_dict("records")}


def time_lessons(paths: list[Path], stored: dict[str, dict[str, object]]) -> pd.DataFrame:
    """One row per lesson: the ``stored`` row of a lesson whose code is as it was timed, else a
    new timing on this machine."""
    here = {"cpus": os.cpu_count(), "python": platform.python_version()}
    rows = []
    for path in paths:
        kept = stored.get(path.stem)
        if kept is not None and kept["code_digest"] == code_digest(nbformat.read(path, 4)):
            print(f"{path.stem}: code unchanged, its time is kept ({kept['seconds']} s)")
            rows.append(kept)
            continue
        row = {**time_lesson(path), **here}
        print(f"{row['lesson']}: {row['seconds']} s (slowest cell {row['slowest_cell_seconds']} s)")
        rows.append(row)
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--changed-only", action="store_true", help="time only new lessons and edited ones"
    )
    args = parser.parse_args()
    stored = stored_rows(args.out) if args.changed_only else {}
    table = time_lessons(lesson_sources(ROOT / "lessons"), stored)
    print(f"wrote {args.out}" if write_if_changed(table, args.out) else f"{args.out} unchanged")


def write_if_changed(table: pd.DataFrame, out: Path) -> bool:
    """Write ``table`` as CSV unless ``out`` holds it already. An untouched file keeps its
    time: a newer one would make the book build's runs look stale to `make regen`
    (tests/book_build_runs.py), for a change git would not even see."""
    text = table.to_csv(index=False)
    if out.is_file() and out.read_text(encoding="utf-8") == text:
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return True


if __name__ == "__main__":
    main()
