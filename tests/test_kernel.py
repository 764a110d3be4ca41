"""Every notebook names the project's kernel, and the kernel it names is the one
``make setup`` installs into .venv (and Binder's postBuild): same name, same display name,
and it runs this environment's Python, where the package is installed."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from newsframes.book.kernel import DISPLAY_NAME, KERNELSPEC, NAME, put_kernelspec

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    [
        *ROOT.glob("book/*.ipynb"),
        *ROOT.glob("lessons/*.ipynb"),
        *ROOT.glob("lessons/student/*.ipynb"),
    ]
)
INSTALL = re.compile(r"ipykernel install (?P<args>.+?)(?:\s*>|$)", re.MULTILINE)


def installed_kernels() -> dict[str, dict[str, object]]:
    """``jupyter kernelspec list --json`` as the project's environment sees it."""
    jupyter = Path(sys.executable).with_name("jupyter")
    listed = subprocess.run(
        [str(jupyter), "kernelspec", "list", "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(listed.stdout)["kernelspecs"]


def install_arguments(text: str) -> list[str]:
    """The arguments of the one ``ipykernel install`` line in ``text``."""
    (line,) = [match["args"] for match in INSTALL.finditer(text)]
    return shlex.split(line)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_notebook_names_the_project_kernel(path: Path) -> None:
    spec = nbformat.read(path, as_version=4).metadata.get("kernelspec")
    assert spec == KERNELSPEC, f"run `make lessons`: {path.relative_to(ROOT)} names {spec}"


def test_the_stored_kernelspec_is_the_installed_kernel() -> None:
    kernels = installed_kernels()
    assert NAME in kernels, f"no kernel {NAME} in .venv: run `make setup`"
    spec = kernels[NAME]["spec"]
    assert isinstance(spec, dict)
    assert spec["display_name"] == DISPLAY_NAME and spec["language"] == KERNELSPEC["language"]
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve(), (
        "the kernel runs another Python than the project's environment: run `make setup`"
    )
    assert Path(kernels[NAME]["resource_dir"]).is_relative_to(Path(sys.prefix)), (
        "the kernel is not installed in the environment (--sys-prefix)"
    )


@pytest.mark.parametrize("installer", ["Makefile", "postBuild"])
def test_setup_and_binder_install_the_kernel_the_notebooks_name(installer: str) -> None:
    arguments = install_arguments((ROOT / installer).read_text(encoding="utf-8"))
    assert sorted(arguments) == sorted(
        ["--sys-prefix", "--name", NAME, "--display-name", DISPLAY_NAME]
    )
    assert arguments[arguments.index("--name") + 1] == NAME
    assert arguments[arguments.index("--display-name") + 1] == DISPLAY_NAME


def test_put_kernelspec_changes_only_a_notebook_naming_another() -> None:
    notebook = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )
    assert put_kernelspec(notebook) and notebook.metadata["kernelspec"] == KERNELSPEC
    assert not put_kernelspec(notebook)
