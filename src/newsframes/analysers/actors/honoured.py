"""An honorific and the surname of one listed person name that person, in full or not.

A report may never write a person's full name: a page of Riad Hijab's own office calls him
"Dr. Hijab" throughout. After an honorific ("Mr", "Dr.", "Ms") a capitalised surname is a
person's, so where exactly one listed person spells their surname so, it is that person,
though the bare word ("hijab") is a common one and no alias. It is left alone where the
report names anyone with that surname in full (that person, or another: "Dr. Abdulwahab
Attar ... Dr. Attar" is not the listed Abdul Rahman Attar), and where two listed persons
share the surname.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsframes.analysers.actors.gazetteer import Gazetteer, bare_surname
from newsframes.analysers.name_words import ARTICLE
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.word_regex import words_regex

# A name word after which another follows ("Dr. Bashar al-Assad", "Mr Abu Omar"): no surname.
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z]|(?:al|el|bin|ibn|abu)[-\s])")


def honoured_surnames(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` (start, end, actor id; in order) with each surname after an honorific that
    only one listed person spells added as that person, where no row covers it and the
    report names nobody with that surname in full."""
    honoured = _honoured_pattern(patterns.honorifics)
    if honoured is None or honoured.search(text) is None:
        return rows
    added = []
    for hit in honoured.finditer(text):
        start, end = hit.span(1)
        if _NAME_GOES_ON.match(text, end):
            continue
        persons = gaz.surname_owners.get(bare_surname(hit.group(1)), ())
        if len(persons) != 1 or any(s < end and start < e for s, e, _ in rows):
            continue
        if _named_in_full(text, hit.group(1), gaz):
            continue
        added.append((start, end, persons[0]))
    return sorted([*rows, *added]) if added else rows


@lru_cache(maxsize=8)
def _honoured_pattern(honorifics: tuple[str, ...]) -> re.Pattern[str] | None:
    """An honorific and the capitalised word after it (group 1)."""
    if not honorifics:
        return None
    return re.compile(
        rf"(?<![\w'’.-])(?:{words_regex(honorifics)})[ \t]+([A-Z][\w'’-]*[\w])(?![\w'’-])"
    )


def _named_in_full(text: str, surname: str, gaz: Gazetteer) -> bool:
    """Whether a given name stands before ``surname`` anywhere in the report, with or without
    its article (a capitalised word that is no title or stop word): someone is named in full
    with it ("Ali Ghassab al-Mahamid ... Dr. Mahamid")."""
    bare = ARTICLE.sub("", surname)
    before = rf"(?<![\w’'-])([A-Z][\w’'-]*)[^\S\n]+(?:(?i:al|el)[-\s])?{re.escape(bare)}(?![\w’'-])"
    return any(
        hit.group(1).casefold().rstrip(".") not in gaz.not_given
        for hit in re.finditer(before, text)
    )
