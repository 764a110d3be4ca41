"""More attribution patterns of wire copy, and the word lists the speaker rules read from
YAML (function_words.yml, name_patterns.yml), each on a sentence of our own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_sourcing_wire import COUNCIL, KHALIL, MENTION_COLUMNS, rows_of

from newsframes.analysers.sourcing import find_quotes
from newsframes.analysers.sourcing.subjects import is_capitalised_name
from newsframes.errors import LexiconError
from newsframes.lexicons.function_words import load_function_words
from newsframes.lexicons.validation import LEXICONS
from newsframes.paths import lexicon_dir


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # whom it was told is no part of what was said
        (
            "Ahmed Khalil told Reuters the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil told the BBC on Monday that the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil told reporters the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        ("Ahmed Khalil told him the road was open.", ("the road was open.", "Ahmed Khalil")),
        # the medium
        (
            "Ahmed Khalil said on Twitter that the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil wrote on Facebook: “The road is open.”",
            ("“The road is open.”", "Ahmed Khalil"),
        ),
        ("The road is open, Ahmed Khalil wrote.", ("The road is open", "Ahmed Khalil")),
        # one quoted by another
        (
            "Ahmed Khalil, quoted by Al Dunya, said the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        # who speaks for him
        (
            "Ahmed Khalil's office said the road was open.",
            ("the road was open.", "Ahmed Khalil's office"),
        ),
        # a statement opening the sentence, with its date or a participle
        (
            "In a statement on Monday, Ahmed Khalil said: “The road is open.”",
            ("“The road is open.”", "Ahmed Khalil"),
        ),
        (
            "In a statement released on Monday, Ahmed Khalil said the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        # a day between the speaker and the verb
        (
            "Ahmed Khalil on Monday said the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        # a second verb after a day: "continued Thursday to demand"
        (
            "Ahmed Khalil continued Thursday to demand that the delegates leave.",
            ("the delegates leave.", "Ahmed Khalil"),
        ),
        # verbs of wire copy
        (
            "Ahmed Khalil estimates that 400 people have been killed.",
            ("400 people have been killed.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil underlined the council's “final warning”.",
            ("the council's “final warning”.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil demanded the release of the prisoners.",
            ("the release of the prisoners.", "Ahmed Khalil"),
        ),
    ],
)
def test_a_named_speaker_on_the_wire(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text, KHALIL) == [(*want, "ahmed_khalil")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Homs Council's statement read: “The road is open.”",
            ("“The road is open.”", "The Homs Council's statement"),
        ),
        (
            "The road is open, the Homs Council's statement read.",
            ("The road is open", "the Homs Council's statement"),
        ),
        (
            "Earlier, the Homs Council said the road was open.",
            ("the road was open.", "the Homs Council"),
        ),
    ],
)
def test_a_body_speaks_through_its_statement(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text, COUNCIL) == [(*want, "homs_council")]


def test_the_name_before_a_described_group_speaks() -> None:
    text = "Jaish al Omar, one rebel faction in Homs, said it rejects the deal."
    assert rows_of(text) == [("it rejects the deal.", "Jaish al Omar", None)]


def test_a_named_body_before_its_description_speaks() -> None:
    notables = ("Council of Homs Notables", "homs_notables", "political")
    text = "The Council of Homs Notables, a body of local elders, said the road was open."
    assert rows_of(text, notables) == [
        ("the road was open.", "The Council of Homs Notables", "homs_notables")
    ]


def test_the_name_before_a_role_and_a_description_speaks() -> None:
    text = (
        "Ahmed Khalil, director of the Homs Council, a local body, told reporters that the "
        "road was open."
    )
    rows = rows_of(text, KHALIL, COUNCIL)
    assert [row[1:] for row in rows] == [("Ahmed Khalil", "ahmed_khalil")]


def test_a_participle_after_an_opening_adverb_comes_before_the_speaker() -> None:
    text = "Earlier, referring to a report from Homs, the Homs Council said the road was open."
    assert rows_of(text, COUNCIL) == [("the road was open.", "the Homs Council", "homs_council")]
    # a gerund that is the subject is no such phrase
    gerund = "Meanwhile, fighting near Homs, which rebels say has killed 50, went on."
    assert "fighting near Homs" not in [row[1] for row in rows_of(gerund)]


def test_a_parenthetical_attribution_names_its_own_speaker() -> None:
    text = "The Homs Council, a senior official said, is not serious about the talks."
    assert [row[1] for row in rows_of(text, COUNCIL)] == ["a senior official"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday, unnamed officials told reporters the road was open.", "unnamed officials"),
        (
            "In a statement, detained activist Ahmed Khalil said the road was open.",
            "detained activist Ahmed Khalil",
        ),
    ],
)
def test_an_adjective_in_a_past_verb_s_form_opens_a_speaker(text: str, speaker: str) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert [row[1] for row in rows_of(text, *names)] == [speaker]


def test_a_speaker_after_a_clause_and_its_participle() -> None:
    text = "Soldiers shelled the town, killing ten people, said a witness based nearby."
    assert rows_of(text) == [
        ("Soldiers shelled the town, killing ten people", "a witness based nearby", None)
    ]


def test_the_subject_after_where_is_the_speaker() -> None:
    text = "The town was shelled, where residents say the army has laid a siege."
    assert rows_of(text) == [("the army has laid a siege.", "residents", None)]


def test_speculating_is_a_statement_kept_at_a_distance() -> None:
    text = "Analysts have speculated that the valley could split away."
    assert rows_of(text) == [("the valley could split away.", "Analysts", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions have added to the pressure on the council.",
        "The fighting added to fears of a wider war.",
        "An estimated 400 people have been killed.",
        "Estimates from aid groups put the figure at 400.",
        "She read the letter twice.",
    ],
)
def test_no_statement_in_these_sentences(text: str) -> None:
    assert rows_of(text) == []


# ------------------------------------------------------------------ names, from name_patterns.yml


@pytest.mark.parametrize(
    "name", ["Ahmed Khalil", "Ahmed al-Khalil", "al-Khalil", "Staffan de Mistura", "Usama bin Said"]
)
def test_capitalised_names_with_their_particles(name: str) -> None:
    assert is_capitalised_name(name)


@pytest.mark.parametrize(
    "phrase", ["the council", "Ahmed Khalil and his men", "Ahmed ox Khalil", "A B C D E"]
)
def test_phrases_that_are_no_name(phrase: str) -> None:
    assert not is_capitalised_name(phrase)


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``data/lexicons`` that the package reads instead of the real one."""
    copy = tmp_path / "data" / "lexicons"
    shutil.copytree(lexicon_dir(), copy)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(tmp_path / "data"))
    return copy


def test_a_joining_word_comes_from_name_patterns(lexicons: Path) -> None:
    assert not is_capitalised_name("Ahmed ox Khalil")
    file = lexicons / "name_patterns.yml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("person_joiners:\n", "person_joiners:\n  - ox\n", 1), "utf-8")
    assert is_capitalised_name("Ahmed ox Khalil")


def test_the_speaker_rules_read_function_words(lexicons: Path) -> None:
    text = "The road is open, said the envoy in Homs."
    assert rows_of(text) == [("The road is open", "the envoy", None)]
    file = lexicons / "function_words.yml"
    words = file.read_text(encoding="utf-8")
    file.write_text(words.replace("prepositions:\n  - in\n", "prepositions:\n", 1), "utf-8")
    assert rows_of(text) == [("The road is open", "the envoy in Homs", None)]


def test_function_words_are_catalogued_and_checked(lexicons: Path) -> None:
    catalogue = {lexicon.name: lexicon for lexicon in LEXICONS}
    assert catalogue["function_words"].read() is load_function_words()
    assert "the" in load_function_words().determiners
    (lexicons / "function_words.yml").write_text(
        "determiners: [the, The, the, on]\nfillers: [and]\nprepositions: [in]\n"
        "addressees: [him]\nextra: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as info:
        load_function_words()
    assert [str(p) for p in info.value.problems] == [
        "function_words.yml: extra: unknown key. Fix: use one of: "
        "determiners, clause_openers, fillers, prepositions, addressees, adverbs, "
        "subject_pronouns, subordinators, time_words, speaking_participles, "
        "prepositional_participles, clause_subordinators, subject_openers, time_openers, "
        "time_nouns, time_closers",
        "function_words.yml: determiners[1]: 'The'. Fix: write one lower-case word of letters, "
        "e.g. the (quote yes/no/on/off)",
        "function_words.yml: determiners[2]: duplicate 'the'. Fix: keep one",
        "function_words.yml: determiners[3]: True. Fix: write one lower-case word of letters, "
        "e.g. the (quote yes/no/on/off)",
        "function_words.yml: clause_openers: missing or not a list. "
        "Fix: add a top-level `clause_openers:` list",
        "function_words.yml: adverbs: missing or not a list. Fix: add a top-level `adverbs:` list",
        "function_words.yml: subject_pronouns: missing or not a list. "
        "Fix: add a top-level `subject_pronouns:` list",
        "function_words.yml: subordinators: missing or not a list. "
        "Fix: add a top-level `subordinators:` list",
        "function_words.yml: time_words: missing or not a list. "
        "Fix: add a top-level `time_words:` list",
        "function_words.yml: speaking_participles: missing or not a list. "
        "Fix: add a top-level `speaking_participles:` list",
        "function_words.yml: prepositional_participles: missing or not a list. "
        "Fix: add a top-level `prepositional_participles:` list",
        "function_words.yml: clause_subordinators: missing or not a list. "
        "Fix: add a top-level `clause_subordinators:` list",
        "function_words.yml: subject_openers: missing or not a list. "
        "Fix: add a top-level `subject_openers:` list",
        "function_words.yml: time_openers: missing or not a list. "
        "Fix: add a top-level `time_openers:` list",
        "function_words.yml: time_nouns: missing or not a list. "
        "Fix: add a top-level `time_nouns:` list",
        "function_words.yml: time_closers: missing or not a list. "
        "Fix: add a top-level `time_closers:` list",
    ]


def test_rejecting_is_a_position_stated() -> None:
    text = "Ahmed Khalil on Monday rejected any role for foreign troops."
    assert rows_of(text, KHALIL) == [
        ("any role for foreign troops.", "Ahmed Khalil", "ahmed_khalil")
    ]


def test_the_subject_pronouns_come_from_function_words(lexicons: Path) -> None:
    # "it" after the verb opens a clause: the words after "said" are no speaker
    text = "Jaish al Omar, in Homs, said it rejects the deal."
    right = [("it rejects the deal.", "Jaish al Omar", None)]
    assert rows_of(text) == right
    file = lexicons / "function_words.yml"
    words = file.read_text("utf-8")
    assert words.count("  - it\n") == 1
    file.write_text(words.replace("  - it\n", "", 1), "utf-8")
    assert rows_of(text) != right


@pytest.mark.parametrize("verb", ["denied", "rejected", "refuted"])
def test_claims_after_a_verb_in_the_past_are_its_object(verb: str) -> None:
    text = f"The Homs Council {verb} claims that it shelled the camp."
    assert rows_of(text, COUNCIL) == [("it shelled the camp.", "The Homs Council", "homs_council")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ten soldiers defect in Homs — monitor", ("Ten soldiers defect in Homs", "monitor")),
        (
            "Shelling of the camp kills ten civilians: statement",
            ("Shelling of the camp kills ten civilians", "statement"),
        ),
    ],
)
def test_a_headline_speaker_in_lower_case(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text + "\n\nThe camp was shelled on Monday.") == [(*want, None)]


def test_a_lower_case_headline_side_that_names_no_speaker_is_no_speaker() -> None:
    assert rows_of("Ten soldiers defect in Homs: subscribe now\n\nThe camp was shelled.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The road was open, a spokesman for the Homs Council told Reuters.",
            ("The road was open", "a spokesman for the Homs Council"),
        ),
        (
            "A statement from the Homs Council said the road was open.",
            ("the road was open.", "A statement from the Homs Council"),
        ),
        (
            "The road is open, according to a statement from the Homs Council.",
            ("The road is open", "a statement from the Homs Council"),
        ),
        (
            "The Homs Council said in a statement carried by the state news agency that the "
            "road was open.",
            ("the road was open.", "The Homs Council"),
        ),
        # a comma before the "that" after the medium
        (
            "The Homs Council said in a statement, that the road was open.",
            ("the road was open.", "The Homs Council"),
        ),
    ],
)
def test_one_who_speaks_for_a_body(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text, COUNCIL) == [(*want, "homs_council")]


def test_the_actor_after_a_preposition_that_is_no_speaker_noun_does_not_speak() -> None:
    text = "A rally in the Homs Council's square said the road was open."
    assert [row[2] for row in rows_of(text, COUNCIL)] == [None]


def test_cited_as_saying_is_not_part_of_the_speaker() -> None:
    text = "Ahmed Khalil was cited as saying the road was open."
    assert rows_of(text, KHALIL) == [("the road was open.", "Ahmed Khalil", "ahmed_khalil")]


def test_a_that_after_a_second_verb_belongs_to_that_verb() -> None:
    text = "Ahmed Khalil said the road was open and added that the army had left."
    assert rows_of(text, KHALIL) == [
        ("the road was open", "Ahmed Khalil", "ahmed_khalil"),
        ("the army had left.", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_according_to_after_a_statement_ends_its_content() -> None:
    text = "Ahmed Khalil said the road was open, according to state media."
    assert ("the road was open", "Ahmed Khalil", "ahmed_khalil") in rows_of(text, KHALIL)


@pytest.mark.parametrize(
    "told",
    ["a news conference in Geneva", "his supporters", "her", "the BBC", "Al Dunya", "lawmakers"],
)
def test_whom_a_statement_was_told_is_no_part_of_it(told: str) -> None:
    text = f"Ahmed Khalil told {told} the road was open."
    assert rows_of(text, KHALIL) == [("the road was open.", "Ahmed Khalil", "ahmed_khalil")]


def test_a_that_inside_the_content_does_not_open_it() -> None:
    text = "Ahmed Khalil said it had received reports that ten people died."
    assert rows_of(text, KHALIL) == [
        ("it had received reports that ten people died.", "Ahmed Khalil", "ahmed_khalil")
    ]


def test_a_description_with_a_modifier_refers_to_the_body_it_fits() -> None:
    text = (
        "Shelling by the Homs Brigade near the Kurdish Defence Units' posts helps the "
        "Jund Front, the Kurdish group said."
    )
    names = [
        ("Homs Brigade", "homs_brigade", "armed_group", "opposition"),
        ("Kurdish Defence Units", "kurdish_defence_units", "armed_group", "kurdish"),
        ("Jund Front", "jund_front", "armed_group", "jihadist"),
    ]
    rows = [(text.index(s), text.index(s) + len(s), s, i, t, side) for s, i, t, side in names]
    mentions = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    table = find_quotes(text, mentions=mentions)
    assert table["speaker_actor_id"].tolist() == ["kurdish_defence_units"]


def test_a_body_named_before_a_person_joined_to_it_speaks() -> None:
    text = "The Homs Council and local official Ahmed Khalil said ten people died."
    assert rows_of(text, COUNCIL, KHALIL) == [
        (
            "ten people died.",
            "The Homs Council and local official Ahmed Khalil",
            "homs_council",
        )
    ]


def test_a_description_refers_to_the_body_that_spoke_last() -> None:
    text = (
        "The Homs Council said ten people died near the Jund Front's base.\n\n"
        "The group also said the road was closed."
    )
    names = [
        ("Homs Council", "homs_council", "group", "opposition"),
        ("Jund Front", "jund_front", "group", "jihadist"),
    ]
    rows = [(text.index(s), text.index(s) + len(s), s, i, t, side) for s, i, t, side in names]
    table = find_quotes(text, mentions=pd.DataFrame(rows, columns=MENTION_COLUMNS))
    assert table["speaker_actor_id"].tolist() == ["homs_council", "homs_council"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ten people died, local correspondent Usama bin Talal said.", "Usama bin Talal"),
        ("Ten people died, the council correspondent Omar de Castro told AFP.", "Omar de Castro"),
        ("Ten people died, local activist Omar al-Hamwi said.", "Omar al-Hamwi"),
    ],
)
def test_a_name_after_a_role_keeps_its_joining_words(text: str, name: str) -> None:
    table = find_quotes(text)
    assert table[["speaker_ref", "speaker_class"]].values.tolist() == [[name, "named_person"]]


def test_a_name_word_that_is_a_verb_form_stays_in_the_name() -> None:
    text = "Ten people died, local correspondent Usama bin Said said."
    assert [row[1] for row in rows_of(text)] == ["local correspondent Usama bin Said"]
    assert [row[1] for row in rows_of("Khaled Said told AFP the road was open.")] == ["Khaled Said"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ahmed Khalil, in an interview with Al Dunya, said the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        (
            "Al Dunya cited Ahmed Khalil as saying the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
        ("Ahmed Khalil tweeted: “The road is open.”", ("“The road is open.”", "Ahmed Khalil")),
        (
            "Ahmed Khalil tweeted that the road was open.",
            ("the road was open.", "Ahmed Khalil"),
        ),
    ],
)
def test_interviews_citations_and_posts(text: str, want: tuple[str, str]) -> None:
    assert rows_of(text, KHALIL) == [(*want, "ahmed_khalil")]


def test_with_a_speaker_and_a_participle_the_speaker_follows_with() -> None:
    text = "The siege goes on, with residents saying they have no bread."
    assert [row[:2] for row in rows_of(text)] == [("they have no bread.", "residents")]


def test_tweeting_a_photo_is_no_statement() -> None:
    assert rows_of("Ahmed Khalil tweeted a photo of the road.", KHALIL) == []


@pytest.mark.parametrize(
    "text",
    [
        "“The road is open,” according to Ahmed Khalil.",
        "According to Ahmed Khalil, “the road is open.”",
    ],
)
def test_a_quotation_according_to_a_speaker_is_not_also_floating(text: str) -> None:
    table = find_quotes(text)
    assert table[["speaker", "kind"]].values.tolist() == [["Ahmed Khalil", "according_to"]]


def test_a_trailing_speaker_before_told_and_a_named_addressee_speaks() -> None:
    # "X, told the Y agency": told never puts its speaker after it; Y is whom X told
    text = "The road is open, council official Ahmed Khalil, told the Orient News channel."
    orient = ("Orient News", "orient_news", "media")
    assert rows_of(text, KHALIL, orient) == [
        ("The road is open", "council official Ahmed Khalil", "ahmed_khalil")
    ]


def test_an_adverb_after_an_apposition_leaves_the_name_before_it_speaking() -> None:
    text = (
        "Ahmed Khalil, a senior official with the Homs Council, initially said the road was open."
    )
    assert rows_of(text, KHALIL, COUNCIL) == [
        ("the road was open.", "Ahmed Khalil", "ahmed_khalil")
    ]


def test_the_speaker_after_what_speaks() -> None:
    text = "The depot was hit by what activists said were Russian air strikes."
    assert rows_of(text) == [("were Russian air strikes.", "activists", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "As the Homs Council reported on Monday, the road was open.",
            [("the road was open.", "the Homs Council", "homs_council")],
        ),
        (
            "But as the Homs Council has reported, the road was open.",
            [("the road was open.", "the Homs Council", "homs_council")],
        ),
        (
            "The road was open, as the Homs Council said.",
            [("The road was open", "the Homs Council", "homs_council")],
        ),
    ],
)
def test_as_a_speaker_reported(text: str, want: list[tuple[str, str, str]]) -> None:
    assert rows_of(text, ("the Homs Council", "homs_council", "political")) == want


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "as" opening a clause of time, or "as many as", names no one who reported
        (
            "As the fighting raged, the Homs Council said on Monday, the road was open.",
            "the Homs Council",
        ),
        ("Shelling killed dozens, as many as 40, the Homs Council said.", "the Homs Council"),
    ],
)
def test_as_that_names_no_speaker(text: str, speaker: str) -> None:
    council = ("the Homs Council", "homs_council", "political")
    assert [row[1] for row in rows_of(text, council)] == [speaker]


def test_a_pronoun_after_whom_it_was_told_opens_the_statement() -> None:
    text = "The town fell, Ahmed Khalil told AFP it was safe."
    assert rows_of(text, KHALIL) == [("it was safe.", "Ahmed Khalil", "ahmed_khalil")]


def test_a_quotation_resumed_after_its_attribution_is_the_speaker_s_too() -> None:
    text = "“We did not fire,” Ahmed Khalil said, “so we aimed in the air.”"
    assert rows_of(text, KHALIL) == [
        ("“We did not fire,”", "Ahmed Khalil", "ahmed_khalil"),
        ("“so we aimed in the air.”", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_a_quotation_resumed_after_a_phrase_of_place_or_time_is_the_speaker_s_too() -> None:
    for phrase in ("in court", "on Monday", "late on Sunday"):
        text = f"“We did not fire,” Ahmed Khalil said {phrase}, “so we aimed in the air.”"
        assert [row[0] for row in rows_of(text, KHALIL)] == [
            "“We did not fire,”",
            "“so we aimed in the air.”",
        ]


def test_a_participle_of_two_words_opens_a_statement_of_its_own() -> None:
    text = "Ahmed Khalil said the road was open, pointing out that the army had left."
    assert rows_of(text, KHALIL) == [
        ("the road was open", "Ahmed Khalil", "ahmed_khalil"),
        ("the army had left.", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_a_place_after_a_preposition_is_no_name_in_apposition() -> None:
    text = "Troops fought in Afrin Region, the Turkish military said it struck 108 targets."
    assert rows_of(text) == [("it struck 108 targets.", "the Turkish military", None)]
    text = "Nisrin Ahmad, a resident of Hasakah, said the road was open."
    assert [row[1] for row in rows_of(text)] == ["Nisrin Ahmad"]


def test_a_name_after_a_list_of_names_is_no_apposition() -> None:
    text = (
        "Accompanied by Justice Minister Omar Saleh, Interior Minister Adel Nasser and "
        "Health Minister Samir Haddad, Khoury told reporters that nine men were held."
    )
    assert [row[1] for row in rows_of(text)] == ["Khoury"]


def test_a_bracket_after_a_name_before_its_description_is_no_part_of_the_speaker() -> None:
    text = "Sen. John Doe (R-Texas), the No. 2 Senate Republican, told reporters it was over."
    assert [row[1] for row in rows_of(text)] == ["Sen. John Doe"]
    # a name between commas after a role is the speaker, with or without a bracket
    text = "An official of the Liberation Organisation (LO), Adel Hadi, said the camp was shelled."
    assert [row[1] for row in rows_of(text)] == ["Adel Hadi"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a speaker described between commas, a participle or a relative clause in the
        # description, still speaks; a clause after an opening phrase is no speaker
        (
            "The town was hit, Abu Omar, an activist based in Idlib, told AFP.",
            ("The town was hit", "Abu Omar", None),
        ),
        (
            "Ten people died, Jaish al Omar, a rebel group backed by Qatar, said.",
            ("Ten people died", "Jaish al Omar", None),
        ),
        (
            "Jaish al Omar, a faction which battled in Homs, said it rejects the deal.",
            ("it rejects the deal.", "Jaish al Omar", None),
        ),
        (
            "On the road, two trucks burned, said a witness in the town.",
            ("On the road, two trucks burned", "a witness", None),
        ),
    ],
)
def test_a_described_speaker_speaks(text: str, want: tuple) -> None:
    assert rows_of(text) == [want]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an abbreviation's full stop does not end the speaker after the verb
        ("The town fell, said Dr. Zaher Sahloul, a doctor.", "Dr. Zaher Sahloul"),
        ("“The road is open,” added Brig. Gen. Ahmed Khalil.", "Brig. Gen. Ahmed Khalil"),
        (
            "Ten people died, according to the U.S.-backed Syrian Democratic Forces.",
            "the U.S.-backed Syrian Democratic Forces",
        ),
        ("Ten people died, according to the U.S. military.", "the U.S. military"),
        # a full stop that ends the sentence still ends it, after an abbreviation too
        ("About 400 died, according to the U.N. Turkey has closed its border.", "the U.N."),
        ("Ten people died, said John F. Kerry.", "John F. Kerry"),
        # a full stop that ends the sentence still ends it
        ("Ten people died, said Ahmed Khalil. The road is open.", "Ahmed Khalil"),
    ],
)
def test_an_abbreviation_does_not_cut_the_speaker(text: str, speaker: str) -> None:
    assert [row[1] for row in rows_of(text)][:1] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an adverb of how it was said is no part of the speaker
        ("The ministry has strongly condemned the attack on the embassy.", "The ministry"),
        ("Turkish officials privately said the deal was dead.", "Turkish officials"),
        ("The Free Syrian Army has openly admitted that it lost the town.", "The Free Syrian Army"),
    ],
)
def test_an_adverb_of_manner_before_the_verb_is_no_part_of_the_speaker(
    text: str, speaker: str
) -> None:
    assert [row[1] for row in rows_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an opening adverb is no name with the clause after it in apposition
        (
            "However, the army is not prepared to withdraw, said General Ali Hassan.",
            ("However, the army is not prepared to withdraw", "General Ali Hassan", None),
        ),
        # a speaker between commas after a statement still speaks
        (
            "The town fell, the chief of staff, General Ali Hassan, said.",
            ("The town fell", "General Ali Hassan", None),
        ),
    ],
)
def test_an_opening_adverb_is_no_apposition(text: str, want: tuple) -> None:
    assert rows_of(text) == [want]


def test_the_clause_subordinators_and_subject_openers_come_from_function_words(
    lexicons: Path,
) -> None:
    # "While some analysts said": the subject after "While" speaks, and "some" opens it
    text = "While some analysts said that the road was open, the council disagreed."
    right = ("the road was open, the council disagreed.", "some analysts")
    assert [(q, s) for q, s, _ in rows_of(text)] == [right]
    file = lexicons / "function_words.yml"
    words = file.read_text("utf-8")
    opener = "subject_openers:\n  - the\n  - some\n"
    assert words.count(opener) == 1
    file.write_text(words.replace(opener, "subject_openers:\n  - the\n", 1), "utf-8")
    assert [(q, s) for q, s, _ in rows_of(text)] != [right]
    file.write_text(
        words.replace("clause_subordinators:\n  - while\n", "clause_subordinators:\n"), "utf-8"
    )
    assert [(q, s) for q, s, _ in rows_of("While analysts said that it was open.")] != [
        ("it was open.", "analysts")
    ]


def test_a_definite_subject_before_an_indefinite_apposition_speaks() -> None:
    # "The spokesman for the SDF, a key US ally, said": the spokesman, not the apposition
    text = "The spokesman for the SDF, a key US ally, claimed that warplanes had struck."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("warplanes had struck.", "The spokesman for the SDF")
    ]
    # ... but a time before the comma is no subject: "The next day, a spokesman said"
    text = "The next day, a spokesman said that the road was open."
    assert [(q, s) for q, s, _ in rows_of(text)] == [("the road was open.", "a spokesman")]


@pytest.mark.parametrize(
    "time",
    [
        "The day before",
        "The two days after",
        "The week after",
        "The Tuesday before",
        "The night of the attack",
        "The year before last",
    ],
)
def test_a_time_ending_or_headed_by_a_time_word_is_no_definite_subject(time: str) -> None:
    # "The day before, a spokesman said": a time, not a subject the apposition describes
    text = f"{time}, a spokesman said that the road was open."
    assert [(q, s) for q, s, _ in rows_of(text)] == [("the road was open.", "a spokesman")]
    # ... while a definite subject stays one: "The head of the council, a former general"
    text = "The head of the council, a former general, said that the road was open."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the road was open.", "The head of the council")
    ]


def test_a_trailing_agency_that_quoted_someone_gives_the_one_quoted() -> None:
    # "“Q,” Xinhua quoted al-Zamel as saying": al-Zamel speaks, not the agency's phrase
    text = "“The solution lies in dialogue,” the agency quoted Ahmed Khalil as saying."
    assert [s for _, s, _ in rows_of(text)] == ["Ahmed Khalil"]


def test_the_times_before_an_apposition_come_from_function_words(lexicons: Path) -> None:
    # "The next round, an official said": a time, so the apposition's official speaks
    text = "The next round, an official said that the road was open."
    assert [s for _, s, _ in rows_of(text)] == ["an official"]
    file = lexicons / "function_words.yml"
    words = file.read_text("utf-8")
    assert words.count("time_openers:\n  - next\n") == 1
    file.write_text(words.replace("time_openers:\n  - next\n", "time_openers:\n"), "utf-8")
    assert [s for _, s, _ in rows_of(text)] == ["The next round"]


def test_a_plea_to_act_is_what_was_asked() -> None:
    # "Kurdish leaders implored the Kurds ... to help": the plea, after its object and "to"
    text = "Kurdish leaders implored the Kurds in both Iraq and Turkey to help them."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the Kurds in both Iraq and Turkey to help them.", "Kurdish leaders")
    ]
    assert find_quotes(text)["verb"].tolist() == ["implore"]


def test_an_opening_adverb_is_no_statement_before_an_asked_name() -> None:
    # "Kurds to help" and "rebels not to expect ..." look like a trailing speaker's tail
    # ("..., X said to the Kurds"); the adverb before the speaker is no statement
    text = "Earlier, Kurdish leaders implored the Kurds in both Iraq and Turkey to help them."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the Kurds in both Iraq and Turkey to help them.", "Kurdish leaders")
    ]
    text = "Meanwhile, the United States reportedly told rebels not to expect an intervention."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("rebels not to expect an intervention.", "the United States")
    ]


def test_a_view_its_holder_believes_is_a_statement() -> None:
    text = "French Foreign Minister Alain Juppe believes that the regime has lost its legality."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the regime has lost its legality.", "French Foreign Minister Alain Juppe")
    ]
    assert find_quotes(text)["verb"].tolist() == ["believe"]
    # hearsay: "are believed to" names no one who said it
    assert rows_of("Hundreds of fighters are believed to have fled north.") == []


def test_a_clarification_and_a_recommendation_are_statements() -> None:
    text = "A police source clarified that the second bomb went off an hour later."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the second bomb went off an hour later.", "A police source")
    ]
    assert find_quotes(text)["verb"].tolist() == ["clarify"]
    # "clarifying" with no "that" corrects a remark and states nothing
    assert rows_of("The envoy spoke on Monday, clarifying an earlier remark.") == []
    text = "The Dutch embassy recommends travellers leave the country at once."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("travellers leave the country at once.", "The Dutch embassy")
    ]
    assert find_quotes(text)["verb"].tolist() == ["recommend"]


def test_a_dash_joining_a_compound_does_not_cut_the_speaker() -> None:
    text = "Omar Haddad of the London—based Syrian Monitor said the shells struck a school."
    assert [(q, s) for q, s, _ in rows_of(text)] == [
        ("the shells struck a school.", "Omar Haddad of the London—based Syrian Monitor")
    ]
    # a dash before an aside still cuts it off
    text = "Residents—who asked not to be named—said the town fell."
    assert [(q, s) for q, s, _ in rows_of(text)] == [("the town fell.", "Residents")]
