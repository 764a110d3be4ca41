"""The turns of a broadcast transcript: "ABU AMAR: Yeah, it's gonna take about 10 minutes."

In a transcript (a text whose turn labels name a role, "DEBORAH AMOS, BYLINE:"), what a
guest says in a turn is that guest's statement, its label the speaker. The presenters and
reporters speak for the programme, not as sources: a label with a role, a one-word label
that is the last word of one ("AMOS:"), and a presenter's "I'm X Y" are no sources.
"""

from __future__ import annotations

import bisect

from newsframes.analysers.name_cues import transcript_presenters, transcript_turns
from newsframes.analysers.sourcing.article import Article, strip_span
from newsframes.analysers.sourcing.record import add_verbless


def add_transcript_turns(a: Article) -> None:
    """Add a guest's statement for each turn of a transcript ``a`` not yet in a statement."""
    text = a.text
    turns = transcript_turns(text, a.names.transcript_roles)
    if not turns:
        return
    hosts = {t.group("name").split()[-1] for t in turns if t.group("role")}
    hosts |= {m.group("name").split()[-1].upper() for m in transcript_presenters(text)}
    sent_starts = [s.start for s in a.sents]
    taken = [(st.start, st.end) for st in a.statements]
    for turn in turns:
        if turn.group("role") or turn.group("name").split()[-1] in hosts:
            continue
        line_end = text.find("\n", turn.end())
        content = strip_span(text, turn.end(), len(text) if line_end < 0 else line_end)
        if content[1] <= content[0] or any(s < content[1] and content[0] < e for s, e in taken):
            continue
        sent = a.sents[bisect.bisect_right(sent_starts, content[0]) - 1]
        add_verbless(a, "direct", content, turn.span("name"), sent)
