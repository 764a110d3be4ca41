"""The notebooks' set-up cell: every notebook has the one written from _config.yml, and the
cell really clones and installs the package where it is missing (a fresh virtual
environment and a local clone stand in for Colab and GitHub)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

from newsframes.book.lessons import build_lessons
from newsframes.book.setup_cell import (
    ConfigError,
    checkout_folder,
    has_setup_cell,
    project_notebooks,
    repository_url,
    setup_source,
)

ROOT = Path(__file__).resolve().parents[1]
URL = repository_url(ROOT / "_config.yml")


def notebooks_of_the_project() -> list[Path]:
    return project_notebooks(ROOT) + sorted((ROOT / "lessons" / "student").glob("*.ipynb"))


def test_every_notebook_starts_with_the_set_up_cell_for_the_configured_address() -> None:
    paths = notebooks_of_the_project()
    assert len(paths) >= len(list((ROOT / "book").glob("*.ipynb"))) + 2 * 7
    stale = [
        str(path.relative_to(ROOT))
        for path in paths
        if not has_setup_cell(nbformat.read(path, as_version=4), URL)
    ]
    assert stale == [], f"run `make lessons`: these set-up cells are not the one for {URL}"


def test_the_address_is_read_from_the_config(tmp_path: Path) -> None:
    config = tmp_path / "_config.yml"
    config.write_text("title: T\nrepository:\n  url: https://example.org/me/book.git\n", "utf-8")
    assert repository_url(config) == "https://example.org/me/book.git"
    config.write_text("title: T\nrepository:\n  branch: main\n", "utf-8")
    with pytest.raises(ConfigError) as error:
        repository_url(config)
    assert error.value.problems[0].field == "repository.url"
    assert str(config) in str(error.value)


def test_the_checkout_folder_is_the_one_git_would_make() -> None:
    assert checkout_folder("https://github.com/crossing-lines/crossing-lines") == "crossing-lines"
    assert checkout_folder("https://github.com/me/my-book.git") == "my-book"
    assert checkout_folder("file:///tmp/x/repo.git/") == "repo"
    with pytest.raises(ValueError):
        checkout_folder("https://example.org/")
    with pytest.raises(ValueError, match="no quotes"):
        setup_source('https://example.org/a"; import os; "')


TOC = """format: jb-book
root: book/articles
parts:
  - caption: Lessons
    numbered: 1
    chapters:
      - file: lessons/01-corpus
      - file: lessons/02-actors
  - caption: Reference
    chapters:
      - file: book/glossary
      - file: book/references
"""


def make_project(tmp_path: Path, url: str) -> Path:
    """A project with this repository's config (under another address), one book page, one
    lesson and its student version."""
    project = tmp_path / "project"
    (project / "book").mkdir(parents=True)
    (project / "lessons" / "student").mkdir(parents=True)
    config = (ROOT / "_config.yml").read_text(encoding="utf-8")
    assert URL in config
    (project / "_config.yml").write_text(config.replace(URL, url), encoding="utf-8")
    shutil.copy(ROOT / "book" / "articles.ipynb", project / "book")
    shutil.copy(ROOT / "lessons" / "01-corpus.ipynb", project / "lessons")
    # What the student version links to (newsframes.book.commonmark): its table of
    # contents, the glossary, the references and the next lesson (a stand-in page).
    for page in ("glossary.md", "references.md"):
        shutil.copy(ROOT / "book" / page, project / "book")
    (project / "lessons" / "02-actors.md").write_text("# Lesson 2\n", encoding="utf-8")
    shutil.copy(ROOT / "references.bib", project)
    (project / "_toc.yml").write_text(TOC, encoding="utf-8")
    return project


def test_make_lessons_writes_the_new_address_into_every_notebook(tmp_path: Path) -> None:
    new = "https://github.com/my-course/defection-book"
    project = make_project(tmp_path, new)
    page = project / "book" / "articles.ipynb"
    before = nbformat.read(page, as_version=4)
    written = build_lessons(project / "lessons")
    assert set(written) == {
        page,
        project / "lessons" / "01-corpus.ipynb",
        project / "lessons" / "student" / "01-corpus.ipynb",
    }
    for path in written:
        notebook = nbformat.read(path, as_version=4)
        assert has_setup_cell(notebook, new), path
        assert not has_setup_cell(notebook, URL), path
    # The old cell is replaced, not added to: the page has as many cells, the same outputs.
    after = nbformat.read(page, as_version=4)
    assert len(after.cells) == len(before.cells)
    assert [c.get("outputs") for c in after.cells] == [c.get("outputs") for c in before.cells]
    # A second run finds nothing to change but the student versions it always writes.
    assert build_lessons(project / "lessons") == [
        project / "lessons" / "student" / "01-corpus.ipynb"
    ]


def test_a_page_without_a_set_up_cell_gets_one_first_numbered_as_a_fresh_run(
    tmp_path: Path,
) -> None:
    project = make_project(tmp_path, URL)
    page = project / "book" / "new-page.ipynb"
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# A page")]
    for count in (1, 2):
        cell = nbformat.v4.new_code_cell(f"{count} + 1", execution_count=count)
        cell.outputs = [
            nbformat.v4.new_output(
                "execute_result", {"text/plain": str(count + 1)}, execution_count=count
            )
        ]
        notebook.cells.append(cell)
    nbformat.write(notebook, page)
    assert page in build_lessons(project / "lessons")
    notebook = nbformat.read(page, as_version=4)
    assert has_setup_cell(notebook, URL)
    assert notebook.cells[0].source == "# A page"
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == [1, 2, 3]
    assert [o["execution_count"] for c in code for o in c.outputs] == [2, 3]
    assert [c.source for c in code[1:]] == ["1 + 1", "2 + 1"]


def run_cell(python: str | Path, code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a cell's code as a kernel would, in ``cwd``, with no trace of this environment."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "NEWSFRAMES_DATA"}
    }
    return subprocess.run(
        [str(python), "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def test_where_the_package_is_installed_the_cell_does_nothing(tmp_path: Path) -> None:
    """Locally the cell neither clones nor installs: with an address that cannot be cloned
    it still succeeds, and the working folder stays empty."""
    folder = tmp_path / "work"
    folder.mkdir()
    result = run_cell(sys.executable, setup_source(f"file://{tmp_path}/none/repo.git"), folder)
    assert result.returncode == 0, result.stderr
    assert list(folder.iterdir()) == []


# After the set-up cell, in the same session: the package, where it was found, its data.
AFTER = textwrap.dedent(
    """
    import newsframes
    from newsframes.corpus import load_corpus
    from newsframes.paths import data_dir

    print(newsframes.__file__)
    print(data_dir())
    print(len(load_corpus()))
    """
)


def test_on_a_fresh_machine_the_cell_clones_and_installs_the_package(tmp_path: Path) -> None:
    """The Colab/Binder path for real: a new virtual environment without newsframes (nor
    pandas: the cell's `pip install -e` installs the package's dependencies from the package
    index), a bare clone of this repository's committed state as the address, and an empty
    working folder. Afterwards the package imports, in the same session and in a new one,
    from the clone, and finds the clone's articles."""
    bare = tmp_path / "repo.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(ROOT), str(bare)], check=True)
    committed = subprocess.run(
        ["git", "--git-dir", str(bare), "ls-tree", "--name-only", "HEAD", "data/articles/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    venv = tmp_path / "venv"
    base_python = Path(sys.base_prefix) / "bin" / "python3"  # the interpreter, not this venv
    subprocess.run([str(base_python), "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    assert run_cell(python, "import pandas", tmp_path).returncode == 1, "not a fresh environment"
    work = tmp_path / "work"
    work.mkdir()

    result = run_cell(python, setup_source(bare.as_uri()) + "\n" + AFTER, work)
    assert result.returncode == 0, result.stderr[-3000:]
    checkout = work / "repo"
    module, data, articles = result.stdout.split()
    assert Path(module) == checkout / "src" / "newsframes" / "__init__.py"
    assert Path(data) == checkout / "data"
    assert int(articles) == len([name for name in committed if name.endswith(".md")]) >= 5

    # The next session: the editable install finds it without the cell's path entry.
    again = run_cell(python, AFTER, tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout == result.stdout
    # And the cell run again there does nothing (the package is found).
    rerun = run_cell(python, setup_source("file:///nowhere/repo.git"), tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
