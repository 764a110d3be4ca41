"""A capital in a list, as a state's partner or as what it warns; a demonym in a hyphened
pair; the state, its cabinet and its security officers as state nouns. Sentences of our
own, each rule both ways (actors.yml's ``place_rules`` and ``state_nouns``)."""

from __future__ import annotations

import pytest

from newsframes.analysers.actors import find_mentions


def surfaces(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    return list(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # every capital of a list before the verb, and the new verbs of acting
        (
            "Moscow, Ankara and Tehran have brought the two sides to the table.",
            [("Moscow", "russia"), ("Ankara", "turkey"), ("Tehran", "iran")],
        ),
        ("Moscow has increasingly taken the lead in the talks.", [("Moscow", "russia")]),
        ("Damascus did not indicate when it would reply.", [("Damascus", "syrian_government")]),
        ("The raid came as Ankara alleged a breach of the truce.", [("Ankara", "turkey")]),
        # what a capital's state sends, what comes from it, and who works with it
        ("Aid convoys sent by Ankara crossed at dawn.", [("Ankara", "turkey")]),
        ("The raid drew condemnation from Damascus.", [("Damascus", "syrian_government")]),
        ("The militia is working with Ankara on a plan.", [("Ankara", "turkey")]),
        # the plain form after "to", and a stronghold falling to a government
        (
            "She was the first to warn Damascus against the offensive.",
            [("Damascus", "syrian_government")],
        ),
        (
            "The advisers will stay to help Damascus in the war.",
            [("Damascus", "syrian_government")],
        ),
        ("The last rebel town falls to Damascus.", [("Damascus", "syrian_government")]),
    ],
)
def test_a_capital_in_a_list_sending_or_worked_with_is_its_state(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "He has lived in Moscow, Ankara and Tehran since the war.",
        "The convoy was sent to Damascus last week.",
        "Refugees working in Ankara sent money home.",
        "The plane took off from Damascus at noon.",
        "The rain falls on Damascus in winter.",
    ],
)
def test_a_capital_as_a_city_in_the_new_contexts_is_no_mention(sample: str) -> None:
    assert surfaces(sample) == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (
            "They rejected the Turkish-Russian agreement.",
            [("Turkish", "turkey"), ("Russian", "russia")],
        ),
        (
            "We do not fear the U.S.-Russian rapprochement.",
            [("U.S.", "united_states"), ("Russian", "russia")],
        ),
        (
            "The Iranian-Russian-Iraqi bloc held.",
            [("Iranian", "iran"), ("Russian", "russia"), ("Iraqi", "iraq")],
        ),
        (
            "Syrian-Turkish relations soured.",
            [("Syrian", "syrian_government"), ("Turkish", "turkey")],
        ),
        # the demonym and the noun may name a body: the Syrian army in a joint force
        (
            "A combined Syrian-Hizballah military force took the town.",
            [("Syrian", "syrian_army"), ("Hizballah", "hezbollah")],
        ),
    ],
)
def test_demonyms_paired_before_a_relation_or_an_act_are_states(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "The camp lies near the Turkish-Syrian border.",
        "A Syrian-American doctor treated the wounded.",
        "The Arab-Israeli conflict shaped the region.",
    ],
)
def test_demonyms_paired_before_a_place_or_a_person_are_no_state(sample: str) -> None:
    assert surfaces(sample) == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Xelil said the Turkish state has targeted the Kurds.", [("Turkish state", "turkey")]),
        ("The bill went to the French cabinet on Monday.", [("French cabinet", "france")]),
        (
            "Jordanian security officials said the men were vetted.",
            [("Jordanian security officials", "jordan")],
        ),
        ("Shells came from Turkish positions overnight.", [("Turkish positions", "turkey")]),
        ("A bomb hit the Turkish convoy.", [("Turkish convoy", "turkey")]),
        ("The Egyptian foreign policy has changed.", [("Egyptian foreign policy", "egypt")]),
        # after a possessive the country alone acts, as before "policy"
        ("Turkey's attempt to widen the war failed.", [("Turkey", "turkey")]),
    ],
)
def test_the_state_its_cabinet_security_officers_and_acts_are_state_nouns(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "Three Syrian state journalists deserted.",
        "The Syrian state-run newspaper ran the story.",
        "A Turkish state-owned bank froze the funds.",
    ],
)
def test_a_state_s_outlets_firms_and_employees_are_not_the_state(sample: str) -> None:
    assert surfaces(sample) == [], sample


@pytest.mark.parametrize(
    "sample",
    [
        "Cairo has grown wary of the Egyptian policy on Syria.",
        "Officers who defected from nearby Syria live in the camp.",
        "Aleppo, once Syria's largest, lies in ruins.",
        "The talks will shape Syria's future.",
    ],
)
def test_a_country_as_a_policy_s_topic_a_neighbour_or_a_whole_is_no_state(sample: str) -> None:
    assert [a for _, a in surfaces(sample) if a == "syrian_government"] == [], sample


def test_pressure_on_a_country_and_its_own_policy_stay_the_state() -> None:
    assert surfaces("Pressure on Syria grew as Syria's policy hardened.") == [
        ("Syria", "syrian_government"),
        ("Syria", "syrian_government"),
    ]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a demonym before a comma shares the next state noun, as before "and"
        (
            "Russian, Syrian planes bomb targets in Idlib.",
            [("Russian", "russia"), ("Syrian planes", "syrian_air_force")],
        ),
        # the agent of a truce after its participle; a state's allies as a body
        (
            "The truce brokered by Washington held for a month.",
            [("Washington", "united_states")],
        ),
        (
            "Assad's Russian allies pressed on.",
            [("Assad", "bashar_al_assad"), ("Russian allies", "russia")],
        ),
    ],
)
def test_a_demonym_before_a_comma_a_broker_and_allies_are_states(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("The eighth round of Intra-Syrian talks opened.", []),
        ("Syria's state news service SANA reported the strikes.", [("SANA", "syrian_state_media")]),
        ("Another Syrian ally, Russia, sent jets.", [("Russia", "russia")]),
    ],
)
def test_talks_among_syrians_a_state_s_outlet_and_one_ally_are_not_the_state(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected
