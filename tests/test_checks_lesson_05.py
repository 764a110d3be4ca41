"""Lesson 05 checks: the right answers pass, wrong ones get a specific hint, `...` is unanswered."""

from __future__ import annotations

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
    assert "not the form" in str(l5.check_claimed(4))


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
    assert "find_quotes(..., path=copy)" in str(l5.check_edited_share(l5.distancing_share(QUOTES)))
    assert str(l5.check_edited_share(...)).startswith("… Not answered yet")


def test_pseudonyms() -> None:
    quotes = find_quotes(lesson_04.article_text(l5.OTHER_ARTICLE))
    n = int((quotes["referent_class"] == "pseudonym").sum())
    assert n > 0  # read: "Abu Saad", who called himself so
    assert l5.check_pseudonyms(n).passed
    assert 'referent_class is "pseudonym"' in str(l5.check_pseudonyms(n + 2))
