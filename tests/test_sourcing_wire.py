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


@pytest.mark.parametrize(
    "verb", ["writes", "wrote", "notes", "noted", "claims", "insisted", "stresses"]
)
def test_a_speaker_after_its_verb_at_the_end_of_the_sentence_is_the_speaker(verb: str) -> None:
    # "..., writes the BBC.": these verbs report with no "that" when their speaker follows
    text = f"The raid came a day after the rocket attack, {verb} the Homs Council."
    assert rows_of(text, COUNCIL) == [
        ("The raid came a day after the rocket attack", "the Homs Council", "homs_council")
    ]


@pytest.mark.parametrize("opener", ["while", "as", "whereas"])
def test_the_subject_of_a_clause_opened_by_while_or_as_is_the_speaker(opener: str) -> None:
    text = f"The rebels retreated, {opener} the Homs Council said the town held."
    assert rows_of(text, COUNCIL) == [("the town held.", "the Homs Council", "homs_council")]


def test_a_clause_opened_by_while_at_the_start_has_its_own_speaker() -> None:
    text = "While the Homs Council claims the town held, the army says it fell."
    assert rows_of(text, COUNCIL) == [
        ("the town held", "the Homs Council", "homs_council"),
        ("it fell.", "the army", None),
    ]


def test_continue_to_deny_is_no_part_of_the_speaker() -> None:
    text = "Soldiers defected, while the Homs Council continue to deny defections took place."
    assert rows_of(text, COUNCIL) == [
        ("defections took place.", "the Homs Council", "homs_council")
    ]


@pytest.mark.parametrize("aside", ["while visiting Homs", "as the war began"])
@pytest.mark.parametrize("verb", ["said", "confirmed that"])
def test_an_aside_opened_by_while_keeps_the_speaker_before_it(aside: str, verb: str) -> None:
    text = f"The Homs Council, {aside}, {verb} the town held."
    assert rows_of(text, COUNCIL) == [("the town held.", "The Homs Council", "homs_council")]


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


def test_one_quoted_by_an_outlet_is_the_speaker_also_after_the_first_sentence() -> None:
    text = "The strikes began. Al Dunya quoted the Homs Council as saying that the road was open."
    assert rows_of(text, COUNCIL) == [("the road was open.", "the Homs Council", "homs_council")]


def test_went_on_to_say_is_not_part_of_the_speaker() -> None:
    text = "Ahmed Khalil went on to say that the road was open."
    assert rows_of(text, KHALIL) == [("the road was open.", "Ahmed Khalil", "ahmed_khalil")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ten soldiers died, the Homs Council reported.",
            ("Ten soldiers died", "the Homs Council"),
        ),
        (
            "The Homs Council reported that ten soldiers died.",
            ("ten soldiers died.", "The Homs Council"),
        ),
        ("The Homs Council called for a ceasefire.", ("a ceasefire.", "The Homs Council")),
        ("The Homs Council urged restraint.", ("restraint.", "The Homs Council")),
        (
            "The Homs Council refuted claims of a massacre.",
            ("claims of a massacre.", "The Homs Council"),
        ),
    ],
)
def test_wire_verbs(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text, COUNCIL) == [(*want, "homs_council")]


@pytest.mark.parametrize(
    "text",
    [
        "At least ten people were reported dead.",
        "Ahmed Khalil reported from Beirut.",
        "The Homs Council reported ten deaths.",
    ],
)
def test_reported_without_that_or_a_trailing_speaker_is_no_statement(text: str) -> None:
    assert rows_of(text) == []


def test_a_verb_after_an_apposition_takes_an_object_not_a_speaker() -> None:
    text = "The council's head, Ahmed Khalil, confirmed the defections."
    assert rows_of(text, KHALIL) == [("the defections.", "Ahmed Khalil", "ahmed_khalil")]


def test_a_described_body_is_the_latest_named_one_of_its_kind() -> None:
    text = (
        "The Syrian Observatory for Human Rights counted the dead. "
        "Ten died, the UK-based group said."
    )
    names = (
        "Syrian Observatory for Human Rights",
        "syrian_observatory_for_human_rights",
        "intl_org",
    )
    assert rows_of(text, names) == [
        ("Ten died", "the UK-based group", "syrian_observatory_for_human_rights")
    ]


def test_a_described_body_prefers_one_named_with_its_head_noun() -> None:
    text = (
        "The Russian Defence Ministry and the Russian Reconciliation Center met. "
        "Ten groups joined, the center said."
    )
    names = (
        ("Russian Defence Ministry", "russian_defence_ministry", "state_body"),
        ("Russian Reconciliation Center", "russian_reconciliation_center", "state_body"),
    )
    assert rows_of(text, *names) == [
        ("Ten groups joined", "the center", "russian_reconciliation_center")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ten soldiers defected, a diplomat said Friday.", ("Ten soldiers defected", "a diplomat")),
        (
            "Ten soldiers defected, the monitor said in a statement.",
            ("Ten soldiers defected", "the monitor"),
        ),
        (
            "The general came with his family, he told AFP.",
            ("The general came with his family", "he"),
        ),
        # an agency's acronym in brackets after its name
        (
            "Ten fighters entered the town, an official told Anadolu Agency (AA).",
            ("Ten fighters entered the town", "an official"),
        ),
        (
            "Ten died, the Syrian Network for Human Rights and other campaigners said.",
            ("Ten died", "the Syrian Network for Human Rights and other campaigners"),
        ),
        (
            "Ten soldiers defected on Thursday, the chief of staff, General Omar Haddad, said.",
            ("Ten soldiers defected on Thursday", "General Omar Haddad"),
        ),
    ],
)
def test_statement_first_speaker_after(text: str, want: tuple[str, str]) -> None:
    assert [row[:2] for row in rows_of(text)] == [want]


def test_a_verb_followed_by_its_content_is_not_a_trailing_speaker() -> None:
    text = "The convoy left, the monitor said the road was open."
    assert [row[:2] for row in rows_of(text)] == [("the road was open.", "the monitor")]


def test_the_name_before_an_apposition_is_the_speaker() -> None:
    text = "In a call, Nour Saleh, a resident of Hasakah, said that the city was calm."
    assert rows_of(text) == [("the city was calm.", "Nour Saleh", None)]
    listed = "Ahmed Khalil, one of the defected colonels, told reporters that the army was split."
    assert rows_of(listed, KHALIL) == [("the army was split.", "Ahmed Khalil", "ahmed_khalil")]


def test_he_after_a_speaker_named_before_an_apposition_is_that_speaker() -> None:
    text = (
        "Nour Saleh, a resident of Hasakah, said the city was calm. He added that shops were open."
    )
    table = find_quotes(text, mentions=mentions_of(text))
    assert table["speaker_ref"].tolist() == ["Nour Saleh", "Nour Saleh"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ahmed Khalil: The talks have failed again\n\nThe body of the report.",
            ("The talks have failed again", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "Meeting the envoy, Ahmed Khalil: The talks have failed again\n\nThe body.",
            ("The talks have failed again", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "The talks have failed again: Ahmed Khalil\n\nThe body of the report.",
            ("The talks have failed again", "Ahmed Khalil", "ahmed_khalil"),
        ),
        (
            "The talks have failed again — Iranian commander\n\nThe body of the report.",
            ("The talks have failed again", "Iranian commander", None),
        ),
    ],
)
def test_headline_attributions(text: str, want: tuple[str, str, str | None]) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert rows_of(text, *names) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Syria: The war enters its fifth year\n\nThe body of the report.",
        "Ahmed Khalil: the talks have failed again.\n\nThe body of the report.",
        "Homs: a city divided between the sides\n\nThe body of the report.",
    ],
)
def test_no_headline_attribution(text: str) -> None:
    syria = ("Syria", "syria", "state")
    names = [KHALIL] if "Khalil" in text else [syria] if "Syria" in text else []
    assert [row for row in rows_of(text, *names) if row[0] != "The body of the report."] == []
