"""Terms made of a head and a tail ("Iraqi" + "troops"), matched as the head and then the
tail after it.

A lexicon that pairs every one of many heads with every one of many tails (the actors'
demonyms and state nouns) would put thousands of pairs into one trie, and the regex engine
compiles each of them. A :class:`TermMatcher` given such pairs puts only their heads into
its trie; where a match starts, :class:`CompoundRun` tries a head and a tail there and
keeps the pair if it is longer and is a term, and searches on as the full trie would. The
matches are those of the full trie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
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
    # a lone head -> the run's terms that begin it ("South" of "South African"), if any
    shorter: Mapping[str, re.Pattern[str]]
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
        flags = re.IGNORECASE if folded else 0
        heads = {head for head, _ in pairs}
        tails = {tail for _, tail in pairs}
        body = f"(?:{to_regex(heads)}){_JOIN}(?:{to_regex(tails)}){_WORD_AFTER}"
        known = set(terms)
        lone = frozenset(pair_key(h, folded) for h in heads) - known
        shorter = {}
        for head in lone:
            begins = [head[:i] for i, ch in enumerate(head) if ch in " -" and head[:i] in known]
            if begins:
                shorter[head] = re.compile(to_regex(begins) + _WORD_AFTER, flags)
        return cls(
            pattern=re.compile(body, flags),
            members=frozenset(pair_key(f"{h} {t}", folded) for h, t in pairs),
            lone_heads=lone,
            shorter=shorter,
            folded=folded,
        )

    def scan(self, trie: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        """The spans ``trie`` (the run's other terms and the heads) finds in ``text``, as the
        trie with every pair in it would: a longer pair where a match starts takes its
        place, and the search goes on after it; a head that names nothing alone is no
        match, and the search goes on inside it ("South African Union": "African Union")."""
        out: list[tuple[int, int]] = []
        pos = 0
        while (found := trie.search(text, pos)) is not None:
            start, end = found.span()
            pair = self.pattern.match(text, start)
            if (
                pair is not None
                and pair.end() > end
                and pair_key(text[start : pair.end()], self.folded) in self.members
            ):
                out.append((start, pair.end()))
                pos = pair.end()
                continue
            head = pair_key(text[start:end], self.folded)
            if head in self.lone_heads:
                shorter = self.shorter.get(head)
                begun = shorter.match(text, start) if shorter is not None else None
                if begun is None:
                    pos = start + 1
                    continue
                end = begun.end()
            out.append((start, end))
            pos = end
        return out


# The only non-ASCII letters the regex engine, ignoring case, pairs with ASCII ones (İ ı ſ K:
# i, i, s, k), though casefold() does not: "İraqi" matches "iraqi" there, so it must be
# compared as "iraqi" here. (The matcher's fast paths read the same four.)
ENGINE_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ENGINE_FOLDS = str.maketrans(ENGINE_FOLDS)


def pair_key(term: str, folded: bool) -> str:
    """``term`` as a run compares it: normalised, and case-folded as the regex engine folds
    it in the run that ignores case."""
    norm = normalise(term)
    return norm.translate(_ENGINE_FOLDS).casefold() if folded else norm
