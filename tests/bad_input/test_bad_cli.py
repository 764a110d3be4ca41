"""The command line run as a user runs it: from their own folder, with paths and counts that
are wrong. Every failure is one line naming the path and the fix, exit status 2, no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsframes.analysers import registry
from newsframes.paths import articles_dir

TABLES = ["articles", *registry.table_names(), *registry.summary_names()]
# Beside the tables' folders: the completion markers, the run's plan and its manifest.
RUN_FILES = ["_partitions", "_run.json", "manifest.json"]


def newsframes(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m newsframes ARGS`` with the project's interpreter, run in ``cwd``."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSFRAMES_DATA"}
    return subprocess.run(
        [sys.executable, "-m", "newsframes", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def one_line_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """The single line on stderr of a run that stopped with status 2, holding ``fragments``."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    [line] = lines
    assert "Fix: " in line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line


def usage_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """A run refused by the argument parser: status 2, its usage line, the reason; no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert result.stderr.startswith("usage: newsframes analyze")
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


# ------------------------------------------------------------------ the folder of articles


@pytest.mark.parametrize("command", ["validate", "analyze"])
def test_a_relative_folder_is_looked_for_where_the_user_runs(tmp_path: Path, command: str) -> None:
    # From a folder without data/articles, the project's own articles were checked instead.
    result = newsframes(command, "data/articles", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "data" / "articles"), "no such folder")
    assert "OK" not in result.stdout
    assert list(tmp_path.iterdir()) == []  # nothing written either (no out/)


def test_a_relative_folder_that_exists_is_the_one_checked(
    tmp_path: Path, real_articles_dir: Path
) -> None:
    mine = tmp_path / "data" / "articles"
    mine.mkdir(parents=True)
    for name in sorted(p.name for p in real_articles_dir.glob("*.md"))[:2]:
        shutil.copy(real_articles_dir / name, mine / name)
    result = newsframes("validate", "data/articles", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 2 articles")


def test_an_article_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text("---\nid: one\n---\nText.\n", encoding="utf-8")
    result = newsframes("validate", "one.md", cwd=tmp_path)
    line = one_line_failure(result, str(tmp_path / "one.md"), "is a file, not a folder")
    assert str(tmp_path) in line.split("Fix: ")[1]  # the fix names the folder it is in


def test_an_article_folder_that_is_a_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "articles").symlink_to(tmp_path / "moved-away")
    result = newsframes("validate", "articles", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "articles"), "link", str(tmp_path / "moved-away"))


def test_an_article_folder_that_is_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = newsframes("analyze", "a", "--out", "out", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "a"), "loop")
    assert not (tmp_path / "out").exists()


def test_a_missing_lessons_folder(tmp_path: Path) -> None:
    result = newsframes("lessons", "lessons", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "lessons"), "no such folder")


# ------------------------------------------------------------------ --out


def test_out_is_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "results").write_text("keep me", encoding="utf-8")
    result = newsframes("analyze", "--out", "results", "--quiet", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "results"), "is a file, not a folder")
    assert (tmp_path / "results").read_text(encoding="utf-8") == "keep me"


def test_out_inside_a_file(tmp_path: Path) -> None:
    # Cannot be created even by root: a part of the path is a file.
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    result = newsframes("analyze", "--out", "notes.txt/results", "--quiet", cwd=tmp_path)
    one_line_failure(result, str(tmp_path / "notes.txt" / "results"), "notes.txt is a file")


def test_out_where_a_table_would_go_is_a_file(tmp_path: Path) -> None:
    # Each table is a folder of partitions (mentions/part-00000.parquet, ...).
    out = tmp_path / "results"
    out.mkdir()
    (out / "mentions").write_text("keep me", encoding="utf-8")
    result = newsframes("analyze", "--out", "results", "--quiet", cwd=tmp_path)
    one_line_failure(result, str(out / "mentions"), "is a file")
    assert [p.name for p in out.iterdir()] == ["mentions"]  # no table half-written


def test_out_that_does_not_exist_is_created(tmp_path: Path) -> None:
    result = newsframes("analyze", "--out", "new/results", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "new" / "results"
    assert {p.name for p in out.iterdir()} == {*TABLES, *RUN_FILES}
    for name in TABLES:  # the project's articles are one partition
        assert [p.name for p in (out / name).iterdir()] == ["part-00000.parquet"]


# ------------------------------------------------------------------ --workers


@pytest.mark.parametrize("count", ["0", "-3", "two", "1.5"])
def test_workers_below_one_or_not_a_count_is_refused(tmp_path: Path, count: str) -> None:
    # Zero and negative counts used to run silently in one process.
    result = newsframes("analyze", "--out", "out", "--workers", count, cwd=tmp_path)
    usage_failure(result, "--workers", "a whole number of at least 1", repr(count))
    assert not (tmp_path / "out").exists()


def test_workers_far_above_the_articles_are_capped_with_a_note(tmp_path: Path) -> None:
    result = newsframes("analyze", "--out", "out", "--workers", "1000", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [note] = result.stderr.strip().splitlines()
    assert note.startswith("note: --workers 1000: using 1 process")
    assert f"{len(list(articles_dir().glob('*.md')))} articles" in note  # the project's own
    assert {p.name for p in (tmp_path / "out").iterdir()} == {*TABLES, *RUN_FILES}


def test_a_skipped_file_is_one_note_line(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(articles_dir() / "itv-2014-khateeb.md", folder)
    (folder / "notes.txt").write_text("not an article\n", encoding="utf-8")
    result = newsframes("validate", "articles", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 1 article and all lexicons valid;"), result.stdout
    assert result.stderr.splitlines() == [
        "note: notes.txt: (file): skipped: only .md files are read as articles. "
        "Fix: rename it to notes.md if it is an article"
    ]
