"""The loader reads a lexicon again only when the file's status says it may have changed.

Some analysers ask for a small lexicon once per sentence; reading and hashing the file
each time cost about 5% of a corpus run. A file whose status (inode, size, times) is the
same as when it was read, and was then settled (its last change SETTLED_NS old), is not
read again; anything else is read and known by its content, as before.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsframes.errors import LexiconError
from newsframes.lexicons import loader
from newsframes.lexicons.stopwords import load_stopwords


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The files the loader reads from now on, one entry per read."""
    loader.clear_cache()
    done: list[Path] = []
    real = loader.read_bytes

    def counted(path: Path) -> bytes:
        done.append(path)
        return real(path)

    monkeypatch.setattr(loader, "read_bytes", counted)
    yield done
    loader.clear_cache()


def write(path: Path, words: list[str]) -> Path:
    path.write_text("stopwords:\n" + "".join(f"  - {w}\n" for w in words), encoding="utf-8")
    return path


def test_a_settled_unchanged_file_is_read_once(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "SETTLED_NS", 0)
    path = write(tmp_path / "stopwords.yml", ["the", "a"])
    first = load_stopwords(path)
    assert load_stopwords(path) is first
    assert load_stopwords(path) is first
    assert reads == [path]


def test_a_file_changed_too_recently_is_read_every_time(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Within the file system's clock tick a write may keep every time of the file.
    monkeypatch.setattr(loader, "SETTLED_NS", 10**18)
    path = write(tmp_path / "stopwords.yml", ["the", "a"])
    first = load_stopwords(path)
    assert load_stopwords(path) is first  # the same content, so the same lexicon
    assert reads == [path, path]


def test_a_changed_status_is_read_again_and_known_by_content(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "SETTLED_NS", 0)
    path = write(tmp_path / "stopwords.yml", ["the", "a"])
    first = load_stopwords(path)
    write(path, ["the", "a", "an"])
    second = load_stopwords(path)
    assert second != first and "an" in second
    assert len(reads) == 2
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))  # touched, not edited
    assert load_stopwords(path) is second
    assert len(reads) == 3


def test_the_same_file_under_two_schemas_is_two_entries(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "SETTLED_NS", 0)
    path = write(tmp_path / "stopwords.yml", ["the"])

    def count_words(file: Path, doc: dict[str, list[str]]) -> int:
        return len(doc["stopwords"])

    assert loader.load(count_words, path) == 1
    assert load_stopwords(path) == frozenset({"the"})
    assert loader.load(count_words, path) == 1
    assert len(reads) == 2


def test_a_missing_file_is_still_named(tmp_path: Path, reads: list[Path]) -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        load_stopwords(tmp_path / "missing.yml")


def test_a_held_block_reads_each_lexicon_once_and_sees_an_edit_after_it(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "stopwords.yml", ["alpha"])
    looked: list[str] = []
    real_status = loader._status

    def counted_status(where: str) -> loader.FileStatus | None:
        looked.append(where)
        return real_status(where)

    monkeypatch.setattr(loader, "_status", counted_status)
    with loader.held_lexicons():
        assert "alpha" in load_stopwords(path)
        write(path, ["beta"])
        for _ in range(5):  # no status check, no read: the block's version stays
            assert "alpha" in load_stopwords(path)
    assert len(reads) == 1
    assert len(looked) <= 2  # the first load's checks only, none for the five after
    assert "beta" in load_stopwords(path)  # after the block the edit is read


def test_a_touched_file_gives_the_same_lexicon_after_the_content_cache_let_it_go(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Other files' edits fill the content cache; the touched file's content is unchanged,
    # so every reader (an analyser, the catalogue) still shares one object.
    monkeypatch.setattr(loader, "SETTLED_NS", 0)
    path = write(tmp_path / "stopwords.yml", ["the", "a"])
    first = load_stopwords(path)
    other = tmp_path / "other.yml"
    for n in range(loader.CACHE_SIZE + 1):
        load_stopwords(write(other, [f"word{n}"]))
    assert not any(key[1] == str(path) for key in loader._cache)  # let go of by content
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))  # touched, not edited
    assert load_stopwords(path) is first
    write(path, ["the", "an"])
    assert "an" in load_stopwords(path)  # an edit is still seen
