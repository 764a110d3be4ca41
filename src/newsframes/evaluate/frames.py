"""Measure the frame indicators against people reading the texts: agreement and precision.

The references are in ``data/annotations``: ``frame_coding.yml`` (Semetko &
Valkenburg's yes/no questions and one coder's answers for the five articles) and
``frame_precision.yml`` (every hit read in context, counted per frame). Both refer to
frames by id, so they are checked against the frames lexicon each time they are used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import pandas as pd

from newsframes.errors import LexiconError, Problem
from newsframes.evaluate.mentions import AnnotationError, annotation_path
from newsframes.lexicons.frames import FrameLexicon, load_frames
from newsframes.lexicons.loader import load
from newsframes.lexicons.schema import check_entry
from newsframes.paths import resolve

CODING_FILE = "frame_coding.yml"
PRECISION_FILE = "frame_precision.yml"
T = TypeVar("T")


@dataclass(frozen=True)
class Question:
    """One yes/no question of the human instrument, tied to a frame."""

    id: str
    frame: str
    text: str


@dataclass(frozen=True, eq=False)
class FrameCoding:
    """The instrument and the reference coding: per article, per question, (yes?, reason)."""

    path: Path
    questions: Mapping[str, Question]
    answers: Mapping[str, Mapping[str, tuple[bool, str]]]


@dataclass(frozen=True)
class PrecisionJudgement:
    """The hits of one frame on the five articles, read in context: how many were right."""

    frame: str
    correct: int
    total: int
    note: str


@dataclass(frozen=True)
class FrameAgreement:
    """Computed vs human frame presence: the full table, a summary, the disagreements, and
    the articles with computed scores but no human coding (not compared)."""

    table: pd.DataFrame
    summary: pd.DataFrame
    disagreements: pd.DataFrame
    unmeasured: tuple[str, ...] = ()


# --------------------------------------------------------------------------- loading


def load_frame_coding(
    path: str | os.PathLike[str] | None = None, *, lexicon: FrameLexicon | None = None
) -> FrameCoding:
    """The human coding (``data/annotations/frame_coding.yml`` or ``path``), checked.

    Cached on the file's content; every question's frame must be one of ``lexicon``'s.
    """
    coding = _load(_parse_coding, path, CODING_FILE)
    frames = (lexicon or load_frames()).frames
    problems = [
        Problem(
            coding.path.name,
            f"questions[{i}].frame",
            f"unknown frame {q.frame!r}",
            f"use one of: {', '.join(frames)}",
        )
        for i, q in enumerate(coding.questions.values())
        if q.frame not in frames
    ]
    if problems:
        raise AnnotationError(problems)
    return coding


def load_frame_precision(
    path: str | os.PathLike[str] | None = None, *, lexicon: FrameLexicon | None = None
) -> tuple[PrecisionJudgement, ...]:
    """The precision judgements (``data/annotations/frame_precision.yml`` or ``path``).

    Cached on the file's content; every frame must be one of ``lexicon``'s.
    """
    judged = _load(_parse_precision, path, PRECISION_FILE)
    frames = (lexicon or load_frames()).frames
    file = resolve(path, annotation_path(PRECISION_FILE)).name
    problems = [
        Problem(file, f"precision_judgement.{j.frame}", "unknown frame", "use a frame id")
        for j in judged
        if j.frame not in frames
    ]
    if problems:
        raise AnnotationError(problems)
    return judged


def _load(schema: Callable[[Path, Any], T], path: str | os.PathLike[str] | None, name: str) -> T:
    """``schema`` applied to an annotation file, cached on its content; problems as
    :class:`AnnotationError` (a missing file or bad YAML included)."""
    try:
        return load(schema, resolve(path, annotation_path(name)))
    except LexiconError as error:
        raise AnnotationError(error.problems) from error


def _answer(value: Any) -> bool | None:
    if isinstance(value, bool):  # YAML 1.1 reads bare yes/no as booleans
        return value
    if isinstance(value, str) and value.lower() in {"yes", "no"}:
        return value.lower() == "yes"
    return None


def _parse_questions(path: Path, raw: Any) -> tuple[dict[str, Question], list[Problem]]:
    if not isinstance(raw, list):
        return {}, [Problem(path.name, "questions", "missing or not a list", "add `questions:`")]
    problems: list[Problem] = []
    questions: dict[str, Question] = {}
    for i, entry in enumerate(raw):
        found = check_entry(path, f"questions[{i}]", entry, {"id": str, "frame": str, "text": str})
        if not found:
            if entry["id"] in questions:
                found.append(Problem(path.name, f"questions[{i}].id", "duplicate id", "rename"))
            questions[entry["id"]] = Question(entry["id"], entry["frame"], entry["text"])
        problems += found
    return questions, problems


def _parse_answers(
    path: Path, where: str, answers: Any, questions: Mapping[str, Question]
) -> tuple[dict[str, tuple[bool, str]], list[Problem]]:
    """One article's answers: every question answered yes or no, with a reason."""
    if not isinstance(answers, dict):
        return {}, [Problem(path.name, where, "not a mapping", "write `C1: {...}` lines")]
    problems: list[Problem] = []
    coded: dict[str, tuple[bool, str]] = {}
    for qid, entry in answers.items():
        here = f"{where}.{qid}"
        if qid not in questions:
            problems.append(
                Problem(path.name, here, "unknown question", "use an id from questions:")
            )
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(path.name, here, "not a mapping", "{answer:, reason:}"))
            continue
        answer = _answer(entry.get("answer"))
        reason = entry.get("reason")
        if answer is None:
            problems.append(Problem(path.name, f"{here}.answer", "not yes or no", "yes or no"))
        if not isinstance(reason, str) or not reason.strip():
            problems.append(
                Problem(path.name, f"{here}.reason", "missing", "quote the text behind it")
            )
        extra = set(entry) - {"answer", "reason"}
        if extra:
            problems.append(
                Problem(path.name, here, f"unknown keys {sorted(extra)}", "answer, reason")
            )
        if answer is not None and isinstance(reason, str):
            coded[qid] = (answer, reason)
    missing = [q for q in questions if q not in answers]
    if missing:
        problems.append(
            Problem(path.name, where, f"questions not answered: {', '.join(missing)}", "answer all")
        )
    return coded, problems


def _parse_coding(path: Path, doc: Any) -> FrameCoding:
    """The schema of ``frame_coding.yml``: questions, then every article's answers."""
    if not isinstance(doc, dict):
        fix = "start with `questions:` and `reference_coding:`"
        raise AnnotationError([Problem(path.name, "(file)", "not a mapping", fix)])
    questions, problems = _parse_questions(path, doc.get("questions"))
    raw = doc.get("reference_coding")
    coding: dict[str, Mapping[str, tuple[bool, str]]] = {}
    if not isinstance(raw, dict):
        fix = "article: {Q: ...}"
        problems.append(Problem(path.name, "reference_coding", "missing or not a mapping", fix))
        raw = {}
    for article, answers in raw.items():
        coded, found = _parse_answers(path, f"reference_coding.{article}", answers, questions)
        problems += found
        coding[str(article)] = MappingProxyType(coded)
    known = {"questions", "reference_coding"}
    problems += [
        Problem(path.name, str(key), "unknown top-level key", f"use: {', '.join(sorted(known))}")
        for key in doc
        if key not in known
    ]
    if problems:
        raise AnnotationError(problems)
    return FrameCoding(path, MappingProxyType(questions), MappingProxyType(coding))


def _parse_precision(path: Path, doc: Any) -> tuple[PrecisionJudgement, ...]:
    """The schema of ``frame_precision.yml``: per frame, correct <= total hits and a note."""
    raw = doc.get("precision_judgement") if isinstance(doc, dict) else None
    if not isinstance(raw, dict):
        fix = "add `precision_judgement:` with `frame: {correct:, total:, note:}` lines"
        raise AnnotationError([Problem(path.name, "precision_judgement", "not a mapping", fix)])
    rows, problems = [], []
    for fid, entry in raw.items():
        where = f"precision_judgement.{fid}"
        found = check_entry(path, where, entry, {"correct": int, "total": int, "note": str})
        if not found and not 0 <= entry["correct"] <= entry["total"]:
            found.append(Problem(path.name, where, "correct must be 0..total", "recount"))
        problems += found
        if not found:
            rows.append(
                PrecisionJudgement(str(fid), entry["correct"], entry["total"], entry["note"])
            )
    problems += [
        Problem(path.name, str(key), "unknown top-level key", "use: precision_judgement")
        for key in doc
        if key != "precision_judgement"
    ]
    if problems:
        raise AnnotationError(problems)
    return tuple(rows)


# --------------------------------------------------------------------------- measures


def human_frame_scores(
    lexicon: FrameLexicon | None = None, *, coding: FrameCoding | None = None
) -> pd.DataFrame:
    """Per coded article and generic frame: questions, yes answers, score = share of yes."""
    lex = lexicon or load_frames()
    coded = coding or load_frame_coding(lexicon=lex)
    rows = []
    for article, answers in coded.answers.items():
        for fid in lex.frames:
            qs = [q.id for q in coded.questions.values() if q.frame == fid]
            if not qs:
                continue
            yes = sum(answers[q][0] for q in qs if q in answers)
            rows.append((article, fid, len(qs), yes, yes / len(qs)))
    return pd.DataFrame(rows, columns=["article_id", "frame", "n_questions", "n_yes", "score"])


def frame_coding_table(
    lexicon: FrameLexicon | None = None, *, coding: FrameCoding | None = None
) -> pd.DataFrame:
    """The reference coding, one row per article and question, with the reason."""
    coded = coding or load_frame_coding(lexicon=lexicon)
    rows = [
        (article, q.frame, q.id, q.text, answers[q.id][0], answers[q.id][1])
        for article, answers in coded.answers.items()
        for q in coded.questions.values()
        if q.id in answers
    ]
    return pd.DataFrame(rows, columns=["article_id", "frame", "question", "text", "yes", "reason"])


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Cohen's kappa of two codings of the same items: (p_o - p_e) / (1 - p_e).

    NaN when p_e is 1 (both coders used one and the same category throughout).
    """
    if len(a) != len(b) or not len(a):
        raise ValueError("two codings of the same, non-empty set of items are needed")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    cats = set(a) | set(b)
    p_e = sum((list(a).count(c) / n) * (list(b).count(c) / n) for c in cats)
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


def frame_agreement(
    computed: pd.DataFrame,
    lexicon: FrameLexicon | None = None,
    *,
    coding: FrameCoding | None = None,
    threshold: float = 2.0,
    min_hits: int = 1,
    human_cutoff: float = 0.5,
) -> FrameAgreement:
    """Compare frame presence from ``frame_scores`` with the reference coding.

    A frame is computed present when it has at least ``min_hits`` hits and at
    least ``threshold`` hits per 1,000 words; humanly present when at least
    ``human_cutoff`` of its questions are answered yes. Only the article x frame
    pairs that are both computed and coded (the generic frames) are compared; the computed
    articles with no coding are named in ``unmeasured`` (when none is coded, the summary's
    ``all`` row counts 0 pairs).
    """
    human = human_frame_scores(lexicon, coding=coding)
    merged = computed.merge(human, on=["article_id", "frame"], how="inner")
    unmeasured = tuple(sorted(set(computed["article_id"]) - set(human["article_id"])))
    table = pd.DataFrame(
        {
            "article_id": merged["article_id"],
            "frame": merged["frame"],
            "hits": merged["hits"],
            "per_1000": merged["per_1000"],
            "computed": (merged["hits"] >= min_hits) & (merged["per_1000"] >= threshold),
            "score": merged["score"],
            "human": merged["score"] >= human_cutoff,
        }
    )
    table["agree"] = table["computed"] == table["human"]
    rows = []
    for scope, part in [*table.groupby("frame", sort=False), ("all", table)]:
        rows.append(
            (
                scope,
                len(part),
                int(part["agree"].sum()),
                100 * part["agree"].mean(),
                cohen_kappa(part["computed"].tolist(), part["human"].tolist())
                if len(part)
                else float("nan"),
            )
        )
    summary = pd.DataFrame(rows, columns=["frame", "n", "agreements", "percent", "kappa"])
    disagreements = table[~table["agree"]].sort_values(["frame", "article_id"])
    return FrameAgreement(table, summary, disagreements.reset_index(drop=True), unmeasured)


def frame_precision_judgement(
    lexicon: FrameLexicon | None = None, *, path: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """The recorded reading of every hit on the five articles: correct / total per frame."""
    judged = load_frame_precision(path, lexicon=lexicon)
    table = pd.DataFrame(
        [(j.frame, j.correct, j.total, j.note) for j in judged],
        columns=["frame", "correct", "total", "note"],
    )
    table.insert(3, "precision", table["correct"] / table["total"].where(table["total"] > 0))
    return table
