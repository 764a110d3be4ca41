"""One regular-expression alternation of lexicon words, shared by every analyser that
builds patterns from a word list (the gazetteer's place rules, the unlisted names)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsframes.lexicons.actor_terms import norm


def words_regex(words: Iterable[str], gap: str = r"\s+") -> str:
    """An alternation of ``words``, longest first; a space matches ``gap`` (any run of
    whitespace by default) and an apostrophe either apostrophe."""
    alts = sorted({norm(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", gap).replace("'", "['’]") for w in alts)
