"""Checks for lesson 03, "Naming and framing": labels by outlet, the two voices, frame hits
in context, and a precision judgement made by hand.

Expected values come from the analysed corpus (``newsframes.book.chapters.analysis``), so
they follow every change to ``labels.yml``, ``frames.yml`` or the articles.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.framing import kwic
from newsframes.book import checks
from newsframes.book.chapters import analysis
from newsframes.book.checks import Result
from newsframes.corpus.articles import load_corpus
from newsframes.evaluate import frame_precision_judgement

ASHARQ = "asharq-2011-airforce-defections"
GUARDIAN = "guardian-2017-is-defectors"
JUDGED_FRAME = "humanitarian"


def labels_with_outlet() -> pd.DataFrame:
    """Every label of the corpus with the outlet of its article."""
    outlets = load_corpus().set_index("id")["outlet"]
    labels = analysis().labels
    return labels.assign(outlet=labels["article_id"].map(outlets))


@checks.guarded
def check_label_counts(label_counts: Any) -> Result:
    """How often each outlet uses each label: outlet, label, n."""
    failed = checks.frame_columns(label_counts, ["outlet", "label", "n"], "`label_counts`")
    if failed is not None:
        return failed
    labels = labels_with_outlet()
    expected = labels.groupby(["outlet", "label"]).size()
    if len(label_counts) and set(label_counts["outlet"]) <= set(labels["article_id"]):
        return checks.wrong(
            "the `outlet` column holds article ids. Group by the `outlet` column of `labels`."
        )
    written = set(labels["surface"]) - set(labels["label"])
    if written & set(label_counts["label"]):
        word = sorted(written & set(label_counts["label"]))[0]
        return checks.wrong(
            f"{word!r} is a word as written (the `surface` column). Group by `label`, which "
            "brings every spelling of a label together."
        )
    got = label_counts.groupby(["outlet", "label"])["n"].sum()
    got = got[got != 0]
    missing = sorted(set(expected.index) - set(got.index))
    if missing:
        outlet, label = missing[0]
        return checks.wrong(
            f"no count for {label!r} in {outlet}. Group by both outlet and label "
            "(`groupby([...]).size()`)."
        )
    extra = sorted(set(got.index) - set(expected.index))
    if extra:
        outlet, label = extra[0]
        return checks.wrong(f"{outlet} never uses {label!r}, but your table counts it.")
    differ = [k for k in expected.index if got[k] != expected[k]]
    if differ:
        outlet, label = differ[0]
        return checks.wrong(
            f"{outlet} uses {label!r} {expected[differ[0]]} times, not {got[differ[0]]}. "
            "Count the rows of the labels table per outlet and label."
        )
    return checks.correct(f"{len(expected)} outlet-label pairs, all counted right.")


@checks.guarded
def check_regime_outlets(regime_outlets: Any) -> Result:
    """The outlets that call the government "regime" at least once."""
    labels = labels_with_outlet()
    regime = labels["label"] == "regime"
    expected = labels.loc[regime, "outlet"].unique()
    if isinstance(regime_outlets, Iterable) and not isinstance(regime_outlets, str):
        mistake = checks.known_mistake(
            set(regime_outlets),
            set(expected),
            [
                (
                    set(labels.loc[regime, "article_id"]),
                    "those are the article ids. Take the `outlet` column.",
                ),
                (
                    set(labels["outlet"]),
                    "those are all the outlets of the chart. Keep the rows whose label is "
                    '"regime".',
                ),
            ],
        )
        if mistake is not None:
            return mistake
    return checks.same_items(
        regime_outlets,
        expected,
        'the outlets that say "regime"',
        'Select the rows whose `label` is "regime" and take the distinct outlets.',
    )


def _asharq_labels() -> pd.DataFrame:
    labels = analysis().labels
    return labels[labels["article_id"] == ASHARQ]


@checks.guarded
def check_quoted_share(asharq_quoted_share: Any) -> Result:
    """The share of the Asharq Al-Awsat report's labels that are inside quotation marks."""
    labels = _asharq_labels()
    quoted = int((labels["voice"] == "quoted").sum())
    expected = quoted / len(labels)
    answer = checks.as_number(asharq_quoted_share)
    if isinstance(answer, int | float) and math.isclose(answer, 100 * expected):
        return checks.wrong("give a share between 0 and 1, not a percentage.")
    if isinstance(answer, int | float) and math.isclose(answer, quoted):
        return checks.wrong("that is the number of quoted labels; divide by all labels.")
    mistake = checks.known_mistake(
        answer,
        expected,
        [
            (
                1 - expected,
                "that is the share of the journalist's label words. Take the rows whose "
                'voice is "quoted".',
            ),
            (
                quoted / (len(labels) - quoted),
                "that divides the quoted words by the journalist's. Divide by all label words.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        answer,
        expected,
        "the quoted share",
        'Divide the number of rows with `voice == "quoted"` by the number of rows.',
    )


@checks.guarded
def check_quoted_only(quoted_only: Any) -> Result:
    """The labels that the Asharq Al-Awsat report uses only inside quotations."""
    labels = _asharq_labels()
    voices = labels.groupby("label")["voice"].agg(set)
    expected = [label for label, used in voices.items() if used == {"quoted"}]
    if isinstance(quoted_only, Iterable) and not isinstance(quoted_only, str):
        mistake = checks.known_mistake(
            set(quoted_only),
            set(expected),
            [
                (
                    {label for label, used in voices.items() if used == {"journalist"}},
                    "those are the labels only the journalist uses. Keep the ones used only "
                    "in quotations (journalist == 0).",
                ),
                (
                    {label for label, used in voices.items() if "quoted" in used},
                    "those are all the labels used in quotations at least once. Keep the ones "
                    "the journalist never uses.",
                ),
            ],
        )
        if mistake is not None:
            return mistake
    return checks.same_items(
        quoted_only,
        expected,
        "the labels used only in quotations",
        "Keep the labels whose every row is quoted, e.g. with a crosstab of label and voice.",
    )


def expected_kwic() -> pd.DataFrame:
    """The keyword-in-context lines of the security frame in the Guardian article."""
    frames = analysis().frames
    return kwic(frames[frames["article_id"] == GUARDIAN], "security_terrorism")


@checks.guarded
def check_kwic(security_kwic: Any) -> Result:
    """The KWIC table of the security_terrorism frame in the Guardian article."""
    failed = checks.frame_columns(security_kwic, ["left", "match", "right"], "`security_kwic`")
    if failed is not None:
        return failed
    expected = expected_kwic()
    if "article_id" in security_kwic.columns and set(security_kwic["article_id"]) != {GUARDIAN}:
        return checks.wrong("keep only the Guardian article's hits before calling `kwic`.")
    if "frame" in security_kwic.columns and set(security_kwic["frame"]) != {"security_terrorism"}:
        return checks.wrong('pass the frame: `kwic(hits, "security_terrorism")`.')
    guardian = analysis().frames
    guardian = guardian[guardian["article_id"] == GUARDIAN]
    for frame in sorted(set(guardian["frame"]) - {"security_terrorism"}):
        other = kwic(guardian, frame)
        if list(security_kwic["match"]) == list(other["match"]) != list(expected["match"]):
            return checks.wrong(
                f"those are the hits of the {frame} frame. Pass the frame: kwic(hits, "
                '"security_terrorism").'
            )
    if len(security_kwic) != len(expected):
        return checks.wrong(
            f"{len(security_kwic)} lines, but the frame has {len(expected)} hits in the Guardian "
            "article. Select that article's hits, then that frame."
        )
    if list(security_kwic["match"]) != list(expected["match"]):
        return checks.wrong("the matched words differ. Did you filter on the right frame?")
    return checks.correct(f"{len(expected)} hits of the security frame, in context.")


def judged_hits() -> pd.DataFrame:
    """The hits of the frame whose precision lesson 03 asks students to judge."""
    return kwic(analysis().frames, JUDGED_FRAME)


def _marks_problem(marks: Any) -> Result | None:
    hits = judged_hits()
    if not isinstance(marks, Mapping):
        return checks.wrong(
            f"`marks` should be a dict {{row number: True or False}}, not {type(marks).__name__}."
        )
    missing = sorted(set(range(len(hits))) - set(marks))
    extra = sorted(set(marks) - set(range(len(hits))), key=str)
    if missing:
        return checks.wrong(
            f"row {missing[0]} is not marked ({len(missing)} unmarked). Mark every row of "
            "`humanitarian_kwic`, with True (correct hit) or False (wrong hit)."
        )
    if extra:
        return checks.wrong(f"{extra[0]!r} is not a row number of `humanitarian_kwic`.")
    not_bool = [k for k, v in marks.items() if not isinstance(v, bool | np.bool_)]
    if not_bool:
        return checks.wrong(
            f"row {not_bool[0]} is marked {marks[not_bool[0]]!r}: use True or False."
        )
    return None


@checks.guarded
def check_marks(marks: Any) -> Result:
    """Every hit of the judged frame marked True (correct) or False (not an indicator)."""
    problem = _marks_problem(marks)
    if problem is not None:
        return problem
    n_false = sum(not v for v in marks.values())
    return checks.correct(
        f"all {len(marks)} hits are marked; you judged {n_false} of them wrong. "
        "Your judgement is yours: the check only makes sure every hit is judged."
    )


@checks.guarded
def check_precision(my_precision: Any, marks: Any) -> Result:
    """The precision computed from the student's own marks: correct hits / all hits."""
    problem = _marks_problem(marks)
    if problem is not None:
        return problem
    n_correct = sum(bool(v) for v in marks.values())
    expected = n_correct / len(marks)
    answer = checks.as_number(my_precision)
    judgement = frame_precision_judgement()
    recorded = judgement.loc[judgement["frame"] == JUDGED_FRAME, "precision"].iloc[0]
    mistake = checks.known_mistake(
        answer,
        expected,
        [
            (
                float(recorded),
                "that is the recorded precision of the book's authors, from the table. "
                "Compute yours from your own marks.",
            ),
            (
                1 - expected,
                "that is the share of hits you marked False. Precision is the share marked True.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    if isinstance(answer, int | float) and math.isclose(answer, n_correct) and n_correct > 1:
        return checks.wrong("that is the number of correct hits; divide by all hits.")
    return checks.number(
        answer,
        expected,
        "the precision from your marks",
        "Precision = hits you marked True / all hits you marked.",
    )
