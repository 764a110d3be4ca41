"""Lesson 03 checks: the right answers pass; each wrong one gets its hint, among them the
number printed on the page and the neighbouring column or attribute; `...` is unanswered."""

from __future__ import annotations

import pandas as pd
import pytest
from test_checks import refused

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


def test_labels_refuse_the_page_and_the_neighbouring_column(labels: pd.DataFrame) -> None:
    # The page prints the first rows of the Asharq Al-Awsat labels: counting only those
    # misses the other outlets.
    page = labels[labels["article_id"] == l03.ASHARQ].head(10)
    from_page = page.groupby(["outlet", "label"]).size().rename("n").reset_index()
    assert refused(l03.check_label_counts(from_page), "no count for")
    by_surface = labels.groupby(["outlet", "surface"]).size().rename("n").reset_index()
    assert refused(
        l03.check_label_counts(by_surface.rename(columns={"surface": "label"})),
        "word as written (the `surface` column)",
    )
    by_article = labels.groupby(["article_id", "label"]).size().rename("n").reset_index()
    assert refused(
        l03.check_label_counts(by_article.rename(columns={"article_id": "outlet"})),
        "holds article ids",
    )
    regime = labels["label"] == "regime"
    ids = labels.loc[regime, "article_id"].unique().tolist()
    assert refused(l03.check_regime_outlets(ids), "article ids")
    assert refused(l03.check_regime_outlets(labels["outlet"].unique().tolist()), "all the outlets")


def test_voices_refuse_the_page_and_the_neighbouring_column(labels: pd.DataFrame) -> None:
    asharq = labels[labels["article_id"] == l03.ASHARQ]
    voices = pd.crosstab(asharq["label"], asharq["voice"])  # the table the page prints
    assert refused(l03.check_quoted_share(int(voices["quoted"].sum())), "divide by all labels")
    journalist = float((asharq["voice"] == "journalist").mean())
    assert refused(l03.check_quoted_share(journalist), "journalist's label words")
    only_journalist = voices.index[voices["quoted"] == 0].tolist()
    assert refused(l03.check_quoted_only(only_journalist), "only the journalist uses")
    any_quoted = voices.index[voices["quoted"] > 0].tolist()
    assert refused(l03.check_quoted_only(any_quoted), "at least once")


def test_kwic_refuses_the_page_and_the_neighbouring_column() -> None:
    from newsframes.analysers import framing
    from newsframes.book import chapters as book

    hits = book.analysis().frames
    itv = hits[hits["article_id"] == "itv-2014-khateeb"]
    page = framing.kwic(itv, "security_terrorism")  # the page shows the ITV report's hits
    assert refused(l03.check_kwic(page), "keep only the Guardian")
    guardian = hits[hits["article_id"] == l03.GUARDIAN]
    conflict = framing.kwic(guardian, "conflict")  # the frame the page shows
    assert refused(l03.check_kwic(conflict), "hits of the conflict frame")


def test_marks_and_precision_refuse_the_page_and_the_neighbour() -> None:
    n = len(l03.judged_hits())
    # Keyed by the words of the `match` column instead of the row numbers.
    by_word = dict.fromkeys(l03.judged_hits()["match"], True)
    assert refused(l03.check_marks(by_word), "not marked")
    assert refused(l03.check_marks([True] * n), "should be a dict")
    from newsframes import evaluate

    judgement = evaluate.frame_precision_judgement().set_index("frame")
    recorded = float(judgement.loc[l03.JUDGED_FRAME, "precision"])
    all_true = dict.fromkeys(range(n), True)
    assert recorded != 1.0
    assert refused(l03.check_precision(recorded, all_true), "recorded precision")
    one_false = {row: row != 0 for row in range(n)}
    assert refused(l03.check_precision(float(f"{(n - 1) / n:.2f}"), one_false), "value rounded")
    assert refused(l03.check_precision(1 / n, one_false), "marked False")


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
