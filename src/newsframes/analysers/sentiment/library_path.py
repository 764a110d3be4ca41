"""TextBlob and VADER scores from the libraries themselves: the path for unpinned versions.

Slower than the fast path, but right for any installed version: each sentence is
scored by ``PatternAnalyzer`` and ``SentimentIntensityAnalyzer``, and masking is
always re-scored (whether a masked name could change a score depends on the
rules of the version, which only the pinned ones are known to follow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

if TYPE_CHECKING:
    from newsframes.analysers.sentiment.scorers import TextBlobScore


class LibraryScorers:
    """TextBlob and VADER scores computed by calling the libraries, one string at a time."""

    def __init__(self) -> None:
        self._pattern = PatternAnalyzer()
        self._vader = SentimentIntensityAnalyzer()
        self.vader_lexicon: dict[str, float] = self._vader.lexicon

    def textblob(self, strings: Sequence[str]) -> list[TextBlobScore]:
        """(polarity, subjectivity, assessments) per string, from ``PatternAnalyzer.analyze``."""
        out: list[TextBlobScore] = []
        for s in strings:
            polarity, subjectivity, assessments = self._pattern.analyze(s, keep_assessments=True)
            out.append((polarity, subjectivity, assessments))
        return out

    def vader_compound(self, text: str) -> float:
        """VADER's compound score of ``text``, from ``polarity_scores``."""
        return float(self._vader.polarity_scores(text)["compound"])

    def vader_scorer(self, text: str) -> Callable[[str], float]:
        """A VADER scorer for pieces of ``text``."""
        return self.vader_compound

    def mask_effect(self, original: str, masked: str) -> tuple[bool, bool]:
        """Always (True, True): every masked sentence is re-scored by the libraries."""
        return True, True
