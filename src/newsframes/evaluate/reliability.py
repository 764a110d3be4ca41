"""How far two independent readings of the same texts agree: the reliability of a coding.

A package's precision is only as good as the reference it is measured against. Before
trusting a coding, content analysis has a second, independent reader code the same
units and reports their agreement: percent agreement, Cohen's kappa and Krippendorff's
alpha (nominal), the last computed with the ``krippendorff`` package.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pandas as pd

from newsframes.errors import Problem
from newsframes.evaluate.frames import FrameCoding, cohen_kappa, load_frame_coding
from newsframes.evaluate.mentions import AnnotationError, annotation_path
from newsframes.paths import resolve

SECOND_CODING_FILE = "frame_coding_second.json"
AGREEMENT_COLUMNS = ["scope", "name", "frame", "units", "agreements", "percent", "kappa", "alpha"]


def krippendorff_alpha(first: Sequence[Any], second: Sequence[Any]) -> float:
    """Krippendorff's alpha (nominal) of two coders over the same units; NaN where the
    units hold a single value between them (no variation to agree on)."""
    if len(first) != len(second) or not len(first):
        raise ValueError("two codings of the same, non-empty set of units are needed")
    values = sorted({*first, *second}, key=str)
    if len(values) < 2:
        return float("nan")
    code = {value: i for i, value in enumerate(values)}
    data = np.array([[code[v] for v in first], [code[v] for v in second]], dtype=float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _fail(path: Path, field: str, message: str, fix: str) -> AnnotationError:
    return AnnotationError([Problem(str(path), field, message, fix)])


def load_second_coding(
    path: str | os.PathLike[str] | None = None, *, coding: FrameCoding | None = None
) -> pd.DataFrame:
    """The second coder's yes/no answers, one row per article and question
    (``article_id, question, yes``), checked against the reference instrument."""
    file = Path(resolve(path, annotation_path(SECOND_CODING_FILE)))
    instrument = coding or load_frame_coding()
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _fail(file, "(file)", f"cannot be read as JSON: {error}", "fix the file") from error
    answers = doc.get("coding") if isinstance(doc, dict) else None
    if not isinstance(answers, dict):
        raise _fail(
            file, "coding", "missing or not a mapping", 'write {"coding": {article: {item: 0|1}}}'
        )
    rows = []
    problems = []
    for article, items in answers.items():
        if not isinstance(items, dict):
            problems.append(Problem(str(file), article, "is not a mapping", "map item -> 0 or 1"))
            continue
        for item, value in items.items():
            if item not in instrument.questions:
                problems.append(
                    Problem(
                        str(file),
                        f"{article}.{item}",
                        "is not a question of frame_coding.yml",
                        f"use one of {sorted(instrument.questions)}",
                    )
                )
            elif value not in (0, 1) or isinstance(value, float):
                problems.append(
                    Problem(str(file), f"{article}.{item}", f"answer {value!r}", "write 0 or 1")
                )
            else:
                rows.append((article, item, bool(value)))
    if problems:
        raise AnnotationError(problems)
    return pd.DataFrame(rows, columns=["article_id", "question", "yes"])


def _first_coding(coding: FrameCoding) -> pd.DataFrame:
    rows = [
        (article, q, yes)
        for article, answers in coding.answers.items()
        for q, (yes, _reason) in answers.items()
    ]
    return pd.DataFrame(rows, columns=["article_id", "question", "yes"])


def _agreement_row(scope: str, name: str, part: pd.DataFrame) -> tuple[Any, ...]:
    first, second = part["first"].tolist(), part["second"].tolist()
    agreements = int((part["first"] == part["second"]).sum())
    frames = part["frame"].unique()
    return (
        scope,
        name,
        frames[0] if len(frames) == 1 else "",
        len(part),
        agreements,
        100 * agreements / len(part),
        cohen_kappa(first, second),
        krippendorff_alpha(first, second),
    )


def coder_agreement(
    second: pd.DataFrame | None = None, *, coding: FrameCoding | None = None
) -> pd.DataFrame:
    """Agreement of the reference coding with the second coder, per question, per frame
    (its questions pooled) and overall, on the article x question units both answered.

    ``name`` is the question id, the frame id or ``all``; kappa and alpha are NaN where
    the units hold one answer only (nothing to agree on beyond chance).
    """
    instrument = coding or load_frame_coding()
    other = load_second_coding(coding=instrument) if second is None else second
    both = _first_coding(instrument).merge(
        other, on=["article_id", "question"], suffixes=("_first", "_second")
    )
    both = both.rename(columns={"yes_first": "first", "yes_second": "second"})
    both["frame"] = both["question"].map(lambda q: instrument.questions[q].frame)
    order = list(instrument.questions)
    both["order"] = both["question"].map(order.index)
    both = both.sort_values(["order", "article_id"])
    rows = [
        _agreement_row("question", str(q), part) for q, part in both.groupby("question", sort=False)
    ]
    rows += [_agreement_row("frame", str(f), part) for f, part in both.groupby("frame", sort=False)]
    rows.append(_agreement_row("all", "all", both))
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)
