"""Frame hits: where a frame's indicator terms and rules fire in one article.

A term hit is a term of a frame outside every actor's name. A rule hit needs actor
mentions: two of opposing sides in one sentence (``opposing_sides``), or one that the
rule accepts near the rule's own term (``actor_near_term``). All the terms of a
lexicon are found in one pass (:class:`~newsframes.text.matching.MatcherSet`), each
frame's and rule's on their own, so a term of one frame never hides another's.
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable
from functools import lru_cache

import pandas as pd

from newsframes.analysers.framing.nearest import NearestActor, closest_opposing
from newsframes.analysers.framing.table import RawHit, hit_table, table_columns
from newsframes.analysers.parse import Columns, Parse, from_frames
from newsframes.lexicons.frames import FrameLexicon, Terms, load_frames
from newsframes.text.matching import MatcherSet, TermMatcher

# Which terms a matcher holds: a frame's (rule None) or one of its rules'.
Group = tuple[str, str | None]
# start, end, surface, headword: one term found (TermMatcher.find_tuples)
Match = tuple[int, int, str, Hashable]


def frame_hits(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    lexicon: FrameLexicon | None = None,
) -> pd.DataFrame:
    """One row per frame indicator found in ``text``, with sentence and keyword-in-context.

    ``rule`` is the term's headword for term hits (``via == "term"``) or the rule id;
    ``detail`` names the actor(s) a rule relied on. Terms inside an actor's name
    (``mentions``) are not hits. ``voice`` is "quoted" inside double quotes.
    """
    lex = lexicon or load_frames()
    return hit_table(hit_columns(from_frames(text, sentences, mentions), lex))


@lru_cache(maxsize=8)
def term_matchers(lex: FrameLexicon) -> tuple[tuple[Group, ...], MatcherSet]:
    """A term matcher per frame and per rule with terms, run together; cached per lexicon."""
    groups: list[Group] = []
    matchers: list[TermMatcher] = []
    for frame in lex.frames.values():
        groups.append((frame.id, None))
        matchers.append(_matcher(frame.terms, frame.case_sensitive))
        for rule in frame.rules:
            if rule.terms:
                groups.append((frame.id, rule.id))
                matchers.append(_matcher(rule.terms))
    return tuple(groups), MatcherSet(matchers)


def _matcher(terms: Terms, case_sensitive: tuple[str, ...] = ()) -> TermMatcher:
    """The terms' forms, each keyed by its headword (the first form)."""
    mapping: dict[str, Hashable] = {form: forms[0] for forms in terms for form in forms}
    return TermMatcher(mapping, case_sensitive=case_sensitive)


def hit_columns(article: Parse, lex: FrameLexicon) -> Columns:
    """The columns of :func:`frame_hits` for one parsed article, as lists."""
    text = article.text
    starts_list = article.sentence_starts
    ends_list = [s.end for s in article.sentences]

    def sentence_of(pos: int) -> int:
        i = bisect.bisect_right(starts_list, pos) - 1
        return i if i >= 0 and pos < ends_list[i] else -1

    mentions = article.mentions
    by_sentence: dict[int, list[int]] = {}  # sentence -> its mentions
    for k, mention in enumerate(mentions):
        sid = sentence_of(mention.start)
        if sid >= 0:
            by_sentence.setdefault(sid, []).append(k)
    names = sorted((m.start, m.end) for m in mentions)
    name_starts = [s for s, _ in names]
    name_ends = [e for _, e in names]

    nearest_actor = NearestActor(text, mentions, by_sentence)
    groups, matchers = term_matchers(lex)
    # each matcher's terms, those inside an actor's name dropped
    found = {
        group: _outside(matches, name_starts, name_ends)
        for group, matches in zip(groups, matchers.find_tuples(text), strict=True)
    }
    raw: list[RawHit] = []
    # per sentence, its mentions that have a side (opposing_sides needs two of them)
    sided = [
        (sid, with_side)
        for sid, members in by_sentence.items()
        if len(with_side := [k for k in members if mentions[k].side is not None]) > 1
    ]
    for frame in lex.frames.values():
        for start, end, _surface, head in found[(frame.id, None)]:
            raw.append((frame.id, frame.kind, str(head), "term", start, end, -2, ""))
        for rule in frame.rules:
            if rule.type == "opposing_sides":
                wanted = {(a, b) for a, b in rule.pairs} | {(b, a) for a, b in rule.pairs}
                for sid, members in sided:
                    best = closest_opposing(members, mentions, wanted)
                    if best is not None:
                        a, b = mentions[best[0]], mentions[best[1]]
                        detail = f"{a.actor_id} ({a.side}) / {b.actor_id} ({b.side})"
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, a.start, b.end, sid, detail)
                        )
            else:
                for start, end, _surface, _head in found.get((frame.id, rule.id), ()):
                    sid = sentence_of(start)
                    k = nearest_actor(rule, start, end, sid)
                    if k >= 0:
                        detail = f"{mentions[k].surface} ({mentions[k].actor_id})"
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, start, end, sid, detail)
                        )
    if not raw:
        return {}
    raw.sort(key=lambda r: (r[4], r[5], r[0], r[2]))
    return table_columns(article, raw, sentence_of)


def _outside(found: list[Match], starts: list[int], ends: list[int]) -> list[Match]:
    """The matches that overlap none of the sorted, non-overlapping spans ``starts, ends``."""
    if not starts:
        return found
    kept = []
    n = len(starts)
    for match in found:
        start, end = match[0], match[1]
        i = bisect.bisect_right(starts, start) - 1
        if not (i >= 0 and ends[i] > start) and not (i + 1 < n and starts[i + 1] < end):
            kept.append(match)
    return kept
