"""Which actor named in a speaker phrase speaks, on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from test_sourcing_wire import KHALIL, mentions_of, rows_of

from newsframes.analysers.sourcing import find_quotes
from newsframes.paths import lexicon_dir

HADDAD = ("Omar Haddad", "omar_haddad", "person")
IRAN = ("Iran", "iran", "state")
SYRIA = ("Syria", "syria", "state")
TURKEY = ("Turkey", "turkey", "state")
ORIENT = ("Orient News", "orient_news", "media")


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "Ahmed Khalil in response to Omar Haddad said the talks would go on.",
            (KHALIL, HADDAD),
            "ahmed_khalil",
        ),
        (
            "Ahmed Khalil and his deputy Omar Haddad said the talks would go on.",
            (KHALIL, HADDAD),
            "ahmed_khalil",
        ),
        ("Iran and Syria have stressed the need for talks.", (IRAN, SYRIA), "iran"),
        (
            "Turkey’s state-run Anadolu news agency reported that the border was closed.",
            (TURKEY,),
            None,
        ),
        ("Turkey’s envoy said that the border was closed.", (TURKEY,), "turkey"),
    ],
)
def test_the_actor_who_speaks(text: str, names: tuple, want: str | None) -> None:
    assert [row[2] for row in rows_of(text, *names)] == [want]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "Orient News correspondent Jamil Hasan said the town was shelled.",
            (ORIENT,),
            "Jamil Hasan",
        ),
        ("Local activist Abu Qassem said the town was shelled.", (), "Abu Qassem"),
        ("The Syrian Observatory said the town was shelled.", (), "The Syrian Observatory"),
    ],
)
def test_a_name_after_a_role_speaks(text: str, names: tuple, want: str) -> None:
    table_rows = rows_of(text, *names)
    assert len(table_rows) == 1

    table = find_quotes(text, mentions=mentions_of(text, *names))
    assert table["speaker_ref"].tolist() == [want]


def refs_of(text: str, *names: tuple[str, str, str]) -> list[str]:
    return find_quotes(text, mentions=mentions_of(text, *names))["speaker_ref"].tolist()


def test_it_is_the_last_body_that_spoke() -> None:
    text = (
        "The Homs Council said in a statement that ten fighters had died. Ahmed Khalil said "
        "the road was open. “The shelling goes on,” it added."
    )
    council = ("The Homs Council", "homs_council", "group")
    assert refs_of(text, council, KHALIL) == [
        "The Homs Council",
        "Ahmed Khalil",
        "The Homs Council",
    ]


def test_the_subject_before_a_participle_phrase_speaks() -> None:
    text = (
        "Ahmed Khalil, meeting the grand Mufti, Dr. Omar Haddad, on the sidelines of the "
        "conference, described the talks as useful."
    )
    assert rows_of(text, KHALIL, HADDAD) == [
        ("the talks as useful.", "Ahmed Khalil", "ahmed_khalil")
    ]


def test_the_subject_of_an_object_relative_speaks() -> None:
    text = "Ten people died in the blast, which the Homs Council blamed on “armed gangs.”"
    council = ("the Homs Council", "homs_council", "group")
    assert [row[1:] for row in rows_of(text, council)] == [("the Homs Council", "homs_council")]


def test_he_is_the_speaker_not_a_person_named_in_the_speakers_statement() -> None:
    text = (
        "Igor Petrov, a fellow at a London institute, says the congress is a move by Omar "
        "Haddad. He told reporters that Russia wants no rivals."
    )
    assert refs_of(text, HADDAD)[-1] == "Igor Petrov"


def test_a_name_given_by_a_speaker_identifying_herself() -> None:
    text = "A woman identifying herself as Leila Hassan said she had left the army."
    assert refs_of(text) == ["Leila Hassan"]


def test_she_after_a_name_given_in_an_earlier_sentence() -> None:
    text = (
        "A video posted on Wednesday showed a woman in uniform, identifying herself as Leila "
        "Hassan. She said she had left the army."
    )
    assert refs_of(text) == ["Leila Hassan"]


def test_a_definite_description_is_the_named_person_who_spoke_last() -> None:
    text = (
        "Ahmed Khalil, a division commander, said the road was open. "
        "“We want no more shelling,” the commander told Orient News."
    )
    assert refs_of(text, KHALIL, ORIENT) == ["Ahmed Khalil", "Ahmed Khalil"]
    # an unnamed source who spoke after him is the one the description refers back to
    text = (
        "Ahmed Khalil said the road was open. A rebel commander said the town had fallen. "
        "The commander added that ten fighters died."
    )
    assert refs_of(text, KHALIL)[-1] == "A rebel commander"


def test_a_description_naming_a_state_is_the_person_of_that_state_only() -> None:
    zarif = ("Mohammad Javad Zarif", "mohammad_javad_zarif", "person")
    before = "Iranian Foreign Minister Mohammad Javad Zarif said talks would go on. "
    iranian = ("Iranian diplomat", "iran", "state")
    turkish = ("Turkish diplomat", "turkey", "state")
    text = before + "The top Iranian diplomat said that aid would follow."
    assert refs_of(text, zarif, iranian)[-1] == "Mohammad Javad Zarif"
    text = before + "The top Turkish diplomat said that aid would follow."
    assert refs_of(text, zarif, turkish)[-1] != "Mohammad Javad Zarif"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a participle's phrase between the speaker and the verb
        (
            "The local command, backed by fighters from Hama, said the road was open.",
            ("the road was open.", "The local command"),
        ),
        # an object relative opened by "who"
        (
            "Men, who the Homs Council claimed were fighters, walked away.",
            ("were fighters, walked away.", "the Homs Council"),
        ),
        # a time, or a participle's phrase, before the speaker is no name apposed
        (
            "Last Spring, the Homs Council said that the road was open.",
            ("the road was open.", "the Homs Council"),
        ),
        (
            "Earlier Monday, the Homs Council reported that the road was open.",
            ("the road was open.", "the Homs Council"),
        ),
        # "Now" opens the sentence before its subject
        (
            "Now the Homs Council says that the road is open.",
            ("the road is open.", "the Homs Council"),
        ),
        (
            "Asked by the paper Al Watan, council official Karim Dahdouh said that it was open.",
            ("it was open.", "council official Karim Dahdouh"),
        ),
        # "While" or "As" opens the sentence before a plural, a determiner or a name
        (
            "While analysts said the numbers might be inflated, the road was open.",
            ("the numbers might be inflated, the road was open.", "analysts"),
        ),
        (
            "As the Homs Council said on Monday, the road was open.",
            ("the road was open.", "the Homs Council"),
        ),
        # ... but "While visiting" opens a participle's phrase, cut at its comma
        (
            "While visiting Hama, the Homs Council said that the road was open.",
            ("the road was open.", "the Homs Council"),
        ),
        # ... and "while" or "as" opening an aside between commas leaves the subject before it
        (
            "The Homs Council, as the talks stalled, said that the road was open.",
            ("the road was open.", "The Homs Council"),
        ),
        (
            "Ahmed Khalil, while Western powers watched, said that the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        (
            "The Homs Council, as always, said that the road was open.",
            ("the road was open.", "The Homs Council"),
        ),
        # "always" is an adverb between a speaker and its verb
        (
            "The Homs Council has always denied that the road was open.",
            ("the road was open.", "The Homs Council"),
        ),
        # "informed X that", "boasted in an interview ... that": said, with an addressee
        (
            "Reliable sources informed the Homs Council that the road was open.",
            ("the road was open.", "Reliable sources"),
        ),
        (
            "The Homs Council boasted in an interview with the paper yesterday that it was open.",
            ("it was open.", "The Homs Council"),
        ),
        # "including ..." between commas is a preposition's phrase, not a participle's: the
        # speaker is after it, not before it
        (
            "After a week of shelling, including the loss of a town two weeks ago, council "
            "official Karim Dahdouh said that it was open.",
            ("it was open.", "council official Karim Dahdouh"),
        ),
        # ... but after a subject it is cut like a participle's phrase, a list in it too
        (
            "Rebels, including the FSA, Ahrar al-Sham and Jaish al-Islam, said it was open.",
            ("it was open.", "Rebels"),
        ),
        ("The army, following orders, said it was open.", ("it was open.", "The army")),
        (
            "Earlier, following the attack, the army said it was open.",
            ("it was open.", "the army"),
        ),
        # an object relative opened by "that": its subject is the speaker
        (
            "They met for talks that officials have said could last ten days.",
            ("could last ten days.", "officials"),
        ),
        # "specified that", "charged that" report speech
        (
            "The Homs Council specified that the road was open.",
            ("the road was open.", "The Homs Council"),
        ),
        (
            "The Homs Council charged that the army had closed the road.",
            ("the army had closed the road.", "The Homs Council"),
        ),
    ],
)
def test_what_stands_between_a_speaker_and_its_verb(text: str, want: tuple[str, str]) -> None:
    council = ("Homs Council", "homs_council", "group")
    names = [council] if council[0] in text else []
    assert [row[:2] for row in rows_of(text, *names)] == [want]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # "Later" before a name and not a day is no time: the name is the speaker's
        (
            "Later Ahmed Khalil, a council official, said that the road was open.",
            (KHALIL,),
            ("the road was open.", "Ahmed Khalil"),
        ),
        # a filler that opens an actor's name is part of the name
        (
            "NOW Lebanon reported that the road was open.",
            (("NOW Lebanon", "now_lebanon", "media"),),
            ("the road was open.", "NOW Lebanon"),
        ),
        (
            "But NOW News reported that the road was open.",
            (("NOW News", "now_lebanon", "media"),),
            ("the road was open.", "NOW News"),
        ),
        # ... and so is a filler joined to the next word by a hyphen
        (
            "Now-retired general Omar Haddad said that the road was open.",
            (HADDAD,),
            ("the road was open.", "Now-retired general Omar Haddad"),
        ),
    ],
)
def test_a_word_that_opens_a_name_is_no_time_or_filler(
    text: str, names: tuple[tuple[str, str, str], ...], want: tuple[str, str]
) -> None:
    assert [row[:2] for row in rows_of(text, *names)] == [want]


def test_he_is_no_body_that_spoke_by_its_name() -> None:
    council = ("Homs Council", "homs_council", "group")
    text = "The Homs Council said ten fighters had died. “The shelling goes on,” he said."
    refs = refs_of(text, council)
    assert refs[0] == "Homs Council" and pd.isna(refs[1])
    # a person speaking for the body: "he" is that person, who speaks for it
    text = (
        "A spokesman for the Homs Council said ten fighters had died. “The shelling goes "
        "on,” he said."
    )
    assert refs_of(text, council) == ["Homs Council", "Homs Council"]


def test_he_may_be_a_person_the_gazetteer_does_not_list() -> None:
    council = ("Homs Council", "homs_council", "group")
    text = (
        "The Homs Council said five died. The wounded were treated by Dr. Hassan Bakour at a "
        "field clinic. “He had many wounds,” he said."
    )
    assert refs_of(text, council) == ["Homs Council", "Hassan Bakour"]


def test_the_pronouns_only_a_person_can_be_are_the_lexicon_s(tmp_path: Path) -> None:
    council = ("Homs Council", "homs_council", "group")
    text = "The Homs Council said ten fighters had died. “The shelling goes on,” he said."
    doc = yaml.safe_load((lexicon_dir() / "reporting_verbs.yml").read_text(encoding="utf-8"))
    del doc["personal_pronouns"]
    path = tmp_path / "reporting_verbs.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    table = find_quotes(text, mentions=mentions_of(text, council), path=path)
    assert table["speaker_ref"].tolist() == ["Homs Council", "Homs Council"]


def test_a_newsletter_line_is_no_statement() -> None:
    text = "Stay informed with our e-mail newsletter that the road is open.\n\nThe road is open."
    assert rows_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "As many as 20" is a number, "As always" an adverb: no subject after "As"
        "As many as 20 people were killed in the raid the monitor said on Monday.",
        "As always the Homs Council said that the road was open.",
        # "boasts a castle that ...": what a town has, and a relative clause
        "The town boasts a castle that dates from the 12th century.",
    ],
)
def test_no_speaker_after_as_before_a_number_or_an_adverb_nor_a_boasted_castle(
    text: str,
) -> None:
    assert rows_of(text) == []


def test_a_subject_relative_and_a_charge_in_court_are_no_speakers() -> None:
    # "that" before a verb opens the commander's own clause; "charged with" is no speech
    assert [row[:2] for row in rows_of("The commander that led the brigade said it was open.")] == [
        ("it was open.", "The commander")
    ]
    assert rows_of("The men were charged with murder in Homs.") == []
