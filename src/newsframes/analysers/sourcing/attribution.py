"""Finding attributed statements: each reporting verb with its speaker and content, then
the quotations that continue an attributed one.

The patterns, tried on each verb in this order (the most specific first):

- according_to: ..., according to X / According to X, ...
- as_reported:  As X reported, ... / ..., as X said.
- participle:   ..., X said, adding that ... / X left, saying “Q” / X added that Q and said R
                (a reporting participle after a comma, or a verb after "and" or "but",
                speaks for the sentence's earlier speaker; a participle also for its subject).
- direct:       “Q,” said X / “Q,” X said / X said: “Q” / X told Y that “Q”
                (a quotation that opens within six words after the verb); in “Q,” X
                said, “R.” the quotation resumed after the comma is X's too.
- indirect:     ..., X said. / ..., X said Friday. / ..., X said in a statement. /
                ..., X told AFP. / ..., General Y, said. / ..., said X. /
                Men, he claimed, preached ... / X said (that) ... / X claimed more than ...
- headline:     (``headline``) "X: statement", "statement: X", "statement — X" in a
                headline, with no verb.
- floating:     (``floating``) a quotation that begins a sentence and has no verb of its
                own, in the paragraph of an attributed statement or the next one;
                it inherits that statement's speaker.

Reporting verbs inside quotation marks belong to the quoted speech and are not attributions.
The patterns read a verb's sentence up to ``REACH`` characters either side of the verb.
"""

from __future__ import annotations

import bisect
import re

from newsframes.analysers.parse import Parse
from newsframes.analysers.records import Sentence
from newsframes.analysers.sourcing.apposed import (
    RELATIVE,
    TRAILING_SPEAKER_WORDS,
    apposed_speaker,
    inverts,
    speaker_closes,
)
from newsframes.analysers.sourcing.article import (
    NEAR_WORDS,
    REACH,
    Article,
    count_words,
    has_no_word,
    strip_span,
)
from newsframes.analysers.sourcing.clauses import (
    after_addressee,
    after_dateline,
    content_end,
    has_stop,
    is_trailing_tail,
    names_no_speaker,
    opens_clause,
    reports_a_clause,
    statement_that,
)
from newsframes.analysers.sourcing.floating import add_floating
from newsframes.analysers.sourcing.headline import add_headlines, is_headline
from newsframes.analysers.sourcing.joined import joined_statement
from newsframes.analysers.sourcing.quotations import (
    APPOSITION_OPENING,
    ROLE_APPOSITION,
    introduces,
    quote_after,
    quote_before,
)
from newsframes.analysers.sourcing.record import Verb, add_statement, carries
from newsframes.analysers.sourcing.speakers import person_anchors
from newsframes.analysers.sourcing.subjects import (
    has_verb,
    is_aside,
    is_lone_adverb,
    quoted_as,
    speaker_after,
    subject_before,
    without_trailing_aux,
)
from newsframes.analysers.sourcing.transcript import add_transcript_turns
from newsframes.analysers.sourcing.verbs import VerbMatchers, may_be_excluded, verb_matches

_STOP = re.compile(r"[.!?]")
# "..., X said, adding that ...": a participle after the speaker ends the trailing attribution.
_TAG_AT_END = re.compile(r"\s*[\[(][^\])]{1,20}[\])]\s*$")
_APPOSITION = re.compile(r"\s*(?:(?:the|a|an|one|another)\s|[a-z]+ing\b)")
# "Ahmed Khalil, while visiting Homs, said ...": a clause of time between commas
# after a name (not after a clause: "The town fell, as the army advanced, said the monitor")
_SUBORDINATE_ASIDE = re.compile(r"\s*(?:while|as)\s")
_NAME_ALONE = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s*)+")
# "As X reported, ..." opening a sentence (after "But", "And" or "Yet"), and "..., as X said."
# closing it
_AS_OPENING = re.compile(r"(?:(?:But|And|Yet)\s+)?[Aa]s\s+(?=\S)")
_AS_CLOSING = re.compile(r",\s+as\s+(?=\S)")
_AS_SPEAKER_WORDS = 8
# "“Q,” X said, “R.”": the comma after the attribution, right before the resumed quotation;
# a short phrase of place or time may come first ("said in court, “R.”", "said on Monday,")
_RESUMED = re.compile(
    r"(?:[^\S\n]+(?:(?:in|on|at|from|during|late|early|last)(?:[^\S\n]+[\w’'-]+){1,3}"
    r"|today|yesterday|tonight|later))?\s*,\s*"
)


def find_statements(article: Parse, matchers: VerbMatchers) -> Article:
    """Every attributed statement of ``article``, in ``Article.statements`` by sentence."""
    a = Article.read(article, matchers)
    a.person_anchors = person_anchors(a)
    a.anchor_starts = [m.start for m in a.person_anchors]
    text, sents, sent_starts = a.text, a.sents, a.sent_starts
    verbs = matchers.lexicon.verbs
    # Anonymity markers and excluded phrases matter only around a reporting verb: they
    # are looked for there, and last of the checks on a verb.
    found = verb_matches(matchers, text)
    a.verb_starts = [start for start, *_ in found]
    a.verb_ends = [end for _, end, *_ in found]
    for start, end, surface, key in found:
        if a.quote_at(start) >= 0:
            continue
        k = bisect.bisect_right(sent_starts, start) - 1
        if k < 0:
            continue
        sent = sents[k]
        contents = a.contents.get(sent.sent_id)
        if contents is not None and contents.covers(start):
            continue  # a verb inside the content of this sentence's earlier statement
        if may_be_excluded(matchers, text, surface, end) and a.excluded.cover(start, end):
            continue
        _attribute(a, Verb(start, end, verbs[str(key)]), _around(sent, start, end))
    add_headlines(a)
    add_transcript_turns(a)
    add_floating(a)
    a.statements.sort(key=lambda st: (st.sent, st.start))
    return a


def _around(sent: Sentence, start: int, end: int) -> Sentence:
    """The part of ``sent`` the patterns read for the verb at ``[start, end)``: all of it,
    unless it reaches more than ``REACH`` characters beyond the verb."""
    if sent.end - sent.start <= REACH:
        return sent
    return sent._replace(start=max(sent.start, start - REACH), end=min(sent.end, end + REACH))


def _attribute(a: Article, verb: Verb, sent: Sentence) -> None:
    """Apply the patterns to one reporting verb, in order of how specific they are; none to
    a passive or conditional form ("If confirmed, ...", "was denied"), which names no speaker."""
    if names_no_speaker(a.text, sent.start, verb.start, verb.end):
        return
    sent = sent._replace(start=after_dateline(a.text, sent.start, verb.start)[0])
    if verb.entry.verb == "according to":
        _according_to(a, verb, sent)
    elif verb.entry.needs_quote:
        _named_in_quotes(a, verb, sent)
    elif _as_reported(a, verb, sent) or joined_statement(a, verb, sent):
        return
    elif not _direct(a, verb, sent):
        _indirect(a, verb, sent)


# One capitalised word alone before "according to" opens the sentence ("Otherwise,"), no statement.
_ONE_OPENING_WORD = re.compile(r"[A-Z][a-z]+")


def _according_to(a: Article, verb: Verb, sent: Sentence) -> None:
    """..., according to X  /  According to X, ..."""
    text = a.text
    v_start, v_end = verb.start, verb.end
    sp_start, sp_end = speaker_after(a, v_end, sent.end, cut_preposition=False)
    before = strip_span(text, sent.start, v_start)
    if has_no_word(text, *before) or _ONE_OPENING_WORD.fullmatch(text, *before):
        # "According to X, C" / "Otherwise, according to X, C": the rest is the statement
        content = strip_span(text, sp_end, sent.end, " \t\n\u00a0,.")
    elif carries(a, sent, *before, next_to=v_start):
        return  # "Q, X said, according to the agency": the agency carried X's statement
    else:
        content = before
    q = a.quote_at(content[0])
    if q >= 0 and a.quotes[q][1] >= content[1]:
        a.used_quotes.add(q)  # “Q,” according to X: the quotation is attributed, not floating
    add_statement(a, "according_to", content, (sp_start, sp_end), (sp_start, sp_end), verb, sent)


def _as_reported(a: Article, verb: Verb, sent: Sentence) -> bool:
    """As X reported, ...  /  ..., as X said.: "as" and a short speaker before the verb, the
    rest of the sentence (or the part before the comma) the statement. Whether it applied."""
    text = a.text
    v_start, v_end = verb.start, verb.end
    opening = _AS_OPENING.match(text, sent.start, v_start)
    closing = None if opening else _last_match(_AS_CLOSING, text, sent.start, v_start)
    found = opening or closing
    if found is None:
        return False
    sp = strip_span(text, found.end(), v_start)
    sp = (sp[0], without_trailing_aux(a.words, text, *sp))  # "as X has reported"
    speaker = text[sp[0] : sp[1]]
    if (
        not 0 < count_words(speaker) <= _AS_SPEAKER_WORDS
        or has_stop(speaker)
        or "," in speaker  # "..., as many as 40, activists said": no "as X said"
        or has_verb(a.words, text, *sp)  # "As the fighting raged, X said"
    ):
        return False
    if opening:
        comma = text.find(",", v_end, sent.end)
        if comma < 0 or not is_trailing_tail(text, v_end, comma, verb.entry.verb):
            return False
        content = strip_span(text, comma + 1, sent.end)
    else:
        tail_end = _tail_end(text, v_end, sent.end)
        if not is_trailing_tail(text, v_end, tail_end, verb.entry.verb):
            return False
        content = strip_span(text, sent.start, found.start())
    add_statement(a, "indirect", content, sp, (sp[0], v_start), verb, sent)
    return True


def _tail_end(text: str, v_end: int, s_end: int) -> int:
    """Where the words after a verb end: before a closing tag (", activists say [Video]"),
    closing marks and spaces."""
    tag = _TAG_AT_END.search(text, v_end, s_end)
    tail_end = tag.start() if tag else s_end
    while tail_end > v_end and text[tail_end - 1] in ".!?”’\"') \n":
        tail_end -= 1
    return tail_end


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def _resumed(a: Article, after: int, para_end: int) -> int:
    """The quotation resumed right after an attribution ending at ``after`` ("“Q,” he
    said, “R.”"), or -1."""
    comma = _RESUMED.match(a.text, after)
    if comma is None:
        return -1
    q = quote_after(a, after, para_end)
    return q if q >= 0 and a.quotes[q][0] <= comma.end() + 1 else -1


def _direct(a: Article, verb: Verb, sent: Sentence) -> bool:
    """“Q,” said X  /  “Q,” X said  /  X said (that) “Q”. Whether one was found."""
    text = a.text
    v_start, v_end = verb.start, verb.end
    para_start, para_end = a.paras[sent.para_id]
    q = quote_before(a, v_start, para_start)
    if q >= 0:
        gap_start, gap_end = strip_span(text, a.quotes[q][1], v_start)
        a.used_quotes.add(q)
        if gap_end > gap_start:  # “Q,” X said  /  “Q,” X, a commander, said
            comma = text.find(",", gap_start, gap_end)
            if comma > gap_start and (
                APPOSITION_OPENING.match(text, comma + 1, gap_end)
                or ROLE_APPOSITION.match(text, comma + 1, gap_end)
            ):
                gap_end = comma
            # “Q,” Xinhua quoted al-Zamel as saying: al-Zamel speaks
            speaker = quoted_as(
                text, gap_start, without_trailing_aux(a.words, text, gap_start, gap_end)
            )
            region = (gap_start, v_start)
        else:  # “Q,” said X
            speaker = speaker_after(a, v_end, sent.end)
            region = (speaker[0], sent.end)
        add_statement(a, "direct", a.quotes[q], speaker, region, verb, sent)
        resumed = _resumed(a, max(v_end, speaker[1]), para_end)
        if resumed >= 0 and resumed not in a.used_quotes:  # “Q,” he said, “R.”
            a.used_quotes.add(resumed)
            add_statement(a, "direct", a.quotes[resumed], speaker, region, verb, sent)
        return True
    q = quote_after(a, v_end, para_end)
    if q >= 0 and a.quotes[q][0] < sent.end and introduces(a, verb.end, a.quotes[q][0], verb.entry):
        a.used_quotes.add(q)
        sp_start, sp_end, region_start = subject_before(a, sent.start, v_start)
        add_statement(
            a, "direct", a.quotes[q], (sp_start, sp_end), (region_start, v_start), verb, sent
        )
        return True
    return False


# How many words the object of a naming verb may have before its quotation ("called the
# government's actions “unacceptable”").
_NAMED_OBJECT_WORDS = 6
_CLAUSE_MARKS = frozenset(".;:!?,\n")


def _named_in_quotes(a: Article, verb: Verb, sent: Sentence) -> None:
    """X called the attack “Q”: a verb that names (``needs_quote``) states only the quotation
    after its object of a few words. "An operation called “Olive Branch”" has no object,
    "a protest called the “Friday of Dignity”" only an article, and "what he called
    terrorists" no quotation: no statement."""
    q = quote_after(a, verb.end, a.paras[sent.para_id][1])
    if q < 0 or a.quotes[q][0] >= sent.end:
        return
    gap = a.text[verb.end : a.quotes[q][0]]
    if not 0 < len(gap.split()) <= _NAMED_OBJECT_WORDS or not _CLAUSE_MARKS.isdisjoint(gap):
        return
    if gap.strip().casefold() == "the":
        return  # "a demonstration called the “Friday of ...”": a name given, no statement
    sp_start, sp_end, region_start = subject_before(a, sent.start, verb.start)
    if sp_end <= sp_start:
        return
    a.used_quotes.add(q)
    add_statement(
        a, "direct", a.quotes[q], (sp_start, sp_end), (region_start, verb.start), verb, sent
    )


def _indirect(a: Article, verb: Verb, sent: Sentence) -> None:
    """..., X said.  /  ..., said X.  /  Men, he claimed, preached ...  /  X said (that) ..."""
    text = a.text
    v_start, v_end, entry = verb.start, verb.end, verb.entry
    s_start, s_end = sent.start, sent.end
    last_comma = text.rfind(",", s_start, v_start)
    tail_end = _tail_end(text, v_end, s_end)
    if last_comma > s_start and not has_no_word(text, s_start, last_comma):
        between = text[last_comma + 1 : v_start]
        trailing = tail_end <= v_end or is_trailing_tail(text, v_end, tail_end, entry.verb)
        apposed = trailing and has_no_word(text, last_comma + 1, v_start)
        # "..., said Ahmed Khalil, a commander of ...": the speaker's name up to a comma
        name_end = text.find(",", v_end, tail_end)
        name_end = tail_end if name_end < 0 else name_end
        named_last = apposed and speaker_closes(a, verb, name_end, tail_end)
        if apposed and not named_last and apposed_speaker(a, verb, sent, last_comma):
            return  # ..., the chief of staff, Valery Gerasimov, said.
        if (
            trailing
            and 0 < count_words(between) <= TRAILING_SPEAKER_WORDS
            and not has_stop(between)
            # "Earlier, X urged the Kurds to help": an opening adverb is no statement
            and not is_lone_adverb(a.words, text, s_start, last_comma + 1)
        ):
            if carries(a, sent, s_start, last_comma):
                return  # "X reiterated Q, SANA reported.": SANA carried X's statement
            sp = strip_span(text, last_comma + 1, v_start)
            sp = (sp[0], without_trailing_aux(a.words, text, *sp))
            add_statement(a, "indirect", (s_start, last_comma), sp, (sp[0], v_start), verb, sent)
            return
        previous = text.rfind(",", s_start, last_comma) + 1 or s_start
        # "Ahmed, who lives in Homs, said ...": a relative clause on the subject (not on the
        # object of a clause before it: "X will attend the talks, whose date is not set, said
        # the minister")
        relative = RELATIVE.match(text[previous:last_comma]) and not has_verb(
            a.words, text, s_start, previous
        )
        # "Ahmed Khalil, reporting from Beirut, said the town fell": an apposition or a
        # participle before the verb, so what follows it is its content, not its speaker
        # ("..., fired at a bus, killing ten, said an activist": a clause before the
        # participle, whose speaker follows the verb)
        apposition = (
            not named_last
            and previous > s_start
            and (
                _APPOSITION.match(text, previous, last_comma)
                # "Ahmed Khalil, head of the council, said the town fell": a role with no
                # article
                or ROLE_APPOSITION.match(text, previous, last_comma)
                # "Ahmed Khalil, as the war began, said the town fell"
                or (
                    _SUBORDINATE_ASIDE.match(text, previous, last_comma)
                    and _NAME_ALONE.fullmatch(text, s_start, previous - 1)
                )
            )
            and not has_verb(a.words, text, s_start, previous)
            # "However, the army is not ready, said X": an opening adverb, not a name
            and not is_lone_adverb(a.words, text, s_start, previous)
        )
        if (
            has_no_word(text, last_comma + 1, v_start)
            and not relative
            and not apposition
            and not is_aside(text[previous:last_comma])
            and (inverts(a, text[v_start:v_end]) or is_headline(a, sent))  # "..., warns UN"
            and 0 < count_words(text[v_end:name_end]) <= NEAR_WORDS
            and not opens_clause(a.words, text, v_end, name_end)
        ):
            sp = speaker_after(a, v_end, s_end)
            add_statement(a, "indirect", (s_start, last_comma), sp, (sp[0], s_end), verb, sent)
            return
        # Men, he claimed, preached ...
        if text[v_end : v_end + 1] == "," and 0 < count_words(between) <= 3:
            sp = strip_span(text, last_comma + 1, v_start)
            add_statement(a, "indirect", (s_start, s_end), sp, sp, verb, sent)
            return
    # X said (that) ... / X claimed more than ...
    sp_start, sp_end, region_start = subject_before(a, s_start, v_start)
    if sp_end <= sp_start:
        return  # no speaker: a participle or an imperative, not an attribution
    that = statement_that(a, v_end, s_end, entry.object_first)
    c_start = that if that >= 0 else v_end
    if that < 0 and entry.verb == "tell":
        c_start = after_addressee(a.words, text, v_end, s_end)  # "X told Reuters the road was open"
    if (
        entry.needs_that
        and that < 0
        and not is_headline(a, sent)
        and not reports_a_clause(a.words, text, v_end, s_end)
    ):
        return  # "General Staff reports pullout of ..." needs no "that" in a headline
    cut = that >= 0 or entry.object_first  # "condemned the attack, saying R": R is said
    content = strip_span(text, c_start, content_end(a, c_start, s_end, cut), " \t\n\u00a0,:")
    add_statement(a, "indirect", content, (sp_start, sp_end), (region_start, v_start), verb, sent)
