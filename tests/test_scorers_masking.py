"""The masking shortcut: when it says masking cannot change a score, re-scoring the masked
sentence with the libraries gives the same score.

The shortcut (``masking.mask_changes``, asking the scorers' ``mask_effect``) only
saves work; these tests hold it to full re-scoring by TextBlob's PatternAnalyzer and
VADER's polarity_scores, on every actor mention of the five articles and on strings
made to break it.
"""

from __future__ import annotations

import random

import pytest
from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes.analysers.actors import find_mentions
from newsframes.analysers.sentiment.fast_path import FastScorers
from newsframes.analysers.sentiment.masking import PLACEHOLDER, mask_changes, mask_regions, masked
from newsframes.corpus import load_corpus
from newsframes.text.segmentation import split_sentences

PATTERN = PatternAnalyzer()
VADER = SentimentIntensityAnalyzer()
Span = tuple[int, int]


def library_changes(sentence: str, spans: list[Span]) -> tuple[bool, bool]:
    """Whether masking ``spans`` changes the (TextBlob, VADER) score, re-scored in full."""
    hidden = masked(sentence, 0, len(sentence), spans)
    textblob = tuple(PATTERN.analyze(hidden)) != tuple(PATTERN.analyze(sentence))
    vader = VADER.polarity_scores(hidden)["compound"] != VADER.polarity_scores(sentence)["compound"]
    return textblob, vader


def disagreements(cases: list[tuple[str, list[Span]]]) -> tuple[list[str], dict[str, int]]:
    """Cases where the shortcut says "cannot change" and re-scoring changes; and counts."""
    scorers = FastScorers()
    wrong = []
    counts = {"cases": 0, "textblob kept": 0, "vader kept": 0, "changed": 0}
    for sentence, spans in cases:
        claimed = mask_changes(scorers, sentence, 0, len(sentence), spans)
        actual = library_changes(sentence, spans)
        counts["cases"] += 1
        counts["textblob kept"] += not claimed[0]
        counts["vader kept"] += not claimed[1]
        counts["changed"] += any(actual)
        for name, said, did in zip(("TextBlob", "VADER"), claimed, actual, strict=True):
            if did and not said:
                wrong.append(f"{name}: {sentence!r} masking {[sentence[a:b] for a, b in spans]}")
    return wrong, counts


def book_cases() -> list[tuple[str, list[Span]]]:
    """Each mention of the five articles alone in its sentence, and all of a sentence's mentions."""
    cases = []
    for text in load_corpus()["text"]:
        mentions = find_mentions(text)
        spans = sorted(zip(mentions["start"].tolist(), mentions["end"].tolist(), strict=True))
        sentences = split_sentences(text)
        for start, end in zip(sentences["start"], sentences["end"], strict=True):
            inside = [(a - start, b - start) for a, b in spans if a >= start and b <= end]
            sentence = text[start:end]
            cases += [(sentence, [span]) for span in inside]
            if len(inside) > 1:
                cases.append((sentence, inside))
    return cases


def test_shortcut_agrees_with_rescoring_on_every_mention_of_the_book() -> None:
    cases = book_cases()
    wrong, counts = disagreements(cases)
    assert wrong == []
    # The test has something to check in both directions: names whose masking the
    # shortcut skips, and names ("Free" Syrian Army) whose masking changes scores.
    assert counts["cases"] >= 150
    assert counts["textblob kept"] > 100 and counts["vader kept"] > 50
    assert counts["changed"] > 0


# Sentence, then the words masked. Masking each changes a score, through the words or
# marks around or inside the name rather than a lexicon word in it. The first seven
# escaped an earlier shortcut that looked at the name alone.
CHANGES_THOUGH_NOT_A_LEXICON_WORD = [
    ("Islamic State-supported militias", "Islamic State"),  # "state-supported" is a TextBlob word
    ("It was a cast-Iron will", "Iron"),  # "cast-iron" too
    ("the Don't good", "Don"),  # VADER's "don't" negates "good"
    ("Yahoo! is good", "Yahoo!"),  # VADER's emphasis counts "!"
    ("not A’B good", "A’B"),  # TextBlob keeps a negation across one-letter tokens
    ("is it good?? Who? asked", "Who?"),  # VADER counts "?"
    ("rebels :(FSA) won", "(FSA)"),  # masking the bracket removes the emoticon ":("
    ("Brigade 8 ) is here", "Brigade 8"),  # "8 )" is joined into the emoticon "8)"
    ("the 💘 Brigade", "💘 Brigade"),  # VADER reads the emoji's description
    ("GOOD ANTI-FSA MEN", "FSA"),  # all in capitals but one: VADER boosts "GOOD"
]
# Masking these cannot change a score, and the shortcut says so.
NEVER_CHANGES = [
    ("Ahrar al-Sham fighters were killed in a terrible attack.", "Ahrar al-Sham"),
    ("Syria’s Republican Guard was very good.", "Syria’s Republican Guard"),
    ("It was not Abu Saad who was good.", "Abu Saad"),
    ("(Hezbollah) fighters said it was bad", "Hezbollah"),
    ("pro-Assad troops were not good", "Assad"),
]


def spans_of(sentence: str, words: str) -> list[Span]:
    start = sentence.index(words)
    return [(start, start + len(words))]


def test_shortcut_sees_masking_that_changes_a_score_through_the_words_around_a_name() -> None:
    scorers = FastScorers()
    for sentence, words in CHANGES_THOUGH_NOT_A_LEXICON_WORD:
        actual = library_changes(sentence, spans_of(sentence, words))
        assert any(actual), f"{sentence!r}: pick a case where masking changes a score"
        claimed = mask_changes(scorers, sentence, 0, len(sentence), spans_of(sentence, words))
        assert claimed[0] >= actual[0] and claimed[1] >= actual[1], (sentence, claimed, actual)


def test_shortcut_skips_names_that_cannot_change_a_score() -> None:
    scorers = FastScorers()
    for sentence, words in NEVER_CHANGES:
        spans = spans_of(sentence, words)
        assert library_changes(sentence, spans) == (False, False), sentence
        assert mask_changes(scorers, sentence, 0, len(sentence), spans) == (False, False), sentence


# Pieces of names and of the text around them, chosen to meet every rule of both
# libraries: lexicon words, negations, boosters, idioms, "but", "least", capitals,
# "!" and "?", emoticons and their fragments, emoji, quotes, contractions,
# abbreviations, hyphenated lexicon words.
_NAMES = (
    "Free Syrian Army FSA IS U.S. Mr. al-Assad Assad's France’s DGSE Yahoo! Who? Don't "
    "Isn't A’B 8 X o State Kind Of No Not Never So This Very Least At But Without Doubt "
    "Good Bad (FSA) [FSA] “Free Army” 'Qaida Qa'ida 💘 ♥ :) XD x-D 8-) - Abu al-Baghdadi "
    "ISIS 123 Brigade Really Self-Acting Iron Cast Mario D O Kiss Death Stop Right Just "
    "Enough Foo> Bar: N’T ain't END-OF-SENTENCE ... e.g. Dr. Gen."
)
_CONTEXT = (
    "not no very really good bad never so this but least at kind of ! ? (!) :) ) ( -D D "
    "8 's n't 't ’s -supported -free -iron the is a without doubt \" ' ... . GREAT VERY "
    "NOT killed happy terrible - : ; 💘 or nor stop death right enough D:"
)
NAME_PIECES, CONTEXT_PIECES = _NAMES.split(), _CONTEXT.split()


def random_cases(n: int, seed: int) -> list[tuple[str, list[Span]]]:
    """Sentences of random context with one to three random names, some glued to the context."""
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        parts: list[str] = []
        spans: list[Span] = []
        for _name in range(rng.randint(1, 3)):
            context = " ".join(rng.choices(CONTEXT_PIECES, k=rng.randint(0, 3)))
            glue = rng.choice([" ", " ", "", "-", "/", "'", "’"]) if context else ""
            parts.append(context + glue)
            name = " ".join(rng.choices(NAME_PIECES, k=rng.randint(1, 3)))
            offset = len("".join(parts))
            spans.append((offset, offset + len(name)))
            parts += [name, rng.choice([" ", "", "/", "-"])]
        parts.append(" ".join(rng.choices(CONTEXT_PIECES, k=rng.randint(0, 4))))
        cases.append(("".join(parts), spans))
    return cases


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shortcut_agrees_with_rescoring_on_random_tricky_strings(seed: int) -> None:
    wrong, counts = disagreements(random_cases(1500, seed))
    assert wrong == []
    assert counts["textblob kept"] > 100 and counts["vader kept"] > 100
    assert counts["changed"] > 300


def test_regions_are_whole_tokens_and_mentions_in_one_token_share_one() -> None:
    text = "They met (FSA/SAA) and pro-Assad men."
    fsa, saa, assad = (text.index(w) for w in ("FSA", "SAA", "Assad"))
    spans = [(fsa, fsa + 3), (saa, saa + 3), (assad, assad + 5)]
    assert mask_regions(text, 0, len(text), spans) == [
        ("(FSA/SAA)", f"({PLACEHOLDER}/{PLACEHOLDER})"),
        ("pro-Assad", f"pro-{PLACEHOLDER}"),
    ]
