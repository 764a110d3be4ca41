"""The words of a name the gazetteer does not list: one unlisted mention (``Found``), a
name's words, and whether a word is a common English word rather than a name."""

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
