"""The speaker phrase of a reporting verb: the subject before it ("X said", "X, a
commander, said", "Zarif, meeting the Mufti, ..., described"), or the words after it
("..., said one intelligence official, ..."); and the small tests on phrases the patterns
use (a name, an aside, a clause's subject)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsframes.analysers.records import Mention
from newsframes.analysers.sourcing.article import (
    ASIDES,
    AUXILIARIES,
    CITING,
    NAMING_PARTICIPLES,
    QUOTE_MARKS,
    Article,
    count_words,
    strip_span,
)
from newsframes.analysers.sourcing.cuts import Cuts, cuts_for
from newsframes.analysers.sourcing.quotations import ROLE_APPOSITION
from newsframes.lexicons.abbreviations import load_abbreviations
from newsframes.lexicons.function_words import FunctionWords
from newsframes.lexicons.name_patterns import NamePatterns, load_name_patterns
from newsframes.lexicons.word_regex import words_regex

_MAX_SPEAKER_WORDS = 8
_FINITE = re.compile(rf"\s(?:{AUXILIARIES})\b", re.IGNORECASE)
# A comma between thousands ("660,000") cuts nothing.
# a dash cuts a clause, but not a compound a dash joins as a hyphen would ("the Britain—based
# Observatory", "a US—backed group")
_CUT_MARK = re.compile(
    r",(?!(?<=\d,)\d{3})|[;:]"
    r"|[–—](?!(?:based|backed|led|run|funded|controlled|held|owned|affiliated|born)(?![\w-]))"
)
_SEGMENT_SKIP = re.compile(
    # "Mufti Hassoun, for his part, affirmed": the speaker is before the aside
    rf"(?:who|whom|whose|which|where|speaking|giving|having|while|as|{ASIDES})\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\s*[a-z]+ing\s")
# A segment that opens with a finite auxiliary, or a past verb and its object, is a predicate;
# its subject is earlier ("Davutoglu, however, dismissed the claim, saying": Davutoglu)
_PREDICATE = re.compile(
    rf"(?i:{AUXILIARIES})\s|[a-z]+ed\s+(?:(?:the|a|an|his|her|its|their|any|all|this|these)\s"
    r"|[A-Z][\w.-]*['’]s\s)"
)
# "..., which the government blamed on": the government; "..., where activists say": activists
_OBJECT_RELATIVE = re.compile(
    r"(?:(?:which|whom|who)\s+(?=(?:the|a|an|his|her|its|their)\s|[A-Z])|where\s+(?=\w)"
    # ... or a bare plural: "Homs, which activists say is shelled"
    r"|(?:which|whom)\s+(?!(?:is|was|has|does)\b)(?=[a-z]+s\s*$))"
)
# "The army, backed by Iraqi fighters, said": a participle's phrase between commas; "Assad,
# named interim commander of the force, said": a naming participle's phrase too
_BY_PHRASE = re.compile(
    rf"(?:(?:[a-z]+ed|held|run|known)\s+by\b|(?:{NAMING_PARTICIPLES})\s+(?:as\s+)?[a-z])"
)
# "press officer Sirpa Franzén": a role in lower case, then a name (not "the head of X Y")
_ROLE_AND_NAME = re.compile(
    r"(?!(?:the|a|an)\s)(?:(?!of\b)[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*"
)
# "Asked by X, press officer Y said", "Last Spring, the service said": no name before them
_NO_APPOSITION_BEFORE = re.compile(
    r"(?:[A-Za-z]+(?:ed|ing)\s+(?:by|to|with|from)\b"
    # a time before a comma: "Last Spring, ...", "Earlier Monday, the monitor reported"
    r"|(?:Last|Next|This|Early|Late)\s+[A-Z]"
    # ... "Earlier" and "Later" only before a day ("Later Sergei Lavrov, the minister, said":
    # Lavrov)
    r"|(?:Earlier|Later)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight)\b)"
)
# A verb, perhaps a capitalised addressee (not a day), then a comma: the attribution is a
# parenthesis in its statement ("Russia, a senior US official said, is not serious", "The
# regime, an activist told AFP, had shelled"), so the phrase before the verb is its speaker,
# not an apposition to the name before it
_PARENTHETICAL = re.compile(
    r"[\w-]+(?:[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][\w.'’-]*)?[ \t]*,"
)
# A description opening an apposition: "a grassroots opposition network", "one rebel faction"
_DESCRIBED = re.compile(r"(?:a|an|one|another)\s")
# A definite description that such an apposition describes: "The spokesman for the SDF, a
# key US ally, said" (unless it is a time: ``Cuts.time_phrase``)
_DEFINITE_SUBJECT = re.compile(r"[Tt]he\s+[\w’'.-]+(?:\s+[\w’'.()-]+){0,6}")
# "targeted by what activists said were Russian strikes": the speaker is after "what"
_WHAT = re.compile(r".*\bwhat\s+(?=\w)", re.IGNORECASE | re.DOTALL)
# "negotiations that officials have said could last": the speaker is the short noun phrase
# after "that", up to the verb (not "the commander that led the brigade said", whose
# "that" opens the commander's own clause)
_THAT_SUBJECT = re.compile(
    r".*\bthat\s+(?=(?:(?:the|a|an|his|her|its|their|some|many)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[a-z]+s)\s*$)",
    re.DOTALL,
)
_ASIDE = re.compile(rf"\s*(?:{ASIDES})\s*$", re.IGNORECASE)
_TRAILING_AND = re.compile(r"\s+and\s*$")
_SPEAKER_STOP = re.compile(r"[,.;:!?(\[]|\s[–—]\s")
THE_ANY_CASE = re.compile(r"^the\s+", re.IGNORECASE)
_LEAD_RUN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'.-]*\s*)+)")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*$")
_PAST_VERB = re.compile(r"\s(?:[a-z]+ed|left|met|went|took|gave|made|held|sent|fled)\b")
# A definite description's head noun -> the actor types it may refer back to ("the
# UK-based group said" after the Syrian Observatory for Human Rights was named).
_QUOTED_AS = re.compile(r".+?\s+(?:quoted|cited)\s+(?P<who>.+?)\s+as$", re.DOTALL)
_WORD = r"[A-Z][\w’'.-]*"
# A speaker phrase ending in "to": the verb after it is an infinitive, not a report
_INFINITIVE_MARK = re.compile(r"\bto$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _name_pattern(names: NamePatterns) -> re.Pattern[str]:
    """A few capitalised words, perhaps with a particle ("al-Assad") or a joining word
    ("bin Laden", "Jaish al Izza", "de Mistura") from ``name_patterns.yml``."""
    word = rf"(?:(?:{words_regex(names.particles)})-)?{_WORD}"
    joiner = rf"(?:\s+(?:{words_regex(names.person_joiners)}))?"
    return re.compile(rf"^{word}(?:{joiner}\s+{word}){{0,3}}$")


def is_capitalised_name(text: str, names: NamePatterns | None = None) -> bool:
    """Whether ``text`` is a few capitalised words, a name as written ("Ahmed al-Khalil",
    "Staffan de Mistura"); ``names``: the article's name patterns, read if not given."""
    pattern = _name_pattern(names if names is not None else load_name_patterns())
    return pattern.match(text) is not None


def quoted_as(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker in "the agency quoted X as (saying)": X; any other phrase as it is."""
    quoted = _QUOTED_AS.match(text, start, end)
    return quoted.span("who") if quoted is not None else (start, end)


def without_trailing_aux(words: FunctionWords, text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` before trailing auxiliaries and adverbs
    ("Ahmed has also" said: "Ahmed")."""
    aux = cuts_for(words).trailing_aux.search(text[start:end])
    return start + aux.start() if aux else end


def _is_adverbial(cuts: Cuts, seg: str) -> bool:
    """Whether the segment ``seg`` is an adverbial, no subject: one adverb ("Earlier,"), or
    a phrase opened by a preposition ("After a week of shelling,", "Following the attack,")."""
    return bool(
        cuts.lone_adverb.fullmatch(seg)
        or cuts.opening_preposition.match(seg.lstrip())
        or cuts.prepositional_participle.match(seg)
    )


def subject_before(a: Article, sent_start: int, verb_start: int) -> tuple[int, int, int]:
    """The speaker phrase before a verb: ``(start, end, region_start)``; empty if none."""
    text = a.text
    cuts = cuts_for(a.words)
    region = text[sent_start : without_trailing_aux(a.words, text, sent_start, verb_start)]
    marks = [m.end() for m in _CUT_MARK.finditer(region)]
    bounds = [0, *marks, len(region)]
    # "Zarif, meeting the Mufti, Dr. Hassoun, on the sidelines, described": the segments
    # from a participle on belong to it, the speaker is before them
    top = len(bounds) - 2
    for j in range(1, top + 1):
        # (a participle inside a quotation is the quoted speaker's: "“..., including X,” Y said")
        if _PARTICIPLE.match(region, bounds[j]) and a.quote_at(sent_start + bounds[j]) < 0:
            if cuts.speaking_participle.match(region, bounds[j]) and all(
                cuts.lone_adverb.fullmatch(region, bounds[i], bounds[i + 1]) for i in range(j)
            ):
                continue  # "Earlier, referring to a report, Supo sources said": no subject yet
            # "After a series of offensives, including ..., Obama said": a preposition's
            # phrase after adverbials only, no subject yet; after a subject it is cut like a
            # participle's ("Rebels, including the FSA, Ahrar al-Sham and others, said")
            if cuts.prepositional_participle.match(region, bounds[j]) and all(
                _is_adverbial(cuts, region[bounds[i] : bounds[i + 1]]) for i in range(j)
            ):
                continue
            top = j - 1
            break
    for k in range(top, -1, -1):
        s, e = bounds[k], bounds[k + 1]
        seg = region[s:e].rstrip(",;:–— ")
        between_commas = k and region[s:e].rstrip().endswith(",")
        if between_commas and cuts.opening_preposition.match(seg.lstrip()):
            continue  # "X, in an interview with Y, said": an adverbial between commas
        lead = cuts.leading_filler.match(seg.lstrip())
        offset = len(seg) - len(seg.lstrip()) + (lead.end() if lead else 0)
        if lead:
            # an actor's name that opens with a filler keeps it: "NOW Lebanon reported"
            at = sent_start + s
            for m in mentions_in(a, at, at + len(seg)):
                if m.start >= at + offset:
                    break
                if cuts.filler_word.match(text, m.start):
                    offset = m.start - at
                    break
        if not region[s:e].rstrip().endswith(","):
            opener = cuts.clause_opener.match(seg, offset)
            offset = opener.end() if opener else offset
        seg_text = seg[offset:]
        relative = (
            _OBJECT_RELATIVE.match(seg_text)
            or _WHAT.match(seg_text)
            or _THAT_SUBJECT.match(seg_text)
        )
        if relative:
            offset += relative.end()
            seg_text = seg_text[relative.end() :]
        if not seg_text.strip() or _SEGMENT_SKIP.match(seg_text):
            continue
        if k and _PREDICATE.match(seg_text):
            continue  # "Officers ..., who are based in Daraa, have sent messages saying"
        if k and between_commas and _BY_PHRASE.match(seg_text):
            continue  # "The Syrian military, backed by Shia fighters, said"
        seg_text = _TRAILING_AND.sub("", seg_text)
        cut = cuts.clause_cut.search(seg_text)
        if cut:
            seg_text = seg_text[: cut.start()]
        if count_words(seg_text) > _MAX_SPEAKER_WORDS:
            finite = _FINITE.search(seg_text)
            if finite:
                seg_text = seg_text[: finite.start()]
        begin = sent_start + s + offset
        sp_start, sp_end = strip_span(text, begin, begin + len(seg_text))
        if _INFINITIVE_MARK.search(text, sp_start, sp_end):
            break  # "knelt by the graves to say goodbye", "declined to say": no one's words
        sp_start, sp_end = quoted_as(text, sp_start, sp_end)
        named = (
            _named_before_apposition(a, sent_start, sent_start + bounds[k - 1], sp_start, sp_end)
            if k and not relative and not _PARENTHETICAL.match(text, verb_start)
            else None  # "Homs, which activists say is shelled": the relative's own subject
        )
        if named is not None:
            return named[0], named[1], named[0]
        return sp_start, sp_end, begin
    return verb_start, verb_start, verb_start


def _named_before_apposition(
    a: Article, sent_start: int, seg_start: int, sp_start: int, sp_end: int
) -> tuple[int, int] | None:
    """The name before an apposition ("Nisrin Ahmad, a resident of Hasakah, said"): the
    comma-ended segment before the speaker phrase, when it is a person's name and the
    phrase names no person; before two appositions, the segment before the first ("Rami
    Abdel Rahman, director of the Observatory, a monitoring group, told")."""
    text = a.text
    comma = text.rfind(",", seg_start, sp_start)
    if comma < 0 or text[comma + 1 : sp_start].strip():
        return None
    if has_verb(a.words, text, sp_start, sp_end):
        return None  # a clause, not an apposition ("On Thursday, the donors held talks ...")
    if any(m.actor_type == "person" for m in mentions_in(a, sp_start, sp_end)):
        return None
    if _ROLE_AND_NAME.fullmatch(text, sp_start, sp_end):
        return None  # "..., press officer Sirpa Franzén said": the phrase names its speaker
    start, end = strip_span(text, seg_start, comma)
    phrase_named = is_capitalised_name(text[sp_start:sp_end], a.names)
    if phrase_named and " and " in text[start:end]:
        return None  # "Accompanied by X and Y, Atalay told": a name after a list, no apposition
    earlier = text.rfind(",", sent_start, start)
    if (
        earlier > sent_start
        and a.quote_at(earlier) < 0  # not the words of a quotation before the speaker
        and (ROLE_APPOSITION.match(text, start, end) or _DESCRIBED.match(text, start, end))
        and not any(m.actor_type == "person" for m in mentions_in(a, start, end))
    ):
        return _named_before_apposition(a, sent_start, sent_start, start, end)
    if _NO_APPOSITION_BEFORE.match(text, start, end):
        return None  # "Asked by newspaper X, ...", "Last Spring, ...": no name apposed
    if cuts_for(a.words).opening_preposition.match(text, start, end):
        return None  # "In a letter to Ahmed Khalil, it called for ...": no apposition
    persons = [m for m in mentions_in(a, start, end) if m.actor_type == "person"]
    if persons and persons[-1].end == end:
        return persons[-1].start, end
    # "The Local Coordination Committees, a grassroots network, said": a body named by the
    # whole segment, then a description of it
    named = [m for m in mentions_in(a, start, end) if m.end == end]
    if (
        named
        and _DESCRIBED.match(text, sp_start)
        and not has_word_before(text, start, named[-1].start)
    ):
        return start, end
    if (
        _DESCRIBED.match(text, sp_start)
        and _DEFINITE_SUBJECT.fullmatch(text, start, end)
        and not cuts_for(a.words).time_phrase.match(text, start, end)
        and not has_verb(a.words, text, start, end)
    ):
        return start, end  # "The council, a coalition of groups, said": the council speaks
    # "Jaish al Omar, one rebel faction, said"; one word is an adverb: "Earlier, the ..."
    if not phrase_named:  # a description after a bracket: "Sen. Jane Doe (R-Texas), the ..."
        end = name_span(text, start, end)[1]
    if count_words(text[start:end]) > 1 and is_capitalised_name(text[start:end], a.names):
        return start, end
    name = _NAME_RUN.search(text, start, end)
    if name is not None and cuts_for(a.words).preposition_before.search(text, start, name.start()):
        return None  # "a ground operation in Afrin Region, the military said": a place
    return (
        (name.start(), end)
        if name is not None and is_capitalised_name(text[name.start() : end], a.names)
        else None
    )


# A bracket closing a name: "Rep. Jane Doe (D-Ariz.)", "Ahmed Khalil (pictured)"
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{1,30}\)$")


def name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without spaces and quotation marks around it or a bracket after
    it: the name between a quotation's close and an apposition (“...,” Jane Doe (D-Ariz.),
    a former Marine, tweeted)."""
    start, end = strip_span(text, start, end, " \t\n\u00a0" + QUOTE_MARKS)
    bracket = _BRACKET_AFTER.search(text, start, end)
    return (start, bracket.start()) if bracket else (start, end)


def is_name(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a person's name: a person mention ending there, or a
    few capitalised words."""
    if any(m.actor_type == "person" and m.end == end for m in mentions_in(a, start, end)):
        return True
    return is_capitalised_name(a.text[start:end], a.names)


def is_aside(text: str) -> bool:
    """Whether ``text`` is an aside between commas ("for his part", "in turn")."""
    return _ASIDE.match(text) is not None


def is_lone_adverb(words: FunctionWords, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one filler or adverb and its comma ("However,")."""
    return cuts_for(words).lone_adverb.fullmatch(text, start, end) is not None


def lead_subject(a: Article, start: int, end: int) -> int:
    """The end of the subject that opens the clause ``text[start:end]`` ("Ahmed Khalil left
    the room": "Ahmed Khalil"): its first actor mention, else its run of capitalised words
    (after a leading "the"); the whole clause if it has neither."""
    text = a.text
    first = mentions_in(a, start, end)
    if first and not has_word_before(text, start, first[0].start):
        return first[0].end
    verb = _PAST_VERB.search(text, start, end)
    if verb is not None and verb.start() > start:  # "A top official hailed ...": before "hailed"
        return strip_span(text, start, verb.start())[1]
    run = _LEAD_RUN.match(text, start, end)
    if run is None or not run.group(1) or run.group(1).strip() in {"The", "A", "An"}:
        return end  # "The envoy", "A monitor": no capitalised name after the article
    return start + len(run.group(0).rstrip())


def clause_subject(a: Article, start: int, end: int) -> int:
    """The end of the subject of the clause ``text[start:end]``: before its first finite or
    past-tense verb ("The regime forces were nervous": "The regime forces")."""
    verbs = [
        m.start()
        for m in (_FINITE.search(a.text, start, end), _PAST_VERB.search(a.text, start, end))
        if m
    ]
    cut = min((v for v in verbs if v > start), default=end)
    return strip_span(a.text, start, cut)[1]


def has_verb(words: FunctionWords, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a finite or past-tense verb, not an adjective after
    a determiner, or after a determiner and a capitalised word ("the donors held talks"
    does; "one of the defected colonels", "the chief of the Iranian armed forces" do not)."""
    determiners = words.determiners
    for pattern in (_FINITE, _PAST_VERB):
        for verb in pattern.finditer(text, start, end):
            before = text[start : verb.start()].split()
            if not before or before[-1].casefold() in determiners:
                continue
            if (
                len(before) > 1
                and before[-1][:1].isupper()
                and before[-2].casefold() in determiners
            ):
                continue  # "the Iranian armed forces": a capitalised adjective between them
            return True
    return False


def has_word_before(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` holds a word other than "the"."""
    return bool(THE_ANY_CASE.sub("", text[start:at]).strip())


def speaker_after(
    a: Article, verb_end: int, sent_end: int, cut_preposition: bool = True
) -> tuple[int, int]:
    """The speaker phrase after a verb ("said one intelligence official, ...")."""
    text = a.text
    end = _speaker_stop(text, verb_end, sent_end)
    citing = CITING.search(text, verb_end, end)
    if citing is not None:
        end = citing.start()  # "..., reported SANA citing a military source"
    cut = cuts_for(a.words).preposition_cut
    prep = cut.search(text[verb_end:end]) if cut_preposition else None
    if prep:
        end = verb_end + prep.start()
    return strip_span(text, verb_end, end, " \t\n\u00a0" + QUOTE_MARKS)


def _speaker_stop(text: str, start: int, end: int) -> int:
    """Where the speaker phrase starting at ``start`` ends: at the first mark of
    :data:`_SPEAKER_STOP`, but not at the full stop inside a word ("U.S.-backed"), of a
    title or an initial before a name ("said Dr. Zaher Sahloul", "John F. Kerry"), or of
    another abbreviation before a lower-case word ("the U.S. military"); after such an
    abbreviation a capital starts the next sentence ("according to the U.N. Turkey ...")."""
    abbreviations = load_abbreviations()
    pos = start
    while (stop := _SPEAKER_STOP.search(text, pos, end)) is not None:
        at = stop.start()
        if text[at] != ".":
            return at
        if _INSIDE_A_WORD.match(text, at):
            pos = stop.end()
            continue
        found = _ABBREVIATED.search(text, max(0, at - 12), at)
        word = found.group() if found else ""
        if word in abbreviations.titles or (len(word) == 1 and word.isupper()):
            pos = stop.end()  # a name follows
            continue
        if word not in abbreviations.always:
            return at
        if _CAPITAL_NEXT.match(text, at + 1, end) or not text[at + 1 : end].strip():
            return at + 1  # the abbreviation's full stop ends the sentence too
        pos = stop.end()
    return end


# The word before a full stop, with its inner full stops ("U.S", "Dr"); a full stop with a
# word character or a hyphen right after it ("U.S.-backed", "U.N"); a capitalised word next.
_ABBREVIATED = re.compile(r"[A-Za-z][A-Za-z.]*$")
_INSIDE_A_WORD = re.compile(r"\.(?=[\w-])")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def mentions_in(a: Article, start: int, end: int) -> list[Mention]:
    """The mentions that lie wholly inside ``text[start:end]``, in text order."""
    lo = bisect.bisect_left(a.mention_starts, start)
    hi = bisect.bisect_right(a.mention_starts, end, lo)
    return [m for m in a.mentions[lo:hi] if m.end <= end]
