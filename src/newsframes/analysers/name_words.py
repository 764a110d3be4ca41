"""The words of a name the gazetteer does not list: one unlisted mention (``Found``), a
name's words, whether a word is a common English word rather than a name, and the
shorter forms (a surname) that name the same actor later in a report."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.spelling_variants import common_words

SPACE = re.compile(r"\s+")
ARTICLE = re.compile(r"^(?:al|el|Al|El|AL|EL)-")


@dataclass(frozen=True)
class Found:
    """One unlisted mention: where, the actor's name and type, and which rule found it."""

    start: int
    end: int
    name: str
    actor_type: str
    rule: str


def name_words(name: str) -> list[str]:
    """The words of ``name``, split at whitespace."""
    return SPACE.split(name.strip())


def _inflected(bare: str, patterns: NamePatterns) -> bool:
    """Whether ``bare`` is an inflection of a common word: "Items", "Regroups", "Intensifies"."""
    common = common_words(5)
    return any(
        bare.endswith(ending)
        and len(stem := bare.removesuffix(ending) + base) >= 3
        and stem in common
        for ending, base in patterns.inflections.items()
    )


def is_common(word: str, patterns: NamePatterns) -> bool:
    """Whether ``word`` (without al-) is a common word, a not-name or an inflection of one."""
    bare = ARTICLE.sub("", word).casefold()
    if bare in common_words(5) or bare in patterns.not_names:
        return True
    return _inflected(bare, patterns)


def later_forms(first: Found, patterns: NamePatterns) -> set[str]:
    """The shorter forms that name the same actor later: a person's surname (with or
    without al-), never a title or a common word."""
    if first.actor_type != "person":
        return set()
    last = name_words(first.name)[-1]
    bare = ARTICLE.sub("", last)
    forms = {last, bare} | ({f"al-{bare}", f"Al-{bare}"} if bare != last else set())
    return {f for f in forms if f not in patterns.titles and f.casefold() not in common_words(5)}


def form_regex(form: str) -> str:
    """A later form as a pattern: whole words, the article in any case ("Al-Asfari" is
    "al-Asfari"), a possessive after it ("Almiqi's defection")."""
    words = [
        "[Aa][Ll]-" + re.escape(w[3:]) if ARTICLE.match(w) else re.escape(w)
        for w in name_words(form)
    ]
    spaced = r"\s+".join(words)
    return rf"(?<![\w’'-]){spaced}(?=['’]s\b|[^\w’'-]|$)"
