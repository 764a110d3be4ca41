"""Where the project's data lives (found the same way from any working directory), and the
checks on the paths a user gives: each problem one line naming the path and the fix."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
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


class PathError(ValueError):
    """A path that cannot be used: which one, what is wrong and the fix, on one line."""

    def __init__(self, path: str | os.PathLike[str], problem: str, fix: str) -> None:
        self.path = os.fspath(path)
        self.problem = problem
        self.fix = fix
        super().__init__(f"{self.path}: {problem}. Fix: {fix}")


def resolve(path: str | os.PathLike[str] | None, default: Path) -> Path:
    """A path the user gave, taken from the working folder; ``default`` when none was given.

    A relative path means what it means in the user's shell: it is never replaced by the
    project's own data, even when it names nothing there (only the defaults are found from
    any folder). Symbolic links are kept, so messages name the path as given.
    """
    return default if path is None else given(path)


def given(path: str | os.PathLike[str]) -> Path:
    """``path`` as typed in a shell, made absolute from the working folder (``~`` expanded)."""
    return Path(os.path.abspath(Path(path).expanduser()))


def existing_folder(path: Path, *, holds: str) -> Path:
    """``path`` if it is a folder that can be listed, else a :class:`PathError` saying why.

    ``holds`` says what the folder should contain ("the .md articles"), for the fix.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise _unreachable(path, error, f"give a folder that holds {holds}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise PathError(
            path,
            "is a file, not a folder",
            f"give a folder that holds {holds}, such as the one it is in: {path.parent}",
        )
    try:
        with os.scandir(path):
            pass
    except OSError as error:
        raise PathError(
            path,
            f"cannot be read: {reason(error)}",
            "make it readable (chmod u+rx) or copy its files to a folder you can read",
        ) from None
    return path


def writable_folder(path: Path) -> Path:
    """``path`` as a folder new files can be written to, created if missing.

    Checked before any output is written, so that a run that cannot write stops at once
    instead of leaving some files new and others from an earlier run.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a link to nothing: creating it would go elsewhere
            raise _dangling(path, "point the link at a folder, or give the folder itself") from None
        _create(path)
    except OSError as error:
        raise _unreachable(path, error, "give a folder you can write to") from None
    else:
        if not stat.S_ISDIR(info.st_mode):
            raise PathError(
                path,
                "is a file, not a folder",
                "give a folder for the output (a missing one is created), or move the file",
            )
    try:
        handle, probe = tempfile.mkstemp(dir=path, prefix=".newsframes-write-check-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise PathError(path, f"cannot be written: {reason(error)}", _WRITE_FIX) from None
    return path


def write_error(path: Path, error: OSError) -> PathError:
    """A failed write to ``path`` as a :class:`PathError` with the reason and the fix."""
    fix = _FULL_FIX if error.errno in (errno.ENOSPC, errno.EDQUOT) else _WRITE_FIX
    return PathError(path, f"cannot be written: {reason(error)}", fix)


def reason(error: OSError) -> str:
    """Why the system refused, in a few plain words."""
    known = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the file system is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.ELOOP: "a symbolic link loop",
        errno.ENOENT: "it does not exist",
    }
    if error.errno in known:
        return known[error.errno]
    return (error.strerror or str(error) or type(error).__name__).lower()


_WRITE_FIX = "choose a folder you can write to, or make this one writable (chmod u+w)"
_FULL_FIX = "free some space, or choose a folder on another disk"


def _create(path: Path) -> None:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as error:
        if error.errno in (errno.ENOTDIR, errno.ELOOP, errno.EEXIST):
            raise _unreachable(path, error, "give a folder you can write to") from None
        raise PathError(
            path,
            f"cannot be created: {reason(error)}",
            "choose a folder you can write to, or create this one with write access",
        ) from None


def _unreachable(path: Path, error: OSError, fix: str) -> PathError:
    """Why ``path`` (which ``os.stat`` refused with ``error``) cannot be reached."""
    if error.errno == errno.ELOOP:
        return PathError(
            path, "is a symbolic link loop", f"point the link at a real folder, or {fix}"
        )
    blocking = _first_file_above(path)
    if blocking is not None:
        return PathError(
            path, f"cannot be a folder: {blocking} is a file", f"{fix}, not inside a file"
        )
    if error.errno == errno.ENOENT:
        if os.path.islink(path):
            return _dangling(path, f"point the link at an existing folder, or {fix}")
        return PathError(
            path,
            "no such folder",
            f"check the path; a relative path is taken from the folder you run in ({Path.cwd()})",
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return PathError(
            path, "cannot be reached: permission denied", f"ask for access to it, or {fix}"
        )
    return PathError(path, f"cannot be used: {reason(error)}", fix)


def _dangling(path: Path, fix: str) -> PathError:
    target = os.readlink(path)
    return PathError(path, f"is a symbolic link to {target}, which does not exist", fix)


def _first_file_above(path: Path) -> Path | None:
    """The nearest folder in ``path`` above it that is in fact a file, if there is one."""
    for above in reversed(path.parents):
        try:
            if not stat.S_ISDIR(os.stat(above).st_mode):
                return above
        except OSError:
            return None
    return None
