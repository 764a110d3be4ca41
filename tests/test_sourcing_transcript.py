"""A broadcast transcript's turns: a guest's turn is the guest's statement, the label its
speaker; presenters and reporters are no sources. Each transcript is our own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_sourcing_wire import rows_of

from newsframes.paths import data_dir

TRANSCRIPT = (
    "From the newsroom, this is THE EVENING HOUR. I'm Karen Holt.\n\n"
    "And I'm Peter Lund. Fighters hold a strip of land by the border.\n\n"
    "SAMIRA HADDAD, BYLINE: The border is a field away.\n\n"
    "ABU ZAID: Yes, it is ten minutes on foot.\n\n"
    "HADDAD: And it is calm?\n\n"
    "ZAID: Nobody from the army comes here. We walk freely.\n\n"
    "LUND: Samira Haddad reporting from the border.\n"
)


def test_a_guest_s_turns_are_statements_and_the_hosts_are_no_sources() -> None:
    assert rows_of(TRANSCRIPT) == [
        ("Yes, it is ten minutes on foot.", "ABU ZAID", None),
        ("Nobody from the army comes here. We walk freely.", "ZAID", None),
    ]


def test_labels_with_no_role_make_no_transcript() -> None:
    # capitals and a colon open datelines and kickers too
    text = "BEIRUT CITY: Shelling went on through the night.\n\nABU ZAID: It was loud.\n"
    assert rows_of(text) == []


def test_a_turn_already_holding_a_statement_is_not_read_again() -> None:
    text = TRANSCRIPT.replace(
        "ZAID: Nobody from the army comes here. We walk freely.",
        "ZAID: The commander said the army never comes here.",
    )
    assert ("the army never comes here.", "The commander", None) in rows_of(text)
    assert [r for r in rows_of(text) if r[1] == "ZAID"] == []


def test_the_roles_that_make_a_transcript_are_read_from_the_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = tmp_path / "data"
    shutil.copytree(data_dir(), copied)
    patterns = copied / "lexicons" / "name_patterns.yml"
    edited = patterns.read_text(encoding="utf-8").replace(
        "transcript_roles: [BYLINE, HOST, ANCHOR, CORRESPONDENT, REPORTER]",
        "transcript_roles: [HOST]",
    )
    patterns.write_text(edited, encoding="utf-8")
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copied))
    assert rows_of(TRANSCRIPT) == []  # no label carries HOST: no transcript
