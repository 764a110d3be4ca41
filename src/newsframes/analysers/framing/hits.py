"""Frame hits: where a frame's indicator terms and rules fire in one article.

A term hit is a term of a frame outside every actor's name and every one of the frame's
``exceptions`` ("paid" in "paid a visit"). A rule hit needs actor mentions: two of
opposing sides in one sentence (``opposing_sides``), one that the rule accepts near the
rule's own term (``actor_near_term``), or one that the rule accepts as the agent of the
act its term names (``agent_act``, :mod:`~newsframes.analysers.framing.agents`). All the terms of a
lexicon are found in one pass (:class:`~newsframes.text.matching.MatcherSet`), each
frame's and rule's on their own, so a term of one frame never hides another's. A term
inside the name of a body the actor lexicon does not know is none
(:mod:`~newsframes.analysers.framing.names`), nor is a hit in a saved page's menu or in
its links to other stories (:mod:`~newsframes.analysers.framing.furniture`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable
from functools import lru_cache
from itertools import pairwise

import pandas as pd

from newsframes.analysers.framing.agents import AgentFinder
from newsframes.analysers.framing.furniture import furniture_spans, in_spans
from newsframes.analysers.framing.names import in_unknown_name
from newsframes.analysers.framing.nearest import NearestActor, closest_opposing
from newsframes.analysers.framing.table import RawHit, hit_table, table_columns
from newsframes.analysers.parse import Columns, Parse, from_frames
from newsframes.analysers.records import Mention
from newsframes.lexicons.frames import Frame, FrameLexicon, Rule, Terms, load_frames
from newsframes.text.matching import MatcherSet, TermMatcher

# Which terms a matcher holds: a frame's (rule None) or one of its rules', and which of
# their lists: "terms", the frame's "exceptions", or a rule's "wrongs", "agents",
# "other_agents", "victims", "means".
Group = tuple[str, str | None, str]
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
        groups.append((frame.id, None, "terms"))
        matchers.append(_matcher(frame.terms, frame.case_sensitive))
        if frame.exceptions:
            groups.append((frame.id, None, "exceptions"))
            matchers.append(_matcher(tuple((e,) for e in frame.exceptions)))
        for rule in frame.rules:
            for part in ("terms", "wrongs", "agents", "other_agents", "victims", "means"):
                terms: Terms = getattr(rule, part)
                if terms:
                    groups.append((frame.id, rule.id, part))
                    matchers.append(_matcher(terms))
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
    # each matcher's terms, those inside an actor's name dropped (victims are kept:
    # "the Syrian people" may be an actor and a victim)
    found = {
        group: matches
        if group[2] in ("victims", "means")
        else _outside(matches, name_starts, name_ends)
        for group, matches in zip(groups, matchers.find_tuples(text), strict=True)
    }
    for frame in lex.frames.values():  # a term inside one of the frame's exceptions is none
        if frame.exceptions:
            spans = _merged(found[(frame.id, None, "exceptions")])
            for group in [g for g in found if g[0] == frame.id and g[2] in ("terms", "wrongs")]:
                found[group] = _outside(found[group], [s for s, _ in spans], [e for _, e in spans])
    for group in [g for g in found if g[2] in ("terms", "wrongs")]:  # names frame nothing
        found[group] = [m for m in found[group] if not in_unknown_name(text, m[0], m[1])]
    raw: list[RawHit] = []
    # per sentence, its mentions that have a side (opposing_sides needs two of them)
    sided = [
        (sid, with_side)
        for sid, members in by_sentence.items()
        if len(with_side := [k for k in members if mentions[k].side is not None]) > 1
    ]
    agent_finder = AgentFinder(
        text, mentions, by_sentence, [(s.start, s.end) for s in article.sentences]
    )
    for frame in lex.frames.values():
        for start, end, _surface, head in found[(frame.id, None, "terms")]:
            raw.append((frame.id, frame.kind, str(head), "term", start, end, -2, ""))
        for rule in frame.rules:
            if rule.type == "opposing_sides":
                wanted = {(a, b) for a, b in rule.pairs} | {(b, a) for a, b in rule.pairs}
                types = rule.actor_types
                for sid, members in sided:
                    if types is not None:
                        members = [k for k in members if mentions[k].actor_type in types]
                    if rule.skip_coordinated:
                        members = _without_coordinated(text, members, mentions, wanted)
                    best = closest_opposing(members, mentions, wanted)
                    if best is not None:
                        a, b = mentions[best[0]], mentions[best[1]]
                        detail = f"{a.actor_id} ({a.side}) / {b.actor_id} ({b.side})"
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, a.start, b.end, sid, detail)
                        )
            elif rule.type == "agent_act":
                raw += _agent_act_hits(frame, rule, found, sentence_of, agent_finder)
            else:
                for start, end, _surface, _head in found.get((frame.id, rule.id, "terms"), ()):
                    sid = sentence_of(start)
                    k = nearest_actor(rule, start, end, sid)
                    if k >= 0:
                        detail = f"{mentions[k].surface} ({mentions[k].actor_id})"
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, start, end, sid, detail)
                        )
    furniture = furniture_spans(text)
    if furniture:  # a site's menu and links to other stories frame nothing in the report
        starts = [s for s, _ in furniture]
        raw = [r for r in raw if not in_spans(r[4], starts, furniture)]
    if not raw:
        return {}
    raw.sort(key=lambda r: (r[4], r[5], r[0], r[2]))
    return table_columns(article, raw, sentence_of)


def _agent_act_hits(
    frame: Frame,
    rule: Rule,
    found: dict[Group, list[Match]],
    sentence_of: Callable[[int], int],
    agent_finder: AgentFinder,
) -> list[RawHit]:
    """The hits of one ``agent_act`` rule: each act whose agent the rule accepts."""

    def spans(part: str) -> list[tuple[int, int]]:
        return [(m[0], m[1]) for m in found.get((frame.id, rule.id, part), ())]

    agent_words = sorted(
        [(s, e, True) for s, e in spans("agents")]
        + [(s, e, False) for s, e in spans("other_agents")]
    )
    victims = sorted(spans("victims"))
    means = sorted(spans("means"))
    has_victims = bool(rule.victims or rule.victim_sides)
    acts = sorted(
        [(s, e, has_victims) for s, e in spans("terms")]
        + [(s, e, False) for s, e in spans("wrongs")]
    )
    raw: list[RawHit] = []
    for start, end, needs_victim in acts:
        sid = sentence_of(start)
        if sid < 0:
            continue
        agent = agent_finder.agent(
            rule, sid, (start, end), agent_words, victims, means, needs_victim=needs_victim
        )
        if agent is not None:
            raw.append((frame.id, frame.kind, rule.id, rule.type, start, end, sid, agent.label))
    return raw


# Two actors joined as a list: "A and B", "A, and the B", "A or B".
# "and" or "or" between two actors, or a hyphen or slash that joins them into one label
# ("YPG/PKK-Daesh terrorists")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?|[-/]", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _without_coordinated(
    text: str, members: list[int], mentions: list[Mention], wanted: set[tuple[str, str]]
) -> list[int]:
    """``members`` without the second of two actors of opposing sides (``wanted``) joined by
    "and" or "or" (listed together, not opposed) or by a hyphen or a slash (one label: "PKK-Daesh
    terrorists"), unless "between" comes before the first."""
    order = sorted(members, key=lambda k: (mentions[k].start, k))
    dropped = set()
    for a, b in pairwise(order):
        first, second = mentions[a], mentions[b]
        if (
            (first.side, second.side) in wanted
            and _COORDINATED.fullmatch(text, first.end, second.start)
            and not _BETWEEN.search(text, max(0, first.start - 20), first.start)
        ):
            dropped.add(b)
    return [k for k in members if k not in dropped]


def _merged(found: list[Match]) -> list[tuple[int, int]]:
    """The spans of ``found`` (sorted by start), overlapping ones merged into one."""
    spans: list[tuple[int, int]] = []
    for start, end, _surface, _head in sorted(found):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


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
