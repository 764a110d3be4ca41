"""A listed person's surname alone, later in the report that named the person in full.

Reports name a person once ("Riad Naasan Agha, the opposition's spokesman") and then by
surname ("Agha said"). The gazetteer lists a surname alone only where it is safe in any
report ("Lavrov"); here it is read only after the full name, in the same report: the
person's later forms are those of an unlisted person (``name_words.later_forms``: the last
word, with or without al-, never a title or a common word), and a surname two persons of
the report share is left alone. Where a family name's default has read the surname as a
kinsman the report has not named in full before it, and who spells it otherwise ("Colonel
Riad al-Asaad ... Al-Asaad says", not President Assad), the row is given back to the person.
After an honorific, a surname that one listed person alone spells so is that person even
where the report never writes the full name ("Dr. Hijab" on his own office's page).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsframes.analysers.actors.gazetteer import Gazetteer, bare_surname
from newsframes.analysers.actors.other_bearers import another_persons_surname
from newsframes.analysers.first_letters import OPEN_AFTER_FIRST, guarded
from newsframes.analysers.name_shapes import name_shapes
from newsframes.analysers.name_words import (
    ARTICLE,
    Found,
    form_regex,
    later_forms,
    name_words,
)
from newsframes.lexicons.actor_terms import norm
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.reporting_verbs import load_reporting_verbs
from newsframes.lexicons.spelling_variants import common_words
from newsframes.lexicons.word_regex import LINE_GAP, words_regex


def later_surnames(
    text: str,
    rows: list[tuple[int, int, str]],
    gaz: Gazetteer,
    patterns: NamePatterns,
) -> list[tuple[int, int, str]]:
    """``rows`` (start, end, actor id; in order, never overlapping) with each later surname
    of a person named in full before it added, in order, or given back to that person where
    a family name's default read it as a kinsman who spells it otherwise; never one after
    another given name ("Firas Tlass" after Manaf Tlass is someone else)."""
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    speaking: set[str] = set()  # a surname that is a common word too: only as a speaker
    named_at: dict[str, int] = {}  # actor -> where the report first names them in full
    for start, end, actor in rows:
        surface = text[start:end]
        if actor not in gaz.own_given or len(name_words(surface)) < 2:
            continue
        if _described(surface, gaz, patterns):
            continue  # "The President of Syria ... Syria", "Syrian President ... Mr President"
        named_at.setdefault(actor, start)
        for form in _later_forms(surface, start, end, actor in gaz.family_first, patterns):
            if _honoured(form, patterns) and _another_so_named(text, form, rows, actor, patterns):
                continue  # "Julie Bishop ... Frank Bishop ... Mr Bishop"
            owners.setdefault(form, set()).add(actor)
            first_end.setdefault(form, end)
        if (word := _word_surname(surface, actor in gaz.family_first, patterns)) is not None:
            speaking.add(word)
            owners.setdefault(word, set()).add(actor)
            first_end.setdefault(word, end)
    if not owners:
        return rows
    by_span = {(start, end): actor for start, end, actor in rows}
    taken = [(start, end) for start, end, _ in rows]
    added: list[tuple[int, int, str]] = []
    for form, actors in sorted(owners.items(), key=lambda item: -len(item[0])):
        if len(actors) > 1:
            continue  # "Manaf Tlass ... Mustafa Tlass": "Tlass" is neither
        (actor,) = actors
        for found in re.finditer(form_regex(form), text[first_end[form] :]):
            start, end = first_end[form] + found.start(), first_end[form] + found.end()
            if form in speaking and not _speaks(text, end, patterns):
                continue  # "Johnson claimed" is Boris Johnson; a lone "Johnson" may be a word
            if _read_as_another(
                gaz, form, by_span.get((start, end)), actor, start, named_at
            ) and not another_persons_surname(gaz, text, start, form, actor):
                # "Colonel Riad al-Asaad ... Al-Asaad says": his own spelling, read by the
                # family name's default as a kinsman not yet named in full
                by_span[(start, end)] = actor
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            if not another_persons_surname(gaz, text, start, form, actor):
                added.append((start, end, actor))
                taken.append((start, end))
    rows = [(start, end, by_span[(start, end)]) for start, end, _ in rows]
    return sorted([*rows, *added]) if added else rows


def _later_forms(
    surface: str, start: int, end: int, family_first: bool, patterns: NamePatterns
) -> set[str]:
    """A listed person's later forms: the unlisted person's (``name_words.later_forms``), or
    for a name written family name first ("Xie Xiaoyan"), that first word ("Xie")."""
    if not family_first:
        return later_forms(Found(start, end, surface, "person", "listed"), patterns)
    first = name_words(surface)[0]
    return set() if first.casefold() in common_words(5) else {first}


def _word_surname(surface: str, family_first: bool, patterns: NamePatterns) -> str | None:
    """The last word of a listed person's full name where it is a common word too and no
    title ("Boris Johnson", "Charles Michel", "Robert Mood"): a later surname only as the
    speaker of a reporting verb ("Michel wrote"), where no word is meant."""
    words = name_words(surface)
    last = words[-1]
    if family_first or len(words) < 2 or last in patterns.titles or not last[:1].isupper():
        return None
    return last if last.casefold() in common_words(5) else None


def _speaks(text: str, end: int, patterns: NamePatterns) -> bool:
    """Whether a reporting verb follows ``end`` ("Johnson claimed", "Mood told")."""
    says_after = name_shapes(patterns, load_reporting_verbs()).says_after
    return says_after is not None and says_after.match(text, end) is not None


def _honoured(form: str, patterns: NamePatterns) -> bool:
    """Whether a later form is an honorific and a surname ("Ms Bishop")."""
    return form.split(" ", 1)[0] in patterns.honorifics


def _described(surface: str, gaz: Gazetteer, patterns: NamePatterns) -> bool:
    """Whether a person's alias opens, after any article, with a demonym or a title ("Syrian
    President", "The President"): a description, whose last word is no surname to honour."""
    words = [w for w in name_words(surface) if w.casefold() not in patterns.articles]
    first = words[0] if words else ""
    return first in patterns.titles or norm(first) in gaz.demonym_actor


def _another_so_named(
    text: str, form: str, rows: list[tuple[int, int, str]], actor: str, patterns: NamePatterns
) -> bool:
    """Whether the report names another person with the surname of an honoured form: a
    given name before the surname, outside the person's own rows ("Julie Bishop ... Frank
    Bishop ... Mr Bishop" is not Julie Bishop); a title, a headline's word or a place before
    it ("Senator Rice", "Syria May Face Strikes") names no one else."""
    surname = form.split(" ", 1)[1]
    own = [(start, end) for start, end, who in rows if who == actor]
    for hit in _word_before(surname).finditer(text):
        word = hit.group(1)
        if any(s <= hit.start() and hit.end() <= e for s, e in own):
            continue
        if word.casefold() in patterns.given_names:
            return True
    return False


@lru_cache(maxsize=256)
def _word_before(surname: str) -> re.Pattern[str]:
    """A capitalised word (group 1) right before ``surname``, with or without its article
    ("Ali Ghassab al-Mahamid" before "Mahamid")."""
    bare = re.escape(ARTICLE.sub("", surname))
    # the check before the word made after its capital: the engine skips to the capitals
    return re.compile(
        rf"([A-Z]{OPEN_AFTER_FIRST}[\w’'-]*)[^\S\n]+(?:(?i:al|el)[-\s])?{bare}(?![\w’'-])"
    )


def honoured_surnames(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` with each surname after an honorific that one listed person alone spells so
    added as that person ("Dr. Hijab", on a page that never writes his full name), where no
    row covers it and the report names no one in full with that surname ("Ali Ghassab
    al-Mahamid ... Dr. Mahamid" is not the listed Khaled al-Mahamid)."""
    added = []
    for hit in _after_honorific(patterns).finditer(text):
        start, end = hit.span(1)
        persons = gaz.surname_owners.get(bare_surname(hit.group(1)), ())
        if len(persons) != 1 or any(s < end and start < e for s, e, _ in rows):
            continue
        if any(
            word.group(1).casefold().rstrip(".") not in gaz.not_given
            for word in _word_before(hit.group(1)).finditer(text)
        ):
            continue  # someone is named in full with it
        added.append((start, end, persons[0]))
    return sorted([*rows, *added]) if added else rows


def _read_as_another(
    gaz: Gazetteer, form: str, other: str | None, actor: str, start: int, named_at: dict[str, int]
) -> bool:
    """Whether the surname ``form`` at ``start`` was read as ``other``, another person whom
    the report has not named in full before it and who spells the surname otherwise, where
    ``actor`` (who spells it so) was."""
    if other is None or other == actor or gaz.type_and_side[other][0] != "person":
        return False
    if bare_surname(form) in gaz.surname_spellings.get(other, frozenset()):
        return False  # "Maher al-Assad ... Assad": the family's default spelling stays
    return named_at.get(other, start + 1) > start


def titled_first_names(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` with each later first name after a royal's or sheikh's title ("Prince Saud
    said", after "Foreign Minister Saud al-Faisal") added as the listed person named in full
    before it whose first name it is; not where two such persons share it, nor before another
    capitalised word or a name's joining word ("Prince Saud bin Nayef" is someone else). The
    title is no part of the mention."""
    # a title before a word the report has written before: the cheap test first
    titled = [
        found
        for found in _after_title(patterns).finditer(text)
        if found[1] in text[: found.start()]
    ]
    if not titled:
        return rows
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for start, end, actor in rows:
        surface = text[start:end]
        words = name_words(surface)
        if actor not in gaz.own_given or actor in gaz.family_first or len(words) < 2:
            continue
        if words[0] in patterns.titles or _described(surface, gaz, patterns):
            continue
        owners.setdefault(words[0], set()).add(actor)
        first_end.setdefault(words[0], end)
    taken = [(start, end) for start, end, _ in rows]
    added: list[tuple[int, int, str]] = []
    for found in titled:
        actors = owners.get(found[1], set())
        start, end = found.span(1)
        if len(actors) != 1 or start < first_end[found[1]]:
            continue  # no one, or two persons, of that first name named in full before
        if not any(s < end and e > start for s, e in taken):
            added.append((start, end, next(iter(actors))))
    return sorted([*rows, *added]) if added else rows


def titles_off_full_names(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` with a royal's or sheikh's title taken off a listed person's full name, as the
    annotation guide codes titles: "Sheikh Tamim bin Hamad al-Thani" is "Tamim bin Hamad
    al-Thani", read to the end of the longest alias of the person that follows the title (the
    alias with the title stops at "Hamad"). A title before one word stays ("Emir Tamim")."""
    out: list[tuple[int, int, str]] = []
    for k, (start, end, actor) in enumerate(rows):
        title = _title_opening(patterns).match(text, start, end)
        rest = text[title.end() : end].split() if title else []
        if title is None or len(rest) < 2 or gaz.type_and_side[actor][0] != "person":
            out.append((start, end, actor))
            continue
        limit = rows[k + 1][0] if k + 1 < len(rows) else len(text)
        name_start, name_end = title.end(), end
        at = end
        for _ in range(_MORE_WORDS):
            word = _NEXT_WORD.match(text, at, limit)
            if word is None:
                break
            at = word.end()
            if _owner(gaz, text[name_start:at]) == actor:
                name_end = at  # "... bin Zayed (Al Nahyan)": the longest alias
        out.append((name_start, name_end, actor))
    return out


def _owner(gaz: Gazetteer, surface: str) -> str | None:
    """The actor whose alias ``surface`` is, if any; the article joined by a hyphen or a space
    ("al-Thani", "Al Thani")."""
    try:
        term = gaz.matcher.key_of(_ARTICLE_HYPHEN.sub(" ", surface))
    except KeyError:
        return None
    return getattr(term, "ref", None)


# The article's hyphen before a family name: "al-Thani" as "al Thani".
_ARTICLE_HYPHEN = re.compile(r"(?<=\b[Aa]l)-(?=[A-Z])")
# The next words of a name, one space apart ("al-Thani", "Al Nahyan"), up to this many.
_NEXT_WORD = re.compile(r"[^\S\n][\w’'-]+")
_MORE_WORDS = 3


@lru_cache(maxsize=4)
def _title_opening(patterns: NamePatterns) -> re.Pattern[str]:
    """A title of ``given_name_titles`` and the space after it, at a name's start."""
    titles = words_regex(patterns.given_name_titles, LINE_GAP) or "(?!)"
    return re.compile(rf"(?:{titles})[^\S\n]+(?=[^\W\d_])")


def _after_title(patterns: NamePatterns) -> re.Pattern[str]:
    """A title of ``given_name_titles`` and the one capitalised word after it (group 1), not
    before another name word or a joining word."""
    return _one_name_after(patterns.given_name_titles, _joiners(patterns))


def _after_honorific(patterns: NamePatterns) -> re.Pattern[str]:
    """An honorific ("Dr.", "Ms") and the one capitalised word after it (group 1), as
    :func:`_after_title` reads it."""
    return _one_name_after(patterns.honorifics, _joiners(patterns))


def _joiners(patterns: NamePatterns) -> tuple[str, ...]:
    return (*patterns.person_joiners, *patterns.particles)


@lru_cache(maxsize=8)
def _one_name_after(titles: tuple[str, ...], joiners: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``titles`` and the one capitalised word after it (group 1, without a
    possessive), not before another name word or a joining word ("Prince Saud bin Nayef")."""
    # each title's check before it made after its first letter, where it can be
    opened = guarded(titles, LINE_GAP, OPEN_AFTER_FIRST)
    if opened is None:
        opened = rf"(?<![\w’'-])(?:{words_regex(titles, LINE_GAP) or '(?!)'})"
    joined = words_regex(joiners, LINE_GAP)
    return re.compile(
        rf"{opened}[^\S\n]+([^\W\d_][\w-]*)"
        rf"(?![\w-]|[’'](?!s\b)|[^\S\n]+(?:[A-Z]|(?:{joined})[\s-]))"
    )
