"""evaluate.unseen: the figures in-sample, on dev and on test, the targets, the errors to read
and the agreement of two readers, each checked on small tables worked out by hand."""

from __future__ import annotations

import math
from collections import Counter
from itertools import permutations

import numpy as np
import pandas as pd
import pytest

from newsframes.evaluate import readers, unseen
from newsframes.evaluate.devset import SCORE_COLUMNS, DevsetScores

COUNTS = pd.DataFrame({"article_id": ["a", "b"], "tp": [3, 5], "fp": [1, 0], "fn": [2, 4]})


def test_figure_rows_pool_counts_over_articles_with_an_interval_around_them() -> None:
    rows = unseen.figure_rows("x", "dev", COUNTS, {"precision": "p", "recall": "r"})
    by = rows.set_index("metric")
    assert by.loc["p", "estimate"] == pytest.approx(8 / 9)
    assert by.loc["r", "estimate"] == pytest.approx(8 / 14)
    assert by.loc["p", "units"] == 9 and by.loc["r", "units"] == 14
    for rec in rows.to_dict("records"):
        assert rec["low"] <= rec["estimate"] <= rec["high"]
        assert rec["articles"] == 2 and rec["sample"] == "dev" and rec["analyser"] == "x"
    # the two articles' own recalls (3/5, 5/9) bound every resample's pooled recall
    assert by.loc["r", "high"] <= 3 / 5 and by.loc["r", "low"] >= 5 / 9


def test_figure_rows_without_articles_is_not_measured() -> None:
    empty = pd.DataFrame(columns=["article_id", "tp", "fp", "fn"])
    rows = unseen.figure_rows("x", "test", empty, {"recall": "recall"})
    assert len(rows) == 1 and math.isnan(rows["estimate"].iloc[0])
    assert rows["articles"].iloc[0] == 0


def test_share_counts_and_frame_hits_count_right_and_wrong_per_article() -> None:
    hits = pd.DataFrame(
        {"article_id": ["a", "a", "a", "b"], "correct": ["yes", "no", " Yes", "no"]}
    )
    counts = unseen.frame_hit_counts(hits).set_index("article_id")
    assert counts.loc["a", ["tp", "fp", "fn"]].tolist() == [2, 1, 0]
    assert counts.loc["b", ["tp", "fp", "fn"]].tolist() == [0, 1, 0]
    rows = unseen.figure_rows("frame hits", "dev", counts.reset_index(), {"precision": "p"})
    assert rows["estimate"].iloc[0] == pytest.approx(2 / 4)


def test_current_judgements_keep_todays_hits_only_and_mark_the_unread() -> None:
    judged = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "start": [0, 10],
            "end": [5, 15],
            "frame": ["conflict", "morality"],
            "correct": ["yes", "no"],
        }
    )
    today = pd.DataFrame(
        {"article_id": ["a", "a"], "start": [0, 20], "end": [5, 24], "frame": ["conflict"] * 2}
    )
    out = unseen.current_judgements(today, judged)
    assert out["correct"].tolist() == ["yes", ""]  # the removed 'morality' hit is gone


def test_insample_statement_counts_pair_checked_rows_by_sentence_once() -> None:
    checked = pd.DataFrame({"article": ["a", "a", "a", "b"], "sent_id": [1, 1, 4, 2]})
    quotes = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "sent_id": [1, 3, 2, 2]})
    counts = unseen.insample_statement_counts(quotes, checked).set_index("article_id")
    # a: two statements in sentence 1, one found there; sentence 4 missed
    assert counts.loc["a", ["tp", "fn"]].tolist() == [1, 2]
    assert counts.loc["b", ["tp", "fn"]].tolist() == [1, 0]


def _figures(estimates: dict[tuple[str, str], float]) -> pd.DataFrame:
    rows = [(a, m, "test", e, e - 0.05, e + 0.05, 16, 100) for (a, m), e in estimates.items()]
    return pd.DataFrame(rows, columns=unseen.FIGURE_COLUMNS)


def test_targets_are_reached_only_at_or_above_the_minimum_as_measured() -> None:
    figures = _figures(
        {
            ("actor mentions", "precision"): 0.92,
            ("actor mentions", "recall"): 0.8999,
            ("unlisted persons", "recall"): float("nan"),
            ("attributed statements", "recall"): 0.95,
        }
    )
    table = unseen.targets_table(figures).set_index(["analyser", "metric"])
    assert table.loc[("actor mentions", "precision"), "verdict"] == "reached"
    assert table.loc[("actor mentions", "recall"), "verdict"] == "not reached"
    assert table.loc[("actor mentions", "recall"), "estimate"] == 0.8999  # never rounded up
    assert table.loc[("unlisted persons", "recall"), "verdict"] == "not measured"
    assert table.loc[("frame hits", "precision"), "verdict"] == "not measured"
    assert table.loc[("attributed statements", "recall"), "verdict"] == "reached"
    assert len(table) == len(unseen.TARGETS)
    assert unseen.targets_table(figures, "dev")["verdict"].eq("not measured").all()


def test_statement_figures_take_the_statement_scores_as_they_come() -> None:
    scores = pd.DataFrame(
        {
            "split": ["dev"] * 3,
            "measure": ["statement recall", "statement precision", "speaker right among found"],
            "estimate": [0.6, 0.7, 0.75],
            "low": [0.5, 0.6, 0.6],
            "high": [0.7, 0.8, 0.9],
            "articles": [30] * 3,
            "count": [60, 60, 45],
            "of": [100, 86, 60],
        }
    )
    rows = unseen.statement_figures(scores, "dev").set_index("metric")
    assert rows.loc["recall", ["estimate", "units"]].tolist() == [0.6, 100]
    assert rows.loc["speaker right", ["estimate", "low", "units"]].tolist() == [0.75, 0.6, 60]
    missing = unseen.statement_figures(None, "test")
    assert missing["estimate"].isna().all() and len(missing) == 2


def test_split_figures_read_exact_actor_scores_and_unlisted_recall() -> None:
    def row(measure: str, kind: str, match: str, metric: str, value: float) -> dict:
        return dict(
            zip(
                SCORE_COLUMNS,
                ["dev", measure, kind, match, metric, value, 0.0, 1.0, 30, 10, 9, 8, 1, 2],
                strict=True,
            )
        )

    scores = pd.DataFrame(
        [
            row("actor mentions", "all", "exact", "precision", 0.9),
            row("actor mentions", "all", "lenient", "precision", 0.99),
            row("actor mentions", "all", "exact", "recall", 0.8),
            row("actor mentions", "all", "exact", "f1", 0.85),
            row("actor mentions", "acronym", "exact", "recall", 0.1),
            row("listed actor mentions", "all", "exact", "recall", 0.2),
            row("unlisted persons", "person", "exact", "recall", 0.3),
        ]
    )
    actors = DevsetScores(scores, pd.DataFrame(), pd.DataFrame())
    out = unseen.split_figures("dev", actors).set_index(["analyser", "metric"])
    assert out.loc[("actor mentions", "precision"), ["estimate", "units"]].tolist() == [0.9, 9]
    assert out.loc[("actor mentions", "recall"), ["estimate", "units"]].tolist() == [0.8, 10]
    assert out.loc[("unlisted persons", "recall"), "estimate"] == 0.3
    assert math.isnan(out.loc[("frame hits", "precision"), "estimate"])
    assert len(out) == 6


def test_instructive_errors_take_the_commonest_kind_and_its_first_example() -> None:
    errors = pd.DataFrame(
        {
            "article_id": ["b", "a", "a", "c", "a", "b"],
            "error": ["miss", "miss", "miss", "miss", "false positive", "false positive"],
            "kind": ["name", "acronym", "name", "name", "place", "acronym"],
            "start": [5, 1, 9, 0, 3, 2],
        }
    )
    picked = unseen.instructive_errors(errors).set_index("error")
    assert picked.loc["miss", ["article_id", "start", "same_kind", "of"]].tolist() == ["a", 9, 3, 4]
    # a tie (one acronym, one place) goes to the kind first in alphabetical order
    assert picked.loc["false positive", ["kind", "article_id"]].tolist() == ["acronym", "b"]


def test_sentence_around_gives_the_sentence_holding_the_span() -> None:
    text = "The army shelled Homs. Colonel Riad al-Asaad defected on Monday. He fled."
    start = text.index("Riad")
    assert unseen.sentence_around(text, start, start + 4) == (
        "Colonel Riad al-Asaad defected on Monday."
    )


def test_first_missed_statement_is_in_the_report_with_most_misses() -> None:
    pairs = pd.DataFrame(
        {
            "article_id": ["a", "b", "b", "b", "c"],
            "gold_start": [10.0, 50.0, 20.0, 5.0, 1.0],
            "pred_start": [np.nan, np.nan, np.nan, 5.0, np.nan],
        }
    )
    first = unseen.first_missed_statement(pairs)
    assert first[["article_id", "gold_start"]].values.tolist() == [["b", 20.0]]
    assert unseen.first_missed_statement(pairs[pairs["pred_start"].notna()]).empty


def _alpha_by_hand(first: list[str], second: list[str]) -> float:
    """Nominal alpha for two coders from the coincidence matrix (Krippendorff 2018, ch. 12)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b in zip(first, second, strict=True):
        for x, y in permutations((a, b)):
            pairs[(x, y)] += 1
    n = 2 * len(first)
    totals: Counter[str] = Counter()
    for (x, _y), count in pairs.items():
        totals[x] += count
    observed = sum(c for (x, y), c in pairs.items() if x != y) / n
    expected = sum(totals[x] * totals[y] for x in totals for y in totals if x != y)
    return 1 - observed / (expected / (n * (n - 1)))


def test_reader_agreement_scores_the_second_reader_against_the_first() -> None:
    first = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "start": [0, 10, 30, 0],
            "end": [5, 15, 35, 4],
            "actor_id": ["x", "y", "z", "x"],
        }
    )
    second = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "start": [0, 12, 40, 0],
            "end": [5, 15, 44, 4],
            "actor_id": ["x", "y", "z", "y"],
        }
    )
    out = readers.reader_agreement(first, second, "actor_id", ["a", "b"], "mentions")
    by = out.set_index("match")
    # exact: only a 0:5 x agrees (1 of 4 each way); lenient adds a 10:15 y against 12:15 y
    assert by.loc["exact", ["precision", "recall"]].tolist() == [1 / 4, 1 / 4]
    assert by.loc["lenient", "f1"] == pytest.approx(2 / 4)
    codes = readers.unit_codes(
        {"a": [(0, 5, "x"), (10, 15, "y"), (30, 35, "z")], "b": [(0, 4, "x")]},
        {"a": [(0, 5, "x"), (12, 15, "y"), (40, 44, "z")], "b": [(0, 4, "y")]},
        ["a", "b"],
    )
    assert codes[["first", "second"]].values.tolist() == [
        ["x", "x"],
        ["y", "y"],
        ["z", readers.NONE],
        [readers.NONE, "z"],
        ["x", "y"],
    ]
    expected = _alpha_by_hand(codes["first"].tolist(), codes["second"].tolist())
    assert out["alpha"].iloc[0] == pytest.approx(expected)
    assert (out["units"] == 5).all()


def test_two_readings_compare_both_readers_without_a_title_before_a_name(tmp_path) -> None:
    text = "President Omar Haddad said the army withdrew."
    actor_rows = {
        "annotations": [("r1", 10, 21, "omar_haddad", "person")],  # "Omar Haddad"
        "annotations_second": [("r1", 0, 21, "omar_haddad", "person")],  # with "President"
    }
    speaker_rows = {
        "annotations": [("r1", 22, 44, "omar_haddad")],
        "annotations_second": [("r1", 27, 44, "omar_haddad"), ("r2", 0, 5, "x")],
    }
    for reader in actor_rows:
        (tmp_path / reader).mkdir()
        pd.DataFrame(
            actor_rows[reader], columns=["article_id", "start", "end", "actor_id", "actor_type"]
        ).to_csv(tmp_path / reader / "actor_mentions.csv", index=False)
        pd.DataFrame(
            speaker_rows[reader], columns=["article_id", "start", "end", "speaker_actor_id"]
        ).to_csv(tmp_path / reader / "statements.csv", index=False)
    out = readers.two_readings(["r1"], {"r1": text}, folder=tmp_path).set_index(["unit", "match"])
    # the title is not compared: the two readers' mention is the same span
    assert out.loc[("actor mentions", "exact"), "f1"] == 1.0
    # statements are compared as written, and report r2 (not asked for) is never read
    assert out.loc[("statements (speaker)", "exact"), "f1"] == 0.0
    assert out.loc[("statements (speaker)", "lenient"), "f1"] == 1.0
    assert (out.loc["statements (speaker)", "units"] == 1).all()
