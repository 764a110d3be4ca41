"""The unlisted-name patterns written to open with their first characters find exactly what
the plain patterns find: the same matches, the same groups, on news text and on odd text."""

from __future__ import annotations

import random
import re

import pytest

from newsframes.analysers.name_shapes import _plain_shapes, after_first, name_shapes
from newsframes.corpus.articles import load_corpus
from newsframes.lexicons.name_patterns import load_name_patterns
from newsframes.lexicons.reporting_verbs import load_reporting_verbs
from newsframes.lexicons.word_regex import words_trie_regex

# Pieces that stress the rewritten parts: particles and hyphens, possessives (the kin rule
# gives letters back), brackets, head nouns, credits, line breaks and odd spaces.
_WORDS = (
    "al-Assad el-Sisi ash-Sham ad-Dawla bin ibn-Taymiyya Hamoud's Idriss’s wife son brother "
    "(FSA) (Jaish) Brigade brigade Council Military Front of the The a an said told Reuters / | "
    "AFP/ By Photo: Gen. General Brig. activist, spokesman 34, X-Y - al- according to Ş Émile "
    "Über said: : commanders and O'Neil D’Souza McDonald Al Free Syrian Army FSA University"
)
_PHRASES = (
    "Ahmed Hamoud's",
    "Ahmed al-Hamoud’s sons",
    "said Omar Ali",
    "said the activist, Omar Ali.",
    "An official, Sami",
    "Omar Ali, a",
    "Omar Ali, 34,",
    "al-Hamoud Ali said",
    "ash-Sham Islamic Front (ASIF)",
)
PIECES = (*_WORDS.split(" "), *_PHRASES)
SEPARATORS = (" ", " ", " ", "  ", "\n", "\t", ", ", "\u00a0", "", ". ")


def odd_texts(words: list[str], count: int, seed: int = 20110610) -> list[str]:
    """``count`` texts of words drawn from ``words`` and ``PIECES``, joined in odd ways."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        picked = [
            rng.choice(words) if rng.random() < 0.5 else rng.choice(PIECES)
            for _ in range(rng.randint(3, 30))
        ]
        texts.append("".join(w + rng.choice(SEPARATORS) for w in picked))
    return texts


def found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), *(m.span(g) for g in pattern.groupindex)) for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    articles = list(load_corpus()["text"])
    # photo captions, which the five reports do not have: "Name Name (left) and ..."
    captions = [
        f"{name} ({where}) meets the envoy in Geneva."
        for name in ["Hussein Majali", "Nasr al-Hariri", "Brian De Mulder", "Omar"]
        for where in ["left", "right", "second left", "far right"]
    ]
    return articles + captions + odd_texts(" ".join(articles).split(), 1500)


def test_every_rule_finds_what_its_plain_pattern_finds(texts: list[str]) -> None:
    patterns, verbs = load_name_patterns(), load_reporting_verbs()
    fast, plain = name_shapes(patterns, verbs), _plain_shapes(patterns, verbs)
    rewritten = [
        rule
        for rule in fast.__dataclass_fields__
        if isinstance(getattr(plain, rule), re.Pattern)
        and getattr(fast, rule).pattern != getattr(plain, rule).pattern
    ]
    assert {"titled", "subject", "bodies", "defined", "kin"} <= set(rewritten)
    for rule in rewritten:
        matched = 0
        for text in texts:
            expected = found(getattr(plain, rule), text)
            assert found(getattr(fast, rule), text) == expected, (rule, text)
            matched += bool(expected)
        assert matched >= 10, rule  # the texts exercise the rule, not only its failures


@pytest.mark.parametrize(
    "words",
    [
        ["Gen", "General", "Gen.", "Brig. Gen.", "G"],
        ["al", "el", "ad", "as", "ash", "an", "bin", "ibn"],
        ["said", "says", "according to", "added", "adds"],
        ["Council", "Army", "Front", "Forces", "Force", "Directorate"],
    ],
)
def test_a_first_letter_and_the_rest_match_as_the_whole_alternation(words: list[str]) -> None:
    letters, rest = after_first(words, r"\s+") or ("", "")
    assert letters
    whole = re.compile(f"(?:{words_trie_regex(words)})")
    split = re.compile(f"[{letters}]{rest}")
    for text in odd_texts([*words, "G", "Ge", "Brig.", "according"], 300):
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in whole.finditer(text)]


def test_a_word_opening_with_no_letter_keeps_the_plain_alternation() -> None:
    assert after_first(["'Abu", "Abu"], r"\s+") is None
    assert after_first([], r"\s+") is None


def test_a_rule_never_matches_a_text_without_what_it_needs(texts: list[str]) -> None:
    shapes = name_shapes(load_name_patterns(), load_reporting_verbs())
    assert {"kin", "lower_bodies", "defined", "credited"} <= set(shapes.needs)
    for rule, need in shapes.needs.items():
        pattern = getattr(shapes, rule)
        matched = [text for text in texts if pattern.search(text)]
        assert len(matched) >= 10, rule
        assert all(need.search(text) for text in matched), rule
        assert any(not need.search(text) for text in texts), rule  # it does skip texts


def test_every_rule_scans_a_text_as_its_plain_pattern_does(texts: list[str]) -> None:
    """What the rules read: the rewritten patterns, tried only in texts with what they need,
    a name opening with a particle ("al-Assad") tried only where one does."""
    patterns, verbs = load_name_patterns(), load_reporting_verbs()
    shapes, plain = name_shapes(patterns, verbs), _plain_shapes(patterns, verbs)
    assert shapes.particles
    assert {"subject", "bodies", "defined"} <= set(shapes.capital_first)
    after_particle = 0
    for rule in shapes.__dataclass_fields__:
        pattern = getattr(plain, rule)
        if not isinstance(pattern, re.Pattern):
            continue
        for text in texts:
            expected = found(pattern, text)
            assert [
                (m.span(), *(m.span(g) for g in pattern.groupindex))
                for m in shapes.finditer(rule, text)
            ] == expected, (rule, text)
            after_particle += sum(text[m.start()].islower() for m in pattern.finditer(text))
    assert after_particle >= 10  # names opening with a particle are among the matches
