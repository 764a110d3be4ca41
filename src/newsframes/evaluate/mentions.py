"""Measure the package against people reading the texts: precision, recall, and every error.

The references are in ``data/annotations``: hand annotations (actor mentions, sentence hard
cases) and tables of the program's output checked by reading (sentences, statements). Each
measure returns a summary table and the table of errors behind it, so every number can be
traced to the words it counts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from newsframes.analysers.actors import load_actors
from newsframes.corpus.articles import load_corpus
from newsframes.errors import NewsframesError, Problem
from newsframes.evaluate.agreement import (
    ALL,
    SCORE_COLUMNS,
    SUMMARY_COLUMNS,
    Agreement,
    prf,
    scope,
    score,
    spans,
)
from newsframes.lexicons.loader import YamlProblem, strict_yaml
from newsframes.paths import data_dir, resolve
from newsframes.text.segmentation import split_sentences

ANNOTATION_COLUMNS = ["article_id", "start", "end", "surface", "actor_id", "note"]


class AnnotationError(NewsframesError):
    """A hand-annotation file does not fit the texts or the lexicon it refers to."""

    kind = "annotation"


def annotations_dir() -> Path:
    """``data/annotations``: what people marked by reading the texts."""
    return data_dir() / "annotations"


def annotation_path(name: str) -> Path:
    """A file in ``data/annotations`` (e.g. ``sentences.csv``)."""
    return annotations_dir() / name


# ------------------------------------------------------------------ loading and validation


def _texts(texts: Mapping[str, str] | None) -> Mapping[str, str]:
    if texts is not None:
        return texts
    corpus = load_corpus()
    return dict(zip(corpus["id"], corpus["text"], strict=True))


def _row_problems(
    name: str, row: int, rec: Mapping[Any, Any], texts: Mapping[str, str], ids: set[str]
) -> list[Problem]:
    where = f"row {row}"
    aid, surface, actor = rec["article_id"], rec["surface"], rec["actor_id"]
    problems = []
    if actor not in ids:
        problems.append(
            Problem(name, where, f"unknown actor_id {actor!r}", "use an id from actors.yml")
        )
    try:
        start, end = int(rec["start"]), int(rec["end"])
    except (TypeError, ValueError):
        return [*problems, Problem(name, where, "start/end are not whole numbers", "fix them")]
    text = texts[aid]
    if not 0 <= start < end <= len(text):
        fix = f"offsets must satisfy 0 <= start < end <= {len(text)}"
        return [*problems, Problem(name, where, f"bad span {start}:{end}", fix)]
    found = text[start:end]
    if found != surface:
        at = text.find(str(surface))
        hint = f"; {surface!r} first occurs at {at}:{at + len(str(surface))}" if at >= 0 else ""
        problems.append(
            Problem(
                name,
                where,
                f"surface {surface!r} is not the text at {start}:{end}, which reads {found!r}",
                f"correct start/end or the surface (clean text of {aid}{hint})",
            )
        )
    return problems


def load_annotations(
    path: str | os.PathLike[str] | None = None, *, texts: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Read hand-annotated actor mentions of the articles in ``texts`` (default: the book's
    corpus) and check every such row against the clean text.

    Rows of articles that ``texts`` does not hold are left out: they can be neither checked
    nor measured (a corpus folder may hold some of the annotated articles, or none);
    :func:`newsframes.evaluate.coverage.absent_annotated` names those articles. Raises
    :class:`AnnotationError` listing every bad row (file, row, fix): a missing column, an
    unknown actor, a span outside the text, a surface that is not the text at
    ``start:end``, a duplicate row.
    """
    file = resolve(path, annotations_dir() / "actor_mentions.csv")
    name = file.name
    if not file.is_file():
        raise AnnotationError([Problem(str(file), "(file)", "does not exist", "pass the path")])
    frame = pd.read_csv(file, dtype={"surface": str, "note": str}, keep_default_na=False)
    missing = [c for c in ANNOTATION_COLUMNS if c not in frame.columns]
    if missing:
        fix = "the header must be: " + ",".join(ANNOTATION_COLUMNS)
        raise AnnotationError([Problem(name, "(header)", f"missing columns {missing}", fix)])
    texts = _texts(texts)
    ids = set(load_actors().actors)
    problems: list[Problem] = []
    seen: dict[tuple[Any, ...], int] = {}
    # Row numbers as a spreadsheet shows them: the header is row 1.
    for row, rec in enumerate(frame.to_dict("records"), start=2):
        if rec["article_id"] not in texts:
            continue
        problems += _row_problems(name, row, rec, texts, ids)
        key = (rec["article_id"], rec["start"], rec["end"], rec["actor_id"])
        if key in seen:
            fix = f"delete one of rows {seen[key]} and {row}"
            problems.append(Problem(name, f"row {row}", "duplicate of an earlier row", fix))
        seen.setdefault(key, row)
    if problems:
        raise AnnotationError(problems)
    present = frame[frame["article_id"].isin(list(texts))].astype({"start": int, "end": int})
    return present[ANNOTATION_COLUMNS].sort_values(["article_id", "start"]).reset_index(drop=True)


def mention_agreement(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    *,
    texts: Mapping[str, str] | None = None,
    articles: Iterable[str] | None = None,
) -> Agreement:
    """Precision, recall and F1 of predicted actor mentions against hand annotation.

    ``exact``: same span and actor. ``lenient``: overlapping span and same actor, each
    mention paired at most once. Rows per annotated article and ``(all)``; ``errors`` lists
    every miss (in gold, not found) and false positive (found, not in gold), with ``other``
    naming the overlapping spans of the other side. ``surface`` is filled from ``texts``
    (default: the book's corpus). ``articles`` are the analysed articles (default: those of
    both tables); the ones gold does not cover are not measured but named in ``unmeasured``.
    """
    measured, unmeasured = scope(predicted, gold, "mentions", articles)
    result = score(spans(predicted, "actor_id"), spans(gold, "actor_id"), measured)
    return Agreement(result.summary, _with_surface(result.errors, _texts(texts)), unmeasured)


def _with_surface(errors: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    out = errors.copy()
    surfaces = [
        texts[a][s:e] for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    out["surface"] = pd.Series(surfaces, index=out.index, dtype=object)  # text, even when empty
    return out.reset_index(drop=True)


def in_context(
    errors: pd.DataFrame, texts: Mapping[str, str] | None = None, width: int = 45
) -> pd.DataFrame:
    """Add ``left`` and ``right``: up to ``width`` characters of clean text either side."""
    texts = _texts(texts)
    out = errors.copy()
    left, right = [], []
    for aid, s, e in zip(out["article_id"], out["start"], out["end"], strict=True):
        text = texts[aid]
        left.append(" ".join(text[max(0, s - width) : s].split()))
        right.append(" ".join(text[e : e + width].split()))
    out["left"], out["right"] = left, right
    return out


# ------------------------------------------------------------------ sentence boundaries


def _boundaries(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every boundary between two sentences of one article: the start of the later one."""
    order = sentences.sort_values(["article_id", "start"])
    later = order.groupby("article_id", sort=False).cumcount() > 0
    return order.loc[later, ["article_id", "start"]].assign(end=lambda d: d["start"])


def boundary_agreement(
    predicted: pd.DataFrame,
    gold: pd.DataFrame,
    *,
    texts: Mapping[str, str] | None = None,
    articles: Iterable[str] | None = None,
) -> Agreement:
    """Sentence-boundary precision and recall: a boundary is where a later sentence starts.

    Both tables have ``article_id`` and ``start`` (one row per sentence, as
    :func:`newsframes.text.sentences` returns them). Only ``exact`` matching is meaningful.
    Articles gold does not cover are named in ``unmeasured``, as in :func:`mention_agreement`.
    """
    measured, unmeasured = scope(predicted, gold, "sentences", articles)
    result = score(spans(_boundaries(predicted), None), spans(_boundaries(gold), None), measured)
    summary = result.summary[result.summary["match"] == "exact"].reset_index(drop=True)
    errors = result.errors[result.errors["match"] == "exact"].drop(columns=["actor_id"])
    texts = _texts(texts) if len(errors) else {}
    errors = errors.assign(
        surface=[
            texts[a][max(0, s - 30) : s + 30]
            for a, s in zip(errors["article_id"], errors["start"], strict=True)
        ]
    )
    return Agreement(summary, errors.reset_index(drop=True), unmeasured)


def load_sentence_boundaries(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The read-and-checked sentences of the five articles (``data/annotations/sentences.csv``)."""
    return pd.read_csv(resolve(path, annotation_path("sentences.csv")))


def load_checked_quotes(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The statements of the five articles, each marked right or wrong by a reader.

    ``data/annotations/quotes.csv``: column ``checked`` is "ok" or "wrong", ``note`` says why.
    """
    return pd.read_csv(resolve(path, annotation_path("quotes.csv")), comment="#")


def load_sentence_cases(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Hard cases for sentence splitting: one row per expected sentence with its offsets.

    Columns: case_id, set, text, start, end, sentence. Raises :class:`AnnotationError` when
    an expected sentence is not the next piece of its case's text.
    """
    file = resolve(path, annotations_dir() / "sentence_cases.yml")
    try:
        doc = strict_yaml(file.read_text(encoding="utf-8"))
    except YamlProblem as bad:
        where = f"line {bad.line}" if bad.line is not None else "(file)"
        fix = bad.fix or "correct the YAML syntax"
        raise AnnotationError([Problem(file.name, where, bad.message, fix)]) from bad
    cases = doc.get("cases") if isinstance(doc, dict) else None
    if not isinstance(cases, list):
        fix = "add a top-level `cases:` list"
        raise AnnotationError([Problem(file.name, "cases", "missing or not a list", fix)])
    rows, problems = [], []
    for n, case in enumerate(cases):
        where = f"cases[{n}] ({case.get('id', '?') if isinstance(case, dict) else '?'})"
        keys = ("id", "set", "text", "sentences")
        if not isinstance(case, dict) or any(k not in case for k in keys):
            problems.append(Problem(file.name, where, "needs id, set, text, sentences", "add them"))
            continue
        text, pos = str(case["text"]), 0
        for sentence in case["sentences"]:
            start = text.find(sentence, pos)
            if start < 0 or text[pos:start].strip():
                msg = f"sentence {sentence!r} is not the next piece of the text after offset {pos}"
                fix = "copy the sentence exactly from `text`, in order"
                problems.append(Problem(file.name, where, msg, fix))
                break
            rows.append((case["id"], case["set"], text, start, start + len(sentence), sentence))
            pos = start + len(sentence)
    if problems:
        raise AnnotationError(problems)
    return pd.DataFrame(rows, columns=["case_id", "set", "text", "start", "end", "sentence"])


def sentence_case_accuracy(cases: pd.DataFrame) -> Agreement:
    """Boundary precision and recall of ``split_sentences`` on the hard cases, per set.

    ``summary`` has one row per set and ``(all)`` (``article_id`` holds the set);
    ``errors`` names the case, the boundary and the case's text.
    """
    texts = dict(zip(cases["case_id"], cases["text"], strict=False))
    sets = dict(zip(cases["case_id"], cases["set"], strict=False))
    gold = cases.rename(columns={"case_id": "article_id"})[["article_id", "start", "end"]]
    pred = pd.concat([split_sentences(t, c) for c, t in texts.items()], ignore_index=True)
    per_case = boundary_agreement(pred, gold, texts=texts)
    counts = per_case.summary[per_case.summary["article_id"] != ALL].copy()
    counts["set"] = counts["article_id"].map(sets)
    order = list(dict.fromkeys(cases["set"]))  # the sets in the order the file gives them
    groups = [(key, counts[counts["set"] == key]) for key in order]
    rows = []
    for key, part in [*groups, (ALL, counts)]:
        tp, fp, fn = (int(part[c].sum()) for c in ("tp", "fp", "fn"))
        n = (int(part["gold"].sum()), int(part["predicted"].sum()), tp, fp, fn)
        rows.append((key, "exact", *n, *prf(tp, fp, fn), len(part)))
    summary = pd.DataFrame(rows, columns=[*SUMMARY_COLUMNS, *SCORE_COLUMNS, "cases"])
    summary = summary.rename(columns={"article_id": "set"})
    errors = per_case.errors.rename(columns={"article_id": "case_id"})
    errors.insert(1, "set", errors["case_id"].map(sets))
    errors["text"] = errors["case_id"].map(texts)
    return Agreement(summary, errors)
