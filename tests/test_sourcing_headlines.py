"""Headlines that attribute with a colon or a dash, on headlines of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_sourcing_wire import KHALIL, mentions_of, rows_of

from newsframes.analysers.sourcing import find_quotes
from newsframes.paths import lexicon_dir

SANA = ("SANA", "syrian_state_media", "media")


@pytest.mark.parametrize(
    ("headline", "want"),
    [
        (
            "The talks have failed again - Russian MoD",
            ("The talks have failed again", "Russian MoD"),
        ),
        (
            "Iran’s Deputy FM: The talks have failed again",
            ("The talks have failed again", "Iran’s Deputy FM"),
        ),
        (
            "Ahmed Khalil to Kerry: The talks have failed again",
            ("The talks have failed again", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil in a message to the envoy: We regret the great loss",
            ("We regret the great loss", "Ahmed Khalil"),
        ),
        # a body, a side or witnesses that speak, named by their noun alone
        (
            "Police: Two suspects held in Aleppo raid",
            ("Two suspects held in Aleppo raid", "Police"),
        ),
        (
            "Opposition: Another general defects in Idlib",
            ("Another general defects in Idlib", "Opposition"),
        ),
        ("Reports: Truce holds in the old city", ("Truce holds in the old city", "Reports")),
        (
            "Dozens killed in market blast - witnesses",
            ("Dozens killed in market blast", "witnesses"),
        ),
        # the groups and monitors the wires cite
        ("Barrel bomb raids kill 20: NGO", ("Barrel bomb raids kill 20", "NGO")),
        (
            "Rebels resist the army onslaught: watchdog",
            ("Rebels resist the army onslaught", "watchdog"),
        ),
    ],
)
def test_a_headline_speaker(headline: str, want: tuple[str, str]) -> None:
    text = headline + "\n\nThe body of the report."
    names = [KHALIL] if "Khalil" in text else []
    assert [row[:2] for row in rows_of(text, *names)] == [want]


@pytest.mark.parametrize(
    "headline",
    [
        "Damascus, SANA – The minister met the delegation on Tuesday",
        "Fighters stand together in the countryside, 2017.Credit: Omar Haddad / REUTERS",
        "To really understand the war - subscribe to the Times",
        "Homs to Hama: a road through the front lines",
    ],
)
def test_no_headline_speaker(headline: str) -> None:
    text = headline + "\n\nThe body of the report."
    names = [SANA] if "SANA" in text else []
    assert rows_of(text, *names) == []


def test_the_speaker_heads_are_read_from_the_lexicon(tmp_path: Path) -> None:
    text = "The talks have failed again - Russian MoD\n\nThe body of the report."
    doc = yaml.safe_load((lexicon_dir() / "reporting_verbs.yml").read_text(encoding="utf-8"))
    doc["speaker_heads"].remove("mod")
    path = tmp_path / "reporting_verbs.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert len(find_quotes(text, mentions=mentions_of(text))) == 1
    assert len(find_quotes(text, mentions=mentions_of(text), path=path)) == 0
    del doc["speaker_heads"]  # the list is optional
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert len(find_quotes(text, mentions=mentions_of(text), path=path)) == 0


def test_a_name_then_a_whole_quotation_after_a_colon() -> None:
    text = "Ahmed Khalil: “We will fight on until the end.”\n\nThe army shelled the town."
    assert rows_of(text, KHALIL) == [
        ("“We will fight on until the end.”", "Ahmed Khalil", "ahmed_khalil")
    ]
    country = "Syria: “a country in ruins”\n\nThe body of the report."
    assert rows_of(country, ("Syria", "syria", "state")) == []


def test_a_verb_that_needs_that_in_a_headline_does_not() -> None:
    text = "Army reports pullout of 5,000 fighters from the east\n\nThe body of the report."
    assert [row[:2] for row in rows_of(text)] == [
        ("pullout of 5,000 fighters from the east", "Army")
    ]
    body = "The army reported from the east.\n\nThe body of the report."
    assert rows_of(body) == []


def test_a_headline_s_speaker_may_follow_any_reporting_verb() -> None:
    # "..., warns UN": a headline puts its speaker after the verb; running text does not
    text = "Aleppo faces famine, warns Ahmed Khalil\n\nThe city is besieged."
    assert rows_of(text, KHALIL) == [("Aleppo faces famine", "Ahmed Khalil", "ahmed_khalil")]


def test_the_seat_of_a_state_s_government_speaks_where_the_state_s_name_does_not() -> None:
    kremlin = ("Kremlin", "russia", "state")
    text = "Kremlin: Putin discusses the settlement with Assad\n\nThe body of the report."
    assert rows_of(text, kremlin) == [
        ("Putin discusses the settlement with Assad", "Kremlin", "russia")
    ]
    # a country's name before a colon is the headline's topic
    text = "Russia: Putin discusses the settlement with Assad\n\nThe body of the report."
    assert rows_of(text, ("Russia", "russia", "state")) == []


def test_a_state_after_the_colon_is_the_source_and_before_it_the_topic() -> None:
    iran = ("Iran", "iran", "state")
    assert rows_of("Resistance will lead Syria to victory: Iran\n\nThe body.", iran) == [
        ("Resistance will lead Syria to victory", "Iran", "iran")
    ]
    # with the topic of its statement after its name
    assert rows_of("Chemical weapons must not be used: Iran on the attack\n\nThe body.", iran) == [
        ("Chemical weapons must not be used", "Iran", "iran")
    ]
    # but not a clause the state opens, nor the state before the colon
    assert rows_of("Syria's war: Iran seeks an end to it\n\nThe body.", iran) == []
    assert rows_of("Iran: the war and its neighbours\n\nThe body.", iran) == []
