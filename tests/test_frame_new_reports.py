"""Frame indicators on the kinds of text a new report brings: a site's menu and links to
other stories, and terms used in another sense (a place, a war's age, a verb). Each
revision has a wrong hit that must go and a right hit that must stay."""

from __future__ import annotations

import pytest

from newsframes.analysers.framing import frame_hits
from newsframes.analysers.framing.furniture import furniture_spans, in_spans


def hits_of(text: str, frame: str) -> list[str]:
    """The surfaces of ``frame``'s hits in ``text``, in text order."""
    hits = frame_hits(text)
    return hits.loc[hits["frame"] == frame, "surface"].str.lower().tolist()


# --------------------------------------------------------------------------- furniture

MENU = "News Site\n\n  • World\n  • Economy\n    • Business\n  • Sport\n\n"
STORY = (
    "Rebels shelled the town on Monday, the monitor said.\n\n"
    "The war has ruined the economy of the north, traders said.\n\n"
)
LINKS = (
    "Why the cost of bread doubled in a year\n\n"
    "Minister defends the budget amid talks on trade\n\n"
    "READ NEXT\n"
)


def test_a_menu_item_frames_nothing_but_the_story_still_does() -> None:
    assert hits_of(MENU + STORY, "economic_consequences") == ["economy"]


def test_links_to_other_stories_after_the_report_frame_nothing() -> None:
    text = STORY + LINKS
    assert hits_of(text, "economic_consequences") == ["economy"]
    assert hits_of(text, "reconciliation_amnesty") == []


def test_a_report_cut_off_mid_sentence_keeps_its_last_lines() -> None:
    # a subheading and an unpunctuated last line are the report itself, cut off: hits stay
    text = STORY + "The talks\n\nTalks between the two sides are expected to resume next wee"
    assert hits_of(text, "reconciliation_amnesty") == ["talks", "talks"]


def test_a_long_unpunctuated_closing_block_is_not_taken_for_links() -> None:
    line = (
        "the talks went on late into the night while hundreds of people waited in the cold"
        " at the crossing for news of their relatives held in the prisons of the north"
    )
    closing = "\n\n".join([line, line])
    assert hits_of(STORY + closing, "reconciliation_amnesty") == ["talks", "talks"]


def test_a_text_without_sentence_punctuation_has_no_closing_links() -> None:
    assert furniture_spans("Talks resume\n\nCeasefire holds\n") == []


def test_a_bulleted_sentence_is_no_menu_item() -> None:
    text = "Key points:\n\n- The economy shrank by half.\n- Aid convoys were blocked.\n"
    assert furniture_spans(text) == []
    assert hits_of(text, "economic_consequences") == ["economy"]


def test_a_menu_between_bars_and_a_link_line_frame_nothing() -> None:
    text = (
        "Home | World | Economy | Sport\n\n"
        + STORY
        + "Read more: Peace talks stall as the economy sinks>>>\n\n"
        + "Tags: Economy, Refugees\n\n"
        + "The talks will resume on Monday, the envoy said.\n"
    )
    assert hits_of(text, "economic_consequences") == ["economy"]
    assert hits_of(text, "reconciliation_amnesty") == ["talks"]
    assert hits_of(text, "humanitarian") == []


def test_a_headline_between_bars_and_a_sentence_opening_with_related_still_count() -> None:
    text = (
        "Peace talks resume in the capital | News | 2014\n\n"
        "Related to the talks, the economy was discussed.\n"
    )
    assert furniture_spans(text) == []
    assert hits_of(text, "reconciliation_amnesty") == ["talks", "talks"]


def test_in_spans_finds_a_position_in_sorted_spans() -> None:
    spans = [(0, 5), (10, 20)]
    starts = [0, 10]
    assert [in_spans(p, starts, spans) for p in (0, 4, 5, 9, 10, 19, 20)] == [
        True,
        True,
        False,
        False,
        True,
        True,
        False,
    ]


# --------------------------------------------------------------------------- other senses


@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        # the age of a war is no personal detail; a person's age is
        ("Analysts fear the three-year-old war will spread.", "human_interest", []),
        ("The 19-year-old recruit fled at night.", "human_interest", ["year-old"]),
        # a province "home to" its people is a population; a family's home is private life
        (
            "They fled to the mountains, home to most of the country's Druze.",
            "human_interest",
            [],
        ),
        ("Shells fell on their homes before dawn.", "human_interest", ["homes"]),
        # the arms a deal lets fighters keep are not personal life
        ("Fighters may leave with their personal weapons.", "human_interest", []),
        # an old ceasefire line is a place; a ceasefire now is an agreement
        ("Clashes broke out near the ceasefire line.", "reconciliation_amnesty", []),
        ("Fighting erupted on the Truce Line on Sunday.", "reconciliation_amnesty", []),
        (
            "The ceasefire held for a week in the south.",
            "reconciliation_amnesty",
            ["ceasefire"],
        ),
        # people listed by their standing are no moral message; religion still counts
        ("Tribal and religious figures attended the ceremony.", "morality", []),
        ("The preacher spoke of religion and duty.", "morality", ["religion"]),
        # arms for fighters and "aid" as a verb are not relief for people
        ("Washington sent lethal aid to the rebels.", "humanitarian", []),
        ("Washington sent non-lethal aid to the rebels.", "humanitarian", []),
        ("Such raids aid the militants, the statement said.", "humanitarian", []),
        ("Convoys carrying aid reached the town.", "humanitarian", ["aid"]),
    ],
)
def test_a_term_in_another_sense_is_no_hit(text: str, frame: str, expected: list[str]) -> None:
    assert hits_of(text, frame) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public mood and an army's losses are no person's feeling ...
        ("Bashar al-Assad's speech raised fears of a wider war.", []),
        ("The army Bashar al-Assad commands suffered heavy losses.", []),
        # ... nor are a side's aims, a schedule or a commander's kin ...
        ("The rebels who want Bashar al-Assad gone took the town.", []),
        ("Riad Hijab is expected to head to Qatar.", []),
        ("Troops led by Bashar al-Assad's brother took the town.", []),
        ("Riad Hijab took refuge in Jordan.", []),
        # ... the suffering a named person speaks of and their dismay are
        ("Bashar al-Assad spoke of the suffering of his people.", ["suffering"]),
        ("Riad Hijab was disappointed by the vote.", ["disappointed"]),
    ],
)
def test_a_feeling_is_a_persons_not_a_crowds(text: str, expected: list[str]) -> None:
    hits = frame_hits(text)
    assert hits.loc[hits["rule"] == "person_with_emotion", "surface"].tolist() == expected


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        # a term inside the name of a body the actor lexicon does not know ...
        ("The Aleppo Truce Committee met on Monday.", "reconciliation_amnesty", []),
        ("The Ministry of Economy published new figures.", "economic_consequences", []),
        (
            "Delegates at the Conference on Peace and Reconciliation voted.",
            "reconciliation_amnesty",
            [],
        ),
        # ... but not the same word outside a name
        ("Negotiations resumed in Geneva.", "reconciliation_amnesty", ["negotiations"]),
        ("The economy shrank by half.", "economic_consequences", ["economy"]),
        # a headline in title case keeps its terms unless a head noun is right there
        ("Kurdish Party Fighters Clash With Regime Troops", "conflict", ["clash"]),
        ("Rebels Say Willing to Surrender to the Army", "reconciliation_amnesty", ["surrender"]),
    ],
)
def test_a_term_in_an_unknown_name_is_none(text: str, frame: str, expected: list[str]) -> None:
    assert hits_of(text, frame) == expected


# ------------------------------------------- terms read again on the judged hits


@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        # a price, a payment or a cost in a figure of speech is no economic consequence ...
        ("The rebels will win at any price.", "economic_consequences", []),
        ("The training paid off in the south.", "economic_consequences", []),
        ("The advance came at a cost.", "economic_consequences", []),
        # ... nor is money for a side's fighters (foreign involvement)
        ("The groups received arms and financial support.", "economic_consequences", []),
        ("Foreign-funded gangs attacked the town.", "economic_consequences", []),
        # a costly war and a country's finances are
        ("It was a costly war for the farmers.", "economic_consequences", ["costly"]),
        ("He joined the group for financial reasons.", "economic_consequences", ["financial"]),
        # a flash's "Urgent:", talks at short notice and aid needed now name no one who must act
        ("Urgent: the army retakes the town", "responsibility", []),
        ("Russia and the US prepare for urgent talks.", "responsibility", []),
        ("Convoys brought urgently needed supplies.", "responsibility", []),
        # an urgent demand does
        ("Britain called for an urgent session of the Council.", "responsibility", ["urgent"]),
    ],
)
def test_a_term_read_again_on_the_judged_hits(text: str, frame: str, expected: list[str]) -> None:
    assert hits_of(text, frame) == expected
