"""The gazetteer names the war's actors beyond the five articles, and its short names stay safe.

Sentences are written for these tests, in the style of wire copy on the war; none is
taken from the development reports.
"""

from __future__ import annotations

import pytest

from newsframes.analysers.actors import mention_tuples
from newsframes.lexicons.actors import load_actors
from newsframes.lexicons.spelling_variants import common_words


def found(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.actor_id) for m in mention_tuples(text)]


# One entry from each part of the war the gazetteer covers, with its type, side and parent.
COVERED = [
    ("adel_safar", "person", "government", "syrian_government"),
    ("abdul_fattah_qudsiyeh", "person", "government", "military_intelligence"),
    ("syrian_navy", "state_body", "government", "syrian_army"),
    ("badr_organization", "armed_group", "government", None),
    ("pflp_gc", "armed_group", "government", None),
    ("jihad_makdissi", "person", "opposition", None),
    ("free_officers_movement", "armed_group", "opposition", None),
    ("faylaq_al_rahman", "armed_group", "islamist", None),
    ("maghawir_al_thawra", "armed_group", "opposition", "free_syrian_army"),
    ("amaq_news_agency", "media", "jihadist", "islamic_state"),
    ("talal_silo", "person", "kurdish", "syrian_democratic_forces"),
    ("syriac_military_council", "armed_group", "kurdish", "syrian_democratic_forces"),
    ("sergei_rudskoy", "person", "foreign_state", "russian_general_staff"),
    ("jen_psaki", "person", "foreign_state", "united_states"),
    ("ibrahim_kalin", "person", "foreign_state", "turkey"),
    ("bahram_qasemi", "person", "foreign_state", "iran"),
    ("ayman_safadi", "person", "foreign_state", "jordan"),
    ("nabil_elaraby", "person", "international", "arab_league"),
    ("federica_mogherini", "person", "international", "european_union"),
    ("ahmet_uzumcu", "person", "international", "opcw"),
    ("razan_zaitouneh", "person", "opposition", "violations_documentation_center"),
    ("dpa", "media", "media", None),
]


@pytest.mark.parametrize("actor_id, type_, side, parent", COVERED)
def test_the_gazetteer_covers_every_camp_of_the_war(
    actor_id: str, type_: str, side: str, parent: str | None
) -> None:
    actor = load_actors().actors[actor_id]
    assert (actor.type, actor.side, actor.parent) == (type_, side, parent)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Interior Minister Mohammad al-Shaar was wounded in the bombing, state media said.",
            [("Mohammad al-Shaar", "mohammad_ibrahim_al_shaar")],
        ),
        (
            "Fighters of Kata'ib Hezbollah and the Badr Organization reached Aleppo.",
            [("Kata'ib Hezbollah", "kataib_hezbollah"), ("Badr Organization", "badr_organization")],
        ),
        (
            "Talal Silo, the former SDF spokesman, crossed the border.",
            [("Talal Silo", "talal_silo"), ("SDF", "syrian_democratic_forces")],
        ),
        (
            "Ayman Safadi and Sergei Lavrov spoke by phone, Petra news agency reported.",
            [
                ("Ayman Safadi", "ayman_safadi"),
                ("Sergei Lavrov", "sergei_lavrov"),
                ("Petra news agency", "petra_news_agency"),
            ],
        ),
        (
            "Abu Mahdi al-Muhandis and Qais al-Khazali visited the front.",
            [
                ("Abu Mahdi al-Muhandis", "abu_mahdi_al_muhandis"),
                ("Qais al-Khazali", "qais_al_khazali"),
            ],
        ),
        (
            "The State Duma backed the deployment, Kommersant wrote.",
            [("State Duma", "state_duma"), ("Kommersant", "kommersant")],
        ),
        # Turkish letters are matched as written and in their plain spelling.
        (
            "İbrahim Kalın said Ibrahim Kalin's words stood.",
            [("İbrahim Kalın", "ibrahim_kalin"), ("Ibrahim Kalin", "ibrahim_kalin")],
        ),
        # The common spellings of existing entries: Turkish and Russian wire copy.
        (
            "The TSK said, according to the Anatolia news agency.",
            [("TSK", "turkey"), ("Anatolia news agency", "anadolu_agency")],
        ),
        (
            "Jebhat al-Nusra lost ground, the Russian MoD said.",
            [("Jebhat al-Nusra", "al_nusra_front"), ("Russian MoD", "russian_defence_ministry")],
        ),
    ],
)
def test_new_actors_are_found_where_a_report_names_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_an_opted_in_name_is_found_in_another_spelling() -> None:
    # Listed as "Mohammad Mahalla"; the spelling rules make "Mohamed Mahalla".
    assert found("Mohamed Mahalla headed the branch.") == [("Mohamed Mahalla", "mohammad_mahalla")]


@pytest.mark.parametrize(
    "text",
    [
        "The bread cost fifty pence more.",  # Pence is case-sensitive
        "The bell's clapper was cracked.",  # Clapper too
        "Residents of Duma fled the shelling.",  # the town, not the State Duma
        "Arab news outlets carried the statement.",  # not Arab News
        "Islamic relief agencies sent food.",  # not Islamic Relief
        "The Times reported that the colonel had fled.",  # which Times is not known
        "A Badr Brigade unit of the rebels took the hill.",  # not the Iraqi Badr Organization
        "The future movement of troops is unclear.",  # not the Future Movement
    ],
)
def test_short_and_ambiguous_names_are_not_actors(text: str) -> None:
    assert found(text) == []


def test_afghan_and_pakistani_fighters_are_not_their_states() -> None:
    # Iran's Shia recruits in Syria, not the governments of Afghanistan and Pakistan.
    text = "Afghan fighters and Pakistani forces of the Fatemiyoun Brigade advanced."
    assert found(text) == [("Fatemiyoun Brigade", "liwa_fatemiyoun")]


# One-word aliases matched in any case that are also common English words, each on purpose.
COMMON_BY_DESIGN = {
    "Kremlin": "a word only as the Russian presidency",
    "McMaster": "a surname counted as common because of the university",
}


def test_no_one_word_alias_matched_in_any_case_is_a_common_english_word() -> None:
    lexicon = load_actors()
    common = common_words(5)
    risky = sorted(
        {
            alias
            for actor in lexicon.actors.values()
            for alias in actor.aliases
            if " " not in alias and alias not in lexicon.case_sensitive and alias.lower() in common
        }
    )
    assert risky == sorted(COMMON_BY_DESIGN)
