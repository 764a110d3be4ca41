"""The records that travel from the parse to every analyser: sentences and actor mentions.

Named tuples, so a reader writes ``mention.side`` rather than ``mention[5]``; they
are still tuples, so they compare, sort and unpack as plain ones do. This module
imports nothing, so both ``parse`` and ``actors`` can use it.
"""

from __future__ import annotations

from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence: its number, its paragraph's number and its character span in the text."""

    sent_id: int
    para_id: int
    start: int
    end: int


class Mention(NamedTuple):
    """One actor mention: its span, the words as written, the actor, and its type and side.

    ``actor_type`` and ``side`` are None when the lexicon (or a table passed in) gives none.
    """

    start: int
    end: int
    surface: str
    actor_id: str
    actor_type: str | None
    side: str | None
