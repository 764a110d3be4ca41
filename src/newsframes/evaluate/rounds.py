"""Test rounds of the development corpus: the figures each round recorded when it was measured.

A test split is measured once. Once its figures are read its reports may be tuned on, so a
round's figures cannot be computed again later; the measurement writes them to
``data/devset/results/test-round-<n>.csv`` and the book reads them back from there.
"""

from __future__ import annotations

import os
import re

import pandas as pd

from newsframes.errors import Problem
from newsframes.evaluate.devset import devset_dir
from newsframes.evaluate.mentions import AnnotationError
from newsframes.evaluate.unseen import FIGURE_COLUMNS
from newsframes.paths import resolve

_ROUND_FILE = re.compile(r"^test-round-(?P<n>\d+)\.csv$")


def recorded_figures(folder: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Every recorded round's figures (``FIGURE_COLUMNS`` and ``round``), oldest first."""
    results = resolve(folder, devset_dir()) / "results"
    tables = []
    for path in sorted(results.glob("test-round-*.csv")):
        found = _ROUND_FILE.match(path.name)
        if found is None:
            continue
        table = pd.read_csv(path)
        missing = [c for c in FIGURE_COLUMNS if c not in table.columns]
        if missing:
            raise AnnotationError(
                [
                    Problem(
                        path.name, "header", f"no column {missing}", "write it with FIGURE_COLUMNS"
                    )
                ]
            )
        tables.append(table[FIGURE_COLUMNS].assign(round=int(found.group("n"))))
    if not tables:
        return pd.DataFrame(columns=[*FIGURE_COLUMNS, "round"])
    return pd.concat(tables, ignore_index=True).sort_values("round", kind="stable")


def round_ids(round_number: int, folder: str | os.PathLike[str] | None = None) -> list[str]:
    """The ids of the reports that were the test split of ``round_number`` (``split.csv``:
    round 1's draw is in ``first_split``; a later round's test split is its whole round)."""
    table = pd.read_csv(resolve(folder, devset_dir()) / "split.csv", dtype=str)
    if round_number == 1:
        chosen = (table["round"] == "1") & (table["first_split"] == "test")
    else:
        chosen = table["round"] == str(round_number)
    return sorted(table.loc[chosen, "id"])


def write_round(
    figures: pd.DataFrame, round_number: int, folder: str | os.PathLike[str] | None = None
) -> None:
    """Record a round's test ``figures`` as measured (sample renamed "test, round <n>");
    refuses to overwrite a round already recorded."""
    path = resolve(folder, devset_dir()) / "results" / f"test-round-{round_number}.csv"
    if path.exists():
        raise FileExistsError(f"{path}: round {round_number} was already measured and recorded")
    path.parent.mkdir(parents=True, exist_ok=True)
    figures[FIGURE_COLUMNS].assign(sample=f"test, round {round_number}").to_csv(path, index=False)
