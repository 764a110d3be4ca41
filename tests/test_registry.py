"""The analyser registry: a new analyser is one declaration, and every table consumer sees it.

A toy analyser (question marks per sentence) is registered for these tests only; its
table must appear in ``analyze``, in both CSV writers and in the book's article view,
with the values counted here independently from the public sentence splitter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from newsframes.analysers import registry
from newsframes.analysers.base import Analyser, Tables, nothing_to_load
from newsframes.analysers.parse import Columns, Parse
from newsframes.book import chapters as book
from newsframes.pipeline import analyze, analyze_chunk, write_csv
from newsframes.text.segmentation import split_sentences

TABLES = (
    "sentences",
    "mentions",
    "co_mentions",
    "unlisted",
    "labels",
    "quotes",
    "frames",
    "sentiment",
)
SUMMARIES = (
    "actor_counts",
    "label_shares",
    "sourcing_summary",
    "frame_scores",
    "article_sentiment",
)
ASKING = {
    "asking": "Who defected? Nobody knows. Why?? Because the Free Syrian Army said so.",
    "telling": "The regime denied it. Rebels agreed.",
}


def _question_mark() -> re.Pattern[str]:
    return re.compile(r"\?")


def _question_columns(article: Parse, mark: re.Pattern[str]) -> Columns:
    """One row per sentence with a question mark: its id and how many it holds."""
    asked = [
        (s.sent_id, n)
        for s in article.sentences
        if (n := len(mark.findall(article.text, s.start, s.end)))
    ]
    return {"sent_id": [i for i, _ in asked], "n_questions": [n for _, n in asked]}


def _question_table(columns: Columns) -> pd.DataFrame:
    return pd.DataFrame(
        {name: columns.get(name, []) for name in ("sent_id", "n_questions")}, dtype="int64"
    )


def _questions_per_article(tables: Tables, n_words: pd.Series) -> pd.DataFrame:
    counts = tables["questions"].groupby("article_id")["n_questions"].sum()
    ids = sorted(n_words.index)
    return pd.DataFrame(
        {"article_id": ids, "n_questions": counts.reindex(ids, fill_value=0).to_numpy()}
    )


QUESTIONS = Analyser(
    name="questions",
    table="questions",
    table_columns=("sent_id", "n_questions"),
    prepare=_question_mark,
    columns=_question_columns,
    to_table=_question_table,
    summaries={"question_counts": _questions_per_article},
)


def expected_questions(corpus: pd.DataFrame) -> pd.DataFrame:
    """The toy table computed without the pipeline: split, count, keep the asking sentences."""
    rows = []
    for aid, text in zip(corpus["id"], corpus["text"], strict=True):
        for sent in split_sentences(text).itertuples():
            if sent.text.count("?"):
                rows.append((aid, sent.sent_id, sent.text.count("?")))
    return pd.DataFrame(rows, columns=["article_id", "sent_id", "n_questions"])


def expected_counts(corpus: pd.DataFrame) -> pd.DataFrame:
    table = expected_questions(corpus)
    ids = sorted(corpus["id"])
    totals = [int(table.loc[table["article_id"] == aid, "n_questions"].sum()) for aid in ids]
    return pd.DataFrame({"article_id": ids, "n_questions": totals})


@pytest.fixture(scope="module")
def mixed_corpus(corpus: pd.DataFrame) -> pd.DataFrame:
    asking = pd.DataFrame({"id": list(ASKING), "text": list(ASKING.values())})
    return pd.concat([corpus[["id", "text"]], asking], ignore_index=True)


@pytest.fixture
def questions() -> Iterator[Analyser[re.Pattern[str]]]:
    """The toy analyser, registered for one test and unregistered after it."""
    with registry.registered(QUESTIONS) as analyser:
        yield analyser
    assert "questions" not in registry.table_names()


def _same(got: pd.DataFrame, want: pd.DataFrame, name: str) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False, obj=name)


def test_the_built_in_tables_in_their_order() -> None:
    assert registry.table_names() == TABLES
    assert registry.summary_names() == SUMMARIES


def test_the_toy_counts_are_not_trivial(mixed_corpus: pd.DataFrame) -> None:
    want = expected_questions(mixed_corpus)
    asking = want[want["article_id"] == "asking"]
    assert asking[["sent_id", "n_questions"]].values.tolist() == [[0, 1], [2, 2]]
    assert "telling" not in set(want["article_id"])
    assert len(want) > len(asking)  # the book's articles ask questions too


def test_analyze_has_the_registered_table(questions, mixed_corpus: pd.DataFrame) -> None:
    result = analyze(mixed_corpus, chunk_size=3)
    assert list(result.tables()) == [
        "articles",
        *TABLES,
        "questions",
        *SUMMARIES,
        "question_counts",
    ]
    _same(result.questions, expected_questions(mixed_corpus), "questions")
    _same(result.question_counts, expected_counts(mixed_corpus), "question_counts")
    assert result.summaries["question_counts"] is result.question_counts
    assert "questions" in dir(result)


def test_worker_processes_run_the_registered_analyser(questions, corpus: pd.DataFrame) -> None:
    result = analyze(corpus, chunk_size=2, workers=2)
    _same(result.questions, expected_questions(corpus), "questions")


def test_both_csv_writers_write_the_registered_table(
    questions, mixed_corpus: pd.DataFrame, tmp_path: Path
) -> None:
    streamed = write_csv(mixed_corpus, tmp_path / "streamed", chunk_size=2)
    whole = analyze(mixed_corpus).to_csv(tmp_path / "whole")
    for paths in (streamed, whole):
        by_name = {p.stem: p for p in paths}
        _same(pd.read_csv(by_name["questions"]), expected_questions(mixed_corpus), "questions")
        # a streamed summary is sorted by article within each chunk, not across chunks
        counts = pd.read_csv(by_name["question_counts"]).sort_values("article_id")
        _same(counts, expected_counts(mixed_corpus), "question_counts")


def test_the_article_view_has_the_registered_table(questions, corpus: pd.DataFrame) -> None:
    want = expected_questions(corpus)
    aid = str(want["article_id"].iloc[0])
    view = book.article(aid)
    _same(view.questions, want[want["article_id"] == aid], "questions")
    assert (
        int(view.question_counts["n_questions"].iloc[0])
        == want.loc[want["article_id"] == aid, "n_questions"].sum()
    )
    assert "questions" in dir(view) and "questions" in view.tables()


def test_without_the_toy_the_tables_are_the_built_in_ones(corpus: pd.DataFrame) -> None:
    assert "questions" not in registry.table_names()
    result = analyze_chunk(corpus.head(1))
    assert list(result.tables()) == ["articles", *TABLES, *SUMMARIES]
    with pytest.raises(AttributeError, match="no attribute or table 'questions'"):
        result.questions  # noqa: B018
    view = book.article(str(corpus["id"].iloc[0]))
    assert set(view.tables()) == {*TABLES, *SUMMARIES}


def test_every_declared_column_list_is_what_the_table_has(corpus: pd.DataFrame) -> None:
    result = analyze_chunk(corpus.head(2))
    for analyser in registry.analysers():
        table = result.tables()[analyser.table]
        assert list(table.columns) == ["article_id", *analyser.table_columns], analyser.name


def _no_rows(article: Parse, _nothing: None) -> Columns:
    return {}


def test_a_table_unlike_its_declaration_is_a_clear_error() -> None:
    wrong = Analyser(
        name="wrong",
        table="wrong",
        table_columns=("sent_id",),
        prepare=nothing_to_load,
        columns=_no_rows,
        to_table=lambda columns: pd.DataFrame({"other": []}),
    )
    text = pd.DataFrame({"id": ["a"], "text": ["Rebels said so."]})
    with pytest.raises(
        ValueError, match=r"wrong analyser made a wrong table with columns \['other'\]"
    ):
        analyze_chunk(text, analysers=[wrong])


def test_register_refuses_a_taken_or_unusable_name() -> None:
    def named(name: str, table: str, summaries: dict | None = None) -> Analyser[None]:
        return Analyser(
            name=name,
            table=table,
            table_columns=(),
            prepare=nothing_to_load,
            columns=_no_rows,
            to_table=lambda columns: pd.DataFrame(),
            summaries=summaries or {},
        )

    before = registry.analysers()
    with pytest.raises(ValueError, match="an analyser named 'labels' is already registered"):
        registry.register(named("labels", "new_table"))
    with pytest.raises(ValueError, match="the name 'frames' is already taken"):
        registry.register(named("new", "frames"))
    with pytest.raises(ValueError, match="the name 'text' is already taken"):
        registry.register(named("new", "text"))
    with pytest.raises(ValueError, match="'two words' is not a Python identifier"):
        registry.register(named("new", "two words"))
    with pytest.raises(ValueError, match="two of its tables share a name"):
        registry.register(named("new", "same", {"same": lambda tables, n_words: pd.DataFrame()}))
    with pytest.raises(KeyError, match="no analyser named 'new' is registered"):
        registry.unregister("new")
    assert registry.analysers() == before
