"""Who speaks: what a speaker phrase (found by ``subjects``) refers to.

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
    Article,
    Referent,
)
from newsframes.analysers.sourcing.referents import joined_first, name_after, speaking_mention
from newsframes.analysers.sourcing.subjects import (
    THE_ANY_CASE,
    is_capitalised_name,
    mentions_in,
)
from newsframes.lexicons.schema import normalise

SPEAKER_CLASSES = (
    "named_person",
    "institution",
    "anonymous",
    "pseudonym",
    "pronoun_resolved",
    "unattributed",
)
_AGE_DESCRIPTION = re.compile(r"^the\s+\d+-year-old$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
_THE = re.compile(r"^the\s+")
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
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
_ODD_FOLDS = "\u0130\u0131\u017f"  # İ ı ſ: re.IGNORECASE folds them onto i and s


def person_anchors(a: Article) -> list[Mention]:
    """The first person named (outside quotations) in each sentence, a name someone gives
    ("a woman identifying herself as Leila Hassan") or a person the gazetteer does not list
    ("a translator, Sabry Omar") counted as a person named."""
    persons = [
        m
        for m in (*a.mentions, *a.unlisted_persons)
        if m.actor_type == "person" and a.quote_at(m.start) < 0
    ]
    persons = sorted(persons + _names_given(a))
    anchors = []
    k = 0
    for sent in a.sents:
        while k < len(persons) and persons[k].start < sent.start:
            k += 1
        if k < len(persons) and persons[k].start < sent.end:
            anchors.append(persons[k])
    return anchors


def _naming(a: Article) -> list[int]:
    """The self-naming phrases (indices) that may occur in the article: every plain word
    of each is in its text (all of them, where the text cannot be lower-cased safely)."""
    if a.naming is None:
        low = _lowered(a.text)
        a.naming = [
            k
            for k, words in enumerate(a.matchers.naming_words)
            if low is None or all(word in low for word in words)
        ]
    return a.naming


def _names_given(a: Article) -> list[Mention]:
    """The names given after a self-naming phrase anywhere outside quotations, as person
    mentions with no actor id."""
    text = a.text
    found = []
    for k in _naming(a):
        pattern, _cls = a.matchers.self_naming[k]
        for phrase in pattern.finditer(text):
            name = _NAME_AFTER.match(text, phrase.end())
            if name and a.quote_at(name.start(1)) < 0:
                found.append(Mention(name.start(1), name.end(1), name.group(1), "", "person", None))
    return found


def _side(mention: Mention) -> str | None:
    side = mention.side
    return side if isinstance(side, str) and side else None


def _antecedent(a: Article, before: int, body: bool = False, person: bool = False) -> Referent:
    """The most recent earlier speaker, or first-named person of an earlier sentence outside
    that speaker's statement; for "it" (``body``), the most recent body that spoke; for "he"
    or "she" (``person``), no body that spoke by its name ("The Observatory said")."""
    best: tuple[int, Referent] | None = None
    i = bisect.bisect_left(a.attributed_verbs, before) - 1
    if body:
        while i >= 0 and not _is_body(a.attributed[i], a.matchers.lexicon.body_heads):
            i -= 1
        return a.attributed[i] if i >= 0 else Referent(None, "unattributed")
    while person and i >= 0 and a.by_name[i]:
        i -= 1
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


def named_body(speaker: str | None) -> bool:
    """Whether an institution's speaker phrase names the body ("The Observatory", "Syrian
    state TV"), not a person speaking for it ("a spokesman for the Observatory"): a "he"
    after it means someone else."""
    return bool(speaker) and _ARTICLE.sub("", str(speaker).strip(), count=1)[:1].isupper()


def _is_body(who: Referent, body_heads: frozenset[str]) -> bool:
    """Whether a speaker is a body "it" may refer to: an institution, or an unnamed
    speaker whose head noun is one of the lexicon's ``body_heads`` ("the ministry"), not a
    person's ("an officer")."""
    if who.cls == "institution":
        return True
    return who.cls == "anonymous" and who.ref is not None and _fold(who.ref)[2] in body_heads


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
    possible = _naming(a)
    window = _lowered(text[region_start:sent_end]) if possible else None
    for k in possible:
        (pattern, cls), words = matchers.self_naming[k], matchers.naming_words[k]
        if window is not None and not all(word in window for word in words):
            continue  # the phrase cannot occur here
        found = pattern.search(text, region_start, sent_end)
        if found:
            name = _NAME_AFTER.match(text, found.end(), sent_end)
            if name:
                ref = name.group(1)
                a.pseudonyms[normalise(ref).casefold()] = cls
                persons = mentions_in(a, name.start(1), name.end(1))
                actor = persons[0].actor_id if persons else None
                return Referent(ref, cls, actor, side, name.start(1), name.end(1))
    return None


def _described_before(
    a: Article, before: int, bare: str, head: str, side: str | None
) -> Referent | None:
    """The body a definite description ``bare`` refers back to ("the UK-based group", "the
    monitor"): the latest earlier mention of an actor of a type the head noun fits; first one
    whose name holds the head noun ("the center": "the Russian center for reconciliation"),
    or whose side or name holds a word before it ("the Kurdish group": a Kurdish body, not
    the jihadist group named after it), or the body that spoke last."""
    types = _DESCRIBED_TYPES.get(head)
    if types is None:
        return None
    earlier = [
        m
        for m in reversed(a.mentions[: bisect.bisect_left(a.mention_starts, before)])
        if m.actor_type in types
    ]
    named = [m for m in earlier if head in m.surface.casefold().split()]
    # "... the Observatory said ... The group also said": the body that spoke last
    i = bisect.bisect_left(a.attributed_verbs, before) - 1
    last = a.attributed[i].actor_id if i >= 0 and a.attributed[i].cls == "institution" else None
    spoke = [m for m in earlier if last is not None and m.actor_id == last]
    modifiers = set(bare.split()[:-1])
    modified = [
        m
        for m in earlier
        if modifiers & ({str(m.side)} | set(normalise(m.surface).casefold().split()))
    ]
    for m in named[:1] or modified[:1] or spoke[:1] or earlier[:1]:
        return Referent(m.surface, "institution", m.actor_id, _side(m) or side, m.start, m.end)
    return None


def _described_person(a: Article, before: int, own: list[Mention]) -> Referent | None:
    """The person a definite description refers back to ("the commander told Anadolu"
    after "X, a division commander, said"): the latest earlier speaker, if a named person
    who spoke after the last unnamed source, and only if every actor the description
    names was named right before the person somewhere in the report ("the top Iranian
    diplomat" after "Iranian Foreign Minister Mohammad Javad Zarif": a Turkish diplomat
    is someone else)."""
    i = bisect.bisect_left(a.attributed_verbs, before) - 1
    if i < 0:
        return None
    last = a.attributed[i]
    if last.cls != "named_person" or not last.ref:
        return None
    unnamed = a.last_anonymous
    if unnamed is not None and unnamed.start > last.start:
        return None
    if own and not _titled_by(a, last, own):
        return None
    return last


_TITLE_REACH = 40  # characters: "Iranian Foreign Minister " before "Mohammad Javad Zarif"


def _titled_by(a: Article, person: Referent, own: list[Mention]) -> bool:
    """Whether the first word of each of ``own`` (what a description names: "Iranian") is
    written in some mention of ``person`` in the report or within a title's reach before it."""
    if not isinstance(person.actor_id, str):
        return False
    titles = [
        a.text[max(0, m.start - _TITLE_REACH) : m.end].casefold()
        for m in a.mentions
        if m.actor_id == person.actor_id
    ]
    # the mention's first word: "Iranian" of "Iranian diplomat", the demonym a title has
    return all(any(m.surface.split()[0].casefold() in title for title in titles) for m in own)


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
    lex = a.matchers.lexicon
    # "Syrian army defectors said", "a deserter from the Syrian army said": men who left the
    # body the phrase names, so neither it nor its side is theirs
    left = not lex.leaver_heads.isdisjoint(folded.split())
    # The outlet a source speaks to ("told Asharq Al-Awsat") says nothing of the source's side.
    side = None
    for m in reversed(mentions_in(a, region[0], region[1])):
        if left and sp_start <= m.start < sp_end:
            continue
        if _side(m) and m.actor_type != "media":
            side = m.side
            break
    if a.matchers.self_naming:
        named = _self_named(a, region[0], sent.end, side)
        if named is not None:
            return named.cls, named
    if bare in a.pseudonyms:
        cls = a.pseudonyms[bare]
        own = mentions_in(a, sp_start, sp_end)
        actor = own[0].actor_id if own else None
        return cls, Referent(surface, cls, actor, side, sp_start, sp_end)
    if folded in lex.pronouns or _AGE_DESCRIPTION.match(surface):
        return "pronoun_resolved", _antecedent(
            a, sp_start, body=folded == "it", person=folded in lex.personal_pronouns
        )
    own = mentions_in(a, sp_start, sp_end)
    persons = [
        m for m in own if m.actor_type == "person" and not text.startswith(("’s", "'s"), m.end)
    ]
    # "The monitor and Kurdish official X said": the body named first speaks
    first = joined_first(text, own)
    body_first = first is not None and first.actor_type != "person"
    p = None if body_first else speaking_mention(text, sp_start, sp_end, persons)
    if p is not None:
        return "named_person", Referent(
            p.surface, "named_person", p.actor_id, _side(p) or side, p.start, p.end
        )
    name = name_after(
        a.names, text, own[-1].end if own else sp_start, sp_end, after_mention=bool(own)
    )
    if name is not None:  # "Orient News correspondent Jamil al-Hasen"
        ref = text[name[0] : name[1]]
        return "named_person", Referent(ref, "named_person", None, side, *name)
    # a body after a leaver noun and a preposition ("a defector from ...") is not speaking
    speaker_nouns = (lex.speaker_heads | lex.anonymous_heads) - lex.leaver_heads
    speaking = speaking_mention(text, sp_start, sp_end, own, speaker_nouns)
    if not own and bare != folded:
        named = _described_before(a, sp_start, bare, head, side)
        if named is not None:
            return "institution", named
    if head in lex.anonymous_heads and folded.startswith("the "):
        described = _described_person(a, sp_start, own)
        if described is not None:  # "The top Iranian diplomat said", after Zarif spoke
            return "pronoun_resolved", described
    if head in lex.anonymous_heads or (not own and _marked(a, sent.start, sent.end)):
        # "The Syrian defector said", after "A Syrian army officer (who defected) said": the
        # source already met, with its actor and side
        earlier = a.last_anonymous if folded.startswith("the ") else None
        if earlier is not None:
            return "anonymous", Referent(
                earlier.ref, "anonymous", earlier.actor_id, side or earlier.side, sp_start, sp_end
            )
        actor = speaking.actor_id if speaking and not left else None
        return "anonymous", Referent(surface, "anonymous", actor, side, sp_start, sp_end)
    if speaking is not None:
        m = speaking
        return "institution", Referent(
            m.surface, "institution", m.actor_id, _side(m) or side, sp_start, sp_end
        )
    if is_capitalised_name(surface, a.names):
        return "named_person", Referent(surface, "named_person", None, side, sp_start, sp_end)
    if is_capitalised_name(THE_ANY_CASE.sub("", surface), a.names):
        return "institution", Referent(surface, "institution", None, side, sp_start, sp_end)
    return "anonymous", Referent(surface, "anonymous", None, side, sp_start, sp_end)
