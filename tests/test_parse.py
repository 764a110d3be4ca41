"""One parse per article feeds every analyser; the public functions and the pipeline agree."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from newsframes.analysers import actors, framing, labels, sentiment, sourcing
from newsframes.analysers.parse import (
    Mention,
    Sentence,
    append_columns,
    columns_of,
    from_frames,
    mention_columns,
    parse,
    sentence_columns,
)
from newsframes.pipeline import analyze
from newsframes.text.segmentation import SENTENCE_COLUMNS, quote_spans, split_sentences

SMALL = {
    "no-sentence-end": "Rebels",
    "no-actor": "It rained all day. “Yes,” he said.",
    "names-only": "The Free Syrian Army and the regime clashed near Idlib, activists said.",
}


def test_parse_matches_the_public_readers(texts: dict[str, str]) -> None:
    for text in texts.values():
        article = parse(text)
        sents = split_sentences(text)
        assert article.sentences == list(
            sents[["sent_id", "para_id", "start", "end"]].itertuples(index=False, name=None)
        )
        mentions = _missing_as_none(actors.find_mentions(text))
        assert article.mentions == list(mentions.itertuples(index=False, name=None))
        assert article.quotes == quote_spans(text)


def test_from_frames_rebuilds_the_same_parse(texts: dict[str, str]) -> None:
    text = texts["itv-2014-khateeb"]
    given = from_frames(text, split_sentences(text), actors.find_mentions(text))
    assert given == parse(text)


def test_from_frames_uses_a_filtered_table_as_given() -> None:
    text = "The Free Syrian Army said the regime attacked. Rebels agreed."
    mentions = actors.find_mentions(text)
    kept = mentions[mentions["actor_id"] != "free_syrian_army"]
    article = from_frames(text, mentions=kept)
    assert [m.actor_id for m in article.mentions] == kept["actor_id"].tolist()
    assert "free_syrian_army" in set(mentions["actor_id"])


def test_from_frames_reads_missing_type_and_side_as_none() -> None:
    text = "The Free Syrian Army said no."
    bare = actors.find_mentions(text)[["start", "end", "surface", "actor_id"]]
    assert from_frames(text, mentions=bare).mentions == [
        (4, 20, "Free Syrian Army", "free_syrian_army", None, None)
    ]
    blank = actors.find_mentions(text).assign(side=math.nan)
    assert from_frames(text, mentions=blank).mentions[0].side is None


def test_records_are_named_and_shared_with_actors(texts: dict[str, str]) -> None:
    assert actors.Mention is Mention
    assert list(Mention._fields) == actors.MENTION_COLUMNS
    assert list(Sentence._fields) == SENTENCE_COLUMNS[1:5]
    text = texts["itv-2014-khateeb"]
    for article in (
        parse(text),
        from_frames(text, split_sentences(text), actors.find_mentions(text)),
    ):
        assert all(isinstance(m, Mention) for m in article.mentions)
        assert all(isinstance(s, Sentence) for s in article.sentences)
        first = article.mentions[0]
        assert text[first.start : first.end] == first.surface
        assert first.actor_type is not None and first.side == first[5]


def test_sentence_and_mention_columns_equal_the_public_tables(texts: dict[str, str]) -> None:
    for aid, text in texts.items():
        article = parse(text)
        sents = split_sentences(text)
        assert sentence_columns(article) == {c: sents[c].tolist() for c in SENTENCE_COLUMNS[1:]}
        corpus = pd.DataFrame({"id": [aid], "text": [text]})
        mentions = _missing_as_none(actors.corpus_mentions(corpus))
        want = {c: mentions[c].tolist() for c in [*actors.MENTION_COLUMNS, "sent_id"]}
        assert mention_columns(article) == want, aid
    empty = parse("It rained.")
    assert mention_columns(empty) == {c: [] for c in [*actors.MENTION_COLUMNS, "sent_id"]}


def test_columns_helpers() -> None:
    assert columns_of(["a", "b"], []) == {}
    into = columns_of(["a", "b"], [(1, "x")])
    assert append_columns(into, {"a": [2, 3], "b": ["y", "z"]}) == 2
    assert into == {"a": [1, 2, 3], "b": ["x", "y", "z"]}
    assert append_columns(into, {}) == 0


def _missing_as_none(table: pd.DataFrame) -> pd.DataFrame:
    """Missing values as None whatever the dtype (NaN in str columns, None in object ones)."""
    return table.astype(object).where(table.notna(), None)


@pytest.fixture(scope="module")
def mixed_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    small = pd.DataFrame({"id": list(SMALL), "text": list(SMALL.values())})
    return pd.concat([corpus[["id", "text"]], small], ignore_index=True)


PUBLIC = {
    "labels": lambda text: labels.find_labels(text),
    "quotes": lambda text: sourcing.find_quotes(text),
    "frames": lambda text: framing.frame_hits(text),
    "sentiment": lambda text: sentiment.score_sentences(text),
    "mentions": lambda text: actors.find_mentions(text),
}


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_pipeline_tables_equal_the_public_analysers(mixed_corpus: pd.DataFrame, name: str) -> None:
    table = getattr(analyze(mixed_corpus, chunk_size=3), name)
    for aid, text in zip(mixed_corpus["id"], mixed_corpus["text"], strict=True):
        expected = PUBLIC[name](text)
        got = table[table["article_id"] == aid][list(expected.columns)].reset_index(drop=True)
        if expected.empty:
            assert got.empty, f"{name} of {aid}"
            continue
        pd.testing.assert_frame_equal(
            _missing_as_none(got), _missing_as_none(expected), obj=f"{name} of {aid}"
        )


def test_a_table_without_the_needed_columns_is_a_clear_error() -> None:
    text = "The Free Syrian Army said no."
    with pytest.raises(
        ValueError, match=r"mentions table has no column\(s\) \['surface'\].*find_mentions"
    ):
        labels.find_labels(text, mentions=actors.find_mentions(text).drop(columns="surface"))
    with pytest.raises(ValueError, match=r"sentences table has no column\(s\) \['para_id'\]"):
        sentiment.score_sentences(text, sentences=split_sentences(text).drop(columns="para_id"))


def test_a_chunk_without_mentions_keeps_every_column() -> None:
    result = analyze(pd.DataFrame({"id": ["calm"], "text": ["It rained all day."]}))
    assert list(result.mentions.columns) == ["article_id", *actors.MENTION_COLUMNS, "sent_id"]
    assert result.mentions.empty
    assert len(result.sentences) == 1
