"""A country named as an ideal, along a truce line or in a pair of places is the country, not
its state acting; a government a blow falls on and a state's air campaign still act.
Sentences are written for these tests; none is taken from the development reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_places import _actors_doc, _write_actors, surfaces

from newsframes.analysers.actors import find_mentions, load_actors


@pytest.mark.parametrize(
    "sample",
    [
        # the country as an ideal, its name ending the phrase
        "The exiles spoke of building a free and democratic Syria.",
        "They want a united Lebanon and a secular Iraq.",
        "He dreamed of a new Syria where all are equal.",
        "The Coalition wants a free Syria — one without the old elite.",
        "The communiqué calls for a sovereign Syria (whose unity all respect).",
        "They seek a truly democratic Syria.",
        "A Free And Democratic Syria: The Opposition's Dream",
        "Thousands joined the anti-Iraq war protests in 2003.",  # a war opposed
        "Delegates called for an all-Syria dialogue.",
        # the lines a truce draws, and both countries a thing happens in
        "Patrols watched the ceasefire line between Israel and Syria.",
        "The militants are retreating in both Iraq and Syria.",
        # a movement's wing in the country
        "It fought al-Qaeda's Syria wing in the north.",
    ],
)
def test_an_ideal_country_and_a_line_between_two_are_no_mention(sample: str) -> None:
    assert [a for _, a in surfaces(sample) if a != "al_qaeda"] == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("The defeat was a serious blow to Damascus.", [("Damascus", "syrian_government")]),
        ("The loss of the airport was a setback for Ankara.", [("Ankara", "turkey")]),
        ("The Russian air campaign went on.", [("Russian air campaign", "russia")]),
        ("A Turkish bombing campaign began.", [("Turkish bombing campaign", "turkey")]),
        # an ideal's adjective before a name that does not end the phrase, or a body's demonym
        ("Talks with a new Iraq government began.", [("Iraq government", "iraq")]),
        ("A new Israel strike hit the depot.", [("Israel", "israel")]),
        (
            "Rebels braced for a new Russia and Iran offensive.",
            [("Russia", "russia"), ("Iran", "iran")],
        ),
        ("A new Syrian opposition bloc was formed.", [("Syrian opposition", "syrian_opposition")]),
        # countries acting beside the new words: a pair, a whole country, help given by both,
        # and the state a wing takes sides with
        (
            "Both Iraq and Syria condemned the attack.",
            [("Iraq", "iraq"), ("Syria", "syrian_government")],
        ),
        ("All Russia wants is a friendly government.", [("Russia", "russia")]),
        (
            "Assad survived with help from both Russia and Iran.",
            [("Assad", "bashar_al_assad"), ("Russia", "russia"), ("Iran", "iran")],
        ),
        ("The pro-Russia wing of the opposition attended.", [("Russia", "russia")]),
        # a campaign group is no state's
        ("A Syrian campaign group counted the dead.", []),
    ],
)
def test_a_government_a_blow_falls_on_and_a_state_s_air_campaign_are_mentions(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


def test_the_adjectives_of_an_ideal_are_the_lexicon_s(tmp_path: Path) -> None:
    text = "They spoke of a secular Iraq."
    assert surfaces(text) == []
    doc = _actors_doc()
    del doc["place_rules"]["ideals"]
    assert find_mentions(text, load_actors(_write_actors(tmp_path, doc)))["actor_id"].tolist() == [
        "iraq"
    ]
