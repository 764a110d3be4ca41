"""Finding reporting verbs: the matchers built from the lexicon, excluded phrases
("claimed the lives of") and noun uses ("the regime's claims")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsframes.lexicons.reporting_verbs import ReportingVerbs
from newsframes.lexicons.schema import normalise
from newsframes.text.matching import TermMatcher, trie_regex

# What an excluded or anonymity phrase may be made of, and a character none can match.
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-")
_BOUNDARY = re.compile(r"[^\w\s'’\-‐]")
_LAST_BOUNDARY = re.compile(r".*[^\w\s'’\-‐]", re.DOTALL)
# How far (characters) a boundary is first looked for, before every one in the text is found.
_NEAR = 200


@dataclass(frozen=True, eq=False)
class VerbMatchers:
    """What the analyser compiles from a reporting-verb lexicon, once per lexicon."""

    lexicon: ReportingVerbs
    verbs: TermMatcher  # every verb form -> its verb's name
    exclude: TermMatcher | None
    anonymity: TermMatcher | None
    self_naming: tuple[tuple[re.Pattern[str], str], ...]  # phrase pattern, speaker class
    # The plain words of each self-naming phrase, lower case, longest first (none if none
    # will do): a text without one of them cannot contain the phrase, so the phrase's
    # pattern need not be searched there.
    naming_words: tuple[tuple[str, ...], ...]
    # Whether every excluded and anonymity phrase is made of ASCII letters, digits, spaces,
    # apostrophes and hyphens only, so that it can be looked for between punctuation marks.
    local_phrases: bool
    # Verb form (folded) -> what must follow it for it to be inside an excluded phrase
    # (None: a phrase ends with it). Forms not listed are in no excluded phrase. None
    # where the phrases are not local: then every verb is checked.
    exclusion_tails: dict[str, re.Pattern[str] | None] | None


@lru_cache(maxsize=8)
def verb_matchers(lexicon: ReportingVerbs) -> VerbMatchers:
    """The matchers of ``lexicon``, built once per lexicon object (the loader returns the
    same object until the file changes)."""
    terms: dict[str, Hashable] = {f: e.verb for e in lexicon.verbs.values() for f in e.forms}
    exclude, anonymity = list(lexicon.exclude), list(lexicon.anonymity)
    local = all(map(_is_local, exclude + anonymity))
    naming = []
    naming_words = []
    for entry in lexicon.self_naming:
        phrase = r"\s+".join(re.escape(w) for w in entry.phrase.split())
        naming.append((re.compile(r"\b" + phrase + r"\b", re.IGNORECASE), entry.speaker_class))
        plain = [w for w in entry.phrase.split() if w.isascii() and w.isalpha()]
        naming_words.append(tuple(sorted({w.lower() for w in plain}, key=len, reverse=True)))
    return VerbMatchers(
        lexicon=lexicon,
        verbs=TermMatcher(terms),
        exclude=TermMatcher({p: p for p in exclude}) if exclude else None,
        anonymity=TermMatcher({p: p for p in anonymity}) if anonymity else None,
        self_naming=tuple(naming),
        naming_words=tuple(naming_words),
        local_phrases=local,
        exclusion_tails=_exclusion_tails(terms, exclude) if local else None,
    )


def _exclusion_tails(forms: Iterable[str], exclude: list[str]) -> dict[str, re.Pattern[str] | None]:
    """For each verb form that occurs in an excluded phrase, a pattern for the rest of the
    phrase after it (None if a phrase ends with the form): a quick test before the search."""
    phrases = [normalise(p).casefold() for p in exclude]
    tails: dict[str, re.Pattern[str] | None] = {}
    for form in {normalise(f).casefold() for f in forms}:
        after: list[str] = []
        for phrase in phrases:
            at = phrase.find(form)
            while at >= 0:
                after.append(phrase[at + len(form) :])
                at = phrase.find(form, at + 1)
        if not after:
            continue
        tails[form] = None if "" in after else re.compile(trie_regex(after), re.IGNORECASE)
    return tails


def _is_local(phrase: str) -> bool:
    """Whether ``phrase`` can only match text without a ``_BOUNDARY`` character."""
    return all(c in _LOCAL_CHARS for c in normalise(phrase))


def local_matches(matcher: TermMatcher, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``matcher.find(text)`` would give around ``text[start:end]`` (see ``_is_local``).

    Only the stretch between the last ``_BOUNDARY`` before ``start`` and the first one
    from ``end`` on is searched: no phrase spans such a character, and as it is no word
    character either, the whole-word checks at the stretch's ends come out the same.
    """
    before = _LAST_BOUNDARY.match(text, 0, start)
    after = _BOUNDARY.search(text, end)
    lo = before.end() if before else 0
    hi = after.start() if after else len(text)
    return _stretch_matches(matcher, text, lo, hi)


def _stretch_matches(matcher: TermMatcher, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + s, lo + e) for s, e, _surface, _key in matcher.find_tuples(text[lo:hi])]


class PhraseSpans:
    """Where one list of phrases (excluded, anonymity) occurs in one text. Local phrases are
    looked for in the stretch between punctuation marks around the place asked about, each
    stretch once; others once in the whole text."""

    __slots__ = ("_boundaries", "_local", "_matcher", "_stretches", "_text", "_whole")

    def __init__(self, matcher: TermMatcher | None, text: str, local: bool):
        self._matcher = matcher
        self._text = text
        self._local = local
        self._whole: tuple[list[int], list[int]] | None = None
        self._boundaries: list[int] | None = None  # where each _BOUNDARY character stands
        self._stretches: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def _around(self, matcher: TermMatcher, start: int, end: int) -> tuple[list[int], list[int]]:
        """Starts and ends of the phrases found around ``text[start:end]``, in text order."""
        text = self._text
        if not self._local:
            if self._whole is None:
                self._whole = _starts_and_ends(_stretch_matches(matcher, text, 0, len(text)))
            return self._whole
        stretch = (self._stretch_start(start), self._stretch_end(end))
        found = self._stretches.get(stretch)
        if found is None:
            found = self._stretches[stretch] = _starts_and_ends(
                _stretch_matches(matcher, text, *stretch)
            )
        return found

    def _stretch_start(self, start: int) -> int:
        """Just after the last ``_BOUNDARY`` before ``start`` (0 if none)."""
        near = _LAST_BOUNDARY.match(self._text, max(0, start - _NEAR), start)
        if near is not None:  # ordinary text: a punctuation mark close by
            return near.end()
        marks = self._marks()
        i = bisect.bisect_left(marks, start)
        return marks[i - 1] + 1 if i else 0

    def _stretch_end(self, end: int) -> int:
        """The first ``_BOUNDARY`` from ``end`` on (the text's length if none)."""
        near = _BOUNDARY.search(self._text, end, end + _NEAR)
        if near is not None:
            return near.start()
        marks = self._marks()
        j = bisect.bisect_left(marks, end)
        return marks[j] if j < len(marks) else len(self._text)

    def _marks(self) -> list[int]:
        """Where every ``_BOUNDARY`` character stands, found once per text."""
        if self._boundaries is None:
            self._boundaries = [m.start() for m in _BOUNDARY.finditer(self._text)]
        return self._boundaries

    def cover(self, start: int, end: int) -> bool:
        """Whether a phrase contains ``text[start:end]``."""
        if self._matcher is None:
            return False
        starts, ends = self._around(self._matcher, start, end)
        # phrases do not overlap: only the last one starting at or before ``start`` can
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ends[i]

    def within(self, start: int, end: int) -> bool:
        """Whether a phrase lies inside ``text[start:end]``."""
        if self._matcher is None:
            return False
        starts, ends = self._around(self._matcher, start, end)
        # phrases do not overlap: the first one starting at or after ``start`` ends first
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and ends[i] <= end


def _starts_and_ends(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    return [s for s, _ in spans], [e for _, e in spans]


def may_be_excluded(matchers: VerbMatchers, text: str, surface: str, end: int) -> bool:
    """False where the verb form ``surface`` (ending at ``end``) is in no excluded phrase,
    or what follows it is not the rest of one: a quick test before looking for the phrases."""
    if matchers.exclusion_tails is None:
        return True
    form = form_key(surface)
    if form not in matchers.exclusion_tails:
        return False
    tail = matchers.exclusion_tails[form]
    return tail is None or tail.match(text, end) is not None


def verb_matches(matchers: VerbMatchers, text: str) -> list[tuple[int, int, str, Hashable]]:
    """The reporting-verb forms of ``text`` used as verbs: ``(start, end, surface, key)``
    in text order, less nouns ("the regime's claims") and name words ("Khaled Said")."""
    markers = matchers.lexicon.noun_markers
    prepositions = matchers.lexicon.preposition_markers
    found = [
        m
        for m in matchers.verbs.find_tuples(text)
        if not is_noun_use(text, m[0], markers)
        and not (prepositions and _after_a_preposition(text, m[0], m[2], prepositions))
    ]
    objects_after = matchers.lexicon.phrase_objects_after
    return without_name_words(_without_objects_of_phrases(found, text, objects_after), text)


def _without_objects_of_phrases(
    found: list[tuple[int, int, str, Hashable]], text: str, objects_after: frozenset[str]
) -> list[tuple[int, int, str, Hashable]]:
    """``found`` less a form right after a phrase that ends in one of ``objects_after``: in
    "according to reports" the form is the phrase's object, the source, not a verb."""
    kept: list[tuple[int, int, str, Hashable]] = []
    for match in found:
        before = kept[-1] if kept else None
        if (
            before is not None
            and " " in before[2]
            and before[2].split()[-1].casefold() in objects_after
            and not text[before[1] : match[0]].strip()
        ):
            continue
        kept.append(match)
    return kept


def is_participle(form: str) -> bool:
    """Whether a verb form is a present participle: its first word ends in -ing ("saying",
    "pointing out", "calling for")."""
    first = form.split(maxsplit=1)
    return bool(first) and first[0].casefold().endswith("ing")


def _after_a_preposition(text: str, start: int, surface: str, prepositions: frozenset[str]) -> bool:
    """Whether the form at ``start`` (not one in -ing: "by saying" reports) follows one of
    ``prepositions`` and so is a noun or an adjective ("over alleged links", "of claims")."""
    if is_participle(surface):
        return False
    words = text[max(0, start - 12) : start].split()
    return bool(words) and words[-1].casefold() in prepositions


def without_name_words(
    found: list[tuple[int, int, str, Hashable]], text: str
) -> list[tuple[int, int, str, Hashable]]:
    """``found`` (verb matches in text order) less a capitalised form that is a name word
    right before another verb form ("Khaled Said said", "Edward Said wrote")."""
    kept = []
    for i, match in enumerate(found):
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            after is not None
            and match[2][:1].isupper()
            and after[2][:1].islower()
            and not text[match[1] : after[0]].strip()
        ):
            continue
        kept.append(match)
    return kept


_PLURAL_FORM = re.compile(r"[a-z]+s\b")
_PAST_BEFORE = re.compile(r"[a-z]+ed$")


def is_noun_use(text: str, start: int, noun_markers: frozenset[str]) -> bool:
    """Whether the verb form at ``start`` is a noun: after a possessive or a determiner
    ("the regime's claims"), a plural right after a verb in the past ("denied claims
    that ...", "dismissed reports of ..."), or the end of a hyphenated word ("a
    well-documented case", "the self-declared caliphate")."""
    if start and text[start - 1] in "-‐":
        return True
    before = text[max(0, start - 30) : start].rstrip()
    if before.endswith(("'s", "’s")):
        return True
    words = before.split()
    if not words:
        return False
    if _PLURAL_FORM.match(text, start) and _PAST_BEFORE.search(words[-1]):
        return True
    return words[-1].casefold().replace("’", "'") in noun_markers


@lru_cache(maxsize=1024)
def form_key(surface: str) -> str:
    """The verb form a reporting-verb match stands for (as the matcher keys it)."""
    return normalise(surface).casefold()
