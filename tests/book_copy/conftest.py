"""One copy of the project with an added article, built once for every test in this folder.

The README's "Adding an article" steps, followed as written, in a copy of the project (the
files git tracks and the new ones it does not ignore): write ``data/articles/<id>.md``,
validate, list the names the gazetteer misses, ``make chapter ID=<id>``, ``make book``. The
last step, ``make regen``, rewrites the stored notebooks, so the test of the whole path
(test_readme_path.py) runs it on this same copy once the other tests have read the build.

The copy uses the checkout's environment: ``.venv`` is a link to it, and make is told that
it is installed (``make -o .venv/.installed``), so nothing is installed or reinstalled. Its
package and data are its own (PYTHONPATH and NEWSFRAMES_DATA point into the copy), and the
notebooks' kernels inherit them. The tests here are one xdist group (``--dist loadgroup``
in the Makefile), so ``make test`` builds the copy once; the build takes a few minutes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_chapter_template import ARTICLE, ARTICLE_ID

ROOT = Path(__file__).resolve().parents[2]
# make, with the environment taken as installed (the copy links to the checkout's).
MAKE = ["make", "-o", ".venv/.installed"]
GROUP = pytest.mark.xdist_group("book_copy")
# The README's command for step 2, "See what the gazetteer misses", for the added article.
UNMATCHED = (
    "from newsframes.analysers.actors import unmatched_names; "
    "from newsframes.corpus import load_corpus; "
    f"print(unmatched_names(load_corpus().set_index('id').loc['{ARTICLE_ID}', 'text']))"
)


@dataclass
class Step:
    """One command run in the copy: what was run, its exit status and its output."""

    command: list[str]
    returncode: int
    output: str


@dataclass
class BookCopy:
    """The copied project and the steps run in it so far, by name."""

    root: Path
    steps: dict[str, Step] = field(default_factory=dict)

    def run(self, name: str, command: list[str], timeout: int) -> Step:
        """Run ``command`` in the copy, with the copy's package and data; recorded as ``name``."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
        env |= {"PYTHONPATH": str(self.root / "src"), "NEWSFRAMES_DATA": str(self.root / "data")}
        done = subprocess.run(
            command,
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        self.steps[name] = Step(command, done.returncode, done.stdout + done.stderr)
        return self.steps[name]

    @property
    def site(self) -> Path:
        return self.root / "_build" / "html"


def project_files() -> list[str]:
    """The project's files as the next commit would have them: tracked, and new ones that
    are not ignored (so no .venv, no _build)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    return [
        name
        for name in listed
        if name and not name.startswith((".venv/", "_build/")) and (ROOT / name).is_file()
    ]


def build_problems(log: str) -> list[str]:
    """Sphinx's warnings and errors in a build log (with -W any of them fails the build); not
    the kernels' own start-up notices, which are not about the book."""
    return [line for line in log.splitlines() if re.search(r"\b(WARNING|ERROR): ", line)]


def environment() -> Path:
    """The virtual environment running these tests (the checkout's .venv)."""
    return Path(sys.prefix) if sys.prefix != sys.base_prefix else ROOT / ".venv"


@pytest.fixture(scope="session")
def book_copy(tmp_path_factory: pytest.TempPathFactory) -> BookCopy:
    """The project copied, then the README's steps up to ``make book``, each recorded. A step
    that fails stops here, with its output."""
    root = tmp_path_factory.mktemp("book-copy")
    for name in project_files():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, root / name)
    (root / ".venv").symlink_to(environment(), target_is_directory=True)
    copy = BookCopy(root)
    # 1. Write the article file.
    shutil.copy(ARTICLE, root / "data" / "articles" / f"{ARTICLE_ID}.md")
    steps = [
        ("validate", [".venv/bin/python", "-m", "newsframes", "validate"], 300),  # 2.
        ("unmatched names", [".venv/bin/python", "-c", UNMATCHED], 300),
        ("chapter", [*MAKE, "chapter", f"ID={ARTICLE_ID}"], 300),  # 3.
        ("book", [*MAKE, "book"], 2400),  # 4.
    ]
    for name, command, timeout in steps:
        step = copy.run(name, command, timeout)
        assert step.returncode == 0, f"{name}: {' '.join(command)}\n{step.output[-6000:]}"
    return copy
