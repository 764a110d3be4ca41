"""Scoring actor mentions on the development corpus: a small corpus of our own, worked by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from newsframes.evaluate.devset import (
    WITH_UNLISTED,
    devset_corpus,
    devset_dir,
    devset_scores,
    mention_kind,
    split_bracketed,
)
from newsframes.evaluate.mentions import AnnotationError
from newsframes.lexicons.actors import load_actors
from newsframes.pipeline import analyze

DEV_TEXT = "Turkey said the Free Syrian Army (FSA) fled into Turkey. Colonel Omar Zaidan defected."
GOLD = [
    ("d1", 0, 6, "Turkey", "turkey", "state"),
    ("d1", 16, 32, "Free Syrian Army", "free_syrian_army", "armed_group"),
    ("d1", 34, 37, "FSA", "free_syrian_army", "armed_group"),
    ("d1", 65, 76, "Omar Zaidan", "omar_zaidan", "person"),
]


@pytest.fixture
def devset(tmp_path: Path, valid_article: Callable[[str, str], str]) -> Path:
    """A devset of one dev article and one test article that cannot even be parsed."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "annotations").mkdir()
    (tmp_path / "articles" / "d1.md").write_text(valid_article("d1", DEV_TEXT), encoding="utf-8")
    (tmp_path / "articles" / "t1.md").write_text("not an article", encoding="utf-8")
    pd.DataFrame({"id": ["d1", "t1"], "split": ["dev", "test"]}).to_csv(
        tmp_path / "split.csv", index=False
    )
    rows = [*GOLD, ("t1", 0, 3, "???", "turkey", "state")]
    columns = ["article_id", "start", "end", "surface", "actor_id", "actor_type"]
    pd.DataFrame(rows, columns=columns).to_csv(
        tmp_path / "annotations" / "actor_mentions.csv", index=False
    )
    return tmp_path


def figure(scores: pd.DataFrame, measure: str, kind: str, metric: str) -> pd.Series:
    row = scores[
        (scores["measure"] == measure)
        & (scores["kind"] == kind)
        & (scores["match"] == "exact")
        & (scores["metric"] == metric)
    ]
    assert len(row) == 1
    return row.iloc[0]


def test_gold_offsets_point_at_their_surfaces() -> None:
    for _, start, end, surface, _, _ in GOLD:
        assert DEV_TEXT[start:end] == surface


def test_the_dev_split_is_read_without_opening_the_test_articles(devset: Path) -> None:
    # t1.md is not a valid article: reading it would raise.
    assert devset_corpus("dev", devset)["id"].tolist() == ["d1"]


def test_scores_worked_by_hand(devset: Path) -> None:
    # Found: Turkey (said: the state), Free Syrian Army and FSA (the joined mention split
    # as the annotation codes it); "into Turkey" is a place. Omar Zaidan is not listed:
    # 3 of 4 gold mentions, no false one -> precision 1, recall 0.75.
    result = devset_scores("dev", folder=devset)
    overall = figure(result.scores, "actor mentions", "all", "recall")
    assert (overall["tp"], overall["fp"], overall["fn"]) == (3, 0, 1)
    assert overall["estimate"] == pytest.approx(0.75)
    assert figure(result.scores, "actor mentions", "all", "precision")["estimate"] == 1.0
    listed = figure(result.scores, "listed actor mentions", "all", "recall")
    assert (listed["gold"], listed["tp"], listed["estimate"]) == (3, 3, 1.0)
    assert figure(result.scores, "actor mentions", "acronym", "recall")["tp"] == 1
    assert figure(result.scores, "actor mentions", "state noun/place", "recall")["tp"] == 1
    # The detector finds the unlisted colonel by his title: recall 1 on one person.
    person = figure(result.scores, "unlisted persons", "person", "recall")
    assert (person["gold"], person["tp"], person["estimate"]) == (1, 1, 1.0)
    assert result.persons["found"].tolist() == [True]
    assert result.errors[["error", "surface"]].values.tolist() == [["miss", "Omar Zaidan"]]
    # With the detector's rows counted, the unlisted colonel is found by his span: 4 of 4.
    both = figure(result.scores, WITH_UNLISTED, "all", "recall")
    assert (both["tp"], both["fp"], both["fn"]) == (4, 0, 0)


def test_scores_from_the_pipeline_s_tables_are_those_found_again(devset: Path) -> None:
    # measure_split runs the pipeline once and scores its tables: the same mentions, unlisted
    # rows and errors as finding them again from the text.
    corpus = devset_corpus("dev", devset)
    shared = devset_scores("dev", folder=devset, analysis=analyze(corpus[["id", "text"]]))
    again = devset_scores("dev", folder=devset)
    pd.testing.assert_frame_equal(shared.scores, again.scores)
    pd.testing.assert_frame_equal(shared.errors, again.errors)
    pd.testing.assert_frame_equal(shared.persons, again.persons)
    assert figure(shared.scores, WITH_UNLISTED, "all", "recall")["tp"] == 4
    # an analysis is made with the default lexicon: another lexicon cannot score it
    with pytest.raises(ValueError, match="not both"):
        devset_scores("dev", folder=devset, lexicon=load_actors(), analysis=analyze(corpus))


def test_an_unlisted_row_is_right_only_at_an_unlisted_actor(devset: Path) -> None:
    # Code the colonel as if the gazetteer listed him (as Turkey): the detector's row is then
    # a false mention (unlisted where the reference has a listed actor), and a miss.
    annotations = devset / "annotations" / "actor_mentions.csv"
    table = pd.read_csv(annotations)
    table.loc[table["surface"] == "Omar Zaidan", "actor_id"] = "turkey"
    table.to_csv(annotations, index=False)
    both = figure(devset_scores("dev", folder=devset).scores, WITH_UNLISTED, "all", "recall")
    assert (both["tp"], both["fp"], both["fn"]) == (3, 1, 1)


def test_a_false_state_mention_is_an_error_of_its_kind(devset: Path) -> None:
    annotations = devset / "annotations" / "actor_mentions.csv"
    table = pd.read_csv(annotations)
    table[~((table["article_id"] == "d1") & (table["start"] == 0))].to_csv(annotations, index=False)
    errors = devset_scores("dev", folder=devset).errors
    false = errors[errors["error"] == "false positive"]
    assert false[["surface", "kind"]].values.tolist() == [["Turkey", "state noun/place"]]


def test_a_surface_that_is_not_at_its_span_is_refused(devset: Path) -> None:
    annotations = devset / "annotations" / "actor_mentions.csv"
    table = pd.read_csv(annotations)
    table.loc[0, "start"] = 1
    table.to_csv(annotations, index=False)
    with pytest.raises(AnnotationError, match="row 2"):
        devset_scores("dev", folder=devset)


def test_only_dev_and_test_are_splits(devset: Path) -> None:
    with pytest.raises(ValueError, match="split must be one of"):
        devset_scores("train", folder=devset)


def test_mention_kinds() -> None:
    lexicon = load_actors()
    assert mention_kind("Turkey", "turkey", lexicon) == "state noun/place"
    assert mention_kind("Turkish troops", "turkey", lexicon) == "state noun/place"
    assert mention_kind("Ankara government", "turkey", lexicon) == "name/alias"
    assert mention_kind("FSA", "free_syrian_army", lexicon) == "acronym"
    assert mention_kind("U.S.", "cia", lexicon) == "acronym"
    assert mention_kind("Free Syrian Army", "free_syrian_army", lexicon) == "name/alias"


def test_a_joined_bracketed_acronym_is_split_in_two() -> None:
    joined = pd.DataFrame(
        [("d1", 16, 38, "Free Syrian Army (FSA)", "free_syrian_army", "armed_group")],
        columns=["article_id", "start", "end", "surface", "actor_id", "actor_type"],
    )
    split = split_bracketed(joined)
    assert split[["start", "end", "surface"]].values.tolist() == [
        [16, 32, "Free Syrian Army"],
        [34, 37, "FSA"],
    ]


def test_a_name_joined_with_its_expansion_in_square_brackets_is_split_in_two() -> None:
    joined = pd.DataFrame(
        [("d1", 4, 35, "YPG [People’s Protection Units]", "kurdish_forces", "armed_group")],
        columns=["article_id", "start", "end", "surface", "actor_id", "actor_type"],
    )
    split = split_bracketed(joined)
    assert split[["start", "end", "surface"]].values.tolist() == [
        [4, 7, "YPG"],
        [9, 34, "People’s Protection Units"],
    ]


def test_the_dev_split_is_measured() -> None:
    # The real dev split: every annotated mention is scored, and the figures are shares.
    result = devset_scores("dev")
    overall = figure(result.scores, "actor mentions", "all", "precision")
    split = pd.read_csv(devset_dir() / "split.csv", dtype=str)
    dev_ids = set(split.loc[split["split"] == "dev", "id"])
    annotated = pd.read_csv(devset_dir() / "annotations" / "actor_mentions.csv", dtype=str)
    assert len(dev_ids) >= 30
    assert overall["articles"] == len(dev_ids)
    assert overall["gold"] == annotated["article_id"].isin(dev_ids).sum()
    assert 0 < overall["low"] <= overall["estimate"] <= overall["high"] <= 1


def test_an_annotation_id_the_gazetteer_lists_under_another_is_mapped(devset: Path) -> None:
    # The reader coded Turkey under an id of their own; same_actor.csv says it is the
    # gazetteer's "turkey". Without the map the mention is a miss and a false one.
    annotations = devset / "annotations" / "actor_mentions.csv"
    table = pd.read_csv(annotations)
    table.loc[table["surface"] == "Turkey", "actor_id"] = "republic_of_turkey"
    table.to_csv(annotations, index=False)
    unmapped = figure(devset_scores("dev", folder=devset).scores, "actor mentions", "all", "recall")
    assert (unmapped["tp"], unmapped["fp"]) == (2, 1)
    pd.DataFrame(
        {"annotation_id": ["republic_of_turkey"], "gazetteer_id": ["turkey"], "reason": ["same"]}
    ).to_csv(devset / "annotations" / "same_actor.csv", index=False)
    mapped = figure(devset_scores("dev", folder=devset).scores, "actor mentions", "all", "recall")
    assert (mapped["tp"], mapped["fp"]) == (3, 0)
    assert table["actor_id"].tolist() == pd.read_csv(annotations)["actor_id"].tolist()
