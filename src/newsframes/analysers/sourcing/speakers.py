"""Who speaks: the speaker phrase before or after a reporting verb, and what it refers to.

A pronoun, "the man" or "the 21-year-old" is resolved to the most recent earlier
speaker or first-named person of a sentence (outside quotations). A name given with
"who called himself" is a pseudonym, also when used again later. Unnamed descriptions
("an FSA source", "one intelligence official") are anonymous; a later definite one
("the FSA source") is taken to be the last anonymous source.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsframes.analysers.records import Mention, Sentence
from newsframes.analysers.sourcing.article import (
    QUOTE_MARKS,
    Article,
    Referent,
    count_words,
    strip_span,
)
from newsframes.analysers.sourcing.referents import name_after, speaking_mention
from newsframes.lexicons.schema import normalise

SPEAKER_CLASSES = (
    "named_person",
    "institution",
    "anonymous",
    "pseudonym",
    "pronoun_resolved",
    "unattributed",
)
_MAX_SPEAKER_WORDS = 8
_CLAUSE_CUT = re.compile(
    r"\s(?:who|whom|whose|which|that|claiming|saying|speaking|giving|calling)\b", re.IGNORECASE
)
_FINITE = re.compile(
    r"\s(?:were|was|is|are|had|has|have|will|would|could|can|did|does|do)\b", re.IGNORECASE
)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|then|later|again|further|previously|earlier|would|will|did|"
    r"once|repeatedly|is|are|was|were|(?:was|were|is|are|being)\s+quoted(?:\s+by\s+[^,;:]{1,60}?)?\s+as"
    r"|went\s+on\s+to))+\s*$",
    re.IGNORECASE,
)
_LEADING_FILLER = re.compile(
    r"^(?:(?:and|but|so|then|however|also|firstly|secondly|thirdly|finally|meanwhile|yet"
    r"|in\s+an?\s+(?:\w+\s+)?(?:statement|interview))\b[\s,]*)+",
    re.IGNORECASE,
)
_PREPOSITION_CUT = re.compile(r"\s(?:in|on|from|by|during|via|at|with|after|before)\s")
_AGE_DESCRIPTION = re.compile(r"^the\s+\d+-year-old$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
_CAPITALISED = re.compile(r"^(?:[A-Z][\w’'.-]*)(?:\s+(?:al-|bin|ibn|de|van)?[A-Z][\w’'.-]*){0,3}$")
_CUT_MARK = re.compile(r"[,;:–—]")
_SEGMENT_SKIP = re.compile(
    r"(?:who|whom|whose|which|where|speaking|giving|having|while|as"
    # "Mufti Hassoun, for his part, affirmed": the speaker is before the aside
    r"|for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|in\s+response)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\s*[a-z]+ing\s")
_OBJECT_RELATIVE = re.compile(r"(?:which|whom)\s+(?=(?:the|a|an|his|her|its|their)\s|[A-Z])")
_ASIDE = re.compile(
    r"\s*(?:for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|in\s+response)\s*$",
    re.IGNORECASE,
)
_TRAILING_AND = re.compile(r"\s+and\s*$")
_SPEAKER_STOP = re.compile(r"[,.;:!?(\[]|\s[–—]\s")
_THE = re.compile(r"^the\s+")
_THE_ANY_CASE = re.compile(r"^the\s+", re.IGNORECASE)
_LEAD_RUN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'.-]*\s*)+)")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*$")
_PAST_VERB = re.compile(r"\s(?:[a-z]+ed|left|met|went|took|gave|made|held|sent|fled)\b")
# A definite description's head noun -> the actor types it may refer back to ("the
# UK-based group said" after the Syrian Observatory for Human Rights was named).
_BODIES = frozenset({"group", "intl_org"})
_DESCRIBED_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("group", "organisation", "organization"), _BODIES | {"armed_group"}),
    **dict.fromkeys(("monitor", "watchdog", "observatory", "council", "coalition"), _BODIES),
    **dict.fromkeys(
        ("agency", "newspaper", "channel", "broadcaster", "outlet"), frozenset({"media"})
    ),
    **dict.fromkeys(("ministry", "department", "centre", "center"), frozenset({"state_body"})),
    **dict.fromkeys(("militia", "faction", "brigade"), frozenset({"armed_group"})),
}
# "RT quoted the Defense Ministry as": the one quoted is the speaker.
_QUOTED_AS = re.compile(r".+?\s+quoted\s+(?P<who>.+?)\s+as$", re.DOTALL)
_ODD_FOLDS = "\u0130\u0131\u017f"  # İ ı ſ: re.IGNORECASE folds them onto i and s


def without_trailing_aux(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` before trailing auxiliaries and adverbs
    ("Ahmed has also" said: "Ahmed")."""
    aux = _TRAILING_AUX.search(text[start:end])
    return start + aux.start() if aux else end


def subject_before(a: Article, sent_start: int, verb_start: int) -> tuple[int, int, int]:
    """The speaker phrase before a verb: ``(start, end, region_start)``; empty if none."""
    text = a.text
    region = text[sent_start : without_trailing_aux(text, sent_start, verb_start)]
    cuts = [m.end() for m in _CUT_MARK.finditer(region)]
    bounds = [0, *cuts, len(region)]
    # "Zarif, meeting the Mufti, Dr. Hassoun, on the sidelines, described": the segments
    # from a participle on belong to it, the speaker is before them
    top = len(bounds) - 2
    for j in range(1, top + 1):
        if _PARTICIPLE.match(region, bounds[j]):
            top = j - 1
            break
    for k in range(top, -1, -1):
        s, e = bounds[k], bounds[k + 1]
        seg = region[s:e].rstrip(",;:–— ")
        lead = _LEADING_FILLER.match(seg.lstrip())
        offset = len(seg) - len(seg.lstrip()) + (lead.end() if lead else 0)
        seg_text = seg[offset:]
        relative = _OBJECT_RELATIVE.match(seg_text)
        if relative:  # "..., which the government blamed on": the government
            offset += relative.end()
            seg_text = seg_text[relative.end() :]
        if not seg_text.strip() or _SEGMENT_SKIP.match(seg_text):
            continue
        seg_text = _TRAILING_AND.sub("", seg_text)
        cut = _CLAUSE_CUT.search(seg_text)
        if cut:
            seg_text = seg_text[: cut.start()]
        if count_words(seg_text) > _MAX_SPEAKER_WORDS:
            finite = _FINITE.search(seg_text)
            if finite:
                seg_text = seg_text[: finite.start()]
        begin = sent_start + s + offset
        sp_start, sp_end = strip_span(text, begin, begin + len(seg_text))
        quoted = _QUOTED_AS.match(text, sp_start, sp_end)
        if quoted is not None:
            sp_start, sp_end = quoted.span("who")
        named = (
            _named_before_apposition(a, sent_start + bounds[k - 1], sp_start, sp_end) if k else None
        )
        if named is not None:
            return named[0], named[1], named[0]
        return sp_start, sp_end, begin
    return verb_start, verb_start, verb_start


def _named_before_apposition(
    a: Article, seg_start: int, sp_start: int, sp_end: int
) -> tuple[int, int] | None:
    """The name before an apposition ("Nisrin Ahmad, a resident of Hasakah, said"): the
    comma-ended segment before the speaker phrase, when it is a person's name and the
    phrase names no person."""
    text = a.text
    comma = text.rfind(",", seg_start, sp_start)
    if comma < 0 or text[comma + 1 : sp_start].strip():
        return None
    if any(m.actor_type == "person" for m in _mentions_in(a, sp_start, sp_end)):
        return None
    start, end = strip_span(text, seg_start, comma)
    persons = [m for m in _mentions_in(a, start, end) if m.actor_type == "person"]
    if persons and persons[-1].end == end:
        return persons[-1].start, end
    name = _NAME_RUN.search(text, start, end)
    return (
        (name.start(), end)
        if name is not None and _CAPITALISED.match(text[name.start() : end])
        else None
    )


def is_name(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a person's name: a person mention ending there, or a
    few capitalised words."""
    if any(m.actor_type == "person" and m.end == end for m in _mentions_in(a, start, end)):
        return True
    return _CAPITALISED.match(a.text[start:end]) is not None


def is_aside(text: str) -> bool:
    """Whether ``text`` is an aside between commas ("for his part", "in turn")."""
    return _ASIDE.match(text) is not None


def lead_subject(a: Article, start: int, end: int) -> int:
    """The end of the subject that opens the clause ``text[start:end]`` ("Ahmed Khalil left
    the room": "Ahmed Khalil"): its first actor mention, else its run of capitalised words
    (after a leading "the"); the whole clause if it has neither."""
    text = a.text
    first = _mentions_in(a, start, end)
    if first and not has_word_before(text, start, first[0].start):
        return first[0].end
    verb = _PAST_VERB.search(text, start, end)
    if verb is not None and verb.start() > start:  # "A top official hailed ...": before "hailed"
        return strip_span(text, start, verb.start())[1]
    run = _LEAD_RUN.match(text, start, end)
    return start + len(run.group(0).rstrip()) if run and run.group(1) else end


def has_word_before(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` holds a word other than "the"."""
    return bool(_THE_ANY_CASE.sub("", text[start:at]).strip())


def speaker_after(
    a: Article, verb_end: int, sent_end: int, cut_preposition: bool = True
) -> tuple[int, int]:
    """The speaker phrase after a verb ("said one intelligence official, ...")."""
    text = a.text
    stop = _SPEAKER_STOP.search(text[verb_end:sent_end])
    end = verb_end + (stop.start() if stop else sent_end - verb_end)
    prep = _PREPOSITION_CUT.search(text[verb_end:end]) if cut_preposition else None
    if prep:
        end = verb_end + prep.start()
    return strip_span(text, verb_end, end, " \t\n\u00a0" + QUOTE_MARKS)


def person_anchors(a: Article) -> list[Mention]:
    """The first person named (outside quotations) in each sentence, a name someone gives
    ("a woman identifying herself as Leila Hassan") counted as a person named."""
    persons = [m for m in a.mentions if m.actor_type == "person" and a.quote_at(m.start) < 0]
    persons = sorted(persons + _names_given(a))
    anchors = []
    k = 0
    for sent in a.sents:
        while k < len(persons) and persons[k].start < sent.start:
            k += 1
        if k < len(persons) and persons[k].start < sent.end:
            anchors.append(persons[k])
    return anchors


def _names_given(a: Article) -> list[Mention]:
    """The names given after a self-naming phrase anywhere outside quotations, as person
    mentions with no actor id."""
    text = a.text
    low = _lowered(text)
    found = []
    for (pattern, _cls), word in zip(a.matchers.self_naming, a.matchers.naming_words, strict=True):
        if low is not None and word and word not in low:
            continue
        for phrase in pattern.finditer(text):
            name = _NAME_AFTER.match(text, phrase.end())
            if name and a.quote_at(name.start(1)) < 0:
                found.append(Mention(name.start(1), name.end(1), name.group(1), "", "person", None))
    return found


def _mentions_in(a: Article, start: int, end: int) -> list[Mention]:
    lo = bisect.bisect_left(a.mention_starts, start)
    hi = bisect.bisect_right(a.mention_starts, end, lo)
    return [m for m in a.mentions[lo:hi] if m.end <= end]


def _side(mention: Mention) -> str | None:
    side = mention.side
    return side if isinstance(side, str) and side else None


def _antecedent(a: Article, before: int, body: bool = False) -> Referent:
    """The most recent earlier speaker, or first-named person of an earlier sentence outside
    that speaker's statement; for "it" (``body``), the most recent body that spoke."""
    best: tuple[int, Referent] | None = None
    i = bisect.bisect_left(a.attributed_verbs, before) - 1
    if body:
        while i >= 0 and a.attributed[i].cls != "institution":
            i -= 1
        return a.attributed[i] if i >= 0 else Referent(None, "unattributed")
    if i >= 0:
        best = (a.attributed_verbs[i], a.attributed[i])
    k = bisect.bisect_left(a.anchor_starts, before) - 1
    if k >= 0:
        m = a.person_anchors[k]
        inside = i >= 0 and a.attributed_spans[i][0] <= m.start < a.attributed_spans[i][1]
        if (best is None or m.start > best[0]) and not inside:
            cls = a.pseudonyms.get(normalise(m.surface).casefold(), "named_person")
            ref = Referent(m.surface, cls, m.actor_id or None, _side(m), m.start, m.end)
            best = (m.start, ref)
    if best is None:
        return Referent(None, "unattributed")
    return best[1]


def _marked(a: Article, start: int, end: int) -> bool:
    """Whether an anonymity phrase ("on condition of anonymity") lies in ``text[start:end]``."""
    found = a.marked.get(start)
    if found is None:
        found = a.marked[start] = a.anonymity.within(start, end)
    return found


def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None where ``re.IGNORECASE`` could match a letter that
    ``str.lower`` does not give (dotted and dotless i, long s) or lengths would differ."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _ODD_FOLDS):
        return None
    return low


@lru_cache(maxsize=4096)
def _fold(surface: str) -> tuple[str, str, str]:
    """A speaker phrase normalised and case-folded; without a leading "the"; its last word."""
    folded = normalise(surface).casefold()
    words = folded.split()
    return folded, _THE.sub("", folded), words[-1] if words else ""


def _self_named(a: Article, region_start: int, sent_end: int, side: str | None) -> Referent | None:
    """The name a speaker gives ("who called himself Abu Saad") after ``region_start``."""
    text = a.text
    matchers = a.matchers
    window = _lowered(text[region_start:sent_end])
    for (pattern, cls), word in zip(matchers.self_naming, matchers.naming_words, strict=True):
        if window is not None and word and word not in window:
            continue  # the phrase cannot occur here
        found = pattern.search(text, region_start, sent_end)
        if found:
            name = _NAME_AFTER.match(text, found.end(), sent_end)
            if name:
                ref = name.group(1)
                a.pseudonyms[normalise(ref).casefold()] = cls
                persons = _mentions_in(a, name.start(1), name.end(1))
                actor = persons[0].actor_id if persons else None
                return Referent(ref, cls, actor, side, name.start(1), name.end(1))
    return None


def _described_before(a: Article, before: int, head: str, side: str | None) -> Referent | None:
    """The body a definite description refers back to ("the UK-based group", "the monitor"):
    the latest earlier mention of an actor of a type the head noun fits, one whose name holds
    the head noun ("the center": "the Russian center for reconciliation") first."""
    types = _DESCRIBED_TYPES.get(head)
    if types is None:
        return None
    earlier = [
        m
        for m in reversed(a.mentions[: bisect.bisect_left(a.mention_starts, before)])
        if m.actor_type in types
    ]
    named = [m for m in earlier if head in m.surface.casefold().split()]
    for m in named[:1] or earlier[:1]:
        return Referent(m.surface, "institution", m.actor_id, _side(m) or side, m.start, m.end)
    return None


def classify(
    a: Article, sp_start: int, sp_end: int, region: tuple[int, int], sent: Sentence
) -> tuple[str, Referent]:
    """``(speaker_class, referent)`` of the speaker phrase ``text[sp_start:sp_end]`` in
    ``sent``; ``region`` is the stretch of text around it that may name the speaker's side."""
    text = a.text
    if sp_end <= sp_start:
        return "unattributed", Referent(None, "unattributed")
    surface = text[sp_start:sp_end]
    folded, bare, head = _fold(surface)
    # The outlet a source speaks to ("told Asharq Al-Awsat") says nothing of the source's side.
    side = None
    for m in reversed(_mentions_in(a, region[0], region[1])):
        if _side(m) and m.actor_type != "media":
            side = m.side
            break
    lex = a.matchers.lexicon
    if a.matchers.self_naming:
        named = _self_named(a, region[0], sent.end, side)
        if named is not None:
            return named.cls, named
    if bare in a.pseudonyms:
        cls = a.pseudonyms[bare]
        own = _mentions_in(a, sp_start, sp_end)
        actor = own[0].actor_id if own else None
        return cls, Referent(surface, cls, actor, side, sp_start, sp_end)
    if folded in lex.pronouns or _AGE_DESCRIPTION.match(surface):
        return "pronoun_resolved", _antecedent(a, sp_start, body=folded == "it")
    own = _mentions_in(a, sp_start, sp_end)
    persons = [
        m for m in own if m.actor_type == "person" and not text.startswith(("’s", "'s"), m.end)
    ]
    p = speaking_mention(text, sp_start, sp_end, persons)
    if p is not None:
        return "named_person", Referent(
            p.surface, "named_person", p.actor_id, _side(p) or side, p.start, p.end
        )
    name = name_after(text, own[-1].end if own else sp_start, sp_end, after_mention=bool(own))
    if name is not None:  # "Orient News correspondent Jamil al-Hasen"
        ref = text[name[0] : name[1]]
        return "named_person", Referent(ref, "named_person", None, side, *name)
    speaking = speaking_mention(text, sp_start, sp_end, own)
    if not own and bare != folded:
        named = _described_before(a, sp_start, head, side)
        if named is not None:
            return "institution", named
    if head in lex.anonymous_heads or (not own and _marked(a, sent.start, sent.end)):
        earlier = a.last_anonymous if folded.startswith("the ") else None
        if earlier is not None:
            return "anonymous", Referent(
                earlier.ref, "anonymous", earlier.actor_id, side or earlier.side, sp_start, sp_end
            )
        actor = speaking.actor_id if speaking else None
        return "anonymous", Referent(surface, "anonymous", actor, side, sp_start, sp_end)
    if speaking is not None:
        m = speaking
        return "institution", Referent(
            m.surface, "institution", m.actor_id, _side(m) or side, sp_start, sp_end
        )
    if _CAPITALISED.match(surface):
        return "named_person", Referent(surface, "named_person", None, side, sp_start, sp_end)
    if _CAPITALISED.match(_THE_ANY_CASE.sub("", surface)):
        return "institution", Referent(surface, "institution", None, side, sp_start, sp_end)
    return "anonymous", Referent(surface, "anonymous", None, side, sp_start, sp_end)
