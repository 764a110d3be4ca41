"""A reporting verb joined to a statement before it in its sentence: "..., X said, adding
that ...", "X left, saying “Q”", "X added that Q and said R". It speaks for the sentence's
earlier speaker; a participle with none, for the sentence's subject."""

from __future__ import annotations

from newsframes.analysers.records import Sentence
from newsframes.analysers.sourcing.article import Article, has_no_word, strip_span
from newsframes.analysers.sourcing.clauses import content_end, joined_verb, statement_that
from newsframes.analysers.sourcing.quotations import introduces, quote_after, quote_ends_clause
from newsframes.analysers.sourcing.record import Verb, add_statement
from newsframes.analysers.sourcing.subjects import clause_subject, lead_subject, subject_before
from newsframes.analysers.sourcing.verbs import is_participle


def joined_statement(a: Article, verb: Verb, sent: Sentence) -> bool:
    """..., X said, adding that ...  /  X left, saying “Q”  /  X added that Q and said R: a
    reporting participle after a comma, or a verb after "and" or "but", speaks for the
    sentence's earlier speaker; a participle with none, for the sentence's subject. Whether
    it applied."""
    text = a.text
    v_start, v_end = verb.start, verb.end
    joined = joined_verb(a, v_start)
    if joined is None or joined.start() <= sent.start:
        return False
    joiner = joined.group()
    by_comma = "," in joiner and not {"and", "but"} & set(joiner.split())
    participle = is_participle(text[v_start:v_end])
    if by_comma and not participle:
        return False
    earlier = [
        st for st in a.statements if st.sent == sent.sent_id and 0 <= st.verb_start < v_start
    ]
    if earlier and earlier[-1].speaker_start >= 0:
        prev = earlier[-1]
        speaker = (prev.speaker_start, prev.speaker_end)
    elif "," in joiner:
        sp_start, sp_end, _region = subject_before(a, sent.start, joined.start())
        if sp_end <= sp_start:
            return False
        speaker = (sp_start, lead_subject(a, sp_start, sp_end))
    elif not participle:  # "X held talks in Rome and pledged to ..."
        sp_start, sp_end, _region = subject_before(a, sent.start, joined.start())
        if sp_end <= sp_start:
            return False
        speaker = (sp_start, clause_subject(a, sp_start, sp_end))
    else:
        return False
    region = (speaker[0], v_start)
    q = quote_after(a, v_end, a.paras[sent.para_id][1])
    if (
        q >= 0
        and a.quotes[q][0] < sent.end
        and (introduces(a, v_end, a.quotes[q][0], verb.entry) or quote_ends_clause(a, q, sent.end))
    ):
        a.used_quotes.add(q)
        add_statement(a, "direct", a.quotes[q], speaker, region, verb, sent)
        return True
    that = statement_that(a, v_end, sent.end, verb.entry.object_first)
    if that < 0 and verb.entry.needs_that:
        return False  # "X, reporting from Beirut, said ..."
    c_start = that if that >= 0 else v_end
    content = strip_span(
        text, c_start, content_end(a, c_start, sent.end, that >= 0), " \t\n\u00a0,:"
    )
    if has_no_word(text, *content):
        return False
    add_statement(a, "indirect", content, speaker, region, verb, sent)
    return True
