"""Persons named by a first name wherever they stand: a capitalised name opened by one of
the lexicon's given names and closed by uncommon words ("his friends Ahmed al-Nablusi and
Muhammad al-Ali were shot", "such as Neil Prakash, who ..."). News English names a
person in full at first mention, so the first name is the cue where no title, role or
reporting verb is. And a list of three names or more with a person in it is a list of
persons ("Noshin Ahmad, Ava Khano and Sipan Haj Qasim"). A given name may also stand alone
before a description ("Ibrahim, a Syrian army officer")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from newsframes.analysers.name_shapes import UPPER, inverting_forms
from newsframes.analysers.name_words import INITIAL, POSSESSIVE, is_common
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.reporting_verbs import ReportingVerbs, load_reporting_verbs
from newsframes.lexicons.word_regex import LINE_GAP as GAP
from newsframes.lexicons.word_regex import words_trie_regex as words_regex

# Not inside another word, hyphenated word or abbreviation.
_OPEN = r"(?<![\w’'.-])"
# After a word and a comma, what makes it no given name: a dateline's agency ("Tehran,
# SANA -", "Damascus, (SANA)") or a date's day and year ("Nov, 22, 2014")
_DATELINE_AFTER = re.compile(r",[^\S\n]*(?:\(?[A-Z]{2,}\b|\d{1,2},[^\S\n]*\d{4}\b)")
# an age in apposition: "Lina, 34,", "Omar, a 20-year-old who"
_AGE_AFTER = re.compile(r",[^\S\n]+(?:\d{1,3},|(?i:an?)[^\S\n]+\d{1,3}-year-old(?![\w-]))")
_MOST_WORDS = 3  # after the first name: "Mohamed Khalil Aldroubi", "Samar Chehab Abdulkarim"
_AND_OR = re.compile(r"[^\S\n]+(?:and|or)(?![\w-])")
_WORD_AFTER = re.compile(r"[^\S\n]+\w")
# a surname cut to its initial, as Turkish and German reports name a suspect or a private
# person ("Mehmet G., who was captured", "Nils D., a 25-year-old"): a capital and a full
# stop, then a comma or a lower-case word, not a name's next word ("Donald J. Trump")
_INITIAL_AFTER = re.compile(rf"[^\S\n]{INITIAL}(?=[,;:]|[^\S\n]+[a-z])")


@lru_cache(maxsize=4)
def _name_goes_on(patterns: NamePatterns) -> re.Pattern[str]:
    """A joining word or a hyphened particle after a middle initial: the lower-case word
    opens the rest of the name, not the sentence ("Leila K. al-Shami", "Mohammed S. bin
    Salman"), so the initial is no surname cut short (the lexicon's ``person_joiners`` and
    ``particles``)."""
    joiners = words_regex(patterns.person_joiners)
    particles = words_regex(patterns.particles)
    return re.compile(rf"[^\S\n]+(?:(?:{joiners})[^\S\n]|(?:{particles})-)")


@lru_cache(maxsize=4)
def _role_after(patterns: NamePatterns) -> re.Pattern[str]:
    """A role in apposition after a name, opened by "a" or "an" and up to three lower-case
    words: ", a young fighter", ", an activist" (the roles: ``descriptors`` of one word)."""
    roles = [d for d in patterns.descriptors if d.isalpha() and d.islower()]
    return re.compile(
        rf",[^\S\n]+(?i:an?)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,3}}?(?:{words_regex(roles)})(?![\w-])"
    )


@lru_cache(maxsize=4)
def _first_names(patterns: NamePatterns) -> re.Pattern[str]:
    """The given names (kept in lower case) as whole words with their capitals ("Ahmed",
    "Frank-Walter"): one alternation, so the regex engine, not a loop over every
    capitalised word, finds where a name may begin."""
    forms = {form for name in patterns.given_names for form in _capitalised(name)}
    return re.compile(rf"{_OPEN}(?:{words_regex(forms)})(?![\w’'-])")


def _capitalised(name: str) -> set[str]:
    """``name`` with a capital first letter, and with one after each hyphen too."""
    parts = name.split("-")
    return {name[:1].upper() + name[1:], "-".join(p[:1].upper() + p[1:] for p in parts)}


@lru_cache(maxsize=4)
def _next_word(patterns: NamePatterns) -> re.Pattern[str]:
    """One more word of the name after a space: a joiner ("bin", "de") may come first, and
    a middle initial ("Patrick J. McDonnell") before it."""
    joiners = words_regex(patterns.person_joiners)
    return re.compile(
        rf"(?:[^\S\n]{INITIAL})?[^\S\n](?:(?:{joiners})[^\S\n])?"
        rf"(?P<word>(?:(?:al|el)-)?{UPPER}[\w’']*(?:-[^\W\d_][\w’']*)*)(?![\w’'-])"
    )


def _name_before(text: str, start: int, patterns: NamePatterns) -> bool:
    """Whether an uncommon capitalised word stands just before ``start`` on its line: the
    first name is then inside a longer name ("Saddam Hussein Street", "Ali Mohammed Ali"), as
    it is after a joiner ("bin Abdul Malik")."""
    before = re.search(r"(\S+)[^\S\n]+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    if not word[-1].isalnum():
        return False  # "in Tehran, Kazem Sediqi said": a comma or a full stop ends a name
    if word in patterns.person_joiners:
        return True  # "Hisham bin Abdul Malik": "Abdul" is no first name there
    return word[:1].isupper() and "-" not in word and not is_common(word, patterns)


def _opened_a_name(text: str, first: re.Match[str], says_after: re.Pattern[str]) -> bool:
    """Whether the report wrote the first name earlier with a word after it other than "and",
    "or" or a reporting verb: then it opened a longer name ("Hassan Nasrallah ... Hassan
    said", "the Nour party ... Nour said"), and alone it is no new person."""
    for earlier in re.finditer(rf"{_OPEN}{re.escape(first.group())}", text[: first.start()]):
        end = earlier.end()
        if (
            _WORD_AFTER.match(text, end)
            and not _AND_OR.match(text, end)
            and not says_after.match(text, end)
        ):
            return True
    return False


def _in_a_place(text: str, start: int, patterns: NamePatterns) -> bool:
    """Whether the name is in a list of places after a place noun and "of" ("the
    neighborhoods of Nazlat Shehadeh and Hisham bin Abdul Malik")."""
    line = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
    before = re.search(r"(\w+)[^\S\n]+of[^\S\n]+(?:[^\s,]+,?[^\S\n]+){0,4}$", line)
    if before is None:
        return False
    noun = before.group(1).casefold()
    return noun in patterns.place_nouns or noun.removesuffix("s") in patterns.place_nouns


@lru_cache(maxsize=4)
def _stops(patterns: NamePatterns) -> frozenset[str]:
    """The words after a name that make it a body's, a thing's or a place's."""
    nouns = {n.casefold() for n in patterns.head_nouns}
    return frozenset(nouns | patterns.named_things | patterns.place_nouns)


def given_named(
    text: str, patterns: NamePatterns, says_after: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of the names in ``text`` that open with a given name of ``patterns`` and
    go on with one to three uncommon capitalised words; a name before a head noun or a
    named thing or a place noun ("Omar Mukhtar Brigade", "Salah al-Din province") is not a
    person's and is left out, as is one running on into common capitalised words ("Kim
    Jong Un", "Hamad International Airport"). A first name alone is a person's before an
    age, a role or, where ``says_after`` (a reporting verb of the lexicon, from
    ``name_shapes``) is given, a reporting verb ("Zein said")."""
    if not patterns.given_names:
        return
    next_word = _next_word(patterns)
    stops = _stops(patterns)
    for first in _first_names(patterns).finditer(text):
        if _name_before(text, first.start(), patterns):
            continue
        initial = _INITIAL_AFTER.match(text, first.end())
        if (
            initial is not None
            and not _name_goes_on(patterns).match(text, initial.end())
            and not _in_a_place(text, first.start(), patterns)
        ):
            yield first.start(), initial.end()  # "Mehmet G., who was captured by the police"
            continue
        end, taken, run_on = first.end(), 0, False
        following = next_word.match(text, end)
        while following is not None and taken < _MOST_WORDS:
            word = POSSESSIVE.sub("", following.group("word"))
            if word in patterns.titles and word not in patterns.inner_titles:
                taken = 0  # "Ahmed General ...": the title rule reads what follows
                break
            if word not in patterns.inner_titles and is_common(word, patterns):
                run_on = True  # "Kim Jong Un", "Ahmed Hamoud Street": more than a name
                break
            end, taken = following.end(), taken + 1
            if word != following.group("word"):
                break  # a possessive ends the name: "Khaled Sharrouf's children"
            following = next_word.match(text, end)
        if (
            taken == 0
            and not run_on
            and (
                _AGE_AFTER.match(text, end)
                or _role_after(patterns).match(text, end)
                or (
                    says_after is not None
                    and says_after.match(text, end) is not None
                    and not _opened_a_name(text, first, says_after)
                )
            )
        ):
            # a first name alone before an age, a role or a reporting verb: "Abdullah, 26,
            # was", "Khaled, a young fighter with the rebels", "Zein said"
            yield first.start(), end
            continue
        if taken == 0 or run_on or _in_a_place(text, first.start(), patterns):
            continue
        if " ".join(text[first.start() : end].split()).casefold() in patterns.place_names:
            continue
        after = re.match(r"(?:[^\S\n]+[\w’'-]+){1,2}", text[end : end + 40])
        if after and any(w.casefold() in stops for w in after.group().split()):
            continue
        yield first.start(), end


_MIN_LIST = 3  # names in a list: two could be a person and a place ("Ahmed Hassan and Tal Abyad")


def _in_a_run(text: str, start: int, end: int) -> bool:
    """Whether a comma or an "and" joins the name at ``start:end`` to a neighbour."""
    after = text[end : end + 5]
    before = text[max(0, start - 5) : start]
    return after.startswith((",", " and")) or before.endswith((", ", "and "))


@lru_cache(maxsize=4)
def _name_list(word: str) -> re.Pattern[str]:
    """Names of two to four words (``word`` is one word's pattern) joined by commas and
    "and", as a run."""
    name = rf"{word}(?:[^\S\n]+{word}){{1,3}}"
    separator = r"(?:,[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
    return re.compile(rf"(?<![\w’'-]){name}(?:{separator}{name})+(?![\w’'-])")


def listed_with_a_person(
    text: str, people: Sequence[tuple[int, int]], word: str
) -> Iterator[tuple[int, int]]:
    """The spans of the other names in a list of at least three names (two to four words
    each) where one name is a person's, found by another rule (``people``)."""
    lines = {_line(text, start) for start, end in people if _in_a_run(text, start, end)}
    if not lines:
        return  # no person stands beside a comma or an "and": no list to read
    name = _name(word)
    for line_start, line_end in sorted(lines):  # only the lines that may hold such a list
        for run in _name_list(word).finditer(text, line_start, line_end):
            items = [m.span() for m in name.finditer(text, *run.span())]
            if len(items) < _MIN_LIST:
                continue
            if not any(start == s and end == e for start, end in items for s, e in people):
                continue
            yield from (item for item in items if item not in people)


def _line(text: str, position: int) -> tuple[int, int]:
    """The start and end of the line ``position`` is on."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end


@lru_cache(maxsize=4)
def _name(word: str) -> re.Pattern[str]:
    return re.compile(rf"{word}(?:[^\S\n]+{word}){{1,3}}")


def lone_given_name(text: str, span: tuple[int, int], patterns: NamePatterns) -> bool:
    """Whether the one word at ``span``, before its description, is a given name alone
    ("Ibrahim, a Syrian army officer", "Schafik, a 20-year-old"): an uncommon word in lower
    case after its capital, opening a line or a sentence, after a quotation or an inverting
    verb ("said Khava, a resident"); not a place after a preposition ("in Palmyra, the
    chief of staff"), a dateline ("Tehran, SANA -") nor a date ("Nov, 22, 2014")."""
    start, end = span
    word = text[start:end]
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    if is_common(word, patterns) or _DATELINE_AFTER.match(text, end):
        return False
    opening = _lone_name_opening(patterns, load_reporting_verbs())
    return opening.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=8)
def _lone_name_opening(patterns: NamePatterns, verbs: ReportingVerbs) -> re.Pattern[str]:
    """What may stand right before a given name alone before its description, up to it: a
    line's or a sentence's opening, a quotation's end, an inverting verb ("said Khava, a
    resident")."""
    inverting = words_regex(inverting_forms(verbs, patterns.inverting_verbs), GAP)
    return re.compile(rf"(?m:^|[.!?\"“”’:][^\S\n]*|(?<![\w-])(?:{inverting}){GAP})$")
