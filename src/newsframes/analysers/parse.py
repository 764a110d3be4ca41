"""What every analyser reads from an article: its sentences, actor mentions and quotations.

Labels, voices, frames and sentiment all need the same three readings of a text.
:func:`parse` makes them once, as lists of named records (:class:`Sentence`,
:class:`Mention`), so a batch run does not rebuild (and re-read) a DataFrame per
article and per analyser; :func:`from_frames` turns the DataFrames a reader may
pass to a public function into the same lists.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pandas as pd

from newsframes import limits
from newsframes.analysers import actors
from newsframes.analysers.name_words import Found
from newsframes.analysers.records import Mention, Sentence
from newsframes.errors import CorpusError, Problem
from newsframes.text import segmentation as textmod

_SENTENCE_FIELDS = Sentence._fields
_MENTION_FIELDS = ("start", "end", "surface", "actor_id")
# A table as lists of equal length, by column name, before it becomes a DataFrame.
Columns = dict[str, list[Any]]


@dataclass(frozen=True)
class Parse:
    """One article's text with its sentences, actor mentions and quotation spans."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[tuple[int, int]]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offset of each sentence, for bisecting."""
        return [s.start for s in self.sentences]

    @cached_property
    def unlisted_persons(self) -> list[Mention]:
        """The persons the gazetteer does not list (``analysers.unlisted``), as mentions with
        no actor id, found once for the unlisted table and the speakers a pronoun may mean."""
        return [
            Mention(f.start, f.end, self.text[f.start : f.end], "", "person", None)
            for f in self.unlisted
            if f.actor_type == "person"
        ]

    @cached_property
    def unlisted(self) -> list[Found]:
        """The actors the gazetteer does not list, by the shapes of their names."""
        # imported here: the unlisted detector reads parsed articles itself
        from newsframes.analysers.unlisted import find_unlisted

        return find_unlisted(self.text, self.mentions)

    def sentence_at(self, position: int) -> int:
        """Row of the sentence that starts at or before ``position`` (-1 before the first)."""
        return bisect.bisect_right(self.sentence_starts, position) - 1


def check_article_sizes(ids: Iterable[Any], texts: Iterable[Any]) -> None:
    """Raise :class:`CorpusError` naming every article whose text is longer than
    :data:`newsframes.limits.MAX_ARTICLE_CHARS`, before any is analysed."""
    problems = [
        problem
        for aid, text in zip(ids, texts, strict=True)
        if (problem := _size_problem(f"article {aid!r}", text))
    ]
    if problems:
        raise CorpusError(problems)


def _size_problem(where: str, text: Any) -> Problem | None:
    too_long = limits.article_too_long(len(text)) if isinstance(text, str) else None
    return Problem(where, "text", *too_long) if too_long else None


def _check_size(text: str) -> None:
    """The size limit for a text analysed on its own."""
    problem = _size_problem("the text given", text)
    if problem:
        raise CorpusError([problem])


def parse(text: str, lexicon: actors.ActorLexicon | None = None) -> Parse:
    """Split ``text`` into sentences, find its actor mentions and quotations.

    A text longer than :data:`newsframes.limits.MAX_ARTICLE_CHARS` is refused (CorpusError).
    """
    _check_size(text)
    return Parse(
        text=text,
        sentences=_sentence_rows(text),
        mentions=actors.mention_tuples(text, lexicon),
        quotes=textmod.quote_spans(text),
    )


def _sentence_rows(text: str) -> list[Sentence]:
    return [
        Sentence(i, para, start, end)
        for i, (para, start, end) in enumerate(textmod.sentence_spans(text))
    ]


def _require(table: pd.DataFrame, name: str, columns: tuple[str, ...], made_by: str) -> None:
    """A clear error for a table that lacks a column the analysers read."""
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"the {name} table has no column(s) {missing}: pass a table made by "
            f"{made_by}(text), filtered or edited as you like, or leave {name}=None"
        )


def _text_or_none(values: list[Any]) -> list[str | None]:
    return [v if isinstance(v, str) else None for v in values]


def from_frames(
    text: str, sentences: pd.DataFrame | None = None, mentions: pd.DataFrame | None = None
) -> Parse:
    """A :class:`Parse` of ``text`` that uses the sentences and mentions given, if any.

    ``sentences`` needs ``sent_id, para_id, start, end`` (as made by
    :func:`newsframes.text.split_sentences`); ``mentions`` needs ``start, end,
    surface, actor_id`` (:func:`newsframes.analysers.actors.find_mentions`). A reader may pass
    a filtered or edited table: it is used as it is. A text longer than
    :data:`newsframes.limits.MAX_ARTICLE_CHARS` is refused (CorpusError).
    """
    _check_size(text)
    if sentences is None:
        sentence_rows = _sentence_rows(text)
    else:
        _require(sentences, "sentences", _SENTENCE_FIELDS, "newsframes.text.split_sentences")
        columns = [sentences[c].tolist() for c in _SENTENCE_FIELDS]
        sentence_rows = [
            Sentence(int(i), int(p), int(s), int(e)) for i, p, s, e in zip(*columns, strict=True)
        ]
    if mentions is not None:
        _require(mentions, "mentions", _MENTION_FIELDS, "newsframes.analysers.actors.find_mentions")
    if mentions is None:
        mention_rows = actors.mention_tuples(text)
    elif len(mentions) == 0:
        mention_rows = []
    else:
        n = len(mentions)
        starts, ends = (mentions[c].tolist() for c in ("start", "end"))
        surfaces, ids = (mentions[c].tolist() for c in ("surface", "actor_id"))
        types, sides = (
            _text_or_none(mentions[c].tolist()) if c in mentions else [None] * n
            for c in ("actor_type", "side")
        )
        mention_rows = [
            Mention(int(s), int(e), str(t), i, k, d)
            for s, e, t, i, k, d in zip(starts, ends, surfaces, ids, types, sides, strict=True)
        ]
    return Parse(text, sentence_rows, mention_rows, textmod.quote_spans(text))


def append_columns(into: Columns, columns: Columns) -> int:
    """Extend each list of ``into`` by the same column of ``columns``; returns the rows added."""
    n = 0
    for name, values in columns.items():
        into.setdefault(name, []).extend(values)
        n = len(values)
    return n


def columns_of(names: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> Columns:
    """Row tuples (in the order of ``names``) as columns; no rows, no columns."""
    if not rows:
        return {}
    return dict(zip(names, map(list, zip(*rows, strict=True)), strict=True))


def sentence_columns(article: Parse) -> Columns:
    """The sentences table's columns for one article: ``sent_id, para_id, start, end, text``."""
    text, found = article.text, article.sentences
    columns: Columns = {name: [s[k] for s in found] for k, name in enumerate(Sentence._fields)}
    columns["text"] = [text[s.start : s.end] for s in found]
    return columns


def mention_columns(article: Parse) -> Columns:
    """The mentions table's columns for one article (the :class:`Mention` fields, then ``sent_id``).

    ``sent_id`` is the sentence holding each mention's start.
    """
    found = article.mentions
    columns: Columns = {name: [m[k] for m in found] for k, name in enumerate(Mention._fields)}
    columns["sent_id"] = [article.sentence_at(m.start) for m in found]
    return columns
