"""A country as a place or as a state acting, state nouns and capitals (actors.yml's
``place_rules`` and ``state_nouns``): one sentence of our own per rule, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsframes.analysers.actors import find_mentions, load_actors
from newsframes.errors import LexiconError
from newsframes.lexicons.loader import lexicon_path


def surfaces(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    return list(zip(found["surface"], found["actor_id"], strict=True))


@pytest.mark.parametrize(
    "sample",
    [
        # a country attacked, besieged or freed is the ground it happens on
        "The report counted the air strikes on Syria since 2015.",
        "Allies vowed to lift the siege on Qatar.",
        "The fighters spoke of liberating Syria from the extremists.",
        # what befalls a territory
        "Syria has been gripped by violence for years.",
        "Iraq, which has been ravaged by war, held elections.",
        "Lebanon is home to a million refugees.",
        "Turkey has become home to many defectors.",
        # a possessive before the country's ground, a locative adjective first
        "Troops guard Turkey's southern border.",
        "The police of Syria's Kurdish-held areas made arrests.",
        "Jordan's eastern desert saw clashes.",
        # a possessive before a title, a named outlet or the country's people
        "Iran's Deputy Foreign Minister arrived on Monday.",
        "Iran's top diplomat flew to Ankara.",
        "Turkey's state-run news agency reported the arrests.",
        "Syria's defected soldiers gathered in the camp.",
        "Syria's Kurds voted in the local elections.",
        # more ground and what a country has
        "The truck was bound for Turkey.",
        "Protests spread all over Syria.",
        "His rule over Libya ended in 2011.",
        "Tension grew between the two powers over Syria.",
        "People in government-held Syria voted.",
        "Syria's economy has collapsed.",
        "Lebanon has been hit hard by the crisis.",
        "Syria is a country of 22 million people.",
        # a caption or dateline: a place, a comma, the country, then a date or a dash
        "Men walk through Idlib province, Syria August 2, 2016.",
        "Marea, Syria March 3, 2013: shelling resumed.",
        "Aleppo, Syria (Reuters) - Shelling resumed.",
        "Hasaka, Syria: clashes broke out at dawn.",
        "Beirut, Lebanon | Wed, September 5, 2018 | 08:21 am",
        # a country ruled is its territory
        "The family wants to continue to rule Syria.",
        # a base is ground too
        "A drone hit Turkey's Incirlik air base.",
        # the country a meeting is about, and a country in a headline's title
        "He spoke at a donor conference on Syria in London.",
        "Three rounds of talks on Syria ended.",
        "The base is two kilometres from the border fence with Israel.",
        "It lies in the Observer Force Zone between Syria and Israel.",
        "Moscow's first campaign since its occupation of Afghanistan in 1979.",
        "Meanwhile, Syria has witnessed a severe humanitarian crisis.",
        "Iran FM Zarif: diplomacy is the only way",
        # locked in a war, exposed to a plot; its cities; a movement's branch there; a town
        # whose name opens with a particle before a dateline's comma
        "The Turkish fire brigade put out the blaze.",
        "Syria has been locked in a civil war since 2011.",
        "They spoke of the plot to which Syria is being exposed.",
        "The highway links Syria's principal cities.",
        "The alliance is led by Syria's former al-Qaeda offshoot.",
        "Troops reached the eastern city of Deir el-Zour, Syria. They rested.",
        # a country's possessive and its words before a group it does not own
        "The channel is run by Lebanon's Shi'ite Hezbollah movement.",
        "He heads Syria's powerful Kurdish Democratic Union Party.",
        # the sides of its war; a title's capitalised words
        "Syria's warring parties kick off a new round of talks.",
        # what is banned in a country's places is banned there; what falls on a country
        "Smoking is banned in Syria's cafes.",
        "Jets continued the bombing of Syria.",
        "They demanded the recognition of Syria as a state.",
        "Syria's Permanent Representative spoke on Monday.",
        # one soldier is no state: he is often the one who left it
        "A Syrian soldier defected on Friday.",
        # the country as the topic of talks, or the ground of fighting
        "Two Syria conferences were held in Geneva.",
        "He warned that the Syria fighting could spread.",
        "Swiss to lead Syria working group talks",
        # its people and fighters in a headline, and its ambassador's title
        "After the raid, Syria villagers tell of a quiet neighbour",
        "Syria rebel chiefs go back and forth to Turkey",
        "The army has an impact, said US ambassador Robert Ford.",
        # a dateline's country in capitals, and a country's neighbour
        "ANKARA, TURKEY | Nearly 300 Syrians crossed the border.",
        "The war dragged Syria’s neighbor into it.",
    ],
)
def test_a_country_as_a_place_is_no_mention(sample: str) -> None:
    states = {
        "syrian_government",
        "turkey",
        "iran",
        "iraq",
        "lebanon",
        "jordan",
        "qatar",
        "united_states",
    }
    assert [a for _, a in surfaces(sample) if a in states] == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # a possessive before a noun of acting is the state, even after a locative word
        ("Villagers followed news of Turkey's cross-border operation.", [("Turkey", "turkey")]),
        ("He played a part in Russia's strategy.", [("Russia", "russia")]),
        # a possessive and a state noun read as the demonym and the noun
        ("He played a part in Russia's air campaign.", [("Russia's air campaign", "russia")]),
        (
            "Deserters from Syria's military crossed at night.",
            [("Syria's military", "syrian_army")],
        ),
        # ...and where that names the state itself, the possessive and the noun are one
        # mention of the state too, as "Turkish army" is (the annotation guide)
        ("Aid arrived with Turkey's army.", [("Turkey's army", "turkey")]),
        # ...but before a noun of acting the country alone is the state (as the readers code
        # "Turkey's operation", "Iran's help")
        ("Russia's intervention in Syria changed the war.", [("Russia", "russia")]),
        # and so before a state noun used as the adjective of one
        ("It marks Russia's military intervention in Syria.", [("Russia", "russia")]),
        ("He met a delegation of Iraq's government.", [("Iraq's government", "iraq")]),
        # states after "the two countries of", whatever "of" says elsewhere
        (
            "Talks followed between the two countries of Jordan and Iraq.",
            [("Jordan", "jordan"), ("Iraq", "iraq")],
        ),
        # the state's weapons, acts and envoys
        ("Turkish fighter jets struck the hills.", [("Turkish fighter jets", "turkey")]),
        ("Russian helicopters flew over the town.", [("Russian helicopters", "russia")]),
        ("Israeli raids hit the airport.", [("Israeli raids", "israel")]),
        ("The Iranian delegation left early.", [("Iranian delegation", "iran")]),
        ("Russian observers recorded three violations.", [("Russian observers", "russia")]),
        ("Turkish armor advanced on the town.", [("Turkish armor", "turkey")]),
        ("Swiss diplomats will lead the group.", [("Swiss diplomats", "switzerland")]),
        ("Turkish artillery shelled the village.", [("Turkish artillery", "turkey")]),
        ("The Russian intervention changed the war.", [("Russian intervention", "russia")]),
        # a state's leaders, air power, warships and advisers
        ("He met Israeli leaders in Jerusalem.", [("Israeli leaders", "israel")]),
        ("Troops backed by Russian air power advanced.", [("Russian air power", "russia")]),
        ("Iranian military advisers arrived.", [("Iranian military advisers", "iran")]),
        # its firepower, one air strike, its bombing and patrols; the army's ground troops
        (
            "Backed by Russian and Iranian firepower, troops advanced.",
            [("Russian", "russia"), ("Iranian firepower", "iran")],
        ),
        (
            "An Israeli airstrike hit an Israeli patrol.",
            [("Israeli airstrike", "israel"), ("Israeli patrol", "israel")],
        ),
        ("The Syrian ground troops advanced.", [("Syrian ground troops", "syrian_army")]),
        # a state noun for one person is a title before the person's name or after "top";
        # an unnamed diplomat is the state, and a named body in a title a mention
        (
            "Veteran Algerian diplomat Lakhdar Brahimi arrived.",
            [("Lakhdar Brahimi", "lakhdar_brahimi")],
        ),
        (
            "The top Iranian diplomat said a Turkish diplomat left.",
            [("Turkish diplomat", "turkey")],
        ),
        ("A top Iranian military official hailed them.", []),
        # a day or a headline's verb after the noun is no name
        ("A Turkish official Monday denied it.", [("Turkish official", "turkey")]),
        ("Turkish Diplomat Says Talks Failed", [("Turkish Diplomat", "turkey")]),
        (
            "UN envoy Staffan de Mistura left.",
            [("UN", "united_nations"), ("Staffan de Mistura", "staffan_de_mistura")],
        ),
        # a country's possessive before a group it acts on, or before its own body
        ("Turkey's attack on the YPG began.", [("Turkey", "turkey"), ("YPG", "kurdish_forces")]),
        (
            "Russia's Defence Ministry said so.",
            [("Russia's Defence Ministry", "russian_defence_ministry")],
        ),
    ],
)
def test_a_state_acting_is_a_mention(sample: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Moscow said the talks would resume.", [("Moscow", "russia")]),
        ("Nicosia calls for dialogue.", [("Nicosia", "cyprus")]),
        # countries meeting in a headline act
        (
            "Turkey and Russia meet in Sochi to discuss Idlib",
            [("Turkey", "turkey"), ("Russia", "russia")],
        ),
        ("Ankara has strongly warned the militia.", [("Ankara", "turkey")]),
        ("The deal ended Washington's hopes.", [("Washington", "united_states")]),
        ("Damascus announced an amnesty.", [("Damascus", "syrian_government")]),
        ("Tehran denied sending troops.", [("Tehran", "iran")]),
        (
            "Washington and Moscow brokered a truce.",
            [("Washington", "united_states"), ("Moscow", "russia")],
        ),
        ("The militias Ankara perceives as a threat fled.", [("Ankara", "turkey")]),
        ("The parties, which Ankara maintain are a threat, fled.", [("Ankara", "turkey")]),
        ("A group Moscow had previously written off returned.", [("Moscow", "russia")]),
        # a relation between states: after "ties with", and a hyphened pair before it
        ("He praised cooperation with Tehran.", [("Tehran", "iran")]),
        ("Beijing-Seoul ties improved.", [("Beijing", "china"), ("Seoul", "south_korea")]),
        # and a pair after "ties between"
        (
            "The raid strained relations between Ankara and Tehran.",
            [("Ankara", "turkey"), ("Tehran", "iran")],
        ),
        # after an apposition, a modal, or as the one who asks or prepares
        (
            "Moscow, a key backer of the rebels, said the strikes hit four targets.",
            [("Moscow", "russia")],
        ),
        ("Ankara would consider sending troops.", [("Ankara", "turkey")]),
        ("Jets will strike if Baghdad asks for them.", [("Baghdad", "iraq")]),
        # a state's help and rivalry after "of"
        (
            "Rebels lost ground with the help of Russia, the arch-rival of Saudi Arabia.",
            [("Russia", "russia"), ("Saudi Arabia", "saudi_arabia")],
        ),
        # a capital after a noun of acting and "of", or taken sides with or against
        (
            "The retreat set back the strategy of Washington and its allies.",
            [("Washington", "united_states")],
        ),
        (
            "Talks began on the withdrawal of the anti-Damascus gunmen.",
            [("Damascus", "syrian_government")],
        ),
        ("The pro-Tehran militias held the road.", [("Tehran", "iran")]),
        ("Rebels turn anti-Damascus", [("Damascus", "syrian_government")]),
        # a deal hammered out by a state and a capital
        (
            "Since Turkey and Moscow hammered out the deal, the raids have gone on.",
            [("Turkey", "turkey"), ("Moscow", "russia")],
        ),
        # what is banned in a country is banned by its state
        (
            "Militants of the Islamic State (a group banned in Russia) attacked the village.",
            [("Islamic State", "islamic_state"), ("Russia", "russia")],
        ),
        # a relation "to" a capital, as "with" one
        ("He is a former minister with close ties to Moscow.", [("Moscow", "russia")]),
        # a quarrel between states is between their governments
        (
            "The strikes deepened the rift and the tensions between Ankara and Moscow.",
            [("Ankara", "turkey"), ("Moscow", "russia")],
        ),
        (
            "Trade suffered in the spat between Doha and Riyadh.",
            [("Doha", "qatar"), ("Riyadh", "saudi_arabia")],
        ),
        # a capital whose word a report gives
        ("Its raids are a threat to Turkey, according to Ankara.", [("Ankara", "turkey")]),
        # a list of capitals with "nor", and a capital acting in the progressive
        (
            "Moscow nor Tehran reacted to the raid.",
            [("Moscow", "russia"), ("Tehran", "iran")],
        ),
        ("Diplomats said Moscow was delaying the inspectors.", [("Moscow", "russia")]),
        (
            "Amman, Cairo and Riyadh are sponsoring the new talks.",
            [("Amman", "jordan"), ("Cairo", "egypt"), ("Riyadh", "saudi_arabia")],
        ),
        # and a verb of reacting or working
        ("Neither capital was pleased; Ankara reacted with anger.", [("Ankara", "turkey")]),
        ("Paris and Berlin worked on a draft.", [("Paris", "france"), ("Berlin", "germany")]),
        # a capital as what a state's verb is done to
        (
            "Moscow has accused Ankara of failing to keep the deal.",
            [("Moscow", "russia"), ("Ankara", "turkey")],
        ),
        # the agent of a state's judging or backing, after its participle
        (
            "The PKK has been classified by Ankara as a terrorist group.",
            [("PKK", "pkk"), ("Ankara", "turkey")],
        ),
        ("Rebels backed by Riyadh held the town.", [("Riyadh", "saudi_arabia")]),
        # what a state threatens, fights, needs and names
        (
            "The SDF threatened Ankara with total war.",
            [("SDF", "syrian_democratic_forces"), ("Ankara", "turkey")],
        ),
        ("Damascus will fight the rebels in the south.", [("Damascus", "syrian_government")]),
        ("It is what Ankara terms a terror group.", [("Ankara", "turkey")]),
        ("Jerusalem said it would respond.", [("Jerusalem", "israel")]),
        (
            "A commander of the alliance that backs Damascus spoke.",
            [("Damascus", "syrian_government")],
        ),
        (
            "Saudi Arabia depends on Cairo as a pillar.",
            [("Saudi Arabia", "saudi_arabia"), ("Cairo", "egypt")],
        ),
        # a state's request
        ("Ankara had requested that the strikes end.", [("Ankara", "turkey")]),
        # a small word opening the sentence is no part of a name ("Denzel Washington said")
        ("But Damascus has denied the accusations.", [("Damascus", "syrian_government")]),
    ],
)
def test_a_capital_before_a_verb_of_acting_is_its_state(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


@pytest.mark.parametrize(
    "sample",
    [
        "He flew to Moscow on Sunday.",
        "Officials in Ankara said nothing.",
        "Damascus's eastern suburbs were shelled.",
        "Residents of Damascus said the power was out.",
        "Damascus residents said the power was out.",
        "Beirut, Lebanon - The talks ended.",
        "The Washington Post said the report was wrong.",
        "Damascus is an old city.",
        "Damascus was shelled and Damascus has been hit by mortars.",
        "The actor Denzel Washington said he would visit.",
        "London's Heathrow airport was closed.",
        "The road between Damascus and Beirut was closed.",
        "The Damascus-Beirut highway was closed.",
        "He had ties with Damascus University.",
        "Damascus, the capital, was shelled.",
        "Moscow support for the talks grew.",
        # "of" before a capital's name is the city where no noun of acting stands before it,
        # or where the capital opens a longer name
        "The centre of Damascus was shelled.",
        "The strategy of Damascus University changed.",
        # after a verb of going, or opening a longer name, the object is the city
        "The envoy visited Ankara and reached Damascus.",
        "They accused Damascus University of fraud.",
        "Prague, Aug 28 (CTK) - The envoy flew to Nicosia.",
        # "requests" is also the noun, and to call on a city is to visit it
        "Damascus requests for aid went unanswered.",
        "The envoy called on Beirut on his way home.",
        # what the city does or undergoes in the progressive, and the city's own police
        "Damascus is bracing for more strikes.",
        "Beirut was burning after the blast.",
        "The blast was reported by Damascus police officers.",
        "According to Beirut police officials, the road was closed.",
    ],
)
def test_a_capital_as_a_city_is_no_mention(sample: str) -> None:
    states = {"syrian_government", "russia", "turkey", "lebanon", "united_states"}
    assert [a for _, a in surfaces(sample) if a in states] == [], sample


def test_a_foreign_people_after_the_stands_for_its_state() -> None:
    assert surfaces("The pressure came mostly from the Russians.") == [("Russians", "russia")]
    assert surfaces("The Americans struck the convoy.") == [("Americans", "united_states")]
    # bare, they are nationals; "the Syrians" are the people
    assert surfaces("Two Russians were among the tourists.") == []
    assert surfaces("The Syrians who fled were counted.") == []


def _actors_doc() -> dict:
    """The real actors.yml, parsed, to edit for one test."""
    return yaml.safe_load(lexicon_path("actors").read_text(encoding="utf-8"))


def _write_actors(folder: Path, doc: dict) -> Path:
    """``doc`` written as ``folder/actors.yml``."""
    path = folder / "actors.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_a_capital_naming_no_actor_is_refused(tmp_path: Path) -> None:
    doc = _actors_doc()
    doc["place_rules"]["capitals"]["Minsk"] = "belarus_nowhere"
    path = _write_actors(tmp_path, doc)
    with pytest.raises(LexiconError) as error:
        load_actors(path)
    assert "place_rules.capitals.Minsk" in str(error.value)
    assert "'belarus_nowhere' is not an actor id" in str(error.value)


def test_the_words_of_relations_gifts_and_auxiliaries_are_the_lexicon_s(tmp_path: Path) -> None:
    text = "Ankara has warned. They resumed talks with Tehran; aid to Syria grew."
    assert [a for _, a in surfaces(text)] == ["turkey", "iran", "syrian_government"]
    doc = _actors_doc()
    for key in ("capital_auxiliaries", "relations", "given_nouns"):
        del doc["place_rules"][key]
    path = _write_actors(tmp_path, doc)
    assert find_mentions(text, load_actors(path)).empty


def test_the_verbs_done_to_a_capital_s_state_are_the_lexicon_s(tmp_path: Path) -> None:
    text = "The alliance backs Damascus."
    assert surfaces(text) == [("Damascus", "syrian_government")]
    doc = _actors_doc()
    del doc["place_rules"]["capital_objects"]
    assert find_mentions(text, load_actors(_write_actors(tmp_path, doc))).empty


def test_capitals_must_be_a_mapping(tmp_path: Path) -> None:
    doc = _actors_doc()
    doc["place_rules"]["peoples"] = ["Russians"]
    path = _write_actors(tmp_path, doc)
    with pytest.raises(LexiconError) as error:
        load_actors(path)
    assert "place_rules.peoples: should be a mapping" in str(error.value)


# ---------------------------------------------------------------------------
# A country as ground or topic beyond the locative words: lines along it, what is for it, what
# befalls it as a verb's object, a field of study, a title, a side of a line.


@pytest.mark.parametrize(
    "sample",
    [
        # a line runs along the country
        "Rebels took the ceasefire line with Lebanon.",
        "The army held the whole borderline with Iraq.",
        "Smugglers crossed the frontier with Turkey at night.",
        # the country a thing is for or about
        "The ministers agreed on a truce for Syria.",
        "The new UN envoy for Iraq arrived in the capital.",
        "The agency stopped updating its death toll for Syria.",
        # what befalls the country, as the object of its verb
        "The bombings afflicting Lebanon went on.",
        "The plot was targeting Jordan and Iraq.",
        "A drought plaguing Syria ruined the harvest.",
        # a field of study, a country's rebels
        "A Turkey expert at the institute disagreed.",
        "The Iran analysts were surprised.",
        "Syria rebels handed over their weapons.",
        # a country's name inside a person's title
        "U.S. Defense Secretary James Smith landed in Ankara.",
        # one official is a person; "official" before an outlet's name is its title
        "Syria's official news agency said nothing.",
        "Jordan's top official said nothing.",
        # a side of a line or border is ground
        "Fighters seized the Syrian side of the frontier.",
        "A shell landed on the Turkish side.",
        "The Lebanese Side of the border was quiet.",
        # the country of a dateline's town, in brackets
        "Douma (Syria) (AFP) – The last buses left.",
        # the compass words as headlines write them, and the countries a border runs between
        "Militants regroup in northeast Lebanon",
        "The pocket in northwest Syria held.",
        "Smugglers use the border between Jordan and Iraq.",
        # a ceasefire, a war or unrest in the country, a movement's branch there
        "Envoy calls for immediate Syria ceasefire",
        "Iraq unrest spreads to the south.",
        "It fought al-Qaeda's former Syria affiliate.",
        # the countries people come from, and a crossing between two countries
        "People from countries like Canada, the United States, Britain and Iraq went to fight.",
        "Fighters from countries such as Jordan and Lebanon joined.",
        "It is the only border crossing between Israel and Syria.",
        "Men from countries such as Spain, Holland, Austria and France joined.",
        # a country's name before one of its peoples or its refugees
        "Syria Kurds will set up their own government.",
        "Syria refugees crowd the camps in Jordan.",
        # a country invaded is the ground
        "It is the first intervention since it invaded Afghanistan in 1979.",
        # a country torn apart, and the country a body's action is about
        "What purpose could chaos serve but to dismember Syria?",
        "She urged China to back strong UN action on Syria.",
        # a region's name in a dateline or after "in"
        "ERBIL, Kurdistan Region – Shelling resumed at dawn.",
        "Thousands of refugees live in the Kurdistan Region.",
        "The situation in the Syrian Arab Republic took a positive turn.",
        "Sweden's news in English",
    ],
)
def test_a_country_as_ground_or_topic_is_no_mention(sample: str) -> None:
    states = {"syrian_government", "turkey", "iran", "iraq", "lebanon", "jordan", "united_states"}
    states |= {"afghanistan", "canada", "united_kingdom", "israel", "spain", "austria", "france"}
    states |= {"kurdistan_regional_government", "sweden"}
    assert [a for _, a in surfaces(sample) if a in states] == [], sample


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # "for" and "to" after what one state gives another: the state that gets it
        (
            "Iran praised Russia's support to Syria.",
            [("Iran", "iran"), ("Russia", "russia"), ("Syria", "syrian_government")],
        ),
        ("They ended their backing for Turkey.", [("Turkey", "turkey")]),
        # a side in talks is the state
        ("The Syrian side said it would attend.", [("Syrian side", "syrian_government")]),
        # a state holds what its forces occupy and brokers its truces
        ("They fled the Turkish-occupied town.", [("Turkish", "turkey")]),
        ("A Russian-brokered truce held.", [("Russian", "russia")]),
        # the subject of an infinitive after "for"; "in line with" is no line along a border;
        # a state's policy is its own
        ("They called for Iraq to withdraw.", [("Iraq", "iraq")]),
        ("Jordan acted in line with Turkey's view.", [("Jordan", "jordan"), ("Turkey", "turkey")]),
        ("Turkey's policy changed.", [("Turkey", "turkey")]),
        # an acting verb after a locative word elsewhere in the sentence still acts
        ("After the talks in Geneva, Turkey said it would wait.", [("Turkey", "turkey")]),
        # countries that act after "countries like" stay states
        (
            "Countries like France and Qatar armed the groups.",
            [("France", "france"), ("Qatar", "qatar")],
        ),
        # what a state's forces hold, say through an unnamed officer, give and pursue
        (
            "Shells fell near a Turkish observation post, citing a Syrian security source.",
            [
                ("Turkish observation post", "turkey"),
                ("Syrian security source", "syrian_government"),
            ],
        ),
        (
            "Turkish support for the group grew before a Syrian ground offensive.",
            [("Turkish support", "turkey"), ("Syrian ground offensive", "syrian_government")],
        ),
        # a ruling and a rule are no verb of ruling a country
        (
            "After the court ruling Turkey appealed; under the new rule Russia must notify.",
            [("Turkey", "turkey"), ("Russia", "russia")],
        ),
        # the air cover and the security authorities of a state
        (
            "Rebels advanced with Turkish air cover, and the Kuwaiti security authorities "
            "issued warrants.",
            [("Turkish air cover", "turkey"), ("Kuwaiti security authorities", "kuwait")],
        ),
        # "America" alone is the United States; the continents named with it are not
        (
            "After both America and Britain said so, exports to Latin America and the slogan "
            "Make America Great Again fell.",
            [("America", "united_states"), ("Britain", "united_kingdom")],
        ),
        # after a possessive a noun of acting leaves the country alone as the state
        ("Turkey's observation post in the town was hit.", [("Turkey", "turkey")]),
        ("Rebels hailed Russia's support.", [("Russia", "russia")]),
        # a country's name right before a noun naming one of its bodies reads as the demonym;
        # before one naming the state itself the country alone is the state
        ("Syria air force general killed", [("Syria air force", "syrian_air_force")]),
        (
            "UN envoy and Iran official review the deal",
            [("UN", "united_nations"), ("Iran", "iran")],
        ),
        # its planes, tank units and sappers, and its aggression as the other side names it
        (
            "Damascus threatened to shoot down Turkish planes and condemned Turkish aggression.",
            [
                ("Damascus", "syrian_government"),
                ("Turkish planes", "turkey"),
                ("Turkish aggression", "turkey"),
            ],
        ),
        ("Russian sappers cleared the city.", [("Russian sappers", "russia")]),
        ("We will not accept Iranian entrenchment.", [("Iranian entrenchment", "iran")]),
        # the country blamed for a crisis is the state
        ("Moscow blamed the crisis on Turkey.", [("Moscow", "russia"), ("Turkey", "turkey")]),
        # a state by its own long name, and a region that acts
        ("The State of Kuwait expressed its support.", [("State of Kuwait", "kuwait")]),
        (
            "The Syrian Arab Republic rejects the claims.",
            [("Syrian Arab Republic", "syrian_government")],
        ),
        (
            "He said the Kurdistan Region will respect that decision.",
            [("Kurdistan Region", "kurdistan_regional_government")],
        ),
        # a state's own name before "government" is one mention, as a demonym before it is
        (
            "UNHCR runs the camp with the Jordan government.",
            [("UNHCR", "unhcr"), ("Jordan government", "jordan")],
        ),
        ("The Nepal government has expressed concern.", [("Nepal government", "nepal")]),
        ("The UAE Government pledged $300 million.", [("UAE Government", "united_arab_emirates")]),
        (
            "The Syrian Arab Republic government rejects the claims.",
            [("Syrian Arab Republic government", "syrian_government")],
        ),
    ],
)
def test_a_state_acting_beside_the_new_place_words_is_a_mention(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


# ---------------------------------------------------------------------------
# Spans of the state's forces (the annotation guide): a generic head with a state noun, a
# demonym before it, the ruling family's name before a state noun.


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        # the generic head and a noun of armed men are one mention of the government side
        ("The town fell to government troops.", [("government troops", "syrian_government")]),
        ("Government forces shelled the road.", [("Government forces", "syrian_government")]),
        ("The regime's forces withdrew.", [("regime's forces", "syrian_government")]),
        ("Members of regime's forces defected.", [("regime's forces", "syrian_government")]),
        # a demonym and the head before the noun: read as the demonym and the noun
        ("Ten Syrian government soldiers died.", [("Syrian government soldiers", "syrian_army")]),
        ("Turkish government troops crossed.", [("Turkish government troops", "turkey")]),
        # after "the" too the body is the span (the annotation guide), not "the government"
        (
            "Rebels surrendered to the government troops.",
            [("government troops", "syrian_government")],
        ),
        # its acts and officials are no body of its forces
        ("A government official denied it.", []),
        ("The rebels resisted a regime offensive.", []),
        # a place adjective: no mention
        ("They fled to the government-held areas.", []),
        # the ruling family's bare name before a state noun: the regime's body
        ("Militias fought alongside Assad's troops.", [("Assad's troops", "syrian_government")]),
        ("Tanks belonging to Assad's army burned.", [("Assad's army", "syrian_army")]),
        ("They killed ten Assad soldiers.", [("Assad soldiers", "syrian_army")]),
        ("Mr Assad's regime is isolated.", [("Mr Assad's regime", "syrian_government")]),
        ("Assad's delegation stayed at the hotel.", [("Assad's delegation", "syrian_government")]),
        # the men who left an army are no mention of it; the army acting is, and so is
        # the army named as the one they left ("Syrian army defectors", as readers code it)
        ("Syrian army defectors ambushed a patrol.", [("Syrian army", "syrian_army")]),
        ("Some Syrian soldiers have defected to the rebels.", []),
        ("Syrian troops who defected formed a council.", []),
        # troops that desert their positions are the army acting
        (
            "Syrian troops deserted their positions.",
            [("Syrian troops", "syrian_army")],
        ),
        ("A Turkish military deserter crossed back.", [("Turkish military", "turkey")]),
        ("The Syrian army shelled the town.", [("Syrian army", "syrian_army")]),
        # ...but not before a title, nor with a full personal name
        ("Assad's military chief resigned.", [("Assad", "bashar_al_assad")]),
        ("Bashar al-Assad's troops advanced.", [("Bashar al-Assad", "bashar_al_assad")]),
    ],
)
def test_spans_of_the_state_forces(sample: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(sample) == expected


def test_topic_tags_and_a_headline_kicker_name_no_acting_state() -> None:
    tags = surfaces("Iraq Kirkuk Turkey PKK\n\nThe talks resumed.")
    assert tags == [("PKK", "pkk")]  # the tags' states are no acting state; a group stays
    bars = surfaces("Cyprus | airspace | Syria | air strikes | France | US\n\nIt ended.")
    assert bars == []  # a site's tags between bars
    assert surfaces("Home / Lebanon / Violence in Arsal escalates\n\nIt ended.") == []
    assert surfaces("Syria | Turkey warns Russia\n\nIt ended.") != []  # two items: a headline
    titled = surfaces("Turkey warns Russia | Middle East | World | Al Jazeera\n\nIt ended.")
    assert ("Turkey", "turkey") in titled  # a page's title among bars is a headline
    assert surfaces("Lebanon: Thousands Flee Fighting Near Border\n\nIt began at dawn.") == []


def test_a_capitalised_headline_with_a_verb_and_a_line_of_text_still_act() -> None:
    assert surfaces("Turkey Warns Iraq Again\n\nThe talks resumed.")[0] == ("Turkey", "turkey")
    assert surfaces("Turkey warns: the border will close.") == [("Turkey", "turkey")]


def test_a_capital_pair_without_a_word_of_relation_is_two_cities() -> None:
    assert surfaces("The road between Damascus and Beirut reopened.") == []


def test_two_countries_with_a_word_of_relation_between_them_are_states() -> None:
    assert surfaces("The talks between Jordan and Iraq resumed.") == [
        ("Jordan", "jordan"),
        ("Iraq", "iraq"),
    ]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Rebels said Moscow must stop bombing civilians.", [("Moscow", "russia")]),
        ("We believe that Ankara will make every effort.", [("Ankara", "turkey")]),
        ("Moscow will not accept the plan.", [("Moscow", "russia")]),
        ("Tehran has repeatedly voiced support for the talks.", [("Tehran", "iran")]),
        ("Others block the reforms pledged by Damascus.", [("Damascus", "syrian_government")]),
        # what befalls the city, or a passive, after a modal
        ("Analysts said Damascus could fall within weeks.", []),
        ("Damascus will be shelled again.", []),
        ("Damascus will not be spared.", []),
        ("Beirut may see more protests.", []),
        # an adverb after the modal is read as one, never as the verb
        ("Damascus could quickly fall.", []),
        ("Damascus will probably be shelled.", []),
        ("Damascus could still be retaken.", []),
        ("Damascus may in the end be spared.", []),
        # what a state hosts or remains is its act; a negated modal is a modal
        ("Moscow will host the talks.", [("Moscow", "russia")]),
        ("Moscow won't accept the plan.", [("Moscow", "russia")]),
        ("Ankara cannot accept it.", [("Ankara", "turkey")]),
    ],
)
def test_after_a_modal_a_capital_s_verb_is_its_state_s_but_for_the_city_s(
    sample: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(sample) == expected


def test_the_modals_and_the_city_s_verbs_after_them_are_the_lexicon_s(tmp_path: Path) -> None:
    acting, city = "Moscow must stop the raids.", "Damascus could fall soon."
    doc = _actors_doc()
    del doc["place_rules"]["capital_modals"]
    assert find_mentions(acting, load_actors(_write_actors(tmp_path, doc))).empty
    doc = _actors_doc()
    del doc["place_rules"]["city_after_modal"]
    found = find_mentions(city, load_actors(_write_actors(tmp_path, doc)))
    assert list(found["actor_id"]) == ["syrian_government"]


def test_the_progressive_auxiliaries_and_the_city_s_forms_in_ing_are_the_lexicon_s(
    tmp_path: Path,
) -> None:
    acting, city = "Moscow was delaying the inspectors.", "Damascus is bracing for strikes."
    doc = _actors_doc()
    del doc["place_rules"]["capital_progressive"]
    assert find_mentions(acting, load_actors(_write_actors(tmp_path, doc))).empty
    doc = _actors_doc()
    del doc["place_rules"]["city_in_progress"]
    found = find_mentions(city, load_actors(_write_actors(tmp_path, doc)))
    assert list(found["actor_id"]) == ["syrian_government"]
