"""Statements restated, declared or learned, and clauses that end where a second speaker
or a writer's clause begins: each on a sentence of our own that fails if the rule breaks."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.analysers.sourcing import find_quotes, load_reporting_verbs


def rows_of(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker as written, verb) of each statement of ``text``."""
    table = find_quotes(text)
    return [
        (text[s:e].rstrip("."), sp, verb)
        for s, e, sp, verb in zip(
            table["start"], table["end"], table["speaker"], table["verb"], strict=True
        )
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministry reaffirmed its commitment to the return of refugees.",
            ("its commitment to the return of refugees", "The ministry", "reaffirm"),
        ),
        (
            "In a statement, the council reaffirmed its support for the talks.",
            ("its support for the talks", "the council", "reaffirm"),
        ),
        (
            "The committee reiterated demands for a halt to the shelling of towns.",
            ("demands for a halt to the shelling of towns", "The committee", "reiterate"),
        ),
        (
            "The defence ministry declared the end of the offensive on Sunday.",
            ("the end of the offensive on Sunday", "The defence ministry", "declare"),
        ),
        (
            "Some forecast a collapse of the truce within weeks.",
            ("a collapse of the truce within weeks", "Some", "forecast"),
        ),
        (
            "The monitor learned from local sources that the convoy had left the city.",
            ("the convoy had left the city", "The monitor", "learn"),
        ),
        (
            "Local activists slam the siege of the old city",
            ("the siege of the old city", "Local activists", "slam"),
        ),
        (
            "The envoy hails the prisoner exchange as a first step",
            ("the prisoner exchange as a first step", "The envoy", "hail"),
        ),
        (
            "He congratulated the recent victories of the army in Eastern Ghouta.",
            ("the recent victories of the army in Eastern Ghouta", "He", "congratulate"),
        ),
        (
            "UN observers documented the killing of ten men in the village.",
            ("the killing of ten men in the village", "UN observers", "document"),
        ),
        (
            "The minister admired the army for its stand against the rebels.",
            ("the army for its stand against the rebels", "The minister", "admire"),
        ),
        (
            "The analyst predicted that the truce would not hold.",
            ("the truce would not hold", "The analyst", "predict"),
        ),
        (
            "Residents complained that the aid had not reached them.",
            ("the aid had not reached them", "Residents", "complain"),
        ),
        (
            "The town has no water, the mayor replied.",
            ("The town has no water", "the mayor", "reply"),
        ),
        (
            "The general conceded that the rebels held the bridge.",
            ("the rebels held the bridge", "The general", "concede"),
        ),
        (
            "The ministry disclosed the names of the dead.",
            ("the names of the dead", "The ministry", "disclose"),
        ),
        (
            "A UN spokesman voiced concern over the fighting near the border.",
            ("concern over the fighting near the border", "A UN spokesman", "voice"),
        ),
        (
            "Rebel commanders criticised the deal as a surrender.",
            ("the deal as a surrender", "Rebel commanders", "criticise"),
        ),
    ],
)
def test_verbs_of_restating_declaring_and_learning(text: str, want: tuple[str, str, str]) -> None:
    assert rows_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Shells slammed into the market at dawn.",
        "It is one of three districts that declared autonomy last year.",
        "The factions that declared a truce stayed in their positions.",
        "He learned to drive a tank in the army.",
        "It was a well-documented case of torture in the prison.",
        "The commander, who hails from Aleppo, joined the brigade in May.",
        "The army declared victory in the eastern districts.",
        "The army replied with heavy shelling of the district.",
        "The general conceded defeat in the south.",
        "The council wants a transition, a demand rejected by the government.",
        "The killing of the men was documented by observers.",
    ],
)
def test_acts_are_no_statements(text: str) -> None:
    assert rows_of(text) == []


def test_a_letter_to_someone_is_no_apposition_of_the_speaker() -> None:
    text = "In a letter to the envoy Ahmed Khalil, it also called for the lifting of sieges."
    assert rows_of(text) == [("the lifting of sieges", "it", "call for")]


def test_a_verb_after_an_object_is_a_second_statement() -> None:
    text = (
        "Speaking to a Moscow newspaper, Ahmed Khalil praised some steps by the opposition, "
        "but said that no common platform had been found."
    )
    assert rows_of(text) == [
        ("some steps by the opposition", "Ahmed Khalil", "praise"),
        ("no common platform had been found", "Ahmed Khalil", "say"),
    ]
    text = "Omar Nasser announced the new council in May and said it rejects any foreign force."
    assert rows_of(text) == [
        ("the new council in May", "Omar Nasser", "announce"),
        ("it rejects any foreign force", "Omar Nasser", "say"),
    ]


def test_a_verb_after_a_reported_clause_stays_in_it() -> None:
    text = "The brigade has said it rejects the deal and pledged to hold its front lines."
    assert rows_of(text) == [
        ("it rejects the deal and pledged to hold its front lines", "The brigade", "say")
    ]


def test_a_clause_with_a_speaker_of_its_own_ends_the_statement() -> None:
    text = (
        "The monitor learned from several sources that the talks were still going on, "
        "and the sources confirmed to the monitor that the terms had changed."
    )
    assert rows_of(text) == [
        ("the talks were still going on", "The monitor", "learn"),
        ("the terms had changed", "the sources", "confirm"),
    ]


@pytest.mark.parametrize("opener", ["as", "while", "amid", "after"])
def test_a_writer_clause_after_a_trailing_speaker(opener: str) -> None:
    text = (
        "The rebels are more realistic now, the foreign minister said Tuesday, "
        f"{opener} the talks in Geneva went on."
    )
    assert rows_of(text) == [("The rebels are more realistic now", "the foreign minister", "say")]


def test_restating_verbs_vouch_for_nothing() -> None:
    table = find_quotes("The ministry reaffirmed its commitment and reiterated its demands.")
    assert isinstance(table, pd.DataFrame)
    assert list(zip(table["verb"], table["verb_class"], strict=True)) == [
        ("reaffirm", "neutral"),
        ("reiterate", "neutral"),
    ]


def test_a_word_quoted_in_the_content_is_no_direct_quotation() -> None:
    text = (
        "“We welcome the efforts of the council, including its talks with the Kurds,” "
        "Ahmed Khalil said, although he also criticized the council's attempts to "
        "“monopolize” the process."
    )
    rows = rows_of(text)
    assert rows[1] == (
        "the council's attempts to “monopolize” the process",
        "he",
        "criticise",
    )
    assert find_quotes(text)["speaker_ref"].tolist() == ["Ahmed Khalil", "Ahmed Khalil"]


def test_a_quotation_after_an_asking_verb_and_to_is_what_was_asked() -> None:
    text = "The commander urged his men to “hold the line until dawn”."
    assert rows_of(text) == [("“hold the line until dawn”", "The commander", "urge")]


def test_a_clause_opened_by_while_ends_before_the_main_speaker() -> None:
    text = (
        "While it has expressed support for a political solution, the council "
        "reiterated demands for a halt to attacks."
    )
    assert rows_of(text) == [
        ("support for a political solution", "it", "express"),
        ("demands for a halt to attacks", "the council", "reiterate"),
    ]


def test_a_subordinating_word_is_no_part_of_the_speaker() -> None:
    text = "Although the army said the road was open, the convoy stayed in the town."
    assert [sp for _c, sp, _v in rows_of(text)] == ["the army"]


@pytest.mark.parametrize(
    "text",
    [
        "The two women knelt in front of the graves to say goodbye to their relatives.",
        "The ministry declined to say whether the talks had failed.",
    ],
)
def test_an_infinitive_names_no_speaker(text: str) -> None:
    assert rows_of(text) == []


def test_an_infinitive_after_went_on_still_speaks() -> None:
    text = "Ahmed Khalil went on to say that the talks had failed."
    assert rows_of(text) == [("the talks had failed", "Ahmed Khalil", "say")]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Two buses leave the old city of Homs - activists and TV", "activists and TV"),
        ("Ten soldiers killed near Hama - state TV", "state TV"),
    ],
)
def test_a_headline_citing_the_media_after_a_dash(headline: str, speaker: str) -> None:
    assert [sp for _c, sp, _v in rows_of(headline)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "“The talks have failed,” Ahmed Khalil, senior editor at the Homs Post, told reporters.",
        "“The talks have failed,” Ahmed Khalil, spokesman for the council, said.",
        "The talks have failed, Ahmed Khalil, spokesman for the council, said.",
    ],
)
def test_the_name_before_a_role_without_an_article_speaks(text: str) -> None:
    assert [(c.strip("“”,"), sp) for c, sp, _v in rows_of(text)] == [
        ("The talks have failed", "Ahmed Khalil")
    ]


@pytest.mark.parametrize(
    ("first", "body"),
    [
        ("In a statement, the ministry reaffirmed its commitment to the talks.", "the ministry"),
        ("State television said the road to the airport was open.", "State television"),
    ],
)
def test_it_refers_to_the_unnamed_body_that_spoke(first: str, body: str) -> None:
    text = first + "\n\nIt reiterated its pledge to treat the refugees in line with the law."
    table = find_quotes(text)
    assert list(table["speaker"]) == [body, "It"]
    assert list(table["speaker_ref"]) == [body, body]


def test_it_never_refers_to_a_person() -> None:
    text = "An army officer said the road was open.\n\nIt reiterated its pledge to the refugees."
    assert find_quotes(text)["speaker_ref"].isna().tolist() == [False, True]


def test_a_verb_followed_by_by_a_medium_is_active() -> None:
    text = "The commander confirmed by telephone that the town had fallen."
    assert rows_of(text) == [("the town had fallen", "The commander", "confirm")]


def test_say_after_the_statement_puts_its_speaker_after_it() -> None:
    text = "Fighters from Iran, Lebanon and Afghanistan are in the city, say local activists."
    assert rows_of(text) == [
        ("Fighters from Iran, Lebanon and Afghanistan are in the city", "local activists", "say")
    ]


def test_two_bodies_after_the_statement_the_first_named_speaks() -> None:
    text = (
        "Two buses left the old city on Wednesday, the Homs Monitor monitoring group and "
        "the regional television channel Al-Sham TV reported."
    )
    names = [("Homs Monitor", "homs_monitor", "group"), ("Al-Sham TV", "al_sham_tv", "media")]
    rows = []
    for surface, actor_id, actor_type in names:
        start = text.index(surface)
        rows.append((start, start + len(surface), surface, actor_id, actor_type, "opposition"))
    mentions = pd.DataFrame(
        rows, columns=["start", "end", "surface", "actor_id", "actor_type", "side"]
    )
    table = find_quotes(text, mentions=mentions)
    assert list(table["speaker_actor_id"]) == ["homs_monitor"]
    assert text[table["start"][0] : table["end"][0]] == "Two buses left the old city on Wednesday"


@pytest.mark.parametrize(
    "text",
    [
        "The road is open, the minister told state TV late on Sunday.",
        "The road is open, the minister said early on Monday.",
        "The road is open, the minister said, according to the state news agency.",
    ],
)
def test_what_may_follow_a_trailing_speaker(text: str) -> None:
    assert [(c, sp) for c, sp, _v in rows_of(text)] == [("The road is open", "the minister")]


def test_according_to_alone_still_names_its_source() -> None:
    text = "The road is open, according to the state news agency."
    assert rows_of(text) == [("The road is open", "the state news agency", "according to")]


def test_a_source_after_a_claim_only_carried_it() -> None:
    text = "State media claimed that the army held the road, according to the news agency."
    assert [sp for _c, sp, _v in rows_of(text)] == ["State media"]


def test_according_to_a_clause_away_is_a_statement_of_its_own() -> None:
    # Each source names the clause before it; an earlier statement of the sentence, a clause
    # back, did not carry it.
    text = "The army shelled the town according to activists and the rebels shelled the base "
    text += "according to the agency."
    rows = rows_of(text)
    assert len(rows) == 2
    assert rows[0][0] == "The army shelled the town"
    assert rows[-1][1] == "the agency"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But the defectors now declare a more offensive role.", "the defectors"),
        ("The ministry publicly denied the report on the convoy.", "The ministry"),
        (
            "On May 25 United Nations observers documented the killing of 100 men.",
            "United Nations observers",
        ),
        ("On Monday the ministry said the road was open.", "the ministry"),
    ],
)
def test_an_adverb_or_a_date_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert [sp for _c, sp, _v in rows_of(text)] == [speaker]


def test_a_that_after_the_object_of_a_verb_of_judging_is_relative() -> None:
    text = "The minister condemned the attack that killed ten civilians in the market."
    assert rows_of(text) == [
        ("the attack that killed ten civilians in the market", "The minister", "condemn")
    ]
    text = "The minister condemned that the convoy had been attacked."
    assert rows_of(text) == [("the convoy had been attacked", "The minister", "condemn")]


def test_object_first_is_read_from_the_lexicon() -> None:
    verbs = load_reporting_verbs().verbs
    assert verbs["condemn"].object_first and not verbs["say"].object_first


def test_a_headline_repeated_above_the_text_is_said_once() -> None:
    title = "Two buses leave the old city of Homs - activists and TV"
    text = f"{title}\n\nWorld News\n\n{title}\n\nThe buses left on Wednesday morning."
    table = find_quotes(text)
    assert list(table["start"]) == [0]
    assert list(table["speaker"]) == ["activists and TV"]


def test_the_subject_before_a_relative_clause_speaks_for_its_predicate() -> None:
    text = (
        "Officers of the Southern Front, who are based in Daraa, have sent messages to "
        "the army saying that they will lay down their weapons."
    )
    assert rows_of(text) == [
        ("they will lay down their weapons", "Officers of the Southern Front", "say")
    ]


def test_a_medium_after_the_statement_only_carries_it() -> None:
    text = "The foreign ministry reiterated its rejection of any intervention, SANA reported."
    assert rows_of(text) == [
        ("its rejection of any intervention", "The foreign ministry", "reiterate")
    ]
    text = "The army shelled the town, state media reported."
    assert rows_of(text) == [("The army shelled the town", "state media", "report")]


def test_a_clause_of_a_second_speaker_in_lower_case_ends_the_first_statement() -> None:
    text = "Residents said they had fled, and activists said the army was shelling the town."
    assert rows_of(text) == [
        ("they had fled", "Residents", "say"),
        ("the army was shelling the town", "activists", "say"),
    ]
