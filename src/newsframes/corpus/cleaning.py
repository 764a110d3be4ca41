"""Remove boilerplate as a recorded list of spans, never by editing the raw text.

The clean text is the raw text with the recorded spans cut out, so every
offset in the clean text maps back to the raw file (:func:`to_raw_offset`)
and :func:`restore` rebuilds the raw text exactly. The rules are data
(``data/boilerplate.yml``, read and checked by :mod:`newsframes.lexicons.boilerplate`).
The rules are written for LF line breaks; a raw text with CRLF or lone CR breaks is
matched as if they were LF, and the spans are recorded in the raw text as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsframes.lexicons.boilerplate import Rule, default_rules_path, load_rules
from newsframes.text.segmentation import as_lf

__all__ = [
    "RemovedSpan",
    "Rule",
    "clean_text",
    "default_rules_path",
    "find_boilerplate",
    "load_rules",
    "remove_spans",
    "restore",
    "to_raw_offset",
]


@dataclass(frozen=True)
class RemovedSpan:
    """A stretch of raw text cut by a rule: raw offsets ``[start, end)``."""

    rule: str
    start: int
    end: int
    text: str


def find_boilerplate(raw: str, rules: Sequence[Rule]) -> list[RemovedSpan]:
    """Spans of ``raw`` matched by ``rules``, each widened over its trailing line breaks.

    The rules see every line break as LF (``^``, ``$`` and ``\\n`` in a pattern work
    whatever the file's line endings); the spans are offsets into ``raw`` itself.
    """
    spans: list[RemovedSpan] = []
    lf = as_lf(raw)
    for rule in rules:
        for match in rule.pattern.finditer(lf.text):
            if match.end() == match.start():
                continue
            start, end = lf.from_lf(match.start()), lf.from_lf(match.end())
            while end < len(raw) and raw[end] in "\r\n":
                end += 1
            spans.append(RemovedSpan(rule.name, start, end, raw[start:end]))
    spans.sort(key=lambda s: (s.start, -s.end))
    merged: list[RemovedSpan] = []
    for span in spans:  # overlapping matches: keep the first, longest one
        if merged and span.start < merged[-1].end:
            continue
        merged.append(span)
    return merged


def remove_spans(raw: str, spans: Sequence[RemovedSpan]) -> str:
    """The clean text: ``raw`` without the (sorted, non-overlapping) spans."""
    pieces, cursor = [], 0
    for span in spans:
        pieces.append(raw[cursor : span.start])
        cursor = span.end
    pieces.append(raw[cursor:])
    return "".join(pieces)


def restore(clean: str, spans: Sequence[RemovedSpan]) -> str:
    """Put the removed spans back: the exact raw text."""
    pieces, cursor_clean, removed = [], 0, 0
    for span in spans:
        clean_at = span.start - removed
        pieces.append(clean[cursor_clean:clean_at])
        pieces.append(span.text)
        cursor_clean = clean_at
        removed += span.end - span.start
    pieces.append(clean[cursor_clean:])
    return "".join(pieces)


def to_raw_offset(clean_offset: int, spans: Sequence[RemovedSpan]) -> int:
    """Map an offset in the clean text to the same character in the raw text."""
    offset = clean_offset
    for span in spans:
        if span.start <= offset:
            offset += span.end - span.start
        else:
            break
    return offset


def clean_text(raw: str, rules: Sequence[Rule] | None = None) -> tuple[str, list[RemovedSpan]]:
    """Clean text and the spans removed from ``raw`` to make it."""
    spans = find_boilerplate(raw, load_rules() if rules is None else rules)
    return remove_spans(raw, spans), spans
