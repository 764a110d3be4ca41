"""Lesson 04 checks: the right answers pass; the number printed on the page and the
neighbouring attribute or column are refused with a hint; `...` is unanswered."""

from __future__ import annotations

import pandas as pd
import pytest
from test_checks import refused
from textblob.en.sentiments import PatternAnalyzer

from newsframes.analysers.actors import find_mentions
from newsframes.analysers.sentiment import drivers_long, score_sentences
from newsframes.book.checks import lesson_04 as l4

SCORED = score_sentences(l4.article_text(l4.ARTICLE))
SENTENCE = l4.sentence_starting(l4.ARTICLE, l4.FIRST_WORDS)
SECOND = l4.sentence_starting(l4.ARTICLE, l4.SECOND_WORDS)
TEXTBLOB = PatternAnalyzer()


def printed(value: float) -> float:
    """A score as the lesson prints it in its messages and tables (two decimals)."""
    return float(f"{value:+.2f}")


def right_two_scores() -> dict[str, object]:
    return {
        "tb_polarity": TEXTBLOB.analyze(SENTENCE).polarity,
        "vader_score": l4.vader_dict(SENTENCE)["compound"],
        "vader_scores": l4.vader_dict(SENTENCE),
        "tb_second": TEXTBLOB.analyze(SECOND).polarity,
    }


def test_two_scores_right_and_unanswered() -> None:
    assert SENTENCE.startswith("Men, he claimed, preached Sharia law")
    # Read: TextBlob finds no word in the first sentence, so both its numbers are 0 there;
    # in the second ("steadily") they differ.
    first = TEXTBLOB.analyze(SENTENCE)
    assert first.polarity == first.subjectivity == 0.0
    assert TEXTBLOB.analyze(SECOND).polarity != TEXTBLOB.analyze(SECOND).subjectivity
    assert l4.check_two_scores(**right_two_scores()).passed
    assert str(l4.check_two_scores(..., ..., ..., ...)).startswith("… Not answered yet")


def test_two_scores_refuses_the_printed_number() -> None:
    # The guess: the two numbers as the page prints them, with the rest right.
    answer = right_two_scores()
    answer["tb_polarity"] = printed(float(answer["tb_polarity"]))  # type: ignore[arg-type]
    answer["vader_score"] = printed(float(answer["vader_score"]))  # type: ignore[arg-type]
    assert refused(l4.check_two_scores(**answer), "that is the value rounded")
    # The printed dict of the page's example sentence is not the dict of this sentence.
    example = l4.vader_dict("The Free Syrian Army said it had taken the town.")
    assert refused(
        l4.check_two_scores(**{**right_two_scores(), "vader_scores": example}),
        "dict of another text",
    )


def test_two_scores_refuses_the_neighbouring_attribute() -> None:
    subjectivity = {
        **right_two_scores(),
        "tb_polarity": TEXTBLOB.analyze(SENTENCE).subjectivity,
        "tb_second": TEXTBLOB.analyze(SECOND).subjectivity,
    }
    assert refused(l4.check_two_scores(**subjectivity), "subjectivity, not its polarity")
    neg = {**right_two_scores(), "vader_score": l4.vader_dict(SENTENCE)["neg"]}
    assert refused(l4.check_two_scores(**neg), "'neg' share, not the compound")
    assert refused(
        l4.check_two_scores(**{**right_two_scores(), "vader_scores": 0.5}), "should be the dict"
    )


def test_scored() -> None:
    assert l4.check_scored(SCORED).passed
    assert str(l4.check_scored(...)).startswith("… Not answered yet")
    # The page prints the article's sentences; the neighbouring attribute has no scores.
    from newsframes.book import article

    itv = article(l4.ARTICLE)
    assert refused(l4.check_scored(itv.sentences), "without scores")
    assert refused(l4.check_scored(score_sentences(l4.raw_text(l4.ARTICLE))), "raw text")
    rounded = SCORED.assign(polarity=SCORED["polarity"].round(2))  # as the page's table
    assert refused(l4.check_scored(rounded), "`polarity` values are not the ITV")
    other = score_sentences(l4.article_text(l4.OTHER_ARTICLE)).head(len(SCORED))
    assert refused(l4.check_scored(other), "values are not the ITV")
    assert refused(l4.check_scored(SCORED.head(3)), "sentences. Score the clean text")


def test_disagreements() -> None:
    ids = l4.disagreements(SCORED)
    # Read: "He had become steadily disillusioned ..." (TextBlob + from "steadily", VADER -).
    assert 7 in ids
    assert l4.check_disagreements(SCORED[SCORED["sent_id"].isin(ids)]).passed
    assert str(l4.check_disagreements(...)).startswith("… Not answered yet")
    # The ids typed from the page are not the rows of `scored`.
    assert refused(l4.check_disagreements(ids), "should be rows of `scored`")
    one_way = SCORED[(SCORED["polarity"] > 0) & (SCORED["vader_compound"] <= -0.05)]
    assert refused(l4.check_disagreements(one_way), "one direction only")
    tb, vd = SCORED["polarity_masked"], SCORED["vader_masked"]
    masked = SCORED[((tb > 0) & (vd <= -0.05)) | ((tb < 0) & (vd >= 0.05))]
    assert refused(l4.check_disagreements(masked), "compared the masked scores")
    wrong = l4.check_disagreements(SCORED[SCORED["polarity"] > 0])
    assert refused(wrong, "that should not be there") and "vader_compound <= -0.05" in str(wrong)


def test_unscored() -> None:
    assert l4.check_unscored(int((~SCORED["has_hit"]).sum())).passed
    assert str(l4.check_unscored(...)).startswith("… Not answered yet")
    zero_on_page = int((SCORED["polarity"].round(2) == 0).sum())  # "+0.00" in the table
    assert refused(l4.check_unscored(zero_on_page), "polarity 0, as the table shows")
    assert refused(l4.check_unscored(int(SCORED["has_hit"].sum())), "WITH a TextBlob word")


def test_top_driver() -> None:
    drivers = drivers_long(SCORED)
    assert drivers["polarity"].max() == 1.0
    assert l4.check_top_driver("perfectly").passed  # read: "fits perfectly with the narrative"
    assert str(l4.check_top_driver(...)).startswith("… Not answered yet")
    # The page's example sentence prints its positive word, "Free".
    assert refused(l4.check_top_driver("free"), "not the strongest positive driver")
    lowest = drivers.sort_values("polarity")["words"].iloc[0]
    assert refused(l4.check_top_driver(lowest), "most NEGATIVE")
    top_sentence = SCORED.loc[SCORED["polarity"].idxmax(), "drivers"]  # the neighbouring column
    assert refused(l4.check_top_driver(top_sentence), "give the word alone")
    assert refused(l4.check_top_driver(3), "should be text")


def test_fsa_mean() -> None:
    assert l4.check_fsa_mean(l4.fsa_mean_polarity()).passed
    assert str(l4.check_fsa_mean(...)).startswith("… Not answered yet")
    mentions = find_mentions(l4.article_text(l4.ARTICLE))
    fsa = mentions[mentions["actor_id"] == l4.FSA]
    buggy = float(SCORED.loc[fsa.index, "polarity"].mean())  # what the bug hunt prints
    assert buggy != l4.fsa_mean_polarity()
    assert refused(l4.check_fsa_mean(buggy), "the buggy cell prints")
    fsa_rows = SCORED[SCORED["sent_id"].isin([2, 20])]  # read: the two sentences naming the FSA
    assert float(fsa_rows["polarity"].mean()) == pytest.approx(l4.fsa_mean_polarity())
    assert refused(l4.check_fsa_mean(fsa_rows["vader_compound"].mean()), "VADER's compound")
    assert refused(l4.check_fsa_mean(fsa_rows["subjectivity"].mean()), "mean subjectivity")


def test_itv_masking() -> None:
    changed = SCORED[SCORED["polarity"] != SCORED["polarity_masked"]]
    assert l4.check_itv_masking(changed).passed
    assert str(l4.check_itv_masking(...)).startswith("… Not answered yet")
    assert refused(l4.check_itv_masking(changed["sent_id"].tolist()), "should be rows")
    with_names = SCORED[SCORED["n_masked"] > 0]  # the neighbouring column
    assert refused(l4.check_itv_masking(with_names), "sentences with a masked name")
    assert refused(l4.check_itv_masking(SCORED.head(0)), "polarity_masked with !=")
    assert refused(l4.check_itv_masking(pd.DataFrame({"x": [1]})), "lacks the column(s)")


def test_other_masking() -> None:
    asharq = score_sentences(l4.article_text(l4.OTHER_ARTICLE))
    n = int((asharq["vader_compound"] != asharq["vader_masked"]).sum())
    assert n >= 5  # read: "security forces", "Intelligence Directorate", "Free" throughout
    assert l4.check_other_masking(n).passed
    assert str(l4.check_other_masking(...)).startswith("… Not answered yet")
    # The count on the page is the ITV one; the neighbouring column is TextBlob's.
    itv_count = int((SCORED["vader_compound"] != SCORED["vader_masked"]).sum())
    assert refused(l4.check_other_masking(itv_count), "that is the ITV count")
    textblob = int((asharq["polarity"] != asharq["polarity_masked"]).sum())
    assert refused(l4.check_other_masking(textblob), "TextBlob polarity changes")
    assert refused(l4.check_other_masking(n + 1), "compare vader_compound with vader_masked")
