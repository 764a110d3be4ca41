"""A folder of ``.md`` articles (front matter, then the text), read by
:mod:`newsframes.corpus.articles` with all its checks: each partition is some of the files,
and gives the same columns as :func:`newsframes.corpus.load_corpus`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsframes.corpus.articles import article_row, corpus_frame, parse_article
from newsframes.corpus.cleaning import load_rules
from newsframes.corpus.files import article_files
from newsframes.corpus.sources.rows import Checked, rejected_frame

if TYPE_CHECKING:
    from newsframes.corpus.sources.partitions import PartitionSpec


def members(folder: Path) -> list[str]:
    """The article files, by name; other files are named in a warning."""
    return [path.name for path in article_files(folder)]


def read(spec: PartitionSpec) -> Checked:
    """The partition's articles as :func:`~newsframes.corpus.load_corpus` gives them (in
    file-name order), and the files that are not valid articles."""
    rules = load_rules()
    rows: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    problems = []
    for name in spec.members:
        parsed = parse_article(spec.file / name, rules)
        if isinstance(parsed, list):
            problems += parsed
            reason = "; ".join(f"{p.field}: {p.message}" for p in parsed)
            rejected.append({"id": Path(name).stem, "file": name, "row": None, "reason": reason})
            continue
        rows.append(article_row(parsed))
    frame = corpus_frame(rows)
    return Checked(frame, rejected_frame(rejected), problems)
