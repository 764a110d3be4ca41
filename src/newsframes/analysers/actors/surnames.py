"""A listed person's surname alone, later in the report that named the person in full.

Reports name a person once ("Riad Naasan Agha, the opposition's spokesman") and then by
surname ("Agha said"). The gazetteer lists a surname alone only where it is safe in any
report ("Lavrov"); here it is read only after the full name, in the same report: the
person's later forms are those of an unlisted person (``name_words.later_forms``: the last
word, with or without al-, never a title or a common word), and a surname two persons of
the report share is left alone.
"""

from __future__ import annotations

import re

from newsframes.analysers.actors.gazetteer import Gazetteer
from newsframes.analysers.actors.rules import another_persons_surname
from newsframes.analysers.name_words import Found, form_regex, later_forms, name_words
from newsframes.lexicons.name_patterns import NamePatterns


def later_surnames(
    text: str,
    rows: list[tuple[int, int, str]],
    gaz: Gazetteer,
    patterns: NamePatterns,
) -> list[tuple[int, int, str]]:
    """``rows`` (start, end, actor id; in order, never overlapping) with each later surname
    of a person named in full before it added, in order; never one after another given
    name ("Firas Tlass" after Manaf Tlass is someone else)."""
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for start, end, actor in rows:
        surface = text[start:end]
        if actor not in gaz.own_given or len(name_words(surface)) < 2:
            continue
        for form in later_forms(Found(start, end, surface, "person", "listed"), patterns):
            owners.setdefault(form, set()).add(actor)
            first_end.setdefault(form, end)
    if not owners:
        return rows
    taken = [(start, end) for start, end, _ in rows]
    added: list[tuple[int, int, str]] = []
    for form, actors in sorted(owners.items(), key=lambda item: -len(item[0])):
        if len(actors) > 1:
            continue  # "Manaf Tlass ... Mustafa Tlass": "Tlass" is neither
        (actor,) = actors
        for found in re.finditer(form_regex(form), text[first_end[form] :]):
            start, end = first_end[form] + found.start(), first_end[form] + found.end()
            if any(s < end and start < e for s, e in taken):
                continue
            if not another_persons_surname(gaz, text, start, form, actor):
                added.append((start, end, actor))
                taken.append((start, end))
    return sorted([*rows, *added]) if added else rows
