"""Distinctive words: hand-computed log-odds and G², and a golden list per article."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import GOLDEN

from newsframes.analysers import compare as cp
from newsframes.errors import LexiconError

# Two groups, two words: A uses "war" 3 times and "peace" once; B "war" once, "peace" 3 times.
TINY = pd.DataFrame(
    [("A", "war", 3), ("A", "peace", 1), ("B", "war", 1), ("B", "peace", 3)],
    columns=["group", "word", "count"],
)


def test_log_odds_by_hand() -> None:
    out = cp.log_odds_dirichlet(TINY, "group", alpha0=8)
    row = out[(out.group == "A") & (out.word == "war")].iloc[0]
    # Pooled: war 4, peace 4, N 8; alpha0 8 -> a_war = 8 * 4 / 8 = 4; a_0 = 8.
    # n_A = 4, n_rest = 4.
    delta = math.log((3 + 4) / (4 + 8 - 3 - 4)) - math.log((1 + 4) / (4 + 8 - 1 - 4))
    var = 1 / (3 + 4) + 1 / (1 + 4)
    assert row.prior == 4
    assert row.delta == pytest.approx(delta)  # log(7/5) - log(5/7) = 0.6729
    assert row.delta == pytest.approx(0.672944, abs=1e-6)
    assert row.variance == pytest.approx(var)
    assert row.z == pytest.approx(delta / math.sqrt(var))
    # Symmetry: B's "war" is A's "war" mirrored.
    other = out[(out.group == "B") & (out.word == "war")].iloc[0]
    assert other.z == pytest.approx(-row.z)


def test_default_prior_is_the_pooled_counts() -> None:
    out = cp.log_odds_dirichlet(TINY, "group")
    assert out.prior.tolist() == [4.0, 4.0, 4.0, 4.0]  # alpha0 = N = 8


def test_g2_by_hand() -> None:
    # 2x2 table [[3, 1], [1, 3]] (A: war, other words; B: war, other words);
    # all expected counts are 2, so G2 = 2 * (3 ln 1.5 + 1 ln 0.5 + 1 ln 0.5 + 3 ln 1.5).
    expected = 2 * (2 * 3 * math.log(1.5) + 2 * 1 * math.log(0.5))
    out = cp.g2_log_ratio(TINY, "group")
    row = out[(out.group == "A") & (out.word == "war")].iloc[0]
    assert row.g2 == pytest.approx(expected)  # 2.0930
    assert row.g2 == pytest.approx(2.093, abs=1e-3)
    assert row.log_ratio == pytest.approx(math.log2((3 / 4) / (1 / 4)))
    assert row.p_value == pytest.approx(math.erfc(math.sqrt(expected / 2)))


def test_g2_zero_cell_and_log_ratio_smoothing() -> None:
    counts = pd.DataFrame(
        [("A", "x", 2), ("A", "y", 8), ("B", "y", 10)], columns=["group", "word", "count"]
    )
    row = cp.g2_log_ratio(counts, "group").query("group == 'A' and word == 'x'").iloc[0]
    # [[2, 8], [0, 10]]: E = [[1, 9], [1, 9]]; the zero cell adds nothing.
    assert row.g2 == pytest.approx(
        2 * (2 * math.log(2) + 8 * math.log(8 / 9) + 10 * math.log(10 / 9))
    )
    assert row.log_ratio == pytest.approx(math.log2((2 / 10) / (0.5 / 10)))
    assert float(cp.g2_table(5, 5, 5, 5)[()]) == 0.0


def test_word_counts_from_texts_and_possessives() -> None:
    counts = cp.word_counts({"a": "Assad’s army and Assad's men. 2011", "b": "The army."})
    a = counts[counts.group == "a"].set_index("word")["count"]
    assert a["assad"] == 2 and "2011" not in a.index
    assert counts[counts.group == "a"].n_words.iloc[0] == 6  # numbers count in n_words
    with_stop = cp.word_counts(["The army.", "the men"], stopwords=True)
    assert "the" not in set(with_stop.word)
    assert set(with_stop.group) == {0, 1}


def test_per_thousand() -> None:
    assert cp.per_thousand(5, 250) == 20.0
    assert math.isnan(cp.per_thousand(1, 0))
    s = cp.per_thousand(pd.Series([1, 2]), pd.Series([1000, 0]))
    assert s.iloc[0] == 1.0 and np.isnan(s.iloc[1])


def test_stopword_list_errors(tmp_path: Path) -> None:
    bad = tmp_path / "stopwords.yml"
    bad.write_text("stopwords:\n  - the\n  - The\n  - the\n  - on\n  - ''\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        cp.load_stopwords(bad)
    message = str(err.value)
    assert "duplicate 'the'" in message and "'The' is not one lower-case word" in message
    assert "stopwords[3]: True is not text" in message  # bare `on` is a YAML boolean
    assert "stopwords[4]" in message
    assert "4 lexicon problems" in message
    missing = tmp_path / "none.yml"
    missing.write_text("words: []\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="stopwords"):
        cp.load_stopwords(missing)


def test_shipped_stopwords_load() -> None:
    words = cp.load_stopwords()
    assert {"the", "of", "on", "off"} <= words
    assert not {"we", "they", "not", "said"} & words  # kept on purpose (see the YAML)


def test_five_short_documents_keep_their_vocabulary(corpus: pd.DataFrame) -> None:
    counts = cp.word_counts(corpus, "id")
    lo = cp.log_odds_dirichlet(counts, "group")
    assert lo.word.nunique() == counts.word.nunique() > 1000


# Golden: top 8 words per article by log-odds z (stopwords removed). Checked by
# reading: each word occurs in its article (asserted below too) and the lists fit
# the stories: asharq "fsa", "security", "directorate", "air force" (the Air Force
# Intelligence defections); fan "militants", "islamists", "ahrar al-sham",
# "neighborhoods", "bustan" (Bustan al-Qasr, East Aleppo) -- the Russian outlet's
# labels; globalpost "jisr al-shughour", "qashami", "unarmed"; guardian "isis",
# "abu saad", "terror"; itv "khateeb", "rebels", "islamist", "weapons".
def test_golden_distinctive_words(corpus: pd.DataFrame, texts: dict[str, str]) -> None:
    got = cp.distinctive_words(corpus, top=8)
    got = got[["group", "rank", "word", "count", "count_rest"]].assign(
        z=got.z.round(4), log_ratio=got.log_ratio.round(4)
    )
    want = pd.read_csv(GOLDEN / "compare" / "distinctive.csv")
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)
    for group, word in zip(want.group, want.word, strict=True):
        assert word in texts[group].lower().replace("’", "'")


def test_removing_a_stopword_changes_the_list(corpus: pd.DataFrame, tmp_path: Path) -> None:
    words = sorted(cp.load_stopwords() - {"the"})
    with_the = cp.distinctive_words(corpus, top=40, stopwords=words)
    assert "the" in set(with_the.word)
    assert "the" not in set(cp.distinctive_words(corpus, top=40).word)
