"""`make test` runs the suite on two workers with ``--dist loadgroup``: every test of an
``xdist_group`` (the book copy, JupyterLab, grading) must run on one worker, or the work its
session fixture does once (a whole book build) is done again on the other. A pytest or
pytest-xdist release that breaks the grouping fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GROUPED = """
import os
import pytest

pytestmark = pytest.mark.xdist_group("together")


@pytest.mark.parametrize("i", range(6))
def test_grouped(i):
    with open(os.environ["WORKERS_LOG"], "a") as log:
        log.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""

LOOSE = """
import time


def test_loose_one():
    time.sleep(0.2)


def test_loose_two():
    time.sleep(0.2)
"""


def test_an_xdist_group_runs_on_one_worker(tmp_path: Path) -> None:
    (tmp_path / "test_grouped.py").write_text(GROUPED, encoding="utf-8")
    (tmp_path / "test_loose.py").write_text(LOOSE, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    log = tmp_path / "workers.log"
    command = [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-q"]
    command += ["-p", "no:cacheprovider", "test_grouped.py", "test_loose.py"]
    done = subprocess.run(
        command,
        cwd=tmp_path,
        env={**_environment(), "WORKERS_LOG": str(log)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    workers = log.read_text(encoding="utf-8").split()
    assert len(workers) == 6
    assert len(set(workers)) == 1, f"one group ran on {sorted(set(workers))}"


def _environment() -> dict[str, str]:
    """This process's environment, without pytest's own variables for the outer run."""
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
