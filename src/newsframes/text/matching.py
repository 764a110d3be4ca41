"""Find many terms in text at once: whole words, longest match first, no overlaps.

Every lexicon (actors, labels, frames, reporting verbs) is matched through
:class:`TermMatcher`. Terms are compiled into trie-shaped regular expressions
(one case-sensitive, one case-insensitive), so thousands of aliases cost about
as much as a handful. A space in a term matches any run of whitespace (the
texts contain no-break spaces) and an apostrophe matches ' or ’.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsframes.lexicons.schema import normalise

_WORD_BEFORE = r"(?<![\w])"
_WORD_AFTER = r"(?![\w])"
_FEW_FIRST_LETTERS = 6  # measured: with more, trying every position is faster


@dataclass(frozen=True)
class Match:
    """One term found: offsets into the text, the surface string and the term's key."""

    start: int
    end: int
    surface: str
    key: Any


def _atom(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in "'’":
        return "['’]"
    if char in "-‐–":
        return "[-‐]"
    return re.escape(char)


def _trie(terms: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = True
    return trie


def _build(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [_atom(ch) + _build(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


def trie_regex(terms: Iterable[str]) -> str:
    """A regex matching any of ``terms``, preferring the longest at each position."""
    return _build(_trie(terms))


def _word_regex(terms: Iterable[str]) -> str:
    """``trie_regex`` as a whole word; the same matches, found faster where that is possible.

    When the terms start with few different lower-case letters (capitals are rare
    in running text) and never with a flexible atom, the check for a word character
    before the match moves after the first character: the pattern then starts with
    plain literals and the regex engine skips straight to where a term can start.
    """
    trie = _trie(terms)
    firsts = [ch for ch in trie if ch != ""]
    common = sum(ch.islower() for ch in firsts) > _FEW_FIRST_LETTERS
    if common or any(_atom(ch) != re.escape(ch) for ch in firsts):
        return _WORD_BEFORE + _build(trie) + _WORD_AFTER
    # After one character, "no word character before it" is "not a word character
    # followed by any character" over the two characters ending here.
    branches = [_atom(ch) + r"(?<!\w(?s:.))" + _build(trie[ch]) for ch in sorted(firsts)]
    return "(?:" + "|".join(branches) + ")" + _WORD_AFTER


class TermMatcher:
    """Match a dictionary of terms against text.

    ``terms`` maps each term to a key (an actor id, a label, ...). Terms in
    ``case_sensitive`` (acronyms such as "IS", names such as "Assad") match
    only with that exact case; all others match in any case.
    """

    def __init__(self, terms: dict[str, Hashable], case_sensitive: Iterable[str] = ()):
        sensitive = {normalise(t) for t in case_sensitive}
        self._keys_exact: dict[str, Hashable] = {}
        self._keys_folded: dict[str, Hashable] = {}
        for term, key in terms.items():
            norm = normalise(term)
            if not norm:
                raise ValueError("empty term")
            if norm in sensitive:
                self._keys_exact[norm] = key
            else:
                self._keys_folded[norm.casefold()] = key
        # The case-sensitive terms; then the others, matched either case-insensitively
        # or, when the text allows it (_lower_if_safe), faster on the lower-cased text.
        self._exact = re.compile(_word_regex(self._keys_exact)) if self._keys_exact else None
        self._folded = None
        self._lowered = None
        if self._keys_folded:
            body = _WORD_BEFORE + trie_regex(self._keys_folded) + _WORD_AFTER
            self._folded = re.compile(body, re.IGNORECASE)
            if all(map(_char_lowers_safely, "".join(self._keys_folded))):
                lowered = [k.lower() for k in self._keys_folded]
                self._lowered = re.compile(_word_regex(lowered))
        self._cached_key = lru_cache(maxsize=4096)(self.key_of)

    def key_of(self, surface: str) -> Hashable:
        """The key of the term that ``surface`` matched."""
        norm = normalise(surface)
        if norm in self._keys_exact:
            return self._keys_exact[norm]
        return self._keys_folded[norm.casefold()]

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in text order; where matches overlap the longest wins."""
        return [Match(*found) for found in self.find_tuples(text)]

    def find_tuples(self, text: str) -> list[tuple[int, int, str, Hashable]]:
        """:meth:`find` as plain ``(start, end, surface, key)`` tuples, cheaper in hot loops."""
        runs: list[list[tuple[int, int]]] = []  # each sorted by start, without overlaps
        if self._exact is not None:
            runs.append([m.span() for m in self._exact.finditer(text)])
        lowered = _lower_if_safe(text) if self._lowered is not None else None
        if self._lowered is not None and lowered is not None:
            runs.append([m.span() for m in self._lowered.finditer(lowered)])
        elif self._folded is not None:
            runs.append([m.span() for m in self._folded.finditer(text)])
        spans = [span for run in runs for span in run]
        if not spans:
            return []
        if len(runs) > 1 and runs[0] and runs[1]:
            spans.sort()
            if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
                spans = _longest_first(spans)
        key = self._cached_key
        return [(s, e, text[s:e], key(text[s:e])) for s, e in spans]


def _longest_first(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of overlapping spans keep the longest (then the earliest); the rest in text order."""
    found = sorted(found, key=lambda span: (-(span[1] - span[0]), span[0]))
    starts: list[int] = []  # accepted spans, kept sorted by start
    ends: list[int] = []
    for start, end in found:
        i = bisect.bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:  # overlaps the accepted span before it
            continue
        if i < len(starts) and starts[i] < end:  # overlaps the one after it
            continue
        starts.insert(i, start)
        ends.insert(i, end)
    return list(zip(starts, ends, strict=True))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _char_lowers_safely(char: str) -> bool:
    """Whether ``char`` matches a lower-cased pattern after ``str.lower`` as it would ignoring case.

    True for characters without case, and for cased ones whose lower case is one
    character with a one-character upper case that lowers back to it (not "İ",
    "ſ", "ı", "ς" or a final "Σ", which the regex engine folds differently).
    """
    low, up = char.lower(), char.upper()
    if low == char == up:
        return True
    if len(low) != 1 or len(up) != 1 or char == "Σ":
        return False
    back = low.upper()
    word = char.isalnum() or char == "_"
    same_word = word == (low.isalnum() or low == "_")
    return len(back) == 1 and back != low and back.lower() == low and same_word


@lru_cache(maxsize=4)
def _lower_if_safe(text: str) -> str | None:
    """``text.lower()`` if every character passes :func:`_char_lowers_safely`, else None.

    Cached: several matchers (labels, their exclusions, reporting verbs) read the same text.
    """
    if text.isascii() or all(map(_char_lowers_safely, set(_NON_ASCII.findall(text)))):
        return text.lower()
    return None
