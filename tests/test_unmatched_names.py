"""unmatched_names: the capitalised names of a text that no actor mention covers."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsframes.analysers.actors import UNMATCHED_COLUMNS, load_actors, unmatched_names
from newsframes.paths import lexicon_dir

TEXT = (
    "Sergeant Omar Haddad left his post near Deraa and joined the Free Syrian Army.\n"
    "“I could not fire on my own town,” Omar Haddad said in March.\n"
    "Soldiers from Syria's Deraa province followed him. The Army of Islam said nothing.\n"
    "Deraa is quiet now."
)


def names(text: str) -> dict[str, int]:
    table = unmatched_names(text)
    assert list(table.columns) == UNMATCHED_COLUMNS
    return dict(zip(table["name"], table["count"], strict=True))


def test_names_no_mention_covers_are_listed_with_their_counts() -> None:
    assert names(TEXT) == {
        "Deraa": 3,  # twice inside sentences, once opening one
        "Sergeant Omar Haddad": 1,
        "Omar Haddad": 1,
        "Syria": 1,  # a place, followed by a possessive: its own name
    }


def test_most_frequent_first_then_in_order_of_appearance() -> None:
    table = unmatched_names(TEXT)
    assert list(table["name"])[:2] == ["Deraa", "Sergeant Omar Haddad"]
    assert table.loc[0, "start"] == TEXT.index("Deraa")


def test_actors_stop_words_calendar_and_sentence_openers_are_not_listed() -> None:
    found = names(TEXT)
    # Actor mentions ("Free Syrian Army", "Army of Islam" is an alias of Jaysh al-Islam),
    # "I", "The", "March", and "Soldiers", capitalised only where it opens a sentence.
    for word in ["Free Syrian Army", "Army of Islam", "Army", "Islam", "I", "The", "March"]:
        assert word not in found
    assert "Soldiers" not in found
    assert names("Soldiers left. Only three Soldiers stayed.") == {"Soldiers": 2}


def test_names_hold_particles_and_connectors_but_no_possessive() -> None:
    assert names("Fighters from Jisr al-Shughour met the Emir of Raqqa's men.") == {
        "Jisr al-Shughour": 1,
        "Emir of Raqqa": 1,
    }
    assert names("They crossed into Syria’s Idlib province.") == {"Syria": 1, "Idlib": 1}
    # A name never runs across a line break (the line opens a paragraph: "Hama" opens it).
    assert names("The men of Homs\nHama and Aleppo left.") == {"Homs": 1, "Aleppo": 1}


def test_a_name_added_to_the_lexicon_is_no_longer_listed(tmp_path: Path) -> None:
    document = yaml.safe_load((lexicon_dir() / "actors.yml").read_text(encoding="utf-8"))
    document["actors"].append(
        {
            "id": "omar_haddad",
            "name": "Omar Haddad",
            "type": "person",
            "side": "opposition",
            "aliases": ["Omar Haddad"],
        }
    )
    edited = tmp_path / "actors.yml"
    edited.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    found = dict(unmatched_names(TEXT, load_actors(edited)).set_index("name")["count"])
    assert "Omar Haddad" not in found and "Sergeant Omar Haddad" not in found
    assert found["Deraa"] == 3


def test_a_text_without_names_gives_an_empty_table() -> None:
    table = unmatched_names("the soldiers left at dawn.")
    assert table.empty and list(table.columns) == UNMATCHED_COLUMNS
