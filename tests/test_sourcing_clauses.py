"""Where a statement's clause ends in wire copy: trailing speakers with a longer tail, titles
with full stops, a second reporting verb joined to the first, and the verbs of agency copy.
Each sentence is our own and fails the test if its pattern breaks."""

from __future__ import annotations

import pytest
from test_sourcing_wire import KHALIL, mentions_of, rows_of

from newsframes.analysers.sourcing import find_quotes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ten officers crossed the border, the diplomat told AFP on condition of anonymity.",
            ("Ten officers crossed the border", "the diplomat"),
        ),
        (
            "The convoy reached Idlib, a commander said on the condition that he not be named.",
            ("The convoy reached Idlib", "a commander"),
        ),
        (
            "Ten fighters were killed in the strike, the spokesman said on Nov. 17.",
            ("Ten fighters were killed in the strike", "the spokesman"),
        ),
        (
            "Ten fighters were killed in the strike, the spokesman said on March 3, 2016.",
            ("Ten fighters were killed in the strike", "the spokesman"),
        ),
        (
            "Ten groups signed the truce, the centre said in its daily bulletin posted on the "
            "website of the Defence Ministry on Sunday.",
            ("Ten groups signed the truce", "the centre"),
        ),
        (
            "Defectors have grown in number, Nour Saleh reported last year for The Times.",
            ("Defectors have grown in number", "Nour Saleh"),
        ),
    ],
)
def test_a_trailing_speaker_with_a_longer_tail(text: str, want: tuple[str, str]) -> None:
    assert [row[:2] for row in rows_of(text)] == [want]


def test_a_title_with_full_stops_is_part_of_a_trailing_speaker() -> None:
    text = "The front is quiet, Defence Ministry spokesman Maj. Gen. Omar Haddad said Wednesday."
    assert [row[:2] for row in rows_of(text)] == [
        ("The front is quiet", "Defence Ministry spokesman Maj. Gen. Omar Haddad")
    ]


def test_a_participle_after_a_reported_clause_is_a_statement_of_its_own() -> None:
    text = "Ahmed Khalil said the siege was over, saying the roads would open on Monday."
    assert rows_of(text, KHALIL) == [
        ("the siege was over", "Ahmed Khalil", "ahmed_khalil"),
        ("the roads would open on Monday.", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_adding_a_quotation_after_a_that_clause() -> None:
    text = "Ahmed Khalil said that the talks had failed, adding “the war goes on.”"
    assert rows_of(text, KHALIL) == [
        ("the talks had failed", "Ahmed Khalil", "ahmed_khalil"),
        ("“the war goes on.”", "Ahmed Khalil", "ahmed_khalil"),
    ]


@pytest.mark.parametrize("joiner", ["and said", "and also said", "but said"])
def test_a_second_verb_after_and_or_but_keeps_the_speaker(joiner: str) -> None:
    text = f"Ahmed Khalil added that the army was split {joiner} the talks would resume."
    assert rows_of(text, KHALIL) == [
        ("the army was split", "Ahmed Khalil", "ahmed_khalil"),
        ("the talks would resume.", "Ahmed Khalil", "ahmed_khalil"),
    ]


def test_a_participle_after_a_noun_object_gives_that_statements_content() -> None:
    # "announced his defection, saying ...": what he said is what he announced
    text = "A man announced his defection, saying he had refused to fire on protesters."
    assert [row[:2] for row in rows_of(text)] == [
        ("his defection, saying he had refused to fire on protesters.", "A man")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "rejected the remarks, underlining that R": R has a clause of its own
        (
            "The minister rejected the remarks of officials, underlining that peace comes first.",
            [("the remarks of officials", "The minister"), ("peace comes first.", "The minister")],
        ),
        (
            "A man announced his defection, saying that he had refused to fire on protesters.",
            [("his defection", "A man"), ("he had refused to fire on protesters.", "A man")],
        ),
    ],
)
def test_a_participle_and_that_after_a_noun_object_is_a_statement_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [row[:2] for row in rows_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an aside between the verb and its "that"
        (
            "Ahmed Khalil noted, however, that the fighting went on near the border.",
            "the fighting went on near the border.",
        ),
        # a participle and "that" set off by commas before the sentence resumes
        (
            "Ahmed Khalil said the army, noting that it was tired, would advance.",
            "the army, noting that it was tired, would advance.",
        ),
        # "called upon" is "called on"
        (
            "Ahmed Khalil called upon the envoy to condemn the killings.",
            "the envoy to condemn the killings.",
        ),
        # a telephone, video or conference call is no demand
        *[
            (
                f"In a {call} on Saturday, Ahmed Khalil congratulated the army on its victories.",
                "the army on its victories.",
            )
            for call in (
                "phone call",
                "telephone call",
                "phone call for peace",
                "video call",
                "conference call",
            )
        ],
    ],
)
def test_one_statement_of_its_speaker(text: str, content: str) -> None:
    assert rows_of(text, KHALIL) == [(content, "Ahmed Khalil", "ahmed_khalil")]


def test_a_second_comma_ends_the_aside_before_that() -> None:
    # "that is" after a list is no "that" opening what was denied
    text = "Ahmed Khalil denied, however, any role, that is, any direct role."
    assert all(not row[0].startswith("is") for row in rows_of(text, KHALIL))


def test_a_participle_after_a_condemned_object_is_a_statement_of_its_own() -> None:
    # the object of "condemned" is its whole content: what follows ", saying" is said
    text = "The ministry condemned the use of chemical weapons, saying the town was shelled."
    assert [row[:2] for row in rows_of(text)] == [
        ("the use of chemical weapons", "The ministry"),
        ("the town was shelled.", "The ministry"),
    ]


def test_a_quoted_phrase_inside_a_participle_s_clause_is_no_whole_statement() -> None:
    text = "The ministry left, saying Tehran is “deeply concerned” about the attacks."
    assert [row[:2] for row in rows_of(text)] == [
        ("Tehran is “deeply concerned” about the attacks.", "The ministry")
    ]


def test_a_quotation_ending_in_dots_is_followed_by_its_speaker() -> None:
    text = 'The blast marked "an escalation of the attacks..." the ministry said in a statement.'
    assert [row[:2] for row in rows_of(text)] == [
        ('"an escalation of the attacks..."', "the ministry")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He also noted that the border was closed.", ("the border was closed.", "He")),
        (
            "Ahmed Khalil spoke on Monday, indicating that the border was closed.",
            ("the border was closed.", "Ahmed Khalil"),
        ),
        (
            "“We will hold the town,” the commander asserted.",
            ("“We will hold the town,”", "the commander"),
        ),
        (
            "“Follow the instructions,” the army spokesman cautioned.",
            ("“Follow the instructions,”", "the army spokesman"),
        ),
        (
            "The minister expressed his hope for a quick end to the siege.",
            ("his hope for a quick end to the siege.", "The minister"),
        ),
        (
            "The minister praised the army for taking the town.",
            ("the army for taking the town.", "The minister"),
        ),
        (
            "Local activists report that the town has fallen.",
            ("the town has fallen.", "Local activists"),
        ),
        # "reported" with a clause and no "that"
        (
            "The local paper reported four people were killed on the road.",
            ("four people were killed on the road.", "The local paper"),
        ),
        (
            "Late on Monday, medics reported they were treating ten men.",
            ("they were treating ten men.", "medics"),
        ),
        (
            "The monitor reported at least 20 people were killed.",
            ("at least 20 people were killed.", "The monitor"),
        ),
        # a negated verb still reports; "not" is no part of the speaker
        (
            "He did not say how many troops would withdraw.",
            ("how many troops would withdraw.", "He"),
        ),
        # an aside between commas, and the verb's own clause, before ", saying"
        (
            "The envoy, however, dismissed the offer, saying the town would fall.",
            ("the town would fall.", "The envoy"),
        ),
        # "complain of" and "speak of": their object is what was said
        ("Residents complain of whirling sand.", ("whirling sand.", "Residents")),
        ("State media spoke of heavy clashes.", ("heavy clashes.", "State media")),
    ],
)
def test_the_verbs_of_agency_copy(text: str, want: tuple[str, str]) -> None:
    assert [row[:2] for row in rows_of(text)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "It should be noted that the town lies on the road to Aleppo.",
        "It should be immediately noted that the town lies on the road to Aleppo.",
        "Views expressed in the comments are those of their writers.",
        "Other states have expressed similar sentiments.",
        # "reported" with no clause after it, or a relative clause in its object
        "The monitor reported heavy clashes near the airport.",
        # "speaking of" opens an aside; "complained" with no "of" needs "that"
        "Speaking of the war, the town is calm.",
        "The residents complained loudly.",
        "She reported from Beirut for ten years.",
        "The group reported the deaths of ten men who were shot.",
        # "reported" describing a noun, with "it" as its object, or before a clause of the
        # writer's own
        "The casualties reported this week are the highest since 2016.",
        "The ministry reported it to the UN Security Council.",
        "The monitor reported heavy clashes as rebels were advancing on the town.",
        "Smoke rises over the town, 21 August 2016\n\n© REUTERS/ Rodi Said\n\nThe end.",
    ],
)
def test_no_statement(text: str) -> None:
    assert rows_of(text) == []


def test_a_verb_with_that_after_an_in_phrase_is_no_trailing_speaker() -> None:
    text = (
        "As the convoy left the village, the brigade's commander, Omar Haddad, told Reuters in "
        "an exclusive talk that the problems have been sorted out."
    )
    assert [row[:2] for row in rows_of(text)] == [
        ("the problems have been sorted out.", "Omar Haddad")
    ]


def test_a_quotation_then_a_long_title_and_its_speaker() -> None:
    text = (
        "“The siege has ended,” Deputy Chief of Staff of the Armed Forces Brigadier General "
        "Ahmed Khalil told Tasnim on Sunday."
    )
    title = "Deputy Chief of Staff of the Armed Forces Brigadier General Ahmed Khalil"
    assert rows_of(text, KHALIL) == [("“The siege has ended,”", title, "ahmed_khalil")]


def test_a_tag_after_a_trailing_speaker_is_not_the_statement() -> None:
    text = "A colonel defects and joins the rebels, activists say [Video]\n\nThe body."
    assert [row[:2] for row in rows_of(text)] == [
        ("A colonel defects and joins the rebels", "activists")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If confirmed, it would be the highest-ranking defection this year.",
        "The claims were denied by no one.",
        "A video was posted on Wednesday purporting to show a woman in uniform.",
    ],
)
def test_a_passive_conditional_or_purporting_form_names_no_speaker(text: str) -> None:
    assert rows_of(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ten soldiers died, the monitor said on Twitter.", ("Ten soldiers died", "the monitor")),
        (
            "Ahmed Khalil wrote on Twitter: “The talks failed.”",
            ("“The talks failed.”", "Ahmed Khalil"),
        ),
        ("The talks failed, Ahmed Khalil wrote.", ("The talks failed", "Ahmed Khalil")),
        (
            "The talks failed, said Ahmed Khalil, a commander of the Homs brigade of the rebels.",
            ("The talks failed", "Ahmed Khalil"),
        ),
        (
            "Ten soldiers died, the ministry said in a statement carried by the SANA news agency.",
            ("Ten soldiers died", "the ministry"),
        ),
        # a relative clause on the object of the clause, not on a subject, before "said X"
        (
            "Iran will attend the talks, whose date is still open, said Iran's foreign minister.",
            ("Iran will attend the talks, whose date is still open", "Iran's foreign minister"),
        ),
        # "reported" with its speaker after it, and a source cited with no comma before
        (
            "Five men may have been killed, reported the daily newspaper of the province.",
            ("Five men may have been killed", "the daily newspaper of the province"),
        ),
        (
            "Ten soldiers died on Monday, the monitor reported citing activists.",
            ("Ten soldiers died on Monday", "the monitor"),
        ),
        (
            "Ten soldiers died, reported the monitor citing a military source.",
            ("Ten soldiers died", "the monitor"),
        ),
        # a name with a bracket after it, then its apposition
        (
            "The talks failed, Ahmed Khalil (pictured), a commander of the brigade, wrote.",
            ("The talks failed", "Ahmed Khalil"),
        ),
    ],
)
def test_wire_attributions(text: str, want: tuple[str, str]) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert [row[:2] for row in rows_of(text, *names)] == [want]


def test_wrote_without_that_or_a_quotation_is_no_statement() -> None:
    assert rows_of("He wrote a book about the war.") == []


@pytest.mark.parametrize(
    "dateline",
    ["DAMASCUS (Reuters) - ", "KOBANE, Syria — ", "BEIRUT -- ", "BEIRUT, Oct 3 (AFP) - "],
)
def test_a_dateline_is_not_part_of_the_statement(dateline: str) -> None:
    text = dateline + "Ten soldiers died in Homs, the army said."
    assert [row[:2] for row in rows_of(text)] == [("Ten soldiers died in Homs", "the army")]


@pytest.mark.parametrize(
    "tail",
    [
        "he told reporters",
        "he told AFP by telephone from Beirut",
        "Ahmed Khalil said at a news conference in Moscow",
        "Ahmed Khalil said during a visit to Ankara",
        "Ahmed Khalil told a news conference",
        "Ahmed Khalil told state television",
        "the official said, without giving details",
        "he was quoted as saying by the Interfax news agency",
        "Ahmed Khalil told The Associated Press by phone",
        "Ahmed Khalil, the head of the council, told Reuters",
    ],
)
def test_a_trailing_speaker_with_whom_and_where_it_was_said(tail: str) -> None:
    text = f"Ten soldiers died in Homs, {tail}."
    names = [KHALIL] if "Khalil" in text else []
    speaker = "Ahmed Khalil" if "Khalil" in text else tail.split(" said")[0].split(" told")[0]
    speaker = speaker.split(" was quoted")[0]
    assert [row[:2] for row in rows_of(text, *names)] == [("Ten soldiers died in Homs", speaker)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The convoy left, the monitor said on Monday the road was open.",
            "on Monday the road was open.",
        ),
        ("Ahmed Khalil told reporters on Monday that troops withdrew.", "troops withdrew."),
        (
            "Moscow, SANA – The ministry announced on Wednesday the start of air strikes.",
            "on Wednesday the start of air strikes.",
        ),
    ],
)
def test_a_clause_after_the_verb_is_the_statement_not_a_tail(text: str, want: str) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert [row[0] for row in rows_of(text, *names)] == [want]


def test_quoted_by_an_outlet_as_saying() -> None:
    text = "Ahmed Khalil was quoted by SANA as saying that the talks failed."
    assert rows_of(text, KHALIL) == [("the talks failed.", "Ahmed Khalil", "ahmed_khalil")]


def test_adding_after_a_clause_in_the_past_tense() -> None:
    text = "Ahmed Khalil said the talks failed, adding: “We will fight.”"
    assert [row[0] for row in rows_of(text, KHALIL)] == ["the talks failed", "“We will fight.”"]


def test_a_participle_after_a_trailing_speakers_tail() -> None:
    text = "The talks failed, Ahmed Khalil said Tuesday, citing army sources."
    assert rows_of(text, KHALIL) == [("The talks failed", "Ahmed Khalil", "ahmed_khalil")]


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Khalil once said that the town fell.",
        "Ahmed Khalil was saying that the town fell.",
        "Ahmed Khalil is reporting that the town fell.",
        "Ahmed Khalil, reporting from Beirut, said the town fell.",
        "Ahmed Khalil, a resident of Homs, said the town fell.",
    ],
)
def test_the_speaker_and_content_around_adverbs_progressives_and_appositions(text: str) -> None:
    assert rows_of(text, KHALIL) == [("the town fell.", "Ahmed Khalil", "ahmed_khalil")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“We are ready,” the rebel commander, who asked not to be named, told AFP.",
            ("“We are ready,”", "the rebel commander"),
        ),
        (
            "“We are ready,” Ahmed Khalil, a rebel commander, told AFP.",
            ("“We are ready,”", "Ahmed Khalil"),
        ),
        (
            "“We are ready,” the chief of staff, General Omar Haddad, said.",
            ("“We are ready,”", "the chief of staff, General Omar Haddad"),
        ),
    ],
)
def test_a_quotation_then_a_speaker_with_an_aside(text: str, want: tuple[str, str]) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert [row[:2] for row in rows_of(text, *names)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ahmed Khalil said the army “will not stop” until the town falls.",
            "the army “will not stop” until the town falls.",
        ),
        ("Ahmed Khalil said in a statement “we will not stop”.", "“we will not stop”"),
        ("Ahmed Khalil called on soldiers to “protect civilians.”", "“protect civilians.”"),
    ],
)
def test_a_partial_quotation_is_part_of_the_reported_clause(text: str, want: str) -> None:
    assert [row[0] for row in rows_of(text, KHALIL)] == [want]


@pytest.mark.parametrize(
    "text", ["‘We are ready,’ Ahmed Khalil said.", "'We are ready,' Ahmed Khalil said."]
)
def test_a_single_quotation_mark_is_not_part_of_the_speaker(text: str) -> None:
    assert [row[1:] for row in rows_of(text, KHALIL)] == [("Ahmed Khalil", "ahmed_khalil")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In a televised speech, Ahmed Khalil vowed to retake every inch of the country.",
            ("to retake every inch of the country.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil argued that the truce had failed.",
            ("the truce had failed.", "Ahmed Khalil"),
        ),
        (
            "On Thursday, the donors held talks with the opposition in Rome and pledged to "
            "provide more support.",
            ("to provide more support.", "the donors"),
        ),
        (
            "The official declined to comment and said the army had withdrawn.",
            ("the army had withdrawn.", "The official"),
        ),
        (
            "In response, Ahmed Khalil promised Wednesday that the border would stay open.",
            ("the border would stay open.", "Ahmed Khalil"),
        ),
        (
            "Ahmed Khalil also appealed to aid groups to press the militia.",
            ("to aid groups to press the militia.", "Ahmed Khalil"),
        ),
    ],
)
def test_commitments_and_a_verb_joined_to_an_action(text: str, want: tuple[str, str]) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert [row[:2] for row in rows_of(text, *names)] == [want]


def test_argue_without_that_is_no_statement() -> None:
    assert rows_of("He argued with the guards at the gate.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighters crossed into the town, as its leaders appealed for international help.",
        "It was a promising start, and the promises of the envoy were many.",
    ],
)
def test_an_appeal_for_help_and_a_promising_start_report_nothing(text: str) -> None:
    assert rows_of(text) == []


@pytest.mark.parametrize(
    ("text", "verb", "verb_class"),
    [
        ("The army denied that it had shelled the town.", "deny", "adversarial"),
        ("The rebels accused the army of shelling the town.", "accuse", "adversarial"),
        ("Ahmed Khalil insisted that the town had not fallen.", "insist", "distancing"),
        ("Ahmed Khalil claimed that the town had not fallen.", "claim", "distancing"),
        ("Ahmed Khalil warned that the town would fall.", "warn", "neutral"),
        ("Ahmed Khalil says the town will fall.", "say", "neutral"),
        ("The town will fall, sources said.", "say", "neutral"),
    ],
)
def test_the_verb_and_its_class(text: str, verb: str, verb_class: str) -> None:
    names = [KHALIL] if "Khalil" in text else []
    table = find_quotes(text, mentions=mentions_of(text, *names))
    assert table[["verb", "verb_class"]].values.tolist() == [[verb, verb_class]]


def test_a_quotation_continued_across_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Ahmed Khalil said: “The talks failed. We left Geneva.\n\n"
        "“We will fight on until the end.”\n\nThe army shelled the town."
    )
    assert [row[1:] for row in rows_of(text, KHALIL)] == [
        ("Ahmed Khalil", "ahmed_khalil"),
        ("Ahmed Khalil", "ahmed_khalil"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a writer's clause joined by "and" after a trailing speaker
        (
            "Five people were killed in the raid, the monitor reported, and protests spread.",
            ("Five people were killed in the raid", "the monitor"),
        ),
        # a vow before "that"
        (
            "The fighters have sworn that they will hold the town.",
            ("they will hold the town.", "The fighters"),
        ),
        # a comma between thousands cuts no speaker phrase
        (
            "Lebanon hosts 1,500,000 refugees, but says the real number is higher.",
            ("the real number is higher.", "Lebanon"),
        ),
    ],
)
def test_more_clauses_of_wire_copy(text: str, want: tuple[str, str]) -> None:
    table = find_quotes(text)
    assert list(zip(table["start"], table["end"], table["speaker"], strict=True)) == [
        (text.index(want[0]), text.index(want[0]) + len(want[0]), want[1])
    ]


def test_swore_allegiance_reports_nothing() -> None:
    assert find_quotes("The brigade swore allegiance to the new emir.").empty


def test_a_name_before_an_apposition_with_a_demonym_and_an_adjective_speaks() -> None:
    # "the Iranian armed forces": "armed" after a determiner and a capitalised word is no verb
    text = "Hamid Rezaei, the former chief of the Iranian armed forces, said the advisers stay."
    assert rows_of(text, ("Hamid Rezaei", "hamid_rezaei", "person")) == [
        ("the advisers stay.", "Hamid Rezaei", "hamid_rezaei")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a time of day before the day is no part of the speaker
        ("The ministry late Sunday announced that the road was open.", "The ministry"),
        ("The army early on Monday said that the road was open.", "The army"),
        # a relative clause's own subject speaks, not the name it describes
        ("Homs, which activists say is shelled daily, is quiet.", "activists"),
    ],
)
def test_the_speaker_before_a_day_or_inside_a_relative_clause(text: str, speaker: str) -> None:
    assert [row[1] for row in rows_of(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Khalil, head of the council, said the town fell.",
        "Ahmed Khalil, spokesman for the council, said the town fell.",
        "Ahmed Khalil, head of the council, vowed the town would hold.",
    ],
)
def test_a_name_before_a_role_with_no_article_speaks(text: str) -> None:
    # the role between commas is an apposition: the name speaks, what follows is said
    assert [row[1] for row in rows_of(text)] == ["Ahmed Khalil"]
    assert not rows_of(text)[0][0].startswith("Ahmed")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle's phrase between commas, then the speaker closing the sentence
        (
            "Talks must go on, including through the contact group, said Hague.",
            "Hague",
        ),
        # a list of places before the verb, then a body named after it
        (
            "Troops will man checkpoints in Ashrafieh, Halak and Bani Zaid, said the monitor.",
            "the monitor",
        ),
    ],
)
def test_a_speaker_closing_the_sentence_after_an_inverting_verb_speaks(
    text: str, speaker: str
) -> None:
    rows = rows_of(text)
    assert [row[1] for row in rows] == [speaker]
    assert rows[0][0].startswith(text.split(",")[0])


def test_a_participle_between_commas_before_a_clause_is_still_an_apposition() -> None:
    # "said the town fell" is a clause after the verb, no speaker closing the sentence
    rows = rows_of("Ahmed Khalil, reporting from Beirut, said the town fell.")
    assert [row[1] for row in rows] == ["Ahmed Khalil"]
