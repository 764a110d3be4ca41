"""Where a statement's clause ends in wire copy: what may trail a speaker's verb
(", a diplomat told AFP on condition of anonymity."), full stops that end no sentence
("Maj. Gen. Igor Konashenkov"), and a second reporting verb joined to the first
("..., X said that Q, adding “...”", "X added that Q and said R")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsframes.analysers.sourcing.article import (
    AUXILIARIES,
    CITING,
    COMMA_AND_QUOTE,
    DAY,
    NEAR_WORDS,
    QUOTE_MARKS,
    Article,
)
from newsframes.analysers.sourcing.verbs import is_participle
from newsframes.lexicons.function_words import FunctionWords
from newsframes.lexicons.word_regex import words_regex

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
)
_NO_THAT = r"(?:(?!\bthat\b)[^,;:])"  # "in an exclusive talk that ..." is no tail
# Nor is a clause: "..., the monitor said on Monday the road was open."
_NO_CLAUSE_WORD = r"(?!(?:that|is|are|was|were|has|have|had|will|would|could|can|did)\b)[\w.'’-]+"
# What may follow a trailing speaker's verb: "..., a diplomat said Friday.", "..., the
# monitor said in a statement.", "..., he told AFP on condition of anonymity.",
# "..., the spokesman said on Nov. 17.", "..., she reported last year for The Times."
TRAILING_TAIL = re.compile(
    r"(?:\s+(?i:(?:(?:late|early)\s+)?(?:on\s+)?(?:" + DAY + r"|today|yesterday|tonight|earlier"
    r"|later|last\s+\w+|this\s+\w+)(?:\s+(?:night|morning|evening|afternoon))?)"
    r"|\s+(?:on\s+)?" + _MONTH + r"|\s+in\s+(?:a|an|its|his|her|their)\s" + _NO_THAT + r"{0,160}"
    r"|\s+(?:on\s+)?(?:the\s+)?condition\s+(?:of|that)\b[^,;:]{0,60}"
    r"|\s+(?:(?:to|for|on|via)\s+)?(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
    # "at a news conference in Moscow", "during a visit to Ankara", "by telephone"
    r"|\s+(?:at|during|by|from|after|before|while|through|over|via|with|in|on|to|for)"
    + r"(?:\s+"
    + _NO_CLAUSE_WORD
    + r"){1,4})+"
)
# Whom a speaker told, in lower case: "..., he told reporters.", "..., X told a news
# conference in Moscow.", "..., X told state television."
_TOLD_TAIL = re.compile(
    r"\s+(?:(?:(?:a|an|the|state)\s+)?(?!that\b)[a-z][\w-]*(?:\s+(?!that\b)[a-z][\w-]*)?"
    r"|state\s+[A-Z][\w-]*"  # "..., X told state TV late on Sunday."
    # "..., X, told the RIA Novosti state news agency.": a name (and its acronym: "told
    # Anadolu Agency (AA)", its bracket cut at the sentence's end), then up to three words
    # (never a pronoun: "told AFP it was safe" opens a clause)
    r"|(?:the\s+)?(?>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})(?:\s+\([A-Z][A-Za-z.&]{1,9}(?:\)|$))?"
    r"(?:\s+(?!(?:that|it|he|she|they|we|i|you)\b)[a-z][\w-]*){0,3})"
    r"(?:" + TRAILING_TAIL.pattern + r")?"
)
_STOPS = re.compile(r"[.!?]")
_PARTICIPLE_AFTER = re.compile(r",\s*(?:without\s+)?[a-z]+ing\b")
# "..., X said Tuesday, as Moscow pressed on with ...": a clause of the writer's own after
# the trailing speaker, opened by a subordinating word, or joined by "and" or "but" ("...,
# the Observatory reported, and protests went on")
_SUBORDINATE_AFTER = re.compile(
    r",\s*(?:as|while|amid|after|before|when|since|following|although|though|even\s+as"
    r"|and|but)\b"
)
# A wire dateline before the first sentence: "DAMASCUS (Reuters) - ", "KOBANE, Syria — ",
# "BEIRUT -- ", "Moscow, SANA – ". It is where the report was filed, not part of what anyone said.
_DATELINE = re.compile(
    r"(?:[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([\w .&]{2,30}\))?"
    r"\s*(?:--|[-–—])\s+"
    # "Moscow, SANA – ", "Damascus, SANA-"
    r"|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?,\s+[A-Z]{2,}[\w.]*\s*(?:--|[-–—])\s*)"
)
_NO_SPEAKER_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|is|are|was|were|be|been|being)\s+$")
# "a demand rejected by Russia": a passive participle, whose speaker follows "by"
_PASSIVE_BY = re.compile(r"\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|video\b|text\b|satellite\b)")
# A title or initial before a full stop that ends no sentence: "Maj.", "Gen.", "Dr.", "U.S."
_ABBREVIATION = re.compile(r"(?:^|[\s.])[A-Z][a-z]{0,3}$")
# What joins a second reporting verb to a statement's content: ", saying", ", but said",
# " and said", " and also noted".
_JOINED = re.compile(
    rf"(?:{COMMA_AND_QUOTE}\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:(?:also|later|then)\s+)?$"
)
_JOIN_WINDOW = 20
# A second clause with its own speaker before a reporting verb: "Q, and the sources
# confirmed that R", "Q; the monitor added that R" (a subject of a few words, no verb in it)
_SUBJECT_BEFORE_VERB = (
    r"(?P<subject>(?:[a-z]+|[A-Z][\w'’.-]*)"
    r"(?:\s+[\w'’.()-]+){0,5})\s+$"
)
_NEW_SPEAKER = re.compile(r"(?:,\s*(?:and|but|while|yet)\s+|;\s*)" + _SUBJECT_BEFORE_VERB)
_NEW_SPEAKER_AFTER_COMMA = re.compile(r",\s*" + _SUBJECT_BEFORE_VERB)
_SUBORDINATE_OPENING = re.compile(r"\s*(?:While|Although|Though|Whereas)\b")
_NEW_SPEAKER_WINDOW = 60
_WORD_RUN = re.compile(r"\W*\w+")
_THAT_NEXT = re.compile(r"\s+that\b")
# One aside set off by commas between a verb and its "that": "noted, however, that" (not
# "denied, however, any role, that is, ...": a second comma ends the aside)
_ASIDE = re.compile(r",[^,;:.!?]+")
_ASIDE_THAT = re.compile(r",\s+that\b")
# ", would advance": the sentence resumes after a participle set off by commas
_RESUMED = re.compile(rf",\s+(?:{AUXILIARIES}|should|must|may|might)\b", re.IGNORECASE)
_FINITE = re.compile(rf"\b(?:{AUXILIARIES}|be|been|should|must|may|might|\w+ed)\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _addressee(words: FunctionWords) -> re.Pattern[str]:
    """Whom a statement is told: a listed word ("reporters", "him", "a news conference in
    Geneva") or a capitalised name ("Reuters", "the BBC", "Al Jazeera"), before the content."""
    return re.compile(
        rf"\s+(?:(?:(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?)?(?:{words_regex(words.addressees)})\b"
        r"(?:\s+in\s+[A-Z][\w-]*)?"
        r"|(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?![\w.&-]))"
    )


def after_addressee(words: FunctionWords, text: str, verb_end: int, end: int) -> int:
    """Where a told statement's content begins: past whom it was told ("told Reuters the
    road was open": "the road ..."); ``verb_end`` if no addressee opens ``text[verb_end:end]``."""
    told = _addressee(words).match(text, verb_end, end)
    if told is None or not any(c.isalnum() for c in text[told.end() : end]):
        return verb_end  # "The commander told them.": nothing follows whom it was told
    return told.end()


def has_stop(text: str) -> bool:
    """Whether ``text`` holds a sentence stop: "!", "?" or a full stop that does not end a
    title or an initial ("Maj. Gen. Igor Konashenkov" holds none)."""
    for stop in _STOPS.finditer(text):
        if stop.group() != "." or _ABBREVIATION.search(text, 0, stop.start()) is None:
            return True
    return False


def joined_verb(a: Article, start: int) -> re.Match[str] | None:
    """The joiner before the reporting verb at ``start`` (", saying", " and said"), or None."""
    return _JOINED.search(a.text, max(0, start - _JOIN_WINDOW), start)


def content_end(a: Article, start: int, end: int, after_that: bool = False) -> int:
    """The end of a statement's content ``text[start:end]``: before a second reporting verb
    joined to it ("Q, saying R", "Q, but said R", "Q and said R"), which is a statement of
    its own, or before a clause with a speaker of its own ("Q, and the sources confirmed R");
    ``end`` if there is none. A participle is cut so after a clause only (``after_that``, or
    holding a finite auxiliary), or when "that" follows it: in "announced his defection,
    saying R" R is what was announced, in "rejected the remarks, underlining that R" R is a
    second statement."""
    i = bisect.bisect_right(a.verb_starts, start)
    while i < len(a.verb_starts) and a.verb_starts[i] < end:
        v_start, v_end = a.verb_starts[i], a.verb_ends[i]
        i += 1
        if a.quote_at(v_start) >= 0:
            continue
        joined = joined_verb(a, v_start)
        if joined is None:
            new_speaker = _new_speaker(a, start, v_start, end)
            if new_speaker >= 0:
                return new_speaker
            continue
        if joined.start() <= start:
            continue
        if a.text[start : start + 1] in QUOTE_MARKS and joined.group()[1:2] in QUOTE_MARKS:
            continue  # "“Q,” explaining that R": the quotation is whole, R another statement's
        if a.text[v_start:v_end].casefold() == "according to" and "," in joined.group():
            return joined.start()  # "X said Q, according to state media": Q ends at the comma
        by_comma_only = "and" not in joined.group() and "but" not in joined.group()
        participle = is_participle(a.text[v_start:v_end])
        if by_comma_only and not participle:
            continue  # "Q, said the official": a speaker after the verb, not a new clause
        if after_that or _FINITE.search(a.text, start, joined.start()) is not None:
            # a clause ("the talks failed, adding ..."), not an object ("his defection")
            return joined.start()
        if (
            participle
            and _THAT_NEXT.match(a.text, v_end)
            and not _RESUMED.search(a.text, v_end, end)
        ):
            # "rejected the remarks, underlining that R": a clause of its own after the object
            # (but "said the army, noting that it was tired, would advance" is one statement)
            return joined.start()
        if not by_comma_only and not participle and not _opens_with_pronoun(a, start):
            # "praised the steps, but said R", "announced the council and said R": a verb
            # after an object is a second statement ("said it rejects A and pledged B" is one)
            return joined.start()
        return end
    return end


def _new_speaker(a: Article, start: int, v_start: int, end: int) -> int:
    """Where a clause with a speaker of its own begins before the verb at ``v_start``
    (", and the sources confirmed"; after a sentence opened by "While" or "Although", a
    comma is enough: "While it has expressed support for talks, the council reiterated"),
    or -1."""
    lo = max(start, v_start - _NEW_SPEAKER_WINDOW)
    found = _NEW_SPEAKER.search(a.text, lo, v_start)
    if found is None:
        k = bisect.bisect_right(a.sent_starts, start) - 1
        if k >= 0 and _SUBORDINATE_OPENING.match(a.text, a.sent_starts[k], start):
            found = _NEW_SPEAKER_AFTER_COMMA.search(a.text, lo, v_start)
    if found is None and _carried_by(a, lo, v_start, end):
        found = _NEW_SPEAKER_AFTER_COMMA.search(a.text, lo, v_start)
    if found is None or _FINITE.search(a.text, *found.span("subject")):
        return -1
    return found.start()


def _carried_by(a: Article, lo: int, v_start: int, end: int) -> bool:
    """Whether the verb at ``v_start`` ends its sentence after a comma and a short speaker,
    with only a trailing tail after it ("X reiterated Q, SANA reported."): the medium that
    carried the statement, not part of its content."""
    if a.text.find(",", lo, v_start) < 0:
        return False
    v_end = a.verb_ends[bisect.bisect_left(a.verb_starts, v_start)]
    tail_end = end
    while tail_end > v_end and a.text[tail_end - 1] in ".!?”’\"') ":
        tail_end -= 1
    return is_trailing_tail(a.text, v_end, tail_end, "")


def _opens_with_pronoun(a: Article, start: int) -> bool:
    """Whether the content at ``start`` opens with a subject pronoun ("it rejects ...")."""
    first = _WORD_RUN.match(a.text, start)
    return first is not None and first.group().strip().casefold() in a.words.subject_pronouns


def that_end(text: str, start: int = 0, end: int | None = None) -> int:
    r"""End of a " that" opening within a few words after ``start`` in ``text[start:end]``,
    or -1; the words may also be one aside set off by commas ("noted, however, that").

    The same match as ``(?:\W*\w+){0,6}?\s+that\b``, or the aside's
    ``,[^,;:.!?]+,\s+that\b``, stepping one word at a time instead of backtracking through
    every way to split the words.
    """
    if end is None:
        end = len(text)
    if text.find("that", start, end) < 0:
        return -1
    pos = start
    for _ in range(NEAR_WORDS + 1):
        that = _THAT_NEXT.match(text, pos, end)
        if that is None and pos > start and _ASIDE.fullmatch(text, start, pos):
            that = _ASIDE_THAT.match(text, pos, end)  # "noted, however, that ..."
        if that:
            return that.end()
        run = _WORD_RUN.match(text, pos, end)
        if run is None:
            return -1
        pos = run.end()
    return -1


# "said in a statement carried by the state news agency that ...": the "that" after the
# medium, however long, with no comma or stop before it but one right before the "that"
# ("said in a statement, that ...")
_MEDIUM_THEN_THAT = re.compile(
    r"\s+(?:in|during)\s+(?:a|an|its|his|her|their)\s[^,;:.!?“”\"]{0,160}?,?\s+that\b"
)


@lru_cache(maxsize=8)
def _clause_word(words: FunctionWords) -> re.Pattern[str]:
    """A subject pronoun or a finite auxiliary: between a verb and a "that", it shows the
    "that" is inside a clause of the content."""
    pronouns = words_regex(words.subject_pronouns)
    return re.compile(rf"\b(?:{pronouns}|{AUXILIARIES})\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _clause_after(words: FunctionWords) -> re.Pattern[str]:
    """A clause after a verb, so no speaker written after it: "..., said that the city was
    calm", "..., said the city was calm", "..., said it rejects the deal"."""
    pronouns = words_regex(words.subject_pronouns)
    return re.compile(
        rf"\s+(?:that\b|(?i:{pronouns})\s+[a-z]"
        r"|.*\b(?:is|are|was|were|has|have|had|will|would)\b)"
    )


@lru_cache(maxsize=8)
def _bare_clause(words: FunctionWords) -> re.Pattern[str]:
    """A clause with no "that" right after a verb: a subject pronoun and a finite or past verb
    ("reported they were treating"), or up to five words and a finite auxiliary, no
    preposition first (but "at least") and no relative pronoun, subordinating word or time
    word between ("reported four people were killed"; not "reported from Beirut", "reported
    it to the UN", "reported the deaths of ten people who were")."""
    pronouns = words_regex(words.subject_pronouns)
    prepositions = words_regex(words.prepositions)
    stops = words_regex((*words.clause_openers, *words.subordinators, *words.time_words))
    word = rf"(?!(?i:{stops})\b)[\w'’-]+[^\S\n]+"
    return re.compile(
        # a day the verb is dated to may come first: "reported today the army was shelling"
        rf"(?:[^\S\n]+(?i:today|yesterday|tonight|(?:on[^\S\n]+)?{DAY}))?"
        rf"[^\S\n]+(?:(?i:{pronouns})[^\S\n]+(?:(?:{AUXILIARIES})\b|[a-z]+(?:ed|s)\b)"
        rf"|(?!(?:{prepositions})\b(?!\s+least\b))(?:{word}){{1,5}}(?:{AUXILIARIES})\b)"
    )


def reports_a_clause(words: FunctionWords, text: str, start: int, end: int) -> bool:
    """Whether a clause follows the verb ending at ``start`` without a "that", so a verb that
    needs one ("reported") reports speech all the same."""
    return _bare_clause(words).match(text, start, end) is not None


def opens_clause(words: FunctionWords, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, right after a verb, is a clause and so no speaker written
    after the verb ("..., said it rejects the deal")."""
    return _clause_after(words).match(text, start, end) is not None


def statement_that(a: Article, verb_end: int, end: int, object_first: bool = False) -> int:
    """End of the "that" opening a statement's content after the verb ending at
    ``verb_end`` ("said the road was open", "said in a statement carried by SANA that ..."),
    or -1; never one past another reporting verb ("said Q and added that R"), and for a
    verb whose object comes first (``object_first``), only a "that" right after it."""
    if object_first:  # "condemned the attack that killed ten": only "condemned that ..."
        right_after = _THAT_NEXT.match(a.text, verb_end, end)
        return right_after.end() if right_after else -1
    that = that_end(a.text, verb_end, end)
    if that >= 0 and _clause_word(a.words).search(a.text, verb_end, that):
        that = -1  # "said it had received reports that ...": the content starts at "it"
    if that < 0:
        medium = _MEDIUM_THEN_THAT.match(a.text, verb_end, end)
        that = medium.end() if medium else -1
    i = bisect.bisect_right(a.verb_starts, verb_end)
    if that >= 0 and i < len(a.verb_starts) and a.verb_starts[i] < that:
        return -1
    return that


def names_no_speaker(text: str, sent_start: int, v_start: int, v_end: int) -> bool:
    """Whether the reporting verb ``text[v_start:v_end]`` is passive or conditional ("If
    confirmed, ...", "was denied", "a demand rejected by Russia"), so names no speaker
    before it ("activists are saying that ..." and "confirmed by telephone that" are active)."""
    form = text[v_start:v_end].lower()
    if is_participle(form):
        return False
    if _NO_SPEAKER_BEFORE.search(text, max(sent_start, v_start - 12), v_start):
        return True
    return form.endswith("ed") and _PASSIVE_BY.match(text, v_end) is not None


def after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` past a wire dateline that opens it ("DAMASCUS (Reuters) - ...")."""
    dateline = _DATELINE.match(text, start, end)
    return (dateline.end(), end) if dateline else (start, end)


def is_trailing_tail(text: str, verb_end: int, end: int, verb: str) -> bool:
    """Whether ``text[verb_end:end]`` may follow a trailing speaker's verb (``verb``, the
    lexicon's name for it): a time, a place, a medium, a condition, or whom it was told,
    then perhaps a participle (", citing army sources", ", without giving details")."""
    comma = text.find(",", verb_end, end)
    if comma >= 0 and (
        _PARTICIPLE_AFTER.match(text, comma, end) or _SUBORDINATE_AFTER.match(text, comma, end)
    ):
        end = comma  # "..., X said Tuesday, citing army sources.", "..., X said, as ..."
    citing = CITING.search(text, verb_end, end)
    if citing is not None and "," not in text[verb_end : citing.start()]:
        end = citing.start()  # "..., X reported citing activists."
    if end <= verb_end or TRAILING_TAIL.fullmatch(text, verb_end, end) is not None:
        return True
    return verb == "tell" and _TOLD_TAIL.fullmatch(text, verb_end, end) is not None
