"""A country named as a whole, as an ideal, along a truce line or in a pair of places is the
country, not its state acting; a government a blow falls on and a state's campaign still act.
Sentences are written for these tests; none is taken from the development reports."""

from __future__ import annotations

import pytest
from test_places import surfaces


@pytest.mark.parametrize(
    "sample",
    [
        # the whole country, and the country as an ideal
        "The fall of the town was a victory for all Syria.",
        "The exiles spoke of building a free and democratic Syria.",
        "They want a united Lebanon and a secular Iraq.",
        "Delegates called for an all-Syria dialogue.",
        # the lines a truce draws, and both countries a thing happens in
        "Patrols watched the ceasefire line between Israel and Syria.",
        "The militants are retreating in both Iraq and Syria.",
        # a movement's wing in the country
        "It fought al-Qaeda's Syria wing in the north.",
    ],
)
def test_a_whole_or_ideal_country_and_a_line_between_two_are_no_mention(sample: str) -> None:
    assert [a for _, a in surfaces(sample) if a != "al_qaeda"] == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("The defeat was a serious blow to Damascus.", [("Damascus", "syrian_government")]),
        ("The loss of the airport was a setback for Ankara.", [("Ankara", "turkey")]),
        ("The Russian campaign is mainly aimed at rebels.", [("Russian campaign", "russia")]),
        ("The Turkish air campaign went on.", [("Turkish air campaign", "turkey")]),
        # an ideal's adjective before a body's demonym, and a country acting beside the pair
        ("A new Syrian opposition bloc was formed.", [("Syrian opposition", "syrian_opposition")]),
        (
            "Both Iraq and Syria condemned the attack.",
            [("Iraq", "iraq"), ("Syria", "syrian_government")],
        ),
    ],
)
def test_a_government_a_blow_falls_on_and_a_state_s_campaign_are_mentions(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected
