"""How far two readers of the same reports agree: the reference's own uncertainty.

The second reader's spans are scored with the first as reference (precision, recall, F1,
exact and lenient), and Krippendorff's alpha is computed on mention units: each place either
reader marked, overlapping marks merged, each reader's label there or ``(none)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd

from newsframes.evaluate.agreement import ALL, score, spans
from newsframes.evaluate.devset import devset_dir
from newsframes.evaluate.person_spans import align_person_spans
from newsframes.evaluate.reliability import krippendorff_alpha
from newsframes.paths import resolve

AGREEMENT_COLUMNS = ["unit", "match", "precision", "recall", "f1", "units", "alpha"]
NONE = "(none)"
# what each reading codes: its table in annotations/ and annotations_second/, and the label
CODED = {
    "actor mentions": ("actor_mentions.csv", "actor_id"),
    "statements (speaker)": ("statements.csv", "speaker_actor_id"),
}


def _units(
    first: list[tuple[int, int, str]], second: list[tuple[int, int, str]]
) -> list[list[int]]:
    """The places either reader marked: overlapping spans of both readers merged into one."""
    marked = sorted([(s, e) for s, e, _ in first] + [(s, e) for s, e, _ in second])
    units: list[list[int]] = []
    for s, e in marked:
        if units and s < units[-1][1]:
            units[-1][1] = max(units[-1][1], e)
        else:
            units.append([s, e])
    return units


def _value(reader: list[tuple[int, int, str]], s: int, e: int) -> str:
    labels = sorted({lab for rs, re_, lab in reader if rs < e and s < re_})
    return "+".join(labels) if labels else NONE


def unit_codes(
    first: Mapping[str, list[tuple[int, int, str]]],
    second: Mapping[str, list[tuple[int, int, str]]],
    names: list[str],
) -> pd.DataFrame:
    """One row per place either reader marked (``article_id, start, end, first, second``):
    each reader's label there, or ``(none)`` when that reader marked nothing there."""
    rows = []
    for aid in names:
        a, b = first.get(aid, []), second.get(aid, [])
        for s, e in _units(a, b):
            rows.append((aid, s, e, _value(a, s, e), _value(b, s, e)))
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "first", "second"])


def reader_agreement(
    first: pd.DataFrame, second: pd.DataFrame, label: str, names: list[str], unit: str
) -> pd.DataFrame:
    """How far a second reader agrees with the first on spans labelled ``label``: precision,
    recall and F1 with the first as reference (exact and lenient), and Krippendorff's alpha
    (nominal) on the places either marked (:func:`unit_codes`, the same for both rows)."""
    a, b = spans(first, label), spans(second, label)
    summary = score(b, a, names).summary
    codes = unit_codes(a, b, names)
    alpha = (
        krippendorff_alpha(codes["first"].tolist(), codes["second"].tolist())
        if len(codes)
        else float("nan")
    )
    total = summary[summary["article_id"] == ALL]
    rows = [
        (unit, r["match"], r["precision"], r["recall"], r["f1"], len(codes), alpha)
        for r in total.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def reading(
    reader: str, table: str, ids: list[str], folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """One reader's rows of ``table`` for the reports ``ids`` only (``reader``: the folder
    ``annotations`` or ``annotations_second`` of the development corpus)."""
    path = resolve(folder, devset_dir()) / reader / table
    stat = path.stat()
    rows = _read_table(path, stat.st_mtime_ns, stat.st_size)
    return rows[rows["article_id"].isin(ids)].astype({"start": int, "end": int})


@lru_cache(maxsize=8)
def _read_table(path: Path, _mtime_ns: int, _size: int) -> pd.DataFrame:
    """A reading's table, read once while the file stays as it is (the chapter compares the
    readers of every round: one read per file, not one per round)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def two_readings(
    ids: list[str], texts: Mapping[str, str], folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """Both readers of the reports ``ids`` compared on each coded unit (:data:`CODED`); a
    title before a person's name is not compared (:func:`align_person_spans`)."""
    parts = []
    for unit, (table, column) in CODED.items():
        first = reading("annotations", table, ids, folder)
        second = reading("annotations_second", table, ids, folder)
        if unit == "actor mentions":
            persons = frozenset(first.loc[first["actor_type"] == "person", "actor_id"])
            second = align_person_spans(second, first, texts, persons)
        parts.append(reader_agreement(first, second, column, ids, unit))
    return pd.concat(parts, ignore_index=True)
