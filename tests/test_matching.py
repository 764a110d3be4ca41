"""TermMatcher: whole words, longest match first, no overlaps, case rules, fast paths.

The matcher takes faster routes where they give the same answer (a lower-cased
copy of the text, a pattern that starts with its first letters); these tests pin
that the answer is the one the plain case-insensitive regex gives. MatcherSet runs
several matchers in one pass: each must find exactly what it finds alone.
"""

from __future__ import annotations

import re
import string
import sys

import pytest

from newsframes.text.matching import (
    _WORD_AFTER,
    _WORD_BEFORE,
    Match,
    MatcherSet,
    TermMatcher,
    _word_regex,
    normalise,
    trie_regex,
)

TERMS = {
    "Free Syrian Army": "fsa",
    "Syrian Army": "army",
    "IS": "islamic_state",
    "Islamic State": "islamic_state",
    "the regime": "regime_phrase",
    "regime": "regime",
    "al-Assad": "assad",
    "Erdoğan": "erdogan",
    "government's forces": "forces",
}
MATCHER = TermMatcher(TERMS, case_sensitive=["IS"])


def _plain_find(text: str) -> list[tuple[int, int, str]]:
    """The reference: one case-sensitive and one case-insensitive regex, longest wins."""
    exact = {normalise(t) for t in ["IS"]}
    folded = {normalise(t).casefold() for t in TERMS} - {t.casefold() for t in exact}
    found = []
    for terms, flags in ((exact, 0), (folded, re.IGNORECASE)):
        pattern = re.compile(_WORD_BEFORE + trie_regex(terms) + _WORD_AFTER, flags)
        found += [m.span() for m in pattern.finditer(text)]
    found.sort(key=lambda span: (span[0] - span[1], span[0]))
    taken: list[tuple[int, int]] = []
    for start, end in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
    return [(s, e, text[s:e]) for s, e in sorted(taken)]


@pytest.mark.parametrize(
    "text",
    [
        "The Free Syrian Army and the Syrian Army fought; IS is not is.",
        "THE REGIME and the\u00a0regime, the\nregime",
        "ERDOĞAN met Erdoğan and erdoğan’s aide",  # cased non-ASCII letters
        "the goverNMENT’S  forces and al‐Assad and AL-ASSAD",
        "“Islamic State” – and Islamic\u00a0State…",
        "the İS and iſ: characters the regex engine folds its own way",
        "regime regimes aregime regime_ x-regime",
    ],
)
def test_matches_equal_the_plain_case_insensitive_regex(text: str) -> None:
    got = [(m.start, m.end, m.surface) for m in MATCHER.find(text)]
    assert got == _plain_find(text)


def test_keys_and_match_objects() -> None:
    found = MATCHER.find("The Free Syrian Army, IS and ERDOĞAN")
    assert found == [
        Match(4, 20, "Free Syrian Army", "fsa"),
        Match(22, 24, "IS", "islamic_state"),
        Match(29, 36, "ERDOĞAN", "erdogan"),
    ]
    assert MATCHER.find_tuples("IS") == [(0, 2, "IS", "islamic_state")]


def test_long_s_matches_s_as_the_regex_engine_folds_it() -> None:
    # "ſ" (long s) lower-cases to itself, yet a case-insensitive regex matches it
    # with "s": the lower-cased fast path must not be used for such a text.
    found = TermMatcher({"is": 1}).find("this iſ it")
    assert [(m.surface, m.key) for m in found] == [("iſ", 1)]


def test_longest_match_wins_across_case_sensitive_and_insensitive_terms() -> None:
    matcher = TermMatcher({"IS fighters": 1, "IS": 2, "fighters of": 3}, case_sensitive=["IS"])
    # "IS fighters" is folded (only "IS" is case-sensitive) and longer than "IS".
    assert [(m.surface, m.key) for m in matcher.find("is fighters of IS")] == [
        ("is fighters", 1),
        ("IS", 2),
    ]


@pytest.mark.parametrize(
    "terms",
    [
        ["IS", "FSA", "Assad", "the Guardian"],  # few lower-case first letters
        ["regime of silence", "fighter jet", "fighter jets", "in opposition to"],
        ["U.S.", "U.N.", "A", "B-52"],
    ],
)
def test_word_regex_finds_what_the_lookbehind_regex_finds(terms: list[str]) -> None:
    text = (
        "IS, ISIS, FSA.Assad the Guardian theGuardian U.S.A. U.N. B-52 B 52 A.B "
        "regime of silence, fighter jets fighter jet_ xfighter jet in opposition to"
    )
    fast = re.compile(_word_regex(terms))
    plain = re.compile(_WORD_BEFORE + trie_regex(terms) + _WORD_AFTER)
    assert fast.pattern != plain.pattern  # the faster form is the one under test
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in fast.finditer(text)]  # the text does contain some terms


# ------------------------------------------------------------------ several matchers at once

# The letters a case-insensitive regex pairs with ASCII ones; the lower-cased shortcut of
# MatcherSet must not be taken for a text that holds one of them.
LOOKALIKES = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}


def _variants(text: str) -> list[str]:
    """The text in other cases, with no-break spaces, accents and sharp s, and look-alikes."""
    variants = [text, text.upper(), text.title(), text.swapcase(), text.replace(" ", "\u00a0")]
    variants += [text.replace("e", "\u00e9"), text.replace("ss", "\u00df")]
    variants += [text.replace(a, b) for a, b in LOOKALIKES.items()]
    variants += [text.upper().replace(a.upper(), b) for a, b in LOOKALIKES.items()]
    return variants


def _same_as_each_matcher(matchers: MatcherSet, text: str) -> None:
    found = matchers.find_tuples(text)
    assert len(found) == len(matchers.matchers)
    for i, (matcher, got) in enumerate(zip(matchers.matchers, found, strict=True)):
        assert got == matcher.find_tuples(text), (i, text[:60])


SETS = [
    # overlapping terms in different matchers, a case-sensitive one, one-word terms alone
    [
        TermMatcher({"against each other": 1, "clash": 2, "clashes": 2}),
        TermMatcher({"each other": 3, "against": 4, "IS": 5, "is": 6}, case_sensitive=["IS"]),
        TermMatcher({"God": 7, "year-old": 8, "his life": 9}, case_sensitive=["God"]),
        TermMatcher({}),
    ],
    # a case-sensitive term that case folding changes, and terms starting with a word that
    # is not ASCII: that matcher scans the text on its own
    [
        TermMatcher({"Gross Straße": 1, "gross": 2, "GODS": 3}, case_sensitive=["Gross Straße"]),
        TermMatcher({"émigré": 4, "café society": 5, "amnesty": 6}),
        TermMatcher({"Syrian Army": 7, "Free Syrian Army": 8, "regime’s forces": 9}),
    ],
]
TEXT = (
    "Gross Straße, gross straße, GROSS STRASSE. God, gods, GODS, Gods: IS is not is. "
    "An émigré, ÉMIGRÉ, in café society; AMNESTY, amneſty. They clashed; CLASH, clashes, "
    "pitched against each other. The 26-year-old feared for his\u00a0life. The Free Syrian "
    "Army and the Syrian\narmy met the regime's forces and the regime’s forces."
)


@pytest.mark.parametrize("index", range(len(SETS)))
def test_matcher_set_finds_what_each_matcher_finds(index: int) -> None:
    matchers = MatcherSet(SETS[index])
    for text in _variants(TEXT):
        _same_as_each_matcher(matchers, text)
    assert any(matchers.find_tuples(TEXT))


def test_matcher_set_on_the_frames_lexicon_and_the_five_articles(texts) -> None:
    from newsframes.analysers.framing import load_frames, term_matchers

    _groups, matchers = term_matchers(load_frames())
    for text in texts.values():
        _same_as_each_matcher(matchers, text)
        for variant in _variants(text[:3000]):
            _same_as_each_matcher(matchers, variant)


def test_the_letters_the_regex_engine_folds_its_own_way_have_a_key() -> None:
    # Ignoring case, the regex engine matches "ı" and "İ" with "i", though casefold() does
    # not map them to "i": the key is found all the same.
    matcher = TermMatcher({"is": 1, "kill": 2})
    found = matcher.find("\u0130s it, \u0131s it, \u212aill, ki\u017f")
    assert [(m.surface, m.key) for m in found] == [("\u0130s", 1), ("\u0131s", 1), ("\u212aill", 2)]


def test_unicode_facts_the_matcher_set_relies_on() -> None:
    # 1. Outside ASCII, case-insensitive matching pairs only these four letters with ASCII ones.
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    paired = set()
    for char in string.ascii_lowercase + string.digits + "_":
        paired |= set(re.findall(re.escape(char), others, re.IGNORECASE))
    assert paired == set(LOOKALIKES.values())
    # 2. Lower-casing (where it keeps the length) keeps a word character a word character.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    every = every.replace("\u0130", "")  # the one letter whose lower case is two characters
    lowered = every.lower()
    assert len(lowered) == len(every)
    assert re.sub(r"\w", "w", re.sub(r"\W", ".", every)) == re.sub(
        r"\w", "w", re.sub(r"\W", ".", lowered)
    )


# Heads and tails paired every way, as the actors' demonyms and state nouns are; some pairs
# are also written as terms of their own, which win.
PAIR_TERMS = {
    "US": "us",
    "Syrian Army": "army",
    "Turkish state": "turkish_state",
    "military police": "police",
    "Russian military": "russia_military",
}
PAIRS = {
    f"{head} {tail}": (head, tail)
    for head in ("Syrian", "Russian", "US", "Iraqi", "Saudi")
    for tail in ("troops", "military police", "state media", "officials")
}
PAIR_SENSITIVE = ["US", "Turkish state", *(p for p in PAIRS if p.startswith("US "))]
PAIR_TEXT = (
    "Iraqi troops and US troops met us; us troops are no pair. The Syrian Army, Syrian "
    "army troops, Russian military police, Russian military advisers, the military police. "
    "Turkish state media, SAUDI OFFICIALS, saudi\nofficials, Iraqi\u00a0troops, Iraqi forces, "
    "Syrian alone, Syrians troops, İraqi troops."
)


def test_pairs_are_found_as_the_full_trie_finds_them(texts) -> None:
    terms = {**PAIR_TERMS, **{p: p for p in PAIRS}}
    full = TermMatcher(terms, case_sensitive=PAIR_SENSITIVE)
    paired = TermMatcher(terms, case_sensitive=PAIR_SENSITIVE, pairs=PAIRS)
    samples = [PAIR_TEXT, PAIR_TEXT.replace("İ", "I"), *texts.values()]
    for text in samples:
        for variant in _variants(text):
            assert paired.find_tuples(variant) == full.find_tuples(variant)
    found = [(m.surface, m.key) for m in paired.find(PAIR_TEXT.replace("İ", "I"))]
    assert found[:5] == [
        ("Iraqi troops", "Iraqi troops"),
        ("US troops", "US troops"),  # "us troops" is no pair: "US" is case-sensitive
        ("Syrian Army", "army"),
        ("Syrian army", "army"),  # a term of its own wins over the pair it begins
        ("Russian military police", "Russian military police"),  # the longer pair wins
    ]
    assert ("SAUDI OFFICIALS", "Saudi officials") in found
    surfaces = {surface for surface, _ in found}
    assert not surfaces & {"Syrian", "Iraqi forces", "Syrians troops"}  # a head alone is none


@pytest.mark.parametrize(
    "text",
    [
        # a term that starts inside a pair and runs past it: the search goes on after the pair
        "French state Radio France Internationale reported.",
        "the Iranian regime of Bashar al-Assad's allies",
        # a two-word head with no pair after it hides no term that starts at its second word
        "The South African Union of Journalists said.",
        "Iraqi troops, US troops, us troops, SYRIAN OFFICIALS and İraqi troops.",
    ],
)
def test_the_actor_pairs_are_found_as_the_full_trie_finds_them(text: str) -> None:
    from newsframes.lexicons.actors import load_actors

    lex = load_actors()
    full = _full_actor_matcher(lex)
    paired = TermMatcher(dict(lex.terms), case_sensitive=lex.case_sensitive, pairs=lex.pairs)
    assert paired.find_tuples(text) == full.find_tuples(text)
    assert full.find_tuples(text)


_FULL: dict[int, TermMatcher] = {}


def _full_actor_matcher(lex) -> TermMatcher:
    """The actors' terms with every pair in the trie (compiled once for these tests)."""
    if id(lex) not in _FULL:
        _FULL[id(lex)] = TermMatcher(dict(lex.terms), case_sensitive=lex.case_sensitive)
    return _FULL[id(lex)]
