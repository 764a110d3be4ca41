"""Recorded test rounds: read back as measured, never overwritten, and the right ids per round."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from newsframes.corpus import load_corpus
from newsframes.evaluate import rounds
from newsframes.evaluate.devset import devset_dir, split_ids
from newsframes.evaluate.mentions import AnnotationError
from newsframes.evaluate.unseen import FIGURE_COLUMNS


def figures(estimate: float) -> pd.DataFrame:
    row = ("actor mentions", "precision", "test", estimate, estimate - 0.1, estimate + 0.1, 3, 40)
    return pd.DataFrame([row], columns=FIGURE_COLUMNS)


def test_a_round_is_written_once_and_read_back(tmp_path: Path) -> None:
    rounds.write_round(figures(0.8), 2, tmp_path)
    rounds.write_round(figures(0.7), 1, tmp_path)
    read = rounds.recorded_figures(tmp_path)
    assert read["round"].tolist() == [1, 2]
    assert read["estimate"].tolist() == [0.7, 0.8]
    assert read["sample"].tolist() == ["test, round 1", "test, round 2"]
    with pytest.raises(FileExistsError, match="round 2 was already measured"):
        rounds.write_round(figures(0.9), 2, tmp_path)
    assert rounds.recorded_figures(tmp_path)["estimate"].tolist() == [0.7, 0.8]


def test_a_round_file_without_its_columns_is_named(tmp_path: Path) -> None:
    (tmp_path / "results").mkdir()
    pd.DataFrame({"estimate": [0.5]}).to_csv(tmp_path / "results" / "test-round-1.csv")
    with pytest.raises(AnnotationError, match=r"test-round-1\.csv"):
        rounds.recorded_figures(tmp_path)


def test_round_ids_follow_the_split_table(tmp_path: Path) -> None:
    pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "split": ["dev", "dev", "test", "test"],
            "round": ["1", "1", "2", "2"],
            "first_split": ["dev", "test", "test", "test"],
        }
    ).to_csv(tmp_path / "split.csv", index=False)
    assert rounds.round_ids(1, tmp_path) == ["b"]
    assert rounds.round_ids(2, tmp_path) == ["c", "d"]


def test_each_round_is_recorded_for_the_reports_it_measured() -> None:
    recorded = rounds.recorded_figures()
    measured = sorted(set(recorded["round"]))
    assert measured == list(range(1, len(measured) + 1))  # no round skipped
    assert len(measured) >= 3
    first = recorded[recorded["round"] == 1]
    first_parts = sorted(zip(first["analyser"], first["metric"], strict=True))
    for k in measured:
        figures = recorded[recorded["round"] == k]
        reports = len(rounds.round_ids(k))
        # frame hits are counted over the reports that have one (a report may have none)
        hits = figures["analyser"] == "frame hits"
        assert set(figures.loc[~hits, "articles"]) == {reports}, k
        assert figures.loc[hits, "articles"].between(1, reports).all(), k
        assert len(rounds.round_ids(k)) >= 15
        assert figures["estimate"].between(0, 1).all()
        # the same figures in every round, each once, the judged frame hits among them
        parts = sorted(zip(figures["analyser"], figures["metric"], strict=True))
        assert parts == sorted(set(parts)) == first_parts, k
        assert ("frame hits", "precision") in parts


def test_a_held_round_is_annotated_and_read_by_no_measure() -> None:
    split = pd.read_csv(devset_dir() / "split.csv", dtype=str)
    held = set(split.loc[split["split"] == "held", "id"])
    with pytest.raises(ValueError, match="split must be one of"):
        split_ids("held")
    assert not held & {*split_ids("dev"), *split_ids("test")}
    # annotated before anyone measures it: every held report has its hand reading
    annotated = set(pd.read_csv(devset_dir() / "annotations" / "frames.csv")["article_id"])
    assert held <= annotated
    # and in the article format already, so that its turn as the test split reads it
    assert len(load_corpus(devset_dir() / "articles")) == len(split)
