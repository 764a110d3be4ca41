"""Find many terms in text at once: whole words, longest match first, no overlaps.

Every lexicon (actors, labels, frames, reporting verbs) is matched through
:class:`TermMatcher`. Terms are compiled into trie-shaped regular expressions
(one case-sensitive, one case-insensitive), so thousands of aliases cost about
as much as a handful. A space in a term matches any run of whitespace (the
texts contain no-break spaces) and an apostrophe matches ' or ’.

:class:`MatcherSet` runs several matchers over one text in one pass (the frames
lexicon has one per frame and rule), each giving exactly its own matches.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from newsframes.lexicons.schema import normalise
from newsframes.text.compounds import ENGINE_FOLDS, CompoundRun
from newsframes.text.compounds import pair_key as _pair_key

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
    if char in "-‐‑–":
        return "[-‐‑]"  # hyphen, its Unicode form and the non-breaking one
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
    only with that exact case; all others match in any case. ``pairs`` names the
    terms made of a head and a tail ("Iraqi troops": "Iraqi", "troops"): they are
    found as the others are, but compiled as heads and tails (:mod:`.compounds`).
    """

    def __init__(
        self,
        terms: dict[str, Hashable],
        case_sensitive: Iterable[str] = (),
        pairs: Mapping[str, tuple[str, str]] | None = None,
    ):
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
        (exact, folded), self._pairs = self._regex_terms(pairs or {}, sensitive)
        # The case-sensitive terms; then the others, matched either case-insensitively
        # or, when the text allows it (_lower_if_safe), faster on the lower-cased text.
        self._exact = re.compile(_word_regex(exact)) if exact else None
        self._lowered = None
        self._folded_terms = folded
        if folded and all(map(_char_lowers_safely, "".join(self._keys_folded))):
            self._lowered = re.compile(_word_regex([k.lower() for k in folded]))
        self._cached_key = lru_cache(maxsize=4096)(self.key_of)
        self._length_regexes: dict[int, re.Pattern[str]] = {}

    def _regex_terms(
        self, pairs: Mapping[str, tuple[str, str]], sensitive: set[str]
    ) -> tuple[tuple[list[str], list[str]], tuple[CompoundRun | None, CompoundRun | None]]:
        """The case-sensitive and the other terms the tries are compiled from (every term
        but the ``pairs``, and their heads), and the pairs as one :class:`CompoundRun` per
        case, or None where a case has none."""
        by_case: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], [])
        for term, (head, tail) in pairs.items():
            by_case[normalise(term) not in sensitive].append((head, tail))
        out = []
        runs = []
        for folded, keys in ((False, self._keys_exact), (True, self._keys_folded)):
            found = by_case[folded]
            apart = {_pair_key(f"{h} {t}", folded) for h, t in found}
            kept = [k for k in keys if k not in apart]
            heads = {_pair_key(h, folded) for h, _ in found} - set(kept)
            run = CompoundRun.build(found, kept, folded, trie_regex) if found else None
            runs.append(run)
            out.append([*kept, *sorted(heads)])
        return (out[0], out[1]), (runs[0], runs[1])

    def key_of(self, surface: str) -> Hashable:
        """The key of the term that ``surface`` matched."""
        norm = normalise(surface)
        if norm in self._keys_exact:
            return self._keys_exact[norm]
        folded = norm.casefold()
        if folded in self._keys_folded:
            return self._keys_folded[folded]
        return self._key_by_regex(norm)

    def _key_by_regex(self, norm: str) -> Hashable:
        """The key of the term the regex engine matched where case folding disagrees with it.

        Ignoring case, the engine pairs "ı" and "İ" with "i"; ``casefold`` does not. A
        match is as long as its normalised term, so only terms of that length are tried.
        """
        same_length = self._folded_by_length.get(len(norm))
        if same_length is None or not self._length_regex(len(norm)).fullmatch(norm):
            raise KeyError(norm)  # one regex for every term of that length says no at once
        for term, key in same_length:
            if re.fullmatch(trie_regex([term]), norm, re.IGNORECASE):
                return key
        raise KeyError(norm)

    @cached_property
    def _folded_by_length(self) -> dict[int, list[tuple[str, Hashable]]]:
        """The terms matched in any case by length, with their keys in order. Built on a
        first surface the dictionaries miss."""
        by_length: dict[int, list[tuple[str, Hashable]]] = {}
        for term, key in self._keys_folded.items():
            by_length.setdefault(len(term), []).append((term, key))
        return by_length

    def _length_regex(self, length: int) -> re.Pattern[str]:
        """One regex for all the terms of ``length``, in any case; compiled only for the
        lengths the reports need (compiling every length takes seconds)."""
        if length not in self._length_regexes:
            terms = [term for term, _ in self._folded_by_length[length]]
            self._length_regexes[length] = re.compile(trie_regex(terms), re.IGNORECASE)
        return self._length_regexes[length]

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches in text order; where matches overlap the longest wins."""
        return [Match(*found) for found in self.find_tuples(text)]

    def find_tuples(self, text: str) -> list[tuple[int, int, str, Hashable]]:
        """:meth:`find` as plain ``(start, end, surface, key)`` tuples, cheaper in hot loops."""
        runs: list[list[tuple[int, int]]] = []  # each sorted by start, without overlaps
        exact_pairs, folded_pairs = self._pairs
        if self._exact is not None:
            runs.append(_spans(self._exact, text, exact_pairs))
        lowered = _lower_if_safe(text) if self._lowered is not None else None
        if self._lowered is not None and lowered is not None:
            runs.append(_spans(self._lowered, lowered, folded_pairs))
        elif self._folded is not None:
            runs.append(_spans(self._folded, text, folded_pairs))
        spans = [span for run in runs for span in run]
        if not spans:
            return []
        if len(runs) > 1 and runs[0] and runs[1]:
            spans.sort()
            if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
                spans = _longest_first(spans)
        key = self._cached_key
        return [(s, e, text[s:e], key(text[s:e])) for s, e in spans]

    @cached_property
    def _folded(self) -> re.Pattern[str] | None:
        """The terms matched in any case, compiled on first use: only a text that cannot be
        lower-cased safely needs it, so most runs never pay for compiling it."""
        if not self._folded_terms:
            return None
        body = _WORD_BEFORE + trie_regex(self._folded_terms) + _WORD_AFTER
        return re.compile(body, re.IGNORECASE)

    # The two below are built on first use, by a MatcherSet: other users never pay for them.

    @cached_property
    def _starting_words(self) -> dict[str, bool] | None:
        """The lower-cased first word of every term -> whether that word alone is the only
        term starting with it, matched in any case; None if a term has no such first word."""
        counts: dict[str, int] = {}
        for term in [*self._keys_exact, *self._keys_folded]:
            word = _first_word(term)
            if word is None:
                return None
            counts[word] = counts.get(word, 0) + 1
        return {word: n == 1 and word in self._keys_folded for word, n in counts.items()}

    @cached_property
    def _anchored(self) -> list[tuple[re.Pattern[str], bool]]:
        """The case-sensitive and the case-insensitive terms as patterns to try at a word's
        start, each with whether it ignores case."""
        patterns = []
        if self._keys_exact:
            patterns.append((re.compile(trie_regex(self._keys_exact) + _WORD_AFTER), False))
        if self._keys_folded:
            folded = trie_regex(self._keys_folded) + _WORD_AFTER
            patterns.append((re.compile(folded, re.IGNORECASE), True))
        return patterns

    def _find_at(
        self, text: str, starts: list[tuple[int, int]]
    ) -> list[tuple[int, int, str, Hashable]]:
        """:meth:`find_tuples`, trying the terms only at ``starts``.

        ``starts`` holds ``(position, end)`` in ascending order, and every position
        where a term can start; ``end`` is where the match ends when that is known
        without a regex (the word alone is the term), else 0.
        """
        patterns = self._anchored
        spans: list[tuple[int, int]] = []
        for pattern, is_folded in patterns:
            # as pattern.finditer would: left to right, never starting inside a match
            last_end = -1
            for pos, known_end in starts:
                if pos < last_end:
                    continue
                if known_end:  # the word alone: only the case-insensitive terms match it
                    if not is_folded:
                        continue
                    end = known_end
                else:
                    m = pattern.match(text, pos)
                    if m is None:
                        continue
                    end = m.end()
                spans.append((pos, end))
                last_end = end
        if len(patterns) > 1 and len(spans) > 1:
            spans.sort()
            if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):
                spans = _longest_first(spans)
        key = self._cached_key
        return [(s, e, surface, key(surface)) for s, e in spans for surface in (text[s:e],)]


class MatcherSet:
    """Several :class:`TermMatcher` run over one text in one pass, each on its own terms.

    ``find_tuples(text)[i] == matchers[i].find_tuples(text)`` (a test checks it): the
    matchers stay independent, so a term of one never hides a term of another. The
    text's words are looked up once in a table of every matcher's first words, and
    each matcher tries its patterns only where one of its own first words stands. A
    matcher with a term whose first word is not plain ASCII scans the text on its own.
    """

    def __init__(self, matchers: Sequence[TermMatcher]):
        self.matchers = tuple(matchers)
        # first word -> (matcher, whether the word alone is its match) for each user
        self._by_word: dict[str, list[tuple[int, bool]]] = {}
        self._alone: list[int] = []  # matchers that scan on their own
        for index, matcher in enumerate(self.matchers):
            table = matcher._starting_words
            if table is None:
                self._alone.append(index)
                continue
            for word, alone in table.items():
                self._by_word.setdefault(word, []).append((index, alone))
        words = trie_regex(self._by_word) if self._by_word else "(?!)"
        # the first words, as whole words of the lower-cased text
        self._first = re.compile(_WORD_BEFORE + f"(?:{words})" + _WORD_AFTER)
        scanning_alone = set(self._alone)
        self._everyone = [(i, False) for i in range(len(self.matchers)) if i not in scanning_alone]

    def find_tuples(self, text: str) -> list[list[tuple[int, int, str, Hashable]]]:
        """Each matcher's :meth:`TermMatcher.find_tuples` of ``text``, in the matchers' order."""
        starts = self._starts(text)
        found = [
            matcher._find_at(text, at) if at else []
            for matcher, at in zip(self.matchers, starts, strict=True)
        ]
        for index in self._alone:
            found[index] = self.matchers[index].find_tuples(text)
        return found

    def _starts(self, text: str) -> list[list[tuple[int, int]]]:
        """Per matcher, ``(position, end)`` (ascending) where one of its terms may start;
        ``end`` is the match's end when the word alone is the match, else 0."""
        per_matcher: list[list[tuple[int, int]]] = [[] for _ in self.matchers]
        by_word = self._by_word
        lower = text.lower()
        if len(lower) == len(text) and not any(c in text for c in _ASCII_FOLDS):
            # Offsets and word boundaries survive lower-casing, and a word that is not
            # ASCII cannot match an ASCII first word: look the first words up as regex.
            for m in self._first.finditer(lower):
                pos, end = m.span()
                for index, alone in by_word[m.group()]:
                    per_matcher[index].append((pos, end if alone else 0))
            return per_matcher
        for m in _RUN.finditer(text):
            run = m.group()
            if run.isascii():
                users = by_word.get(run.lower())
                if users is None:
                    continue
            else:  # ignoring case, the engine may pair a non-ASCII letter with an ASCII one
                users = self._everyone
            pos, end = m.span()
            for index, alone in users:
                per_matcher[index].append((pos, end if alone else 0))
        return per_matcher


_RUN = re.compile(r"\w+")
# The only non-ASCII characters that case-insensitive matching pairs with ASCII ones
# (compounds.ENGINE_FOLDS); lower-casing keeps every other character a word character or not.
_ASCII_FOLDS = tuple(ENGINE_FOLDS)


def _first_word(term: str) -> str | None:
    """The lower-cased first word of a term, or None if a text word could not be looked up by it.

    The word must be ASCII and the term must start with it and go on (if at all)
    with an ASCII character, which is then never a word character in the text.
    """
    m = _RUN.match(term)
    if m is None or not m.group().isascii() or not term[m.end() : m.end() + 1].isascii():
        return None
    return m.group().lower()


def _spans(trie: re.Pattern[str], text: str, pairs: CompoundRun | None) -> list[tuple[int, int]]:
    """One run's matches: the trie's, or with its pairs (:meth:`CompoundRun.scan`)."""
    if pairs is None:
        return [m.span() for m in trie.finditer(text)]
    return pairs.scan(trie, text)


def _longest_first(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of overlapping spans keep the longest (then the earliest); the rest in text order.

    Which of two spans is kept depends only on the spans chained to them by overlaps, so
    each such chain is settled on its own: the time grows with the spans, not their square.
    """
    kept: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []
    reach = -1  # where the chain so far ends
    for span in sorted(found):
        if span[0] >= reach:  # overlaps no span before it: the chain is complete
            kept += _settle(chain) if len(chain) > 1 else chain
            chain = []
        chain.append(span)
        reach = max(reach, span[1])
    kept += _settle(chain) if len(chain) > 1 else chain
    return kept


def _settle(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`_longest_first` of spans that may all overlap: longest first, in text order."""
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
