"""The package's layers import one way only (the contract in pyproject.toml's
[tool.importlinter]): a lower layer that imports a higher one breaks the build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with the project's contract on the package found in ``package_parent``."""
    env = {**os.environ, "PYTHONPATH": str(package_parent), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_the_package_keeps_its_layers() -> None:
    result = lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_an_import_from_a_higher_layer_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "newsframes"
    shutil.copytree(ROOT / "src" / "newsframes", copy, ignore=shutil.ignore_patterns("__pycache__"))
    loader = copy / "lexicons" / "loader.py"
    loader.write_text(loader.read_text(encoding="utf-8") + "\nimport newsframes.pipeline\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout
    assert "newsframes.lexicons.loader -> newsframes.pipeline" in result.stdout
    assert "0 kept, 1 broken" in result.stdout
