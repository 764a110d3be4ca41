"""The files of an articles folder: which are read (``*.md``), which are skipped (named in a
warning, never silently), and reading one, where every file-system failure (a link loop, a
dangling link, a folder, a pipe, no permission) is a Problem naming the file and the fix."""

from __future__ import annotations

import errno
import os
import stat
import warnings
from pathlib import Path

from newsframes.errors import Problem

SUFFIX = ".md"
_LINK_FIX = "point the link at the article file, or remove it"


class SkippedFileWarning(UserWarning):
    """A file or folder in an articles folder that is not read as an article."""


def is_ignored(name: str) -> bool:
    """Hidden files (``.DS_Store``, ``.gitkeep``) and the folder's README are not articles."""
    return name.startswith(".") or name.lower() == "readme.md"


def candidates(folder: Path) -> tuple[list[Path], list[Path]]:
    """``(articles, skipped)``: the folder's ``*.md`` entries, and its other files, by name.

    Subfolders are not read (they may hold outputs or drafts) and are not listed.
    """
    articles: list[Path] = []
    skipped: list[Path] = []
    for entry in sorted(folder.iterdir(), key=lambda path: path.name):
        if is_ignored(entry.name):
            continue
        if entry.name.endswith(SUFFIX):
            articles.append(entry)
        elif not entry.is_dir():
            skipped.append(entry)
    return articles, skipped


def article_files(folder: Path) -> list[Path]:
    """The ``*.md`` entries of ``folder``, by name; every other file is named in a
    :class:`SkippedFileWarning` with the fix."""
    articles, skipped = candidates(folder)
    for entry in skipped:
        problem = Problem(
            entry.name,
            "(file)",
            f"skipped: only {SUFFIX} files are read as articles",
            f"rename it to {entry.stem}{SUFFIX} if it is an article",
        )
        warnings.warn(SkippedFileWarning(str(problem)), stacklevel=3)
    return articles


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of every article file (-1 where it cannot be read):
    what makes a cached corpus stale."""
    if not folder.is_dir():
        return ()
    try:
        files = candidates(folder)[0]
    except OSError:
        return ()
    stamps = []
    for file in files:
        try:
            info = file.stat()
            stamps.append((file.name, info.st_mtime_ns, info.st_size))
        except OSError:
            stamps.append((file.name, -1, -1))
    return tuple(stamps)


def read_file(path: Path) -> bytes | Problem:
    """The bytes of one article file, or what keeps it from being read, with the fix."""
    name = path.name
    try:
        info = path.stat()
    except OSError as exc:
        return _unreachable(path, exc)
    if stat.S_ISDIR(info.st_mode):
        return Problem(
            name,
            "(file)",
            "a folder, not a file",
            f"rename the folder: a name ending in {SUFFIX} is read as an article",
        )
    if not stat.S_ISREG(info.st_mode):  # reading a named pipe would wait for ever
        return Problem(
            name,
            "(file)",
            f"not a regular file ({_kind(info.st_mode)})",
            "replace it with a file holding the article",
        )
    try:
        with path.open("rb") as handle:
            return handle.read()
    except PermissionError:
        return Problem(
            name,
            "(file)",
            "cannot be read: permission denied",
            f"give yourself read permission (chmod u+r {name})",
        )
    except OSError as exc:
        return _cannot_read(name, exc)


def _unreachable(path: Path, exc: OSError) -> Problem:
    """The problem with a path that cannot even be looked at."""
    if exc.errno == errno.ELOOP:
        return Problem(path.name, "(file)", "a symbolic link loop", _LINK_FIX)
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        target = os.readlink(path)
        return Problem(
            path.name, "(file)", f"a symbolic link to {target}, which does not exist", _LINK_FIX
        )
    return _cannot_read(path.name, exc)


def _cannot_read(name: str, exc: OSError) -> Problem:
    reason = (exc.strerror or type(exc).__name__).lower()
    return Problem(name, "(file)", f"cannot be read: {reason}", "check the file and the disk")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"
