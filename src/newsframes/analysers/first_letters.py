"""Regular expressions that open with their first characters, and a scan that tries a
pattern only where a match can begin.

Python's regex engine skips quickly to the next place a match can begin only when a
pattern opens with a character class or with literals. The unlisted-name patterns open so:
a word list with its first letters (each branch's check "no letter before the word" moves
after that letter), a name with the class of its first characters and a lookbehind that
checks which one it was. The matches are exactly those of the plain patterns
(tests/test_name_shapes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from newsframes.lexicons.actor_terms import norm
from newsframes.lexicons.word_regex import words_trie_regex as words_regex

# "No letter, digit, apostrophe or hyphen, then any one character" over the two characters
# ending after a word's first: the same as no such character before the word, checked once
# the engine has found that first character.
OPEN_AFTER_FIRST = r"(?<![\w’'-](?s:.))"


def _rests(words: Iterable[str]) -> dict[str, list[str]] | None:
    """The rest of each word of ``words`` by its first letter; None when a word does not
    open with a letter, and the plain alternation must be used."""
    rests: dict[str, list[str]] = {}
    for word in sorted({norm(w) for w in words}):
        if not word[:1].isalpha() or norm(word[1:]) != word[1:]:
            return None
        rests.setdefault(word[0], []).append(word[1:])
    return rests or None


def after_first(words: Iterable[str], gap: str) -> tuple[str, str] | None:
    """The first letters of ``words`` and, to follow one of them, the rest of the words it
    begins (an alternation like :func:`words_regex`'s), or None (:func:`_rests`)."""
    rests = _rests(words)
    if rests is None:
        return None
    letters = "".join(rests)
    branches = [f"(?<={re.escape(c)}){words_regex(r, gap)}" for c, r in rests.items()]
    # one look at the class first: a character that begins no word is turned away at once
    return letters, f"(?<={begin(letters, '')})(?:" + "|".join(branches) + ")"


def guarded(words: Iterable[str], gap: str, guard: str) -> str | None:
    """The alternation of ``words`` with ``guard`` after each first letter, or None
    (:func:`_rests`)."""
    rests = _rests(words)
    if rests is None:
        return None
    branches = [f"{re.escape(c)}{guard}{words_regex(r, gap)}" for c, r in rests.items()]
    return "(?:" + "|".join(branches) + ")"


def begin(letters: str, rest: str) -> str:
    """A class of the first characters (each once), then ``rest``."""
    return "[" + "".join(re.escape(c) for c in dict.fromkeys(letters)) + "]" + rest


def finditer_from(
    capital: re.Pattern[str], whole: re.Pattern[str], starts: Sequence[int], text: str
) -> Iterator[re.Match[str]]:
    """``whole.finditer(text)`` for a pattern that can begin only at a capital, where
    ``capital`` (the same pattern opening with a capital only) finds it, or at one of
    ``starts`` (ascending): a name after a particle, "al-Assad". The engine skips over
    the lower-case letters a particle begins with, and ``whole`` is tried only at ``starts``."""
    if not starts:
        yield from capital.finditer(text)
        return
    pos, k = 0, 0
    at_capital = capital.search(text)
    while True:
        if at_capital is not None and at_capital.start() < pos:
            at_capital = capital.search(text, pos)
        found = None
        while k < len(starts) and (at_capital is None or starts[k] < at_capital.start()):
            if starts[k] >= pos and (found := whole.match(text, starts[k])) is not None:
                break
            k += 1
        found = found or at_capital
        if found is None:
            return
        yield found
        pos = found.end()
