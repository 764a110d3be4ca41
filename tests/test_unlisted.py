"""Actors the gazetteer does not list: found by the shape of their names, joined to their
later surname and acronym mentions, kept apart from the mentions, and suggested as entries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from newsframes.analysers.actors import corpus_mentions, mention_tuples
from newsframes.analysers.name_words import Found, later_forms
from newsframes.analysers.suggestions import suggestions_from, unlisted_actors
from newsframes.analysers.unlisted import actor_slug, find_unlisted
from newsframes.corpus.articles import load_corpus
from newsframes.errors import LexiconError
from newsframes.lexicons.name_patterns import load_name_patterns
from newsframes.pipeline import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface, actor id, rule) of every unlisted mention in ``text``."""
    return [
        (text[f.start : f.end], actor_slug(f.name), f.rule)
        for f in find_unlisted(text, mention_tuples(text))
    ]


@pytest.mark.parametrize(
    "text, surface, actor_id",
    [
        (
            "General Mazen Ahmad al-Sheikh defected.",
            "Mazen Ahmad al-Sheikh",
            "unlisted:mazen_ahmad_al_sheikh",
        ),
        ("Brig. Gen. Hussein al-Ziyud fled.", "Hussein al-Ziyud", "unlisted:hussein_al_ziyud"),
        ("Lt. Col. Khaled al-Hamoud spoke.", "Khaled al-Hamoud", "unlisted:khaled_al_hamoud"),
        ("Capt. Fares al-Tayyan's unit left.", "Fares al-Tayyan", "unlisted:fares_al_tayyan"),
        ("said spokesman Abu Omar al-Halabi.", "Abu Omar al-Halabi", "unlisted:abu_omar_al_halabi"),
        # ranks without full stops, as British and military style writes them
        ("The body of Sgt James Slape came home.", "James Slape", "unlisted:james_slape"),
        ("Maj Gen Fares al-Tayyan left.", "Fares al-Tayyan", "unlisted:fares_al_tayyan"),
        ("Lt Col Khaled al-Hamoud spoke.", "Khaled al-Hamoud", "unlisted:khaled_al_hamoud"),
    ],
)
def test_a_title_or_description_before_a_name_is_a_person(text, surface, actor_id):
    assert found(text)[0] == (surface, actor_id, found(text)[0][2])
    assert found(text)[0][2] in {"title", "description"}


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("The Sarmada Military Council said so.", "Sarmada Military Council", "group"),
        ("Fighters of the Farouq Battalion left.", "Farouq Battalion", "armed_group"),
        ("Syria's Revolutionary Steering Council met.", "Revolutionary Steering Council", "group"),
        ("He joined the Sheikh Yusuf Brigade.", "Sheikh Yusuf Brigade", "armed_group"),
    ],
)
def test_a_name_ending_in_a_head_noun_is_a_body(text, surface, kind):
    (first,) = find_unlisted(text, mention_tuples(text))
    assert (text[first.start : first.end], first.actor_type, first.rule) == (
        surface,
        kind,
        "head_noun",
    )


def test_later_surname_and_acronym_mentions_join_the_first():
    text = (
        "General Mazen Ahmad al-Sheikh said the Qalamoun Revolutionaries Front (QRF) was strong. "
        "Al-Sheikh added that the QRF would hold. Sheikh Ali disagreed with al-Sheikh."
    )
    rows = found(text)
    assert rows == [
        ("Mazen Ahmad al-Sheikh", "unlisted:mazen_ahmad_al_sheikh", "title"),
        ("Qalamoun Revolutionaries Front", "unlisted:qalamoun_revolutionaries_front", "head_noun"),
        ("Al-Sheikh", "unlisted:mazen_ahmad_al_sheikh", "surname"),
        ("QRF", "unlisted:qalamoun_revolutionaries_front", "acronym"),
        ("Ali", "unlisted:ali", "title"),
        ("al-Sheikh", "unlisted:mazen_ahmad_al_sheikh", "surname"),
    ]


def test_a_surname_an_opener_begins_is_its_two_words_in_either_spelling():
    # a later "Abdel Karim said" is the colonel named in full, not a second person
    text = "Colonel Khaled Abdel Karim defected. Abdel Karim said the unit would follow."
    assert found(text) == [
        ("Khaled Abdel Karim", "unlisted:khaled_abdel_karim", "title"),
        ("Abdel Karim", "unlisted:khaled_abdel_karim", "surname"),
    ]
    # joined in the first mention, apart in the later one
    text = "Colonel Khaled Abdulkarim defected. Later Abdul Karim said the unit would follow."
    assert [row[1] for row in found(text)] == ["unlisted:khaled_abdulkarim"] * 2
    # "Abdullah" is a name of its own, not "Abdul" and a surname (with or without the article)
    assert later_forms(
        Found(0, 15, "Khaled Abdullah", "person", "title"), load_name_patterns()
    ) == {"Abdullah", "al-Abdullah", "Al-Abdullah"}


def test_a_surname_is_a_later_form_with_the_article_too() -> None:
    forms = later_forms(Found(0, 12, "Talal Barazi", "person", "title"), load_name_patterns())
    assert {"Barazi", "al-Barazi", "Al-Barazi"} <= forms
    text = "Homs Governor Talal Barazi told SANA.\n\nAl-Barazi said the families could return."
    last = mention_tuples(text)[-1]
    assert (last.surface, last.actor_id) == ("Al-Barazi", "talal_barazi")


def test_a_surname_that_is_a_word_is_a_later_form_only_after_an_honorific() -> None:
    forms = later_forms(Found(0, 11, "Emma Bishop", "person", "title"), load_name_patterns())
    assert "Bishop" not in forms
    assert not {"al-Bishop", "Al-Bishop"} & forms  # nor with an article
    assert {"Ms Bishop", "Mr. Bishop", "Dr Bishop"} <= forms
    # a name of one word has no honoured form
    assert later_forms(Found(0, 6, "Bishop", "person", "title"), load_name_patterns()) == set()


@pytest.mark.parametrize(
    "text, surface, rule",
    [
        ('"I stayed," said dissident captain Fares al-Tayyan.', "Fares al-Tayyan", "description"),
        ("(Reporting by Owen Hartley; Editing by Mark Dolan)", "Owen Hartley", "description"),
        ("Reporting by: Baran Xelil\n\nSource: Test", "Baran Xelil", "description"),
        ("By : Sarah Hallum.", "Sarah Hallum", "credit"),
        ("By: Sarah Hallum", "Sarah Hallum", "credit"),
        ("a colonel named Qasim Badr Aldin defected", "Qasim Badr Aldin", "description"),
        ("Igor Sutyagin, senior research fellow at RUSI, said", "Igor Sutyagin", "after"),
        ("In Hama Province Ahmad Hussein, a resident, said", "Ahmad Hussein", "after"),
        # a credit under a report, and a role "of" a body before an apposed name
        ("Troops left.\nContributing: Lena Haddad", "Lena Haddad", "credit"),
        ("  • Article by: LENA HOLT\n", "LENA HOLT", "credit"),
        ("Troops left.\nAdditional reporting by Omar Saleh in Beirut", "Omar Saleh", "description"),
        (
            "The director of Beit Hanina Museum, Tamar Levin, said it was closed.",
            "Tamar Levin",
            "description",
        ),
    ],
)
def test_descriptions_credits_and_appositions_mark_a_person(text, surface, rule):
    (first, *_) = find_unlisted(text, mention_tuples(text))
    assert (text[first.start : first.end], first.rule) == (surface, rule)


def test_a_name_never_runs_over_a_line_break_and_a_later_surname_may_be_possessive():
    text = (
        "Contact Editor\nChana Yaar spoke.\n\n"
        "A woman identifying herself as Zubaydah Almiqi left.\n\n"
        "Almiqi's defection was filmed."
    )
    rows = found(text)
    assert ("Zubaydah Almiqi", "unlisted:zubaydah_almiqi", "description") in rows
    assert ("Almiqi", "unlisted:zubaydah_almiqi", "surname") in rows
    assert not any("\n" in surface for surface, _, _ in rows)


def test_a_generation_is_no_rank() -> None:
    assert found("Many Gen Z Syrians left the country.") == []


def test_a_surname_before_the_first_mention_or_shared_by_two_is_not_joined():
    assert found("Ziyud was seen. Brig. Gen. Hussein al-Ziyud fled.") == [
        ("Hussein al-Ziyud", "unlisted:hussein_al_ziyud", "title")
    ]
    shared = "Colonel Ahmed Hamoud and Major Khaled Hamoud left. Hamoud spoke."
    assert [r[0] for r in found(shared)] == ["Ahmed Hamoud", "Khaled Hamoud"]


def test_listed_actors_titles_and_common_words_are_not_unlisted():
    # Riad al-Asaad and the Free Syrian Army are in actors.yml; "Major cities" is no person;
    # "General Mobilisation Directorate" is a body, not a General named "Mobilisation ...".
    text = (
        "Colonel Riad al-Asaad leads the Free Syrian Army. Major cities were quiet. "
        "The General Mobilisation Directorate denied it."
    )
    assert found(text) == [
        (
            "General Mobilisation Directorate",
            "unlisted:general_mobilisation_directorate",
            "head_noun",
        )
    ]


def test_the_unlisted_table_is_apart_from_the_mentions():
    text = "Brig. Gen. Hussein al-Ziyud of the Syrian Army fled. Ziyud is safe."
    corpus = load_corpus().head(1).assign(id="test", text=text)
    analysis = analyze(corpus[["id", "text"]])
    assert analysis.unlisted["actor_id"].tolist() == ["unlisted:hussein_al_ziyud"] * 2
    assert analysis.unlisted["rule"].tolist() == ["title", "surname"]
    assert analysis.unlisted["sent_id"].tolist() == [0, 1]
    assert not analysis.mentions["actor_id"].str.startswith("unlisted:").any()
    assert set(analysis.mentions["actor_id"]) == {"syrian_army"}


def test_the_suggestions_from_a_pipeline_run_are_those_of_the_detector_run_again():
    texts = [
        "Brig. Gen. Hussein al-Ziyud of the Syrian Army fled.  Ziyud is safe.",
        "Lt. Col. Kamal Nasrawi spoke. Brig. Gen. Hussein al-Ziyud joined him. Nasrawi left.",
    ]
    corpus = pd.DataFrame({"id": ["a", "b"], "text": texts})
    from_pipeline = suggestions_from(analyze(corpus).unlisted)
    assert from_pipeline.equals(unlisted_actors(corpus))
    ziyud = from_pipeline.set_index("id").loc["hussein_al_ziyud"]
    assert (ziyud["mentions"], ziyud["articles"], ziyud["first_seen"]) == (3, 2, "a")
    # the surfaces as written, each once
    nasrawi = from_pipeline.set_index("id").loc["kamal_nasrawi", "aliases"]
    assert nasrawi == ["Kamal Nasrawi", "Nasrawi"]
    assert suggestions_from(analyze(corpus).unlisted.head(0)).empty


def test_the_book_articles_name_no_unlisted_actor():
    # every titled name and named body of the five is in the gazetteer
    corpus = load_corpus()
    assert unlisted_actors(corpus).empty
    assert len(corpus_mentions(corpus)) > 0


def test_bad_patterns_are_named(tmp_path: Path):
    path = tmp_path / "name_patterns.yml"
    path.write_text(
        yaml.safe_dump({"titles": ["General", 3], "head_nouns": {"brigade": "x"}, "extra": 1})
    )
    with pytest.raises(LexiconError) as caught:
        load_name_patterns(path)
    text = str(caught.value)
    assert "titles[1]" in text and "head_nouns.brigade" in text and "extra: unknown key" in text


ARTICLE = """---
id: test-2013-defections
title: "Officers defect"
outlet: Test News
outlet_country: United Kingdom
outlet_type: online
date: "2013-01-02"
date_precision: day
date_basis: stated
date_note: written for the tests
byline: null
translated_by: null
language: en
url: null
rights: written for the tests
---
General Mazen Ahmad al-Sheikh, who heads the Sarmada Military Council, said the army was
collapsing. Al-Sheikh added that the Qalamoun Revolutionaries Front (QRF) was strong.
Later the QRF denied it. Free Syrian Army fighters agreed.
"""


def test_suggest_actors_prints_entries_that_paste_into_actors_yml(tmp_path: Path):
    (tmp_path / "test-2013-defections.md").write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsframes", "suggest-actors", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    entries = yaml.safe_load(run.stdout)
    assert [e["id"] for e in entries] == [
        "mazen_ahmad_al_sheikh",
        "qalamoun_revolutionaries_front",
        "sarmada_military_council",
    ]
    first = entries[0]
    assert first["name"] == "Mazen Ahmad al-Sheikh" and first["type"] == "person"
    assert first["aliases"] == ["Mazen Ahmad al-Sheikh", "Al-Sheikh"]
    assert entries[1]["aliases"] == ["Qalamoun Revolutionaries Front", "QRF"]
    assert "# side:" in run.stdout and "3 actors that actors.yml does not list" in run.stdout


def test_a_speaker_of_a_body_before_the_verb_is_a_person() -> None:
    # the body between the name and "said" is left out of the name (and found on its own)
    text = "“The camps are full,” Dilnoza Karimova of the Tashkent Refugee Council said."
    assert ("Dilnoza Karimova", "unlisted:dilnoza_karimova", "subject") in found(text)
    assert ("Farid Osmani", "unlisted:farid_osmani", "subject") in found(
        "Farid Osmani from Amnesty International told reporters the town was empty."
    )


def test_an_agency_s_editing_and_translation_credits_name_persons() -> None:
    text = "The fighters withdrew.\nEditing: Karim Haddadin\nTranslation: Samir Qasemi"
    assert found(text) == [
        ("Karim Haddadin", "unlisted:karim_haddadin", "credit"),
        ("Samir Qasemi", "unlisted:samir_qasemi", "credit"),
    ]
