"""TextBlob and VADER scores: the fast exact path when the pinned versions are installed.

The fast path (``fast_path``) reproduces ``PatternAnalyzer().analyze`` and VADER's
``polarity_scores`` exactly, but only for textblob and vaderSentiment at the
versions in ``EXPECTED_VERSIONS`` (pinned in ``pyproject.toml`` and
``requirements.txt``). With any other installed version the libraries are called
themselves (``library_path``): the same scores as those libraries give, slower,
announced by one :class:`ScorerVersionWarning` per process.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Protocol

# The distributions the fast path reproduces, at these versions only.
EXPECTED_VERSIONS: dict[str, str] = {"textblob": "0.20.1", "vaderSentiment": "3.3.2"}

# One TextBlob assessment: the words, their polarity, subjectivity and label.
Assessment = tuple[list[str], float, float, str | None]
# TextBlob's (polarity, subjectivity, assessments) of one string.
TextBlobScore = tuple[float, float, list[Assessment]]


class ScorerVersionWarning(UserWarning):
    """TextBlob or VADER is not at the pinned version: scores come from the (slower) libraries."""


class Scorers(Protocol):
    """What sentence scoring needs from a TextBlob and VADER scorer."""

    vader_lexicon: dict[str, float]

    def textblob(self, strings: Sequence[str]) -> list[TextBlobScore]:
        """(polarity, subjectivity, assessments) per string."""
        ...

    def vader_compound(self, text: str) -> float:
        """VADER's compound score of ``text``."""
        ...

    def vader_scorer(self, text: str) -> Callable[[str], float]:
        """A VADER scorer for pieces of ``text``."""
        ...

    def mask_effect(self, original: str, masked: str) -> tuple[bool, bool]:
        """Whether replacing whole whitespace tokens ``original`` by ``masked`` can change
        the (TextBlob, VADER) score of a sentence that holds them."""
        ...


def installed_versions() -> dict[str, str | None]:
    """The installed version of each distribution in ``EXPECTED_VERSIONS`` (None: unknown)."""
    found: dict[str, str | None] = {}
    for name in EXPECTED_VERSIONS:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def make_scorers(installed: Mapping[str, str | None]) -> Scorers:
    """The fast scorers if ``installed`` are the expected versions, else the libraries (warned)."""
    differ = {
        name: installed.get(name)
        for name, wanted in EXPECTED_VERSIONS.items()
        if installed.get(name) != wanted
    }
    if not differ:
        from newsframes.analysers.sentiment.fast_path import FastScorers

        return FastScorers()
    found = ", ".join(f"{name} {got or '(version unknown)'}" for name, got in differ.items())
    expected = ", ".join(f"{name} {EXPECTED_VERSIONS[name]}" for name in differ)
    pins = " ".join(f"{name}=={EXPECTED_VERSIONS[name]}" for name in differ)
    warnings.warn(
        f"Installed {found}; newsframes' fast sentiment scorers reproduce {expected} only. "
        "Sentence scores are computed by the TextBlob and VADER libraries themselves "
        f"(the same scores those versions give, several times slower). "
        f"For the fast path: pip install {pins}",
        ScorerVersionWarning,
        stacklevel=3,
    )
    from newsframes.analysers.sentiment.library_path import LibraryScorers

    return LibraryScorers()


@lru_cache(maxsize=1)
def scorers() -> Scorers:
    """The shared TextBlob and VADER scorers, chosen and built once per process."""
    return make_scorers(installed_versions())


def textblob_scores(strings: Sequence[str]) -> list[TextBlobScore]:
    """TextBlob ``(polarity, subjectivity, assessments)`` for each string."""
    return scorers().textblob(list(strings))


def vader_compound(string: str) -> float:
    """VADER compound score of one string (the value of ``polarity_scores``)."""
    return scorers().vader_compound(string)


def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon: lower-case word -> valence (read it, do not change it)."""
    return scorers().vader_lexicon
