"""An acronym or a head noun follows the full name the same report spells (actors.short_forms)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsframes.analysers.actors import ActorLexicon, find_mentions, load_actors
from newsframes.analysers.actors.gazetteer import gazetteer
from newsframes.analysers.actors.short_forms import initials, states_titled_bodies
from newsframes.errors import LexiconError
from newsframes.lexicons.loader import lexicon_path
from newsframes.lexicons.name_patterns import load_name_patterns


def pairs(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    return list(zip(found["surface"], found["actor_id"], strict=True))


def test_initials_skip_small_joining_words() -> None:
    assert initials("Syrian Negotiation Commission") == "SNC"
    assert initials("National Coalition for Syrian Revolutionary and Opposition Forces") == "NCSROF"


def test_acronym_follows_the_body_spelled_in_the_report() -> None:
    text = (
        "The Syrian Negotiation Commission arrived in Geneva on Monday.\n\n"
        "An SNC delegate said the talks would be hard."
    )
    assert pairs(text)[-1] == ("SNC", "syrian_negotiation_commission")
    text = "The Syrian National Coalition met in Istanbul.\n\nThe SNC elected a new head."
    assert pairs(text)[-1] == ("SNC", "syrian_national_coalition")


def test_acronym_keeps_its_listed_body_without_another_full_name() -> None:
    assert pairs("The SNC elected a new head.") == [("SNC", "syrian_national_council")]
    text = (
        "The Syrian National Council (SNC) and the Syrian National Coalition met.\n\n"
        "The SNC left early."
    )
    assert pairs(text)[-1] == ("SNC", "syrian_national_council")


def test_a_state_s_noun_spells_no_acronym() -> None:
    # "Israeli soldiers" has the initials of IS, but only a name in capitals spells one
    text = "Israeli soldiers watched the line. Fighters of al-Nusra and IS were treated."
    assert pairs(text)[-1] == ("IS", "islamic_state")
    text = "Israeli Soldiers Wounded on Golan. Fighters loyal to IS claimed the attack."
    assert pairs(text)[-1] == ("IS", "islamic_state")
    # a body's name in lower case still spells its acronym
    text = "The Syrian negotiation commission met in Riyadh. The SNC rejected the plan."
    assert pairs(text)[-1] == ("SNC", "syrian_negotiation_commission")


def test_bare_ministry_is_the_ministry_the_report_names_with_its_state() -> None:
    text = (
        "The Russian Defence Ministry said its jets flew 20 sorties.\n\n"
        "Later the Defence Ministry said the raids would go on."
    )
    assert pairs(text)[-1] == ("Defence Ministry", "russian_defence_ministry")
    text = "Moscow denied it, the Russian MoD said.\n\nSyrian troops advanced, the MoD added."
    assert pairs(text)[-1] == ("MoD", "russian_defence_ministry")


def test_bare_ministry_without_one_named_ministry_is_no_mention() -> None:
    assert pairs("The Defence Ministry said its jets flew 20 sorties.") == []
    text = (
        "The Russian Defence Ministry and the Turkish Defence Ministry met.\n\n"
        "The Defence Ministry said nothing."
    )
    assert [a for _, a in pairs(text)] == ["russian_defence_ministry", "turkish_defence_ministry"]


def test_a_head_noun_alone_is_the_one_body_named_before_with_it() -> None:
    text = (
        "The Syrian National Coalition met in Istanbul. "
        "Later the Coalition said it would attend the talks."
    )
    rows = pairs(text)
    assert rows[-1] == ("Coalition", "syrian_national_coalition")
    assert [actor for _, actor in rows].count("syrian_national_coalition") == 2


def test_a_head_noun_is_no_mention_without_one_body_named_before_with_it() -> None:
    # Named after it, not before; two councils before it; a name of its own after it.
    assert pairs("The Coalition met. The Syrian National Coalition spoke.") == [
        ("Syrian National Coalition", "syrian_national_coalition")
    ]
    two = "The Syrian National Council and the Kurdish National Council met. The Council left."
    assert ("Council", "syrian_national_council") not in pairs(two)
    assert ("Council", "kurdish_national_council") not in pairs(two)
    after = "The Syrian National Council met. The Council of Europe spoke."
    assert [a for _, a in pairs(after)].count("syrian_national_council") == 1


@pytest.mark.parametrize(
    ("one", "two", "head", "body"),
    [
        # a head noun before "for" or "of" in the full name ("Network for Human Rights")
        (
            "The Syrian Network for Human Rights counted 300 dead in March. "
            "The Network said most died in air strikes.",
            "The Syrian Network for Human Rights and the Shaam News Network met. "
            "The Network said nothing.",
            "Network",
            "syrian_network_for_human_rights",
        ),
        # "the Ministry" alone, in another paragraph
        (
            "The Syrian Foreign Ministry sent two letters to the UN.\n\n"
            "The Ministry said that the attacks went on.",
            "The Syrian Foreign Ministry and the Turkish Defence Ministry spoke.\n\n"
            "The Ministry said nothing.",
            "Ministry",
            "syrian_foreign_ministry",
        ),
    ],
)
def test_a_head_noun_alone_is_the_one_body_named_in_full_before(
    one: str, two: str, head: str, body: str
) -> None:
    assert pairs(one)[-1] == (head, body)
    # two bodies with that head noun before it: neither
    assert head not in [surface for surface, _ in pairs(two)]


def test_a_head_of_two_words_is_the_one_body_named_in_full_before() -> None:
    one = (
        "The army advanced, according to the General Command of the Army and the Armed Forces. "
        "The General Command said in a statement that the Command would go on."
    )
    rows = pairs(one)
    assert ("General Command", "syrian_general_staff") in rows
    assert rows[-1] == ("Command", "syrian_general_staff")
    # two bodies with that head before it: neither
    two = (
        "The General Command of the Army and the Armed Forces and the SDF General Command met. "
        "The General Command said nothing."
    )
    assert "General Command" not in [surface for surface, _ in pairs(two)]


def test_bare_foreign_ministry_is_the_one_named_with_its_state() -> None:
    text = (
        "The Egyptian Foreign Ministry summoned the envoy on Monday.\n\n"
        "The Foreign Ministry said the talks had failed."
    )
    assert pairs(text) == [
        ("Egyptian Foreign Ministry", "egyptian_foreign_ministry"),
        ("Foreign Ministry", "egyptian_foreign_ministry"),
    ]


def test_an_acronym_defined_after_a_listed_name_is_that_body_from_then_on() -> None:
    text = (
        "FPF flags flew. Then the Force for the Protection of the People (FPF) took the town. "
        "The FPF said it would hold it."
    )
    assert pairs(text) == [
        ("Force for the Protection of the People (FPF)", "kurdish_forces"),
        ("FPF", "kurdish_forces"),
    ]
    # each acronym from its own definition on, not from the first of the report
    text = (
        "The SNCX met. The Force for the Protection of the People (FPF) took the town. "
        "The Syrian National Coalition (SNCX) met."
    )
    assert [surface for surface, _ in pairs(text)] == [
        "Force for the Protection of the People (FPF)",
        "Syrian National Coalition (SNCX)",
    ]
    # a defined acronym keeps the body's head noun: "the Council" after it is the body
    text = "The Kurdish National Council (KNCA) met. The Council said no."
    assert pairs(text)[-1] == ("Council", "kurdish_national_council")
    # an acronym that opens with none of the name's initials is no definition
    assert pairs("The Syrian Democratic Forces (QX) met. QX left.") == [
        ("Syrian Democratic Forces", "syrian_democratic_forces")
    ]


def test_bare_ministry_before_a_titled_person_is_that_person_s_state_ministry() -> None:
    text = "China welcomed the step, Foreign Ministry spokeswoman Hua Chunying said."
    assert pairs(text) == [
        ("China", "china"),
        ("Foreign Ministry", "chinese_foreign_ministry"),
        ("Hua Chunying", "hua_chunying"),
    ]
    text = "Excerpts from the Briefing by Foreign Ministry Spokesperson Maria Zakharova"
    assert pairs(text)[0] == ("Foreign Ministry", "russian_foreign_ministry")
    # a ministry named with its state in the report wins over the person's state
    text = (
        "The Egyptian Foreign Ministry summoned the envoy.\n\n"
        "Foreign Ministry spokeswoman Hua Chunying said nothing."
    )
    assert pairs(text)[1] == ("Foreign Ministry", "egyptian_foreign_ministry")
    # a person whose state's ministry of that portfolio is not listed, or no person: none
    assert [a for _, a in pairs("The Foreign Ministry said on Monday it was ready.")] == []
    found = [a for _, a in pairs("The Interior Ministry spokesman Sergei Lavrov said it.")]
    assert found == ["sergei_lavrov"]


def test_a_lower_case_head_noun_names_the_body_only_where_the_lexicon_says() -> None:
    text = "The US-led coalition struck Raqqa.\n\nFighters left the city, the coalition said."
    assert pairs(text)[-1] == ("coalition", "us_led_coalition")
    # "front" is no lower-case head: in lower case it is most often a battle line
    text = "The Nusra Front took the town.\n\nFighting went on along the front."
    assert [a for _, a in pairs(text)] == ["al_nusra_front"]


def _lexicon_with(tmp_path: Path, key: str, value: object = None) -> ActorLexicon:
    """The real actors.yml with one top-level ``key`` set to ``value`` (None: left out)."""
    doc = yaml.safe_load(lexicon_path("actors").read_text(encoding="utf-8"))
    doc.pop(key)
    if value is not None:
        doc[key] = value
    path = tmp_path / "actors.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return load_actors(path)


def test_the_lower_case_heads_are_the_lexicon_s(tmp_path: Path) -> None:
    text = "The US-led coalition struck Raqqa.\n\nFighters left the city, the coalition said."
    found = find_mentions(text, _lexicon_with(tmp_path, "lower_case_heads"))
    assert list(found["surface"]) == ["US-led coalition"]


def test_a_family_name_first_is_the_later_surname_of_a_person_of_those_states() -> None:
    text = "Envoy Xie Xiaoyan met officials in Damascus.\n\nXie told Xinhua the talks went well."
    assert ("Xie", "xie_xiaoyan") in pairs(text)
    # a person of another state is named later by the last word
    text = "Sergei Lavrov met Xie Xiaoyan.\n\nLavrov said the talks went well."
    assert pairs(text)[-1] == ("Lavrov", "sergei_lavrov")


def test_the_states_of_family_names_first_are_the_lexicon_s(tmp_path: Path) -> None:
    text = "Envoy Xie Xiaoyan met officials.\n\nXie told reporters the talks went well."
    found = find_mentions(text, _lexicon_with(tmp_path, "family_name_first"))
    assert list(found["surface"]) == ["Xie Xiaoyan"]
    with pytest.raises(LexiconError, match="'atlantis' is not an actor id"):
        _lexicon_with(tmp_path, "family_name_first", ["atlantis"])


@pytest.mark.parametrize(
    "text",
    [
        "Turkish Chief of General Staff Hulusi Akar attended the meeting.",
        "Meanwhile, Turkey's Chief of General Staff Gen. Hulusi Akar will attend.",
        "Turkish Deputy Chief of General Staff Yasar Guler attended the meeting.",
    ],
)
def test_a_body_after_a_state_s_title_of_its_head_is_that_state_s(text: str) -> None:
    assert pairs(text)[0] == ("General Staff", "turkish_general_staff")


def test_a_bare_body_without_a_state_s_title_keeps_its_listed_reading() -> None:
    assert pairs("The General Staff reported the pullout.") == [
        ("General Staff", "russian_general_staff")
    ]
    # the title of the state whose body the bare name is listed as keeps it
    text = "Russia's Chief of the General Staff Valery Gerasimov spoke."
    assert pairs(text)[0] == ("General Staff", "russian_general_staff")


def test_another_state_s_title_before_a_body_it_has_not_listed_drops_the_reading() -> None:
    # Iran's General Staff is not listed, and the bare name is not Russia's here
    text = "Iran's Chief of General Staff Mohammad Bagheri spoke."
    assert "russian_general_staff" not in [a for _, a in pairs(text)]
    # a body of no state after a state's title stays
    text = "Norwegian Head of UN Supervision Mission in Syria Robert Mood spoke."
    assert pairs(text)[0] == ("UN Supervision Mission in Syria", "unsmis")


def test_the_titles_of_a_body_s_head_are_the_lexicon_s() -> None:
    gaz = gazetteer(load_actors())
    text = "Turkish Chief of General Staff Hulusi Akar"
    rows = [(17, 30, "russian_general_staff")]
    assert states_titled_bodies(text, rows, gaz, ("Chief",)) == [(17, 30, "turkish_general_staff")]
    assert states_titled_bodies(text, rows, gaz, ()) == rows
    assert "Deputy Chief" in load_name_patterns().body_head_titles
