"""Speakers that stand after their statement's last comma: apposed between two commas
("..., the chief of staff, General Y, said.") or closing the sentence after an inverting
verb ("..., including through the contact group, said Hague.")."""

from __future__ import annotations

import re

from newsframes.analysers.records import Sentence
from newsframes.analysers.sourcing.article import (
    DAY,
    NEAR_WORDS,
    Article,
    count_words,
    has_no_word,
    strip_span,
)
from newsframes.analysers.sourcing.clauses import has_stop
from newsframes.analysers.sourcing.quotations import ROLE_APPOSITION
from newsframes.analysers.sourcing.record import Verb, add_statement
from newsframes.analysers.sourcing.subjects import (
    has_verb,
    is_aside,
    is_capitalised_name,
    is_lone_adverb,
    is_name,
    name_span,
)

# A relative pronoun opening a phrase between commas: a clause on a name, not an apposition
RELATIVE = re.compile(r"\s*(?:who|whom|whose|which)\b")
_TITLE = re.compile(r"\s*(?:the|a|an)\s+[^.!?]*$", re.IGNORECASE)
TRAILING_SPEAKER_WORDS = 16  # "..., the Syrian Observatory for Human Rights and state TV said."

# What opens a speaker after the verb: an article or a capitalised word that is not a day
_SPEAKER_OPENING = re.compile(rf"\s+(?:(?:the|a|an)\s|(?!(?i:{DAY}|today)\b)[A-Z])")


def speaker_closes(a: Article, verb: Verb, name_end: int, tail_end: int) -> bool:
    """Whether the words after an inverting verb are its speaker, closing the sentence: a
    name or a description with no verb and no comma ("..., including through the Friends of
    Syria group, said Hague."), so what stands between commas before the verb is no
    apposed speaker."""
    text = a.text
    return (
        inverts(a, text[verb.start : verb.end])
        and verb.entry.verb != "tell"  # "..., Abu Omar, an activist, told AFP": the addressee
        and name_end >= tail_end
        and 0 < count_words(text[verb.end : tail_end]) <= NEAR_WORDS
        and _SPEAKER_OPENING.match(text, verb.end) is not None
        and not has_verb(a.words, text, verb.end, tail_end)
    )


def inverts(a: Article, form: str) -> bool:
    """Whether a verb form puts its speaker after it ("..., said the official."); other verbs
    after an apposition take an object ("..., Khaled Bakkar, confirmed the defections")."""
    return form.casefold() in a.matchers.lexicon.inverting_forms


def apposed_speaker(a: Article, verb: Verb, sent: Sentence, last_comma: int) -> bool:
    """..., General Valery Gerasimov, said.: the speaker between the two commas before the
    verb, the statement before them. Whether it applied."""
    text = a.text
    prev = text.rfind(",", sent.start, last_comma)
    if (
        prev <= sent.start
        or has_no_word(text, sent.start, prev)
        or is_lone_adverb(a.words, text, sent.start, prev + 1)  # "However, ..., said X"
        # "Ahmed Khalil, head of the council, vowed to help": a name alone is no statement
        or is_capitalised_name(text[slice(*strip_span(text, sent.start, prev))], a.names)
    ):
        return False
    apposed = text[prev + 1 : last_comma]
    if (
        not 0 < count_words(apposed) <= TRAILING_SPEAKER_WORDS
        or has_stop(apposed)
        or is_aside(apposed)
        or RELATIVE.match(apposed)
    ):
        return False
    sp = strip_span(text, prev + 1, last_comma)
    # "..., the chief of staff, General Y, said": the title before the name is the speaker's;
    # "..., Ahmed Khalil, the head of the council, said": the name before the title speaks
    title = text.rfind(",", sent.start, prev)
    head = text[title + 1 : prev]
    if title > sent.start and _TITLE.match(head) and count_words(head) <= NEAR_WORDS + 2:
        prev = title
    elif (
        title > sent.start
        and (_TITLE.match(apposed) or ROLE_APPOSITION.match(apposed))
        and is_name(a, *(named := name_span(text, title + 1, prev)))
    ):
        sp, prev = named, title
    add_statement(a, "indirect", (sent.start, prev), sp, (sp[0], verb.start), verb, sent)
    return True
