"""Lesson 04 checks: the right answers pass, wrong ones get a specific hint, `...` is unanswered."""

from __future__ import annotations

import pandas as pd

from newsframes.analysers.sentiment import drivers_long, score_sentences
from newsframes.analysers.sentiment.scorers import textblob_scores, vader_compound
from newsframes.book.checks import lesson_04 as l4

SCORED = score_sentences(l4.article_text(l4.ARTICLE))


def test_two_scores() -> None:
    sentence = l4.sentence_starting(l4.ARTICLE, l4.FIRST_WORDS)
    assert sentence.startswith("Men, he claimed, preached Sharia law")
    tb, vd = textblob_scores([sentence])[0][0], vader_compound(sentence)
    assert tb == 0.0 and vd < -0.5  # read: no TextBlob word; VADER sees "looting", "raping"
    assert l4.check_two_scores(tb, vd).passed
    assert "Use SentimentIntensityAnalyzer" in str(l4.check_two_scores(tb, 0.5))
    assert "Use PatternAnalyzer" in str(l4.check_two_scores(0.3, vd))
    assert str(l4.check_two_scores(..., ...)).startswith("… Not answered yet")


def test_scored() -> None:
    assert l4.check_scored(SCORED).passed
    assert "sentences. Score the clean text" in str(l4.check_scored(SCORED.head(3)))
    assert "lacks the column(s) vader_compound" in str(
        l4.check_scored(SCORED[["sent_id", "polarity"]])
    )
    assert str(l4.check_scored(...)).startswith("… Not answered yet")


def test_disagreements() -> None:
    ids = l4.disagreements(SCORED)
    # Read: "He had become steadily disillusioned ..." (TextBlob + from "steadily", VADER -).
    assert 7 in ids
    assert l4.check_disagreements(SCORED[SCORED["sent_id"].isin(ids)]).passed
    wrong = l4.check_disagreements(SCORED[SCORED["polarity"] > 0])
    assert "that should not be there" in str(wrong) and "vader_compound <= -0.05" in str(wrong)
    assert str(l4.check_disagreements(...)).startswith("… Not answered yet")


def test_unscored_and_top_driver() -> None:
    assert l4.check_unscored(int((~SCORED["has_hit"]).sum())).passed
    assert "Count the rows where has_hit is False" in str(l4.check_unscored(0))
    assert l4.check_top_driver("perfectly").passed  # read: "fits perfectly with the narrative"
    assert "not the strongest positive driver" in str(l4.check_top_driver("free"))
    assert "should be text" in str(l4.check_top_driver(3))
    assert str(l4.check_top_driver(...)).startswith("… Not answered yet")
    assert drivers_long(SCORED)["polarity"].max() == 1.0


def test_fsa_mean_catches_the_index_bug() -> None:
    assert l4.check_fsa_mean(l4.fsa_mean_polarity()).passed
    from newsframes.analysers.actors import find_mentions

    mentions = find_mentions(l4.article_text(l4.ARTICLE))
    fsa = mentions[mentions["actor_id"] == l4.FSA]
    buggy = float(SCORED.loc[fsa.index, "polarity"].mean())
    assert buggy != l4.fsa_mean_polarity()
    assert "not by the row numbers (index)" in str(l4.check_fsa_mean(buggy))
    assert str(l4.check_fsa_mean(...)).startswith("… Not answered yet")


def test_masking() -> None:
    changed = SCORED[SCORED["polarity"] != SCORED["polarity_masked"]]
    assert l4.check_itv_masking(changed).passed
    assert "polarity_masked with !=" in str(l4.check_itv_masking(SCORED.head(0)))
    assert "no sent_id column" in str(l4.check_itv_masking(pd.DataFrame({"x": [1]})))
    n = len(l4.masking_changes(l4.OTHER_ARTICLE))
    assert n >= 5  # read: "security forces", "Intelligence Directorate", "Free" throughout
    assert l4.check_other_masking(n).passed
    assert "compare vader_compound with vader_masked" in str(l4.check_other_masking(n + 1))
    assert str(l4.check_other_masking(...)).startswith("… Not answered yet")
