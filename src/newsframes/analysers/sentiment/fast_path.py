"""The fast scorers: TextBlob's and VADER's exact scores with less work, and the masking test.

Used by ``scorers.scorers()`` only when the pinned textblob and vaderSentiment
versions are installed (the versions ``library_internals`` was written for).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsframes.analysers.sentiment.fast_textblob import FastTextBlob
from newsframes.analysers.sentiment.fast_vader import FastVader
from newsframes.analysers.sentiment.memo import MEMO_SIZE

if TYPE_CHECKING:
    from newsframes.analysers.sentiment.scorers import TextBlobScore


class FastScorers:
    """TextBlob and VADER scores equal to the libraries', computed by the fast path."""

    def __init__(self) -> None:
        self._textblob = FastTextBlob()
        self._vader = FastVader()
        self.vader_lexicon: dict[str, float] = self._vader.lexicon
        self._mask_cache: dict[tuple[str, str], tuple[bool, bool]] = {}

    def textblob(self, strings: Sequence[str]) -> list[TextBlobScore]:
        """(polarity, subjectivity, assessments) per string, as ``PatternAnalyzer`` gives."""
        return self._textblob.scores(strings)

    def vader_compound(self, text: str) -> float:
        """VADER's compound score of ``text``, as ``polarity_scores`` gives."""
        return self._vader.compound(text)

    def vader_scorer(self, text: str) -> Callable[[str], float]:
        """A VADER scorer for pieces of ``text`` (skips the emoji pass when ``text`` has none)."""
        if self._vader.emoji_chars.isdisjoint(text):
            return self._vader.compound_no_emoji
        return self._vader.compound

    def mask_effect(self, original: str, masked: str) -> tuple[bool, bool]:
        """Whether replacing whole whitespace tokens ``original`` by ``masked`` can change
        the (TextBlob, VADER) score of a sentence that holds them (False: it cannot)."""
        key = (original, masked)
        cached = self._mask_cache.get(key)
        if cached is None:
            if len(self._mask_cache) >= MEMO_SIZE:
                self._mask_cache.clear()
            cached = self._mask_cache[key] = (
                self._textblob.masking_changes(original, masked),
                self._vader.masking_changes(original, masked),
            )
        return cached
