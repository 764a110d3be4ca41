"""The TextBlob and VADER scorers: the fast path equals the libraries, and other library
versions fall back to the libraries with one warning."""

from __future__ import annotations

import random
import re
import tomllib
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes.analysers import sentiment as se
from newsframes.analysers.sentiment import library_internals
from newsframes.analysers.sentiment import scorers as sc
from newsframes.analysers.sentiment.fast_path import FastScorers
from newsframes.analysers.sentiment.fast_textblob import FastTextBlob
from newsframes.analysers.sentiment.library_path import LibraryScorers

ROOT = Path(__file__).resolve().parents[1]
OTHER_TEXTBLOB = {"textblob": "0.19.0", "vaderSentiment": "3.3.2"}
TRICKY = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "It was not so bad but never so good :)",
    "no good or bad (!) ... 💘",
    "He did n't like the very bad terribly awful U.S. plan!",
    "Great :) really ( ! ) good 8) o . O XD :'( >.>",
    "“Free” Syrian Army's 'rebels' weren't happy?? Never!",
]


def tricky_strings() -> list[str]:
    """The hand-made strings above and 500 random sequences of their words (seeded)."""
    words = [*" ".join(TRICKY).split(), "not", "but", "least", "very", "no", "really"]
    rng = random.Random(7)
    randoms = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) for _ in range(500)]
    return [*TRICKY, *randoms]


@pytest.fixture
def library_versions_differ(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The installed textblob reads as another version; the scorers are chosen afresh."""
    monkeypatch.setattr(sc, "installed_versions", lambda: dict(OTHER_TEXTBLOB))
    sc.scorers.cache_clear()
    yield
    sc.scorers.cache_clear()


def requirement_pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        match = re.match(r"^\s*\"?([A-Za-z0-9_.\-]+)==([^\s\",#]+)", line.split("#", 1)[0])
        if match:
            pins[match.group(1)] = match.group(2)
    return pins


def test_expected_versions_are_the_pins_of_requirements_and_pyproject() -> None:
    req = requirement_pins((ROOT / "requirements.txt").read_text().splitlines())
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    project = requirement_pins(deps)
    for name, wanted in sc.EXPECTED_VERSIONS.items():
        assert req[name] == wanted, f"requirements.txt pins {name}=={req[name]}"
        assert project.get(name) == wanted, f"pyproject.toml must pin {name}=={wanted} exactly"


def test_the_pinned_versions_choose_the_fast_path() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert isinstance(sc.make_scorers(dict(sc.EXPECTED_VERSIONS)), FastScorers)
    assert sc.installed_versions() == sc.EXPECTED_VERSIONS
    assert isinstance(sc.scorers(), FastScorers)


def test_other_versions_use_the_libraries_after_one_warning(library_versions_differ: None) -> None:
    with pytest.warns(sc.ScorerVersionWarning) as record:
        first = sc.scorers()
        assert sc.scorers() is first
        sc.textblob_scores(["A good plan."])
        sc.vader_compound("A good plan.")
        se.score_sentences("The Free Syrian Army is good. It won.")
    assert isinstance(first, LibraryScorers)
    assert len(record) == 1
    message = str(record[0].message)
    assert "textblob 0.19.0" in message and "textblob 0.20.1" in message
    assert "libraries themselves" in message and "slower" in message
    assert "vaderSentiment" not in message  # only the version that differs is named


def test_an_unknown_version_is_named_as_such() -> None:
    with pytest.warns(sc.ScorerVersionWarning, match=r"vaderSentiment \(version unknown\)"):
        chosen = sc.make_scorers({"textblob": "0.20.1", "vaderSentiment": None})
    assert isinstance(chosen, LibraryScorers)


def test_fallback_gives_the_fast_scores_on_the_book(
    texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every column, masked scores and drivers included: the libraries re-score
    # every masked sentence, so this also checks the masking shortcut on the book.
    sc.scorers.cache_clear()
    fast = {aid: se.score_sentences(text) for aid, text in texts.items()}
    fast_segments = {aid: se.score_segments(text, scored=fast[aid]) for aid, text in texts.items()}
    assert isinstance(sc.scorers(), FastScorers)
    monkeypatch.setattr(sc, "installed_versions", lambda: dict(OTHER_TEXTBLOB))
    sc.scorers.cache_clear()
    try:
        with pytest.warns(sc.ScorerVersionWarning):
            assert isinstance(sc.scorers(), LibraryScorers)
        for aid, text in texts.items():
            library = se.score_sentences(text)
            pd.testing.assert_frame_equal(library, fast[aid], check_exact=True)
            segments = se.score_segments(text, scored=library)
            pd.testing.assert_frame_equal(segments, fast_segments[aid], check_exact=True)
    finally:
        sc.scorers.cache_clear()
    assert sum(int((t.polarity != t.polarity_masked).sum()) for t in fast.values()) > 0


def test_fast_and_library_scorers_agree_on_tricky_strings() -> None:
    fast, library = FastScorers(), LibraryScorers()
    strings = tricky_strings()
    assert fast.textblob(strings) == library.textblob(strings)
    for s in strings:
        assert fast.vader_compound(s) == library.vader_compound(s), s
        assert fast.vader_scorer(s)(s) == library.vader_compound(s), s


def test_fast_scorers_equal_the_libraries_called_directly() -> None:
    pa, va = PatternAnalyzer(), SentimentIntensityAnalyzer()
    strings = tricky_strings()
    for s, (pol, subj, assessments) in zip(strings, sc.textblob_scores(strings), strict=True):
        assert (pol, subj, assessments) == tuple(pa.analyze(s, keep_assessments=True)), s
        assert sc.vader_compound(s) == va.polarity_scores(s)["compound"], s


def test_tokens_equal_textblob_tokenizer() -> None:
    # The per-token cut of find_tokens, its quote and contraction spacing, the
    # dropped end-of-sentence marker, and the fallback when emoticons or "(!)" occur.
    strings = [
        'He said: "We don\'t know." U.S. officials (and Mr. Smith) agreed...',
        "It's 3.5 km; the 'rebels' left!? e.g. etc. A. B. de Smedt",
        "first para\n\nsecond END-OF-SENTENCE para ‘quoted’ “double”",
        "Great :) really ( ! ) good 8) o . O XD :'( >.>",
        "",
        "   ",
    ]
    tokens = FastTextBlob().tokens
    find_tokens = library_internals.textblob_lexicon().tokenizer  # textblob._text.find_tokens
    for s in strings:
        assert tokens(s).split() == " ".join(find_tokens(s)).split(), s


def test_vader_lexicon_is_vaders() -> None:
    lexicon = se.vader_lexicon()
    assert lexicon == SentimentIntensityAnalyzer().lexicon
    assert lexicon["free"] > 0 and lexicon["killed"] < 0
