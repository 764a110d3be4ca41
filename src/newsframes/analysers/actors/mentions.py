"""Actor mentions in a text, or in every article of a corpus, as records or as a table.

A paragraph is the unit the rules read (a bare "Assad" follows the family member
named last in the same paragraph); no mention crosses a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.actors.gazetteer import Gazetteer, gazetteer
from newsframes.analysers.actors.governments import (
    shared_demonym_government,
    the_government_last_named,
)
from newsframes.analysers.actors.rules import paragraph_mentions
from newsframes.analysers.actors.short_forms import (
    person_state_ministry,
    read_short_forms,
    states_titled_bodies,
)
from newsframes.analysers.actors.surnames import (
    later_surnames,
    titled_first_names,
    titles_off_full_names,
)
from newsframes.analysers.records import Mention
from newsframes.lexicons.actors import ActorLexicon, load_actors
from newsframes.lexicons.name_patterns import load_name_patterns
from newsframes.text import segmentation as textmod
from newsframes.text.matching import TermMatcher

MENTION_COLUMNS = list(Mention._fields)
CORPUS_MENTION_COLUMNS = [*MENTION_COLUMNS, "article_id", "sent_id"]
_OFFSETS = ("start", "end")


def mention_tuples(text: str, lexicon: ActorLexicon | None = None) -> list[Mention]:
    """Each mention as a :class:`Mention` (start, end, surface, actor_id, type, side), in order.

    ``lexicon`` defaults to ``data/lexicons/actors.yml`` as it is on disk now.
    """
    gaz = gazetteer(lexicon if lexicon is not None else load_actors())
    type_and_side = gaz.type_and_side
    return [
        Mention(start, end, text[start:end], actor, *type_and_side[actor])
        for start, end, actor in _mention_spans(text, gaz)
    ]


def find_mentions(text: str, lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """One row per actor mention: start, end, surface, actor_id, actor_type, side."""
    return mention_table(mention_tuples(text, lexicon))


def mention_table(
    mentions: Iterable[Mention], sent_ids: Iterable[int] | None = None
) -> pd.DataFrame:
    """The mentions table (``MENTION_COLUMNS``, then ``sent_id`` if given), typed once.

    Offsets are int64; the text columns are built from object arrays.
    """
    rows = list(mentions)
    by_field = zip(*rows, strict=True) if rows else ((),) * len(MENTION_COLUMNS)
    columns: dict[str, np.ndarray] = {
        name: np.array(values, dtype="int64" if name in _OFFSETS else object)
        for name, values in zip(MENTION_COLUMNS, by_field, strict=True)
    }
    if sent_ids is not None:
        columns["sent_id"] = np.fromiter(sent_ids, dtype="int64", count=len(rows))
    return pd.DataFrame(columns, copy=False)


def corpus_mentions(
    corpus: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    lexicon: ActorLexicon | None = None,
) -> pd.DataFrame:
    """Mentions in every article, with ``article_id`` and the ``sent_id`` holding each start.

    A mention always starts inside a sentence; ``sent_id`` -1 would flag one that does not.
    """
    lex = lexicon if lexicon is not None else load_actors()
    sents = sentences if sentences is not None else textmod.sentences(corpus)
    by_article = {
        aid: (group["start"].to_numpy(), group["sent_id"].to_numpy())
        for aid, group in sents.sort_values(["article_id", "start"]).groupby(
            "article_id", sort=False
        )
    }
    found_by_article = [mention_tuples(text, lex) for text in corpus["text"]]
    table = mention_table(m for found in found_by_article for m in found)
    none = (np.empty(0, dtype="int64"), np.empty(0, dtype="int64"))
    article_ids, sent_ids = [], []
    for aid, found in zip(corpus["id"], found_by_article, strict=True):
        starts, ids = by_article.get(aid, none)
        at = np.searchsorted(starts, np.array([m.start for m in found], dtype="int64"), "right") - 1
        sent_ids.append(np.where(at >= 0, ids[np.clip(at, 0, None)] if len(ids) else -1, -1))
        article_ids.extend([aid] * len(found))
    table["article_id"] = np.array(article_ids, dtype=object)
    table["sent_id"] = (
        np.concatenate(sent_ids).astype("int64") if sent_ids else np.empty(0, dtype="int64")
    )
    return table


def _mention_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """``(start, end, actor_id)`` of each mention in ``text``, paragraph by paragraph."""
    rows: list[tuple[int, int, str]] = []
    spans = list(textmod.paragraph_spans(text))
    if not spans:
        return rows
    for (p_start, p_end), found in zip(
        spans, _paragraph_matches(text, spans, gaz.matcher), strict=True
    ):
        if found or gaz.stand_in_hint is not None:  # capitals, peoples, paired demonyms: rules
            paragraph_mentions(gaz, text[p_start:p_end], p_start, rows, found)
    rows = read_short_forms(
        text, rows, gaz.short_head, partial(person_state_ministry, gaz), gaz.place_names_of
    )
    patterns = load_name_patterns()
    rows = states_titled_bodies(text, rows, gaz, patterns.body_head_titles)
    rows = titles_off_full_names(text, rows, gaz, patterns)
    rows = titled_first_names(text, later_surnames(text, rows, gaz, patterns), gaz, patterns)
    rows = _without_titles_before_names(text, rows, gaz)
    return the_government_last_named(text, shared_demonym_government(text, rows, gaz), gaz)


# Actors named by a description and then their name: a person's title ("Syrian President
# Assad"), an outlet's ("Syrian state news agency SANA"); not a body's ("Kurdish forces YPG")
_TITLED_TYPES = frozenset({"person", "media"})
# Between a title and the name it stands before: spaces, perhaps an abbreviated title ("Dr.")
_TITLE_TO_NAME = re.compile(r"[ \t]+(?:[A-Z][a-z]{0,3}\.[ \t]+)?")


def _without_titles_before_names(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer
) -> list[tuple[int, int, str]]:
    """A mention of a person or an outlet right before another of the same actor is the title
    before the name ("Syrian President Assad", "Syrian state news agency SANA"): one mention,
    the name's, as the annotation guide codes it; a name said twice ("Assad, Assad") stays."""
    titles = {
        k
        for k, (row, after) in enumerate(pairwise(rows))
        if after[2] == row[2]
        and gaz.type_and_side[row[2]][0] in _TITLED_TYPES
        and _TITLE_TO_NAME.fullmatch(text, row[1], after[0]) is not None
        and not set(text[row[0] : row[1]].split()) & set(text[after[0] : after[1]].split())
    }
    return [row for k, row in enumerate(rows) if k not in titles]


def _paragraph_matches(
    text: str, spans: list[tuple[int, int]], matcher: TermMatcher
) -> list[list[tuple[int, int, str, Any]]]:
    """The matcher's ``(start, end, surface, key)`` in each paragraph, in paragraph offsets.

    One pass over the whole text with every line break (LF or CR) made a character no
    term can match (NUL): the result is the same as matching each paragraph on its own.
    """
    if "\0" in text:
        return [matcher.find_tuples(text[s:e]) for s, e in spans]
    out: list[list[tuple[int, int, str, Any]]] = [[] for _ in spans]
    i = 0
    p_start, p_end = spans[0]
    for start, end, surface, key in matcher.find_tuples(
        text.replace("\n", "\0").replace("\r", "\0")
    ):
        while p_end <= start:
            i += 1
            p_start, p_end = spans[i]
        out[i].append((start - p_start, end - p_start, surface, key))
    return out
