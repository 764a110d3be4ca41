"""More places news English puts a person the gazetteer does not list: a role after a
name and a comma, a surname that is also a word after a first name, credits in lower case,
after a copyright sign or beside an agency in capitals, a role's gloss in brackets, the
subject of a verb with "his" or "her" after it, teaser headlines of other stories, and the
turn labels and presenters of a broadcast transcript.
Every sentence is written for these tests; each rule has cases it must leave alone (a
place, a body, a headline's words)."""

from __future__ import annotations

import dataclasses

import pytest
from test_unlisted_rules import people

from newsframes.analysers.actors import mention_tuples
from newsframes.analysers.name_words import is_common
from newsframes.analysers.unlisted import find_unlisted
from newsframes.lexicons.name_patterns import load_name_patterns


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Rana Tayeb, senior editor at a news site in Amman, told the paper.", "Rana Tayeb"),
        ("Hadi Zoubi, a well-known figure in exile circles, spoke first.", "Hadi Zoubi"),
        ("Lina Qassem, a fellow at a London institute, disagreed.", "Lina Qassem"),
        ("Yaman Halabi, an aid worker in Gaziantep, counted the tents.", "Yaman Halabi"),
        ("Wael Sabbagh, a volunteer rescuer, dug for hours.", "Wael Sabbagh"),
        ("Nour Jandali, a surgeon at the field clinic, was exhausted.", "Nour Jandali"),
        ("Karim Othman, her brother, stayed in Douma.", "Karim Othman"),
        ("Petteri Orpo, the chairperson of a Finnish party, said no.", "Petteri Orpo"),
        ("Zelal Jeger, the co-chairperson of the executive body, spoke.", "Zelal Jeger"),
        ("Xebat Dersimi, co-chairman of the movement, stayed in Qamishli.", "Xebat Dersimi"),
    ],
)
def test_a_role_after_a_name_and_a_comma_marks_a_person(text: str, surface: str) -> None:
    assert people(text) == [(surface, "after")]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The paper quotes scholar Tarif Hamdan on the truce.", "Tarif Hamdan"),
        ("Aid worker Suha Mardini drove the convoy.", "Suha Mardini"),
        ("The rescuer Jihad Qanbar pulled a child out.", "Jihad Qanbar"),
    ],
)
def test_a_role_of_study_or_rescue_before_a_name_marks_a_person(text: str, surface: str) -> None:
    assert people(text) == [(surface, "description")]


@pytest.mark.parametrize(
    "text",
    [
        "Eastern Ghouta, a region east of the capital, was besieged.",
        "Maarrat al-Numan, where a volunteer was killed, emptied.",  # a place, then "where"
        "Qusair, when a rescuer arrived, burned.",
        "Hama Military Council, a member of the southern front, split.",
        "White Helmets, a volunteer group, pulled bodies from the rubble.",
        "Breaking News, a worker said, is rarely good.",
    ],
)
def test_a_place_a_body_or_common_words_before_a_role_are_no_person(text: str) -> None:
    assert people(text) == []


def test_a_first_name_may_open_a_name_whose_surname_is_a_word() -> None:
    text = "Julia Baker, a scholar of the region, doubts it."
    assert people(text) == [("Julia Baker", "after")]
    assert people("Fares Sabbagh, a volunteer rescuer, dug for hours.") == [
        ("Fares Sabbagh", "after")
    ]
    # no first name before the word: "Red Crescent" stays no person
    assert people("Kurdish Red Crescent said the road was open.") == []


def test_a_later_surname_with_its_article_in_capitals_joins_the_first() -> None:
    text = "Bassel al-Hamwi, an opposition figure, told the radio so.\n\nAl-Hamwi said more."
    assert people(text) == [("Bassel al-Hamwi", "after"), ("Al-Hamwi", "surname")]


def test_words_of_common_words_joined_by_hyphens_are_common() -> None:
    patterns = load_name_patterns()
    assert is_common("Syrian-Russian", patterns)
    assert is_common("Long-Awaited", patterns)
    assert not is_common("Abdul-Rahman", patterns)
    assert people("Talks end\n\nRead more: Improving Turkish-Iranian ties is hard\n") == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The town was shelled.\n\nWatch a related report by Lina Darwish\n\nMore", "Lina Darwish"),
        ("The march, in photos by Samer Bakour, filled the square.", "Samer Bakour"),
        ("A clip filmed by Omar Hajjar shows the crossing.", "Omar Hajjar"),
    ],
)
def test_a_credit_in_lower_case_marks_a_person(text: str, surface: str) -> None:
    assert people(text) == [(surface, "credit")]


def test_a_credit_in_lower_case_leaves_bodies_and_words_alone() -> None:
    assert people("It cites a new report by Physicians Across Borders.") == []
    assert people("The bridge nearby Bab Tuma was shelled.") == []


def test_a_copyright_sign_credits_a_photographer_and_an_agency_is_none() -> None:
    text = "© Rana Jaber, AFP | Residents walk past a shelled school."
    assert people(text) == [("Rana Jaber", "credit")]
    assert people("© Getty Images\n\nResidents walk past a school.") == []


def test_a_byline_of_names_stops_before_the_page_words_after_it() -> None:
    text = "Written by Hadi Sweid, Noura al-Bakri Published on Read time 4 minutes\nText."
    assert people(text) == [("Hadi Sweid", "credit"), ("Noura al-Bakri", "credit")]


def test_a_name_in_capitals_beside_an_agency_keeps_its_short_words() -> None:
    text = "Fighters rest in a school, May 2, 2018. ABU KHALED DARWISH/AFP/Getty Images\n"
    assert people(text) == [("ABU KHALED DARWISH", "credit")]
    assert people("Fighters rest in a school. UK NEWS/AFP\n") == []


def test_a_gloss_in_brackets_may_stand_between_a_role_and_the_name() -> None:
    text = "The raid killed the group's emir (commander) Yusuf El Harbi in the town."
    assert people(text) == [("Yusuf El Harbi", "description")]
    assert people("The group's emir (commander) fled the town.") == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("On the last day, Rezan Mahmoud accompanied his mother to the clinic.", "Rezan Mahmoud"),
        ("Dima Sawaf packed her bags before dawn.", "Dima Sawaf"),
        ("Bilal al-Khatib left his shop in Douma.", "Bilal al-Khatib"),
    ],
)
def test_the_subject_of_a_verb_with_his_or_her_after_it_is_a_person(
    text: str, surface: str
) -> None:
    assert people(text) == [(surface, "subject")]


def test_the_irregular_verbs_before_his_or_her_are_read_from_the_lexicon() -> None:
    # (and without first names, which find "Bilal al-Khatib" wherever he stands)
    without = dataclasses.replace(load_name_patterns(), possessor_verbs=(), given_names=frozenset())
    left = "Bilal al-Khatib left his shop in Douma."
    found = [left[f.start : f.end] for f in find_unlisted(left, mention_tuples(left), without)]
    assert found == []  # "left" ends in neither -ed nor -s: only the lexicon's list has it
    went = "Rezan Mahmoud accompanied his mother to the clinic."
    assert [went[f.start : f.end] for f in find_unlisted(went, (), without)] == ["Rezan Mahmoud"]


@pytest.mark.parametrize(
    "text",
    [
        "Eastern Ghouta lost its last hospital in March.",  # a place has "its"
        "The Idlib Regional Council urged his release.",  # a body
        "Rebels Regroup took his name from the song.",  # a headline's common words
    ],
)
def test_a_place_a_body_or_a_headline_before_his_is_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text, surface",
    [
        (
            "Don't miss\n\nMalik Rahimi hearings: Senate weighs the nominee\n\nRead more\n",
            "Malik Rahimi",
        ),
        (
            "Read more\n\nA prize-winning novel: Joanna Brydon on writing war\n\nRead more\n",
            "Joanna Brydon",
        ),
        ("More stories\n\nNadim Karam's long road home and what it cost\n", "Nadim Karam"),
    ],
)
def test_a_name_opening_a_teaser_headline_or_its_colon_is_a_person(text: str, surface: str) -> None:
    assert people(text) == [(surface, "teaser")]


@pytest.mark.parametrize(
    "text",
    [
        "Read more\n\nBritain's Labour Party: No home for the left?\n",  # a body
        "Read more\n\nEastern Ghouta siege: residents flee the bombs\n",  # a place
        "Read more\n\nBreaking News: Rebels Regroup in the north\n",  # headline words
        "Bakri Haddad spoke on Monday: talks failed on every point.\n",  # a sentence
        "More stories\n\nEastern Ghouta's last bakery and its baker\n",  # a place
        "More stories\n\nHama Military Council's new chief and his plan\n",  # a body
        "Bakri Sawas's shop burned down in the night.\n",  # a sentence
    ],
)
def test_a_teaser_leaves_bodies_places_headline_words_and_sentences_alone(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("A burned bus in Douma. Photo: Salma Idris/Reuters\n\nText.", ["Salma Idris"]),
        ("A burned bus in Douma. Hussam Kattan | AFP\n\nText.", ["Hussam Kattan"]),
        ("By Rania Hallaq and Kinan Dawood\n\nText.", ["Rania Hallaq", "Kinan Dawood"]),
        ("The video, edited by Nadia Kassem, shows the road.", ["Nadia Kassem"]),
        ("A clinic in Idlib (photo by Anas Dyab) was hit.", ["Anas Dyab"]),
    ],
)
def test_the_siblings_of_bylines_and_credits_mark_persons(text: str, surfaces: list[str]) -> None:
    assert people(text) == [(surface, "credit") for surface in surfaces]


TRANSCRIPT = (
    "From the newsroom, this is THE EVENING REPORT. I'm Karen Holt.\n\n"
    "And I'm Peter Lund. Fighters hold a strip of land by the border.\n\n"
    "SAMIRA HADDAD, BYLINE: The border is a field away.\n\n"
    "ABU ZAID: Yes, it is ten minutes on foot.\n\n"
    "HADDAD: And it is calm?\n\n"
    "ZAID: Nobody from the army comes here.\n"
)


def test_a_transcript_s_turn_labels_and_its_presenters_name_persons() -> None:
    found = find_unlisted(TRANSCRIPT, mention_tuples(TRANSCRIPT))
    surfaces = [(TRANSCRIPT[f.start : f.end], f.name) for f in found]
    assert surfaces == [
        ("Karen Holt", "Karen Holt"),
        ("Peter Lund", "Peter Lund"),
        ("SAMIRA HADDAD", "SAMIRA HADDAD"),
        ("ABU ZAID", "ABU ZAID"),
        ("HADDAD", "SAMIRA HADDAD"),  # a turn's one-word label: the surname of a full one
        ("ZAID", "ABU ZAID"),
    ]


def test_a_text_with_no_role_in_a_label_is_no_transcript() -> None:
    # datelines and kickers in capitals with a colon are no turns of a transcript
    text = "BEIRUT CITY: Fighting went on.\n\nWAR REPORT: Shells fell.\n\nI'm Told Nothing."
    assert people(text) == []


def test_the_transcript_roles_are_read_from_the_lexicon() -> None:
    without = dataclasses.replace(load_name_patterns(), transcript_roles=())
    found = find_unlisted(TRANSCRIPT, mention_tuples(TRANSCRIPT), without)
    assert "ABU ZAID" not in [f.name for f in found]


def test_a_name_after_an_outlet_s_possessive_is_a_person() -> None:
    text = "He spoke with Syria Direct's Karim Haddad about the siege."
    assert people(text) == [("Karim Haddad", "outlet")]
    # a state's possessive is no outlet's
    assert people("Syria's Karim Haddad spoke.") != [("Karim Haddad", "outlet")]


def test_a_line_of_names_joined_by_dashes_credits_persons() -> None:
    text = "Our investigation team\n\nNour Dalati – Ahmed Jamal – Reham Haddad\n\nThe tents stood."
    assert people(text) == [
        ("Nour Dalati", "name_line"),
        ("Ahmed Jamal", "name_line"),
        ("Reham Haddad", "name_line"),
    ]


def test_labels_without_a_role_make_a_transcript_when_the_text_names_one() -> None:
    text = (
        "Correspondent Samira Haddad reports.\n\n"
        "KAREN HOLT: Fighters left the city.\n\n"
        "SAMIRA HADDAD: The convoy is on the road.\n"
    )
    assert people(text) == [
        ("Samira Haddad", "description"),
        ("KAREN HOLT", "transcript"),
        ("SAMIRA HADDAD", "transcript"),
    ]
    # a label of common words beside them is a kicker, not a turn
    kicker = text.replace(
        "KAREN HOLT: Fighters", "WAR REPORT: Shells fell.\n\nKAREN HOLT: Fighters"
    )
    assert ("WAR REPORT", "transcript") not in people(kicker)
    # the same labels with no name in running text are kickers, not turns
    assert people(text.replace("Correspondent Samira Haddad reports.", "News.")) == []


@pytest.mark.parametrize(
    "text, name, rule",
    [
        (
            "Kobanê People’s Assembly Co-President Ayşe Kaya has told reporters that it held.",
            "Ayşe Kaya",
            "title",
        ),
        ("Leyla Kaya, the co-president of the council, spoke on Monday.", "Leyla Kaya", "after"),
        (
            "The council's co-president Ayşe Kaya has told reporters that it held.",
            "Ayşe Kaya",
            "description",
        ),
    ],
)
def test_the_paired_heads_of_kurdish_led_bodies_are_roles(text: str, name: str, rule: str) -> None:
    found = [(f.name, f.rule) for f in find_unlisted(text, mention_tuples(text))]
    assert found == [(name, rule)]


def test_an_editors_line_of_slashes_names_an_initialled_editor() -> None:
    text = "The army restored security to the town.\n\nR. Kadri / Hazem Dalloul\n\nCheck Also"
    assert people(text) == [("R. Kadri", "name_line"), ("Hazem Dalloul", "name_line")]
    assert people("The talks ended.\n\nH. Zain/ Barakat\n") == [
        ("H. Zain", "name_line"),
        ("Barakat", "name_line"),
    ]
    # a line of states or abbreviations is no line of names
    assert people("The talks ended.\n\nSyria/ Iraq\n\nU.S./ Russia\n") == []


def test_an_initialled_name_after_an_agency_s_slash_is_its_photographer() -> None:
    # "DW" (Deutsche Welle) is an agency of name_patterns.yml; a credit word before an agency
    # leaves the name after its slash to the agency rule
    assert people("The town held.\nImage: DW/H. Gee\n") == [("H. Gee", "credit")]
    assert people("The town held.\nImage: Getty Images/B. Kara\n") == [("B. Kara", "credit")]
    assert people("Photo: Tarek Hamwi/AFP\n") == [("Tarek Hamwi", "credit")]
