"""Every private name of TextBlob and VADER that the fast scorers use, in one place.

Why: speed. The fast path (``fast_textblob``, ``fast_vader``) re-implements the
two libraries' scoring so that a whole article is tokenised once and work that
cannot change a score is skipped. Measured on 300 articles resampled from the
book's sentences (``bench/bench_pipeline.py``'s corpus), sentence scores, plain
and with actor names masked, came at about 460,000 words/s on the fast path and
51,000 words/s through the libraries' public calls (``PatternAnalyzer.analyze``
with assessments, ``polarity_scores``): about 9 times faster, with the same
numbers (``tests/test_scorers.py`` checks that).

For which versions: textblob 0.20.1 and vaderSentiment 3.3.2 only (the pins in
``requirements.txt`` and ``pyproject.toml``). The names below are not part of
either library's public API and their rules may change in any release, so
``scorers.scorers()`` imports this module only when exactly these versions are
installed; with any other version it calls the libraries themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textblob._text import (
    ABBREVIATIONS,
    EMOTICONS,
    EOS,
    IRONY,
    MOOD,
    PUNCTUATION,
    RE_ABBR1,
    RE_ABBR2,
    RE_ABBR3,
    RE_EMOTICONS,
    RE_SARCASM,
    replacements,
)
from textblob.en import sentiment as _pattern_sentiment
from vaderSentiment import vaderSentiment as _vader_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

__all__ = [
    "ABBREVIATIONS",
    "BOOSTER_DICT",
    "C_INCR",
    "EMOTICONS",
    "EOS",
    "IRONY",
    "MOOD",
    "NEGATE",
    "N_SCALAR",
    "PUNCTUATION",
    "RE_ABBR1",
    "RE_ABBR2",
    "RE_ABBR3",
    "RE_EMOTICONS",
    "RE_SARCASM",
    "SENTIMENT_LADEN_IDIOMS",
    "SPECIAL_CASES",
    "TextBlobLexicon",
    "normalize",
    "replacements",
    "scalar_inc_dec",
    "textblob_lexicon",
    "vader_but_check",
    "vader_emoji_descriptions",
    "vader_punctuation_emphasis",
]

# VADER's module-level rule tables and helpers (vaderSentiment/vaderSentiment.py).
NEGATE: list[str] = _vader_module.NEGATE
BOOSTER_DICT: dict[str, float] = _vader_module.BOOSTER_DICT
SPECIAL_CASES: dict[str, float] = _vader_module.SPECIAL_CASES
SENTIMENT_LADEN_IDIOMS: dict[str, float] = _vader_module.SENTIMENT_LADEN_IDIOMS
N_SCALAR: float = _vader_module.N_SCALAR
C_INCR: float = _vader_module.C_INCR
scalar_inc_dec: Callable[[str, float, bool], float] = _vader_module.scalar_inc_dec
normalize: Callable[[float], float] = _vader_module.normalize


def vader_but_check(words: list[str], sentiments: list[float]) -> list[float]:
    """VADER's private ``_but_check``: valences before "but" halved, after it raised by half."""
    result: list[float] = SentimentIntensityAnalyzer._but_check(words, sentiments)
    return result


def vader_emoji_descriptions(analyzer: SentimentIntensityAnalyzer) -> dict[str, str]:
    """VADER's ``emojis`` table for single characters: each emoji and the words that replace it."""
    return {k: v for k, v in analyzer.emojis.items() if len(k) == 1}


def vader_punctuation_emphasis(analyzer: SentimentIntensityAnalyzer, text: str) -> float:
    """VADER's private ``_punctuation_emphasis``: the boost from "!" and "?" in ``text``."""
    return float(analyzer._punctuation_emphasis(text))


class TextBlobLexicon:
    """TextBlob's pattern lexicon and the rule settings of its ``Sentiment`` object.

    ``textblob.en.sentiment`` is a lazily loaded dict subclass; reading it as a
    plain dict, its ``labeler``, ``modifier``, ``negations``, ``modifiers`` and
    ``tokenizer`` are internals of textblob 0.20.1.
    """

    def __init__(self) -> None:
        sentiment = _pattern_sentiment
        "good" in sentiment  # noqa: B015  (forces the lazy lexicon to load)
        self.entries: dict[str, dict[str | None, list[float]]] = dict(dict.items(sentiment))
        self.labeler: dict[str, str] = sentiment.labeler
        self.modifier: Callable[[str], bool] = sentiment.modifier
        self.negations: tuple[str, ...] = tuple(sentiment.negations)
        self.modifier_tags: tuple[str, ...] = tuple(sentiment.modifiers)
        self.tokenizer: Callable[[str], list[str]] = sentiment.tokenizer
        self.emoticons: dict[Any, set[str]] = EMOTICONS


def textblob_lexicon() -> TextBlobLexicon:
    """TextBlob's lexicon and rule settings, loaded."""
    return TextBlobLexicon()
