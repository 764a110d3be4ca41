"""Paths a user gives: taken from their working folder, checked before anything is read or
written, and every file-system failure turned into one line naming the path and the fix.

Tests run as root, for whom a read-only folder is writable: a read-only folder and a full
disk are simulated by making the file-system calls raise what the system would.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from newsframes.__main__ import main
from newsframes.analysers import registry
from newsframes.corpus.articles import load_corpus
from newsframes.paths import PathError, articles_dir, existing_folder, resolve, writable_folder
from newsframes.pipeline import analyze, analyze_chunk, iter_analyze, worker_count, write_csv

TABLE_FILES = sorted(
    f"{name}.csv" for name in ("articles", *registry.table_names(), *registry.summary_names())
)


def fail_inside(
    monkeypatch: pytest.MonkeyPatch, folder: Path, error: OSError, *, when: str = ""
) -> None:
    """Make creating, opening for writing and renaming anything in ``folder`` (whose name
    holds ``when``) raise ``error``, as a read-only folder or a full disk would."""
    inside = str(folder)

    def hit(path: Any) -> bool:
        name = os.fspath(path) if isinstance(path, str | os.PathLike) else ""
        return name.startswith(inside) and when in os.path.basename(name)

    def writing(mode: Any) -> bool:
        return any(c in str(mode) for c in "wax+")

    def guard(original: Callable[..., Any], paths: Callable[..., list[Any]]) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if any(hit(p) for p in paths(*args, **kwargs)):
                raise type(error)(error.errno, error.strerror, os.fspath(args[0]))
            return original(*args, **kwargs)

        return guarded

    def opened(file: Any, mode: Any = "r", *args: Any, **kwargs: Any) -> list[Any]:
        return [file] if writing(mode) else []

    def os_opened(file: Any, flags: int, *args: Any, **kwargs: Any) -> list[Any]:
        return [file] if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) else []

    monkeypatch.setattr(builtins, "open", guard(builtins.open, opened))
    monkeypatch.setattr(io, "open", guard(io.open, opened))
    monkeypatch.setattr(os, "open", guard(os.open, os_opened))
    monkeypatch.setattr(os, "mkdir", guard(os.mkdir, lambda p, *a, **k: [p]))
    monkeypatch.setattr(os, "replace", guard(os.replace, lambda s, d, *a, **k: [s, d]))
    monkeypatch.setattr(os, "rename", guard(os.rename, lambda s, d, *a, **k: [s, d]))


READ_ONLY = PermissionError(errno.EACCES, "Permission denied")
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def stale(tmp_path: Path) -> Path:
    """An output folder holding every table from an earlier run."""
    out = tmp_path / "results"
    out.mkdir()
    for name in TABLE_FILES:
        (out / name).write_text("an earlier run\n", encoding="utf-8")
    return out


def untouched(out: Path) -> bool:
    """Every table of ``stale`` still holds the earlier run, and nothing else was left."""
    names = sorted(p.name for p in out.iterdir())
    texts = {p.read_text(encoding="utf-8") for p in out.iterdir()}
    return names == TABLE_FILES and texts == {"an earlier run\n"}


# ------------------------------------------------------------------ paths the user types


def test_a_relative_path_is_taken_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # It used to fall back to the project's own data/articles when the folder was missing.
    assert resolve("data/articles", articles_dir()) == tmp_path / "data" / "articles"
    assert resolve("../x", articles_dir()) == tmp_path.parent / "x"


def test_no_path_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve(None, articles_dir()) == articles_dir()
    # the package's own data is found from any folder (the five reports and any added one)
    assert len(load_corpus()) == len(list(articles_dir().glob("*.md"))) >= 5


def test_load_corpus_does_not_read_the_project_for_a_missing_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValueError, match=re.escape(str(tmp_path / "data" / "articles"))):
        load_corpus("data/articles")


@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        (lambda tmp: tmp / "missing", ["no such folder", "taken from the folder you run in"]),
        (lambda tmp: _file(tmp / "one.md"), ["is a file, not a folder", "the one it is in"]),
        (lambda tmp: _link(tmp / "gone", tmp / "moved"), ["link to", "moved", "does not exist"]),
        (lambda tmp: _loop(tmp / "a", tmp / "b"), ["symbolic link loop"]),
        (lambda tmp: _file(tmp / "one.md") / "sub", ["one.md is a file"]),
    ],
    ids=["missing", "a file", "dangling link", "link loop", "inside a file"],
)
def test_an_unusable_input_folder_is_named_with_the_fix(
    tmp_path: Path, make: Callable[[Path], Path], fragments: list[str]
) -> None:
    path = make(tmp_path)
    with pytest.raises(PathError) as raised:
        existing_folder(path, holds="the .md articles")
    line = str(raised.value)
    assert line.startswith(f"{path}: ")
    assert "\n" not in line and "Fix: " in line
    for fragment in fragments:
        assert fragment in line


def test_an_unreadable_input_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == str(tmp_path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(PathError, match=r"cannot be read: permission denied\. Fix: "):
        existing_folder(tmp_path, holds="the .md articles")


def _file(path: Path) -> Path:
    path.write_text("text", encoding="utf-8")
    return path


def _link(path: Path, target: Path) -> Path:
    path.symlink_to(target)
    return path


def _loop(path: Path, other: Path) -> Path:
    path.symlink_to(other)
    other.symlink_to(path)
    return path


# ------------------------------------------------------------------ the output folder


def test_a_missing_output_folder_is_created(tmp_path: Path) -> None:
    out = tmp_path / "new" / "results"
    assert writable_folder(out) == out
    assert out.is_dir() and list(out.iterdir()) == []  # the write check leaves nothing behind


@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        (lambda tmp: _file(tmp / "results"), ["is a file, not a folder"]),
        (lambda tmp: _file(tmp / "notes.txt") / "results", ["notes.txt is a file"]),
        (lambda tmp: _loop(tmp / "a", tmp / "b"), ["symbolic link loop"]),
    ],
    ids=["a file", "inside a file", "link loop"],
)
def test_an_unusable_output_folder_is_named_with_the_fix(
    tmp_path: Path, make: Callable[[Path], Path], fragments: list[str]
) -> None:
    path = make(tmp_path)
    with pytest.raises(PathError) as raised:
        writable_folder(path)
    line = str(raised.value)
    assert line.startswith(f"{path}: ") and "\n" not in line and "Fix: " in line
    for fragment in fragments:
        assert fragment in line


def test_an_output_folder_that_cannot_be_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_inside(monkeypatch, tmp_path, READ_ONLY)
    with pytest.raises(PathError, match=r"cannot be created: permission denied\. Fix: "):
        writable_folder(tmp_path / "results")


def test_a_read_only_output_folder(stale: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fail_inside(monkeypatch, stale, READ_ONLY)
    with pytest.raises(PathError, match=r"cannot be written: permission denied\. Fix: "):
        writable_folder(stale)


def test_analyze_into_a_read_only_folder_writes_nothing(
    stale: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 6 tables used to be rewritten and 7 left from the earlier run, then a traceback.
    fail_inside(monkeypatch, stale, READ_ONLY)
    assert main(["analyze", "--out", str(stale), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(f"{stale}: cannot be written: permission denied. Fix: ")
    monkeypatch.undo()
    assert untouched(stale)


def test_a_write_failing_half_way_leaves_the_earlier_tables(
    stale: Path, monkeypatch: pytest.MonkeyPatch, corpus: pd.DataFrame
) -> None:
    # The disk fills up at the seventh table: no mix of new and old tables, no partial files.
    fail_inside(monkeypatch, stale, DISK_FULL, when="frames.csv")
    with pytest.raises(PathError) as raised:
        write_csv(corpus, stale, chunk_size=2)
    line = str(raised.value)
    assert "frames.csv" in line and "the disk is full" in line and "Fix: " in line
    monkeypatch.undo()
    assert untouched(stale)


def test_analysis_to_csv_checks_its_folder(tmp_path: Path) -> None:
    analysis = analyze_chunk(pd.DataFrame({"id": ["mine"], "text": ["Rebels said so."]}))
    with pytest.raises(PathError, match="is a file, not a folder"):
        analysis.to_csv(_file(tmp_path / "results"))
    (tmp_path / "out" / "labels.csv").mkdir(parents=True)
    with pytest.raises(PathError, match=r"labels\.csv: is a folder"):
        analysis.to_csv(tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["labels.csv"]


def test_a_table_written_again_replaces_the_earlier_one(stale: Path, corpus: pd.DataFrame) -> None:
    write_csv(corpus, stale)
    assert sorted(p.name for p in stale.iterdir()) == TABLE_FILES
    assert len(pd.read_csv(stale / "articles.csv")) == 5


# ------------------------------------------------------------------ workers


@pytest.mark.parametrize("workers", [0, -3])
def test_fewer_than_one_worker_is_an_error(
    workers: int, corpus: pd.DataFrame, tmp_path: Path
) -> None:
    # These used to run silently in one process.
    message = f"workers must be at least 1, not {workers}"
    with pytest.raises(ValueError, match=message):
        analyze(corpus, workers=workers)
    with pytest.raises(ValueError, match=message):
        iter_analyze(corpus, workers=workers)
    with pytest.raises(ValueError, match=message):
        write_csv(corpus, tmp_path / "out", workers=workers)
    assert not (tmp_path / "out").exists()


def test_workers_are_capped_by_the_chunks_and_the_cores() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert cores is not None
    assert worker_count(1000, articles=5, chunk_size=100) == 1
    assert worker_count(1000, articles=5, chunk_size=2) == min(3, cores)
    assert worker_count(1000, articles=100_000, chunk_size=100) == cores
    assert worker_count(1, articles=100_000, chunk_size=100) == 1
    assert worker_count(3, articles=0, chunk_size=100) == 1
