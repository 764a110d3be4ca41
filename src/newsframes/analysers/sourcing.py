"""Who is given a voice: attributed statements, their speakers and the reporting verbs chosen.

Rule-based (regular expressions over sentences, no parser model), driven by
``data/lexicons/reporting_verbs.yml``. One row per attributed statement:

- direct:       “Q,” said X / “Q,” X said / X said: “Q” / X told Y that “Q”
                (a quotation that opens within six words after the verb).
- indirect:     X said (that) ... / X claimed more than ... / ..., X said. /
                Men, he claimed, preached ...
- according_to: ..., according to X / According to X, ...
- floating:     a quotation that begins a sentence and has no verb of its own,
                in the paragraph of an attributed statement or the next one;
                it inherits that statement's speaker.

Reporting verbs inside quotation marks belong to the quoted speech and are not
attributions. Pronouns and "the man" / "the 21-year-old" are resolved to the
most recent earlier speaker or first-named person of a sentence (outside
quotations). A name given with "who called himself" is a pseudonym, also when
used again later. Unnamed descriptions ("an FSA source", "one intelligence
official") are anonymous; a later definite one ("the FSA source") is taken to
be the last anonymous source.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.actors import load_actors
from newsframes.analysers.parse import Columns, Parse, columns_of, from_frames
from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import lexicon_path, read_yaml
from newsframes.lexicons.schema import (
    check_choice,
    check_entry,
    claim_forms,
    normalise,
    require_list,
)
from newsframes.text.matching import Match, TermMatcher, trie_regex
from newsframes.text.segmentation import WORD

QUOTE_COLUMNS = [
    "start",
    "end",
    "sent_id",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_class",
    "speaker_ref",
    "referent_class",
    "speaker_actor_id",
    "speaker_side",
    "verb",
    "verb_class",
    "verb_start",
    "verb_end",
    "quoted_words",
    "content_words",
]
SPEAKER_CLASSES = (
    "named_person",
    "institution",
    "anonymous",
    "pseudonym",
    "pronoun_resolved",
    "unattributed",
)
_INT_COLUMNS = frozenset({"start", "end", "sent_id", "quoted_words", "content_words"})
_NULLABLE_INT_COLUMNS = ("speaker_start", "speaker_end", "verb_start", "verb_end")
_NEAR_WORDS = 6  # a quotation this close to the verb is its content
_MAX_SPEAKER_WORDS = 8
_STOP = re.compile(r"[.!?]")
_CLAUSE_CUT = re.compile(
    r"\s(?:who|whom|whose|which|that|claiming|saying|speaking|giving|calling)\b", re.IGNORECASE
)
_FINITE = re.compile(
    r"\s(?:were|was|is|are|had|has|have|will|would|could|can|did|does|do)\b", re.IGNORECASE
)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|again|further|previously|earlier|would|will|did|"
    r"once|repeatedly))+\s*$",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|so|then|however|also|firstly|secondly|thirdly|finally|meanwhile|yet)\b[\s,]*)+",
    re.IGNORECASE,
)
_PREPOSITION_CUT = re.compile(r"\s(?:in|on|from|by|during|via|at|with|after|before)\s")
_AGE_DESCRIPTION = re.compile(r"^the\s+\d+-year-old$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
_CAPITALISED = re.compile(r"^(?:[A-Z][\w’'.-]*)(?:\s+(?:al-|bin|ibn|de|van)?[A-Z][\w’'.-]*){0,3}$")
_QUOTE_MARKS = '"“”'
_CUT_MARK = re.compile(r"[,;:–—]")
_SEGMENT_SKIP = re.compile(
    r"(?:who|whom|whose|which|where|speaking|giving|having|while|as)\b", re.IGNORECASE
)
_TRAILING_AND = re.compile(r"\s+and\s*$")
_SPEAKER_STOP = re.compile(r"[,.;:!?(\[]|\s[–—]\s")
_THE = re.compile(r"^the\s+")
_THE_ANY_CASE = re.compile(r"^the\s+", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which)\b")
_WORD_RUN = re.compile(r"\W*\w+")
_THAT_NEXT = re.compile(r"\s+that\b")
_QUOTE_END_OK = ",?!—–-…"
# What an excluded or anonymity phrase may be made of, and a character none can match.
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-")
_BOUNDARY = re.compile(r"[^\w\s'’\-‐]")
_LAST_BOUNDARY = re.compile(r".*[^\w\s'’\-‐]", re.DOTALL)
_ODD_FOLDS = "\u0130\u0131\u017f"  # İ ı ſ: re.IGNORECASE folds them onto i and s


@dataclass(frozen=True)
class VerbEntry:
    """One reporting verb: its name, forms, epistemic class and whether it needs "that"."""

    verb: str
    forms: tuple[str, ...]
    verb_class: str
    needs_that: bool


@dataclass(frozen=True)
class SourcingLexicon:
    """The validated reporting-verb lexicon with its compiled matchers."""

    path: Path
    verbs: dict[str, VerbEntry]
    classes: dict[str, str]
    matcher: TermMatcher
    exclude: TermMatcher | None
    anonymity: TermMatcher | None
    noun_markers: frozenset[str]
    anonymous_heads: frozenset[str]
    self_naming: tuple[tuple[re.Pattern[str], str], ...]
    pronouns: frozenset[str]
    # One word of each self-naming phrase, lower case ("" if none will do): a text without
    # it cannot contain the phrase, so the phrase's pattern need not be searched there.
    naming_words: tuple[str, ...] = ()
    # Whether every excluded and anonymity phrase is made of ASCII letters, digits, spaces,
    # apostrophes and hyphens only, so that it can be looked for between punctuation marks.
    local_phrases: bool = False
    # Verb form (folded) -> what must follow it for it to be inside an excluded phrase
    # (None: a phrase ends with it). Forms not listed are in no excluded phrase. None
    # where the phrases are not local: then every verb is checked.
    exclusion_tails: dict[str, re.Pattern[str] | None] | None = None


def _phrases(
    path: Path, doc: dict[str, Any], key: str, problems: list[Problem], required: bool = True
) -> list[str]:
    value = doc.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        problems.append(Problem(path.name, key, "missing or not a list", f"add a `{key}:` list"))
        return []
    good = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem(path.name, f"{key}[{i}]", "empty or not text", "remove it"))
        else:
            good.append(item)
    return good


def _parse(path: Path) -> SourcingLexicon:
    doc = read_yaml(path)
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise LexiconError([Problem(path.name, "(file)", "not a mapping", "see the file header")])
    classes = doc.get("classes")
    if not isinstance(classes, dict) or not classes:
        problems.append(Problem(path.name, "classes", "missing or not a mapping", "add `classes:`"))
        classes = {}
    verbs: dict[str, VerbEntry] = {}
    owner: dict[str, str] = {}
    for i, item in enumerate(require_list(path, doc, "verbs")):
        name = str(item.get("verb")) if isinstance(item, dict) else ""
        where = f"verbs[{i}]" + (f" ({name})" if name != "None" else "")
        found = check_entry(
            path,
            where,
            item,
            {"verb": str, "forms": list, "class": str},
            {"needs_that": bool},
        )
        problems += found
        if found:
            continue
        if name in verbs:
            problems.append(Problem(path.name, where, f"verb {name!r} twice", "merge the entries"))
        problems += check_choice(path, where, "class", item["class"], classes)
        forms, found = claim_forms(path, where, name, item["forms"], owner, "verb")
        problems += found
        verbs[name] = VerbEntry(name, tuple(forms), item["class"], bool(item.get("needs_that")))
    exclude = _phrases(path, doc, "exclude", problems, required=False)
    anonymity = _phrases(path, doc, "anonymity", problems)
    heads = _phrases(path, doc, "anonymous_heads", problems)
    markers = _phrases(path, doc, "noun_markers", problems)
    pronouns = _phrases(path, doc, "pronouns", problems)
    naming: list[tuple[re.Pattern[str], str]] = []
    naming_words: list[str] = []
    for i, item in enumerate(doc.get("self_naming") or []):
        where = f"self_naming[{i}]"
        found = check_entry(path, where, item, {"phrase": str, "class": str})
        problems += found
        if found:
            continue
        if item["class"] not in ("pseudonym", "named_person"):
            problems.append(
                Problem(
                    path.name,
                    f"{where}.class",
                    f"unknown class {item['class']!r}",
                    "use pseudonym or named_person",
                )
            )
        phrase = r"\s+".join(re.escape(w) for w in item["phrase"].split())
        naming.append((re.compile(r"\b" + phrase + r"\b", re.IGNORECASE), item["class"]))
        plain = [w for w in item["phrase"].split() if w.isascii() and w.isalpha()]
        naming_words.append(max(plain, key=len).lower() if plain else "")
    if problems:
        raise LexiconError(problems)
    terms: dict[str, Hashable] = {f: e.verb for e in verbs.values() for f in e.forms}
    local = all(map(_is_local, exclude + anonymity))
    return SourcingLexicon(
        path=path,
        verbs=verbs,
        classes={str(k): str(v) for k, v in classes.items()},
        matcher=TermMatcher(terms),
        exclude=TermMatcher({p: p for p in exclude}) if exclude else None,
        anonymity=TermMatcher({p: p for p in anonymity}) if anonymity else None,
        noun_markers=frozenset(m.casefold().replace("’", "'") for m in markers),
        anonymous_heads=frozenset(h.casefold() for h in heads),
        self_naming=tuple(naming),
        pronouns=frozenset(normalise(p).casefold() for p in pronouns),
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


@lru_cache(maxsize=16)
def load_reporting_verbs(path: str | os.PathLike[str] | None = None) -> SourcingLexicon:
    """Read and validate ``reporting_verbs.yml`` (or ``path``), cached per path.

    After editing the file in a running session call ``load_reporting_verbs.cache_clear()``.
    """
    return _parse(lexicon_path("reporting_verbs", path))


# ----------------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Referent:
    """Who a statement is finally attributed to."""

    ref: str | None
    cls: str
    actor_id: Any = None
    side: Any = None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class _Statement:
    start: int
    end: int
    sent: int
    para: int
    kind: str
    speaker: str | None
    speaker_start: int
    speaker_end: int
    speaker_class: str
    who: _Referent
    verb: str | None
    verb_class: str | None
    verb_start: int
    verb_end: int


@dataclass(slots=True)
class _Article:
    """Everything computed once per text and shared by the rules."""

    text: str
    lex: SourcingLexicon
    sents: list[tuple[int, int, int, int]]  # sent_id, para_id, start, end
    quotes: list[tuple[int, int]]
    mentions: list[tuple[int, int, str, Any, Any, Any]]  # start, end, surface, id, type, side
    paras: dict[int, tuple[int, int]]  # para_id -> start, end
    anonymity: list[tuple[int, int]] | None = None  # whole-text spans, where not local_phrases
    excluded: list[tuple[int, int]] | None = None  # likewise
    marked: dict[int, bool] = field(default_factory=dict)  # sentence start -> anonymity phrase?
    quote_starts: list[int] = field(default_factory=list)
    quote_ends: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)
    statements: list[_Statement] = field(default_factory=list)
    pseudonyms: dict[str, str] = field(default_factory=dict)  # name (folded) -> class
    person_anchors: list[tuple[int, int, str, Any, Any, Any]] = field(default_factory=list)

    def quote_at(self, pos: int) -> int:
        """Index of the quotation containing ``pos``, or -1."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i if i >= 0 and pos < self.quotes[i][1] else -1


def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None where ``re.IGNORECASE`` could match a letter that
    ``str.lower`` does not give (dotted and dotless i, long s) or lengths would differ."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _ODD_FOLDS):
        return None
    return low


def _local_matches(matcher: TermMatcher, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``matcher.find(text)`` would give around ``text[start:end]`` (see ``_is_local``).

    Only the stretch between the last ``_BOUNDARY`` before ``start`` and the first one
    from ``end`` on is searched: no phrase spans such a character, and as it is no word
    character either, the whole-word checks at the stretch's ends come out the same.
    """
    before = _LAST_BOUNDARY.match(text, 0, start)
    after = _BOUNDARY.search(text, end)
    lo = before.end() if before else 0
    hi = after.start() if after else len(text)
    return [(lo + m.start, lo + m.end) for m in matcher.find(text[lo:hi])]


def _may_be_excluded(lex: SourcingLexicon, text: str, match: Match) -> bool:
    """False where the verb form is in no excluded phrase, or what follows it is not
    the rest of one: a quick test before ``_excluded``."""
    if lex.exclusion_tails is None:
        return True
    form = _form_key(match.surface)
    if form not in lex.exclusion_tails:
        return False
    tail = lex.exclusion_tails[form]
    return tail is None or tail.match(text, match.end) is not None


def _excluded(a: _Article, start: int, end: int) -> bool:
    """Whether the verb at ``text[start:end]`` lies inside an excluded phrase."""
    matcher = a.lex.exclude
    if matcher is None:
        return False
    if a.lex.local_phrases:
        spans = _local_matches(matcher, a.text, start, end)
    else:
        if a.excluded is None:
            a.excluded = [(m.start, m.end) for m in matcher.find(a.text)]
        spans = a.excluded
    return any(s <= start and end <= e for s, e in spans)


def _marked(a: _Article, start: int, end: int) -> bool:
    """Whether an anonymity phrase ("on condition of anonymity") lies in ``text[start:end]``."""
    matcher = a.lex.anonymity
    if matcher is None:
        return False
    found = a.marked.get(start)
    if found is None:
        if a.lex.local_phrases:
            spans = _local_matches(matcher, a.text, start, end)
        else:
            if a.anonymity is None:
                a.anonymity = [(m.start, m.end) for m in matcher.find(a.text)]
            spans = a.anonymity
        found = a.marked[start] = any(start <= s and e <= end for s, e in spans)
    return found


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _that_end(after: str) -> int:
    r"""End of a " that" opening within a few words of ``after``'s start, or -1.

    The same match as ``(?:\W*\w+){0,6}?\s+that\b``, stepping one word at a time
    instead of backtracking through every way to split the words.
    """
    if "that" not in after:
        return -1
    pos = 0
    for _ in range(_NEAR_WORDS + 1):
        that = _THAT_NEXT.match(after, pos)
        if that:
            return that.end()
        run = _WORD_RUN.match(after, pos)
        if run is None:
            return -1
        pos = run.end()
    return -1


def _strip_span(
    text: str, start: int, end: int, chars: str = " \t\n\u00a0,;:–—"
) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _is_noun_use(a: _Article, start: int) -> bool:
    before = a.text[max(0, start - 30) : start].rstrip()
    if before.endswith(("'s", "’s")):
        return True
    words = before.split()
    return bool(words) and words[-1].casefold().replace("’", "'") in a.lex.noun_markers


def _quote_ends_attribution(a: _Article, q: int) -> bool:
    """A quotation that an attribution may follow ends in a comma, ?, ! or dash."""
    start, end = a.quotes[q]
    inner = a.text[start:end].rstrip(_QUOTE_MARKS + " ")
    after = a.text[end : end + 1]
    return bool(inner) and (inner[-1] in _QUOTE_END_OK or after == ",")


def _subject_before(a: _Article, sent_start: int, verb_start: int) -> tuple[int, int, int]:
    """The speaker phrase before a verb: ``(start, end, region_start)``; empty if none."""
    text = a.text
    region = text[sent_start:verb_start]
    aux = _TRAILING_AUX.search(region)
    if aux:
        region = region[: aux.start()]
    cuts = [m.end() for m in _CUT_MARK.finditer(region)]
    bounds = [0, *cuts, len(region)]
    for k in range(len(bounds) - 2, -1, -1):
        s, e = bounds[k], bounds[k + 1]
        seg = region[s:e].rstrip(",;:–— ")
        lead = _LEADING_FILLER.match(seg.lstrip())
        offset = len(seg) - len(seg.lstrip()) + (lead.end() if lead else 0)
        seg_text = seg[offset:]
        if not seg_text.strip() or _SEGMENT_SKIP.match(seg_text):
            continue
        seg_text = _TRAILING_AND.sub("", seg_text)
        cut = _CLAUSE_CUT.search(seg_text)
        if cut:
            seg_text = seg_text[: cut.start()]
        if _words(seg_text) > _MAX_SPEAKER_WORDS:
            finite = _FINITE.search(seg_text)
            if finite:
                seg_text = seg_text[: finite.start()]
        begin = sent_start + s + offset
        sp_start, sp_end = _strip_span(text, begin, begin + len(seg_text))
        return sp_start, sp_end, begin
    return verb_start, verb_start, verb_start


def _speaker_after(
    a: _Article, verb_end: int, sent_end: int, cut_preposition: bool = True
) -> tuple[int, int]:
    """The speaker phrase after a verb ("said one intelligence official, ...")."""
    text = a.text
    stop = _SPEAKER_STOP.search(text[verb_end:sent_end])
    end = verb_end + (stop.start() if stop else sent_end - verb_end)
    prep = _PREPOSITION_CUT.search(text[verb_end:end]) if cut_preposition else None
    if prep:
        end = verb_end + prep.start()
    return _strip_span(text, verb_end, end, " \t\n\u00a0" + _QUOTE_MARKS)


def _mentions_in(a: _Article, start: int, end: int) -> list[tuple[int, int, str, Any, Any, Any]]:
    lo = bisect.bisect_left(a.mention_starts, start)
    hi = bisect.bisect_right(a.mention_starts, end, lo)
    return [m for m in a.mentions[lo:hi] if m[1] <= end]


def _last_anonymous(a: _Article) -> _Referent | None:
    for st in reversed(a.statements):
        if st.who.cls == "anonymous" and st.kind != "floating":
            return st.who
    return None


def _antecedent(a: _Article, before: int) -> _Referent:
    """The most recent earlier speaker, or first-named person of an earlier sentence."""
    best: tuple[int, _Referent] | None = None
    for st in reversed(a.statements):
        if st.verb_start < before and st.who.cls != "unattributed":
            best = (st.verb_start, st.who)
            break
    for m in reversed(a.person_anchors):
        if m[0] < before:
            if best is None or m[0] > best[0]:
                cls = a.pseudonyms.get(normalise(m[2]).casefold(), "named_person")
                side = m[5] if isinstance(m[5], str) and m[5] else None
                best = (m[0], _Referent(m[2], cls, m[3], side, m[0], m[1]))
            break
    if best is None:
        return _Referent(None, "unattributed")
    return best[1]


@lru_cache(maxsize=1024)
def _form_key(surface: str) -> str:
    """The verb form a reporting-verb match stands for (as the matcher keys it)."""
    return normalise(surface).casefold()


@lru_cache(maxsize=4096)
def _fold(surface: str) -> tuple[str, str, str]:
    """A speaker phrase normalised and case-folded; without a leading "the"; its last word."""
    folded = normalise(surface).casefold()
    words = folded.split()
    return folded, _THE.sub("", folded), words[-1] if words else ""


def _classify(
    a: _Article, sp_start: int, sp_end: int, region: tuple[int, int], sent: tuple[int, int]
) -> tuple[str, _Referent]:
    """``(speaker_class, referent)`` of the speaker phrase ``text[sp_start:sp_end]``."""
    text = a.text
    if sp_end <= sp_start:
        return "unattributed", _Referent(None, "unattributed")
    surface = text[sp_start:sp_end]
    folded, bare, head = _fold(surface)
    # The outlet a source speaks to ("told Asharq Al-Awsat") says nothing of the source's side.
    side = None
    for m in reversed(_mentions_in(a, region[0], region[1])):
        if isinstance(m[5], str) and m[5] and m[4] != "media":
            side = m[5]
            break
    lex = a.lex
    window = _lowered(text[region[0] : sent[1]]) if lex.self_naming else None
    for (pattern, cls), word in zip(lex.self_naming, lex.naming_words, strict=True):
        if window is not None and word and word not in window:
            continue  # the phrase cannot occur here
        found = pattern.search(text, region[0], sent[1])
        if found:
            name = _NAME_AFTER.match(text, found.end(), sent[1])
            if name:
                ref = name.group(1)
                a.pseudonyms[normalise(ref).casefold()] = cls
                persons = _mentions_in(a, name.start(1), name.end(1))
                actor = persons[0][3] if persons else None
                return cls, _Referent(ref, cls, actor, side, name.start(1), name.end(1))
    if bare in a.pseudonyms:
        cls = a.pseudonyms[bare]
        own = _mentions_in(a, sp_start, sp_end)
        return cls, _Referent(surface, cls, own[0][3] if own else None, side, sp_start, sp_end)
    if folded in a.lex.pronouns or _AGE_DESCRIPTION.match(surface):
        who = _antecedent(a, sp_start)
        return "pronoun_resolved", who
    own = _mentions_in(a, sp_start, sp_end)
    persons = [m for m in own if m[4] == "person" and not text.startswith(("’s", "'s"), m[1])]
    if persons:
        p = persons[-1]
        p_side = p[5] if isinstance(p[5], str) and p[5] else side
        return "named_person", _Referent(p[2], "named_person", p[3], p_side, p[0], p[1])
    if head in a.lex.anonymous_heads or (not own and _marked(a, sent[0], sent[1])):
        earlier = _last_anonymous(a) if folded.startswith("the ") else None
        if earlier is not None:
            return "anonymous", _Referent(
                earlier.ref, "anonymous", earlier.actor_id, side or earlier.side, sp_start, sp_end
            )
        actor = own[-1][3] if own else None
        return "anonymous", _Referent(surface, "anonymous", actor, side, sp_start, sp_end)
    if own:
        m = own[-1]
        m_side = m[5] if isinstance(m[5], str) and m[5] else side
        return "institution", _Referent(m[2], "institution", m[3], m_side, sp_start, sp_end)
    if _CAPITALISED.match(surface):
        return "named_person", _Referent(surface, "named_person", None, side, sp_start, sp_end)
    if _CAPITALISED.match(_THE_ANY_CASE.sub("", surface)):
        return "institution", _Referent(surface, "institution", None, side, sp_start, sp_end)
    return "anonymous", _Referent(surface, "anonymous", None, side, sp_start, sp_end)


def _add(
    a: _Article,
    kind: str,
    content: tuple[int, int],
    speaker: tuple[int, int],
    region: tuple[int, int],
    verb: tuple[int, int, VerbEntry],
    sent: tuple[int, int, int, int],
) -> None:
    cls, who = _classify(a, speaker[0], speaker[1], region, (sent[2], sent[3]))
    surface = a.text[speaker[0] : speaker[1]] or None
    a.statements.append(
        _Statement(
            content[0],
            content[1],
            sent[0],
            sent[1],
            kind,
            surface,
            speaker[0] if surface else -1,
            speaker[1] if surface else -1,
            cls,
            who,
            verb[2].verb,
            verb[2].verb_class,
            verb[0],
            verb[1],
        )
    )


def _quote_after(a: _Article, pos: int, limit: int) -> int:
    """Index of an unused quotation opening within a few words after ``pos``, or -1."""
    for i in range(bisect.bisect_left(a.quote_starts, pos), len(a.quotes)):
        if i in a.used_quotes:
            continue
        start = a.quotes[i][0]
        if start >= limit:
            return -1
        gap = a.text[pos:start]
        if _STOP.search(gap) or _words(gap) > _NEAR_WORDS:
            return -1
        return i
    return -1


def _quote_before(a: _Article, pos: int, para_start: int) -> int:
    """Index of the unused quotation that ends just before ``pos``, or -1."""
    i = bisect.bisect_right(a.quote_ends, pos) - 1
    if i < 0 or i in a.used_quotes or a.quotes[i][0] < para_start:
        return -1
    gap = a.text[a.quotes[i][1] : pos]
    if _STOP.search(gap) or any(c in gap for c in _QUOTE_MARKS) or _words(gap) > _NEAR_WORDS:
        return -1
    return i if _quote_ends_attribution(a, i) else -1


def _rest_is_empty(text: str, start: int, end: int) -> bool:
    return not WORD.search(text[start:end])


def _attribute(
    a: _Article, verb: tuple[int, int, VerbEntry], sent: tuple[int, int, int, int]
) -> None:
    """Apply the patterns to one reporting verb, in order of how specific they are."""
    text = a.text
    v_start, v_end, entry = verb
    _, para_id, s_start, s_end = sent
    para_start, para_end = a.paras[para_id]
    # ---- according to X
    if entry.verb == "according to":
        sp_start, sp_end = _speaker_after(a, v_end, s_end, cut_preposition=False)
        region = (sp_start, sp_end)
        before = _strip_span(text, s_start, v_start)
        if _rest_is_empty(text, *before):
            content = _strip_span(text, sp_end, s_end, " \t\n\u00a0,.")
        else:
            content = before
        _add(a, "according_to", content, (sp_start, sp_end), region, verb, sent)
        return
    # ---- “Q,” said X  /  “Q,” X said
    q = _quote_before(a, v_start, para_start)
    if q >= 0:
        gap_start, gap_end = _strip_span(text, a.quotes[q][1], v_start)
        a.used_quotes.add(q)
        if gap_end > gap_start:  # “Q,” X said
            aux = _TRAILING_AUX.search(text[gap_start:gap_end])
            if aux:
                gap_end = gap_start + aux.start()
            speaker = (gap_start, gap_end)
            region = (gap_start, v_start)
        else:  # “Q,” said X
            speaker = _speaker_after(a, v_end, s_end)
            region = (speaker[0], s_end)
        _add(a, "direct", a.quotes[q], speaker, region, verb, sent)
        return
    # ---- X said (that) “Q”
    q = _quote_after(a, v_end, para_end)
    if q >= 0 and a.quotes[q][0] < s_end:
        a.used_quotes.add(q)
        sp_start, sp_end, region_start = _subject_before(a, s_start, v_start)
        _add(a, "direct", a.quotes[q], (sp_start, sp_end), (region_start, v_start), verb, sent)
        return
    # ---- ..., X said.   /   ..., said X.
    last_comma = text.rfind(",", s_start, v_start)
    tail_end = s_end
    while tail_end > v_end and text[tail_end - 1] in ".!?”’\"') ":
        tail_end -= 1
    if last_comma > s_start and WORD.search(text[s_start:last_comma]):
        between = text[last_comma + 1 : v_start]
        if tail_end <= v_end and 0 < _words(between) <= _NEAR_WORDS and not _STOP.search(between):
            sp = _strip_span(text, last_comma + 1, v_start)
            aux = _TRAILING_AUX.search(text[sp[0] : sp[1]])
            if aux:
                sp = (sp[0], sp[0] + aux.start())
            _add(a, "indirect", (s_start, last_comma), sp, (sp[0], v_start), verb, sent)
            return
        previous = text.rfind(",", s_start, last_comma) + 1 or s_start
        relative = _RELATIVE.match(text[previous:last_comma])
        if (
            _rest_is_empty(text, last_comma + 1, v_start)
            and not relative
            and 0 < _words(text[v_end:tail_end]) <= _NEAR_WORDS
        ):
            sp = _speaker_after(a, v_end, s_end)
            _add(a, "indirect", (s_start, last_comma), sp, (sp[0], s_end), verb, sent)
            return
        # ---- Men, he claimed, preached ...
        if text[v_end : v_end + 1] == "," and 0 < _words(between) <= 3:
            sp = _strip_span(text, last_comma + 1, v_start)
            _add(a, "indirect", (s_start, s_end), sp, sp, verb, sent)
            return
    # ---- X said (that) ... / X claimed more than ...
    sp_start, sp_end, region_start = _subject_before(a, s_start, v_start)
    if sp_end <= sp_start:
        return  # no speaker: a participle or an imperative, not an attribution
    after = text[v_end:s_end]
    that = _that_end(after)
    c_start = v_end + that if that >= 0 else v_end
    if entry.needs_that and that < 0:
        return
    content = _strip_span(text, c_start, s_end, " \t\n\u00a0,:")
    _add(a, "indirect", content, (sp_start, sp_end), (region_start, v_start), verb, sent)


def _person_anchors(a: _Article) -> list[tuple[int, int, str, Any, Any, Any]]:
    """The first person named (outside quotations) in each sentence."""
    persons = [m for m in a.mentions if m[4] == "person" and a.quote_at(m[0]) < 0]
    anchors = []
    k = 0
    for _sid, _pid, s_start, s_end in a.sents:
        while k < len(persons) and persons[k][0] < s_start:
            k += 1
        if k < len(persons) and persons[k][0] < s_end:
            anchors.append(persons[k])
    return anchors


def _position(st: _Statement) -> int:
    """Where a statement begins in the text: its content or its verb, whichever is first."""
    return st.start if st.verb_start < 0 else min(st.start, st.verb_start)


def _floating(a: _Article, sent_starts: list[int]) -> None:
    """Quotations that begin a sentence with no verb of their own inherit the last speaker."""
    found: list[_Statement] = []
    for i, (q_start, q_end) in enumerate(a.quotes):
        if i in a.used_quotes:
            continue
        k = bisect.bisect_right(sent_starts, q_start) - 1
        if k < 0 or sent_starts[k] != q_start:
            continue  # a quotation inside a sentence is a term or a scare quote, not a statement
        sid, pid, _s, _e = a.sents[k]
        earlier = [st for st in a.statements + found if _position(st) < q_start]
        prev = max(earlier, key=_position, default=None)
        if prev is not None and prev.para >= pid - 1:
            who = prev.who
            speaker = (prev.speaker, prev.speaker_start, prev.speaker_end)
        else:
            who = _Referent(None, "unattributed")
            speaker = (None, -1, -1)
        found.append(
            _Statement(
                q_start, q_end, sid, pid, "floating", *speaker, who.cls, who, None, None, -1, -1
            )
        )
    a.statements += found


def find_quotes(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    path: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """One row per attributed statement: content offsets, kind, speaker and its class, verb."""
    lex = load_reporting_verbs(None if path is None else os.fspath(path))
    return quote_table(quote_columns(from_frames(text, sentences, mentions), lex))


def quote_columns(article: Parse, lex: SourcingLexicon) -> Columns:
    """The columns of :func:`find_quotes` for one parsed article, as lists."""
    text = article.text
    sents = article.sentences
    paras: dict[int, tuple[int, int]] = {}
    for _sid, pid, s_start, s_end in sents:
        first, _last = paras.get(pid, (s_start, s_end))
        paras[pid] = (min(first, s_start), s_end)
    verbs = lex.matcher.find(text)
    a = _Article(
        text=text,
        lex=lex,
        sents=sents,
        quotes=article.quotes,
        mentions=sorted(article.mentions),
        paras=paras,
    )
    a.quote_starts = [s for s, _e in a.quotes]
    a.quote_ends = [e for _s, e in a.quotes]
    a.mention_starts = [m[0] for m in a.mentions]
    a.person_anchors = _person_anchors(a)
    sent_starts = article.sentence_starts
    # Anonymity markers and excluded phrases matter only around a reporting verb: they
    # are looked for there, and last of the checks on a verb.
    for match in verbs:
        if a.quote_at(match.start) >= 0 or _is_noun_use(a, match.start):
            continue
        k = bisect.bisect_right(sent_starts, match.start) - 1
        if k < 0:
            continue
        sent = sents[k]
        if any(st.sent == sent[0] and st.start <= match.start < st.end for st in a.statements):
            continue  # a verb inside the content of this sentence's earlier statement
        if _may_be_excluded(lex, text, match) and _excluded(a, match.start, match.end):
            continue
        _attribute(a, (match.start, match.end, lex.verbs[str(match.key)]), sent)
    _floating(a, sent_starts)
    a.statements.sort(key=lambda st: (st.sent, st.start))
    rows = _statement_rows(a)
    return columns_of(QUOTE_COLUMNS, rows)


def _statement_rows(a: _Article) -> list[tuple[Any, ...]]:
    """One tuple per statement, in the order of ``QUOTE_COLUMNS``."""
    text = a.text
    rows = []
    for st in a.statements:
        words = _words(text[st.start : st.end])
        quoted = 0
        # Quotations are sorted and do not overlap: visit those that overlap the content.
        for i in range(bisect.bisect_right(a.quote_ends, st.start), len(a.quotes)):
            q_start, q_end = a.quotes[i]
            if q_start >= st.end:
                break
            lo, hi = max(q_start, st.start), min(q_end, st.end)
            if lo < hi:
                quoted += words if (lo, hi) == (st.start, st.end) else _words(text[lo:hi])
        rows.append(
            (
                st.start,
                st.end,
                st.sent,
                st.kind,
                st.speaker,
                st.speaker_start if st.speaker_start >= 0 else None,
                st.speaker_end if st.speaker_end >= 0 else None,
                st.speaker_class,
                st.who.ref,
                st.who.cls,
                st.who.actor_id,
                st.who.side,
                st.verb,
                st.verb_class,
                st.verb_start if st.verb_start >= 0 else None,
                st.verb_end if st.verb_end >= 0 else None,
                quoted,
                words,
            )
        )
    return rows


def quote_table(columns: Columns) -> pd.DataFrame:
    """The statements table from :func:`quote_columns` (of one article or several, appended).

    Integer columns are int64, or Int64 where a value may be missing; text and ids
    get the dtype pandas infers (str, or object where every value is missing).
    """
    if not columns or not columns["start"]:  # every column empty (float64, nullable ones Int64)
        empty: dict[str, Any] = {c: () for c in QUOTE_COLUMNS}
        for col in _NULLABLE_INT_COLUMNS:
            empty[col] = _nullable_ints(())
        return pd.DataFrame(empty, columns=QUOTE_COLUMNS)
    data: dict[str, Any] = {}
    for col in QUOTE_COLUMNS:
        values = columns[col]
        if col in _INT_COLUMNS:
            data[col] = np.array(values, dtype=np.int64)
        elif col in _NULLABLE_INT_COLUMNS:
            data[col] = _nullable_ints(values)
        else:
            data[col] = values
    return pd.DataFrame(data, copy=False)


def _nullable_ints(values: Sequence[int | None]) -> pd.arrays.IntegerArray:
    """An Int64 array of ``values`` (None is missing), built without type inference."""
    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    data = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=len(values))
    return pd.arrays.IntegerArray(data, mask)


def sourcing_summary(
    quotes: pd.DataFrame, n_words: int | Mapping[str, int] | pd.Series
) -> pd.DataFrame:
    """Per article: statements by kind, shares of verb classes and anonymous sources, quoted words.

    ``n_words`` is the article length (an int for a single article, or a mapping
    article_id -> words); statements and quoted words are also given per 1,000
    words. Shares of verb classes are among statements that have a verb
    (floating quotations have none); the anonymous share is among all.
    """
    if isinstance(n_words, int):
        lengths = {"": n_words}
        if "article_id" in quotes:
            ids = set(quotes["article_id"])
            if len(ids) > 1:
                raise ValueError("sourcing_summary: several articles need n_words per article_id")
            lengths = {next(iter(ids)) if ids else "": n_words}
    else:
        lengths = {str(k): int(v) for k, v in dict(n_words).items()}
    table = quotes if "article_id" in quotes else quotes.assign(article_id=next(iter(lengths)))
    # One column per side of the actor lexicon, present or not, so the columns do not
    # depend on which articles are summarised together.
    sides = sorted({a.side for a in load_actors().actors.values() if a.side})
    # Split the table once (row positions per article) instead of filtering it per article.
    groups: dict[Any, Any] = {}
    if len(table):
        groups = table.groupby("article_id", sort=False, dropna=True).indices
        has_verb = table["verb"].notna().to_numpy()
        verb_class = table["verb_class"].to_numpy(dtype=object)
        kind = table["kind"].to_numpy(dtype=object)
        quoted_words = table["quoted_words"].to_numpy(dtype=np.float64, na_value=np.nan)
        anonymous = (table["referent_class"] == "anonymous").to_numpy()
        named = table["referent_class"].isin(["named_person"]).to_numpy()
        speaker_side = table["speaker_side"]
        no_side = speaker_side.isna().to_numpy()
        of_side = {side: (speaker_side == side).to_numpy() for side in sides}
    empty = np.zeros(0, dtype=np.intp)
    rows = []
    for article_id, words in lengths.items():
        part = groups.get(article_id, empty)
        n = len(part)
        kinds: dict[Any, int] = {}
        classes: dict[Any, int] = {}
        n_with_verb = quoted = n_anonymous = n_named = 0
        by_side = dict.fromkeys(sides, 0)
        no_side_words = 0
        if n:
            for k in kind[part].tolist():
                kinds[k] = kinds.get(k, 0) + 1
            verbed = part[has_verb[part]]
            n_with_verb = len(verbed)
            for c in verb_class[verbed].tolist():
                classes[c] = classes.get(c, 0) + 1
            words_here = quoted_words[part]
            quoted = int(np.nansum(words_here))
            n_anonymous = int(anonymous[part].sum())
            n_named = int(named[part].sum())
            for side in sides:
                by_side[side] = int(np.nansum(words_here[of_side[side][part]]))
            no_side_words = int(np.nansum(words_here[no_side[part]]))
        row: dict[str, Any] = {
            "article_id": article_id,
            "n_words": words,
            "n_statements": n,
            "statements_per_1000": n * 1000 / words if words else float("nan"),
            **{f"n_{k}": kinds.get(k, 0) for k in _KINDS},
            **{
                f"share_{c}": (classes.get(c, 0) / n_with_verb) if n_with_verb else 0.0
                for c in _VERB_CLASSES
            },
            "share_anonymous": n_anonymous / n if n else 0.0,
            "share_named": n_named / n if n else 0.0,
            "quoted_words": quoted,
            "quoted_words_per_1000": quoted * 1000 / words if words else float("nan"),
        }
        for side in sides:
            row[f"quoted_words_{side}"] = by_side[side]
        row["quoted_words_no_side"] = no_side_words
        rows.append(row)
    return pd.DataFrame(rows)


_KINDS = ("direct", "indirect", "according_to", "floating")
_VERB_CLASSES = ("neutral", "distancing", "endorsing", "adversarial")
