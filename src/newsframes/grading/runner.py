"""Run one submitted notebook in a sandboxed kernel and bring its answers back.

Each submission gets a fresh temporary folder: ``work/`` (its copy of the notebook, and the
kernel's working folder), ``home/`` and ``tmp/`` (the kernel's ``HOME`` and ``TMPDIR``). The
kernel (:mod:`newsframes.grading.guard`) gets a minimal environment that names none of the
grader's folders, and its audit hook refuses reads of grader-only folders and writes
outside the sandbox. The code cells run in order under one time budget for the whole
notebook; a cell that raises is noted and the next one runs; when the budget is spent the
kernel is interrupted and no further cell runs. Then the kernel pickles the answer
variables (:mod:`newsframes.grading.transfer`) and is shut down.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbformat import NotebookNode

from newsframes.grading.guard import LOG_NAME, SANDBOX_VAR, SITE_FOLDER, SITECUSTOMIZE
from newsframes.grading.transfer import Answers, dump_source, read_answers

KERNEL = "newsframes-grading"
ANSWERS_FILE = "answers.pickle"
STARTUP_SECONDS = 60
DUMP_SECONDS = 60
# Passed on to the kernel: where the data is, and nothing about the grader.
_PASSED_ON = ("PATH", "LANG", "LC_ALL", "NEWSFRAMES_DATA", "JUPYTER_DEFAULT_PROVISIONER_NAME")


@dataclass
class Execution:
    """What happened when a notebook ran: errors, a timeout, blocked actions, its answers."""

    errors: list[str] = field(default_factory=list)
    timed_out: str = ""
    died: str = ""
    blocked: list[dict[str, str]] = field(default_factory=list)
    answers: Answers | None = None
    seconds: float = 0.0


@contextmanager
def sandbox() -> Iterator[Path]:
    """A fresh folder for one submission, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="newsframes-grade-") as folder:
        root = Path(folder).resolve()
        for part in ("work", "home", "tmp", "kernels", SITE_FOLDER):
            (root / part).mkdir()
        (root / SITE_FOLDER / "sitecustomize.py").write_text(SITECUSTOMIZE)
        yield root


def _kernel_manager(root: Path) -> KernelManager:
    spec = root / "kernels" / KERNEL
    spec.mkdir()
    argv = [sys.executable, "-m", "newsframes.grading.guard", "-f", "{connection_file}"]
    argv.append("--HistoryManager.hist_file=:memory:")
    spec_json = {"argv": argv, "display_name": "grading", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(spec_json))
    specs = KernelSpecManager(kernel_dirs=[str(root / "kernels")])
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def kernel_environment(root: Path) -> dict[str, str]:
    """The kernel's whole environment: a few settings, and folders inside the sandbox."""
    env = {name: os.environ[name] for name in _PASSED_ON if name in os.environ}
    home = root / "home"
    env.update(
        {
            "HOME": str(home),
            "TMPDIR": str(root / "tmp"),
            "IPYTHONDIR": str(home / ".ipython"),
            "MPLCONFIGDIR": str(home / ".matplotlib"),
            "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(root / SITE_FOLDER),
            SANDBOX_VAR: str(root),
        }
    )
    return env


def _run_cell(client: Any, source: str, timeout: float) -> dict[str, Any]:
    reply: dict[str, Any] = client.execute_interactive(
        source, timeout=timeout, output_hook=lambda _msg: None, allow_stdin=False
    )
    return dict(reply["content"])


Checkpoints = Mapping[str, Sequence[str]]  # a check cell's source -> the names it checks
OnAnswers = Callable[[str, Answers], None]  # called with the check cell and its answers


def execute(
    notebook: NotebookNode,
    root: Path,
    names: list[str],
    budget: float,
    checkpoints: Checkpoints | None = None,
    on_answers: OnAnswers | None = None,
) -> Execution:
    """Run ``notebook``'s code cells in a guarded kernel in ``root``; collect ``names`` at the end.

    Right after each cell whose source is a key of ``checkpoints`` has run, its names are sent
    to ``on_answers``: each answer is graded as it was when the student's own check saw it,
    before later cells change it or remove the files it names (lesson 7 removes its copy).
    """
    result = Execution()
    manager = _kernel_manager(root)
    with (root / "kernel.log").open("wb") as kernel_log:  # the kernel's own messages, not ours
        manager.start_kernel(
            cwd=str(root / "work"),
            env=kernel_environment(root),
            stdout=kernel_log,
            stderr=kernel_log,
        )
    client = manager.client()
    client.start_channels()
    started = time.monotonic()
    try:
        client.wait_for_ready(timeout=STARTUP_SECONDS)
        _run_cells(notebook, root, (manager, client), budget, result, checkpoints or {}, on_answers)
        if manager.is_alive():
            result.answers = _send_answers(client, root, names)
    except (RuntimeError, TimeoutError) as error:
        result.died = result.died or f"the kernel stopped answering ({error})"
    finally:
        result.seconds = time.monotonic() - started
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    log = root / LOG_NAME
    if log.exists():
        result.blocked = [json.loads(line) for line in log.read_text().splitlines() if line]
    return result


def _send_answers(client: Any, root: Path, names: Sequence[str]) -> Answers | None:
    """The kernel's values of ``names`` now, through a file in the sandbox."""
    path = root / ANSWERS_FILE
    path.unlink(missing_ok=True)
    _run_cell(client, dump_source(list(names), str(path)), DUMP_SECONDS)
    return read_answers(path.read_bytes()) if path.exists() else None


def _run_cells(
    notebook: NotebookNode,
    root: Path,
    kernel: tuple[KernelManager, Any],
    budget: float,
    result: Execution,
    checkpoints: Checkpoints,
    on_answers: OnAnswers | None,
) -> None:
    manager, client = kernel
    deadline = time.monotonic() + budget
    for index, cell in enumerate(notebook.cells):
        source = str(cell.get("source", ""))
        if cell.get("cell_type") != "code" or not source.strip():
            continue
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            content = _run_cell(client, source, left)
        except TimeoutError:
            result.timed_out = f"stopped after {budget:g} s, in cell {index + 1}"
            manager.interrupt_kernel()
            _wait_idle(client)
            return
        if content.get("status") == "error":
            result.errors.append(
                f"cell {index + 1} raised {content.get('ename')}: {content.get('evalue')}"
            )
        if not manager.is_alive():
            result.died = f"the kernel died in cell {index + 1}"
            return
        check = source.strip()
        if check in checkpoints and on_answers is not None:
            answers = _send_answers(client, root, checkpoints[check])
            if answers is not None:
                on_answers(check, answers)


def _wait_idle(client: Any) -> None:
    """After an interrupt, wait for the kernel to answer again (a trivial cell)."""
    with suppress(TimeoutError):
        _run_cell(client, "pass", STARTUP_SECONDS)
