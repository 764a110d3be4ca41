"""The conventions of news English that give away a person the gazetteer does not list:
roles before a name, lists after a plural role, appositions, the subject of a reporting
verb, bylines and photo credits, and names with particles and accented letters. Every
sentence is written for these tests; each rule also has a case it must leave alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from newsframes.analysers.actors import mention_tuples, unmatched_names
from newsframes.analysers.unlisted import find_unlisted
from newsframes.errors import LexiconError
from newsframes.lexicons.name_patterns import load_name_patterns, particle_prefix
from newsframes.lexicons.word_regex import words_regex, words_trie_regex


def people(text: str) -> list[tuple[str, str]]:
    """(surface, rule) of every unlisted person in ``text``."""
    return [
        (text[f.start : f.end], f.rule)
        for f in find_unlisted(text, mention_tuples(text))
        if f.actor_type == "person"
    ]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Kurdish official Rezan Hido said the road was cut.", "Rezan Hido"),
        ("Opposition activist Samer Habbal filmed the shelling.", "Samer Habbal"),
        ("The monitor's head Fadi Qassab counted the dead.", "Fadi Qassab"),
        ("The council's spokesperson Lina Haddad denied it.", "Lina Haddad"),
        ("The rebel fighter Tamer Kanaan was wounded.", "Tamer Kanaan"),
        ("Local journalist Yaman Khatib sent pictures.", "Yaman Khatib"),
        ("Wire writer Dalia Haidar in Amman contributed.", "Dalia Haidar"),
        ("The court's judge Anas Rifai refused.", "Anas Rifai"),
        ("Her brother Jalal Mourad stayed behind.", "Jalal Mourad"),
        # the name someone gave for himself or herself
        ("A young man who identified himself as Nabil said the troops came.", "Nabil"),
        ("A woman who called herself Umm Tarek waited.", "Umm Tarek"),
    ],
)
def test_a_role_in_lower_case_before_a_name_marks_a_person(text, surface):
    assert people(text)[0] == (surface, "description")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Judge Tarek Sweid signed the order.", "Tarek Sweid"),
        ("Parliament Speaker Kamal Jaber opened the session.", "Kamal Jaber"),
        ("Major-General Ilya Sorokin visited the base.", "Ilya Sorokin"),
    ],
)
def test_more_titles_before_a_name(text, surface):
    assert people(text) == [(surface, "title")]


def test_a_plural_role_names_every_person_of_its_list():
    text = "The strike killed senior commanders Omar Shihab, Abu Hamza Tellawi and Ziad Qurdi."
    assert people(text) == [
        ("Omar Shihab", "description"),
        ("Abu Hamza Tellawi", "description"),
        ("Ziad Qurdi", "description"),
    ]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Hamid Raslan, 34, a teacher from Douma, said he fled.", "Hamid Raslan"),
        ("Speaking from Qamishli, Delil Hesen, a local journalist, said so.", "Delil Hesen"),
        ("Nizar Othman, the brigade's deputy commander, left.", "Nizar Othman"),
        # a given name alone, opening a sentence, after a quotation or an inverting verb
        ("Delsoz, a Syrian army officer, was quoted by the paper.", "Delsoz"),
        ("Schafik, a 20-year-old, is angry.", "Schafik"),
        ("“We left,” said Khava, a resident of Grozny.", "Khava"),
    ],
)
def test_an_apposition_after_a_name_marks_a_person(text, surface):
    assert people(text) == [(surface, "after")]


@pytest.mark.parametrize(
    "text",
    [
        # a place after a preposition, a dateline's place, a date: no given name alone
        "In the area of Tadmur, the chief of staff said the road was open.",
        "Tadmur, SANA - The army entered the town.",
        "Nov, 22, 2014",
    ],
)
def test_a_lone_word_before_a_description_is_no_person_elsewhere(text):
    assert people(text) == []


@pytest.mark.parametrize(
    "text, surface, rule",
    [
        (
            "On Tuesday Yasser Dallal told reporters the town had fallen.",
            "Yasser Dallal",
            "subject",
        ),
        (
            "The head of the local council in Tadmur, Mazen Turk, confirmed the report.",
            "Mazen Turk",
            "subject",
        ),
        ("Mark Lindqvist reported from the border last year.", "Mark Lindqvist", "subject"),
        ("Selin Kaya reports from Gaziantep.", "Selin Kaya", "subject"),
        ('"We will not leave," said Bassel Kanjo.', "Bassel Kanjo", "inverted"),
        ("Ten died, according to Nadim Qutaish, who runs the clinic.", "Nadim Qutaish", "inverted"),
    ],
)
def test_the_speaker_of_a_reporting_verb_is_a_person(text, surface, rule):
    assert people(text) == [(surface, rule)]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Rebels Regroup in the North\n\nBy Rana Mousli 12/3/2015\n\nThe rebels", "Rana Mousli"),
        ("Fighters near the front. Photo: Kareem Sahloul\n", "Kareem Sahloul"),
        ("A destroyed school in Douma. (AFP/Walid Haj Naser)\n", "Walid Haj Naser"),
        ("Smoke over the town. Hasan Bashir / REUTERS\n", "Hasan Bashir"),
        ("Smoke over the town. © AFP 2016/ SAMI DARWISH\n", "SAMI DARWISH"),
        ("Rebels Regroup\n\nLayla Tannous | Levant Weekly\n\nThe rebels", "Layla Tannous"),
    ],
)
def test_bylines_and_photo_credits_name_a_person(text, surface):
    assert people(text) == [(surface, "credit")]


def test_a_byline_names_every_writer():
    text = "Rebels Regroup\n\nBy Sarah Whitfield and Omar Fahmy\n\nThe rebels left."
    assert people(text) == [("Sarah Whitfield", "credit"), ("Omar Fahmy", "credit")]
    text = "Rebels Regroup\n\nLina Sabbagh, Tarek Hamwi and Rola Kassem\n\nThe rebels left."
    assert [rule for _, rule in people(text)] == ["name_line"] * 3


def test_a_line_of_names_under_a_report_is_its_byline():
    text = "The talks ended on Friday.\n\nRafiq Dalloul/Walid Hamdan / Barakat\n\nRead more"
    assert people(text) == [
        ("Rafiq Dalloul", "name_line"),
        ("Walid Hamdan", "name_line"),
        ("Barakat", "name_line"),
    ]
    assert people("The talks ended.\n\nNour Kelzi\n") == [("Nour Kelzi", "name_line")]


def test_accented_names_and_later_surnames_join_the_first():
    text = (
        "Brigade commander Yusuf Öztürk said the town was taken. "
        "Şükrü Yıldız, a doctor in the town, said ten were hurt. "
        "Öztürk added that more would come, and Yıldız's clinic was full."
    )
    assert people(text) == [
        ("Yusuf Öztürk", "description"),
        ("Şükrü Yıldız", "after"),
        ("Öztürk", "surname"),
        ("Yıldız", "surname"),
    ]


def test_a_surname_joins_the_full_name_in_any_case_of_its_article():
    text = (
        "The raid killed commander Abul Fadl Al-Qurashi. Abul Fadl al-Qurashi had led the "
        "group since 2014; al-Qurashi's deputy fled."
    )
    rows = [(text[f.start : f.end], f.name) for f in find_unlisted(text, mention_tuples(text))]
    assert rows == [
        ("Abul Fadl Al-Qurashi", "Abul Fadl Al-Qurashi"),
        ("Abul Fadl al-Qurashi", "Abul Fadl Al-Qurashi"),
        ("al-Qurashi", "Abul Fadl Al-Qurashi"),
    ]


def test_a_surname_first_seen_alone_joins_the_full_name_given_later():
    text = (
        "Colonel Hadad's unit crossed over. A man identifying himself as Walid Hadad spoke.\n\n"
        "Hadad's family left."
    )
    rows = [(text[f.start : f.end], f.name) for f in find_unlisted(text, mention_tuples(text))]
    assert rows[-1] == ("Hadad", "Walid Hadad")


@pytest.mark.parametrize(
    "text",
    [
        "By Monday the rebels had left the town.",
        "By March the siege was over.",
        "The shelling went on.\n\nIdlib Province\n\nMore news",
        "Read the report.\n\nRelated Items\n\nLeave a Reply",
        "The talks ended.\n\nDaily Sabah\n\nWorld Bulletin\n",
        "The Red Crescent said ten were hurt.",
        "The White Helmets said the school was hit.",
        "Iran's Deputy FM: the strikes must stop.",
        "The Defense Ministry spokesman Maj. Gen. said nothing.",
        "Not a member Register   Forgot Password",
        "On Friday the Local Council said the bakery reopened.",
        "Top officials met in Geneva on Tuesday, March 3.",
        "Middle East | World\n",
        "Fighting Intensifies Again\n\nThe battle for the town went on.",
        "The shelling went on.\n\nRas al-Ain\n\nMore news",
        "Kurdish Red Crescent said five medics were wounded.",
        "Read more.\n\nRelated Coverage\n\nMost Read",
        "Rebels Regroup\n\nThe rebels left the town.",
    ],
)
def test_places_months_headline_words_and_page_chrome_are_no_persons(text):
    assert people(text) == []


def test_the_small_words_of_names_are_data(tmp_path: Path):
    path = tmp_path / "name_patterns.yml"
    doc = {
        "titles": ["General"],
        "particles": ["al", "Ash", "ash-"],
        "articles": ["the"],
        "inflections": {"ies": "y", "S": "", "es": 3},
    }
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_name_patterns(path)
    problems = str(caught.value)
    assert "particles[1]" in problems and "particles[2]" in problems
    assert "inflections.S" in problems and "inflections.es" in problems
    assert "inflections.ies" not in problems
    doc["particles"], doc["inflections"] = ["al"], {"ies": "y"}
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    only_al = particle_prefix(load_name_patterns(path))
    assert only_al.match("al-Shami") and not only_al.match("ash-Shami")
    assert particle_prefix(load_name_patterns()).match("ash-Shami")


def test_unmatched_names_read_the_particles_of_name_patterns():
    names = unmatched_names("They met Liwa ash-Shamal and Liwa Tawhid.")["name"]
    assert set(names) == {"Liwa ash-Shamal", "Liwa Tawhid"}


def test_the_trie_alternation_matches_what_the_flat_one_matches():
    words = ["co-chair", "commander", "commanders", "Lt.", "Lt. Col.", "head", "head of", "a"]
    flat = re.compile(rf"(?:{words_regex(words)})(?![\w.-])")
    trie = re.compile(rf"(?:{words_trie_regex(words)})(?![\w.-])")
    text = "the Lt. Col. met a co-chair, commanders and the head of a unit; Lt.  Col. left"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.group() for m in trie.finditer(text)] == [
        "Lt. Col.",
        "a",
        "co-chair",
        "commanders",
        "head of",
        "a",
        "Lt.  Col.",
    ]


def rows(text: str) -> list[tuple[str, str, str]]:
    """(surface, actor type, rule) of every unlisted row in ``text``."""
    return [
        (text[f.start : f.end], f.actor_type, f.rule)
        for f in find_unlisted(text, mention_tuples(text))
    ]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Talal Daqqaq, a colonel from the border guards, crossed over.", "Talal Daqqaq"),
        ("Nabil Kanjo, a brigadier in the engineers, fled north.", "Nabil Kanjo"),
        ("Suhail Rajab, an adviser to the council, resigned.", "Suhail Rajab"),
    ],
)
def test_a_rank_or_role_after_a_name_marks_a_person(text, surface):
    assert people(text) == [(surface, "after")]


def test_a_role_then_a_comma_then_a_lone_name_marks_a_person_and_its_repeats():
    text = "Ten shells fell, said the activist, Yamen. Later Yamen said the shelling stopped."
    assert people(text) == [("Yamen", "description"), ("Yamen", "repeat")]


def test_a_person_is_the_owner_of_kin():
    assert people("Crowds mourned outside Wael Sabbouh's brother's home.") == [
        ("Wael Sabbouh", "kin")
    ]
    assert people("The Islamic State's wife story was false.") == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Source: Wire | 2019-01-02 |Editor: Lin Haoran\n\nThe text.", "Lin Haoran"),
        ("A market burns.\n    © AFP/ Omar Said\n", "Omar Said"),
    ],
)
def test_wire_desks_and_agency_credits_name_a_person(text, surface):
    assert people(text) == [(surface, "credit")]


def test_a_byline_that_repeats_its_name_is_two_mentions_and_layout_is_no_name():
    text = (
        "Shelling resumes\n\nDilan Serhat Dilan Serhat |\n\nShelling resumed.\nWatch PlayerClose\n"
    )
    assert people(text) == [("Dilan Serhat", "credit"), ("Dilan Serhat", "credit")]
    assert people("Menu\n\nLive TV RADIO\n\nRebels advanced.") == []


def test_a_dateline_in_capitals_ends_a_byline():
    assert people("By Rana Khoury and Samir Daher BEIRUT: Rebels advanced.") == [
        ("Rana Khoury", "credit"),
        ("Samir Daher", "credit"),
    ]


def test_a_headline_addressing_someone_names_a_person_after_a_known_speaker():
    text = "Lavrov to Petrosyan: talks go on\n\nThe minister spoke."
    assert ("Petrosyan", "person", "addressee") in rows(text)
    assert rows("Homs to Hama: the road is open\n\nTraffic moved.") == []


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Rami Haddad heads the University of Lattakia.", "University of Lattakia", "intl_org"),
        (
            "She runs the Institute for Levant Studies and Documentation in Paris.",
            "Institute for Levant Studies and Documentation",
            "intl_org",
        ),
        ("A spokesman told The Amman Herald on Sunday.", "The Amman Herald", "media"),
        ("A spokesman told the Lattakia Chronicle on Sunday.", "Lattakia Chronicle", "media"),
        ("Darfa News reported the shelling.", "Darfa News", "media"),
        ("Fighters of the Abu Obeida battalion retreated.", "Abu Obeida battalion", "armed_group"),
    ],
)
def test_bodies_of_or_for_something_papers_and_lower_case_units(text, surface, kind):
    assert (surface, kind, "head_noun") in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "« Previous Post | Home | Next Post »",
        "Latest News | Breaking News | World News",
        "The split in the Alawite brigade widened.",
        "Officers of a Syrian army brigade defected.",
        "Kafr Nabl, one of the towns shelled overnight, burned.",
    ],
)
def test_layout_sects_common_words_and_places_are_no_unlisted_actors(text):
    assert rows(text) == []


def test_a_surname_used_before_the_name_is_given_is_something_else():
    text = "Rebels held Tayba. Fighter Hussam Al-Tayba said they would stay in Tayba."
    assert people(text) == [("Hussam Al-Tayba", "description")]


@pytest.mark.parametrize(
    "text",
    [
        "Jets flew from the Admiral Petrovsky aircraft carrier.",
        "The wounded were taken to King Tarfa Hospital.",
        "Crowds gathered at the Sheikh Badran mosque.",
    ],
)
def test_a_thing_named_after_a_titled_person_is_no_person(text):
    assert people(text) == []
    assert people("Colonel Tarek Hamdan said the hospital was hit.") == [("Tarek Hamdan", "title")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an age as an apposition: "a 23-year-old"
        ("At the border, Omar Dalloul, a 23-year-old from Homs, is waiting.", "Omar Dalloul"),
        # "is" and a role
        ("Karim Dahdouh is professor of history at the university.", "Karim Dahdouh"),
        ("Karim Dahdouh is a spokesman for the council.", "Karim Dahdouh"),
    ],
)
def test_an_age_or_a_role_after_is_marks_the_name_before_it(text, surface):
    assert people(text) == [(surface, "after")]


def test_a_place_that_is_one_of_many_is_no_person():
    assert people("Tal Tamr is one of the towns on the river.") == []


@pytest.mark.parametrize(
    ("text", "surface", "rule"),
    [
        # a first name opens a name whose surname is also a word
        ("Hayden Cooper reported the story from Homs.", "Hayden Cooper", "subject"),
        ("The charge was read out, prosecutor Carola Bitter said.", "Carola Bitter", "subject"),
        # a photo agency after the slash, with a space
        ("Soldiers on patrol, file (Samir Awidat/ Flash90)", "Samir Awidat", "credit"),
        # an agency in square brackets, after the slash
        ("Tents fill the valley [Rania Haddad/Al Jazeera]", "Rania Haddad", "credit"),
        # Israel's member of the Knesset
        ("Druze MK Yoav Bentzur visited the village.", "Yoav Bentzur", "title"),
        # the possessive of a listed actor before the name is no part of it
        ("Jordan's Karim Nasser, a resident of the camp", "Karim Nasser", "after"),
        ("TRT World'sKarim Nasser reports from the front line.", "Karim Nasser", "subject"),
        # a photo caption places the person
        ("Jordan's Karim Nasser (left) and the agency's head", "Karim Nasser", "caption"),
        ("Karim Nasser (second left) at the border", "Karim Nasser", "caption"),
        # a capitalised joining word inside the name ("De", "Van") is no common word
        ("Karim De Mulder (right) is amongst those on trial.", "Karim De Mulder", "caption"),
        # an age describes a person as a role does
        (
            "one of the accused – 22-year-old Karim Elouassaki – confessed",
            "Karim Elouassaki",
            "description",
        ),
        # "According to" opening a sentence
        ("According to Karim Dahdouh, the road is open.", "Karim Dahdouh", "inverted"),
        # a first name that is also a word, before an uncommon surname
        ("But Per Lindqvist, a columnist, says the number is higher.", "Per Lindqvist", "after"),
        ("Omar Dalloul is a dual Syrian-Swedish citizen.", "Omar Dalloul", "after"),
        # state media's "terrorist" before a name
        (
            "Troops killed terrorist Abdul-Karim al-Hamad in the raid.",
            "Abdul-Karim al-Hamad",
            "description",
        ),
    ],
)
def test_more_places_where_news_english_puts_a_person(text, surface, rule):
    assert people(text) == [(surface, rule)]


@pytest.mark.parametrize(
    "text, surface",
    [
        # a name's own "Haji" or "Sheikh" after its first word is no title
        ("Dr. Karim Haji Darwish, a council official, said so.", "Karim Haji Darwish"),
        ("Elders met Salim Sheikh Musa in Amuda.", "Salim Sheikh Musa"),
        # words between the article and the role of an apposed name
        ("They sought the Bosnian Serb army leader, Dusan Petrovic.", "Dusan Petrovic"),
    ],
)
def test_inner_titles_and_modified_roles_keep_the_whole_name(text, surface):
    assert people(text)[0][0] == surface


def test_a_title_after_and_or_a_comma_still_ends_the_name():
    text = "Colonel Fadi Hamoud and Sheikh Adnan Musa met the envoy."
    assert [s for s, _ in people(text)] == ["Fadi Hamoud", "Adnan Musa"]
    # after a word that is no first name the title is a title: "In Aleppo Sheikh Ahmed"
    assert people("In Aleppo Sheikh Ahmed Darwish spoke.")[0][0] == "Ahmed Darwish"


@pytest.mark.parametrize(
    "key, words",
    [
        ("inner_titles", ["Haji", "Mullah"]),
        ("honorifics", ["Ms", "Miss"]),
        ("given_name_titles", ["Prince", "Sultan"]),
    ],
)
def test_an_inner_title_and_an_honorific_must_be_a_title(tmp_path: Path, key, words):
    path = tmp_path / "name_patterns.yml"
    doc = {"titles": ["General", words[0]], key: words}
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_name_patterns(path)
    assert f"{key}[1]" in str(caught.value) and f"{key}[0]" not in str(caught.value)


def test_a_name_written_with_accents_is_the_same_person_later_without_them() -> None:
    text = "Spokesman Hicham Chaïb said so. The picture is from Chaib’s profile. Chaïb left."
    assert [surface for surface, _ in people(text)] == ["Hicham Chaïb", "Chaib", "Chaïb"]
