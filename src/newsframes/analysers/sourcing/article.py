"""One article as the attribution rules see it: what is computed once per text, the
statements found so far, and the small text helpers every rule uses."""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass, field
from typing import Any

from newsframes.analysers.parse import Parse
from newsframes.analysers.records import Mention, Sentence
from newsframes.analysers.sourcing.verbs import PhraseSpans, VerbMatchers
from newsframes.lexicons.function_words import FunctionWords, load_function_words
from newsframes.lexicons.name_patterns import NamePatterns, load_name_patterns
from newsframes.text.segmentation import WORD

STATEMENT_KINDS = ("direct", "indirect", "according_to", "floating")
QUOTE_MARKS = '"“”'
# A comma and, where a quotation ends there, its closing mark: 'a "critical juncture," adding'
COMMA_AND_QUOTE = rf",[{QUOTE_MARKS}]?"
# Participles that open an aside naming a speaker's office: "Assad, named interim commander of
# the force, said"
NAMING_PARTICIPLES = "named|appointed|elected|chosen"
NEAR_WORDS = 6  # a quotation this close to the verb is its content
# Finite auxiliaries: a clause has begun ("X, who was ...", "the talks had failed").
# A day of the week, in lower case (read with re.IGNORECASE or inside "(?i:...)")
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
AUXILIARIES = r"is|are|was|were|has|have|had|will|would|can|could|did|does|do"
# An aside between a speaker and its verb ("Hassoun, for his part, affirmed").
ASIDES = r"for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|in\s+response"
# A source a speaker cites after its verb, with no comma before it: "..., Al Arabiya reported
# citing activists", "reported SANA citing a military source"
CITING = re.compile(r"\s(?:citing|quoting)\s")
# How far (characters) the rules read either side of a reporting verb, within its sentence:
# more than any sentence of ordinary prose, so only a text without sentence punctuation
# is cut short, and a verb costs the same work in a sentence of any length.
REACH = 1000


@dataclass(slots=True)
class Referent:
    """Who a statement is finally attributed to."""

    ref: str | None
    cls: str
    actor_id: Any = None
    side: Any = None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Statement:
    """One attributed statement: content span, sentence, kind, speaker as written, who it
    is attributed to, and the reporting verb (-1 for a missing offset)."""

    start: int
    end: int
    sent: int
    para: int
    kind: str
    speaker: str | None
    speaker_start: int
    speaker_end: int
    speaker_class: str
    who: Referent
    verb: str | None
    verb_class: str | None
    verb_start: int
    verb_end: int

    @property
    def position(self) -> int:
        """Where the statement begins in the text: its content or its verb, whichever is first."""
        return self.start if self.verb_start < 0 else min(self.start, self.verb_start)


class Covered:
    """Spans added in any order, asked whether they cover positions that never go back.

    Spans not yet reached wait in a heap by start; of those reached only the farthest
    end matters, so each span is handled once however many positions are asked about.
    """

    __slots__ = ("_farthest", "_waiting")

    def __init__(self) -> None:
        self._waiting: list[tuple[int, int]] = []
        self._farthest = -1

    def add(self, start: int, end: int) -> None:
        """Add the span ``[start, end)``."""
        heapq.heappush(self._waiting, (start, end))

    def covers(self, position: int) -> bool:
        """Whether a span added so far holds ``position`` (not below any asked before)."""
        waiting = self._waiting
        while waiting and waiting[0][0] <= position:
            self._farthest = max(self._farthest, heapq.heappop(waiting)[1])
        return position < self._farthest


@dataclass(slots=True)
class Article:
    """Everything computed once per text and shared by the rules, and what they found."""

    text: str
    matchers: VerbMatchers
    sents: list[Sentence]
    sent_starts: list[int]
    quotes: list[tuple[int, int]]
    mentions: list[Mention]  # sorted by start
    paras: dict[int, tuple[int, int]]  # para_id -> start, end
    excluded: PhraseSpans
    anonymity: PhraseSpans
    quote_starts: list[int]
    quote_ends: list[int]
    mention_starts: list[int]
    unlisted_persons: list[Mention]  # persons the gazetteer does not list, no actor id
    words: FunctionWords  # read once per article, not once per verb
    names: NamePatterns  # the same
    marked: dict[int, bool] = field(default_factory=dict)  # sentence start -> anonymity phrase?
    used_quotes: set[int] = field(default_factory=set)
    statements: list[Statement] = field(default_factory=list)
    # Content spans of the statements found so far, by sentence id.
    contents: dict[int, Covered] = field(default_factory=dict)
    # Verb starts of the statements found so far whose speaker is known (ascending), and
    # the referent of the last one with an anonymous speaker.
    attributed_verbs: list[int] = field(default_factory=list)
    attributed: list[Referent] = field(default_factory=list)
    attributed_spans: list[tuple[int, int]] = field(default_factory=list)  # their contents
    # whether each was a body speaking by its name ("The Observatory said"), not through a
    # person ("a spokesman for the Observatory said")
    by_name: list[bool] = field(default_factory=list)
    last_anonymous: Referent | None = None
    pseudonyms: dict[str, str] = field(default_factory=dict)  # name (folded) -> class
    # Every reporting verb's start and end (ascending), noun uses left out.
    verb_starts: list[int] = field(default_factory=list)
    verb_ends: list[int] = field(default_factory=list)
    person_anchors: list[Mention] = field(default_factory=list)
    anchor_starts: list[int] = field(default_factory=list)
    # The self-naming phrases that may occur in the text (their indices), once looked up.
    naming: list[int] | None = None

    @classmethod
    def read(cls, article: Parse, matchers: VerbMatchers) -> Article:
        """The rules' view of a parsed article, for the lexicon ``matchers`` were built from."""
        text = article.text
        paras: dict[int, tuple[int, int]] = {}
        for _sent_id, para_id, start, end in article.sentences:
            first, _last = paras.get(para_id, (start, end))
            paras[para_id] = (min(first, start), end)
        mentions = sorted(article.mentions)
        return cls(
            text=text,
            matchers=matchers,
            sents=article.sentences,
            sent_starts=article.sentence_starts,
            quotes=article.quotes,
            mentions=mentions,
            paras=paras,
            excluded=PhraseSpans(matchers.exclude, text, matchers.local_phrases),
            anonymity=PhraseSpans(matchers.anonymity, text, matchers.local_phrases),
            quote_starts=[s for s, _e in article.quotes],
            quote_ends=[e for _s, e in article.quotes],
            mention_starts=[m.start for m in mentions],
            unlisted_persons=article.unlisted_persons,
            words=load_function_words(),
            names=load_name_patterns(),
        )

    def quote_at(self, pos: int) -> int:
        """Index of the quotation containing ``pos``, or -1."""
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i if i >= 0 and pos < self.quotes[i][1] else -1


def count_words(text: str) -> int:
    """Words in ``text``, as the rest of the package counts them."""
    return len(WORD.findall(text))


def has_no_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no word at all."""
    return not WORD.search(text[start:end])


def strip_span(text: str, start: int, end: int, chars: str = " \t\n\u00a0,;:–—") -> tuple[int, int]:
    """``(start, end)`` narrowed past any of ``chars`` at either end."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
