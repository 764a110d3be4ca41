"""Measure actor mentions on the development corpus (``data/devset``): reports never tuned on.

The corpus is split once into ``dev`` (rules and lexicons are tuned on it) and ``test``
(measured once, at the end). Only the articles of the requested split are read, so
measuring dev never touches a test report. Figures are precision, recall and F1 with a
bootstrap over articles, overall and by kind of mention (name or alias, acronym, a state
by its country name or demonym), and the recall of the unlisted-actor detector on the
annotated persons the gazetteer does not know.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from newsframes.analysers.actors import mention_tuples
from newsframes.analysers.unlisted import find_unlisted
from newsframes.corpus import load_corpus
from newsframes.errors import Problem
from newsframes.evaluate.agreement import ALL, Span, score, spans
from newsframes.evaluate.intervals import bootstrap_prf
from newsframes.evaluate.mentions import AnnotationError
from newsframes.evaluate.person_spans import align_person_spans
from newsframes.lexicons.actors import ActorLexicon, load_actors
from newsframes.paths import data_dir, resolve
from newsframes.pipeline import Analysis

SPLITS = ("dev", "test")
KINDS = ("name/alias", "acronym", "state noun/place")
SCORE_COLUMNS = [
    "split",
    "measure",
    "kind",
    "match",
    "metric",
    "estimate",
    "low",
    "high",
    "articles",
    "gold",
    "predicted",
    "tp",
    "fp",
    "fn",
]
ERROR_COLUMNS = ["article_id", "error", "kind", "start", "end", "surface", "actor_id", "other"]
MENTION_COLUMNS = ["article_id", "start", "end", "surface", "actor_id", "actor_type"]
# A mention the package joined with its bracketed acronym: "Free Syrian Army (FSA)".
_BRACKETED = re.compile(
    r"^(?P<name>.*?\S)\s*[(\[]\s*(?P<acronym>[^()\[\]]*?\S)\s*[)\]]$", re.DOTALL
)


def devset_dir() -> Path:
    """``data/devset``: the development corpus, its split and its hand annotation."""
    return data_dir() / "devset"


@dataclass(frozen=True)
class DevsetScores:
    """Figures for one split: ``scores`` (one row per measure, kind, match and metric),
    ``errors`` (every missed and false actor mention, exact match) and ``persons`` (each
    annotated unlisted person mention, and whether the detector found its span)."""

    scores: pd.DataFrame
    errors: pd.DataFrame
    persons: pd.DataFrame


def split_ids(split: str, folder: str | os.PathLike[str] | None = None) -> list[str]:
    """The article ids of ``split`` ("dev" or "test") in ``split.csv``, sorted."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    table = pd.read_csv(resolve(folder, devset_dir()) / "split.csv", dtype=str)
    return sorted(table.loc[table["split"] == split, "id"])


def devset_corpus(split: str, folder: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The articles of ``split`` only, read with :func:`load_corpus` (the other split's files
    are never opened: the split's files are copied to a folder of their own first)."""
    root = resolve(folder, devset_dir())
    files = tuple(root / "articles" / f"{aid}.md" for aid in split_ids(split, root))
    stamps = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    return _read_split(files, stamps).copy()


@lru_cache(maxsize=4)
def _read_split(files: tuple[Path, ...], _stamps: tuple[tuple[str, int, int], ...]) -> pd.DataFrame:
    with tempfile.TemporaryDirectory(prefix="devset-") as tmp:
        for file in files:
            shutil.copy2(file, Path(tmp) / file.name)
        return load_corpus(tmp)


def same_actor_ids(folder: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """Annotation id -> gazetteer id, for actors the annotators coded under a new id that the
    gazetteer lists under another (``annotations/same_actor.csv``: the same person or body,
    not a near one). The annotation itself is never rewritten."""
    path = resolve(folder, devset_dir()) / "annotations" / "same_actor.csv"
    if not path.exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return dict(zip(table["annotation_id"], table["gazetteer_id"], strict=True))


def with_gazetteer_ids(
    table: pd.DataFrame, column: str, folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """``table`` with the ids of ``column`` mapped by :func:`same_actor_ids`."""
    same = same_actor_ids(folder)
    return table.assign(**{column: [same.get(i, i) for i in table[column]]})


def devset_mentions(
    split: str, texts: Mapping[str, str], folder: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """The hand-annotated actor mentions of the articles of ``split``, each checked against
    its text (:class:`AnnotationError` names every row whose surface is not at its span)."""
    root = resolve(folder, devset_dir())
    path = root / "annotations" / "actor_mentions.csv"
    table = pd.read_csv(path, dtype={"surface": str}, keep_default_na=False)
    table = table[table["article_id"].isin(split_ids(split, root))]
    problems = []
    for row, rec in zip(table.index, table.to_dict("records"), strict=True):
        text = texts.get(rec["article_id"])
        if text is None or text[int(rec["start"]) : int(rec["end"])] != rec["surface"]:
            problems.append(
                Problem(
                    path.name,
                    f"row {row + 2}",
                    f"surface {rec['surface']!r} is not the text at {rec['start']}:{rec['end']}",
                    "rebuild the tables with data/devset/annotations/build.py",
                )
            )
    if problems:
        raise AnnotationError(problems)
    table = with_gazetteer_ids(table, "actor_id", folder)
    return table[MENTION_COLUMNS].astype({"start": int, "end": int}).reset_index(drop=True)


def mention_kind(surface: str, actor_id: str, lexicon: ActorLexicon) -> str:
    """``state noun/place`` (a state by its country name or demonym: "Turkey", "Turkish
    troops"), ``acronym`` (no lower-case letter: "FSA", "SANA") or ``name/alias``."""
    actor = lexicon.actors.get(actor_id)
    if actor is not None and actor.type == "state":
        folded = surface.casefold()
        if any(folded.startswith(n.casefold()) for n in (*actor.place_names, *actor.demonyms)):
            return "state noun/place"
    letters = [c for c in surface if c.isalpha()]
    if len(letters) >= 2 and not any(c.islower() for c in letters):
        return "acronym"
    return "name/alias"


def _by_kind(table: pd.DataFrame, lexicon: ActorLexicon) -> Callable[[str], dict[str, list[Span]]]:
    kinds = [
        mention_kind(s, a, lexicon)
        for s, a in zip(table["surface"], table["actor_id"], strict=True)
    ]
    with_kind = table.assign(kind=kinds)
    return lambda kind: spans(with_kind[with_kind["kind"] == kind], "actor_id")


def _rows(split: str, measure: str, kind: str, summary: pd.DataFrame) -> list[dict[str, object]]:
    """The bootstrap rows of one comparison, exact and lenient."""
    out: list[dict[str, object]] = []
    for match, part in summary.groupby("match", sort=False):
        per_article = part[part["article_id"] != ALL]
        total = part[part["article_id"] == ALL].iloc[0]
        for rec in bootstrap_prf(per_article).to_dict("records"):
            interval = {str(key): value for key, value in rec.items()}
            out.append(
                {
                    "split": split,
                    "measure": measure,
                    "kind": kind,
                    "match": match,
                    **interval,
                    **{c: int(total[c]) for c in ("gold", "predicted", "tp", "fp", "fn")},
                }
            )
    return out


def predicted_mentions(corpus: pd.DataFrame, lexicon: ActorLexicon) -> pd.DataFrame:
    """The gazetteer's mentions in every article (``MENTION_COLUMNS``)."""
    rows = [
        (aid, m.start, m.end, m.surface, m.actor_id, m.actor_type)
        for aid, text in zip(corpus["id"], corpus["text"], strict=True)
        for m in mention_tuples(text, lexicon)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def predicted_unlisted(corpus: pd.DataFrame, lexicon: ActorLexicon) -> pd.DataFrame:
    """The unlisted-actor detector's rows in every article (``MENTION_COLUMNS``)."""
    rows = []
    for aid, text in zip(corpus["id"], corpus["text"], strict=True):
        for f in find_unlisted(text, mention_tuples(text, lexicon)):
            rows.append((aid, f.start, f.end, text[f.start : f.end], f.name, f.actor_type))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def split_bracketed(mentions: pd.DataFrame) -> pd.DataFrame:
    """Each mention joined with its bracketed acronym ("Free Syrian Army (FSA)") or name ("YPG
    [People’s Protection Units]") as two rows, as the development corpus's annotation codes
    them."""
    rows = []
    for rec in mentions.to_dict("records"):
        found = _BRACKETED.match(rec["surface"])
        if found is None:
            rows.append(rec)
            continue
        for part in ("name", "acronym"):
            start = rec["start"] + found.start(part)
            end = rec["start"] + found.end(part)
            rows.append({**rec, "start": start, "end": end, "surface": found.group(part)})
    return pd.DataFrame(rows, columns=mentions.columns)


def devset_scores(
    split: str,
    *,
    folder: str | os.PathLike[str] | None = None,
    lexicon: ActorLexicon | None = None,
    analysis: Analysis | None = None,
) -> DevsetScores:
    """Actor mentions of ``split`` ("dev" or "test") scored against the hand annotation.

    Measures: ``actor mentions`` (every annotated mention; ``kind`` "all" and each of
    ``KINDS``), ``listed actor mentions`` (only the annotated mentions of actors the
    gazetteer lists: how well it matches what it knows) and ``unlisted persons`` (recall of
    the detector's spans on annotated persons the gazetteer does not list, a hit counted by
    span whatever the id).

    ``analysis``, the pipeline's tables for the split's reports made with the same lexicon,
    saves finding the mentions and unlisted rows again (``unseen.measure_split``).
    """
    if analysis is not None and lexicon is not None:
        raise ValueError("give a lexicon or an analysis made with the default one, not both")
    lex = lexicon if lexicon is not None else load_actors()
    corpus = devset_corpus(split, folder)
    texts = dict(zip(corpus["id"], corpus["text"], strict=True))
    gold = devset_mentions(split, texts, folder)
    persons_ids = frozenset(gold.loc[gold["actor_type"] == "person", "actor_id"]) | frozenset(
        i for i, actor in lex.actors.items() if actor.type == "person"
    )
    if analysis is None:
        pred, found = predicted_mentions(corpus, lex), predicted_unlisted(corpus, lex)
    else:
        pred = analysis.mentions[MENTION_COLUMNS]
        found = analysis.unlisted.assign(actor_id=analysis.unlisted["name"])[MENTION_COLUMNS]
    pred = split_bracketed(pred)
    pred = align_person_spans(pred, gold, texts, persons_ids)
    names = sorted(texts)
    rows: list[dict[str, object]] = []
    overall = score(spans(pred, "actor_id"), spans(gold, "actor_id"), names)
    rows += _rows(split, "actor mentions", "all", overall.summary)
    gold_kind, pred_kind = _by_kind(gold, lex), _by_kind(pred, lex)
    for kind in KINDS:
        rows += _rows(
            split, "actor mentions", kind, score(pred_kind(kind), gold_kind(kind), names).summary
        )
    listed = gold[gold["actor_id"].isin(list(lex.actors))]
    in_gazetteer = score(spans(pred, "actor_id"), spans(listed, "actor_id"), names)
    rows += _rows(split, "listed actor mentions", "all", in_gazetteer.summary)
    persons = gold[(gold["actor_type"] == "person") & ~gold["actor_id"].isin(list(lex.actors))]
    rows += _rows(split, WITH_UNLISTED, "all", with_unlisted(pred, found, gold, lex, names))
    detected = score(spans(found, None), spans(persons, None), names)
    rows += _rows(split, "unlisted persons", "person", detected.summary)
    scores = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    scores = scores[~((scores["measure"] == "unlisted persons") & (scores["metric"] != "recall"))]
    return DevsetScores(
        scores.reset_index(drop=True),
        _errors(overall.errors, texts, lex),
        _persons(persons, found),
    )


WITH_UNLISTED = "actor mentions, unlisted rows included"
UNLISTED_LABEL = "(unlisted)"


def with_unlisted(
    pred: pd.DataFrame,
    found: pd.DataFrame,
    gold: pd.DataFrame,
    lex: ActorLexicon,
    names: list[str],
) -> pd.DataFrame:
    """Every actor row the package gives, the gazetteer's and the unlisted detector's, scored
    against every annotated mention: an unlisted row is right where its span is that of an
    annotated mention of an actor the gazetteer does not list (it cannot know the id, and
    says so with its flag); a gazetteer row needs the span and the id."""

    def label(ids: pd.Series) -> list[str]:
        return [i if i in lex.actors else UNLISTED_LABEL for i in ids]

    gold_labelled = gold.assign(actor_id=label(gold["actor_id"]))
    found_labelled = found.assign(actor_id=UNLISTED_LABEL)
    both = pd.concat([pred, found_labelled], ignore_index=True)
    return score(spans(both, "actor_id"), spans(gold_labelled, "actor_id"), names).summary


def _errors(errors: pd.DataFrame, texts: Mapping[str, str], lex: ActorLexicon) -> pd.DataFrame:
    """The exact-match errors, with the surface and its kind."""
    out = errors[errors["match"] == "exact"].copy()
    out["surface"] = [
        texts[a][s:e] for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    out["kind"] = [
        mention_kind(s, a, lex) for s, a in zip(out["surface"], out["actor_id"], strict=True)
    ]
    return out[ERROR_COLUMNS].reset_index(drop=True)


def _persons(persons: pd.DataFrame, found: pd.DataFrame) -> pd.DataFrame:
    """Each annotated unlisted person mention, and whether a detector span overlaps it."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for aid, s, e in zip(found["article_id"], found["start"], found["end"], strict=True):
        by_article.setdefault(aid, []).append((s, e))
    hits = [
        any(s < fe and fs < e for fs, fe in by_article.get(aid, []))
        for aid, s, e in zip(persons["article_id"], persons["start"], persons["end"], strict=True)
    ]
    return persons.assign(found=hits).reset_index(drop=True)
