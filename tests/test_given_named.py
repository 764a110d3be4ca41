"""A person named by a first name wherever the name stands (the ``given`` rule), and the
ranks and head nouns of the bodies that stand beside such names."""

from __future__ import annotations

import pytest

from newsframes.analysers.actors import mention_tuples
from newsframes.analysers.unlisted import find_unlisted


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface, type, rule) of every unlisted actor of ``text``."""
    return [
        (text[f.start : f.end], f.actor_type, f.rule)
        for f in find_unlisted(text, mention_tuples(text))
    ]


def test_names_opened_by_a_first_name_are_persons_with_no_other_cue() -> None:
    text = "Two days later his cousins Hamza al-Rifai and Wafa Haddad were arrested at home."
    assert found(text) == [
        ("Hamza al-Rifai", "person", "given"),
        ("Wafa Haddad", "person", "given"),
    ]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Volunteers such as Leena Virtanen ran the kitchen and stayed.", "Leena Virtanen"),
        ("The agency named one of the dead as Mohsen Karimzadeh on Friday.", "Mohsen Karimzadeh"),
        ("Refugees Samar Chehab Mansour and her sons reached Izmir.", "Samar Chehab Mansour"),
        ("The court heard that Abu Jaafar had crossed twice.", "Abu Jaafar"),
        ("Photos of Tareq Hallak's children were shared online.", "Tareq Hallak"),
        ("The dispatch was filed by Patrick J. Hennessy from Geneva.", "Patrick J. Hennessy"),
        ("Back in Tehran, Kazem Rostami was seen at a rally.", "Kazem Rostami"),
        ("Reporter: Samar Qaddour 丨 CCTV.com", "Samar Qaddour"),  # a name's words are Latin
        ("Guards took Sulayman Oso from his home.", "Sulayman Oso"),  # another spelling
        ("FELLED by a sniper, Uday Hanoun's body was lowered into the ground.", "Uday Hanoun"),
        ("Mourners carried Odai Zaher through the square.", "Odai Zaher"),  # another spelling
    ],
)
def test_a_first_name_and_up_to_three_uncommon_words_are_one_person(
    text: str, surface: str
) -> None:
    assert found(text) == [(surface, "person", "given")]


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on the neighbourhoods of Bab Amr and Hisham bin Abdul Malik.",  # places
        "Government forces retook Abu Kamal and the road to Abu Dhabi stayed open.",  # places
        "The fighting closed Salah al-Din province to aid convoys.",  # a place noun after it
        "Crowds gathered outside Hamza Tarabishi Hospital at dawn.",  # a named thing
        "Flights landed at Hamad International Airport all night.",  # runs on into words
        "Ahmed Zaidan Says Talks Failed",  # a headline: a common word follows the name
        "The VIDEO shows AHMED ZAIDAN at the gate.",  # capitals: layout, not a name
    ],
)
def test_places_things_and_longer_runs_are_no_person(text: str) -> None:
    assert [f for f in found(text) if f[2] == "given"] == []


def test_a_name_another_rule_reads_keeps_that_reading() -> None:
    # the speaker rule reads the whole name, its inner "Haji" too; the first name inside it
    # opens no second name
    assert found("“We will go back,” said Muhammad Haji Hassan, 62.") == [
        ("Muhammad Haji Hassan", "person", "inverted")
    ]
    # a title after a name and a comma is the title of the next name
    assert found("Elders met Salim Musa, Sheikh Ali Darwish and others.") == [
        ("Salim Musa", "person", "given"),
        ("Ali Darwish", "person", "title"),
    ]
    # a byline that repeats its name stays two credits, not one name of four words
    text = "Shelling resumes\n\nHamza Serhat Hamza Serhat |\n\nShelling resumed.\n"
    assert found(text) == [
        ("Hamza Serhat", "person", "credit"),
        ("Hamza Serhat", "person", "credit"),
    ]


def test_a_body_named_after_a_person_stays_a_body() -> None:
    assert found("Fighters of the Omar Tellawi Brigade said they had left.") == [
        ("Omar Tellawi Brigade", "armed_group", "head_noun")
    ]


def test_the_surname_later_joins_the_first_name_rule_s_mention() -> None:
    text = "Neighbours said Wafa Haddad fled in 2013. Haddad now lives in Mersin."
    assert [(s, r) for s, _, r in found(text)] == [("Wafa Haddad", "given"), ("Haddad", "surname")]


def test_a_middle_initial_before_a_credit_word_is_no_name() -> None:
    assert found("Trial begins\nNils D. Photo: DPA\n\nThe trial began.") == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Oslo Police Chief Inspector Kari Nordvik told reporters.", "Kari Nordvik"),
        ("Detective Superintendent Hollis said the men were charged.", "Hollis"),
        ("UN High Commissioner Lorenzo Vestri visited the camp.", "Lorenzo Vestri"),
    ],
)
def test_police_and_civil_ranks_are_titles_not_names(text: str, surface: str) -> None:
    assert [f for f in found(text) if f[1] == "person"] == [(surface, "person", "title")]


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Oslo Police Chief Inspector Kari Nordvik told reporters.", "Oslo Police", "state_body"),
        (
            "The Department of Home Affairs said 40 had returned.",
            "Department of Home Affairs",
            "state_body",
        ),
        (
            "They went to the Eastside Neighbourhood Office for help.",
            "Eastside Neighbourhood Office",
            "state_body",
        ),
        ("Volunteers of the Karam Relief Society handed out bread.", "Karam Relief Society", "ngo"),
    ],
)
def test_offices_of_a_state_and_civil_bodies_are_bodies(text: str, surface: str, kind: str) -> None:
    assert (surface, kind, "head_noun") in found(text)


def test_units_named_by_a_number_are_bodies() -> None:
    text = "Talas served in Division 7, the 21st Brigade and Regiment 418; the Sixth Corps fled."
    assert [(s, r) for s, _, r in found(text)] == [
        ("Division 7", "head_noun"),
        ("21st Brigade", "head_noun"),
        ("Regiment 418", "head_noun"),
        ("Sixth Corps", "head_noun"),
    ]
    assert found("The brigade lost 40 men in 2013 and Division chiefs met.") == []


def test_a_list_of_three_names_with_a_person_in_it_is_a_list_of_persons() -> None:
    text = "Police held them: Rozhin Ahmo, Dara Khalo, Shiro Bako and Sipan Haj Qasim."
    assert [(s, r) for s, _, r in found(text)] == [
        ("Rozhin Ahmo", "list"),
        ("Dara Khalo", "list"),
        ("Shiro Bako", "list"),
        ("Sipan Haj Qasim", "given"),
    ]
    # two names may be a person and a place; a list of places has no person to start from
    assert found("Sipan Haj Qasim and Tal Tamr Dara were named.") == [
        ("Sipan Haj Qasim", "person", "given")
    ]
    assert found("Rebels took Tal Abyad, Ras al-Ain and Ain Issa.") == []


def test_a_first_name_alone_before_an_age_is_a_person() -> None:
    # opening a sentence, the apposition rule reads it; inside one, the rule of given names
    text = "Abdullah, 26, was an officer. Abdullah fled in 2013, 26 days later."
    assert [(s, r) for s, _, r in found(text)] == [("Abdullah", "after"), ("Abdullah", "repeat")]
    text = "The eldest, Abdullah, 26, was an officer. Abdullah fled in 2013, 26 days later."
    assert [(s, r) for s, _, r in found(text)] == [("Abdullah", "given"), ("Abdullah", "repeat")]
    text = "Abdullah, a 26-year-old who asked that his full name be kept back, fled."
    assert [(s, r) for s, _, r in found(text)] == [("Abdullah", "after")]


def test_a_first_name_alone_before_a_role_in_apposition_is_a_person() -> None:
    text = "Among them was Khaled, a young fighter with the rebels. Khaled is a sniper."
    assert [(s, r) for s, _, r in found(text)] == [("Khaled", "given"), ("Khaled", "repeat")]
    assert [(s, r) for s, _, r in found("Khaled, an activist, fled.")] == [("Khaled", "after")]
    # a place or anything but a role after "a" is no person
    assert found("Jordan, a key ally of Washington, said so.") == []
    assert found("Khaled, a town in the north, fell.") == []


def test_a_first_name_alone_before_a_reporting_verb_is_a_person() -> None:
    text = "Two brothers run the crossing. Zein said he crosses back at night. Zein laughed."
    assert [(s, r) for s, _, r in found(text)] == [("Zein", "given"), ("Zein", "repeat")]
    assert [(s, r) for s, _, r in found("“We wait,” Omar told reporters.")] == [("Omar", "given")]
    # any finite reporting verb of the lexicon, not only "said" and "told"
    assert [(s, r) for s, _, r in found("Omar warned that the road was shut.")] == [
        ("Omar", "given")
    ]
    assert found("Hassan Nasrallah spoke. Hassan warned Israel.") == []
    # a listed name keeps its reading, and a first name before another verb is no person
    assert found("Jordan said the border would stay shut.") == []
    assert found("Omar laughed and left the room.") == []
    # nor one that opened a longer name before: a person's, or a party's
    assert found("Hezbollah leader Hassan Nasrallah spoke. Hassan said the war was won.") == []
    assert found("The Salafist Nour party backed him. Nour said it would.") == []


@pytest.mark.parametrize(
    "text, surface",
    [
        ("He fled with his wife, Nur K., also 26.", "Nur K."),
        ("They buried their cousin Zozo Khalaf on Monday.", "Zozo Khalaf"),
        # the wider family too: grandparents, grandchildren, an aunt
        ("She got a kiss from her granddaughter, Medeline Jamgochian.", "Medeline Jamgochian"),
        ("They met his aunt Nur Khalaf.", "Nur Khalaf"),
    ],
)
def test_a_name_after_his_her_or_their_and_a_kin_noun_is_a_person(text: str, surface: str) -> None:
    assert found(text) == [(surface, "person", "kin_before")]


def test_a_name_before_a_relative_who_is_a_person() -> None:
    text = "Nazzareno Tassone, who left Edmonton in June, was killed. Tassone had trained."
    assert [(s, r) for s, _, r in found(text)] == [
        ("Nazzareno Tassone", "subject"),
        ("Tassone", "surname"),
    ]
    # a name after an article or a capitalised word, a body's name or a group's Arabic name
    # before "who" is no person
    assert found("The Tassone Karimzadeh, who knows, was busy.") == []
    assert found("Liwa Tawhid, who fought there, withdrew.") == []
    body = "The Zawiya Mountain Brigade, who fought there, withdrew."
    assert [kind for _, kind, _ in found(body)] == ["armed_group"]


def test_a_coordinator_in_apposition_names_a_person() -> None:
    text = "It is the view of Dirk Zoof, the National Coordinator for Security. Zoof added more."
    assert [(s, r) for s, _, r in found(text)] == [("Dirk Zoof", "after"), ("Zoof", "surname")]


def test_a_body_before_a_possessive_and_a_broadcaster_by_its_head_noun() -> None:
    assert found("The Jarjanaz Military Council's commander said, citing Qamishli Radio.") == [
        ("Jarjanaz Military Council", "group", "head_noun"),
        ("Qamishli Radio", "media", "head_noun"),
    ]
    assert found("Menu\n\nWatch Live TV\n\nRebels advanced.") == []


def test_a_first_name_and_a_surname_s_initial_is_one_person() -> None:
    text = (
        "Among the suspects is Mehmet G., who was captured by the police last week. "
        "Mehmet G. is said to own the two vehicles."
    )
    assert found(text) == [("Mehmet G.", "person", "given")] * 2
    # the initial alone names no one later, and a middle initial opens a longer name
    assert [s for s, _, _ in found("Ahmet Y., 31, was held. G. Yilmaz and Y. Demir were not.")] == [
        "Ahmet Y."
    ]
    assert [s for s, _, _ in found("He met Ahmet R. Kaya on Monday.")] == ["Ahmet R. Kaya"]


def test_a_middle_initial_before_a_joiner_or_a_particle_opens_a_longer_name() -> None:
    # "al-Shami" and "bin Salman" go on with the name: the initial is no surname cut short
    assert [s for s, _, _ in found("Leila K. al-Shami said the town had fallen.")] == [
        "Leila K. al-Shami"
    ]
    assert [s for s, _, _ in found("Mohammed S. bin Salman met the envoy.")] == [
        "Mohammed S. bin Salman"
    ]
    # a lower-case word of the sentence still ends the name at the initial
    assert [s for s, _, _ in found("Omar F. in Idlib said the bombing went on.")] == ["Omar F."]


def test_a_first_name_the_news_prints_often_still_opens_a_name() -> None:
    # "Vladimir" and "Pierre" are in the list of common words; as given names of
    # name_patterns.yml they open a name of two words before its verb or its description
    assert found("Vladimir Yevseyev said the rebels had staged it.") == [
        ("Vladimir Yevseyev", "person", "subject")
    ]
    assert found("Pierre Vimont, the secretary general, said so.") == [
        ("Pierre Vimont", "person", "after")
    ]
    # the region's first names open a name anywhere
    assert found("The dead man was Yazan Khatib from the town.") == [
        ("Yazan Khatib", "person", "given")
    ]


def test_given_names_before_the_uncommon_words_of_a_name_belong_to_it() -> None:
    text = "Mohamed Ezz Al-Arab, a researcher at the centre, said it was over."
    assert found(text) == [("Mohamed Ezz Al-Arab", "person", "after")]
    text = "Fake news\n\nBy Christopher Lloyd Caliwan | Philippine News Agency\n\nThe army left."
    assert [s for s, _, _ in found(text)] == ["Christopher Lloyd Caliwan"]
