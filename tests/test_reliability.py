"""Agreement between two human readers, and bootstrap intervals over articles."""

from __future__ import annotations

import json
from itertools import product

import numpy as np
import pandas as pd
import pytest

from newsframes.evaluate import AnnotationError, load_frame_coding
from newsframes.evaluate.intervals import bootstrap_prf
from newsframes.evaluate.reliability import (
    coder_agreement,
    krippendorff_alpha,
    load_second_coding,
)


def _alpha_by_hand(first: list[int], second: list[int]) -> float:
    """Krippendorff's nominal alpha for two coders and no missing values, from the
    coincidence matrix: 1 - (n - 1) * sum(o_ck, c != k) / sum(n_c * n_k, c != k)."""
    values = sorted(set(first) | set(second))
    pairs = list(zip(first, second, strict=True)) + list(zip(second, first, strict=True))
    n = len(pairs)
    totals = {v: sum(1 for a, _ in pairs if a == v) for v in values}
    observed = sum(1 for a, b in pairs if a != b)
    expected = sum(totals[c] * totals[k] for c, k in product(values, values) if c != k)
    return 1 - (n - 1) * observed / expected


@pytest.mark.parametrize(
    "first, second",
    [
        ([1, 0, 1, 1, 0, 1], [1, 0, 0, 1, 0, 1]),
        ([1, 1, 1, 1, 1], [1, 1, 1, 1, 0]),
        ([0, 1, 2, 2, 1, 0], [0, 1, 2, 1, 1, 0]),
    ],
)
def test_alpha_matches_the_coincidence_matrix(first, second):
    assert krippendorff_alpha(first, second) == pytest.approx(_alpha_by_hand(first, second))


def test_alpha_is_one_on_perfect_agreement_and_nan_without_variation():
    assert krippendorff_alpha([1, 0, 1], [1, 0, 1]) == pytest.approx(1.0)
    assert np.isnan(krippendorff_alpha([1, 1, 1], [1, 1, 1]))
    with pytest.raises(ValueError, match="same, non-empty"):
        krippendorff_alpha([1, 0], [1])


def test_second_coding_covers_the_five_articles_and_the_text_questions():
    second = load_second_coding()
    coding = load_frame_coding()
    assert set(second["article_id"]) == set(coding.answers)
    # the visual question H5 was not coded from the text
    assert set(second["question"]) == set(coding.questions) - {"H5"}
    assert len(second) == len(coding.answers) * (len(coding.questions) - 1)


def test_agreement_counts_units_both_coders_answered():
    coding = load_frame_coding()
    second = load_second_coding()
    table = coder_agreement()
    overall = table.set_index("scope").loc["all"]
    first = {
        (a, q): yes for a, answers in coding.answers.items() for q, (yes, _) in answers.items()
    }
    same = sum(first[(a, q)] == yes for a, q, yes in second.itertuples(index=False))
    assert overall["units"] == len(second)
    assert overall["agreements"] == same
    assert overall["percent"] == pytest.approx(100 * same / len(second))
    frames = table[table["scope"] == "frame"]
    assert frames["units"].sum() == overall["units"]
    assert set(frames["name"]) == {q.frame for q in coding.questions.values()}


def test_a_flipped_answer_lowers_agreement():
    second = load_second_coding()
    base = coder_agreement(second).set_index("name").loc["C1"]
    flipped = second.copy()
    row = flipped.index[(flipped["question"] == "C1")][0]
    flipped.loc[row, "yes"] = not flipped.loc[row, "yes"]
    after = coder_agreement(flipped).set_index("name").loc["C1"]
    assert after["agreements"] == base["agreements"] - 1


def test_bad_second_coding_names_file_item_and_fix(tmp_path):
    path = tmp_path / "second.json"
    path.write_text(json.dumps({"coding": {"itv-2014-khateeb": {"C1": 2, "Z9": 1}}}))
    with pytest.raises(AnnotationError) as caught:
        load_second_coding(path)
    text = str(caught.value)
    assert "second.json" in text
    assert "itv-2014-khateeb.C1" in text and "write 0 or 1" in text
    assert "itv-2014-khateeb.Z9" in text and "not a question" in text
    path.write_text("{not json")
    with pytest.raises(AnnotationError, match="cannot be read as JSON"):
        load_second_coding(path)


def test_bootstrap_estimate_is_the_pooled_share_and_interval_contains_it():
    counts = pd.DataFrame({"tp": [10, 20, 5, 30], "fp": [1, 0, 2, 3], "fn": [2, 4, 0, 1]})
    table = bootstrap_prf(counts, resamples=500).set_index("metric")
    tp, fp, fn = counts.sum()
    assert table.loc["precision", "estimate"] == pytest.approx(tp / (tp + fp))
    assert table.loc["recall", "estimate"] == pytest.approx(tp / (tp + fn))
    for metric in ("precision", "recall", "f1"):
        low, est, high = table.loc[metric, ["low", "estimate", "high"]]
        assert low <= est <= high
        assert low < high
    assert (table["articles"] == 4).all()


def test_bootstrap_of_identical_articles_has_no_width_and_is_seeded():
    same = pd.DataFrame({"tp": [4, 4, 4], "fp": [1, 1, 1], "fn": [0, 0, 0]})
    table = bootstrap_prf(same).set_index("metric")
    assert table.loc["precision", "low"] == table.loc["precision", "high"] == 0.8
    varied = pd.DataFrame(
        {"tp": [1, 9, 3, 7, 2, 5, 8], "fp": [3, 0, 1, 2, 4, 0, 1], "fn": [0, 2, 5, 1, 3, 2, 0]}
    )
    pd.testing.assert_frame_equal(bootstrap_prf(varied, seed=7), bootstrap_prf(varied, seed=7))
    assert not bootstrap_prf(varied, seed=7).equals(bootstrap_prf(varied, seed=8))


def test_bootstrap_refuses_bad_counts():
    with pytest.raises(ValueError, match="fn"):
        bootstrap_prf(pd.DataFrame({"tp": [1], "fp": [0]}))
    with pytest.raises(ValueError, match="no article"):
        bootstrap_prf(pd.DataFrame({"tp": [], "fp": [], "fn": []}))
