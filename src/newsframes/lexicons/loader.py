"""One loader for every lexicon: find the file, parse its YAML, check its schema, and cache
the result on the file's content, so an edited file is re-read everywhere, at once.

Each lexicon module supplies only its schema: a function ``parse(path, doc)`` that turns
the parsed YAML into a validated, immutable lexicon or raises a :class:`LexiconError`
listing every problem (file, entry, fix).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from newsframes.errors import LexiconError, Problem
from newsframes.paths import lexicon_dir

T = TypeVar("T")
Schema = Callable[[Path, Any], T]

# Parsed lexicons by (schema, file, content): the bytes themselves are the key, because
# hashing and comparing them is several times faster than a cryptographic digest, and a
# lexicon is loaded on every analyser call. A handful of lexicons (tens of kB), a few
# variants each (a lesson's edited copy, a test's fixture): a small bound is plenty.
CACHE_SIZE = 64
_cache: OrderedDict[tuple[str, str, bytes], Any] = OrderedDict()
_lock = threading.Lock()


def lexicon_path(name: str, path: str | os.PathLike[str] | None = None) -> Path:
    """``path`` if given, else ``data/lexicons/<name>.yml``."""
    return Path(path) if path is not None else lexicon_dir() / f"{name}.yml"


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing or unreadable file is a :class:`LexiconError`."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", "does not exist", "create it or pass the right path")]
        ) from exc
    except IsADirectoryError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", "is a folder, not a file", "pass the YAML file")]
        ) from exc
    except OSError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", f"cannot be read ({exc.strerror})", "check the file")]
        ) from exc


def parse_yaml(path: Path, data: bytes) -> Any:
    """Parse YAML bytes safely; bad encoding or syntax is a :class:`LexiconError`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(
            [
                Problem(
                    path.name,
                    f"(encoding, byte {exc.start})",
                    "not valid UTF-8",
                    "re-save the file as UTF-8",
                )
            ]
        ) from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        reason = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(
            [Problem(path.name, where, f"not valid YAML: {reason}", "correct the YAML syntax")]
        ) from exc


def read_yaml(path: Path) -> Any:
    """Parse one YAML file (uncached); a missing file or bad YAML is a :class:`LexiconError`."""
    return parse_yaml(path, read_bytes(path))


def load(schema: Schema[T], file: Path) -> T:
    """``schema(file, yaml)`` for the file's current content, cached on that content.

    The file is read on every call (lexicons are small), so an edit is seen by the next
    call in every module; parsing and checking happen once per distinct content.
    """
    data = read_bytes(file)
    key = (f"{schema.__module__}.{schema.__qualname__}", os.path.abspath(file), data)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    value = schema(file, parse_yaml(file, data))
    with _lock:
        _cache[key] = value
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return value


def load_lexicon(name: str, schema: Schema[T], path: str | os.PathLike[str] | None = None) -> T:
    """The lexicon ``data/lexicons/<name>.yml`` (or ``path``), checked by ``schema``, cached."""
    return load(schema, lexicon_path(name, path))


def clear_cache() -> None:
    """Forget every parsed lexicon (the next load re-reads and re-checks each file)."""
    with _lock:
        _cache.clear()
