"""What a corpus location is: a folder of ``.md`` articles or ``.txt`` files, or one or more
CSV, JSON Lines or Parquet files (a file, a glob, or a folder of them).

:func:`open_source` only looks at names and file types; no text is read. A location that
cannot be used is a :class:`~newsframes.paths.PathError` naming it and the fix.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from newsframes.paths import PathError, existing_folder, given

# Rows (articles) per partition: a partition is what one worker reads, analyses and writes.
DEFAULT_PARTITION_ROWS = 500
# The column names under which the id and the text reach the analysis.
ID, TEXT = "id", "text"
KINDS = ("articles", "txt", "csv", "jsonl", "parquet")
TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
_GLOB_CHARS = set("*?[")
_WHAT = "a folder of .md articles or .txt files, or CSV, JSON Lines or Parquet files"


@dataclass(frozen=True)
class Source:
    """A corpus to read: its kind, its files (absolute, sorted) and which columns hold what.

    Small and picklable: it travels to every worker. ``metadata`` lists the columns carried
    along beside id and text (None: every other column).
    """

    kind: str
    paths: tuple[Path, ...]
    location: str
    id_column: str = ID
    text_column: str = TEXT
    metadata: tuple[str, ...] | None = None
    partition_rows: int = DEFAULT_PARTITION_ROWS

    def describe(self) -> dict[str, object]:
        """The input as the manifest records it."""
        return {
            "location": self.location,
            "kind": self.kind,
            "files": [str(p) for p in self.paths],
            "id_column": self.id_column,
            "text_column": self.text_column,
            "metadata": None if self.metadata is None else list(self.metadata),
        }


def open_source(
    location: str | os.PathLike[str],
    *,
    id_column: str = ID,
    text_column: str = TEXT,
    metadata: tuple[str, ...] | list[str] | None = None,
    partition_rows: int = DEFAULT_PARTITION_ROWS,
) -> Source:
    """The :class:`Source` at ``location``: its kind is found from the file names.

    A file ending in .csv, .jsonl (or .ndjson) or .parquet; a glob of such files
    (``data/*.parquet``, ``**`` for subfolders); a folder of them; a folder of ``.md``
    articles; or a folder of ``.txt`` files (the id of each is its file name).
    """
    if partition_rows < 1:
        raise ValueError(f"partition_rows must be at least 1, not {partition_rows}")
    if id_column == text_column:
        raise ValueError(f"the id and the text cannot both be read from column {id_column!r}")
    text = os.fspath(location)
    kind, paths = _glob(text) if _GLOB_CHARS & set(text) else _path(given(text))
    return Source(
        kind=kind,
        paths=tuple(paths),
        location=text,
        id_column=id_column,
        text_column=text_column,
        metadata=None if metadata is None else tuple(metadata),
        partition_rows=partition_rows,
    )


def _glob(pattern: str) -> tuple[str, list[Path]]:
    """The files a glob names, all of one table kind."""
    matches = sorted(given(m) for m in glob.glob(os.path.expanduser(pattern), recursive=True))
    files = [m for m in matches if m.is_file()]
    if not files:
        raise PathError(
            pattern,
            "matches no files",
            f"check the pattern; a relative one is taken from the folder you run in ({Path.cwd()})",
        )
    return _one_table_kind(pattern, files), files


def _path(path: Path) -> tuple[str, list[Path]]:
    if path.is_file():
        kind = TABLE_SUFFIXES.get(path.suffix.lower())
        if kind is None:
            raise PathError(
                path,
                f"is a {path.suffix or 'suffix-less'} file, which is not read as a corpus",
                f"give {_WHAT} (the suffix says which: .csv, .jsonl, .parquet)",
            )
        return kind, [path]
    folder = existing_folder(path, holds=_WHAT)
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    by_suffix: dict[str, list[Path]] = {}
    for entry in entries:
        by_suffix.setdefault(entry.suffix.lower(), []).append(entry)
    if ".md" in by_suffix and [p for p in by_suffix[".md"] if p.name.lower() != "readme.md"]:
        if ".txt" in by_suffix:
            raise PathError(
                path,
                "holds both .md articles and .txt files",
                "put the .txt files in a folder of their own (or convert them to .md articles)",
            )
        return "articles", [folder]
    if ".txt" in by_suffix:
        return "txt", [folder]
    tables = [p for p in entries if p.suffix.lower() in TABLE_SUFFIXES and p.is_file()]
    if tables:
        return _one_table_kind(str(path), tables), tables
    raise PathError(path, "holds no .md, .txt, .csv, .jsonl or .parquet files", f"give {_WHAT}")


def _one_table_kind(location: str, files: list[Path]) -> str:
    kinds = {TABLE_SUFFIXES.get(f.suffix.lower()) for f in files}
    if None in kinds:
        other = next(f for f in files if f.suffix.lower() not in TABLE_SUFFIXES)
        raise PathError(
            location,
            f"includes {other}, which is not a .csv, .jsonl or .parquet file",
            "narrow the pattern to the corpus files",
        )
    if len(kinds) > 1:
        raise PathError(
            location,
            f"mixes {' and '.join(sorted(str(k) for k in kinds))} files",
            "give the files of one format (convert the others, or read them separately)",
        )
    return str(kinds.pop())
