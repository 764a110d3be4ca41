"""Terms made of a head and a tail ("Iraqi" + "troops"), matched as the head and then the
tail after it.

A lexicon that pairs every one of many heads with every one of many tails (the actors'
demonyms and state nouns) would put thousands of pairs into one trie, and the regex engine
compiles each of them. A :class:`TermMatcher` given such pairs puts only their heads into
its trie; where a match starts, :class:`CompoundRun` tries a head and a tail there and
keeps the pair if it is longer and is a term. The matches are those of the full trie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsframes.lexicons.schema import normalise

# A pair's head and tail are joined by whitespace, as a space in any term is matched.
_JOIN = r"\s+"
_WORD_AFTER = r"(?![\w])"


@dataclass(frozen=True)
class CompoundRun:
    """The pairs of one run of a matcher (its case-sensitive or its other terms), as that
    run compares matches: as written, or case-folded."""

    pattern: re.Pattern[str]  # a head, whitespace and a tail, ending a word
    members: frozenset[str]  # the pairs that are terms
    lone_heads: frozenset[str]  # heads that are no term on their own
    folded: bool

    @classmethod
    def build(
        cls,
        pairs: Sequence[tuple[str, str]],
        terms: Iterable[str],
        folded: bool,
        to_regex: Callable[[Iterable[str]], str],
    ) -> CompoundRun:
        """The run of ``pairs`` (head, tail), beside the run's other ``terms``."""
        heads = {head for head, _ in pairs}
        tails = {tail for _, tail in pairs}
        body = f"(?:{to_regex(heads)}){_JOIN}(?:{to_regex(tails)}){_WORD_AFTER}"
        return cls(
            pattern=re.compile(body, re.IGNORECASE if folded else 0),
            members=frozenset(pair_key(f"{h} {t}", folded) for h, t in pairs),
            lone_heads=frozenset(pair_key(h, folded) for h in heads) - set(terms),
            folded=folded,
        )

    def extend(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` (one run's matches, in order) with each pair that starts where a match
        starts and is longer put in its place, the matches inside it dropped, and a head
        that names nothing alone dropped."""
        out: list[tuple[int, int]] = []
        for start, end in spans:
            if out and start < out[-1][1]:
                continue  # inside a pair found at an earlier match
            pair = self.pattern.match(text, start)
            if (
                pair is not None
                and pair.end() > end
                and pair_key(text[start : pair.end()], self.folded) in self.members
            ):
                out.append((start, pair.end()))
            elif pair_key(text[start:end], self.folded) not in self.lone_heads:
                out.append((start, end))
        return out


# The letters the regex engine, ignoring case, pairs with an ASCII letter though casefold()
# does not: "İraqi" matches "iraqi" there, so it must be compared as "iraqi" here.
_ENGINE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def pair_key(term: str, folded: bool) -> str:
    """``term`` as a run compares it: normalised, and case-folded as the regex engine folds
    it in the run that ignores case."""
    norm = normalise(term)
    return norm.translate(_ENGINE_FOLDS).casefold() if folded else norm
