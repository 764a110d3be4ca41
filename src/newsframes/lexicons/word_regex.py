"""One regular-expression alternation of lexicon words, shared by every analyser that
builds patterns from a word list (the gazetteer's place rules, the unlisted names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newsframes.lexicons.actor_terms import norm

# The space between the words of a name or a title: never a line break ("Defects\n\nA", a
# byline under the last paragraph).
LINE_GAP = r"[^\S\n]+"


def words_regex(words: Iterable[str], gap: str = r"\s+") -> str:
    """An alternation of ``words``, longest first; a space matches ``gap`` (any run of
    whitespace by default) and an apostrophe either apostrophe."""
    alts = sorted({norm(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", gap).replace("'", "['’]") for w in alts)


def words_trie_regex(words: Iterable[str], gap: str = r"\s+") -> str:
    """The same alternation as :func:`words_regex`, with shared beginnings written once
    ("co(?:-chair|mmander)"): a regex engine tries a few letters at each position instead
    of every word, and the longest word that matches is still tried first."""
    trie: dict[str, Any] = {}
    for word in {norm(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie, gap)


def _branches(node: dict[str, Any], gap: str) -> str:
    ends = "" in node
    alts = [_char(c, gap) + _branches(child, gap) for c, child in node.items() if c != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends else body


def _char(char: str, gap: str) -> str:
    return gap if char == " " else "['’]" if char == "'" else re.escape(char)
