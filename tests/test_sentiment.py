"""Sentence sentiment: small sentences of our own, then a golden table for the five articles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import GOLDEN
from textblob.en.sentiments import PatternAnalyzer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframes.analysers import sentiment as se
from newsframes.analysers.sentiment import summary as sentiment_summary
from newsframes.text.segmentation import split_sentences

NO_MENTIONS = pd.DataFrame(columns=["start", "end", "surface", "actor_id", "actor_type", "side"])


def mention(text: str, surface: str, actor_id: str = "x") -> pd.DataFrame:
    start = text.index(surface)
    return pd.DataFrame(
        [(start, start + len(surface), surface, actor_id, "armed_group", None)],
        columns=NO_MENTIONS.columns,
    )


def one(text: str, mentions: pd.DataFrame = NO_MENTIONS) -> pd.Series:
    scored = se.score_sentences(text, mentions=mentions)
    assert len(scored) == 1
    return scored.iloc[0]


def test_free_syrian_army_is_positive_unmasked_and_neutral_masked() -> None:
    text = "The Free Syrian Army said it had taken the town."
    row = one(text, mention(text, "Free Syrian Army", "free_syrian_army"))
    assert row.polarity > 0 and row.vader_compound > 0
    assert row.drivers == "free +0.40"
    assert row.polarity_masked == 0.0 and row.vader_masked == 0.0
    assert not row.has_hit or row.polarity_masked == 0.0
    assert row.n_masked == 1


def test_real_actor_lexicon_masks_free_syrian_army() -> None:
    row = one("The Free Syrian Army said it had taken the town.", mentions=None)  # type: ignore[arg-type]
    assert row.polarity > 0 and row.polarity_masked == 0.0 and row.vader_masked == 0.0


def test_masking_a_neutral_name_changes_nothing() -> None:
    text = "Ahrar al-Sham fighters were killed in a terrible attack."
    row = one(text, mention(text, "Ahrar al-Sham"))
    assert row.polarity < 0
    assert (row.polarity_masked, row.vader_masked) == (row.polarity, row.vader_compound)


def test_negation_flips_polarity() -> None:
    good, not_good = one("The plan is good."), one("The plan is not good.")
    assert good.polarity > 0 and not_good.polarity < 0
    assert not_good.drivers == "not good -0.35"
    assert one("The plan is not good.").vader_compound < 0


def test_sentence_without_lexicon_hit() -> None:
    row = one("Soldiers crossed the river on Tuesday.")
    assert not row.has_hit
    assert (row.polarity, row.subjectivity, row.drivers) == (0.0, 0.0, "")


def test_scores_equal_textblob_and_vader_on_every_sentence(texts: dict[str, str]) -> None:
    # The joined-tokenizer and plain-dict shortcuts must not change any number.
    pa, va = PatternAnalyzer(), SentimentIntensityAnalyzer()
    for text in texts.values():
        sents = split_sentences(text)
        scored = se.score_sentences(text, sentences=sents, mentions=NO_MENTIONS)
        for s, pol, subj, vd in zip(
            sents["text"], scored.polarity, scored.subjectivity, scored.vader_compound, strict=True
        ):
            assert (pol, subj) == tuple(pa.analyze(s))
            assert vd == va.polarity_scores(s)["compound"]


def test_quoted_share_and_segments() -> None:
    text = '"We will never surrender," he said angrily. The town was quiet.'
    scored = se.score_sentences(text, mentions=NO_MENTIONS)
    assert scored.quoted_share.iloc[0] == pytest.approx(len('"We will never surrender,"') / 43)
    assert scored.quoted_share.iloc[1] == 0.0
    seg = se.score_segments(text, mentions=NO_MENTIONS, scored=scored)
    assert seg[["sent_id", "voice"]].values.tolist() == [
        [0, "quoted"],
        [0, "journalist"],
        [1, "journalist"],
    ]
    assert text[seg.start.iloc[1] : seg.end.iloc[1]] == "he said angrily."
    assert seg.polarity.iloc[1] < 0 and seg.polarity.iloc[0] == 0.0


def test_bootstrap_is_seeded_and_contains_the_mean() -> None:
    values = np.array([0.5, -0.2, 0.0, 0.1, 0.9, -0.7, 0.3])
    a = se.bootstrap_ci(values, np.random.default_rng(3))
    b = se.bootstrap_ci(values, np.random.default_rng(3))
    c = se.bootstrap_ci(values, np.random.default_rng(4))
    assert a == b and a != c
    assert a[0] < values.mean() < a[1]
    assert np.isnan(se.bootstrap_ci(values[:2], np.random.default_rng(3))[0])


def test_article_summary_does_not_depend_on_other_articles(texts: dict[str, str]) -> None:
    scored = all_scored(texts)
    alone = se.article_sentiment(scored[scored.article_id == "itv-2014-khateeb"])
    together = se.article_sentiment(scored)
    pd.testing.assert_frame_equal(
        alone.reset_index(drop=True),
        together[together.article_id == "itv-2014-khateeb"].reset_index(drop=True),
    )


def all_scored(texts: dict[str, str]) -> pd.DataFrame:
    frames = []
    for aid, text in texts.items():
        s = se.score_sentences(text, mentions=NO_MENTIONS)
        s.insert(0, "article_id", aid)
        frames.append(s)
    return pd.concat(frames, ignore_index=True)


# Golden: per-article summary of the unmasked measures (masking depends on the actor
# lexicon, which is tested with it). Checked by reading the most extreme sentences:
# - most positive, itv (+1.00): "this fits perfectly with the narrative being pushed
#   by the regime" -- "perfectly" is sceptical here, not praise: a lexicon artefact;
# - next, asharq (+0.50): driven only by "more" ("more and more Syrian soldiers ...
#   are defecting", "more than 1,100 ... officers have been imprisoned"): a quantity
#   word, not a judgement; VADER scores the second -0.46. Asharq's high mean is
#   largely this;
# - most negative: globalpost "confront a 'violent gang'" (-0.80), guardian "afraid"
#   (-0.60), "nothing wrong" (-0.50), "criminal elements led by Bashar al-Assad"
#   (-0.40): all read as negative, correctly;
# - VADER is far more negative than TextBlob where killing is described ("killed a
#   man who had killed her husband": VADER -0.92, TextBlob -0.20), which is why the
#   two are reported side by side.
# The intervals come from one resample per article shared by all measures. When that
# replaced one resample per measure, every n and mean stayed the same and the
# intervals moved by at most 0.0192 (globalpost subjectivity, upper bound 0.4028 ->
# 0.3836; all others by 0.0113 or less): Monte Carlo noise of 2,000 replicates.
MEASURES = ["polarity", "polarity_hit", "coverage", "subjectivity", "vader"]


def test_golden_article_sentiment(texts: dict[str, str]) -> None:
    got = se.article_sentiment(all_scored(texts), seed=0, n_boot=2000)
    got = got[got.measure.isin(MEASURES)].round(4).reset_index(drop=True)
    want = pd.read_csv(GOLDEN / "sentiment" / "articles.csv")
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_measures_share_one_resample_per_group() -> None:
    # Identical columns get identical intervals only if their replicates use the
    # same resampled sentences; a zero shift gets the interval (0, 0).
    rng = np.random.default_rng(1)
    pol = rng.normal(0, 0.3, 12).round(2)
    hit = np.array([True] * 9 + [False] * 3)
    scored = pd.DataFrame(
        {
            "polarity": np.where(hit, pol, 0.0),
            "has_hit": hit,
            "subjectivity": rng.random(12),
            "vader_compound": rng.normal(0, 0.5, 12),
        }
    )
    scored["polarity_masked"] = scored["polarity"]
    scored["subjectivity_masked"] = scored["subjectivity"]
    scored["vader_masked"] = scored["vader_compound"]
    out = se.article_sentiment(scored).set_index("measure")
    for plain, masked in [("polarity", "polarity_masked"), ("vader", "vader_masked")]:
        assert out.loc[plain, ["ci_low", "ci_high"]].tolist() == (
            out.loc[masked, ["ci_low", "ci_high"]].tolist()
        )
        assert out.loc[f"{plain}_mask_shift", ["ci_low", "ci_high"]].tolist() == [0.0, 0.0]
    # polarity_hit: the mean over the nine sentences with a hit, interval around it.
    assert out.loc["polarity_hit", "n"] == 9
    assert out.loc["polarity_hit", "mean"] == pytest.approx(pol[hit].mean())
    assert out.loc["polarity_hit", "ci_low"] < pol[hit].mean() < out.loc["polarity_hit", "ci_high"]
    assert out.loc["polarity", "ci_low"] < scored.polarity.mean() < out.loc["polarity", "ci_high"]


def test_interval_percentiles_equal_numpy() -> None:
    rng = np.random.default_rng(2)
    tail = 2.5
    for size in (1, 2, 3, 7, 40, 2000):
        rows = rng.normal(size=(4, size)).round(2)
        low, high = sentiment_summary._percentiles(rows.copy(), tail)
        want = np.percentile(rows, [tail, 100 - tail], axis=1)
        assert (low, high) == (want[0].tolist(), want[1].tolist())


def test_actor_sentiment_counts_each_sentence_once() -> None:
    text = "The FSA is good. The FSA and the FSA are bad. Rain fell."
    ments = pd.concat(
        [mention(text, "FSA")]
        + [
            pd.DataFrame([(i, i + 3, "FSA", "x", "armed_group", None)], columns=NO_MENTIONS.columns)
            for i in (21, 33)
        ],
        ignore_index=True,
    )
    scored = se.score_sentences(text, mentions=ments)
    out = se.actor_sentiment(scored, ments)
    pol = out[out.measure == "polarity"].iloc[0]
    assert pol.n == 2
    assert pol["mean"] == pytest.approx((0.7 - 0.7) / 2)
    assert np.isnan(pol.ci_low)  # fewer than 3 sentences: no interval


def test_agreement_table() -> None:
    scored = se.score_sentences(
        "It was good. It was bad. It was a table. It was a wonderful day.", mentions=NO_MENTIONS
    )
    agree = se.textblob_vader_agreement(scored)
    assert agree.iloc[-1].article_id == "(all)"
    assert agree.iloc[-1].agreement == 1.0 and agree.iloc[-1].sign_agreement == 1.0
    assert agree.iloc[-1].pearson > 0.9


def test_drivers_long_traces_scores_to_words() -> None:
    scored = se.score_sentences("It is not good. A bad, terrible day.", mentions=NO_MENTIONS)
    long = se.drivers_long(scored)
    assert long.values.tolist() == [[0, "not good", -0.35], [1, "bad", -0.7], [1, "terrible", -1.0]]
