"""The actors lexicon as data: edited on disk, it is seen by the next call in a running process
(no cache to clear); loaded, it is plain immutable data, compiled for matching once per content."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

import pytest

from newsframes.analysers.actors import corpus_mentions, find_mentions, load_actors
from newsframes.analysers.actors.gazetteer import gazetteer
from newsframes.corpus.articles import load_corpus
from newsframes.lexicons.actor_terms import ALIAS, BLOCK, COMBO, FAMILY, PLACE, Term
from newsframes.paths import data_dir, lexicon_dir

SAMPLE = "Isis fighters crossed at dawn. Later the Lion of Damascus spoke."
ISIS = "\n      - Isis\n"  # the alias as actors.yml lists it, under islamic_state


def ids(text: str, path: Path | None = None) -> list[str]:
    lexicon = load_actors(path) if path is not None else None
    return find_mentions(text, lexicon)["actor_id"].tolist()


def replace_once(file: Path, old: str, new: str) -> None:
    """Edit ``file`` as a person would: one occurrence of ``old`` becomes ``new``."""
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {file.name}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def add_alias(file: Path, actor_id: str, alias: str) -> None:
    text = file.read_text(encoding="utf-8")
    entry = re.search(rf"\n  - id: {actor_id}\n(?:    .*\n)*?    aliases:\n", text)
    assert entry is not None, f"no aliases list for {actor_id}"
    file.write_text(text[: entry.end()] + f"      - {alias}\n" + text[entry.end() :], "utf-8")


def test_an_edited_copy_is_seen_by_the_next_call(tmp_path: Path) -> None:
    copy = Path(shutil.copy(lexicon_dir() / "actors.yml", tmp_path / "actors.yml"))
    original = copy.read_bytes()
    first = load_actors(copy)
    assert load_actors(os.path.relpath(copy)) is first  # one file, however it is named
    assert first.path == copy.resolve()
    assert ids(SAMPLE, copy) == ["islamic_state"]

    replace_once(copy, ISIS, "\n")
    add_alias(copy, "bashar_al_assad", "the Lion of Damascus")
    edited = load_actors(copy)
    assert edited is not first
    assert "Isis" not in edited.actors["islamic_state"].aliases
    assert "the Lion of Damascus" in edited.actors["bashar_al_assad"].aliases
    assert ids(SAMPLE, copy) == ["bashar_al_assad"]

    copy.write_bytes(original)  # and back again: the same content gives the same lexicon
    assert load_actors(copy) is first
    assert ids(SAMPLE, copy) == ["islamic_state"]


def test_an_edit_of_the_same_size_and_time_is_seen(tmp_path: Path) -> None:
    # A file is known by its content, not by its size or modification time.
    copy = Path(shutil.copy(lexicon_dir() / "actors.yml", tmp_path / "actors.yml"))
    before = copy.stat()
    assert ids("Isis and Isix", copy) == ["islamic_state"]
    replace_once(copy, ISIS, ISIS.replace("Isis", "Isix"))
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert copy.stat().st_size == before.st_size
    assert copy.stat().st_mtime_ns == before.st_mtime_ns
    assert ids("Isis and Isix", copy) == ["islamic_state"]
    assert ids("Isis and Isix", copy) == ids("Isix", copy)


def test_an_edited_default_file_is_seen_by_the_next_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = tmp_path / "data"
    shutil.copytree(data_dir(), copied)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copied))
    default = copied / "lexicons" / "actors.yml"
    guardian = load_corpus().query("id == 'guardian-2017-is-defectors'")
    assert load_actors().path == default
    assert ids(SAMPLE) == ["islamic_state"]
    n_is = int((corpus_mentions(guardian)["actor_id"] == "islamic_state").sum())

    replace_once(default, ISIS, "\n")
    add_alias(default, "bashar_al_assad", "the Lion of Damascus")
    replace_once(default, "id: turkey\n    name: Turkey\n", "id: turkey\n    name: Türkiye\n")
    assert "Isis" not in load_actors().actors["islamic_state"].aliases
    assert load_actors().table().set_index("id").loc["turkey", "name"] == "Türkiye"
    assert ids(SAMPLE) == ["bashar_al_assad"]
    assert int((corpus_mentions(guardian)["actor_id"] == "islamic_state").sum()) < n_is

    monkeypatch.delenv("NEWSFRAMES_DATA")  # the checkout's own file was never touched
    assert load_actors().path == lexicon_dir() / "actors.yml"
    assert ids(SAMPLE) == ["islamic_state"]


def test_the_lexicon_is_plain_immutable_data() -> None:
    lex = load_actors()
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.state_nouns = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.actors["nobody"] = lex.actors["turkey"]  # type: ignore[index]
    with pytest.raises(TypeError):
        lex.terms["nobody"] = lex.terms["Turkey"]  # type: ignore[index]
    plain = (str, int, tuple, frozenset, type(None), Path)
    for field in dataclasses.fields(lex):
        value = getattr(lex, field.name)
        items = list(value.values()) if hasattr(value, "values") else [value]
        assert all(isinstance(item, plain) or dataclasses.is_dataclass(item) for item in items), (
            field.name
        )


def test_the_lexicon_is_compiled_once_per_content(tmp_path: Path) -> None:
    assert gazetteer(load_actors()) is gazetteer(load_actors())
    copy = Path(shutil.copy(lexicon_dir() / "actors.yml", tmp_path / "actors.yml"))
    compiled = gazetteer(load_actors(copy))
    assert compiled is not gazetteer(load_actors())
    replace_once(copy, ISIS, "\n")
    assert gazetteer(load_actors(copy)) is not compiled


def test_the_lexicon_lists_every_spelling_and_what_it_names() -> None:
    lex = load_actors()
    # A hyphen is also read as a space; both spellings name the same actor.
    assert (
        lex.terms["al-Nusra Front"] == lex.terms["al Nusra Front"] == Term(ALIAS, "al_nusra_front")
    )
    # A demonym before a state noun is the state; an explicit alias wins over the rule.
    assert lex.terms["Iraqi troops"] == Term(COMBO, "iraq")
    assert lex.terms["Syrian troops"] == Term(ALIAS, "syrian_army")
    assert lex.terms["Turkey"] == Term(PLACE, "turkey")
    assert lex.terms["post-Assad"] == Term(BLOCK, "")
    family = int(lex.terms["Assad"].ref)
    assert lex.terms["Assad"].kind == FAMILY
    assert lex.family_names[family].default == "bashar_al_assad"
    assert family in lex.families_of["maher_al_assad"]
    assert lex.demonym_actor["Russian"] == "russia"
    # Written in capitals only: case-sensitive ("IS" is an actor, "is" is not).
    assert {"IS", "FSA"} <= lex.case_sensitive
    assert "Isis" not in lex.case_sensitive


def test_every_alias_matched_in_any_case_has_a_safe_lower_case() -> None:
    # One such alias (a dotless ı) would send every text through the slower
    # case-insensitive matcher; such an alias is listed as case-sensitive instead.
    from newsframes.text.matching import _char_lowers_safely

    lexicon = load_actors()
    folded = [term for term in lexicon.terms if term not in lexicon.case_sensitive]
    unsafe = sorted({term for term in folded if not all(map(_char_lowers_safely, term))})
    assert unsafe == []
