"""Floating quotations: a quotation that begins a sentence with no reporting verb of its own
continues the statement before it (in its paragraph or the one before) and inherits its
speaker; with no such statement it is unattributed."""

from __future__ import annotations

import bisect

from newsframes.analysers.sourcing.article import Article, Referent, Statement


def add_floating(a: Article) -> None:
    """Quotations that begin a sentence with no verb of their own inherit the last speaker."""
    found: list[Statement] = []
    # The statements found by verb, by where they begin; of equal ones the first found first.
    by_position = sorted((st.position, k) for k, st in enumerate(a.statements))
    positions = [position for position, _ in by_position]
    for i, (q_start, q_end) in enumerate(a.quotes):
        if i in a.used_quotes:
            continue
        k = bisect.bisect_right(a.sent_starts, q_start) - 1
        if k < 0 or a.sent_starts[k] != q_start:
            continue  # a quotation inside a sentence is a term or a scare quote, not a statement
        sent = a.sents[k]
        prev = _latest_before(a.statements, by_position, positions, q_start)
        # floating statements begin where their quotation does: the last one is the latest
        if found and (prev is None or found[-1].position > prev.position):
            prev = found[-1]
        if prev is not None and prev.para >= sent.para_id - 1:
            who = prev.who
            speaker = (prev.speaker, prev.speaker_start, prev.speaker_end)
        else:
            who = Referent(None, "unattributed")
            speaker = (None, -1, -1)
        found.append(
            Statement(
                q_start,
                q_end,
                sent.sent_id,
                sent.para_id,
                "floating",
                *speaker,
                who.cls,
                who,
                None,
                None,
                -1,
                -1,
            )
        )
    a.statements += found


def _latest_before(
    statements: list[Statement], by_position: list[tuple[int, int]], positions: list[int], at: int
) -> Statement | None:
    """The statement beginning last before ``at`` (the first found of equal ones), or None."""
    i = bisect.bisect_left(positions, at) - 1
    if i < 0:
        return None
    first = bisect.bisect_left(positions, positions[i])
    return statements[by_position[first][1]]
