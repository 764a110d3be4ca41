"""A country before a noun of the war (after another's possessive or none) is the war's
theatre or a topic; a side on which things happen is ground; "pro-Assad" names Assad; a side
taken in a speaker phrase does not speak; "the president-elect" is no one's alias.
Sentences are written for these tests; none is taken from the development reports."""

from __future__ import annotations

import pandas as pd
import pytest
from test_places import surfaces

from newsframes.pipeline import analyze


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # another's possessive, the country, a noun: the theatre or the topic
        ("Troops died during Turkey's Syria operation.", [("Turkey", "turkey")]),
        ("Troops Martyred During Turkey's Syria Operation", [("Turkey", "turkey")]),
        ("Obama's Syria policy was criticised.", [("Obama", "barack_obama")]),
        # with no possessive, the name as a noun's modifier: the theatre or the topic; an
        # acronym stays the state acting
        ("The senators asked for a broader Syria strategy.", []),
        ("Nicosia calls for dialogue after Syria offensive", [("Nicosia", "cyprus")]),
        ("The U.S. strategy failed.", [("U.S.", "united_states")]),
        # the country itself after a possessive, and no possessive at all
        ("It's Syria that will decide.", [("Syria", "syrian_government")]),
        (
            "Assad's Syria is a police state.",
            [("Assad", "bashar_al_assad"), ("Syria", "syrian_government")],
        ),
        (
            "Putin's Russia and Iran signed the deal.",
            [("Putin", "vladimir_putin"), ("Russia", "russia"), ("Iran", "iran")],
        ),
        # a state's operations after its possessive: the state, whatever the locative before
        ("The fighters contributed to Turkey's anti-terror operations.", [("Turkey", "turkey")]),
        ("The militia took part in Iran's offensives.", [("Iran", "iran")]),
        # a crossing with a country is a place on its border
        ("The town lies near the only border crossing with Turkey.", []),
        # a possessive before a country that acts, or a time's, is no theatre
        (
            "The SDF's U.S. allies pledged support.",
            [("SDF", "syrian_democratic_forces"), ("U.S.", "united_states")],
        ),
        ("Saturday's U.S. missile attack was limited.", [("U.S.", "united_states")]),
        (
            "Erdogan's Turkey wants a buffer zone.",
            [("Erdogan", "recep_tayyip_erdogan"), ("Turkey", "turkey")],
        ),
        ("Fighters crossed with Turkey's blessing.", [("Turkey", "turkey")]),
        # a side as ground in a headline, without its article; a side that acts
        ("Refugees pour into Turkish side", []),
        ("The Syrian side rejected the proposal.", [("Syrian side", "syrian_government")]),
        (
            "China calls on Syrian side to cooperate.",
            [("China", "china"), ("Syrian side", "syrian_government")],
        ),
        (
            "Putin's Russia plans to keep its bases.",
            [("Putin", "vladimir_putin"), ("Russia", "russia")],
        ),
    ],
)
def test_a_country_as_theatre_topic_or_crossing(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected, sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # "pro-Assad" names Assad, as "anti-Assad" does; the government's forces stay one name
        ("As pro-Assad militias raided the villages, people fled.", [("Assad", "bashar_al_assad")]),
        ("Rebels clashed with pro-Assad forces.", [("pro-Assad forces", "syrian_government")]),
        # the pro-government militia called an army, and a university whose name holds its name
        (
            "Members of his militia known as the National Defense Army were killed.",
            [("National Defense Army", "national_defence_forces")],
        ),
        (
            "An expert at the National Defense University in Washington said so.",
            [("National Defense University", "national_defense_university")],
        ),
        ("Congress passed the National Defense Authorization Act.", []),
        # another office than Syria's president
        ("The president-elect tweeted again.", []),
        (
            "The refugees will be sponsored, Citizenship and Immigration Canada said.",
            [("Citizenship and Immigration Canada", "citizenship_and_immigration_canada")],
        ),
    ],
)
def test_names_inside_allegiances_and_longer_names(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected, sample


def _speaker(text: str) -> tuple[str, object]:
    quotes = analyze(pd.DataFrame({"id": ["t"], "text": [text]})).quotes
    (row,) = quotes.to_dict("records")
    return row["speaker"], row["speaker_actor_id"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a speaker takes does not speak
        ("A pro-Assad newspaper said the army would attack.", ("A pro-Assad newspaper", None)),
        (
            "An anti-Damascus website said the army would attack.",
            ("An anti-Damascus website", None),
        ),
        (
            "The anti-Assad Syrian Observatory for Human Rights said 12 rebels were killed.",
            (
                "The anti-Assad Syrian Observatory for Human Rights",
                "syrian_observatory_for_human_rights",
            ),
        ),
        # the named speaker still speaks
        ("Assad said the army would attack.", ("Assad", "bashar_al_assad")),
    ],
)
def test_a_side_taken_in_a_speaker_phrase_does_not_speak(text: str, expected: tuple) -> None:
    assert _speaker(text) == expected
