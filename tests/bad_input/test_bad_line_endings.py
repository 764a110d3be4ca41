"""Texts with Windows (``\\r\\n``) or old Mac (``\\r``) line endings, or both mixed with
``\\n``, read as their ``\\n`` twins.

Every book article is converted and run through cleaning and every analyser: the
same boilerplate is removed, the same tables come out, and every offset, mapped
back to the ``\\n`` version, points at the same characters. The raw text is never
normalised: it is rebuilt byte for byte from the clean text and the removed spans.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from newsframes.analysers.actors import find_mentions
from newsframes.corpus.articles import load_corpus
from newsframes.corpus.cleaning import clean_text, restore
from newsframes.paths import articles_dir
from newsframes.pipeline import Analysis, analyze
from newsframes.text.segmentation import as_lf, paragraph_spans, quote_spans, split_sentences

# CRLF, CR, or the three kinds of line break in turn (blank lines included).
LINE_ENDINGS = ("crlf", "cr", "mixed")
# Every column of every table that holds an offset into the clean text.
OFFSET_COLUMNS = ("start", "end", "speaker_start", "speaker_end", "verb_start", "verb_end")


def converted(text: str, endings: str) -> str:
    """``text`` (with ``\\n`` line breaks only) with its line breaks written as ``endings``."""
    assert "\r" not in text
    if endings != "mixed":
        return text.replace("\n", {"crlf": "\r\n", "cr": "\r"}[endings])
    lines = text.split("\n")
    breaks = ("\r\n", "\n", "\r")  # never a CR then an LF: that would be one CRLF
    return "".join(line + breaks[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1]


def as_lf_text(text: str) -> str:
    """``text`` with every line break written ``\\n``, as the test sees it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_lf_offset(text: str) -> Callable[[int], int]:
    """Map an offset into ``text`` to the same character once each ``\\r\\n`` is one ``\\n``."""
    dropped = [i for i, char in enumerate(text) if char == "\r" and text[i + 1 : i + 2] == "\n"]
    return lambda offset: offset - bisect.bisect_left(dropped, offset)


def corpus_with(endings: str) -> pd.DataFrame:
    """The book corpus with every raw text converted to ``endings``, cleaned anew."""
    corpus = load_corpus()
    raws = [converted(raw, endings) for raw in corpus["raw_text"]]
    cleaned = [clean_text(raw) for raw in raws]
    corpus["raw_text"] = raws
    corpus["text"] = [text for text, _removed in cleaned]
    corpus["removed"] = pd.Series(
        [tuple(removed) for _text, removed in cleaned], index=corpus.index, dtype=object
    )
    return corpus


@cache
def analysis_with(endings: str) -> tuple[pd.DataFrame, Analysis]:
    corpus = load_corpus() if endings == "lf" else corpus_with(endings)
    return corpus, analyze(corpus)


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_the_same_boilerplate_is_removed(name: str) -> None:
    lf = load_corpus()
    other = corpus_with(name)
    assert sum(len(spans) for spans in lf["removed"]) == 9  # the book's chrome, as it is today
    for raw, lf_spans, spans in zip(
        other["raw_text"], lf["removed"], other["removed"], strict=True
    ):
        to_lf = to_lf_offset(raw)
        assert [s.rule for s in spans] == [s.rule for s in lf_spans]
        assert [(to_lf(s.start), to_lf(s.end)) for s in spans] == [
            (s.start, s.end) for s in lf_spans
        ]
        assert [as_lf_text(s.text) for s in spans] == [s.text for s in lf_spans]
        assert [s.text for s in spans] == [raw[s.start : s.end] for s in spans]


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_the_raw_text_is_kept_byte_for_byte(name: str) -> None:
    lf = load_corpus()
    other = corpus_with(name)
    for raw, text, spans, lf_text in zip(
        other["raw_text"], other["text"], other["removed"], lf["text"], strict=True
    ):
        assert restore(text, spans) == raw
        assert "\r" in text  # cut out of the raw text, never normalised
        assert as_lf_text(text) == lf_text


def test_the_video_prompt_is_not_read_as_a_sentence() -> None:
    corpus, analysis = analysis_with("crlf")
    itv = corpus.set_index("id").loc["itv-2014-khateeb"]
    assert "CLICK HERE TO SEE ORIGINAL VIDEO" in itv["raw_text"]
    assert "CLICK HERE" not in itv["text"]
    sentences = analysis.sentences[analysis.sentences["article_id"] == "itv-2014-khateeb"]
    assert not sentences["text"].str.contains("CLICK HERE").any()


def _in_lf_offsets(table: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """``table`` with each offset column mapped to the ``\\n`` version of its article's text."""
    out = table.copy()
    maps = {aid: to_lf_offset(text) for aid, text in texts.items()}
    for column in OFFSET_COLUMNS:
        if column in out.columns:
            out[column] = [
                maps[aid](value) if pd.notna(value) and value >= 0 else value
                for aid, value in zip(out["article_id"], out[column], strict=True)
            ]
            out[column] = out[column].astype(table[column].dtype)
    return out


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_every_table_is_the_same_with_offsets_shifted(name: str) -> None:
    _lf_corpus, lf = analysis_with("lf")
    corpus, other = analysis_with(name)
    texts = dict(zip(corpus["id"], corpus["text"], strict=True))
    lf_tables, tables = lf.tables(), other.tables()
    assert list(tables) == list(lf_tables)
    for table_name, lf_table in lf_tables.items():
        table = tables[table_name]
        if "article_id" in table.columns:
            table = _in_lf_offsets(table, texts)
        pd.testing.assert_frame_equal(table, lf_table, obj=table_name)


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_offsets_point_at_the_same_text(name: str) -> None:
    """Surfaces and sentences read from the clean text at the table's own offsets."""
    corpus, analysis = analysis_with(name)
    texts = dict(zip(corpus["id"], corpus["text"], strict=True))
    for table_name, column in (("sentences", "text"), ("mentions", "surface")):
        table = analysis.tables()[table_name]
        for aid, start, end, value in zip(
            table["article_id"], table["start"], table["end"], table[column], strict=True
        ):
            assert texts[aid][start:end] == value, table_name


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_the_article_reader_keeps_a_converted_text(name: str, tmp_path: Path) -> None:
    """A body with other line endings loads through ``load_corpus`` (front matter kept as is)."""
    for source in sorted(articles_dir().glob("*.md")):
        head, _, body = source.read_text(encoding="utf-8").partition("\n---\n")
        (tmp_path / source.name).write_bytes(
            (head + "\n---\n" + converted(body, name)).encode("utf-8")
        )
    lf, other = load_corpus(), load_corpus(tmp_path)
    assert list(other["id"]) == list(lf["id"])
    assert all("\r" in text for text in other["text"])
    assert [as_lf_text(text) for text in other["text"]] == list(lf["text"])
    assert [len(spans) for spans in other["removed"]] == [len(spans) for spans in lf["removed"]]
    assert list(other["n_words"]) == list(lf["n_words"])


SAMPLE = (
    "The Free Syrian\nArmy said: “We will not stop.\n"
    "  Mr. Smith left at 5 p.m. on Monday. He said he was tired.  \n"
    "\n"
    "An open quote “runs to the end\n"
    "A closed one “ends” here. The Free Syrian Army\nleft."
)


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_segmentation_reads_every_kind_of_line_break(name: str) -> None:
    text = converted(SAMPLE, name)
    to_lf = to_lf_offset(text)
    assert [(to_lf(s), to_lf(e)) for s, e in paragraph_spans(text)] == list(paragraph_spans(SAMPLE))
    assert [(to_lf(s), to_lf(e)) for s, e in quote_spans(text)] == quote_spans(SAMPLE)
    sentences, lf_sentences = split_sentences(text), split_sentences(SAMPLE)
    assert list(sentences["text"]) == list(lf_sentences["text"])
    assert list(sentences["para_id"]) == list(lf_sentences["para_id"])
    assert [to_lf(s) for s in sentences["start"]] == list(lf_sentences["start"])
    mentions, lf_mentions = find_mentions(text), find_mentions(SAMPLE)
    assert list(mentions["surface"]) == list(lf_mentions["surface"])
    assert [to_lf(s) for s in mentions["start"]] == list(lf_mentions["start"])


@pytest.mark.parametrize("name", LINE_ENDINGS)
def test_offsets_map_between_a_text_and_its_lf_version(name: str) -> None:
    text = converted(SAMPLE, name)
    lf = as_lf(text)
    assert lf.text == SAMPLE
    to_lf = to_lf_offset(text)
    for offset in range(len(text) + 1):
        assert lf.to_lf(offset) == to_lf(offset)
        if text[offset - 1 : offset] != "\r" or text[offset : offset + 1] != "\n":
            assert lf.from_lf(lf.to_lf(offset)) == offset  # every offset but inside a CRLF
    assert as_lf(SAMPLE).text is SAMPLE
