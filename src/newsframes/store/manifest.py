"""The manifest a run writes last (``<out>/manifest.json``): what was read (the input and a
digest of its files' names, sizes and modification times), with which package and lexicon
versions (a SHA-256 of every lexicon and of the boilerplate rules), the rows of each table,
the time taken, the engine and its workers. Written atomically, so it is whole or absent.
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from collections.abc import Iterable, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from newsframes.lexicons.boilerplate import default_rules_path
from newsframes.paths import lexicon_dir
from newsframes.store.partition_files import atomic_write

MANIFEST_NAME = "manifest.json"


def write_manifest(
    out: Path,
    *,
    source: Any,
    counts: Mapping[str, int],
    seconds: float,
    engine: str,
    workers: int | None,
    package_version: str | None = None,
    lexicon_digests: Mapping[str, str] | None = None,
    **extra: Any,
) -> Path:
    """Write ``<out>/manifest.json``; its path. ``source`` is a
    :class:`~newsframes.corpus.sources.Source` (or a description of the input as a dict);
    the package version and lexicon digests default to those in use here."""
    described = source.describe() if hasattr(source, "describe") else dict(source)
    files = [Path(p) for p in described.get("files", [])]
    manifest = {
        "input": {**described, "digest": input_digest(files)},
        "package": {"name": "newsframes", "version": package_version or installed_version()},
        "python": platform.python_version(),
        "lexicons": dict(lexicon_digests) if lexicon_digests is not None else lexicon_digest(),
        "counts": dict(counts),
        "seconds": round(float(seconds), 3),
        "engine": engine,
        "workers": workers,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **extra,
    }
    path = Path(out) / MANIFEST_NAME
    text = json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n"
    atomic_write(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    return path


def read_manifest(out: Path) -> dict[str, Any]:
    """The manifest of the run in ``out``."""
    manifest: dict[str, Any] = json.loads((Path(out) / MANIFEST_NAME).read_text("utf-8"))
    return manifest


def installed_version() -> str:
    """The installed version of the newsframes package."""
    try:
        return version("newsframes")
    except PackageNotFoundError:
        return "unknown"


def lexicon_digest(folder: Path | None = None) -> dict[str, str]:
    """SHA-256 of every lexicon file and of the boilerplate rules, by file name: the
    content the analysis ran with (an edited lexicon changes the numbers)."""
    files = [*sorted((folder or lexicon_dir()).glob("*.yml")), default_rules_path()]
    return {path.name: _sha256(path.read_bytes()) for path in files if path.is_file()}


def input_digest(paths: Iterable[Path]) -> str:
    """SHA-256 of the name, size and modification time of every input file (the files of a
    folder, for a folder): it changes when a file is added, removed or rewritten."""
    digest = hashlib.sha256()
    for path in sorted(_files(paths)):
        try:
            info = path.stat()
            stamp = f"{path}\t{info.st_size}\t{info.st_mtime_ns}\n"
        except OSError:
            stamp = f"{path}\tunreadable\n"
        digest.update(stamp.encode("utf-8", errors="surrogateescape"))
    return "sha256:" + digest.hexdigest()


def _files(paths: Iterable[Path]) -> Iterable[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()
