"""The words behind a VADER score are the ones VADER itself reads and looks up."""

from __future__ import annotations

from typing import Any

import pytest
from vaderSentiment import vaderSentiment as vader_module

from newsframes.analysers.sentiment.words import (
    VaderWord,
    format_vader_words,
    vader_tokens,
    vader_words,
)
from newsframes.text import split_sentences, tokenize

TRICKY = [
    "The regime’s claims that “terrorists” are behind the attacks are completely untrue.",
    "He was not at all happy :) but kind of relieved, no, very relieved!!",
    "GREAT news 😀 for the defectors… or is it?",
    "No good deed goes unpunished; it's kind of sad.",
    "“Free” Syrian Army — free at last.",
    "",
    "   ",
]


class RecordingAnalyzer(vader_module.SentimentIntensityAnalyzer):
    """VADER, noting the tokens it scores and the ones it looks up in its lexicon."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: list[str] | None = None
        self.looked_up: list[tuple[str, float]] = []

    def sentiment_valence(
        self, valence: float, sentitext: Any, item: str, i: int, sentiments: list[float]
    ) -> list[float]:
        self.tokens = list(sentitext.words_and_emoticons)
        if item.lower() in self.lexicon:
            self.looked_up.append((item, self.lexicon[item.lower()]))
        return list(super().sentiment_valence(valence, sentitext, item, i, sentiments))


def vader_reads(text: str) -> tuple[list[str] | None, list[tuple[str, float]]]:
    """What VADER's own ``polarity_scores`` read in ``text``: tokens, lexicon look-ups."""
    recorder = RecordingAnalyzer()
    recorder.polarity_scores(text)
    return recorder.tokens, recorder.looked_up


def corpus_sentences(texts: dict[str, str]) -> list[str]:
    return [s for aid, text in texts.items() for s in split_sentences(text, aid)["text"]]


def test_tokens_and_words_are_vaders_own(texts: dict[str, str]) -> None:
    checked = 0
    for sentence in [*corpus_sentences(texts), *TRICKY]:
        tokens, looked_up = vader_reads(sentence)
        if tokens is not None:  # VADER scores no token of a text of only boosters
            assert vader_tokens(sentence) == tokens, sentence
        assert [tuple(w) for w in vader_words(sentence)] == looked_up, sentence
        checked += 1
    assert checked > 100  # the whole corpus was read


def test_curly_quotes_keep_a_word_from_vader() -> None:
    sentence = TRICKY[0]
    assert "terrorists" in tokenize(sentence)  # the book's own tokenizer finds the word
    assert "“terrorists”" in vader_tokens(sentence)  # VADER strips ASCII punctuation only
    assert "terrorists" not in [w.word for w in vader_words(sentence)]
    assert vader_words("the terrorists") == [VaderWord("terrorists", -3.1)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("very good", ["good"]),  # "very" is a booster, not a scored word
        ("kind of sad", ["sad"]),  # "kind" before "of" is not kindness
        ("a kind man", ["kind"]),
        ("no, :) fine", ["no,", ":)", "fine"]),  # short tokens keep their punctuation
    ],
)
def test_the_words_vader_skips_or_keeps(text: str, words: list[str]) -> None:
    lexicon = vader_module.SentimentIntensityAnalyzer().lexicon
    expected = [w for w in words if w.lower() in lexicon]
    assert [w.word for w in vader_words(text)] == expected


def test_emoji_are_read_as_their_descriptions() -> None:
    tokens = vader_tokens("good 😀")
    assert tokens[0] == "good" and len(tokens) > 2  # the emoji became words
    assert "😀" not in "".join(tokens)


def test_format_vader_words() -> None:
    assert format_vader_words([VaderWord("free", 2.3), VaderWord("killed", -3.5)]) == (
        "free +2.3; killed -3.5"
    )
    assert format_vader_words([]) == ""
