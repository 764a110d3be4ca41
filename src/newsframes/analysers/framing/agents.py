"""Who does an act, and to whom: the ``agent_act`` rule of the frames lexicon.

A few rules of news English, read from the words around the act and the actor mentions
of its sentence. The agent is the actor named in a "by" phrase after the act ("killed
by security forces", "attacks by Islamic State"); else, after a passive verb ("were
executed after security forces stormed ..."), the first actor after it; else the nearest
actor before it ("Assad's forces killed ..."). An actor that follows a preposition such
as "with", "against" or "in" is never the agent ("clashes with the army"). The act is a
hit only if that agent is one the rule accepts: an Islamic State execution is not regime
brutality, and government troops killed in battle are victims, not agents. A rule with
``victims`` also needs one of them within reach: after an active act, on either side of a
passive one or one with a "by" agent.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsframes.analysers.records import Mention
from newsframes.lexicons.frames import Rule
from newsframes.text.segmentation import WORD

# Forms of "be" (and "get") that make the participle after them passive.
BE = frozenset(["am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"])
# Prepositions after which an actor is a place, a target or a partner, never the agent.
NOT_AGENT_AFTER = frozenset(
    [
        "with",
        "against",
        "for",
        "from",
        "on",
        "at",
        "in",
        "into",
        "inside",
        "near",
        "towards",
        "toward",
        "about",
        "over",
        "than",
        "between",
        "among",
        "across",
        "through",
        "under",
        "upon",
    ]
)
# Words skipped when looking for the word before an actor ("with the army").
DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)
# Words before an actor that are still part of an agent phrase ("by the Assad shells").
AGENT_PHRASE_WORDS = 3


@dataclass(frozen=True)
class Candidate:
    """A possible agent in a sentence: its span and whether the rule accepts it."""

    start: int
    end: int
    accepted: bool
    label: str  # what the hit's ``detail`` says about it
    wields: bool = False  # followed by one of the rule's means ("regime shelling")


@dataclass(frozen=True)
class _Sentence:
    """One rule's candidates and victims in one sentence, sorted by start."""

    candidates: list[Candidate]
    candidate_starts: list[int]
    victims: list[tuple[int, int]]
    victim_starts: list[int]


class AgentFinder:
    """Finds the agent of an act and checks the rule's victims, sentence by sentence.

    ``by_sentence`` maps a sentence row to its mentions' indices, ``sentences`` gives each
    row's span. A rule's candidates and victims are gathered once per sentence; an act
    looks only at those within its window, so a long sentence costs time in proportion to
    its acts and mentions, not to their product.
    """

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        by_sentence: dict[int, list[int]],
        sentences: list[tuple[int, int]],
    ):
        self._text = text
        self._mentions = mentions
        self._by_sentence = by_sentence
        self._sentences = sentences
        self._cache: dict[tuple[Rule, int], _Sentence] = {}
        # the words of the sentence being read (spans, starts), found once per sentence
        # that holds an act: every distance is measured inside one sentence
        self._sentence_words: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        self._words: list[tuple[int, int]] = []
        self._word_starts: list[int] = []

    def _read(self, sentence: int) -> None:
        """Make ``sentence`` the one whose words distances are counted in."""
        found = self._sentence_words.get(sentence)
        if found is None:
            lo, hi = self._sentences[sentence]
            spans = [m.span() for m in WORD.finditer(self._text, lo, hi)]
            found = (spans, [s for s, _ in spans])
            self._sentence_words[sentence] = found
        self._words, self._word_starts = found

    def agent(
        self,
        rule: Rule,
        sentence: int,
        span: tuple[int, int],
        agent_words: list[tuple[int, int, bool]],
        victims: list[tuple[int, int]],
        means: list[tuple[int, int]],
        *,
        needs_victim: bool,
    ) -> Candidate | None:
        """The accepted agent of the act at ``span`` in row ``sentence``, or None.

        ``agent_words`` are the rule's agent words in the text (start, end, accepted) and
        ``victims`` and ``means`` its victim words and means words, all sorted. An actor
        just before a means word ("in regime air strikes") is an agent even after a
        preposition. With ``rule.agent_optional`` an act with no agent at all is a hit
        too (its candidate is the act itself, ``label`` "")."""
        start, end = span
        window = rule.window or 0
        floor = self._sentences[sentence][0]
        self._read(sentence)
        found_in = self._gathered(rule, sentence, agent_words, victims, means)
        candidates = found_in.candidates
        passive = self._is_passive(start, floor)
        first_after = bisect.bisect_left(found_in.candidate_starts, end)
        after = []
        for c in candidates[first_after:]:
            if self._gap(end, c.start) > window:
                break
            after.append(c)
        found = self._introduced_agent(rule, end, after)
        by_after = found is not None
        if found is None and passive:
            found = next(
                (c for c in after if c.wields or not self._after_preposition(c.start, end)), None
            )
        if found is None and not passive:
            for c in reversed(candidates[: bisect.bisect_left(found_in.candidate_starts, start)]):
                if c.end > start:
                    continue  # overlaps the act
                if self._gap(c.end, start) > window:
                    break
                if (
                    self._possessor(c.end)
                    or c.wields
                    or not self._after_preposition(c.start, floor)
                ):
                    found = c
                    break
        if found is None and rule.agent_optional:
            found = Candidate(start, end, True, "")
        if found is None or not found.accepted:
            return None
        if needs_victim and not self._victim_in_reach(
            found_in, window, span, either_side=passive or by_after
        ):
            return None
        return found

    def _gathered(
        self,
        rule: Rule,
        sentence: int,
        agent_words: list[tuple[int, int, bool]],
        victims: list[tuple[int, int]],
        means: list[tuple[int, int]],
    ) -> _Sentence:
        """The sentence's actor mentions (victims apart) and agent words, in text order."""
        key = (rule, sentence)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        lo, hi = self._sentences[sentence]
        found: list[Candidate] = []
        hurt: list[tuple[int, int]] = []
        for k in self._by_sentence.get(sentence, ()):
            m = self._mentions[k]
            if rule.victim_sides is not None and m.side in rule.victim_sides:
                hurt.append((m.start, m.end))
                continue
            accepted = rule.accepts(m.actor_id, m.actor_type, m.side)
            label = f"{m.surface} ({m.actor_id})"
            found.append(Candidate(m.start, m.end, accepted, label, self._wields(m.end, means)))
        actors = sorted(found, key=lambda c: c.end)
        actor_ends = [c.end for c in actors]
        first = bisect.bisect_left(agent_words, (lo, -1, False))
        for s, e, accepted in agent_words[first:]:
            if s >= hi:
                break
            word = Candidate(s, e, accepted, self._text[s:e])
            # "Turkish troops", "FSA fighters": an agent word right after an actor is theirs
            i = bisect.bisect_right(actor_ends, s) - 1
            if i >= 0 and self._gap(actors[i].end, s) == 0:
                owner = actors[i]
                word = Candidate(s, e, owner.accepted, f"{word.label} ({owner.label})")
            found.append(word)
        first = bisect.bisect_left(victims, (lo, -1))
        for s, e in victims[first:]:
            if s >= hi:
                break
            hurt.append((s, e))
        found.sort(key=lambda c: (c.start, c.end))
        hurt.sort()
        gathered = _Sentence(found, [c.start for c in found], hurt, [v[0] for v in hurt])
        self._cache[key] = gathered
        return gathered

    def _wields(self, end: int, means: list[tuple[int, int]]) -> bool:
        """Whether a means word starts within one word after ``end`` ("regime air strikes",
        "Assad's heavy shelling")."""
        i = bisect.bisect_left(means, (end, -1))
        return i < len(means) and self._gap(end, means[i][0]) <= 1

    def _introduced_agent(self, rule: Rule, end: int, after: list[Candidate]) -> Candidate | None:
        """The first candidate after the act introduced by one of ``rule.agent_after``."""
        if not rule.agent_after:
            return None
        for c in after:
            before = self._words_before(c.start, end, AGENT_PHRASE_WORDS)
            if any(word.lower() in rule.agent_after for word in before):
                return c
        return None

    def _victim_in_reach(
        self, found_in: _Sentence, window: int, span: tuple[int, int], *, either_side: bool
    ) -> bool:
        """A victim within ``window`` words after the act, or before it if ``either_side``."""
        start, end = span
        victims = found_in.victims
        i = bisect.bisect_left(found_in.victim_starts, end)
        if i < len(victims) and self._gap(end, victims[i][0]) <= window:
            return True
        if either_side:
            for _s, e in reversed(victims[: bisect.bisect_left(found_in.victim_starts, start)]):
                if e <= start:
                    return self._gap(e, start) <= window
        return False

    def _is_passive(self, start: int, floor: int) -> bool:
        """Whether a form of "be" stands just before ``start`` (an adverb may come between)."""
        before = self._words_before(start, floor, 2)
        if before and before[-1] in BE:
            return True
        return len(before) == 2 and before[-1].endswith("ly") and before[0] in BE

    def _after_preposition(self, start: int, floor: int) -> bool:
        """Whether the word before ``start`` (determiners skipped) is a preposition."""
        for word in reversed([w.lower() for w in self._words_before(start, floor, 3)]):
            if word not in DETERMINERS:
                return word in NOT_AGENT_AFTER
        return False

    def _possessor(self, end: int) -> bool:
        """Whether the actor ending at ``end`` possesses what follows ("at Assad's crimes":
        the preposition governs the crimes, the actor is their agent)."""
        return self._text[end : end + 2] in ("'s", "’s")

    def _words_before(self, position: int, floor: int, n: int) -> list[str]:
        """Up to ``n`` words (lower-cased unless in capitals) ending before ``position`` and
        starting at ``floor`` or later, in text order."""
        i = bisect.bisect_left(self._word_starts, position)
        out: list[str] = []
        while i > 0 and len(out) < n:
            i -= 1
            s, e = self._words[i]
            if s < floor:
                break
            if e <= position:
                out.append(_lower(self._text[s:e]))
        return out[::-1]

    def _gap(self, begin: int, end: int) -> int:
        """Words wholly between ``begin`` and ``end``."""
        if end <= begin:
            return 0
        lo = bisect.bisect_left(self._word_starts, begin)
        hi = bisect.bisect_left(self._word_starts, end)
        return hi - lo


def _lower(word: str) -> str:
    """``word`` lower-cased, unless it is written in capitals (an acronym such as "IS")."""
    return word if len(word) > 1 and word.isupper() else word.lower()
