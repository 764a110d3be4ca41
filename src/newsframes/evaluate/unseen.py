"""How the analysers do on reports they were never built on: in-sample, dev and test side by side.

Every figure is a share over units pooled across articles, with a percentile bootstrap over
articles (:func:`newsframes.evaluate.intervals.bootstrap_prf`). The issue's targets on the
test split are compared with the figures as measured, never adjusted. How far two readers
of the same reports agree is in :mod:`newsframes.evaluate.readers`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from newsframes.evaluate.agreement import ALL
from newsframes.evaluate.devset import WITH_UNLISTED, DevsetScores, devset_corpus, devset_scores
from newsframes.evaluate.devset_frames import frame_judgements
from newsframes.evaluate.devset_statements import StatementScores, statement_scores
from newsframes.evaluate.intervals import bootstrap_prf
from newsframes.pipeline import Analysis, analyze
from newsframes.text import sentence_spans

SAMPLES = ("in-sample", "dev", "test")
FIGURE_COLUMNS = ["analyser", "metric", "sample", "estimate", "low", "high", "articles", "units"]
TARGET_COLUMNS = ["analyser", "metric", "target", "estimate", "low", "high", "verdict"]


@dataclass(frozen=True)
class Target:
    """A figure the issue asks for on the test split: at least ``minimum``."""

    analyser: str
    metric: str
    minimum: float


TARGETS = (
    Target("actor mentions", "precision", 0.92),
    Target("actor mentions", "recall", 0.90),
    Target("unlisted persons", "recall", 0.70),
    Target("attributed statements", "recall", 0.80),
    Target("attributed statements", "speaker right", 0.80),
    Target("frame hits", "precision", 0.80),
)


def figure_rows(
    analyser: str, sample: str, counts: pd.DataFrame, metrics: Mapping[str, str]
) -> pd.DataFrame:
    """Bootstrap figures from per-article ``tp, fp, fn``: ``metrics`` maps a bootstrap metric
    (precision, recall, f1) to the name shown. No article gives NaN figures, not an error."""
    rows = []
    if counts.empty:
        for shown in metrics.values():
            rows.append((analyser, shown, sample, np.nan, np.nan, np.nan, 0, 0))
        return pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    boot = {str(r["metric"]): r for r in bootstrap_prf(counts).to_dict("records")}
    tp, fp, fn = (int(counts[c].sum()) for c in ("tp", "fp", "fn"))
    units = {"precision": tp + fp, "recall": tp + fn, "f1": tp + fp + fn}
    for metric, shown in metrics.items():
        rec = boot[metric]
        values = (float(rec["estimate"]), float(rec["low"]), float(rec["high"]))
        rows.append((analyser, shown, sample, *values, int(rec["articles"]), units[metric]))
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def share_counts(table: pd.DataFrame, right: str) -> pd.DataFrame:
    """Per-article counts for a share (rows whose boolean column ``right`` holds, among all
    rows) as ``tp`` (right) and ``fp`` (wrong), so that its bootstrap precision is the share."""
    if table.empty:
        return pd.DataFrame(columns=["article_id", "tp", "fp", "fn"])
    flags = table.assign(_right=table[right].astype(bool))
    grouped = flags.groupby("article_id")["_right"].agg(["sum", "size"])
    return pd.DataFrame(
        {
            "article_id": grouped.index,
            "tp": grouped["sum"].to_numpy(int),
            "fp": (grouped["size"] - grouped["sum"]).to_numpy(int),
            "fn": 0,
        }
    ).reset_index(drop=True)


def per_article(summary: pd.DataFrame, match: str = "exact") -> pd.DataFrame:
    """The per-article rows of an :mod:`agreement` summary for one kind of match."""
    part = summary[(summary["match"] == match) & (summary["article_id"] != ALL)]
    return part[["article_id", "tp", "fp", "fn"]].reset_index(drop=True)


def insample_statement_counts(quotes: pd.DataFrame, checked: pd.DataFrame) -> pd.DataFrame:
    """Per-article counts of the checked statements of the five reports that the package
    still finds (same article and sentence, each row paired once): recall's tp and fn."""
    found = quotes.groupby(["article_id", "sent_id"]).size()
    rows = []
    for article, part in checked.groupby("article"):
        needed = part.groupby("sent_id").size()
        tp = int(sum(min(n, int(found.get((article, s), 0))) for s, n in needed.items()))
        rows.append((article, tp, 0, int(needed.sum()) - tp))
    return pd.DataFrame(rows, columns=["article_id", "tp", "fp", "fn"])


def frame_hit_counts(judged: pd.DataFrame) -> pd.DataFrame:
    """Per-article counts of judged frame hits (column ``correct`` yes/no): precision's tp, fp."""
    right = judged.assign(right=judged["correct"].astype(str).str.strip().str.lower() == "yes")
    return share_counts(right, "right")


def insample_figures(
    mention_summary: pd.DataFrame,
    quotes: pd.DataFrame,
    checked: pd.DataFrame,
    judged_hits: pd.DataFrame,
) -> pd.DataFrame:
    """The figures on the five book reports, from their references: actor mentions (an
    :mod:`agreement` summary, exact), statements (the checked table: recall of its rows by
    sentence, the share judged right), frame hits (every hit judged). The five have no
    unlisted person annotated, so that figure is NaN ("not measured")."""
    checked_found = checked.rename(columns={"article": "article_id"}).assign(
        right=checked["checked"].astype(str).str.strip() == "ok"
    )
    parts = [
        figure_rows(
            "actor mentions",
            "in-sample",
            per_article(mention_summary),
            {"precision": "precision", "recall": "recall"},
        ),
        figure_rows("unlisted persons", "in-sample", _EMPTY_COUNTS, {"recall": "recall"}),
        figure_rows(
            "attributed statements",
            "in-sample",
            insample_statement_counts(quotes, checked),
            {"recall": "recall"},
        ),
        figure_rows(
            "attributed statements",
            "in-sample",
            share_counts(checked_found, "right"),
            {"precision": "speaker right"},
        ),
        figure_rows(
            "frame hits", "in-sample", frame_hit_counts(judged_hits), {"precision": "precision"}
        ),
    ]
    return pd.concat(parts, ignore_index=True)


_EMPTY_COUNTS = pd.DataFrame(columns=["article_id", "tp", "fp", "fn"])


def targets_table(figures: pd.DataFrame, sample: str = "test") -> pd.DataFrame:
    """Each target beside the figure measured on ``sample``: "reached", "not reached", or
    "not measured" (no figure). The figure is the point estimate, as measured."""
    measured = {
        (str(r["analyser"]), str(r["metric"])): r
        for r in figures[figures["sample"] == sample].to_dict("records")
    }
    rows = []
    for target in TARGETS:
        rec = measured.get((target.analyser, target.metric))
        estimate, low, high = (
            (float(rec["estimate"]), float(rec["low"]), float(rec["high"]))
            if rec is not None
            else (np.nan, np.nan, np.nan)
        )
        if np.isnan(estimate):
            verdict = "not measured"
        else:
            verdict = "reached" if estimate >= target.minimum else "not reached"
        rows.append((target.analyser, target.metric, target.minimum, estimate, low, high, verdict))
    return pd.DataFrame(rows, columns=TARGET_COLUMNS)


STATEMENT_MEASURES = {
    "statement recall": "recall",
    "speaker right among found": "speaker right",
}


def statement_figures(scores: pd.DataFrame | None, split: str) -> pd.DataFrame:
    """The statement figures of :func:`newsframes.evaluate.devset_statements.statement_scores`
    (``measure, estimate, low, high, articles, of``) as rows of this comparison; NaN rows
    ("not measured") when there are none."""
    rows = []
    given = {} if scores is None else {str(r["measure"]): r for r in scores.to_dict("records")}
    for measure, metric in STATEMENT_MEASURES.items():
        rec = given.get(measure)
        if rec is None:
            rows.append(("attributed statements", metric, split, np.nan, np.nan, np.nan, 0, 0))
            continue
        values = (float(rec["estimate"]), float(rec["low"]), float(rec["high"]))
        row = ("attributed statements", metric, split, *values, int(rec["articles"]))
        rows.append((*row, int(rec["of"])))
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def first_missed_statement(pairs: pd.DataFrame) -> pd.DataFrame:
    """The first annotated statement the package missed (by offset) in the report with the
    most misses (ties: the first report by id): one row of ``pairs``, or none."""
    missed = pairs[pairs["pred_start"].isna() & pairs["gold_start"].notna()]
    if missed.empty:
        return missed
    counts = missed["article_id"].value_counts()
    article = sorted(counts[counts == counts.max()].index)[0]
    return missed[missed["article_id"] == article].sort_values("gold_start", kind="stable").head(1)


def split_figures(
    split: str,
    actors: DevsetScores,
    statements: pd.DataFrame | None = None,
    frame_hits: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The figures of one split of the development corpus: actor mentions (exact match, as
    :func:`newsframes.evaluate.devset.devset_scores` scores them), unlisted persons (recall),
    attributed statements (``statements``: the split's statement scores; recall, speaker
    right among those found) and frame hits (``frame_hits``: judged hits, column
    ``correct``; precision). A part with no reference is NaN ("not measured")."""
    rows = actors.scores
    wanted = (rows["match"] == "exact") & (
        (rows["measure"].isin(["actor mentions", WITH_UNLISTED]) & (rows["kind"] == "all"))
        & rows["metric"].isin(["precision", "recall"])
        | (rows["measure"] == "unlisted persons")
    )
    out = []
    for rec in rows[wanted].to_dict("records"):
        other = rec["fp"] if rec["metric"] == "precision" else rec["fn"]
        values = [rec[c] for c in ("metric", "estimate", "low", "high", "articles")]
        out.append((rec["measure"], values[0], split, *values[1:], int(rec["tp"] + other)))
    frames = [pd.DataFrame(out, columns=FIGURE_COLUMNS)]
    frames.append(statement_figures(statements, split))
    judged = (
        frame_hits if frame_hits is not None else pd.DataFrame(columns=["article_id", "correct"])
    )
    frames.append(
        figure_rows("frame hits", split, frame_hit_counts(judged), {"precision": "precision"})
    )
    return pd.concat(frames, ignore_index=True)


@dataclass(frozen=True)
class SplitMeasures:
    """Everything measured on one split: the ``figures`` of this comparison, the actor and
    statement scores behind them (with their errors and pairs), and the pipeline's tables
    they were read from (``analysis``), for anything else a page shows of the split."""

    figures: pd.DataFrame
    actors: DevsetScores
    statements: StatementScores
    frame_hits: pd.DataFrame | None
    analysis: Analysis


def judged_frame_hits(split: str) -> pd.DataFrame | None:
    """The frame hits of ``split`` read and judged by hand
    (:func:`newsframes.evaluate.devset_frames.frame_judgements`), or None when nobody
    judged them."""
    try:
        return frame_judgements(split)
    except FileNotFoundError:
        return None


HIT_KEY = ["article_id", "start", "end", "frame"]


def current_judgements(hits: pd.DataFrame, judged: pd.DataFrame) -> pd.DataFrame:
    """The package's frame hits today, each with its recorded judgement (``correct`` yes/no,
    empty where the hit was not there when the hits were read): a lexicon revised after the
    reading is measured on the hits it still makes."""
    verdicts = judged[[*HIT_KEY, "correct"]].drop_duplicates(HIT_KEY)
    out = hits[HIT_KEY].merge(verdicts, on=HIT_KEY, how="left")
    return out.assign(correct=out["correct"].fillna(""))


def measure_split(split: str) -> SplitMeasures:
    """Score every analyser on ``split`` ("dev" or "test") of the development corpus; frame
    hits only where they were judged, on the hits the package makes today. The pipeline
    runs once, and every score reads its tables."""
    analysis = analyze(devset_corpus(split)[["id", "text"]])
    actors = devset_scores(split, analysis=analysis)
    statements = statement_scores(split, quotes=analysis.quotes)
    judged = judged_frame_hits(split)
    hits = None if judged is None else current_judgements(analysis.frames, judged)
    figures = split_figures(split, actors, statements.scores, _judged_only(hits))
    return SplitMeasures(figures, actors, statements, hits, analysis)


def _judged_only(hits: pd.DataFrame | None) -> pd.DataFrame | None:
    return None if hits is None else hits[hits["correct"] != ""]


# ------------------------------------------------------------------ errors worth reading


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` that hold the span ``start:end``, on one line."""
    first, last = start, end
    for _para, s, e in sentence_spans(text):
        if s <= start < e:
            first = s
        if s < end <= e:
            last = e
            break
    return " ".join(text[first:last].split())


def instructive_errors(errors: pd.DataFrame, by: str = "kind") -> pd.DataFrame:
    """For each kind of error (column ``error``: miss, false positive, ...), the first example
    (by article and offset) of its most frequent ``by`` value, with how many share that value.
    Ties go to the value that comes first alphabetically, so the choice is a rule, not a taste."""
    rows = []
    for _error, part in errors.groupby("error", sort=True):
        counts = part[by].value_counts()
        top = sorted(counts[counts == counts.max()].index)[0]
        chosen = part[part[by] == top].sort_values(["article_id", "start"], kind="stable")
        rows.append({**chosen.iloc[0].to_dict(), "same_kind": int(counts[top]), "of": len(part)})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------ two readers
