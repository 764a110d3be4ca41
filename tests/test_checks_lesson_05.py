"""Lesson 05 checks: the right answers pass; the number printed on the page and the
neighbouring column or attribute are refused with a hint; `...` is unanswered."""

from __future__ import annotations

import pytest
from test_checks import refused

from newsframes.analysers.sourcing import find_quotes
from newsframes.book.checks import lesson_04
from newsframes.book.checks import lesson_05 as l5

QUOTES = find_quotes(lesson_04.article_text(l5.ARTICLE))


def test_quotes_and_claimed() -> None:
    assert l5.check_quotes(QUOTES).passed
    assert "Use sourcing.find_quotes(itv.text)" in str(l5.check_quotes(QUOTES.head(1)))
    assert "lacks the column(s) verb" in str(l5.check_quotes(QUOTES[["speaker"]]))
    assert str(l5.check_quotes(...)).startswith("… Not answered yet")
    # Read: Khateeb "claimed" three times ("Men, he claimed", "He claimed more than 70 per
    # cent", "He claimed the weapons").
    assert l5.check_claimed(3).passed
    assert "not the form" in str(l5.check_claimed(5))


def test_distancing_share() -> None:
    share = l5.distancing_share(QUOTES)
    assert l5.check_distancing_share(share).passed
    assert "not a percentage" in str(l5.check_distancing_share(share * 100))
    assert str(l5.check_distancing_share(...)).startswith("… Not answered yet")


def test_anonymous_shares() -> None:
    shares = l5.anonymous_shares()
    assert shares["asharq-2011-airforce-defections"] == 1.0  # read: only "the FSA source" etc.
    assert l5.check_anonymous_shares(shares).passed
    assert l5.check_anonymous_shares(shares.to_dict()).passed
    wrong = shares.copy()
    wrong["itv-2014-khateeb"] = 0.5
    assert "the share for itv-2014-khateeb is not 0.50" in str(l5.check_anonymous_shares(wrong))
    assert "no share for" in str(l5.check_anonymous_shares(shares.drop("itv-2014-khateeb")))
    assert "should be a Series" in str(l5.check_anonymous_shares(0.5))


def test_edited_share_changes_and_is_checked() -> None:
    new = l5.edited_share()
    assert new < l5.distancing_share(QUOTES)  # "claim" no longer distancing
    assert l5.check_edited_share(new).passed
    assert "find_quotes(..., path=copy)" in str(l5.check_edited_share(0.5))
    assert str(l5.check_edited_share(...)).startswith("… Not answered yet")


def test_pseudonyms() -> None:
    quotes = find_quotes(lesson_04.article_text(l5.OTHER_ARTICLE))
    n = int((quotes["referent_class"] == "pseudonym").sum())
    assert n > 0  # read: "Abu Saad", who called himself so
    assert l5.check_pseudonyms(n).passed
    assert 'referent_class is "pseudonym"' in str(l5.check_pseudonyms(n + 2))


def test_quotes_refuse_the_neighbouring_tables() -> None:
    from newsframes import book

    every_article = book.analysis().quotes  # the table the lesson uses in section 3
    assert refused(l5.check_quotes(every_article), "every article")
    sentences = book.article(l5.ARTICLE).sentences
    assert refused(l5.check_quotes(sentences), "table of sentences")
    guardian = find_quotes(lesson_04.article_text(l5.OTHER_ARTICLE)).head(len(QUOTES))
    assert refused(l5.check_quotes(guardian), "not the ITV report's verbs")


def test_claimed_and_shares_refuse_the_page_and_the_neighbouring_column() -> None:
    distancing = int((QUOTES["verb_class"] == "distancing").sum())  # the neighbouring column
    assert refused(l5.check_claimed(distancing), "every distancing verb")
    assert refused(l5.check_claimed(len(QUOTES)), "counts every statement")
    share = l5.distancing_share(QUOTES)
    assert refused(l5.check_distancing_share(float(f"{share:.2f}")), "value rounded")
    neutral = float((QUOTES["verb_class"] == "neutral").mean())
    assert refused(l5.check_distancing_share(neutral), "share of neutral verbs")
    # The check above the edit prints the share before the edit.
    assert refused(l5.check_edited_share(share), "share before the edit")
    assert refused(l5.check_edited_share(float(f"{l5.edited_share():.2f}")), "value rounded")


def test_anonymous_shares_refuse_the_page_and_the_neighbouring_column() -> None:
    from newsframes import book

    quotes = book.analysis().quotes
    by_article = quotes.groupby("article_id")
    counts = by_article["referent_class"].apply(lambda c: int((c == "anonymous").sum()))
    assert refused(l5.check_anonymous_shares(counts), "counts of anonymous statements")
    by_speaker = by_article["speaker_class"].apply(lambda c: float((c == "anonymous").mean()))
    assert refused(l5.check_anonymous_shares(by_speaker), "compare `speaker_class`")


def test_pseudonyms_refuse_the_neighbouring_column() -> None:
    quotes = find_quotes(lesson_04.article_text(l5.OTHER_ARTICLE))
    by_speaker = int((quotes["speaker_class"] == "pseudonym").sum())
    assert refused(l5.check_pseudonyms(by_speaker), "compares `speaker_class`")
    anonymous = int((quotes["referent_class"] == "anonymous").sum())
    assert refused(l5.check_pseudonyms(anonymous), "counts the anonymous statements")


@pytest.mark.parametrize(
    "check",
    [
        l5.check_quotes,
        l5.check_claimed,
        l5.check_distancing_share,
        l5.check_anonymous_shares,
        l5.check_edited_share,
        l5.check_pseudonyms,
    ],
)
def test_unanswered(check) -> None:  # type: ignore[no-untyped-def]
    assert str(check(...)).startswith("… Not answered yet")
