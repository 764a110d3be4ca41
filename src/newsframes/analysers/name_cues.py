"""More places news English puts a person's name, each found from a cue that is quick to
look for: a credit written in lower case ("a related report by X Y"), the subject of a
verb with "his" or "her" after it ("X Y accompanied his aunt"), a teaser headline in a
menu of other stories on a saved page ("X Y hearings: ...", "...: X Y on writing", "X Y's
crash and ..."), the labels of a broadcast transcript's turns ("ABU AMAR: Yeah"), a name
after an outlet's possessive ("Syria Direct's X Y"), one after a kin noun ("his wife, Nur
S.") and one before a relative "who" ("X Y, who departed Edmonton")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from newsframes.analysers.name_words import INITIAL
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.spelling_variants import common_words
from newsframes.lexicons.word_regex import LINE_GAP as _GAP
from newsframes.lexicons.word_regex import words_trie_regex as words_regex

# "his" or "her" after a word and a space: where the possessor rule looks (opening with
# the letter h, which the engine finds quickly)
_HIS_HER = re.compile(r"h(?<=[a-z][^\S\n]h)(?:is|er)(?=[^\S\n])")
# A headline line of a menu: a colon, no full stop at its end, short.
_UNSTOPPED = r"(?<![.!?\"”])[^\S\n]*$"  # the end of a line with no full stop
_HEADLINE = re.compile(rf"^[^\S\n]*(?=[^\n]*:)[^\n]{{8,140}}{_UNSTOPPED}", re.MULTILINE)
# characters before "his" (a name of up to five words and its verb) or ", who" (the name)
_LOOK_BACK = 90
# ", who" and a space: a person's relative clause (a place takes "which"; a group named
# without a head noun, "Liwa Tawhid, who", is kept out by `not_names`)
_WHO = re.compile(r",[^\S\n]+who[^\S\n]")
# A capitalised word and a space at the end of what comes before a name: the name runs on
# further back ("In Aleppo Tassone Karimzadeh, who"), so where it starts is unknown.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'-]*[^\S\n]+$")
# The label of a transcript's turn: a line opening with a name in capitals (two to four
# words), an optional role after a comma ("DEBORAH AMOS, BYLINE"), a colon.
_CAPS_WORD = r"[A-Z][A-Z'’.-]+"
_TURN_LABEL = re.compile(
    rf"^[^\S\n]*(?P<name>{_CAPS_WORD}(?:[^\S\n]+{_CAPS_WORD}){{0,3}})"
    r"(?:,[^\S\n]*(?P<role>[A-Z][A-Z ]*[A-Z]))?:[^\S\n]",
    re.MULTILINE,
)
# A presenter's "I'm X Y." in a transcript: two to four capitalised words.
_INTRODUCTION = re.compile(
    r"(?<![\w’'-])I['’]m[^\S\n]+(?P<name>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){1,3})(?=[.,])"
)


@dataclass(frozen=True, eq=False)
class NameCues:
    """One pattern per cue rule; each has a group ``name``."""

    credit_ends: re.Pattern[str] | None  # a lower-case credit's last word ("by")
    credit: re.Pattern[str] | None  # the whole credit, at the end of a text ("report by ")
    word: re.Pattern[str]  # one word of a name
    name: re.Pattern[str]  # a name of two words or more
    reach: int  # characters before a credit's last word where the credit may begin
    possessor: re.Pattern[str]  # "X Y accompanied" (before "his")
    before_who: re.Pattern[str]  # "X Y," (before "who")
    teaser_opening: re.Pattern[str]  # "X Y hearings:"
    teaser_after_colon: re.Pattern[str]  # ": X Y on writing"
    teaser_possessive: re.Pattern[str]  # "X Y's tragic crash" on a line of its own
    after_possessive: re.Pattern[str]  # "'s X Y" after an outlet's name
    kin_before: re.Pattern[str] | None  # "his wife, Nur S.": a kin noun, then the name
    kin_words: tuple[str, ...] = ()  # the kin nouns, as written


@lru_cache(maxsize=8)
def name_cues(patterns: NamePatterns, word: str) -> NameCues:
    """The cue patterns for the lower-case credits of ``patterns``, a name's ``word``."""
    name = rf"{word}(?:[^\S\n]{word}){{1,3}}"
    lower = patterns.lower_case_credits
    # a verb before "his" or "her": a regular past or present form, or one of the lexicon's
    irregular = patterns.possessor_verbs
    verb = rf"(?:[a-z]+(?:ed|s){'|' + words_regex(irregular) if irregular else ''})"
    ends = words_regex(sorted({c.split()[-1] for c in lower}))
    return NameCues(
        credit_ends=re.compile(rf"(?:{ends}){_GAP}(?={word})") if lower else None,
        credit=re.compile(rf"(?<![\w’'-])(?:{words_regex(lower, _GAP)}){_GAP}$") if lower else None,
        word=re.compile(word),
        name=re.compile(name),
        reach=max(map(len, lower), default=0) + 8,  # and a wide gap
        possessor=re.compile(rf"(?<![\w’'-])(?P<name>{name}),?{_GAP}{verb}{_GAP}$"),
        before_who=re.compile(rf"(?<![\w’'-])(?P<name>{name}),$"),
        teaser_opening=re.compile(rf"[^\S\n]*(?P<name>{name}){_GAP}[a-z][^\n:]*:"),
        teaser_after_colon=re.compile(rf":{_GAP}(?P<name>{name}){_GAP}[a-z]"),
        teaser_possessive=re.compile(
            rf"[^\S\n]*(?P<name>{name})['’]s{_GAP}[a-z][^\n]{{0,140}}{_UNSTOPPED}", re.MULTILINE
        ),
        after_possessive=re.compile(rf"['’]s{_GAP}(?P<name>{name})"),
        kin_before=_kin_before(patterns, word),
        kin_words=patterns.kin_nouns,
    )


def _kin_before(patterns: NamePatterns, word: str) -> re.Pattern[str] | None:
    """A possessive pronoun, a kin noun and a name of one to four words ("his wife, Nur S.",
    "her son Ahmed"), which may hold an initial."""
    if not patterns.kin_nouns:
        return None
    kin = words_regex(patterns.kin_nouns, _GAP)
    name = rf"{word}(?:[^\S\n](?:{INITIAL}(?!\w)|{word})){{0,3}}"
    return re.compile(
        rf"(?<![\w’'-])(?:his|her|their){_GAP}(?:{kin}),?{_GAP}(?P<name>{name})(?![\w’'-])"
    )


def lower_case_credits(text: str, cues: NameCues) -> Iterator[tuple[int, int]]:
    """The spans of names after a credit in lower case: "a related report by X Y"."""
    if cues.credit_ends is None or cues.credit is None:
        return
    for end in cues.credit_ends.finditer(text):  # the credit's last word, then a name
        credit = cues.credit.search(text, max(0, end.start() - cues.reach), end.end())
        name = cues.name.match(text, end.end()) if credit is not None else None
        if name is not None:
            yield name.span()


def possessors(text: str, cues: NameCues) -> Iterator[tuple[int, int]]:
    """The spans of names that are the subject of a verb with "his" or "her" after it:
    "X Y accompanied his aunt" (a body has "its", a group "their")."""
    for cue in _HIS_HER.finditer(text):
        words = text[max(0, cue.start() - 40) : cue.start()].rsplit(None, 2)
        if len(words) < 3 or not cues.word.fullmatch(words[1].rstrip(",")):
            continue  # no capitalised word before the verb: no name (checked first, quickly)
        found = cues.possessor.search(text, max(0, cue.start() - _LOOK_BACK), cue.start())
        if found is not None:
            yield found.span("name")


def relative_subjects(text: str, cues: NameCues) -> Iterator[tuple[int, int]]:
    """The spans of names a relative "who" follows: "X Y, who departed Edmonton in June";
    none where a capitalised word stands right before the name's two to four words."""
    if "who" not in text:
        return  # a quicker search than the pattern's
    for cue in _WHO.finditer(text):
        window = max(0, cue.start() - _LOOK_BACK)
        found = cues.before_who.search(text, window, cue.start() + 1)
        if found is not None and not _CAPITALISED_BEFORE.search(text, window, found.start()):
            yield found.span("name")


def teasers(text: str, cues: NameCues) -> Iterator[tuple[int, int]]:
    """The spans of names in the teaser headlines of other stories, lines with no full stop:
    a name and a possessive opening one ("X Y's tragic crash"), or in a line with a colon,
    a name opening it or the colon with a lower-case word after it ("X Y on writing")."""
    start = 0
    while start >= 0:  # tried where a line begins only
        found = cues.teaser_possessive.match(text, start)
        if found is not None:
            yield found.span("name")
        start = text.find("\n", start) + 1 or -1
    if ":" not in text:
        return
    for line in _HEADLINE.finditer(text):
        start, end = line.span()
        opening = cues.teaser_opening.match(text, start, end)
        if opening is not None:
            yield opening.span("name")
        for match in cues.teaser_after_colon.finditer(text, start, end):
            yield match.span("name")


def transcript_turns(text: str, roles: tuple[str, ...]) -> list[re.Match[str]]:
    """The turn labels of a broadcast transcript ("ABU AMAR: ", groups ``name`` and ``role``),
    in order; none unless some label carries one of ``roles`` ("DEBORAH AMOS, BYLINE:"),
    which makes the text a transcript (a dateline in capitals, "BEIRUT:", is no turn)."""
    if not roles or ":" not in text:
        return []
    labels = list(_TURN_LABEL.finditer(text))
    return labels if any(label.group("role") in roles for label in labels) else []


def transcript_presenters(text: str) -> list[re.Match[str]]:
    """The presenters' self-introductions of a transcript ("I'm Karen Holt."; group ``name``)."""
    return list(_INTRODUCTION.finditer(text))


def transcript_speakers(text: str, roles: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """The spans of the names in a broadcast transcript's turn labels ("ABU AMAR: Yeah"), of
    two words or more, and of its presenters' "I'm X Y." (:func:`transcript_turns`). For
    the names alone, two different labels of two words or more also make a transcript where
    no label carries a role, if the text names one of them in running text ("CHRIS UHLMANN:
    ...", "HAYDEN COOPER: ..." after "correspondent Hayden Cooper reports"); kickers in
    capitals ("WAR REPORT:") are never so named."""
    labels = transcript_turns(text, roles)
    if not labels and ":" in text:
        labels = _named_labels(text)
    if not labels:
        return
    for label in labels:
        if " " in label.group("name").strip():
            yield label.span("name")
    for found in transcript_presenters(text):
        yield found.span("name")


def _named_labels(text: str) -> list[re.Match[str]]:
    """The labels of two words or more of a text with two different such labels, one of
    whose names the text also writes in running text (not in capitals); none otherwise.
    A label of common words only ("WAR REPORT:") is a kicker, never a turn."""
    common = common_words(5)
    named = [
        m
        for m in _TURN_LABEL.finditer(text)
        if " " in m.group("name").strip()
        and any(w.casefold() not in common for w in m.group("name").split())
    ]
    names = {" ".join(m.group("name").split()) for m in named}
    in_running_text = any(
        not found.group().isupper()
        for name in names
        for found in re.finditer(r"\s+".join(map(re.escape, name.split())), text, re.IGNORECASE)
    )
    return named if len(names) > 1 and in_running_text else []


def outlet_people(
    text: str, cues: NameCues, outlet_ends: Iterable[int]
) -> Iterator[tuple[int, int]]:
    """The spans of names after an outlet's possessive: its correspondents and the people it
    interviews ("Syria Direct's Abdulrahman al-Masri", "NPR's Deborah Amos")."""
    for end in outlet_ends:
        found = cues.after_possessive.match(text, end)
        if found is not None:
            yield found.span("name")


def kin_named(text: str, cues: NameCues) -> Iterator[tuple[int, int]]:
    """The spans of names after "his", "her" or "their" and a kin noun: "his wife, Nur S."."""
    if cues.kin_before is None or not any(f" {kin}" in text for kin in cues.kin_words):
        return  # no kin noun, no name after one (a quicker search than the pattern's)
    for match in cues.kin_before.finditer(text):
        yield match.span("name")
