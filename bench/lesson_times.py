"""How long each lesson takes to run, top to bottom, in a fresh kernel: the instructor guide's
running times (book/instructor-guide.ipynb reads the file this writes; none is typed).

Each lesson (with its solutions, as the book shows it) is executed once with nbclient in its
own folder, as a student runs it; the time includes starting the kernel. `make regen` runs
this after re-storing the notebooks' outputs, so the times follow the lessons.

    python bench/lesson_times.py [--out book/instructor/lesson-times.csv]
"""

from __future__ import annotations

import argparse
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = []
    for path in lesson_sources(ROOT / "lessons"):
        row = time_lesson(path)
        print(f"{row['lesson']}: {row['seconds']} s (slowest cell {row['slowest_cell_seconds']} s)")
        rows.append(row)
    table = pd.DataFrame(rows)
    table["cpus"] = os.cpu_count()
    table["python"] = platform.python_version()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(args.out, index=False)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
