"""One file read by two schemas is parsed once, and no schema changes the document it reads.

frames.yml's checks read the actor ids of actors.yml; the loader hands both schemas the
same parsed document, which is only safe while every schema leaves it as it was.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from newsframes.lexicons import loader
from newsframes.lexicons.frames import _actor_vocabulary_of
from newsframes.lexicons.validation import LEXICONS, Lexicon


@pytest.mark.parametrize("lexicon", LEXICONS, ids=lambda lexicon: lexicon.name)
def test_no_shipped_schema_changes_the_document_it_reads(lexicon: Lexicon) -> None:
    path = lexicon.file()
    doc = loader.read_yaml(path)
    before = copy.deepcopy(doc)
    lexicon.schema(path, doc)
    assert doc == before


def test_the_actor_vocabulary_leaves_actors_yml_as_it_was() -> None:
    path = next(lexicon for lexicon in LEXICONS if lexicon.name == "actors").file()
    doc = loader.read_yaml(path)
    before = copy.deepcopy(doc)
    _actor_vocabulary_of(path, doc)
    assert doc == before


def test_a_file_read_by_two_schemas_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loader.clear_cache()
    parsed: list[Path] = []
    real = loader.parse_yaml

    def counted(path: Path, data: bytes) -> Any:
        parsed.append(path)
        return real(path, data)

    monkeypatch.setattr(loader, "parse_yaml", counted)
    path = tmp_path / "words.yml"
    path.write_text("words: [one, two]\n", encoding="utf-8")

    def count(file: Path, doc: Any) -> int:
        return len(doc["words"])

    def first(file: Path, doc: Any) -> str:
        return str(doc["words"][0])

    assert loader.load(count, path) == 2
    assert loader.load(first, path) == "one"
    assert parsed == [path]
    path.write_text("words: [three]\n", encoding="utf-8")  # new content: parsed again
    assert loader.load(count, path) == 1
    assert loader.load(first, path) == "three"
    assert parsed == [path, path]
    loader.clear_cache()


def test_every_lexicon_loaded_once_parses_each_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # frames.yml's checks read actors.yml after other lexicons were parsed: the parse of
    # actors.yml must still be there for them.
    loader.clear_cache()
    parsed: list[str] = []
    real = loader.parse_yaml

    def counted(path: Path, data: bytes) -> Any:
        parsed.append(path.name)
        return real(path, data)

    monkeypatch.setattr(loader, "parse_yaml", counted)
    # actors first, frames last: every other file is parsed in between
    order = sorted(
        LEXICONS, key=lambda lexicon: (lexicon.name == "frames", lexicon.name != "actors")
    )
    assert order[0].name == "actors" and order[-1].name == "frames"
    for lexicon in order:
        lexicon.read()
    assert sorted(parsed) == sorted({lexicon.file().name for lexicon in LEXICONS})
    loader.clear_cache()
