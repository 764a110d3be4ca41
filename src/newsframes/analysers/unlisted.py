"""Actors the gazetteer does not list, found by the shape of their names.

A title or rank before a capitalised name is a person ("Brig. Gen. Hussein al-Ziyud");
a capitalised name ending in a head noun is a body ("Hama Military Council"); an acronym
in brackets after a name defines it ("... Front (JFS)"). Later in the article the
person's surname and the body's acronym are joined to the first mention. Each row has
an ``actor_id`` of the form ``unlisted:<name>``: a table of its own, never counted with
the gazetteer's mentions. The patterns are data (``data/lexicons/name_patterns.yml``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from newsframes.analysers.parse import Columns, Parse
from newsframes.analysers.records import Mention
from newsframes.lexicons.name_patterns import NamePatterns, load_name_patterns
from newsframes.lexicons.spelling_variants import common_words

UNLISTED_COLUMNS = ["start", "end", "surface", "actor_id", "name", "actor_type", "rule", "sent_id"]
PREFIX = "unlisted:"
# One word of a name: "Mostafa", "al-Sheikh", "Al-Khateeb", "As'ad", "Jisr-al-Shughour".
_WORD = r"(?:(?:al|el|ad|as|ash|an|bin|ibn)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
# Lower-case words that stay inside a person's name ("Abu Bakr al Baghdadi") and inside a
# body's ("Army of the Mujahideen").
# A name never runs over a line break ("Defects\n\nA", a byline under the last paragraph).
_GAP = r"[^\S\n]+"
_PERSON_JOINERS = rf"(?:(?:bin|ibn|al|el|de){_GAP})?"
_JOINERS = rf"(?:(?:al|el|of|the|for){_GAP})?"
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACE = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:al|el|Al|El)-")


@dataclass(frozen=True)
class Found:
    """One unlisted mention: where, the actor's name and type, and which rule found it."""

    start: int
    end: int
    name: str
    actor_type: str
    rule: str


def _alternation(terms: Iterable[str]) -> str:
    ordered = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", _GAP) for t in ordered)


@dataclass(frozen=True, eq=False)
class _Compiled:
    titled: re.Pattern[str]
    described: re.Pattern[str] | None
    followed: re.Pattern[str] | None
    bodies: re.Pattern[str]
    defined: re.Pattern[str]


@lru_cache(maxsize=8)
def _compiled(patterns: NamePatterns) -> _Compiled:
    """The regular expressions of ``patterns`` (cached on the lexicon object)."""
    name = rf"{_WORD}(?:{_GAP}{_PERSON_JOINERS}{_WORD}){{0,4}}"
    two_or_more = rf"{_WORD}(?:{_GAP}{_PERSON_JOINERS}{_WORD}){{1,4}}"
    described = _alternation(patterns.descriptors)
    after = _alternation(patterns.after_name)
    nouns = _alternation(patterns.head_nouns)
    titles = _alternation(patterns.titles)
    return _Compiled(
        titled=re.compile(rf"(?<![\w.’'-])(?:{titles}){_GAP}(?P<name>{name})"),
        described=re.compile(rf"(?<![\w’'-])(?i:{described}){_GAP}(?P<name>{name})")
        if described
        else None,
        followed=re.compile(
            rf"(?<![\w’'-])(?P<name>{two_or_more}),{_GAP}(?:(?i:a|an|the){_GAP})?"
            rf"(?:[\w’'-]+{_GAP}){{0,2}}?(?i:{after})(?![\w’'-])"
        )
        if after
        else None,
        bodies=re.compile(rf"(?P<name>(?:{_WORD}{_GAP}{_JOINERS}){{1,5}}(?:{nouns}))(?![\w’'-])"),
        defined=re.compile(
            rf"(?P<name>{_WORD}(?:{_GAP}{_JOINERS}{_WORD}){{1,6}}){_GAP}?"
            r"\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)"
        ),
    )


def actor_slug(name: str) -> str:
    """``unlisted:`` and the name in lower_snake_case ASCII: "Mostafa al-Sheikh" ->
    ``unlisted:mostafa_al_sheikh``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return PREFIX + re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without a final possessive ("Idriss's" -> "Idriss")."""
    tail = _POSSESSIVE.search(text, start, end)
    return start, tail.start() if tail and tail.start() > start else end


def _words(name: str) -> list[str]:
    return _SPACE.split(name.strip())


def _uncommon_tail(text: str, start: int, end: int) -> int:
    """Where the words of ``text[start:end]`` stop being common English words for good:
    the start of the name at its end."""
    for word in re.finditer(r"\S+", text[start:end]):
        if _ARTICLE.sub("", word.group()).casefold() in common_words(5):
            start_of_rest = start + word.end()
            return _uncommon_tail(text, start_of_rest, end) if start_of_rest < end else end
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _person(text: str, match: re.Match[str], patterns: NamePatterns, rule: str) -> Found | None:
    start, end = _trim(text, *match.span("name"))
    # a title ends the name: "Colonel Ahmed Hamoud and Major ..." never runs on, and
    # "Hamoud, General ..." neither
    for title in re.finditer(r"\s+(\S+)", text[start:end]):
        if title.group(1) in patterns.titles:
            end = start + title.start()
            break
    if rule == "after":  # "In Idlib Province Ahmad Hussein, a resident": the last words
        start = _uncommon_tail(text, start, end)
        if len(_words(text[start:end])) < 2:
            return None
    name = _SPACE.sub(" ", text[start:end])
    words = _words(name)
    if words[-1] in patterns.head_nouns:
        return None  # "General Security Directorate": a body
    if words[0].casefold() in patterns.not_names or words[0] in patterns.titles:
        return None
    if len(words) == 1 and words[0].casefold() in common_words(5):
        return None  # "Captain Said" is lost; "Major Cities" is kept out
    return Found(start, end, name, "person", rule)


def _body(text: str, match: re.Match[str], patterns: NamePatterns) -> Found | None:
    start, end = match.span("name")
    name = text[start:end]
    # A possessive ends the owner's name: "Syria's Military Council" is the council.
    owners = list(re.finditer(r"['’]s?\s+", name))
    if owners:
        start += owners[-1].end()
    while True:  # leading articles and words that never open a name
        first = re.match(r"\S+\s+", text[start:end])
        if first is None or first.group().strip().casefold() not in {"the", "a", "an"}:
            break
        start += first.end()
    words = _words(text[start:end])
    if len(words) < 2:
        return None
    return Found(
        start, end, _SPACE.sub(" ", text[start:end]), patterns.head_nouns[words[-1]], "head_noun"
    )


def _firsts(
    text: str, patterns: NamePatterns
) -> tuple[list[Found], dict[str, str], list[tuple[int, int]]]:
    """Every first-shape mention, each acronym defined in brackets -> the name it stands
    for, and the brackets themselves (part of the defining mention, not a second one)."""
    compiled = _compiled(patterns)
    found: list[Found] = []
    for match in compiled.titled.finditer(text):
        if person := _person(text, match, patterns, "title"):
            found.append(person)
    for rule, pattern in (("description", compiled.described), ("after", compiled.followed)):
        for match in pattern.finditer(text) if pattern is not None else ():
            if person := _person(text, match, patterns, rule):
                found.append(person)
    for match in compiled.bodies.finditer(text):
        if body := _body(text, match, patterns):
            found.append(body)
    acronyms: dict[str, str] = {}
    brackets: list[tuple[int, int]] = []
    for match in compiled.defined.finditer(text):
        start, end = match.span("name")
        words = _words(text[start:end])
        acronym = match.group("acronym")
        if acronym[0] not in {_ARTICLE.sub("", w)[:1].upper() for w in words}:
            continue
        # the name the acronym stands for: the body found there, or the bracketed name
        inside = [f for f in found if f.start >= start and f.end == end]
        name = inside[0].name if inside else _SPACE.sub(" ", text[start:end])
        if not inside:
            kind = patterns.head_nouns.get(words[-1], "group")
            found.append(Found(start, end, name, kind, "acronym"))
        acronyms[acronym] = name
        brackets.append((match.end("name"), match.end()))
    return found, acronyms, brackets


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _later_forms(first: Found, patterns: NamePatterns) -> set[str]:
    """The shorter forms that name the same actor later: a person's surname (with or
    without al-), never a title or a common word."""
    if first.actor_type != "person":
        return set()
    last = _words(first.name)[-1]
    bare = _ARTICLE.sub("", last)
    forms = {last, bare} | ({f"al-{bare}", f"Al-{bare}"} if bare != last else set())
    return {f for f in forms if f not in patterns.titles and f.casefold() not in common_words(5)}


def find_unlisted(
    text: str, mentions: Sequence[Mention] = (), patterns: NamePatterns | None = None
) -> list[Found]:
    """The unlisted actors of ``text`` in order: first mentions by shape, then later ones
    by surname or acronym; nothing that overlaps a gazetteer ``mentions`` span."""
    patterns = patterns or load_name_patterns()
    listed = [(m.start, m.end) for m in mentions]
    firsts, acronyms, brackets = _firsts(text, patterns)
    kept: list[Found] = []
    for f in sorted(firsts, key=lambda f: (f.start, -(f.end - f.start))):
        taken = [(k.start, k.end) for k in kept]
        if not _overlaps(listed, f.start, f.end) and not _overlaps(taken, f.start, f.end):
            kept.append(f)
    by_name = {f.name: f for f in reversed(kept)}  # the first mention of each name
    forms: dict[str, list[Found]] = {}
    for first in by_name.values():
        for form in _later_forms(first, patterns) | {first.name}:
            forms.setdefault(form, []).append(first)
    for acronym, name in acronyms.items():
        if name in by_name:
            forms.setdefault(acronym, []).append(by_name[name])
    later: list[Found] = []
    for form, owners in forms.items():
        if len({o.name for o in owners}) > 1:
            continue  # a surname two unlisted actors share: not joined to either
        owner = owners[0]
        # a possessive may follow ("Almiqi's defection")
        later_form = rf"(?<![\w’'-]){re.escape(form)}(?=['’]s\b|[^\w’'-]|$)"
        for match in re.finditer(later_form, text):
            start, end = match.span()
            spans = listed + brackets + [(k.start, k.end) for k in kept + later]
            if start >= owner.end and not _overlaps(spans, start, end):
                rule = (
                    "acronym" if form in acronyms else "repeat" if form == owner.name else "surname"
                )
                later.append(Found(start, end, owner.name, owner.actor_type, rule))
    return sorted(kept + later, key=lambda f: f.start)


def _sent_id(article: Parse, position: int) -> int:
    row = article.sentence_at(position)
    return article.sentences[row].sent_id if row >= 0 else -1


def unlisted_columns(article: Parse, patterns: NamePatterns) -> Columns:
    """The unlisted table's columns for one parsed article."""
    found = find_unlisted(article.text, article.mentions, patterns)
    return {
        "start": [f.start for f in found],
        "end": [f.end for f in found],
        "surface": [article.text[f.start : f.end] for f in found],
        "actor_id": [actor_slug(f.name) for f in found],
        "name": [f.name for f in found],
        "actor_type": [f.actor_type for f in found],
        "rule": [f.rule for f in found],
        "sent_id": [_sent_id(article, f.start) for f in found],
    }


def unlisted_table(columns: Columns) -> pd.DataFrame:
    """The unlisted table from :func:`unlisted_columns` (one article or several appended)."""
    return pd.DataFrame({name: columns.get(name, []) for name in UNLISTED_COLUMNS})
