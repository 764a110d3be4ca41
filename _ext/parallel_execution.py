"""Execute the book's notebooks side by side before Sphinx reads them.

MyST-NB's ``cache`` mode runs each notebook that jupyter-cache does not hold, one after the
other, while Sphinx reads the pages: on a machine with two cores one of them waits. Before
reading starts, this extension runs every notebook the build is about to read and the cache
does not hold (even a single one, so that the log always reads the same), as many at a time
as the machine has cores, in the notebook's own folder and
with MyST-NB's own settings (timeout, errors allowed or not), through the same jupyter-cache
call MyST-NB makes (``single_nb_execution``); each result goes into the cache under the
notebook's path, as MyST-NB would store it. MyST-NB then finds every notebook in the cache
("Using cached notebook" in the log) and renders it as before.

A notebook that fails here (a cell's error, or a kernel that fails twice as it starts) is not
stored: MyST-NB runs it again while reading and reports its error as it always does (with
``nb_execution_raise_on_error`` the build stops there). A notebook with MyST-NB settings of
its own in its metadata is left to MyST-NB.

Configure in ``_config.yml``::

    sphinx:
      local_extensions:
        parallel_execution: _ext
      config:
        parallel_execution_workers: 2   # optional; default: the machine's cores
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import nbformat
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Executed:
    """What one notebook's run gives back: the executed notebook (as JSON), or the error."""

    notebook: str
    seconds: float
    error: str | None


def execute(source: str, cwd: str, timeout: int | None, allow_errors: bool) -> Executed:
    """Run one notebook (JSON text) in ``cwd`` as MyST-NB's cache mode runs it. A kernel that
    fails as it starts (as one can when several start at once) is started once more."""
    from jupyter_cache.executors.utils import single_nb_execution

    started = time.perf_counter()
    failure: Exception | None = None
    for _ in range(2):
        notebook = nbformat.reads(source, as_version=4)
        try:
            result = single_nb_execution(
                notebook, cwd=cwd, timeout=timeout, allow_errors=allow_errors, meta_override=True
            )
        except Exception as raised:
            # jupyter-cache returns a cell's error but raises the kernel's own.
            failure = raised
            continue
        error = None if result.err is None else (result.exc_string or repr(result.err))
        return Executed(nbformat.writes(notebook), result.time, error)
    return Executed(source, time.perf_counter() - started, repr(failure))


def excluded(path: Path, patterns: list[str]) -> bool:
    """Whether MyST-NB's ``execution_excludepatterns`` keep ``path`` from running."""
    posix = PurePosixPath(path.as_posix())
    return any(posix.match(pattern) for pattern in patterns)


def with_kernel_alias(notebook: nbformat.NotebookNode, aliases: dict[str, str]) -> None:
    """Rename the notebook's kernel as MyST-NB does before it runs it (``kernel_rgx_aliases``)."""
    kernelspec = notebook.metadata.get("kernelspec", {})
    name = kernelspec.get("name")
    for pattern, alias in (aliases or {}).items():
        if name is not None and re.fullmatch(pattern, name):
            kernelspec["name"] = alias
            return


def notebooks_to_run(
    env: BuildEnvironment, docnames: list[str], cache: Any
) -> list[tuple[Path, nbformat.NotebookNode]]:
    """The notebooks among ``docnames`` that MyST-NB would run: read as it reads them, not in
    the cache, not excluded and with no settings of their own; largest first."""
    config = env.mystnb_config  # type: ignore[attr-defined]
    found = []
    for docname in docnames:
        path = Path(env.doc2path(docname))
        if path.suffix != ".ipynb" or excluded(path, config.execution_excludepatterns):
            continue
        notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        if config.metadata_key in notebook.metadata:
            continue
        with_kernel_alias(notebook, config.kernel_rgx_aliases)
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            found.append((path, notebook))
    # The longest runs start first, so that none is left alone at the end: size stands in.
    return sorted(found, key=lambda item: item[0].stat().st_size, reverse=True)


def run_ahead(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Before reading: run the notebooks MyST-NB would run, side by side, into its cache."""
    config = env.mystnb_config  # type: ignore[attr-defined]
    if config.execution_mode != "cache" or config.execution_in_temp:
        return
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    cache = get_cache(config.execution_cache_path)
    todo = notebooks_to_run(env, docnames, cache)
    if not todo:
        return
    workers = min(len(todo), app.config.parallel_execution_workers or os.cpu_count() or 1)
    LOGGER.info(f"running {len(todo)} notebooks, {workers} at a time [parallel_execution]")
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=spawn) as pool:
        running = {
            pool.submit(
                execute,
                nbformat.writes(notebook),
                str(path.parent),
                config.execution_timeout,
                config.execution_allow_errors,
            ): path
            for path, notebook in todo
        }
        for future in as_completed(running):
            path, done = running[future], future.result()
            if done.error is not None:
                reason = done.error.strip().splitlines()[-1] if done.error.strip() else "error"
                LOGGER.info(f"{path}: failed ({reason}); it runs again as the build reads it")
                continue
            stage = cache.add_nb_to_project(str(path))
            cache.cache_notebook_bundle(
                CacheBundleIn(
                    nbformat.reads(done.notebook, as_version=4),
                    stage.uri,
                    data={"execution_seconds": done.seconds},
                ),
                check_validity=False,
                overwrite=True,
            )
            LOGGER.info(f"{path}: Executed notebook in {done.seconds:.2f} seconds")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("parallel_execution_workers", None, "env", [int, type(None)])
    app.connect("env-before-read-docs", run_ahead)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
