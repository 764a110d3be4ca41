"""Scoring attributed statements against a hand annotation: small frames worked by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.evaluate.devset import devset_corpus
from newsframes.evaluate.devset_statements import (
    pair_statements,
    speaker_right,
    statement_scores,
    statement_scores_of,
)
from newsframes.pipeline import analyze

GOLD = pd.DataFrame(
    [
        ("a", 0, 20, "Ahmed Khalil", "ahmed_khalil", "said"),
        ("a", 30, 60, "he", "ahmed_khalil", "said"),
        ("a", 70, 90, "the monitor", "", "reported"),
        ("b", 0, 10, "Nour Saleh", "nour_saleh", "told"),
    ],
    columns=["article_id", "start", "end", "speaker_surface", "speaker_actor_id", "verb"],
)
PRED = pd.DataFrame(
    [
        ("a", 2, 20, "Ahmed Khalil", "Ahmed Khalil", "ahmed_khalil"),  # found, right
        ("a", 30, 38, "he", "Omar Haddad", "omar_haddad"),  # 8 of 30: under half, no match
        ("a", 45, 62, "he", "Omar Haddad", "omar_haddad"),  # 15 of 17: found, wrong speaker
        ("a", 70, 90, "the monitor", None, None),  # found, right by its words
        ("b", 40, 50, "Nour Saleh", None, None),  # false
    ],
    columns=["article_id", "start", "end", "speaker", "speaker_ref", "speaker_actor_id"],
)


def test_statements_pair_one_to_one_by_half_the_shorter_span() -> None:
    pairs = pair_statements(GOLD, PRED, {"nour_saleh": "Nour Saleh"})
    found = pairs.dropna(subset=["gold_start", "pred_start"])
    assert sorted(zip(found["gold_start"], found["pred_start"], strict=True)) == [
        (0, 2),
        (30, 45),
        (70, 70),
    ]
    assert sorted(zip(found["gold_start"], found["speaker_right"], strict=True)) == [
        (0, True),
        (30, False),
        (70, True),
    ]
    assert len(pairs[pairs["pred_start"].isna()]) == 1  # b's statement missed
    assert len(pairs[pairs["gold_start"].isna()]) == 2  # a's short span and b's far one


def test_scores_count_recall_precision_and_speakers() -> None:
    pairs = pair_statements(GOLD, PRED)
    scores = statement_scores_of(pairs, ["a", "b"], "dev").set_index("measure")
    assert scores.loc["statement recall", ["count", "of"]].tolist() == [3, 4]
    assert scores.loc["statement precision", ["count", "of"]].tolist() == [3, 5]
    assert scores.loc["speaker right among found", ["count", "of"]].tolist() == [2, 3]
    assert scores.loc["statement recall", "estimate"] == pytest.approx(0.75)
    low, high = scores.loc["statement recall", ["low", "high"]]
    assert low <= 0.75 <= high


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ({"speaker_surface": "he", "speaker_actor_id": "x"}, ("he", "X", "x"), True),
        ({"speaker_surface": "he", "speaker_actor_id": "x"}, ("he", "Y", "y"), False),
        # no id from the package: the unlisted actor's name decides
        ({"speaker_surface": "he", "speaker_actor_id": "nour_saleh"}, ("he", "Saleh", None), True),
        (
            {"speaker_surface": "he", "speaker_actor_id": "nour_saleh"},
            ("he", "Haddad", None),
            False,
        ),
        # an unnamed source: the words of the speaker as written
        (
            {"speaker_surface": "local sources", "speaker_actor_id": ""},
            ("sources", None, None),
            True,
        ),
    ],
)
def test_speaker_right(gold: dict, pred: tuple, right: bool) -> None:
    as_pred = dict(zip(["speaker", "speaker_ref", "speaker_actor_id"], pred, strict=True))
    assert speaker_right(gold, as_pred, {"nour_saleh": "Nour Saleh"}) is right


def test_statements_from_the_pipeline_s_table_are_those_found_again() -> None:
    # measure_split hands statement_scores the statements of its one pipeline run: the
    # pairs and scores are those of finding them again, on today's test split.
    corpus = devset_corpus("test")
    shared = statement_scores("test", quotes=analyze(corpus[["id", "text"]]).quotes)
    again = statement_scores("test")
    assert len(shared.pairs) > 0
    pd.testing.assert_frame_equal(shared.pairs, again.pairs)
    pd.testing.assert_frame_equal(shared.scores, again.scores)
