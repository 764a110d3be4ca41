"""Label choices: the generic words a text uses for groups of people (rebels, militants, regime).

Which word an outlet picks for the same people is a framing signal; the words,
their category, side and connotation are data in ``data/lexicons/labels.yml``.

Rules (tested in tests/test_labels.py):
- Adjectives that are the same word count: "rebel front lines" is a rebels
  label, "Islamist forces" an Islamists label (the forms list both).
- A label inside an actor mention counts only as the mention's head, its last
  word(s): "the Syrian regime" and "Syrian security forces" are label choices
  (and the row carries the actor id), but a label word in the middle of a name
  is part of the name, not a choice.
- A form inside an ``exclude`` phrase ("regime of radio silence") is not counted.
- Voice is "quoted" when the label lies inside quotation marks, else "journalist".
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from newsframes.analysers.parse import Columns, Mention, Parse, columns_of, from_frames
from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import lexicon_path, read_yaml
from newsframes.lexicons.schema import check_choice, check_entry, claim_forms, require_list
from newsframes.text.matching import TermMatcher

LABEL_COLUMNS = [
    "start",
    "end",
    "surface",
    "label",
    "category",
    "side",
    "voice",
    "sent_id",
    "actor_id",
]
_LABEL_INDEX = pd.Index(LABEL_COLUMNS)
SHARE_COLUMNS = ["side", "voice", "label", "category", "n", "share"]
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class LabelEntry:
    """One label: canonical name, its forms, category, usual side and a note."""

    label: str
    forms: tuple[str, ...]
    category: str
    side: str
    note: str


@dataclass(frozen=True)
class LabelLexicon:
    """The validated labels lexicon with its compiled matchers."""

    path: Path
    entries: dict[str, LabelEntry]
    categories: dict[str, str]
    sides: dict[str, str]
    matcher: TermMatcher
    exclude: TermMatcher | None

    def entry_of_form(self, surface: str) -> LabelEntry:
        """The entry whose form ``surface`` matched."""
        return self.entries[str(self.matcher.key_of(surface))]


def _vocabulary(path: Path, doc: Any, key: str, problems: list[Problem]) -> dict[str, str]:
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, dict) or not value:
        problems.append(
            Problem(
                path.name, key, "missing or not a mapping", f"add `{key}:` with `name: meaning`"
            )
        )
        return {}
    return {str(k): str(v) for k, v in value.items()}


def _parse(path: Path) -> LabelLexicon:
    doc = read_yaml(path)
    problems: list[Problem] = []
    categories = _vocabulary(path, doc, "categories", problems)
    sides = _vocabulary(path, doc, "sides", problems)
    raw = require_list(path, doc, "labels")
    entries: dict[str, LabelEntry] = {}
    owner: dict[str, str] = {}
    for i, item in enumerate(raw):
        name = str(item.get("label")) if isinstance(item, dict) else ""
        where = f"labels[{i}]" + (f" ({name})" if name != "None" else "")
        found = check_entry(
            path,
            where,
            item,
            {"label": str, "forms": list, "category": str, "side": str, "note": str},
        )
        problems += found
        if found:
            continue
        if name in entries:
            problems.append(
                Problem(path.name, where, f"label {name!r} defined twice", "merge the two entries")
            )
        problems += check_choice(path, where, "category", item["category"], categories)
        problems += check_choice(path, where, "side", item["side"], sides)
        forms, found = claim_forms(path, where, name, item["forms"], owner, "label")
        problems += found
        entries[name] = LabelEntry(name, tuple(forms), item["category"], item["side"], item["note"])
    exclude = doc.get("exclude") if isinstance(doc, dict) else None
    exclude = exclude or []
    if not isinstance(exclude, list):
        problems.append(Problem(path.name, "exclude", "not a list", "write one phrase per line"))
        exclude = []
    for j, phrase in enumerate(exclude):
        if not isinstance(phrase, str) or not phrase.strip():
            problems.append(
                Problem(path.name, f"exclude[{j}]", "empty or not a phrase", "remove it")
            )
    if problems:
        raise LexiconError(problems)
    terms: dict[str, Hashable] = {f: e.label for e in entries.values() for f in e.forms}
    phrases = {p: p for p in exclude}
    return LabelLexicon(
        path=path,
        entries=entries,
        categories=categories,
        sides=sides,
        matcher=TermMatcher(terms),
        exclude=TermMatcher(phrases) if phrases else None,
    )


@lru_cache(maxsize=16)
def load_labels(path: str | os.PathLike[str] | None = None) -> LabelLexicon:
    """Read and validate ``labels.yml`` (or ``path``), cached per path.

    After editing the file in a running session call ``load_labels.cache_clear()``.
    """
    return _parse(lexicon_path("labels", path))


def _mention_heads(mentions: list[Mention]) -> list[tuple[int, int, Any]]:
    return sorted((s, e, a) for s, e, _surface, a, _type, _side in mentions)


def _containing(spans: list[tuple[int, int, Any]], start: int, end: int) -> tuple[int, int, Any]:
    """The mention span that contains ``[start, end)``, or ``(-1, -1, None)``."""
    i = bisect.bisect_right(spans, (start, float("inf"), None)) - 1
    while i >= 0 and spans[i][1] > start:
        if spans[i][0] <= start and end <= spans[i][1]:
            return spans[i]
        i -= 1
    return (-1, -1, None)


def find_labels(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One row per label word: offsets, label, category, side, voice, sentence and actor id."""
    lexicon = load_labels(None if path is None else os.fspath(path))
    return label_table(label_columns(from_frames(text, sentences, mentions), lexicon))


def label_columns(article: Parse, lexicon: LabelLexicon) -> Columns:
    """The columns of :func:`find_labels` for one parsed article, as lists."""
    text = article.text
    found = lexicon.matcher.find(text)
    rows = []
    if found:
        excluded = [(m.start, m.end) for m in lexicon.exclude.find(text)] if lexicon.exclude else []
        heads = _mention_heads(article.mentions)
        quotes = article.quotes
        quote_starts = [s for s, _ in quotes]
        for match in found:
            if excluded and any(s <= match.start and match.end <= e for s, e in excluded):
                continue
            m_start, m_end, actor_id = _containing(heads, match.start, match.end)
            if m_start >= 0 and text[match.end : m_end] not in ("", *_POSSESSIVE):
                continue  # a word inside a name, not the name's head
            entry = lexicon.entries[str(match.key)]
            q = bisect.bisect_right(quote_starts, match.start) - 1
            voice = "quoted" if q >= 0 and match.start < quotes[q][1] else "journalist"
            s = article.sentence_at(match.start)
            rows.append(
                (
                    match.start,
                    match.end,
                    match.surface,
                    entry.label,
                    entry.category,
                    entry.side,
                    voice,
                    article.sentences[s][0] if s >= 0 else -1,
                    actor_id,
                )
            )
    return columns_of(LABEL_COLUMNS, rows)


def label_table(columns: Columns) -> pd.DataFrame:
    """The labels table from :func:`label_columns` (of one article or several, appended)."""
    if not columns or not columns["start"]:
        return pd.DataFrame([], columns=LABEL_COLUMNS)
    return pd.DataFrame(columns, columns=_LABEL_INDEX.view())


def label_shares(labels: pd.DataFrame, by: Sequence[str] = ("article_id",)) -> pd.DataFrame:
    """Per group and side: count of each label and its share among that side's labels.

    Rows with ``voice == "all"`` count every label; rows with "journalist" and
    "quoted" split the same counts by voice, each share within its own voice.
    """
    keys = list(by)
    columns = [*keys, *SHARE_COLUMNS]
    if labels.empty:
        return pd.DataFrame(columns=columns)
    missing = [k for k in [*keys, "side", "label", "category", "voice"] if k not in labels]
    if missing:
        raise KeyError(f"label_shares: the labels table has no column(s) {missing}")
    everything = labels.assign(voice="all")
    stacked = pd.concat([everything, labels], ignore_index=True)
    counts = (
        stacked.groupby([*keys, "side", "voice", "label", "category"], sort=True)
        .size()
        .rename("n")
        .reset_index()
    )
    totals = counts.groupby([*keys, "side", "voice"])["n"].transform("sum")
    counts["share"] = counts["n"] / totals
    return counts[columns].reset_index(drop=True)
