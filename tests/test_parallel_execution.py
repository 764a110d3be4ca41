"""_ext/parallel_execution.py: the notebooks run side by side into MyST-NB's cache, before
Sphinx reads them, and MyST-NB then finds each one there instead of running it again."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType, SimpleNamespace

import nbformat
import pytest
from jupyter_cache import get_cache
from myst_nb.core.config import NbParserConfig
from test_quiet_build import BOOK_LOG

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def extension(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # Imported by name from _ext, as Sphinx imports it: the worker processes import it so too.
    monkeypatch.syspath_prepend(str(ROOT / "_ext"))
    import parallel_execution

    return parallel_execution


def write_notebook(folder: Path, name: str, *sources: str, kernel: str = "python3") -> None:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    notebook.metadata["kernelspec"] = {"name": kernel, "display_name": "Python 3"}
    nbformat.write(notebook, folder / f"{name}.ipynb")


def build_env(folder: Path, **settings: object) -> SimpleNamespace:
    """What the extension reads of Sphinx's environment: MyST-NB's settings and the paths."""
    config = NbParserConfig(
        execution_mode="cache", execution_cache_path=str(folder / "cache"), **settings
    )
    return SimpleNamespace(
        mystnb_config=config, doc2path=lambda name: next(folder.glob(f"{name}.*"))
    )


def stdout_of(notebook: nbformat.NotebookNode) -> list[str]:
    return [out.get("text", "") for cell in notebook.cells for out in cell.outputs]


def test_notebooks_run_in_their_folder_into_the_cache_and_a_failing_one_is_left(
    tmp_path: Path, extension: ModuleType
) -> None:
    write_notebook(tmp_path, "first", "import os", "print(os.getcwd())")
    write_notebook(tmp_path, "second", "print(6 * 7)")
    write_notebook(tmp_path, "broken", "raise ValueError('no')")
    (tmp_path / "page.md").write_text("# Not a notebook\n", encoding="utf-8")
    env = build_env(tmp_path)
    app = SimpleNamespace(config=SimpleNamespace(parallel_execution_workers=2))
    extension.run_ahead(app, env, ["first", "second", "broken", "page"])
    cache = get_cache(str(tmp_path / "cache"))
    found = {}
    for name in ["first", "second"]:
        stored = nbformat.read(tmp_path / f"{name}.ipynb", as_version=4)
        _, found[name] = cache.merge_match_into_notebook(stored)
    assert stdout_of(found["first"]) == [f"{tmp_path}\n"]
    assert stdout_of(found["second"]) == ["42\n"]
    # The failing notebook is not stored: MyST-NB runs it and reports the error itself.
    with pytest.raises(KeyError):
        cache.match_cache_notebook(nbformat.read(tmp_path / "broken.ipynb", as_version=4))
    # Nothing is left to run but the failing one.
    assert [
        path.name for path, _ in extension.notebooks_to_run(env, ["first", "broken"], cache)
    ] == ["broken.ipynb"]


def test_a_kernel_that_cannot_start_leaves_its_notebook_to_myst_nb(
    tmp_path: Path, extension: ModuleType
) -> None:
    # jupyter-cache raises (not returns) a kernel's failure: the build goes on without it.
    write_notebook(tmp_path, "fine", "print(1)")
    write_notebook(tmp_path, "no-kernel", "print(2)", kernel="no-such-kernel")
    env = build_env(tmp_path)
    app = SimpleNamespace(config=SimpleNamespace(parallel_execution_workers=2))
    extension.run_ahead(app, env, ["fine", "no-kernel"])
    cache = get_cache(str(tmp_path / "cache"))
    todo = extension.notebooks_to_run(env, ["fine", "no-kernel"], cache)
    assert [path.name for path, _ in todo] == ["no-kernel.ipynb"]


def test_a_kernel_that_dies_as_it_starts_is_started_once_more(
    tmp_path: Path, extension: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jupyter_cache.executors import utils

    write_notebook(tmp_path, "once", "print(6 * 7)")
    real, calls = utils.single_nb_execution, []

    def dies_the_first_time(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return real(*args, **kwargs)

    monkeypatch.setattr(utils, "single_nb_execution", dies_the_first_time)
    source = (tmp_path / "once.ipynb").read_text(encoding="utf-8")
    done = extension.execute(source, str(tmp_path), 60, False)
    assert (done.error, len(calls)) == (None, 2)
    assert stdout_of(nbformat.reads(done.notebook, as_version=4)) == ["42\n"]

    # Twice dead: the error is returned, with the notebook as it came.
    def always_dies(*args: object, **kwargs: object) -> object:
        calls.append(1)
        raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(utils, "single_nb_execution", always_dies)
    calls.clear()
    dead = extension.execute(source, str(tmp_path), 60, False)
    assert len(calls) == 2
    assert "Kernel died" in (dead.error or "") and dead.notebook == source


def test_excluded_and_self_configured_notebooks_are_left_to_myst_nb(
    tmp_path: Path, extension: ModuleType
) -> None:
    write_notebook(tmp_path, "excluded", "print(1)")
    write_notebook(tmp_path, "own", "print(2)")
    own = nbformat.read(tmp_path / "own.ipynb", as_version=4)
    own.metadata["mystnb"] = {"execution_mode": "off"}
    nbformat.write(own, tmp_path / "own.ipynb")
    write_notebook(tmp_path, "plain", "print(3)")
    env = build_env(tmp_path, execution_excludepatterns=["*excluded*"])
    cache = get_cache(str(tmp_path / "cache"))
    todo = extension.notebooks_to_run(env, ["excluded", "own", "plain"], cache)
    assert [path.name for path, _ in todo] == ["plain.ipynb"]


def test_a_build_that_reads_no_executions_runs_nothing(
    tmp_path: Path, extension: ModuleType
) -> None:
    # Another execution mode: the extension stays out of the way.
    write_notebook(tmp_path, "one", "print(1)")
    env = build_env(tmp_path)
    env.mystnb_config = NbParserConfig(execution_mode="off")
    app = SimpleNamespace(config=SimpleNamespace(parallel_execution_workers=2))
    extension.run_ahead(app, env, ["one"])
    assert not (tmp_path / "cache").exists()


def test_the_book_build_ran_every_notebook_ahead_or_found_it_cached() -> None:
    # The log of `make book` (which `make test` runs first): MyST-NB executed no notebook while
    # reading. Had it not matched the notebooks run ahead, it would have run each a second time.
    if not BOOK_LOG.is_file():
        pytest.fail(f"{BOOK_LOG} is missing: run `make book` (`make test` does)")
    log = BOOK_LOG.read_text(encoding="utf-8", errors="replace")
    assert "build succeeded" in log
    # Only a notebook that failed ahead (and says so) may run again while the build reads it.
    again = re.findall(r"^(\S+\.ipynb): Executing notebook using", log, re.MULTILINE)
    failed = re.findall(r"^(\S+\.ipynb): failed \(", log, re.MULTILINE)
    assert len(again) == log.count("Executing notebook using")
    assert set(again) <= set(failed)
    ahead = re.search(r"running (\d+) notebooks?, \d+ at a time \[parallel_execution\]", log)
    ran_ahead = int(ahead.group(1)) if ahead else 0  # none when the cache held them all
    cached = len(re.findall(r"Using cached notebook", log))
    assert cached >= ran_ahead and cached > 0
