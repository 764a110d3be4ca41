"""The book build's own run of a notebook, when it still stands for the checkout as it is.

``make book`` executes every book notebook and lesson in a fresh kernel and keeps the
executed notebook in jupyter-cache (``_build/.jupyter_cache``, keyed on the notebook's
code). ``make test`` builds the book first, so running each notebook a second time to
compare it with its stored outputs would repeat that work: tests/test_notebooks.py diffs
the build's run instead, when the run is newer than every file of the checkout (the
package, the data, the lessons' helpers, the notebooks themselves) and than the installed
environment. Anything older, edited since, or never built is executed again as before.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import nbformat
from jupyter_cache import get_cache

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "_build" / ".jupyter_cache"
# Not the checkout's own files: built output, tools' caches, installed packages.
SKIPPED = {".git", "_build", ".venv", "node_modules", "__pycache__", ".pytest_cache"}
SKIPPED_SUFFIXES = (".mypy_cache", ".ruff_cache")
ENVIRONMENT_STAMP = Path(".venv", ".installed")  # touched by make after each install
# The checkout as the tests found it: imported as they are collected, before any test runs
# (pytest-xdist's workers all collect first), so what a test itself writes later (`make
# regen` re-storing outputs) does not turn the other notebooks' runs stale mid-session.
BEGUN = time.time()


@cache
def newest_input(root: Path = ROOT) -> float:
    """The latest modification time (seconds) of any file of the checkout under ``root``
    and of the environment's install stamp, before the tests began: a build's run older
    than this may be stale."""
    stamp = root / ENVIRONMENT_STAMP
    newest = stamp.stat().st_mtime if stamp.is_file() else 0.0
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [
            name
            for name in subfolders
            if name not in SKIPPED and not name.endswith(SKIPPED_SUFFIXES)
        ]
        for name in files:
            modified = os.stat(os.path.join(folder, name)).st_mtime
            if modified <= BEGUN:
                newest = max(newest, modified)
    return newest


def built_run(
    path: Path, cache_folder: Path = CACHE, newest: float | None = None
) -> tuple[nbformat.NotebookNode, datetime] | None:
    """The notebook at ``path`` with the outputs of the build's run, and when that run was
    stored; None when the build has no run of this code or its run is older than ``newest``
    (by default the newest file of the checkout)."""
    if not cache_folder.is_dir():
        return None
    notebook = nbformat.read(path, as_version=4)
    store = get_cache(str(cache_folder))
    try:
        record = store.match_cache_notebook(notebook)
    except KeyError:
        return None
    stored_at = record.created
    if stored_at.tzinfo is None:  # SQLite keeps the UTC time without its zone
        stored_at = stored_at.replace(tzinfo=UTC)
    limit = newest_input() if newest is None else newest
    if stored_at.timestamp() <= limit:
        return None
    _, merged = store.merge_match_into_notebook(notebook)
    return merged, stored_at
