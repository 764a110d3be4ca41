"""Where the project's data lives, found the same way from any working directory."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_ENV_VAR = "NEWSFRAMES_DATA"


def data_dir() -> Path:
    """The ``data/`` folder: $NEWSFRAMES_DATA, else the checkout this package sits in.

    Notebooks run from ``book/`` or ``lessons/`` and scripts from anywhere, so
    the location is derived from this file (editable install), then from the
    working directory and its parents, never from the working directory alone.
    """
    override = os.environ.get(_ENV_VAR)
    if override:
        return Path(override).expanduser().resolve()
    beside_package = _data_beside_package()
    if beside_package is not None:
        return beside_package
    cwd = Path.cwd().resolve()
    for root in [cwd, *cwd.parents]:
        if (root / "data" / "articles").is_dir():
            return root / "data"
    raise FileNotFoundError(
        "Cannot find the data/ folder (looked beside the package and above "
        f"{cwd}). Fix: run from inside the Crossing Lines checkout or set {_ENV_VAR}."
    )


@lru_cache(maxsize=1)
def _data_beside_package() -> Path | None:
    """``data/`` of the checkout this package sits in (editable install), if it has one.

    Looked up once: lexicons are located on every load, and resolving paths is slow.
    """
    root = Path(__file__).resolve().parents[2]
    return root / "data" if (root / "data" / "articles").is_dir() else None


def articles_dir() -> Path:
    """``data/articles``: one Markdown file per article."""
    return data_dir() / "articles"


def lexicon_dir() -> Path:
    """``data/lexicons``: the YAML lexicons that drive the analysis."""
    return data_dir() / "lexicons"


def resolve(path: str | os.PathLike[str] | None, default: Path) -> Path:
    """A user-given path, or the default; relative paths are taken from the project root."""
    if path is None:
        return default
    given = Path(path).expanduser()
    if given.is_absolute() or given.exists():
        return given.resolve()
    from_root = data_dir().parent / given
    return from_root.resolve() if from_root.exists() else given.resolve()
