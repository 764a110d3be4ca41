"""Lesson 03 checks: the right answers pass, each wrong one gets its hint; `...` is unanswered."""

from __future__ import annotations

import pandas as pd
import pytest

from newsframes.book.checks import lesson_03 as l03


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return l03.labels_with_outlet()


def test_label_counts(labels: pd.DataFrame) -> None:
    good = labels.groupby(["outlet", "label"]).size().rename("n").reset_index()
    assert l03.check_label_counts(good).passed
    assert "no count for" in str(l03.check_label_counts(good.iloc[1:]))
    extra = pd.concat([good, pd.DataFrame({"outlet": ["ITV News"], "label": ["x"], "n": [1]})])
    assert "never uses 'x'" in str(l03.check_label_counts(extra))
    assert "times, not" in str(l03.check_label_counts(good.assign(n=good["n"] + 1)))
    assert "lacks the column(s) n" in str(l03.check_label_counts(good.drop(columns="n")))


def test_regime_outlets(labels: pd.DataFrame) -> None:
    outlets = labels.loc[labels["label"] == "regime", "outlet"].unique().tolist()
    # Read in the texts: every outlet but the Russian agency FAN says "regime".
    assert "Federal News Agency" not in " ".join(outlets)
    assert l03.check_regime_outlets(outlets).passed
    assert "1 missing" in str(l03.check_regime_outlets(outlets[1:]))


def test_voice_checks(labels: pd.DataFrame) -> None:
    asharq = labels[labels["article_id"] == l03.ASHARQ]
    share = (asharq["voice"] == "quoted").mean()
    assert l03.check_quoted_share(share).passed
    assert "not a percentage" in str(l03.check_quoted_share(100 * share))
    assert "divide by all labels" in str(
        l03.check_quoted_share(int((asharq["voice"] == "quoted").sum()))
    )
    assert "Divide the number of rows" in str(l03.check_quoted_share(0.9))
    # Read in the report: "gang" and "terrorists" occur only in the officer's quotations.
    assert l03.check_quoted_only(["gang", "terrorists"]).passed
    assert "that should not be there, e.g. 'regime'" in str(
        l03.check_quoted_only(["gang", "terrorists", "regime"])
    )


def test_kwic_check() -> None:
    good = l03.expected_kwic()
    assert l03.check_kwic(good).passed
    assert "hits in the Guardian" in str(l03.check_kwic(good.iloc[1:]))
    assert "lacks the column(s) match" in str(l03.check_kwic(good.drop(columns="match")))
    from newsframes.analysers import framing
    from newsframes.book import chapters as book

    everything = framing.kwic(book.analysis().frames, "security_terrorism")
    assert "keep only the Guardian" in str(l03.check_kwic(everything))


def test_marks_and_precision() -> None:
    n = len(l03.judged_hits())
    marks = {row: row != 0 for row in range(n)}
    assert l03.check_marks(marks).passed
    assert l03.check_precision((n - 1) / n, marks).passed
    assert "divide by all hits" in str(l03.check_precision(n - 1, marks))
    assert "Precision = hits you marked True" in str(l03.check_precision(0.5, marks))
    assert "row 0 is not marked" in str(l03.check_marks({k: v for k, v in marks.items() if k}))
    assert "is not a row number" in str(l03.check_marks({**marks, n: True}))
    assert "use True or False" in str(l03.check_marks({**marks, 1: "yes"}))
    assert "should be a dict" in str(l03.check_marks([True] * n))
    assert "row 0 is not marked" in str(l03.check_precision(1.0, {1: True}))


@pytest.mark.parametrize(
    ("check", "n_args"),
    [
        (l03.check_label_counts, 1),
        (l03.check_regime_outlets, 1),
        (l03.check_quoted_share, 1),
        (l03.check_quoted_only, 1),
        (l03.check_kwic, 1),
        (l03.check_marks, 1),
        (l03.check_precision, 2),
    ],
)
def test_unanswered(check, n_args: int) -> None:  # type: ignore[no-untyped-def]
    assert str(check(*[...] * n_args)).startswith("… Not answered yet")
