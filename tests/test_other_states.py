"""The states beyond the war's main parties, and a few place and capital rules that read
them: a country acting is its state, a country named as ground or as a label is not.
Sentences are written for these tests; none is taken from the development reports."""

from __future__ import annotations

import pytest
from test_places import surfaces

from newsframes.lexicons.actors import load_actors


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a state acting, by its name or its demonym and a state noun
        ("Greece plans to build a fence.", [("Greece", "greece")]),
        ("Cuba voted against the resolution.", [("Cuba", "cuba")]),
        ("Ukrainian troops left the base.", [("Ukrainian troops", "ukraine")]),
        ("Fijian peacekeepers were freed.", []),
        (
            "The Ukrainian Armed Forces denied it.",
            [("Ukrainian Armed Forces", "ukrainian_armed_forces")],
        ),
        ("Two Russian sorties hit the camp.", [("Russian sorties", "russia")]),
        # the same countries as ground, and names that hold them
        ("Refugees reached Greece by boat.", []),
        ("He was born in Northern Ireland.", []),
        ("A rally was held in New Mexico.", []),
        # where refugees land and pass through
        ("Migrants arriving on Greece's shores were registered.", []),
        ("Greece's islands are overwhelmed.", []),
        ("Hungary is a transit country.", []),
        ("Greece is the main gateway to Europe.", []),
        # the Holy See acts; the Vatican is also the place; airlines and peppers
        ("The Vatican said it was praying for peace.", [("Vatican", "holy_see")]),
        ("Pilgrims gathered in the Vatican.", []),
        ("Vatican Radio reported the appeal.", [("Vatican Radio", "vatican_radio")]),
        ("Malaysia Airlines flight MH17 was shot down.", []),
        ("They ate chile peppers.", []),
        # a country as the model of a fate, not the state
        ("It risks becoming another Bosnia.", []),
        ("It became a Somalia-style failed state.", []),
        # compass abbreviations of headlines before a country
        ("Barrel bombs kill 15 in NW Syria", []),
        # states acting by their capitals, deals and police
        (
            "The zone was laid out in Turkey's deal with Russia.",
            [("Turkey", "turkey"), ("Russia", "russia")],
        ),
        ("Ankara chose to hit the militiamen.", [("Ankara", "turkey")]),
        ("Beirut put under lockdown as refugees pour in", []),
        ("Moscow chosen as venue for new Syria talks", []),
        ("They were dispersed by Jordanian riot police.", [("Jordanian riot police", "jordan")]),
        ("Turkish howitzers hit the bases.", [("Turkish howitzers", "turkey")]),
        # a country that terror has gripped is the place
        ("It is the terror that has gripped Syria.", []),
        # a coalition's forces are the coalition
        (
            "International coalition forces struck the town.",
            [("International coalition forces", "us_led_coalition")],
        ),
        # a channel whose name holds "America"
        ("CCTV America reported the talks.", [("CCTV America", "cctv_america")]),
    ],
)
def test_other_states_acting_and_as_ground(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected, sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a country alone on its line labels a section
        ("Aid convoy reaches town\n\nSyria\n\nThe convoy arrived.", []),
        ("Turkey\nErdogan says the border stays open.", [("Erdogan", "recep_tayyip_erdogan")]),
        # a country opening a sentence on its line still acts
        ("Syria rejected the plan.", [("Syria", "syrian_government")]),
    ],
)
def test_a_country_alone_on_its_line_is_a_label(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected, sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a capital's possessive and what the state does, even after a locative word
        ("Jets struck in Moscow's bid to bolster its ally.", [("Moscow", "russia")]),
        ("The delay was due to Ankara's refusal.", [("Ankara", "turkey")]),
        # the city's ground, its places and a name it owns stay places
        ("Shells fell in Damascus's eastern suburbs.", []),
        ("Shells fell in Damascus's old quarter.", []),
        ("They landed near Damascus's international airport.", []),
        ("He was held in Tehran's notorious Evin prison.", []),
        ("Goods pass through Beirut's port.", []),
        # a place named after a noun of acting stays a place
        ("They landed at Damascus's military airport.", []),
        ("Fighting raged in Beirut's government quarter.", []),
        ("The army attacked in Damascus' suburbs.", []),
        (
            "He spoke to Moscow's Nezavisimaya Gazeta newspaper.",
            [("Nezavisimaya Gazeta", "nezavisimaya_gazeta")],
        ),
        ("Officials in Moscow said nothing.", []),
    ],
)
def test_a_capital_owning_an_act_after_a_locative(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected, sample


def test_the_gazetteer_holds_the_other_states() -> None:
    actors = load_actors().actors
    states = [a for a in actors.values() if a.type == "state"]
    # every member of the UN but the few whose names mean something else far more often
    assert len(states) >= 120
    for state in ("greece", "ukraine", "brazil", "indonesia", "south_africa", "holy_see"):
        assert actors[state].type == "state"
        assert actors[state].side == "foreign_state"
    assert "georgia" not in actors  # the US state far more often than the country


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a bare "the government" is the government the report last named by its state ...
        (
            "The Jordanian government threatened to deport them. The government will not "
            "tolerate riots.",
            [("Jordanian government", "jordan"), ("The government", "jordan")],
        ),
        # ... the Syrian state's until another is named, and again once Syria's is named
        ("The government denied it.", [("The government", "syrian_government")]),
        (
            "The Turkish government protested. The Syrian government shelled Homs. The "
            "government denied it.",
            [
                ("Turkish government", "turkey"),
                ("Syrian government", "syrian_government"),
                ("The government", "syrian_government"),
            ],
        ),
        # ... and a place after it says which government it is
        (
            "The Turkish government protested. The government in Damascus denied it.",
            [("Turkish government", "turkey"), ("The government", "syrian_government")],
        ),
    ],
)
def test_the_government_is_the_one_last_named(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a bare "the president" is the person last named with that title ...
        (
            "President Barack Obama spoke. The president asked for options.",
            [("Barack Obama", "barack_obama"), ("The president", "barack_obama")],
        ),
        (
            "President Vladimir Putin met Syrian President Bashar al-Assad. The president spoke.",
            [
                ("Vladimir Putin", "vladimir_putin"),
                ("Syrian President Bashar al-Assad", "bashar_al_assad"),
                ("The president", "bashar_al_assad"),
            ],
        ),
        # ... and Assad in a report that names no president, or a person without the title
        ("The president spoke.", [("The president", "bashar_al_assad")]),
        (
            "Barack Obama spoke. The president asked for options.",
            [("Barack Obama", "barack_obama"), ("The president", "bashar_al_assad")],
        ),
    ],
)
def test_the_president_is_the_one_last_named_so(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # "government" after "the Syrian people and" shares the demonym: the Syrian government
        (
            "He praised the resistance of the Syrian people and government against terrorists.",
            [("the Syrian people", "syrian_people"), ("government", "syrian_government")],
        ),
        (
            "The Syrian nation and government are resisting.",
            [("The Syrian nation", "syrian_people"), ("government", "syrian_government")],
        ),
        # a noun after the head makes another phrase, which the gazetteer reads on its own
        (
            "The Syrian people and government forces clashed.",
            [("The Syrian people", "syrian_people"), ("government forces", "syrian_government")],
        ),
        # no demonym before "and": nothing to share
        ("Rebels and government are talking.", []),
    ],
)
def test_a_government_shares_the_demonym_before_and(sample: str, expected: list) -> None:
    assert surfaces(sample) == expected
