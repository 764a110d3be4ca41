"""A capital in a list, as a state's partner or as what it warns; a demonym in a hyphened
pair; the state, its cabinet and its security officers as state nouns. Sentences of our
own, each rule both ways (actors.yml's ``place_rules`` and ``state_nouns``)."""

from __future__ import annotations

import pytest
from test_places import surfaces


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
            "The advisers will stay to support Damascus in the war.",
            [("Damascus", "syrian_government")],
        ),
        # a capital after an opening place is still the subject of its verb
        ("In Geneva, Moscow said the talks would resume.", [("Moscow", "russia")]),
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
        # a list opened by a locative word: the cities, however the verb reads
        "Officials from Moscow, Ankara and Tehran said the talks would go on.",
        "Flights from London, Paris and Berlin have taken off.",
        # a capital before a plural noun or a place's noun names the city's people or things
        "Letters sent by Damascus residents reached the court.",
        "They are working with Beirut hospitals.",
        "Criticism from London newspapers grew.",
        # a city under fire, and a city helped, are the city
        "Damascus took heavy shelling overnight.",
        "The charity helped Beirut rebuild after the blast.",
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
        # a named body may be one of the pair
        (
            "A joint Syrian-Hizballah operation took the town.",
            [("Syrian", "syrian_government"), ("Hizballah", "hezbollah")],
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
        "Shells landed on the Turkish-Syrian side of the border.",
        "A Syrian-American doctor treated the wounded.",
        "The Arab-Israeli conflict shaped the region.",
        # one demonym twice is talks among Syrians; a people's word is no state
        "The Syrian-Syrian talks resumed.",
        "Syrian-Kurdish talks began in Qamishli.",
    ],
)
def test_demonyms_paired_before_a_place_or_a_person_are_no_state(sample: str) -> None:
    assert surfaces(sample) == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Xelil said the Turkish state has targeted the Kurds.", [("Turkish state", "turkey")]),
        # its broadcasters, as "state television" is
        ("Iranian state radio said the strike failed.", [("Iranian state radio", "iran")]),
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
        # a state of emergency, and arms named by their maker's country
        "The Turkish state of emergency was extended.",
        "The fighters carried Russian assault rifles.",
        # "official" and "military" as adjectives, before what the state owns or holds
        "In this photo from the Syrian official news agency, crowds cheer.",
        "The strikes hit Syrian military bases near Homs.",
        "Shells landed near US military installations.",
        "They were tried under Turkish military laws.",
    ],
)
def test_a_state_s_outlets_firms_and_employees_are_not_the_state(sample: str) -> None:
    assert surfaces(sample) == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Syrian military officers were seen.", [("Syrian military", "syrian_army")]),
        ("A Turkish official said the border was shut.", [("Turkish official", "turkey")]),
        ("The US military said it had struck.", [("US military", "united_states")]),
        # "targets" and "positions" as verbs: the state acts
        (
            "The Turkish military targets Kurdish sites in Syria.",
            [("Turkish military", "turkey")],
        ),
        ("The Russian military positions itself as a broker.", [("Russian military", "russia")]),
    ],
)
def test_official_and_military_before_people_or_a_verb_stay_the_state(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # "State" in a body's name is the body
        ("Russia's State Duma approved the deal.", [("Russia's State Duma", "state_duma")]),
        ("The American State Department said so.", [("State Department", "us_state_department")]),
        # another state's allies are no state of their demonym
        ("Turkey's Syrian allies pushed into Afrin.", [("Turkey", "turkey")]),
        # a cabinet minister's demonym is part of the title
        (
            "Israeli cabinet minister Yuval Steinitz said so.",
            [("Yuval Steinitz", "yuval_steinitz")],
        ),
    ],
)
def test_a_state_s_named_bodies_allies_and_ministers_keep_their_own_reading(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "Cairo has grown wary of the Egyptian policy on Syria.",
        "Officers who defected from nearby Syria live in the camp.",
    ],
)
def test_a_country_as_a_policy_s_topic_or_a_neighbour_is_no_state(sample: str) -> None:
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
        # every demonym of a longer list shares it too, back to the first word that is none
        (
            "Talks were held with Iranian, Russian and Turkish delegations.",
            [("Iranian", "iran"), ("Russian", "russia"), ("Turkish delegations", "turkey")],
        ),
        (
            "British, French, American, German, Italian, Saudi, Qatari and Turkish officials met.",
            [
                ("British", "united_kingdom"),
                ("French", "france"),
                ("American", "united_states"),
                ("German", "germany"),
                ("Italian", "italy"),
                ("Saudi", "saudi_arabia"),
                ("Qatari", "qatar"),
                ("Turkish officials", "turkey"),
            ],
        ),
        (
            "Local, Syrian and Turkish officials met.",
            [("Syrian", "syrian_government"), ("Turkish officials", "turkey")],
        ),
        # the agent of a truce after its participle
        (
            "The truce brokered by Washington held for a month.",
            [("Washington", "united_states")],
        ),
        # before a comma, never a complement or a language
        ("The suspect was an Iraqi, Turkish officials said.", [("Turkish officials", "turkey")]),
        (
            "He answered in Russian, Syrian officials said.",
            [("Syrian officials", "syrian_government")],
        ),
    ],
)
def test_a_demonym_before_a_comma_and_a_broker_are_states(
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
