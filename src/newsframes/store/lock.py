"""One run at a time per output folder: a lock file naming its holder (process, host, start).

A second run into the same folder is refused with a message naming the holder. A lock left
by a run that died on this host (its process is gone) is taken over, with a warning that
says so; a lock from another host is never guessed stale, since its process cannot be seen.
"""

from __future__ import annotations

import json
import os
import socket
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsframes.paths import PathError, write_error

LOCK_NAME = ".newsframes.lock"


class OutputLocked(PathError):
    """Another run is writing into the output folder."""


class StaleLockWarning(UserWarning):
    """The lock of a run that died was taken over."""


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the lock of ``out`` (created if missing) while the block runs."""
    out = Path(out)
    lock = out / LOCK_NAME
    mine = {"pid": os.getpid(), "host": socket.gethostname(), "started": _now()}
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(out, error) from None
    _acquire(lock, mine)
    try:
        yield
    finally:
        if _holder(lock) == mine:
            lock.unlink(missing_ok=True)


def _acquire(lock: Path, mine: dict[str, Any]) -> None:
    for _attempt in range(5):
        if _create(lock, mine):
            return
        holder = _holder(lock)
        if holder is None and not lock.exists():
            continue  # released meanwhile: try again
        if not _stale(holder):
            raise _refusal(lock, holder)
        aside = lock.with_name(f"{LOCK_NAME}.stale.{os.getpid()}")
        try:
            os.replace(lock, aside)  # only one of several runs taking over gets it
        except FileNotFoundError:
            continue
        taken = _holder(aside)
        aside.unlink(missing_ok=True)
        if taken != holder:  # a live run's fresh lock was moved: put it back and refuse
            raise _refusal(lock, taken)
        assert holder is not None
        warnings.warn(
            StaleLockWarning(
                f"{lock}: took over the lock of run {holder['pid']} on {holder['host']} "
                f"(started {holder['started']}), which is no longer running"
            ),
            stacklevel=4,
        )
    raise _refusal(lock, _holder(lock))


def _create(lock: Path, mine: dict[str, Any]) -> bool:
    """Create ``lock`` holding ``mine`` in one step (link of a complete file): True if created."""
    temporary = lock.with_name(f"{LOCK_NAME}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(mine), encoding="utf-8")
        os.link(temporary, lock)
        return True
    except FileExistsError:
        return False
    except OSError as error:
        raise write_error(lock, error) from None
    finally:
        temporary.unlink(missing_ok=True)


def _holder(lock: Path) -> dict[str, Any] | None:
    try:
        holder = json.loads(lock.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return holder if isinstance(holder, dict) else None


def _stale(holder: dict[str, Any] | None) -> bool:
    """The holder ran on this host and its process is gone."""
    if holder is None or holder.get("host") != socket.gethostname():
        return False
    pid = holder.get("pid")
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _refusal(lock: Path, holder: dict[str, Any] | None) -> OutputLocked:
    if holder is None:
        who = "a run whose lock file cannot be read"
    else:
        who = f"run {holder.get('pid')} on {holder.get('host')}, started {holder.get('started')}"
    return OutputLocked(
        lock.parent,
        f"another run is writing here ({who})",
        f"wait for it to finish, or write to another --out; if that run is not running, "
        f"remove {lock}",
    )


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
