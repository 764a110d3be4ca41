"""The student lessons in a real JupyterLab, as a student opens them: JupyterLab from .venv
on a free port with a token, Debian's headless Chromium (Playwright) with every request off
the machine aborted, each lesson opened with the kernel it names and run with "Run All".

Each lesson must run with no error output, show every check's "Not answered yet", show
no raw MyST in its rendered text, and draw a chart wherever the lesson with solutions
stores one outside its solution cells. A book chapter, which keeps its MyST, must be
rendered by jupyterlab-myst. Screenshots go beside the site's, in _build/screenshots/lab/.
Needs `make browser` (chromium) and `make setup` (JupyterLab, jupyterlab-myst, the kernel).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_site import SCREENSHOTS, Served, offline_context

from newsframes.book.kernel import NAME as KERNEL
from newsframes.book.lessons import SOLUTION_TAG, lesson_sources

ROOT = Path(__file__).resolve().parents[1]
LESSONS = lesson_sources(ROOT / "lessons")
CHAPTER = ROOT / "book" / "ch-itv.ipynb"  # a chapter with exercises and admonitions
SHOTS = SCREENSHOTS / "lab"
UNANSWERED = "Not answered yet"
STARTUP_SECONDS = 90
# One JupyterLab for the module: under `pytest -n 2 --dist loadgroup` its tests share a worker.
pytestmark = pytest.mark.xdist_group("jupyterlab")
# JupyterLab settings for the test's own settings folder: every cell in the page (no
# windowing, so every output can be inspected), no news pop-up, no autosave.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}
# MyST as it would show if a front end did not render it: a role's name in braces before
# its (now code) content, a colon fence, a directive option, a target.
RAW_MYST = re.compile(
    r"\{(?:term|cite|doc|ref|numref|glue|exercise|solution|note|tip|admonition)[\w:-]*\}"
    r"|^\s*:::|^\s*:(?:label|class|nonumber):|^\s*\([\w-]+\)=\s*$",
    re.MULTILINE,
)
# The notebook's JupyterLab objects: window.jupyterapp (--LabApp.expose_app_in_browser).
PANEL = "window.jupyterapp.shell.currentWidget"
READY = f"""async () => {{
  const panel = {PANEL};
  await panel.context.ready;
  await panel.sessionContext.ready;
  return panel.sessionContext.session.kernel.name;
}}"""
RUN_ALL = "async () => await window.jupyterapp.commands.execute('notebook:run-all-cells')"
ERRORS = f"""() => {PANEL}.content.widgets.flatMap((cell, index) =>
  cell.model.type !== 'code' ? [] : cell.model.outputs.toJSON()
    .filter(output => output.output_type === 'error' || output.name === 'stderr')
    .map(output => `cell ${{index + 1}}: ${{output.ename || output.text}} ${{output.evalue}}`))"""
CELL_TEXT = f"""(kind) => {PANEL}.content.widgets.map(cell =>
  cell.model.type === kind ? cell.node.innerText : '')"""
DRAWN = f"""(indexes) => indexes.map(index => {{
  const drawing = {PANEL}.content.widgets[index].node.querySelector(
    '.jp-OutputArea .vega-embed svg, .jp-OutputArea .vega-embed canvas');
  const box = drawing ? drawing.getBoundingClientRect() : null;
  return !!box && box.width > 0 && box.height > 0;
}})"""


@dataclass
class Lab:
    """A running JupyterLab: its folder, its address and its token."""

    root: Path
    base: str
    token: str


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def write_settings(folder: Path) -> None:
    for name, values in SETTINGS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def wait_until_up(base: str, token: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"JupyterLab stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{base}api/status?token={token}", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"JupyterLab did not answer in {STARTUP_SECONDS} s: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab from .venv serving a copy of the student lessons and one chapter (the
    checkout's notebooks are never saved to)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "lessons" / "student", root / "lessons" / "student")
    (root / "book").mkdir()
    shutil.copy(CHAPTER, root / "book" / CHAPTER.name)
    home = tmp_path_factory.mktemp("jupyter")
    write_settings(home / "settings")
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    command = [
        str(Path(sys.executable).with_name("jupyter")),
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = home / "lab.log"
    with log.open("wb") as output:
        server = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(base, token, server, log)
        yield Lab(root=root, base=base, token=token)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            # a server slow to shut down on a busy machine is killed, then reaped: a child
            # left unwaited for is a ResourceWarning that fails the test at teardown
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def served(browser: Browser, lab: Lab) -> Iterator[Served]:
    served = offline_context(browser, lab.root, lab.base)
    yield served
    served.context.close()


def open_notebook(served: Served, lab: Lab, path: str) -> tuple[Page, list[str]]:
    """The notebook at ``path`` open in JupyterLab, its kernel started; and the list its
    uncaught page errors are collected in."""
    page = served.context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    workspace = re.sub(r"\W", "-", path)  # its own workspace: no earlier notebook reopens
    url = f"{lab.base}lab/workspaces/{workspace}/tree/{path}?reset&token={lab.token}"
    page.goto(url, wait_until="load")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget")
    page.wait_for_selector(".jp-NotebookPanel .jp-MarkdownCell", timeout=60_000)
    return page, errors


def charted_cells(source: Path) -> list[int]:
    """The cells outside solutions that store a chart in the lesson with solutions."""
    notebook = nbformat.read(source, as_version=4)
    return [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code"
        and SOLUTION_TAG not in cell.metadata.get("tags", [])
        and any("vegaEmbed" in json.dumps(output.get("data", {})) for output in cell.outputs)
    ]


def checks_in(source: Path) -> int:
    """How many checks the lesson runs: code cells that call a ``check_`` function."""
    notebook = nbformat.read(source, as_version=4)
    return sum(".check_" in cell.source for cell in notebook.cells if cell.cell_type == "code")


def screenshot(page: Page, name: str, first: str) -> None:
    """The notebook scrolled to the first element matching ``first`` (a CSS selector inside
    the open notebook), saved as NAME.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate(f"(selector) => {PANEL}.node.querySelector(selector)?.scrollIntoView()", first)
    page.wait_for_timeout(300)  # let the scrolled cells paint
    page.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("source", LESSONS, ids=lambda p: p.stem)
def test_student_lesson_runs_all_in_jupyterlab(served: Served, lab: Lab, source: Path) -> None:
    blocked_before = len(served.blocked)
    page, page_errors = open_notebook(served, lab, f"lessons/student/{source.name}")
    try:
        assert page.evaluate(READY) == KERNEL, "the lesson does not run in the project's kernel"
        assert page.evaluate(RUN_ALL) is not False, "Run All stopped"
        charts = charted_cells(source)
        if charts:
            page.wait_for_function(
                f"() => ({DRAWN})({json.dumps(charts)}).every(Boolean)", timeout=30_000
            )
        # Run All returns when the cells have run; their outputs may still be painting
        expected = checks_in(source)
        painted = f"""(kind) => ({CELL_TEXT})(kind).join('\\n')
          .split({json.dumps(UNANSWERED)}).length - 1 >= {expected}"""
        with contextlib.suppress(PlaywrightTimeout):  # the count is asserted below
            page.wait_for_function(painted, arg="code", timeout=30_000)
        outputs = "\n".join(page.evaluate(CELL_TEXT, "code"))
        prose = "\n".join(page.evaluate(CELL_TEXT, "markdown"))
        screenshot(page, source.stem, ".jp-MarkdownCell blockquote")
        page.evaluate(f"async () => await {PANEL}.sessionContext.shutdown()")
        assert page.evaluate(ERRORS) == []
        assert outputs.count(UNANSWERED) == expected, "a check's message is missing"
        assert "✔ Correct" not in outputs
        assert RAW_MYST.findall(prose) == [], "MyST shows as text"
        assert all(page.evaluate(DRAWN, charts)), f"charts not drawn in cells {charts}"
        assert served.blocked[blocked_before:] == [], "requests off the machine"
        assert page_errors == []
    finally:
        page.close()


def test_book_chapter_renders_its_myst(served: Served, lab: Lab) -> None:
    """jupyterlab-myst renders the chapter's directives (its exercises) and roles."""
    page, _ = open_notebook(served, lab, f"book/{CHAPTER.name}")
    try:
        page.wait_for_function(
            f"() => {PANEL}.node.querySelector('.jp-MarkdownCell .myst aside')", timeout=30_000
        )
        prose = "\n".join(page.evaluate(CELL_TEXT, "markdown"))
        screenshot(page, CHAPTER.stem, ".jp-MarkdownCell .myst aside")
        titles: Any = page.evaluate(
            f"() => [...{PANEL}.node.querySelectorAll('.jp-MarkdownCell .myst aside')]"
            ".map(a => a.innerText.split('\\n')[0])"
        )
        assert any(title.startswith("Exercise") for title in titles), titles
        assert RAW_MYST.findall(prose) == [], "MyST shows as text"
    finally:
        page.close()
