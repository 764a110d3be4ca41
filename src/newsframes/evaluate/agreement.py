"""Precision and recall of spans against a reference, and which articles a reference covers.

A reference (a hand annotation, a checked table) covers the articles someone read. An
article the program analysed but nobody annotated cannot be measured: it is left out of
every figure and named in :attr:`Agreement.unmeasured`, so a corpus with added articles is
measured on its annotated ones and says which ones those are not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import pandas as pd

SUMMARY_COLUMNS = ["article_id", "match", "gold", "predicted", "tp", "fp", "fn"]
SCORE_COLUMNS = ["precision", "recall", "f1"]
ERROR_COLUMNS = ["article_id", "match", "error", "start", "end", "surface", "actor_id", "other"]
ALL = "(all)"

Span = tuple[int, int, str]  # start, end, label (actor id, or "" for boundaries)


@dataclass(frozen=True)
class Agreement:
    """A summary (per article and overall), the errors behind it (misses, false positives),
    and the analysed articles that have no reference. Unpacks as ``summary, errors``."""

    summary: pd.DataFrame
    errors: pd.DataFrame
    unmeasured: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.summary, self.errors))


class Scope(NamedTuple):
    """The articles a comparison measures, and the analysed ones it cannot (no reference)."""

    measured: list[str]
    unmeasured: tuple[str, ...]


def scope(
    predicted: pd.DataFrame,
    reference: pd.DataFrame,
    what: str,
    articles: Iterable[str] | None = None,
) -> Scope:
    """Which articles to measure: those the reference covers.

    ``articles`` are the analysed articles (an article with no predicted row is analysed
    too); without it, every article of the reference is measured, as well as named in
    ``predicted``. The analysed articles outside the reference are ``unmeasured``.
    """
    for name, frame in (("predicted", predicted), ("reference", reference)):
        if "article_id" not in frame.columns:
            raise ValueError(f"{name} {what} need an article_id column; add one")
    annotated = {str(a) for a in reference["article_id"]}
    analysed = {str(a) for a in predicted["article_id"]}
    if articles is not None:
        given = {str(a) for a in articles}
        measured = annotated & given
        analysed |= given
    else:
        measured = annotated
    return Scope(sorted(measured), tuple(sorted(analysed - annotated)))


# ------------------------------------------------------------------ matching


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from the counts (NaN where a share has no denominator)."""
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return precision, recall, f1


def _pairs(pred: list[Span], gold: list[Span], lenient: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): same label and same span, or overlapping."""
    if not lenient:
        where: dict[Span, list[int]] = defaultdict(list)
        for j, g in enumerate(gold):
            where[g].append(j)
        out = []
        for i, p in enumerate(pred):
            if where[p]:
                out.append((i, where[p].pop(0)))
        return out
    used: set[int] = set()
    out = []
    order = sorted(range(len(gold)), key=lambda j: gold[j][:2])
    for i, (ps, pe, pl) in sorted(enumerate(pred), key=lambda t: t[1][:2]):
        for j in order:
            gs, ge, gl = gold[j]
            if j not in used and gl == pl and gs < pe and ps < ge:
                used.add(j)
                out.append((i, j))
                break
    return out


def score(
    pred: Mapping[str, list[Span]], gold: Mapping[str, list[Span]], names: Iterable[str]
) -> Agreement:
    """Exact and lenient counts and scores per article in ``names`` and overall, with errors."""
    rows: list[tuple[Any, ...]] = []
    errors: list[tuple[Any, ...]] = []
    names = list(names)
    for match, lenient in (("exact", False), ("lenient", True)):
        totals = [0, 0, 0, 0, 0]
        for aid in names:
            p, g = pred.get(aid, []), gold.get(aid, [])
            pairs = _pairs(p, g, lenient)
            hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
            tp = len(pairs)
            counts = [len(g), len(p), tp, len(p) - tp, len(g) - tp]
            rows.append((aid, match, *counts, *prf(*counts[2:])))
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            for side, spans, hit, others in (
                ("miss", g, hit_g, p),
                ("false positive", p, hit_p, g),
            ):
                for k, (s, e, label) in enumerate(spans):
                    if k not in hit:
                        near = [o for o in others if o[0] < e and s < o[1]]
                        other = "; ".join(f"{o[0]}:{o[1]} {o[2]}".strip() for o in near)
                        errors.append((aid, match, side, s, e, None, label, other))
        rows.append((ALL, match, *totals, *prf(*totals[2:])))
    summary = pd.DataFrame(rows, columns=SUMMARY_COLUMNS + SCORE_COLUMNS)
    table = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    return Agreement(summary, table.sort_values(["match", "article_id", "start"], kind="stable"))


def spans(frame: pd.DataFrame, label: str | None) -> dict[str, list[Span]]:
    """Each article's spans (start, end, label) from a table of rows."""
    out: dict[str, list[Span]] = defaultdict(list)
    labels = frame[label] if label else [""] * len(frame)
    for aid, s, e, lab in zip(
        frame["article_id"], frame["start"], frame["end"], labels, strict=True
    ):
        out[str(aid)].append((int(s), int(e), str(lab)))
    return out
