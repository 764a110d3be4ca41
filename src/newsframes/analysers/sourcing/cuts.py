"""Where a speaker phrase is cut, or what opens it and is no part of it: the patterns the
speaker rules build from ``function_words.yml``, once per version of that lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsframes.analysers.sourcing.article import AUXILIARIES, DAY
from newsframes.lexicons.function_words import FunctionWords
from newsframes.lexicons.word_regex import words_regex


@dataclass(frozen=True)
class Cuts:
    """The patterns built from ``function_words.yml``."""

    trailing_aux: re.Pattern[str]
    opening_preposition: re.Pattern[str]
    clause_cut: re.Pattern[str]
    leading_filler: re.Pattern[str]
    filler_word: re.Pattern[str]  # a filler opening a name: "NOW Lebanon reported"
    preposition_cut: re.Pattern[str]
    preposition_before: re.Pattern[str]  # a preposition right before a name: a place
    lone_adverb: re.Pattern[str]  # a segment of one filler or adverb: "Earlier,"
    speaking_participle: re.Pattern[str]  # "referring to ...": an adverbial, never a subject
    prepositional_participle: re.Pattern[str]  # "including ...": no subject before it alone
    clause_opener: re.Pattern[str]  # "while" before the subject right before the verb
    time_phrase: re.Pattern[str]  # "The next day", "The day before": a time, no subject


@lru_cache(maxsize=8)
def cuts_for(words: FunctionWords) -> Cuts:
    """Where a speaker phrase is cut, or what opens it and is no part of it."""
    return Cuts(
        trailing_aux=re.compile(
            rf"(?:\s+(?:{AUXILIARIES}|{words_regex(words.adverbs)}"
            r"|(?:was|were|is|are|being)\s+(?:quoted|cited|reported|heard)"
            r"(?:\s+by\s+[^,;:]{1,60}?)?\s+as"
            # "rebels continued Thursday to demand", "the envoy went on Friday to say"
            r"|(?:continued|continues|continue|went\s+on|goes\s+on)\s+(?:(?:on\s+)?\w+day\s+)?to"
            # "Ahmed Khalil on Monday said", "The White House late Sunday announced": the day
            # is no part of the speaker
            rf"|(?:(?:late|early)\s+)?(?:on\s+)?{DAY}))+\s*$",
            re.IGNORECASE,
        ),
        opening_preposition=re.compile(rf"(?:{words_regex(words.prepositions)})\s", re.IGNORECASE),
        clause_cut=re.compile(rf"\s(?:{words_regex(words.clause_openers)})\b", re.IGNORECASE),
        leading_filler=re.compile(
            rf"^(?:(?:{words_regex(words.fillers)}"
            r"|in\s+an?\s+(?:\w+\s+)?(?:statement|interview)"
            # "..., although he also criticized", "Although the army said": the subject after
            # a subordinating word (``clause_subordinators`` only before a pronoun: "while
            # visiting"; before another subject only right before the verb: ``clause_opener``)
            r"|although|though|whereas"
            # "On May 25 UN observers documented", "On Monday the ministry said": a date
            r"|on\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
            rf"|{DAY})(?=\s+(?:the\s+)?[A-Z])"
            rf"|(?:{words_regex(words.clause_subordinators)})"
            rf"(?=\s+(?:{words_regex(words.subject_pronouns)})\b))"
            # not a word's first half: "Now-retired general X said", "Then-President X"
            r"(?![\w-])[\s,]*)+",
            re.IGNORECASE,
        ),
        filler_word=re.compile(rf"(?:{words_regex(words.fillers)})\s", re.IGNORECASE),
        preposition_cut=re.compile(rf"\s(?:{words_regex(words.prepositions)})\s"),
        preposition_before=re.compile(rf"(?<![\w-])(?:{words_regex(words.prepositions)})\s+$"),
        speaking_participle=re.compile(rf"\s*(?:{words_regex(words.speaking_participles)})\s"),
        # in any case: it may open the sentence ("Following the attack, ...")
        prepositional_participle=re.compile(
            rf"\s*(?i:{words_regex(words.prepositional_participles)})\s"
        ),
        lone_adverb=re.compile(
            rf"\s*(?i:{words_regex((*words.fillers, *words.adverbs))})\s*[,;:]?\s*"
        ),
        # "..., while the state media claimed that", "While analysts said": a clause of its own
        # right before the verb, whose subject follows a ``clause_subordinators`` word: one of
        # ``subject_openers``, a name or a plural. Only in the segment right before the verb:
        # "The envoy, as the talks stalled, said" has its subject before the aside. Not "as
        # many as 20 people", a number, nor "as always" or "as is", an adverb or an auxiliary
        # (the leading fillers already take "whereas" and "although" off in any segment)
        clause_opener=re.compile(
            rf"(?i:{words_regex(words.clause_subordinators)})\s+"
            rf"(?=(?:{words_regex(words.subject_openers)})(?!\s+as\b)\s|[A-Z]"
            rf"|(?!(?i:{AUXILIARIES}|{words_regex((*words.fillers, *words.adverbs))})\b)"
            r"[a-z]+s\b(?![\w-]))"
        ),
        # a definite phrase that is a time: opened by a time word, with a time noun first or
        # second, or ending in a time word or a time noun ("The Tuesday"; in lower case, so
        # not "The Times")
        time_phrase=re.compile(
            rf"[Tt]he\s+(?:(?:{words_regex(words.time_openers)})\b"
            rf"|(?:[\w’'.-]+\s+)?(?:{words_regex(words.time_nouns)})\b"
            rf"|.*\b(?:{words_regex(words.time_closers)})$|.*(?:{words_regex(words.time_nouns)})$)",
            re.DOTALL,
        ),
    )
