"""Frame-hit precision on the development corpus: the package's hits against their reading.

``data/devset/annotations/frame_hits_dev.csv`` holds every hit the package gave on the dev
reports, each read in its sentence and judged right or wrong. Running the package again
(after a lexicon change) and joining its hits to those judgements gives the precision per
frame now; a hit no one has judged yet is counted apart (``unjudged``), never guessed.
"""

from __future__ import annotations

import os

import pandas as pd

from newsframes.evaluate.devset import devset_corpus, devset_dir, split_ids
from newsframes.paths import resolve
from newsframes.pipeline import analyze

JUDGED_COLUMNS = ["article_id", "start", "end", "frame", "correct"]
PRECISION_COLUMNS = ["frame", "hits", "correct", "unjudged", "precision"]


def frame_judgements(split: str, folder: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The judged hits of the reports of ``split``, from every ``frame_hits_*.csv`` (hits are
    judged in batches, one file per batch; a report keeps its judgements when it moves from
    test to dev after its round was measured)."""
    root = resolve(folder, devset_dir())
    paths = sorted((root / "annotations").glob("frame_hits_*.csv"))
    tables = []
    for path in paths:
        table = pd.read_csv(path, dtype={"correct": str}, keep_default_na=False)
        bad = sorted(set(table["correct"]) - {"yes", "no"})
        if bad:
            raise ValueError(f"{path.name}: column correct must be yes or no, not {bad}")
        tables.append(table)
    ids = split_ids(split, root)
    judged = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()
    if judged.empty or not judged["article_id"].isin(ids).any():
        raise FileNotFoundError(
            f"{root / 'annotations'}: no frame hits of the {split!r} split have been judged; "
            "judge them (article_id, start, end, surface, frame, rule, correct, reason) "
            f"in a frame_hits_<batch>.csv first"
        )
    return judged[judged["article_id"].isin(ids)].reset_index(drop=True)


def hit_precision(hits: pd.DataFrame, judged: pd.DataFrame) -> pd.DataFrame:
    """Per frame (and ``all``): hits, those judged right, those not judged, and precision
    over the judged ones."""
    keys = ["article_id", "start", "end", "frame"]
    joined = hits[keys].merge(judged[JUDGED_COLUMNS], on=keys, how="left")
    rows = []
    for frame, part in [*joined.groupby("frame", sort=True), ("all", joined)]:
        right = int((part["correct"] == "yes").sum())
        unjudged = int(part["correct"].isna().sum())
        seen = len(part) - unjudged
        rows.append((frame, len(part), right, unjudged, right / seen if seen else float("nan")))
    return pd.DataFrame(rows, columns=PRECISION_COLUMNS)


def devset_frame_precision(
    split: str = "dev", *, folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """The package's frame hits on ``split`` now, scored with the recorded judgements."""
    judged = frame_judgements(split, folder)
    corpus = devset_corpus(split, folder)
    return hit_precision(analyze(corpus[["id", "text"]]).frames, judged)
