"""Measure attributed statements on the development corpus (``data/devset``).

A predicted statement matches an annotated one when their spans overlap by at least half
of the shorter span (a reported clause cut a little differently still counts; a statement
merely touching another does not). Matching is one to one, the largest overlaps first.
Figures, each with a bootstrap over articles: recall and precision of statements, and the
share of matched statements whose speaker is right.

The speaker is right when the predicted speaker's actor id equals the annotated
``speaker_actor_id``. Where the package gives no id (an actor the gazetteer does not list,
an unnamed source) the words decide: the predicted speaker, as written or as resolved,
shares a word of three letters or more with the annotated speaker surface or, for an
unlisted actor, with its name in ``unlisted_actors.csv``. An annotated row without an id
(an unnamed source) is right when the predicted speaker surface shares such a word.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from newsframes.errors import Problem
from newsframes.evaluate.devset import devset_corpus, devset_dir, split_ids, with_gazetteer_ids
from newsframes.evaluate.intervals import bootstrap_prf
from newsframes.evaluate.mentions import AnnotationError
from newsframes.paths import resolve
from newsframes.pipeline import analyze

STATEMENT_COLUMNS = ["article_id", "start", "end", "speaker_surface", "speaker_actor_id", "verb"]
PREDICTED_COLUMNS = ["article_id", "start", "end", "speaker", "speaker_ref", "speaker_actor_id"]
PAIR_COLUMNS = [
    "article_id",
    "gold_start",
    "gold_end",
    "gold_speaker",
    "gold_actor_id",
    "pred_start",
    "pred_end",
    "pred_speaker",
    "pred_actor_id",
    "speaker_right",
]
SCORE_COLUMNS = ["split", "measure", "estimate", "low", "high", "articles", "count", "of"]
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOPWORDS = frozenset({"the", "and", "said", "for", "who", "his", "her", "its", "their"})


@dataclass(frozen=True)
class StatementScores:
    """Figures for one split (``scores``), and every annotated and predicted statement
    paired where they match (``pairs``; a miss or a false statement has the other half empty)."""

    scores: pd.DataFrame
    pairs: pd.DataFrame


def devset_statements(
    split: str, texts: Mapping[str, str], folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """The annotated statements of ``split`` only (rows of the other split are dropped before
    anything else is done), each checked against its text."""
    root = resolve(folder, devset_dir())
    path = root / "annotations" / "statements.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table = table[table["article_id"].isin(split_ids(split, root))]
    problems = []
    for row, rec in zip(table.index, table.to_dict("records"), strict=True):
        text = texts.get(rec["article_id"])
        if text is None or text[int(rec["start"]) : int(rec["end"])] != rec["text"]:
            problems.append(
                Problem(
                    path.name,
                    f"row {row + 2}",
                    f"statement {rec['text'][:40]!r} is not the text at "
                    f"{rec['start']}:{rec['end']}",
                    "rebuild the tables with data/devset/annotations/build.py",
                )
            )
    if problems:
        raise AnnotationError(problems)
    table = with_gazetteer_ids(table, "speaker_actor_id", folder)
    return table[STATEMENT_COLUMNS].astype({"start": int, "end": int}).reset_index(drop=True)


def _words(*surfaces: object) -> set[str]:
    """The words of three letters or more in ``surfaces`` (case-folded, common words out)."""
    found = set()
    for surface in surfaces:
        if isinstance(surface, str):
            found |= {w.casefold() for w in _WORD.findall(surface)}
    return found - _STOPWORDS


def speaker_right(
    gold: Mapping[str, object], pred: Mapping[str, object], names: Mapping[str, str]
) -> bool:
    """Whether the predicted speaker is the annotated one (see the module's rule)."""
    gold_id, pred_id = gold["speaker_actor_id"] or None, pred["speaker_actor_id"]
    pred_id = pred_id if isinstance(pred_id, str) and pred_id else None
    if gold_id is not None and pred_id is not None:
        return gold_id == pred_id
    gold_words = _words(gold["speaker_surface"], names.get(str(gold_id), ""))
    return bool(gold_words & _words(pred["speaker"], pred["speaker_ref"]))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared > 0 and 2 * shared >= shorter


def pair_statements(
    gold: pd.DataFrame, pred: pd.DataFrame, names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Annotated and predicted statements paired one to one where their spans overlap by at
    least half of the shorter (largest overlaps first); unpaired rows of either side kept."""
    names = names or {}
    rows: list[dict[str, object]] = []
    for aid in sorted(set(gold["article_id"]) | set(pred["article_id"])):
        g = gold[gold["article_id"] == aid].to_dict("records")
        p = pred[pred["article_id"] == aid].to_dict("records")
        candidates = sorted(
            (
                (-(min(gr["end"], pr["end"]) - max(gr["start"], pr["start"])), i, j)
                for i, gr in enumerate(g)
                for j, pr in enumerate(p)
                if _overlap((gr["start"], gr["end"]), (pr["start"], pr["end"]))
            )
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _size, i, j in candidates:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            rows.append(_pair(aid, g[i], p[j], speaker_right(g[i], p[j], names)))
        rows += [_pair(aid, gr, None, None) for i, gr in enumerate(g) if i not in used_g]
        rows += [_pair(aid, None, pr, None) for j, pr in enumerate(p) if j not in used_p]
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def _pair(
    aid: str, g: Mapping[str, object] | None, p: Mapping[str, object] | None, right: bool | None
) -> dict[str, object]:
    return {
        "article_id": aid,
        "gold_start": g["start"] if g else None,
        "gold_end": g["end"] if g else None,
        "gold_speaker": g["speaker_surface"] if g else None,
        "gold_actor_id": g["speaker_actor_id"] if g else None,
        "pred_start": p["start"] if p else None,
        "pred_end": p["end"] if p else None,
        "pred_speaker": p["speaker"] if p else None,
        "pred_actor_id": p["speaker_actor_id"] if p else None,
        "speaker_right": right,
    }


def statement_scores_of(pairs: pd.DataFrame, articles: Iterable[str], split: str) -> pd.DataFrame:
    """Recall, precision and the speaker-right share of matched statements, with intervals."""
    found = pairs["gold_start"].notna() & pairs["pred_start"].notna()
    per_article = []
    for aid in articles:
        mine = pairs[pairs["article_id"] == aid]
        hit = found[mine.index]
        right = int((mine.loc[hit, "speaker_right"] == True).sum())  # noqa: E712
        per_article.append(
            {
                "tp": int(hit.sum()),
                "fp": int((mine["gold_start"].isna()).sum()),
                "fn": int((mine["pred_start"].isna()).sum()),
                "right": right,
            }
        )
    counts = pd.DataFrame(per_article, columns=["tp", "fp", "fn", "right"])
    spans = bootstrap_prf(counts).set_index("metric")
    speakers = bootstrap_prf(
        pd.DataFrame({"tp": counts["right"], "fp": 0, "fn": counts["tp"] - counts["right"]})
    ).set_index("metric")
    tp, fp, fn = (int(counts[c].sum()) for c in ("tp", "fp", "fn"))
    rows = [
        (split, "statement recall", spans.loc["recall"], tp, tp + fn),
        (split, "statement precision", spans.loc["precision"], tp, tp + fp),
        (
            split,
            "speaker right among found",
            speakers.loc["recall"],
            int(counts["right"].sum()),
            tp,
        ),
    ]
    return pd.DataFrame(
        [(s, m, r["estimate"], r["low"], r["high"], len(counts), n, of) for s, m, r, n, of in rows],
        columns=SCORE_COLUMNS,
    )


def predicted_statements(corpus: pd.DataFrame) -> pd.DataFrame:
    """The package's statements in every article of ``corpus`` (``PREDICTED_COLUMNS``)."""
    quotes = analyze(corpus[["id", "text"]]).quotes
    return quotes[PREDICTED_COLUMNS].reset_index(drop=True)


def unlisted_names(folder: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """Actor id -> name of the actors the annotators found that the gazetteer did not list."""
    path = resolve(folder, devset_dir()) / "annotations" / "unlisted_actors.csv"
    if not path.exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return dict(zip(table["actor_id"], table["actor_name"], strict=True))


def statement_scores(
    split: str,
    *,
    folder: str | os.PathLike[str] | None = None,
    quotes: pd.DataFrame | None = None,
) -> StatementScores:
    """Attributed statements of ``split`` ("dev" or "test") scored against the hand annotation;
    ``quotes``, the pipeline's statements of the split's reports, saves finding them again."""
    corpus = devset_corpus(split, folder)
    texts = dict(zip(corpus["id"], corpus["text"], strict=True))
    gold = devset_statements(split, texts, folder)
    pred = (
        predicted_statements(corpus)
        if quotes is None
        else quotes[PREDICTED_COLUMNS].reset_index(drop=True)
    )
    pairs = pair_statements(gold, pred, unlisted_names(folder))
    return StatementScores(statement_scores_of(pairs, sorted(texts), split), pairs)
