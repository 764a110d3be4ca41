"""The notebooks' set-up cell, written from the one repository address in ``_config.yml``.

Every book and lesson notebook starts with the same code cell: locally (the package is
installed) it does nothing; on Colab or Binder it clones the repository named by
``repository.url`` and installs the package from the clone. ``make lessons`` writes the cell
into every notebook, so changing the address in ``_config.yml`` changes it everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
import yaml
from nbformat import NotebookNode

from newsframes.errors import NewsframesError, Problem

CONFIG = "_config.yml"
# The cell's first line: how a notebook's set-up cell is recognised.
MARKER = "# Set-up: works locally (make lab) and on Colab/Binder (installs the package if missing)"
# Code a reader of the site need not see: the cell is in the notebook, not on the page.
TAGS = ["remove-cell"]
CELL_ID = "set-up"

_TEMPLATE = """{marker}
# Written by `make lessons` from repository.url in _config.yml: change the address there.
import importlib.util
import subprocess
import sys
from pathlib import Path

if importlib.util.find_spec("newsframes") is None:  # Colab/Binder: fetch the book's code first
    checkout = Path("{folder}").resolve()
    if not checkout.exists():
        repo = "{url}"
        subprocess.run(["git", "clone", "--depth", "1", repo, str(checkout)], check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-e", str(checkout)], check=True)
    sys.path.insert(0, str(checkout / "src"))  # this session; the install counts from the next"""


class ConfigError(NewsframesError):
    """``_config.yml`` lacks what the set-up cell needs."""

    kind = "configuration"


def repository_url(config: Path) -> str:
    """``repository.url`` of a Jupyter Book ``_config.yml``: the address notebooks clone."""
    settings = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    repository = settings.get("repository") if isinstance(settings, dict) else None
    url = repository.get("url") if isinstance(repository, dict) else None
    if not isinstance(url, str) or not url.strip():
        raise ConfigError(
            [
                Problem(
                    str(config),
                    "repository.url",
                    "missing",
                    "add `repository:` with `url: https://github.com/OWNER/NAME`, the "
                    "repository the notebooks should clone on Colab and Binder",
                )
            ]
        )
    return url.strip()


def checkout_folder(url: str) -> str:
    """The folder ``git clone URL`` would make: the address's last part without ``.git``."""
    name = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not name:
        raise ValueError(f"{url!r} names no repository")
    return name


def setup_source(url: str) -> str:
    """The set-up cell's code for a repository address."""
    if '"' in url or "\\" in url or "\n" in url:
        raise ValueError(f"{url!r}: a repository address has no quotes, backslashes or breaks")
    return _TEMPLATE.format(marker=MARKER, folder=checkout_folder(url), url=url)


def setup_cell(url: str) -> NotebookNode:
    """The set-up cell itself: its code, tagged to stay off the built pages."""
    cell = nbformat.v4.new_code_cell(setup_source(url), metadata={"tags": list(TAGS)})
    cell.id = CELL_ID
    return cell


def is_setup_cell(cell: NotebookNode) -> bool:
    """Whether ``cell`` is a set-up cell (of this or an earlier address)."""
    return cell.cell_type == "code" and cell.source.startswith("# Set-up:")


def has_setup_cell(notebook: NotebookNode, url: str) -> bool:
    """Whether the first code cell of ``notebook`` is exactly the set-up cell for ``url``."""
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    expected = setup_cell(url)
    return bool(code) and (
        code[0].source == expected.source
        and code[0].metadata.get("tags", []) == expected.metadata["tags"]
        and code[0].get("id") == expected.id
        and not code[0].get("outputs")
    )


def put_setup_cell(notebook: NotebookNode, url: str) -> bool:
    """Make the first code cell the set-up cell for ``url``; False if it already was.

    An earlier set-up cell is replaced; otherwise the cell is inserted before the first
    code cell, and stored execution counts move up by one, as a fresh run would number them.
    """
    if has_setup_cell(notebook, url):
        return False
    cell = setup_cell(url)
    position = next(
        (i for i, c in enumerate(notebook.cells) if c.cell_type == "code"), len(notebook.cells)
    )
    if position < len(notebook.cells) and is_setup_cell(notebook.cells[position]):
        old = notebook.cells[position]
        cell.execution_count = old.execution_count
        notebook.cells[position] = cell
        return True
    code = [c for c in notebook.cells if c.cell_type == "code"]
    if any(c.execution_count is not None for c in code):
        cell.execution_count = 1
        for other in code:
            if other.execution_count is not None:
                other.execution_count += 1
            for output in other.get("outputs", []):
                if output.get("execution_count") is not None:
                    output["execution_count"] += 1
    notebook.cells.insert(position, cell)
    return True


def project_notebooks(project: Path, lessons: Path | None = None) -> list[Path]:
    """The notebooks with a set-up cell: the book's pages and the lessons (``lessons``, else
    the project's), not the student versions, which ``make lessons`` builds from them."""
    folder = lessons if lessons is not None else project / "lessons"
    book = sorted((project / "book").glob("*.ipynb"))
    return book + sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def write_setup_cells(paths: Iterable[Path], url: str) -> list[Path]:
    """Put the set-up cell for ``url`` into each notebook; returns the files that changed."""
    changed = []
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        if put_setup_cell(notebook, url):
            nbformat.write(notebook, path)
            changed.append(path)
    return changed
