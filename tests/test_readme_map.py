"""The README's module map and the package tree say the same thing, in the layers' order."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsframes"


def module_map() -> str:
    """The lines of the README's layout block that describe src/newsframes/."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("src/newsframes/ ")
    return readme[start : readme.index("\ntests/ ", start)]


def modules() -> set[str]:
    """Every module and subpackage of the package, by its own name."""
    names = {p.stem for p in PACKAGE.rglob("*.py") if p.stem != "__init__"}
    names = {re.sub(r"^lesson_\d\d$", "lesson_NN", name) for name in names}
    return names | {p.name for p in PACKAGE.rglob("*") if (p / "__init__.py").is_file()}


def test_every_module_is_in_the_map_and_every_name_in_the_map_exists() -> None:
    text = module_map()
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
    missing = sorted(m for m in modules() if m not in words)
    assert not missing, f"modules the README's map does not name: {missing}"
    folders = set(re.findall(r"^\s+([a-z_]+)/", text, re.MULTILINE))
    assert folders, "the map lists no folders"
    for folder in folders:
        assert (PACKAGE / folder).is_dir() or any(p.is_dir() for p in PACKAGE.rglob(folder)), (
            f"the README names a folder the package does not have: {folder}/"
        )


def test_the_map_lists_the_layers_in_the_contract_order() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    layers = [layer.split(".")[-1] for layer in contract["layers"] if "|" not in layer]
    bottom_up = [name.removesuffix(".py") for name in reversed(layers)]
    lines = [line.split()[0] for line in module_map().splitlines()[1:] if line.startswith("  ")]
    listed = [line.rstrip("/").removesuffix(".py") for line in lines]
    order = [name for name in listed if name in bottom_up]
    assert order == bottom_up, f"README order {order} differs from the contract {bottom_up}"
