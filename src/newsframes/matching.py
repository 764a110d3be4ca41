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
from typing import Any

_WORD_BEFORE = r"(?<![\w])"
_WORD_AFTER = r"(?![\w])"


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


def trie_regex(terms: Iterable[str]) -> str:
    """A regex matching any of ``terms``, preferring the longest at each position."""
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends_here = "" in node
        branches = [_atom(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def normalise(term: str) -> str:
    """The form a term is stored under: single spaces, straight apostrophes and hyphens."""
    term = re.sub(r"\s+", " ", term.strip())
    return term.replace("’", "'").replace("‐", "-").replace("–", "-")


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
        self._patterns = []
        if self._keys_exact:
            self._patterns.append(
                (re.compile(_WORD_BEFORE + trie_regex(self._keys_exact) + _WORD_AFTER), False)
            )
        if self._keys_folded:
            self._patterns.append(
                (
                    re.compile(
                        _WORD_BEFORE + trie_regex(self._keys_folded) + _WORD_AFTER, re.IGNORECASE
                    ),
                    True,
                )
            )

    def key_of(self, surface: str) -> Hashable:
        """The key of the term that ``surface`` matched."""
        norm = normalise(surface)
        if norm in self._keys_exact:
            return self._keys_exact[norm]
        return self._keys_folded[norm.casefold()]

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in text order; where matches overlap the longest wins."""
        found: list[tuple[int, int]] = []
        for pattern, _folded in self._patterns:
            found.extend(
                (m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()
            )
        if not found:
            return []
        found.sort(key=lambda span: (-(span[1] - span[0]), span[0]))
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
        taken = zip(starts, ends, strict=True)
        return [Match(s, e, text[s:e], self.key_of(text[s:e])) for s, e in taken]
