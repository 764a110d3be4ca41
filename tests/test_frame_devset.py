"""Frame-hit precision against judged hits: a small table of our own, worked by hand."""

from __future__ import annotations

import math

import pandas as pd

from newsframes.evaluate.devset_frames import hit_precision

JUDGED = pd.DataFrame(
    [
        ("a", 0, 5, "conflict", "yes"),
        ("a", 10, 15, "conflict", "no"),
        ("a", 20, 25, "humanitarian", "yes"),
        ("b", 0, 5, "humanitarian", "no"),
    ],
    columns=["article_id", "start", "end", "frame", "correct"],
)


def test_precision_counts_judged_hits_and_keeps_new_ones_apart() -> None:
    hits = pd.DataFrame(
        [
            ("a", 0, 5, "conflict"),  # right
            ("a", 10, 15, "conflict"),  # wrong
            ("a", 20, 25, "humanitarian"),  # right; b's wrong hit is gone
            ("b", 30, 35, "humanitarian"),  # never judged
        ],
        columns=["article_id", "start", "end", "frame"],
    )
    got = hit_precision(hits, JUDGED).set_index("frame")
    assert got.loc["conflict", ["hits", "correct", "unjudged"]].tolist() == [2, 1, 0]
    assert got.loc["conflict", "precision"] == 0.5
    assert got.loc["humanitarian", ["hits", "correct", "unjudged"]].tolist() == [2, 1, 1]
    assert got.loc["humanitarian", "precision"] == 1.0
    assert got.loc["all", ["hits", "correct", "unjudged"]].tolist() == [4, 2, 1]
    assert got.loc["all", "precision"] == 2 / 3


def test_a_frame_with_only_unjudged_hits_has_no_precision() -> None:
    hits = pd.DataFrame([("c", 0, 5, "morality")], columns=["article_id", "start", "end", "frame"])
    got = hit_precision(hits, JUDGED).set_index("frame")
    assert math.isnan(got.loc["morality", "precision"])
