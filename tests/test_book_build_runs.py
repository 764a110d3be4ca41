"""The book build's run of a notebook stands in for a second run only while it is fresh, and
a difference in it fails the notebook test as a run of its own would (book_build_runs.py)."""

from __future__ import annotations

import copy
import os
import re
import time
from pathlib import Path

import nbformat
import pytest
from book_build_runs import BEGUN, built_run, newest_input
from jupyter_cache import get_cache
from pytest_notebook.nb_regression import NBRegressionFixture
from test_notebooks import PROBE, alter_first, compare_with_build


def executed_notebook(tmp_path: Path) -> tuple[Path, Path]:
    """A notebook file with no outputs, and a cache holding a run of it (one output)."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("print(6 * 7)")]
    path = tmp_path / "page.ipynb"
    nbformat.write(notebook, path)
    ran = copy.deepcopy(notebook)
    ran.cells[0].execution_count = 1
    ran.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text="42\n")]
    ran_path = tmp_path / "ran.ipynb"
    nbformat.write(ran, ran_path)
    get_cache(str(tmp_path / "cache")).cache_notebook_file(str(ran_path), uri=str(path))
    return path, tmp_path / "cache"


def test_a_run_newer_than_every_input_gives_its_outputs(tmp_path: Path) -> None:
    path, cache = executed_notebook(tmp_path)
    found = built_run(path, cache, newest=time.time() - 60)
    assert found is not None
    notebook, stored_at = found
    assert notebook.cells[0].outputs[0]["text"] == "42\n"
    assert abs(stored_at.timestamp() - time.time()) < 60


def test_a_run_older_than_an_input_is_not_used(tmp_path: Path) -> None:
    path, cache = executed_notebook(tmp_path)
    assert built_run(path, cache, newest=time.time() + 60) is None


def test_a_run_of_other_code_or_no_build_is_not_used(tmp_path: Path) -> None:
    path, cache = executed_notebook(tmp_path)
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[0].source = "print(6 * 9)"
    nbformat.write(notebook, path)
    assert built_run(path, cache, newest=0.0) is None
    assert built_run(path, tmp_path / "never-built", newest=0.0) is None


def test_the_newest_input_is_any_file_of_the_checkout_but_built_output(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    report = tmp_path / "data" / "report.md"
    report.write_text("a report")
    (tmp_path / "_build").mkdir()
    page = tmp_path / "_build" / "page.html"
    page.write_text("built from it")
    # times before the tests began (the files of the checkout as they found it)
    earlier, later = BEGUN - 3600, BEGUN - 60
    os.utime(report, (earlier, earlier))
    os.utime(page, (later, later))
    assert newest_input(tmp_path) == pytest.approx(earlier)
    os.utime(report, (later, later))
    newest_input.cache_clear()
    assert newest_input(tmp_path) == pytest.approx(later)
    # what a test writes while the tests run (make regen storing outputs) is not counted
    (tmp_path / "data" / "stored.ipynb").write_text("{}")
    newest_input.cache_clear()
    assert newest_input(tmp_path) == pytest.approx(later)
    newest_input.cache_clear()


def test_a_build_run_that_differs_from_the_stored_outputs_fails_with_the_diff(
    nb_regression: NBRegressionFixture,
) -> None:
    stored = nbformat.read(PROBE, as_version=4)
    assert not compare_with_build(nb_regression, PROBE, copy.deepcopy(stored)).diff_filtered
    altered = copy.deepcopy(stored)
    old, new = alter_first(altered, "table")
    result = compare_with_build(nb_regression, PROBE, altered)
    assert result.diff_filtered
    # the value stored is removed, the one the build's run computed is added
    assert re.search(rf"^\s*-.*{re.escape(old)}\b", result.diff_string, flags=re.MULTILINE)
    assert re.search(rf"^\s*\+.*{re.escape(new)}\b", result.diff_string, flags=re.MULTILINE)
