"""The words behind a VADER score, found exactly as VADER finds them.

VADER (vaderSentiment 3.3) replaces emoji with their descriptions, splits the text
on white space, and strips ASCII punctuation from both ends of each token (a token
that would keep two characters or fewer stays whole: emoticons, "no,"). A token is
scored when its lower-case form is in VADER's lexicon, unless VADER treats it as a
booster ("very") or it is the "kind" of "kind of". Another tokenizer would show
words VADER never scored: “Free, with a curly quotation mark, is not in its lexicon.

This module calls VADER's own classes and tables (``SentiText``, ``BOOSTER_DICT``, the
analyser's ``lexicon`` and ``emojis``) instead of re-implementing them, so it follows
whichever VADER is installed; only the fast scorers depend on one exact version.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from vaderSentiment import vaderSentiment as vader_module


class VaderWord(NamedTuple):
    """A token VADER scored and its valence in VADER's lexicon (before VADER's rules)."""

    word: str
    valence: float


@lru_cache(maxsize=1)
def _analyzer() -> vader_module.SentimentIntensityAnalyzer:
    return vader_module.SentimentIntensityAnalyzer()


def _emoji_described(text: str, emojis: dict[str, str]) -> str:
    """The first step of ``polarity_scores``: each emoji replaced by its description."""
    if emojis.keys().isdisjoint(text):
        return text
    out: list[str] = []
    prev_space = True
    for char in text:
        if char in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[char])
            prev_space = False
        else:
            out.append(char)
            prev_space = char == " "
    return "".join(out)


def vader_tokens(text: str) -> list[str]:
    """The tokens VADER reads in ``text``, in order (its own ``SentiText`` does the split)."""
    described = _emoji_described(text, _analyzer().emojis).strip()
    return list(vader_module.SentiText(described).words_and_emoticons)


def vader_words(text: str) -> list[VaderWord]:
    """Each token of ``text`` that VADER looks up in its lexicon, with the lexicon's valence.

    The valence is the lexicon entry; VADER's rules (negation, boosters, capitals,
    "but") then change how much it counts in the sentence's score.
    """
    lexicon = _analyzer().lexicon
    tokens = vader_tokens(text)
    found = []
    for i, token in enumerate(tokens):
        lower = token.lower()
        if lower in vader_module.BOOSTER_DICT:
            continue
        if lower == "kind" and i + 1 < len(tokens) and tokens[i + 1].lower() == "of":
            continue
        if lower in lexicon:
            found.append(VaderWord(token, float(lexicon[lower])))
    return found


def format_vader_words(words: Iterable[VaderWord]) -> str:
    """``"free +2.3; killed -3.5"``: the words as a chapter's table shows them."""
    return "; ".join(f"{w.word} {w.valence:+.1f}" for w in words)
