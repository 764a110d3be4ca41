"""TermMatcher: whole words, longest match first, no overlaps, case rules, fast paths.

The matcher takes faster routes where they give the same answer (a lower-cased
copy of the text, a pattern that starts with its first letters); these tests pin
that the answer is the one the plain case-insensitive regex gives.
"""

from __future__ import annotations

import re

import pytest

from newsframes.text.matching import (
    _WORD_AFTER,
    _WORD_BEFORE,
    Match,
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
