"""Bodies the gazetteer does not list, found by their head noun: "Hama Military Council",
"University of Mainz", "The Moscow Times", "the Farouq brigade"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from newsframes.analysers.name_words import ARTICLE, SPACE, Found, is_common, name_words
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.word_regex import words_trie_regex as words_regex


def _titled_the(text: str, start: int) -> bool:
    """Whether a capital "The" at ``start`` is inside a sentence, so part of a title
    ("told The Moscow Times"), not the first word of the sentence."""
    before = text[:start].rstrip(" \t")
    return text.startswith("The ", start) and bool(before) and before[-1] not in '.!?:\n"“'


def body_found(
    text: str, match: re.Match[str], patterns: NamePatterns, nouns: Mapping[str, str]
) -> Found | None:
    """The body named by ``match``; its type is that of its head noun in ``nouns``."""
    start, end = match.span("name")
    name = text[start:end]
    # A possessive ends the owner's name: "Syria's Military Council" is the council.
    owners = list(re.finditer(r"['’]s?\s+", name))
    if owners:
        start += owners[-1].end()
    words = name_words(text[start:end])
    kind = next((nouns[w] for w in reversed(words) if w in nouns), "group")
    # a capital "The" inside the run opens a title: "Support The Moscow Times"
    inner_the = [m.start() for m in re.finditer(r"(?<=\s)The\s", text[start:end])]
    if inner_the:
        start += inner_the[-1]
    while True:  # leading articles, but the "The" of a newspaper's title
        first = re.match(r"\S+\s+", text[start:end])
        if first is None or first.group().strip().casefold() not in patterns.articles:
            break
        if kind == "media" and _titled_the(text, start):
            break
        start += first.end()
    words = name_words(text[start:end])
    if len(words) < 2:
        return None
    if kind == "media" and words[0] != "The" and is_common(words[-2], patterns):
        return None  # "Previous Post": a paper's name has a name in it or a "The"
    return Found(start, end, SPACE.sub(" ", text[start:end]), kind, "head_noun")


def lower_case_unit(text: str, match: re.Match[str], patterns: NamePatterns) -> Found | None:
    """A unit whose head noun is in lower case ("the Farouq brigade"), when the word
    before the noun is an uncommon capitalised one."""
    words = name_words(match.group("name"))
    before = words[-2] if len(words) >= 2 else ""
    if is_common(before, patterns) or ARTICLE.sub("", before)[:1].islower():
        return None
    nouns = {n.casefold(): kind for n, kind in patterns.head_nouns.items()}
    return body_found(text, match, patterns, {words[-1]: nouns.get(words[-1], "armed_group")})


@lru_cache(maxsize=4)
def _numbered(patterns: NamePatterns) -> re.Pattern[str] | None:
    """A unit's noun and a number after it, or an ordinal (in digits or words) before it."""
    if not patterns.numbered_units:
        return None
    nouns = words_regex(patterns.numbered_units)
    ordinal = r"\d{1,3}(?:st|nd|rd|th)"
    if patterns.ordinals:
        ordinal += "|" + words_regex(patterns.ordinals)
    return re.compile(
        rf"(?<![\w’'-])(?:(?:{ordinal})[^\S\n]+(?P<after>{nouns})"
        rf"|(?P<before>{nouns})[^\S\n]+\d{{1,4}})(?![\w’'-])"
    )


def numbered_units(text: str, patterns: NamePatterns) -> list[Found]:
    """The units named by a number in ``text``: "Brigade 65", "the 15th Brigade"."""
    pattern = _numbered(patterns)
    if pattern is None or not any(noun in text for noun in patterns.numbered_units):
        return []
    found = []
    for match in pattern.finditer(text):
        noun = match.group("after") or match.group("before")
        kind = patterns.head_nouns.get(noun, "armed_group")
        found.append(Found(*match.span(), SPACE.sub(" ", match.group()), kind, "head_noun"))
    return found
