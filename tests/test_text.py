"""Sentence segmentation and tokenisation without downloaded corpora."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.evaluate.mentions import load_sentence_boundaries
from newsframes.text.segmentation import quote_spans, sentences, split_sentences, tokenize


def split(text: str) -> list[str]:
    return list(split_sentences(text)["text"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations and ranks
        (
            "Lt. Col. Hussein Harmoush defected. He fled.",
            ["Lt. Col. Hussein Harmoush defected.", "He fled."],
        ),
        (
            "The U.S. and U.K. agreed. Mr. Smith said so.",
            ["The U.S. and U.K. agreed.", "Mr. Smith said so."],
        ),
        (
            "He lives at No. 4 Baron Street. It is small.",
            ["He lives at No. 4 Baron Street.", "It is small."],
        ),
        ("Hugh A. Smith wrote it. Then he left.", ["Hugh A. Smith wrote it.", "Then he left."]),
        # a quote that closes after the full stop
        ("He said it was “untrue.” Then he left.", ["He said it was “untrue.”", "Then he left."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        # en dashes and bracketed insertions do not end sentences
        ("Beirut – Defections [FSA] rose. Next.", ["Beirut – Defections [FSA] rose.", "Next."]),
        # an ellipsis inside a word run is not a boundary; one before a capital is
        (
            "any armed action did not come from us…these were clashes. Next.",
            ["any armed action did not come from us…these were clashes.", "Next."],
        ),
        (
            "not to betray the country … We saw no gang.",
            ["not to betray the country …", "We saw no gang."],
        ),
        # decimals, and a missing space after a full stop
        ("It was 3.5 km away. Then it was gone.", ["It was 3.5 km away.", "Then it was gone."]),
        (
            "at least 12 Islamists.The Islamists left.",
            ["at least 12 Islamists.", "The Islamists left."],
        ),
        # a headline without a full stop is its own sentence; a line is a paragraph
        (
            "Soldiers in Syria defect\nSyrian troops defy orders.",
            ["Soldiers in Syria defect", "Syrian troops defy orders."],
        ),
        # lower case after a full stop does not start a sentence
        ("He paid $2,000 each. and more.", ["He paid $2,000 each. and more."]),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  First one.  Second one!\n\nThird?"
    frame = split_sentences(text, "a")
    for row in frame.itertuples():
        assert text[row.start : row.end] == row.text
    assert list(frame["para_id"]) == [0, 0, 1]
    assert list(frame["article_id"]) == ["a", "a", "a"]


def test_golden_sentence_boundaries(corpus: pd.DataFrame) -> None:
    """All 133 boundaries of the five articles, checked by reading every sentence once."""
    golden = load_sentence_boundaries()
    got = sentences(corpus)
    got["opening"] = got["text"].str.slice(0, 40)
    got["closing"] = got["text"].str.slice(-25)
    columns = ["article_id", "sent_id", "start", "end", "opening", "closing"]
    pd.testing.assert_frame_equal(got[columns].reset_index(drop=True), golden[columns])


def test_sentence_counts_per_article(corpus: pd.DataFrame) -> None:
    counts = sentences(corpus).groupby("article_id").size().to_dict()
    assert counts == {
        "asharq-2011-airforce-defections": 26,
        "fan-2016-aleppo-evacuation": 13,
        "globalpost-2011-jisr-al-shughour": 18,
        "guardian-2017-is-defectors": 52,
        "itv-2014-khateeb": 24,
    }


def test_tokenize_keeps_names_contractions_and_numbers() -> None:
    assert tokenize("Al-Assad’s men weren’t paid $2,000 (3.5%).") == [
        "Al-Assad’s",
        "men",
        "weren’t",
        "paid",
        "2,000",
        "3.5",
    ]


def test_quote_spans_pair_marks_in_order_and_run_to_paragraph_end() -> None:
    text = "He said “yes” and claimed that” no.” Then\n“Open quote runs on\nNot quoted."
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["“yes”", "” no.”", "“Open quote runs on"]


def test_no_textblob_corpora_needed() -> None:
    """The package must never reach for NLTK data: importing and splitting works without it."""
    import nltk

    text = "Lt. Col. Harmoush defected. He fled."
    assert split(text) == ["Lt. Col. Harmoush defected.", "He fled."]
    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt")
