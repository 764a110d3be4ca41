"""The actors lexicon compiled for matching: one term matcher and the context patterns.

The lexicon (``newsframes.lexicons.actors``) is plain data; matching needs regular
expressions built from it. :func:`gazetteer` builds them once per lexicon object
(the loader hands out a new object when the file changes), so a text costs only
the matching.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache

from newsframes.analysers.first_letters import OPEN_AFTER_FIRST
from newsframes.analysers.name_words import ARTICLE
from newsframes.lexicons.actor_terms import ALIAS, COMBO, norm
from newsframes.lexicons.actors import ActorLexicon
from newsframes.lexicons.name_patterns import load_name_patterns
from newsframes.lexicons.place_rules import PlaceRules
from newsframes.lexicons.spelling_variants import common_words
from newsframes.lexicons.stopwords import load_stopwords
from newsframes.lexicons.word_regex import words_regex as _words_regex
from newsframes.text.matching import TermMatcher

# How far back (characters) the rules look for a locative word, a state noun or a demonym.
WINDOW = 60


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """What the mention rules read: the matcher, the context patterns and the lookups."""

    matcher: TermMatcher  # every term of the lexicon, keyed by its Term(kind, ref)
    # A place name is a place after a locative word or before a geographic noun...
    place_before: re.Pattern[str]
    place_after: re.Pattern[str]
    # ...or after a place in a list ("in Syria and Iraq").
    place_list_before: re.Pattern[str]
    # A capital after a run of capitalised names opened by a locative word is a place too
    # ("flights from London, Paris and (Berlin)").
    place_run_before: re.Pattern[str]
    # A demonym sharing the next state noun: "the Russian and (Syrian military)", "Russian,
    # (Syrian planes)".
    demonym_and: re.Pattern[str]
    # A matched surface ending in a state noun ("Syrian military").
    ends_in_state_noun: re.Pattern[str]
    # "the government of (Turkey)", "the backing of (Iran)": the state, not the place.
    state_noun_of: re.Pattern[str]
    # "banned in (Russia)": the state whose act it is, though "in" is a locative word.
    state_in: re.Pattern[str] | None
    # "(Algerian diplomat) Lakhdar Brahimi", "the top (Iranian diplomat)": one person's title.
    title_nouns: frozenset[str]  # case-folded
    title_opener_before: re.Pattern[str] | None
    # "(Syria)-based", "(Russia)'s president": the place, or part of a title.
    place_suffix: re.Pattern[str] | None
    # "the (Turkey)-backed mission": a country's name joined to a word of backing is the state.
    place_backing: re.Pattern[str] | None
    # "Israeli-occupied": a demonym joined to a word of holding is the state by the demonym alone.
    ends_in_holding: re.Pattern[str] | None
    # a street noun after a person's name ("Al-Maliki Street"), and a backer of the state's
    # foes joined to a backing word before its forces ("US-backed Syrian forces")
    street_next: re.Pattern[str] | None
    foes_backing_before: re.Pattern[str] | None
    # "Syrian state(-run)", "the Turkish state( of emergency)": what follows a match ending in
    # "state" that makes it no mention (a thing the state owns, "of", a capitalised name).
    state_owned_next: re.Pattern[str] | None
    # what follows a match ending in one of `owning_nouns` ("military", "official") that makes
    # it no mention: a thing the state owns alone ("Syrian military bases")
    owned_next: re.Pattern[str] | None
    # a match ending in one of `owning_nouns`, in lower case
    ends_owning: re.Pattern[str] | None
    # "the (Turkish-Russian) agreement": capitalised words joined by hyphens (group 1) before a
    # noun of relation or of acting (group 2: `relations`, `acting_of`); its demonyms are
    # states (see stand_ins).
    demonym_pair: re.Pattern[str] | None
    # "the (Coalition)": a body's head noun alone after "the" (group 1); see short_forms.
    short_head: re.Pattern[str] | None
    place_possessed: re.Pattern[str] | None
    # "(Turkey) and Syria share a border": countries sharing a geographic noun are places.
    place_sharing: re.Pattern[str]
    # "Hasaka, (Syria)": a capitalised word (no match of its own) and a comma before it.
    place_after_name: re.Pattern[str]
    # "(Syria) has been gripped by war", "(Turkey) is home to": what befalls a territory.
    place_befallen: re.Pattern[str] | None
    # "building a free and democratic (Syria)": an article and the adjectives of an ideal.
    place_ideal: re.Pattern[str] | None
    # "Turkey's (Syria) operation": a noun of the war's theatre after the name.
    place_theatre: re.Pattern[str] | None
    # "in (Turkey)'s cross-border operation": a possessive before a noun of acting is the state.
    state_possessed: re.Pattern[str]
    # "Moscow said", "Ankara has warned", "Washington's": a capital standing for its state.
    capital_acting: re.Pattern[str] | None
    capital_state: dict[str, str]
    # "support to (Syria)", "help from (Russia)": the state that gets or gives it.
    given_to: re.Pattern[str] | None
    # a capital in a relation between states: after "ties with", a hyphened pair, a pair after
    # "ties between" (each: the capitals in groups 1 and 2)
    relations: tuple[re.Pattern[str], ...]
    # "anti-(Damascus) gunmen": a capital taken sides with or against stands for its state.
    capital_prefix_before: re.Pattern[str] | None
    # "accused (Ankara)", "backs (Damascus)": a capital as what a state's verb is done to.
    capital_object_before: re.Pattern[str] | None
    # Any capital or people at all: one quick search before the patterns above and below.
    stand_in_hint: re.Pattern[str] | None
    # "the (Russians)" pressing rebels: a people standing for its state, after "the".
    people_acting: re.Pattern[str] | None
    people_state: dict[str, str]
    # "(Syria's military)" reads as "Syrian military": a possessive and a state noun (group 1).
    possessive_noun: re.Pattern[str]
    # "Türkiye's support": nouns of acting (case-folded) after which the country alone is a
    # mention (`place_rules.acting_of`), never read with the noun as one.
    acting_of: frozenset[str]
    # "Syria (air force) general killed": a country acting, a state noun right after it.
    country_noun: re.Pattern[str]
    demonym_noun: dict[str, str]  # "syrian military" (case-folded) -> the actor it names
    demonyms_of: dict[str, tuple[str, ...]]  # state id -> its demonyms
    place_names_of: dict[str, frozenset[str]]  # state id -> the names of its land
    stopwords: frozenset[str]  # "Turkey's attack on (the YPG)": a small word joins an act
    family_defaults: tuple[str, ...]  # the default actor of each family name
    families_of: dict[str, tuple[int, ...]]
    ancestors_of: dict[str, frozenset[str]]
    demonym_actor: dict[str, str]
    type_and_side: dict[str, tuple[str, str | None]]  # actor id -> (type, side)
    # A person's surname alone after another given name is another person ("Moussa al-Zoubi"
    # is not Omran al-Zoubi): the first letters of each person's own first words (case-folded;
    # one letter, as "Burhan" and "Bourhan", "Sergei" and "Sergey" share), and
    # the capitalised words that may stand before a surname without naming anyone (titles,
    # stop words: "Minister al-Zoubi", "But al-Zoubi").
    own_given: dict[str, frozenset[str]]
    # Persons of a state whose people write the family name first ("Hua Chunying ... Hua
    # said"): their later surname is the first word of their name.
    family_first: frozenset[str]
    not_given: frozenset[str]
    # the name lexicon's first names (folded): one before a surname names someone, though it
    # is a common word too ("Andrew Johnson said" after Boris Johnson)
    given_names: frozenset[str]
    # Each person's own spellings of their surname (last words of their aliases, folded,
    # without "al-"): "Al-Asaad" is not how the gazetteer writes Bashar al-Assad's.
    surname_spellings: dict[str, frozenset[str]]
    # The other way: each folded surname spelling and the persons who spell theirs so, from
    # their names only (not "Syrian President", whose last word is no surname).
    surname_owners: dict[str, tuple[str, ...]]


def _relation_patterns(
    capitals: tuple[tuple[str, str], ...], relations: tuple[str, ...]
) -> tuple[re.Pattern[str], ...]:
    """The patterns of a capital in a relation: after "ties with" or "ties to" (not inside a
    name, "ties with Damascus University"), a hyphened pair, and a pair after "ties between"."""
    if not capitals or not relations:
        return ()
    names = _words_regex(capital for capital, _ in capitals)
    words = _words_regex(relations)
    not_a_name = r"(?![\w'’-]|\s+[A-Z])"
    with_one = re.compile(rf"(?<![\w-])(?:{words})\s+(?:with|to)\s+({names}){not_a_name}")
    pair = re.compile(rf"(?<![\w'’.-])({names})[-–]({names})\s+(?:{words})(?![\w-])")
    between = re.compile(
        rf"(?<![\w-])(?:{words})\s+between\s+({names})\s+and\s+({names}){not_a_name}"
    )
    return with_one, pair, between


def _capital_acting(rules: PlaceRules) -> re.Pattern[str] | None:
    """A capital right before a verb of acting (after up to two auxiliaries or adverbs:
    "Ankara has strongly warned", or an apposition: "Moscow, a key backer of Mr Assad,
    said", or the other capitals of a list: "Moscow, Ankara and Tehran have brought"), or
    before any verb after a modal but the city's ("Moscow must stop", not "Damascus could
    fall"), or before a possessive ("Washington's"); group 1."""
    capitals, verbs, auxiliaries = rules.capitals, rules.capital_verbs, rules.capital_auxiliaries
    if not capitals or not verbs:
        return None
    names = _words_regex(capital for capital, _ in capitals)
    between = (
        rf"(?:(?:{_words_regex(auxiliaries)}|[a-z]+ly)\s+)" if auxiliaries else r"(?:[a-z]+ly\s+)"
    )
    apposition = r"(?:,\s+(?:a|an|the)\s+[^,.;:\n\"“”]{1,60},)?"
    acts = rf"(?:{_words_regex(verbs)})"
    if rules.capital_modals:
        # the adverbs and auxiliaries are read first and never given back ("could quickly
        # fall"); the verb is then no small word and none the city does
        not_acts = _words_regex((*rules.city_after_modal, *load_stopwords()))
        acts += (
            rf"|(?:{_words_regex(rules.capital_modals)})\s+{between}{{0,2}}+"
            rf"(?!(?:{not_acts})(?![\w-]))[a-z]+"
        )
    if rules.capital_progressive:
        # "Moscow was holding the inspectors back", "Ankara is sponsoring the talks": a form in
        # -ing after "is" or "was", but for what the city does ("Damascus is burning")
        city_does = _words_regex(rules.city_in_progress) if rules.city_in_progress else "(?!)"
        acts += (
            rf"|(?:{_words_regex(rules.capital_progressive)})\s+{between}{{0,2}}+"
            rf"(?!(?:{city_does})(?![\w-]))[a-z]{{2,}}ing"
        )
    verb = rf"{apposition}\s+(?:{between}{{0,2}}(?:{acts})(?![\w-]))"
    # the other capitals of a list: "Moscow, Ankara and Tehran have", "Neither Moscow nor
    # Damascus reacted"
    others = rf"(?:(?:,\s+(?:{names}))*,?\s+(?:and|&|nor|or)\s+(?:{names}))?"
    return re.compile(rf"(?<![\w'’.-])({names})(?=['’]s\s|{others}{verb})")


def _owned_next(owned: tuple[str, ...], *, of_or_name: bool) -> re.Pattern[str] | None:
    """What may follow "state", "military" or "official" in a match and make it no mention of
    the state: a word of ``owned`` joined by a hyphen (its "-run") or after a space
    ("journalists", "bases"), and with ``of_or_name`` (after "state") "of" ("a state of
    emergency") or a capitalised word ("the Russian state Duma"; not after "official": "a
    Turkish official Monday denied it")."""
    joined = [word[1:] for word in owned if word.startswith("-")]
    nouns = [word for word in owned if not word.startswith("-")]
    parts = [r"[^\S\n]+(?:of(?![\w'’-])|[A-Z])"] if of_or_name else []
    if joined:
        parts.append(rf"[-‐–](?i:{_words_regex(joined)})(?![\w-])")
    if nouns:
        parts.append(rf"\s+(?i:{_words_regex(nouns)})(?![\w'’-])")
    return re.compile("|".join(parts))


# A capitalised name of one to three words in a list: "Abu Dhabi".
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
# One capitalised word of a hyphened pair: "Turkish", "U.S.", "Hizballah".
_PART = r"[A-Z][\w'’.]*"


@lru_cache(maxsize=8)
def gazetteer(lexicon: ActorLexicon) -> Gazetteer:
    """The compiled form of ``lexicon`` (cached on the lexicon object)."""
    actors = lexicon.actors
    locative = _words_regex(lexicon.place_rules.before)
    one_word_locative = _words_regex(w for w in lexicon.place_rules.before if " " not in w.strip())
    geographic = _words_regex(lexicon.place_rules.after)
    nouns = _words_regex(lexicon.state_nouns)
    heads = [*lexicon.short_heads, *(head.lower() for head in lexicon.lower_case_heads)]
    acts_on = {" ".join(noun.casefold().split()) for noun in lexicon.acts_on_others}
    acting = _words_regex(
        noun
        for noun in (*lexicon.state_nouns, *lexicon.place_rules.acting_of)
        if " ".join(noun.casefold().split()) not in acts_on
    )
    suffixes = _words_regex(lexicon.place_rules.suffixes)
    backing = _words_regex((*lexicon.backing_words, *lexicon.holding_words))
    backing_only = _words_regex(lexicon.backing_words)
    streets = _words_regex(lexicon.street_nouns)
    foes = _words_regex(lexicon.opposition_backers)
    holding = _words_regex(lexicon.holding_words)
    possessed = _words_regex(lexicon.place_rules.possessed)
    demonyms = _words_regex(d for a in actors.values() for d in a.demonyms)
    befallen = _words_regex(lexicon.place_rules.befallen)
    ideals = _words_regex(lexicon.place_rules.ideals)
    theatres = _words_regex(lexicon.place_rules.theatres)
    rules = lexicon.place_rules
    pair_nouns = (*rules.relations, *rules.acting_of)
    owning = _words_regex(lexicon.owning_nouns)
    spellings = {
        aid: frozenset(bare_surname(alias.split()[-1]) for alias in a.aliases if " " in alias)
        for aid, a in actors.items()
        if a.type == "person"
    }
    return Gazetteer(
        matcher=TermMatcher(
            dict[str, Hashable](lexicon.terms),
            case_sensitive=lexicon.case_sensitive,
            pairs=lexicon.pairs,
        ),
        place_before=re.compile(rf"(?<![\w'’-])(?i:{locative})\s+(?:the\s+)?$"),
        # After a possessive, a locative adjective may come first: "Turkey's southern border";
        # one word, not a phrase ending in a preposition ("China's position on northeast Syria").
        place_after=re.compile(
            rf"(?:['’]s?(?:\s+(?i:{one_word_locative})(?![\w-])){{0,2}})?"
            r"(?:[-‐–][A-Z]\w*)?(?:\s+[A-Z][\w'’-]*){0,2}\s+"
            rf"(?i:{geographic})(?![\w-])"
        ),
        place_list_before=re.compile(
            rf"(?<![\w'’-])(?i:{locative})\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}"
            r"\s*(?:,|\band\b|\bor\b)\s*$"
        ),
        place_run_before=re.compile(
            rf"(?<![\w'’-])(?i:{locative})\s+(?:the\s+)?{_NAME}(?:\s*,\s*{_NAME})*"
            r"\s*(?:,|\band\b|\bor\b)\s*$"
        ),
        demonym_and=re.compile(
            rf"(?<![\w'’-])({demonyms})(?:,(?:\s+(?:and|or))?|\s+(?:and|or|&))\s+$"
        ),
        ends_in_state_noun=re.compile(rf"(?<![\w'’-])(?i:{nouns})$"),
        state_noun_of=re.compile(rf"(?<![\w'’-])(?i:{acting})\s+of\s+(?:the\s+)?$"),
        title_nouns=frozenset(noun.casefold() for noun in lexicon.title_nouns),
        title_opener_before=re.compile(
            rf"(?<![\w'’-])(?i:{_words_regex(lexicon.title_openers)})\s+$"
        )
        if lexicon.title_openers
        else None,
        state_in=re.compile(rf"(?<![\w'’-])(?i:{_words_regex(rules.acting_in)})\s+in\s+$")
        if rules.acting_in
        else None,
        place_suffix=re.compile(rf"[-‐–\s](?i:{suffixes})(?![\w-])") if suffixes else None,
        place_backing=re.compile(rf"[-‐–](?i:{backing})(?![\w-])") if backing else None,
        street_next=re.compile(rf"[ \t]+(?:{streets})(?![\w'’-])") if streets else None,
        foes_backing_before=re.compile(rf"(?<![\w'’.-])(?:{foes})[-‐– ](?i:{backing_only})[ \t]+$")
        if foes and backing_only
        else None,
        ends_in_holding=re.compile(rf"[-‐–\s](?i:{holding})$") if holding else None,
        state_owned_next=_owned_next(lexicon.owned_by_state, of_or_name=True),
        owned_next=_owned_next(lexicon.owned_by_state, of_or_name=False),
        ends_owning=re.compile(rf"(?<![\w'’-])(?:{owning})$") if owning else None,
        demonym_pair=re.compile(
            rf"(?<![\w'’.-])({_PART}(?:[-‐–]{_PART})+)\s+((?i:{_words_regex(pair_nouns)}))(?![\w-])"
        )
        if demonyms and pair_nouns
        else None,
        short_head=re.compile(
            rf"[Tt]{OPEN_AFTER_FIRST}he\s+({_words_regex(heads)})"
            r"(?![\w'’-])(?!\s+(?:of|for)\b|\s+[A-Z(])"
        )
        if lexicon.short_heads
        else None,
        # a title's words may be capitalised: "Syria's Permanent Representative"
        place_possessed=re.compile(
            rf"['’]s?(?:\s+[A-Za-z][\w-]*){{0,2}}\s+(?i:{possessed})(?![\w-])"
        )
        if possessed
        else None,
        place_sharing=re.compile(
            r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
            r"\s+(?:share|shares|shared|sharing)\s+(?:(?:a|an|the|their|its)\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?i:{geographic})(?![\w-])"
        ),
        # a town's name may open with a particle: "Deir el-Zour, (Syria)"
        place_after_name=re.compile(
            rf"(?<![\w'’.-])(?:[a-z]{{2,3}}-)?[A-Z][\w'’-]*(?:\s+(?i:{geographic}))?,\s*$"
        ),
        place_befallen=re.compile(
            r"(?:\s*,\s*which)?(?:\s+(?:has|have|had|is|was|were|been|being|become|became|"
            rf"remains|remained|also|long|now))*\s+(?i:{befallen})(?![\w-])"
        )
        if befallen
        else None,
        place_ideal=re.compile(
            rf"(?<![\w'’-])(?i:an?)\s+(?:(?:[a-z]+ly\s+)?(?i:{ideals})(?:\s*,\s*|\s+(?i:and)\s+|\s+))+$"
        )
        if ideals
        else None,
        place_theatre=re.compile(rf"[^\S\n]+(?i:{theatres})(?![\w-])") if theatres else None,
        state_possessed=re.compile(rf"['’]s?(?:\s+[\w-]+){{0,2}}?\s+(?i:{acting})(?![\w-])"),
        capital_acting=_capital_acting(rules),
        given_to=re.compile(
            rf"(?<![\w'’-])(?:{_words_regex(rules.given_nouns)})\s+(?:for|to|from)\s+(?:the\s+)?$"
        )
        if rules.given_nouns
        else None,
        relations=_relation_patterns(rules.capitals, rules.relations),
        capital_state={capital: state for capital, state in rules.capitals},
        capital_prefix_before=re.compile(
            rf"(?<![\w'’.-])(?i:{_words_regex(rules.capital_prefixes)})-$"
        )
        if rules.capital_prefixes
        else None,
        capital_object_before=re.compile(
            rf"(?<![\w'’-])(?i:{_words_regex(rules.capital_objects)})[ \t]+$"
        )
        if rules.capital_objects
        else None,
        stand_in_hint=re.compile(
            _words_regex(name for name, _ in (*rules.capitals, *rules.peoples))
        )
        if rules.capitals or rules.peoples
        else None,
        people_acting=re.compile(
            rf"[Tt]{OPEN_AFTER_FIRST}he\s+({_words_regex(p for p, _ in rules.peoples)})(?![\w'’-])"
        )
        if rules.peoples
        else None,
        people_state=dict(rules.peoples),
        possessive_noun=re.compile(rf"['’]s\s+((?i:{nouns}))(?![\w'’-])"),
        acting_of=frozenset(
            " ".join(noun.casefold().split()) for noun in lexicon.place_rules.acting_of
        ),
        country_noun=re.compile(rf"[ \t]+((?i:{nouns}))(?![\w'’-])"),
        demonym_noun={
            " ".join(term.casefold().split()): key.ref
            for term, key in lexicon.terms.items()
            if key.kind in (ALIAS, COMBO)
        },
        demonyms_of={aid: a.demonyms for aid, a in actors.items() if a.demonyms},
        place_names_of={
            aid: frozenset(a.place_names) for aid, a in actors.items() if a.place_names
        },
        stopwords=load_stopwords(),
        family_defaults=tuple(family.default for family in lexicon.family_names),
        families_of=dict(lexicon.families_of),
        ancestors_of={aid: frozenset(chain) for aid, chain in lexicon.ancestors_of.items()},
        demonym_actor=dict(lexicon.demonym_actor),
        type_and_side={aid: (a.type, a.side) for aid, a in actors.items()},
        family_first=frozenset(
            aid
            for aid, a in actors.items()
            if a.type == "person"
            and not set(lexicon.family_name_first).isdisjoint(lexicon.ancestors_of[aid])
        ),
        own_given={
            aid: frozenset(
                alias.split()[0][:1].casefold() for alias in a.aliases if len(alias.split()) > 1
            )
            for aid, a in actors.items()
            if a.type == "person"
        },
        not_given=frozenset(
            (
                *(title.split()[-1].casefold() for title in load_name_patterns().titles),
                *load_stopwords(),
            )
        ),
        given_names=frozenset(load_name_patterns().given_names),
        surname_spellings=spellings,
        surname_owners=_owners(lexicon),
    )


def _owners(lexicon: ActorLexicon) -> dict[str, tuple[str, ...]]:
    """Each surname spelling and the persons (in id order) who spell theirs so, from the
    aliases that are names: not those that open with a title or a demonym ("Syrian
    President", "Mr President"), nor a last word that is a title, a small word or a common
    one."""
    titles = frozenset(load_name_patterns().titles)
    not_surnames = {title.split()[-1].casefold() for title in titles} | set(load_stopwords())
    not_surnames |= common_words(5)  # "Mr. Page" is no one, though a pen name ends in it
    owners: dict[str, list[str]] = {}
    for actor in sorted(lexicon.actors):
        if lexicon.actors[actor].type != "person":
            continue
        for alias in lexicon.actors[actor].aliases:
            words = [w for w in alias.split() if w.casefold() != "the"]
            if len(words) < 2 or words[0] in titles or norm(words[0]) in lexicon.demonym_actor:
                continue
            surname = bare_surname(words[-1])
            if surname not in not_surnames and actor not in owners.get(surname, ()):
                owners.setdefault(surname, []).append(actor)
    return {surname: tuple(actors) for surname, actors in owners.items()}


def bare_surname(word: str) -> str:
    """A surname folded, without its article: "Al-Asaad" -> "asaad"."""
    return ARTICLE.sub("", word).casefold().replace("’", "'")
