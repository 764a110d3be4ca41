"""Attribution patterns of wire copy, each on a sentence of our own that fails if it breaks."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.analysers.sourcing import find_quotes

MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor_type", "side"]


def mentions_of(text: str, *names: tuple[str, str, str]) -> pd.DataFrame:
    """Actor mentions at the first occurrence of each (surface, actor id, type)."""
    rows = []
    for surface, actor_id, actor_type in names:
        start = text.index(surface)
        rows.append((start, start + len(surface), surface, actor_id, actor_type, "opposition"))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def rows_of(text: str, *names: tuple[str, str, str]) -> list[tuple[str, str, str | None]]:
    """(content, speaker as written, speaker's actor id) of each statement."""
    table = find_quotes(text, mentions=mentions_of(text, *names))
    return [
        (text[s:e], sp, None if pd.isna(aid) else aid)
        for s, e, sp, aid in zip(
            table["start"], table["end"], table["speaker"], table["speaker_actor_id"], strict=True
        )
    ]


KHALIL = ("Ahmed Khalil", "ahmed_khalil", "person")
COUNCIL = ("Homs Council", "homs_council", "political")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In a statement, Ahmed Khalil said: “The talks have failed.”",
            ("“The talks have failed.”", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "In a statement Ahmed Khalil said the talks had failed.",
            ("the talks had failed.", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "Ahmed Khalil said in a statement that the talks had failed.",
            ("the talks had failed.", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "The talks failed, according to Ahmed Khalil.",
            ("The talks failed", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "According to Ahmed Khalil, the talks failed.",
            ("the talks failed", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "Ahmed Khalil was quoted as saying the talks had failed.",
            ("the talks had failed.", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "“The talks have failed,” said Ahmed Khalil.",
            ("“The talks have failed,”", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "“The talks have failed,” Ahmed Khalil said.",
            ("“The talks have failed,”", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "Ahmed Khalil left the room, saying “The talks have failed.”",
            ("“The talks have failed.”", "Ahmed Khalil", "ahmed_khalil"),
        ),
    ],
)
def test_one_statement_pattern(text: str, want: tuple[str, str, str]) -> None:
    assert rows_of(text, KHALIL) == [want]


def test_said_adding_that_splits_the_two_statements() -> None:
    text = "The talks failed, Ahmed Khalil said, adding that a new round was planned."
    assert rows_of(text, KHALIL) == [
        ("The talks failed", "Ahmed Khalil", "ahmed_khalil"),
        ("a new round was planned.", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_saying_after_a_clause_with_no_mention_keeps_the_capitalised_subject() -> None:
    text = "Omar Haddad left the room, saying “The talks have failed.”"
    assert rows_of(text) == [("“The talks have failed.”", "Omar Haddad", None)]


def test_a_participle_after_an_ordinary_clause_is_no_statement() -> None:
    assert rows_of("The convoy left the city, carrying the wounded.") == []


def test_an_aside_after_the_speaker_is_not_the_speaker() -> None:
    text = "Ahmed Khalil, for his part, said the talks had failed."
    assert rows_of(text, KHALIL) == [("the talks had failed.", "Ahmed Khalil", "ahmed_khalil")]


def test_a_described_group_speaks_in_its_own_words() -> None:
    text = "Ten soldiers were killed, the UK-based group said."
    assert rows_of(text) == [("Ten soldiers were killed", "the UK-based group", None)]


def test_a_spokesman_speaks_for_the_actor_named_before_him() -> None:
    text = "The Homs Council's spokesman said the road was open."
    assert rows_of(text, COUNCIL) == [
        ("the road was open.", "The Homs Council's spokesman", "homs_council")
    ]


def test_he_said_after_a_named_speaker_is_that_speaker() -> None:
    text = "Ahmed Khalil spoke on Monday. The talks had failed, he said."
    assert rows_of(text, KHALIL) == [("The talks had failed", "he", "ahmed_khalil")]
