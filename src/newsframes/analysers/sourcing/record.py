"""Recording a statement found by the attribution patterns: its speaker classified, its
content marked as covered, and whether a later source only carried it."""

from __future__ import annotations

import re
from typing import NamedTuple

from newsframes.analysers.records import Sentence
from newsframes.analysers.sourcing.article import (
    COMMA_AND_QUOTE,
    Article,
    Covered,
    Statement,
    has_no_word,
    strip_span,
)
from newsframes.analysers.sourcing.clauses import after_dateline
from newsframes.analysers.sourcing.speakers import classify, named_body
from newsframes.lexicons.reporting_verbs import VerbEntry

_SPEAKER_EDGES = " \t\n\u00a0,;:–—‘’'\"“”"


class Verb(NamedTuple):
    """A reporting verb found in the text: its span and its lexicon entry."""

    start: int
    end: int
    entry: VerbEntry


# Between a statement's attribution and a source that only carried it: "said, ", "said
# Tuesday, " (a comma, at most three words before it).
_CARRIED_GAP = re.compile(rf"(?:\s+[\w'’.-]+){{0,3}}\s*{COMMA_AND_QUOTE}\s*")


def add_statement(
    a: Article,
    kind: str,
    content: tuple[int, int],
    speaker: tuple[int, int],
    region: tuple[int, int],
    verb: Verb,
    sent: Sentence,
) -> None:
    """Record a statement, its speaker classified (``region``: where the speaker's words are);
    a statement with no words ("Photo: Rodi Said") is none."""
    if has_no_word(a.text, *content):
        return
    content = after_dateline(a.text, *content)
    if speaker[1] > speaker[0]:  # "‘We are ready,’ X said": no closing mark in the speaker
        speaker = strip_span(a.text, *speaker, _SPEAKER_EDGES)
    cls, who = classify(a, speaker[0], speaker[1], region, sent)
    surface = a.text[speaker[0] : speaker[1]] or None
    if sent.sent_id not in a.contents:
        a.contents[sent.sent_id] = Covered()
    a.contents[sent.sent_id].add(*content)
    if who.cls != "unattributed":
        a.attributed_verbs.append(verb.start)
        a.attributed.append(who)
        a.by_name.append(cls == "institution" and named_body(surface))
        a.attributed_spans.append(content)
    if who.cls == "anonymous":
        a.last_anonymous = who
    a.statements.append(
        Statement(
            content[0],
            content[1],
            sent.sent_id,
            sent.para_id,
            kind,
            surface,
            speaker[0] if surface else -1,
            speaker[1] if surface else -1,
            cls,
            who,
            verb.entry.verb,
            verb.entry.verb_class,
            verb.start,
            verb.end,
        )
    )


def carries(
    a: Article, sent: Sentence, start: int, end: int, *, next_to: int | None = None
) -> bool:
    """Whether a statement of ``sent`` has its verb in ``text[start:end]``: a source named
    after it only carried that statement. With ``next_to``, the statement (its content or its
    attribution) must end right before it, a comma and at most three words apart ("X said,
    according to", "X claimed C, according to"), not a clause away."""
    return any(
        st.sent == sent.sent_id
        and start <= st.verb_start < end
        and (
            next_to is None
            or _CARRIED_GAP.fullmatch(a.text, max(st.end, st.verb_end, st.speaker_end), next_to)
            is not None
        )
        for st in a.statements
    )


def add_verbless(
    a: Article, kind: str, content: tuple[int, int], speaker: tuple[int, int], sent: Sentence
) -> None:
    """Record a statement with no reporting verb: a headline's "X: ..." or a transcript's
    turn, its speaker classified where it stands."""
    cls, who = classify(a, speaker[0], speaker[1], speaker, sent)
    surface = a.text[speaker[0] : speaker[1]]
    where = (*content, sent.sent_id, sent.para_id)
    a.statements.append(Statement(*where, kind, surface, *speaker, cls, who, None, None, -1, -1))
