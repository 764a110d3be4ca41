"""The pipeline runs every analyser on a corpus and writes every table; the CLI wraps it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from test_registry import SUMMARIES, TABLES  # the built-in tables, in the registry's order

from newsframes.__main__ import main
from newsframes.corpus.articles import load_corpus, removed_spans
from newsframes.paths import articles_dir
from newsframes.pipeline import analyze, analyze_chunk, write_csv
from newsframes.store import read_tables

# Tables an article may have no row in: names the actor lexicon does not list.
SOMETIMES_EMPTY = {"unlisted"}


@pytest.fixture(scope="module")
def analysis(corpus: pd.DataFrame):
    return analyze(corpus)


def test_every_table_is_there_and_keyed_by_article(analysis, corpus: pd.DataFrame) -> None:
    tables = analysis.tables()
    assert list(tables) == ["articles", *TABLES, *SUMMARIES]
    for name in [*TABLES, *SUMMARIES]:
        assert getattr(analysis, name) is tables[name]
    ids = set(corpus["id"])
    for name, table in tables.items():
        key = "id" if name == "articles" else "article_id"
        if name in SOMETIMES_EMPTY:
            assert set(table[key]) <= ids, f"{name} names an article not in the corpus"
        else:
            assert set(table[key]) == ids, f"{name} does not cover every article"


def test_row_counts_match_the_analysers(analysis) -> None:
    # One sentiment row per sentence; every mention belongs to a sentence of its article.
    assert len(analysis.sentiment) == len(analysis.sentences) == 133
    merged = analysis.mentions.merge(
        analysis.sentences, on=["article_id", "sent_id"], suffixes=("", "_sentence")
    )
    assert len(merged) == len(analysis.mentions)
    assert (merged["start"] >= merged["start_sentence"]).all()
    assert (merged["end"] <= merged["end_sentence"]).all()


def test_offsets_trace_back_to_the_clean_text(analysis, corpus: pd.DataFrame) -> None:
    texts = corpus.set_index("id")["text"]
    for name in ("mentions", "labels", "frames"):
        table = analysis.tables()[name]
        for row in table.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.surface, name


def test_chunking_and_processes_do_not_change_results(analysis, corpus: pd.DataFrame) -> None:
    chunked = analyze(corpus, chunk_size=2, workers=2)
    for name, table in analysis.tables().items():
        pd.testing.assert_frame_equal(chunked.tables()[name], table, check_dtype=False, obj=name)


def test_single_article_text_frame() -> None:
    frame = pd.DataFrame({"id": ["mine"], "text": ["The Free Syrian Army said: “We will win.”"]})
    result = analyze_chunk(frame)
    assert list(result.mentions["actor_id"]) == ["free_syrian_army"]
    assert int(result.articles.loc[0, "n_words"]) == 8


def test_empty_corpus_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least one article"):
        analyze(pd.DataFrame({"id": [], "text": []}))


def test_write_csv_streams_every_table(tmp_path: Path, corpus: pd.DataFrame, analysis) -> None:
    paths = write_csv(corpus, tmp_path, chunk_size=2)
    assert [p.stem for p in paths] == list(analysis.tables())
    mentions = pd.read_csv(tmp_path / "mentions.csv")
    assert len(mentions) == len(analysis.mentions)


def test_cli_analyze_writes_all_tables(tmp_path: Path, capsys) -> None:
    # One folder of partitions per table, listed in the registry's order, then the manifest;
    # read back, the tables of the in-memory analysis of the same articles (whose order is
    # by date there, by file name here).
    assert main(["analyze", "--out", str(tmp_path), "--quiet"]) == 0
    expected = analyze(load_corpus()).tables()
    written = [Path(line) for line in capsys.readouterr().out.split()]
    assert [p.name for p in written] == [*expected, "manifest.json"]
    tables = read_tables(tmp_path)
    for name in TABLES + SUMMARIES:
        pd.testing.assert_frame_equal(
            _in_order(tables[name]), _in_order(expected[name]), check_dtype=False, obj=name
        )


def _in_order(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values(list(table.columns), kind="stable").reset_index(drop=True)


def test_cli_validate_ok(capsys) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    # The five book reports (9 spans of boilerplate), and any article an instructor added.
    corpus = load_corpus()
    assert len(corpus) == len(list(articles_dir().glob("*.md")))
    spans = len(removed_spans(corpus))
    assert out.startswith(
        f"OK: {len(corpus)} articles and all lexicons valid; {spans} boilerplate spans removed."
    )


def test_cli_validate_lists_every_problem(tmp_path: Path, capsys, valid_article) -> None:
    (tmp_path / "a.md").write_text("no front matter", encoding="utf-8")
    (tmp_path / "test-2015-one.md").write_text(valid_article(body=""), encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "a.md: front matter: the file does not start with a '---' line. Fix: begin the file "
        "with '---', the YAML metadata, '---', then the text",
        "test-2015-one.md: text: the article has no text. Fix: paste the article after the '---'",
    ]
    assert "2 problem(s) found." in captured.err


def test_cli_analyze_reports_bad_input(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text("no front matter", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path / "out")]) == 1
    assert "a.md: front matter" in capsys.readouterr().err


def test_cli_validate_reports_a_broken_lexicon(tmp_path: Path, monkeypatch, capsys) -> None:
    import shutil

    from newsframes.paths import data_dir

    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    actors_yml = copy / "lexicons" / "actors.yml"
    actors_yml.write_text(actors_yml.read_text(encoding="utf-8") + "\n  - id: [broken\n", "utf-8")
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copy))
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("actors.yml: line ")
    assert "not valid YAML" in out


def test_chunk_restores_the_collector_threshold() -> None:
    import gc

    before = gc.get_threshold()
    analyze_chunk(pd.DataFrame({"id": ["mine"], "text": ["Rebels said so."]}))
    assert gc.get_threshold() == before


def test_an_unknown_table_is_an_attribute_error(analysis) -> None:
    with pytest.raises(AttributeError, match="Analysis has no attribute or table 'mention'"):
        analysis.mention  # noqa: B018
    assert not hasattr(analysis, "questions")
