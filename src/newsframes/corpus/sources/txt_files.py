"""A folder of ``.txt`` files: one article per file, its id the file name without ``.txt``.

The text is the file's content exactly (a UTF-8 byte-order mark before it is not part of
it). Planning lists the folder only; hidden files and ``README.txt`` are left alone.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from newsframes.corpus.files import SkippedFileWarning, read_file
from newsframes.corpus.front_matter import decode
from newsframes.corpus.sources.rows import Record
from newsframes.errors import Problem

if TYPE_CHECKING:
    from newsframes.corpus.sources.partitions import PartitionSpec

SUFFIX = ".txt"


def members(folder: Path) -> list[str]:
    """The ``.txt`` files of the folder, by name; other files are named in a warning."""
    names = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or entry.name.lower() == "readme.txt":
            continue
        if entry.name.endswith(SUFFIX):
            names.append(entry.name)
        elif not entry.is_dir():
            problem = Problem(
                entry.name, "(file)", f"skipped: only {SUFFIX} files are read", "move it out"
            )
            warnings.warn(SkippedFileWarning(str(problem)), stacklevel=3)
    return names


def records(spec: PartitionSpec) -> Iterator[Record]:
    """One record per file of the partition."""
    for name in spec.members:
        path = spec.file / name
        record = Record(path, None, "", name.removesuffix(SUFFIX), None)
        data = read_file(path)
        text = decode(name, data) if isinstance(data, bytes) else data
        if isinstance(text, Problem):
            record.problems.append((text.field, text.message, text.fix))
        else:
            record.text = text.removeprefix("\ufeff")
        yield record
