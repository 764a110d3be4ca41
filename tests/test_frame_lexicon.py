"""The frames lexicon: its checks, its immutable data, and edits seen by a running process."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_framing import MENTION_COLUMNS, NONE, SMALL, write

from newsframes.analysers.framing import frame_hits, load_frames
from newsframes.errors import LexiconError
from newsframes.lexicons.loader import lexicon_path
from newsframes.paths import data_dir

# --------------------------------------------------------------------------- checks


def problems_of(tmp_path: Path, body: str) -> str:
    with pytest.raises(LexiconError) as info:
        load_frames(write(tmp_path, body))
    return str(info.value)


def test_bad_yaml_is_reported_with_line(tmp_path: Path) -> None:
    message = problems_of(tmp_path, "frames:\n  - {id: conflict, name: [unclosed\n")
    assert "not valid YAML" in message and "line" in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    broken = (
        SMALL.replace("- against each other", "- against each other\n      - CLASH\n      - ''")
        .replace("type: opposing_sides", "type: nearby_sides")
        .replace("kind: topic", "kind: local")
        .replace("frames:", "framez: []\nframes:", 1)
    )
    message = problems_of(tmp_path, broken)
    assert "duplicate term 'CLASH'" in message  # same form, different case
    assert "empty or non-text term ''" in message
    assert "unknown rule type 'nearby_sides'" in message
    assert "frame duty.kind: unknown kind 'local'" in message
    assert "framez: unknown top-level key" in message
    assert message.startswith("5 lexicon problems")


def test_case_sensitive_must_name_a_term(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path, SMALL.replace("case_sensitive: [God]", "case_sensitive: [Gods]")
    )
    assert "'Gods' is not one of the frame's terms" in message


def test_rule_parameters_are_checked(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path,
        SMALL.replace("pairs: [[government, opposition]]", "pairs: [[government, government]]")
        .replace("window: 3", "window: 0")
        .replace("actor_ids: [russia]", "actors: [russia]"),
    )
    assert "not a pair of two different sides" in message
    assert "window: must be >= 1" in message
    assert "actors: unknown key" in message


def test_rule_sides_and_types_must_exist_in_the_actor_lexicon(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path,
        SMALL.replace("[[government, opposition]]", "[[government, rebels]]").replace(
            "actor_types: [person]", "actor_types: [people]"
        ),
    )
    assert "'rebels' is not one of the sides in actors.yml" in message
    assert "'people' is not one of the actor_types in actors.yml" in message


def test_the_human_coding_has_moved_out_of_the_lexicon(tmp_path: Path) -> None:
    old_style = SMALL + "questions: []\nreference_coding: {}\nprecision_judgement: {}\n"
    message = problems_of(tmp_path, old_style)
    assert message.startswith("3 lexicon problems")
    assert "questions: no longer part of frames.yml" in message
    assert "move it to data/annotations/frame_coding.yml" in message
    assert "move it to data/annotations/frame_precision.yml" in message


def test_real_lexicon_is_complete() -> None:
    lex = load_frames()
    assert lex.frame_ids("generic") == [
        "conflict", "human_interest", "responsibility", "morality", "economic_consequences"
    ]  # fmt: skip
    assert lex.frame_ids("topic") == [
        "security_terrorism", "humanitarian", "regime_brutality", "foreign_involvement",
        "reconciliation_amnesty",
    ]  # fmt: skip
    assert all(f.terms or f.rules for f in lex.frames.values())


def test_the_lexicon_is_immutable_data_that_pickles(tmp_path: Path) -> None:
    lex = load_frames(write(tmp_path, SMALL))
    with pytest.raises(TypeError):
        lex.frames["conflict"] = lex.frames["duty"]
    with pytest.raises(AttributeError):
        lex.frames["duty"].terms = ()
    copy = pickle.loads(pickle.dumps(lex))
    assert copy is not lex and copy.path == lex.path
    assert list(copy.frames.items()) == list(lex.frames.items())


# --------------------------------------------------------------------------- edits


def test_deleting_a_term_from_a_copy_changes_the_hits(tmp_path: Path, texts) -> None:
    original = lexicon_path("frames").read_text(encoding="utf-8")
    line = "      - [besieged, siege]\n"
    assert line in original
    copy = write(tmp_path, original.replace(line, ""))
    text = texts["itv-2014-khateeb"]
    empty = pd.DataFrame(columns=MENTION_COLUMNS)
    before = frame_hits(text, mentions=empty)
    after = frame_hits(text, mentions=empty, lexicon=load_frames(copy))
    assert "besieged" in set(before["rule"]) and "besieged" not in set(after["rule"])
    assert len(before) - len(after) == (before["rule"] == "besieged").sum() == 1


def edit_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` (same length) and give the file back its modification time,
    so only the content tells that the file changed."""
    assert len(old) == len(new)
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size


def test_an_edited_copy_is_seen_by_the_next_call(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL)
    text = "The amnesty held; a pardon followed."
    assert frame_hits(text, mentions=NONE, lexicon=load_frames(path))["rule"].tolist() == [
        "amnesty"
    ]
    edit_keeping_size_and_time(path, "terms: [amnesty]", "terms: [pardon] ")
    assert [t[0] for t in load_frames(path).frames["duty"].terms] == ["pardon"]
    hits = frame_hits(text, mentions=NONE, lexicon=load_frames(path))
    assert hits["rule"].tolist() == ["pardon"]


def test_an_edited_default_file_is_seen_by_the_next_call(
    tmp_path: Path, texts, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copy))
    frames = copy / "lexicons" / "frames.yml"
    text = texts["itv-2014-khateeb"]
    before = frame_hits(text)  # the default lexicon, mentions and sentences
    assert load_frames().path == frames
    assert (before["rule"] == "besieged").sum() == 1
    edit_keeping_size_and_time(frames, "[besieged, siege]", "[beseiged, siege]")
    after = frame_hits(text)
    assert "besieged" not in set(after["rule"]) and len(after) == len(before) - 1
    assert ("beseiged", "siege") in load_frames().frames["humanitarian"].terms
    # the rules are checked against the copy's actors.yml, also when only that file changes
    actors = copy / "lexicons" / "actors.yml"
    actors.write_text(
        actors.read_text(encoding="utf-8").replace("  islamist:", "  islamists:", 1),
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"'islamist' is not one of the sides in actors\.yml"):
        load_frames()
