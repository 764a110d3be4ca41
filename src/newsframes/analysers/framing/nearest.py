"""Which actor mentions a frame rule pairs with: the nearest one it accepts, or the closest
two of opposing sides in one sentence.

In a sentence with many mentions both searches look only at those that can still win
(sorted by offset, stopping once a rule's window is passed), so a sentence of any length
costs time in proportion to its mentions, not to their pairs; in an ordinary sentence,
with a few mentions, trying each of them (or each pair) is quicker and gives the same.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsframes.analysers.records import Mention
from newsframes.lexicons.frames import Rule
from newsframes.text.segmentation import WORD

# Farther than any text: no distance reaches it.
FAR = 1 << 30
# Up to this many mentions in a sentence, every mention (or pair) is tried.
FEW = 12


@dataclass(frozen=True)
class _Accepted:
    """The mentions of one sentence that one rule accepts, sorted by start (then index)."""

    starts: list[int]
    indices: list[int]
    longest: int  # the length of the longest of them


class NearestActor:
    """Finds, for a rule's term, the nearest mention in its sentence that the rule accepts.

    ``by_sentence`` maps a sentence to the indices of the ``mentions`` that start in it.
    """

    def __init__(self, text: str, mentions: list[Mention], by_sentence: dict[int, list[int]]):
        self._text = text
        self._mentions = mentions
        self._by_sentence = by_sentence
        self._accepted: dict[tuple[Rule, int], _Accepted] = {}
        self._word_starts: list[int] | None = None

    def __call__(self, rule: Rule, start: int, end: int, sentence: int) -> int:
        """Index of the mention nearest to the term at ``[start, end)``, or -1.

        Without a ``window`` the distance is in characters between the starts; with one,
        it is the number of words between term and mention, and must not exceed it. Of
        mentions at the same distance the first (lowest index) wins.
        """
        members = self._by_sentence.get(sentence, [])
        if len(members) <= FEW:
            return self._nearest_of_few(rule, start, end, members)
        accepted = self._accepted_in(rule, sentence)
        if not accepted.indices:
            return -1
        first_after = bisect.bisect_left(accepted.starts, start)
        if rule.window is None:
            return _nearest_start(accepted, start, first_after)
        return self._nearest_in_window(accepted, rule.window, start, end, first_after)

    def _nearest_of_few(self, rule: Rule, start: int, end: int, members: list[int]) -> int:
        """:meth:`__call__` by trying each of the sentence's mentions in turn."""
        best, best_distance = -1, FAR
        window = rule.window
        for k in members:
            mention = self._mentions[k]
            if not rule.accepts(mention.actor_id, mention.actor_type, mention.side):
                continue
            if window is None:
                distance = abs(mention.start - start)
            else:
                if mention.end <= start:
                    distance = self._words_upto(mention.end, start, window)
                else:
                    distance = self._words_upto(end, mention.start, window)
                if distance > window:
                    continue
            if distance < best_distance:
                best, best_distance = k, distance
        return best

    def _accepted_in(self, rule: Rule, sentence: int) -> _Accepted:
        key = (rule, sentence)
        found = self._accepted.get(key)
        if found is None:
            mentions = self._mentions
            rows = sorted(
                (mentions[k].start, k)
                for k in self._by_sentence.get(sentence, ())
                if rule.accepts(mentions[k].actor_id, mentions[k].actor_type, mentions[k].side)
            )
            longest = max((mentions[k].end - s for s, k in rows), default=0)
            found = _Accepted([s for s, _ in rows], [k for _, k in rows], longest)
            self._accepted[key] = found
        return found

    def _nearest_in_window(
        self, accepted: _Accepted, window: int, start: int, end: int, first_after: int
    ) -> int:
        starts, indices, mentions = accepted.starts, accepted.indices, self._mentions
        best, best_distance = -1, FAR
        # Mentions from the term on: the words between grow with the mention's start.
        for i in range(first_after, len(starts)):
            distance = self._words_upto(end, starts[i], window)
            if distance > window:
                break
            if distance < best_distance or (distance == best_distance and indices[i] < best):
                best, best_distance = indices[i], distance
        # Mentions before it: stop where even the longest mention would end too far away.
        for i in range(first_after - 1, -1, -1):
            reach = starts[i] + accepted.longest  # no mention from here on ends later
            if self._too_far(reach, start, window):
                break
            mention = mentions[indices[i]]
            if mention.end <= start:
                distance = self._words_upto(mention.end, start, window)
            else:
                distance = self._words_upto(end, mention.start, window)
            if distance > window:
                continue
            if distance < best_distance or (distance == best_distance and indices[i] < best):
                best, best_distance = indices[i], distance
        return best

    def _words_upto(self, begin: int, end: int, cap: int) -> int:
        """Words in ``text[begin:end]`` (0 if ``end <= begin``), counted up to ``cap + 1``."""
        n = 0
        for _ in WORD.finditer(self._text, begin, end):
            n += 1
            if n > cap:
                break
        return n

    def _too_far(self, begin: int, end: int, window: int) -> bool:
        """Whether ``text[begin:end]`` certainly holds more than ``window`` words.

        It holds at least as many words as there are word starts in it, less one (a word
        cut at ``begin`` may count differently); the word starts are found once per text.
        """
        if self._word_starts is None:
            self._word_starts = [m.start() for m in WORD.finditer(self._text)]
        words = self._word_starts
        return bisect.bisect_left(words, end) - bisect.bisect_left(words, begin) > window + 1


def _nearest_start(accepted: _Accepted, start: int, first_after: int) -> int:
    """The accepted mention whose start is closest to ``start`` (lowest index on a tie)."""
    starts, indices = accepted.starts, accepted.indices
    best, best_distance = -1, FAR
    if first_after < len(starts):  # the first of those at the smallest start from here
        best, best_distance = indices[first_after], starts[first_after] - start
    if first_after > 0:
        at = bisect.bisect_left(starts, starts[first_after - 1])  # the first at that start
        distance = start - starts[at]
        if distance < best_distance or (distance == best_distance and indices[at] < best):
            best = indices[at]
    return best


def closest_opposing(
    members: list[int], mentions: list[Mention], wanted: set[tuple[str, str]]
) -> tuple[int, int] | None:
    """The closest two ``members`` (mention indices) whose sides form one of the ``wanted``
    pairs, earlier start first; the gap is from the first's end to the second's start.

    ``wanted`` holds each pair of sides in both orders. Of pairs with the same gap, the
    one that comes first in ``members`` order wins (first by its earlier member).
    """
    if len(members) <= FEW:
        return _closest_of_few(members, mentions, wanted)
    partners: dict[str | None, list[str]] = {}
    for a, b in wanted:
        partners.setdefault(b, []).append(a)
    # members in text order: a pair's first mention is the earlier one here
    order = sorted(range(len(members)), key=lambda p: (mentions[members[p]].start, p))
    latest_end: dict[str, int] = {}  # side -> the latest end among earlier members
    gap = FAR
    for p in order:
        mention = mentions[members[p]]
        for side in partners.get(mention.side, ()):
            if side in latest_end:
                gap = min(gap, mention.start - latest_end[side])
        if mention.side is not None:
            latest_end[mention.side] = max(latest_end.get(mention.side, -FAR), mention.end)
    if gap == FAR:
        return None
    # the pairs with that gap; of them the first in members order
    first_at: dict[tuple[str, int], int] = {}  # (side, end) -> lowest position among earlier
    best: tuple[int, int, int, int] | None = None  # low position, high position, first, second
    for p in order:
        mention = mentions[members[p]]
        for side in partners.get(mention.side, ()):
            q = first_at.get((side, mention.start - gap))
            if q is not None:
                key = (min(p, q), max(p, q), q, p)
                if best is None or key < best:
                    best = key
        if mention.side is not None:
            at = (mention.side, mention.end)
            first_at[at] = min(first_at.get(at, p), p)
    return None if best is None else (members[best[2]], members[best[3]])


def _closest_of_few(
    members: list[int], mentions: list[Mention], wanted: set[tuple[str, str]]
) -> tuple[int, int] | None:
    """:func:`closest_opposing` by trying every pair."""
    best: tuple[int, int] | None = None
    best_gap = FAR
    for i, a in enumerate(members):
        side_a = mentions[a].side
        for b in members[i + 1 :]:
            if (side_a, mentions[b].side) not in wanted:
                continue
            first, second = (a, b) if mentions[a].start <= mentions[b].start else (b, a)
            gap = mentions[second].start - mentions[first].end
            if gap < best_gap:
                best, best_gap = (first, second), gap
    return best
