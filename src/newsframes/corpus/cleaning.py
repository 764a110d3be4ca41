"""Remove boilerplate as a recorded list of spans, never by editing the raw text.

The clean text is the raw text with the recorded spans cut out, so every
offset in the clean text maps back to the raw file (:func:`to_raw_offset`)
and :func:`restore` rebuilds the raw text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsframes.errors import LexiconError, Problem
from newsframes.paths import data_dir


@dataclass(frozen=True)
class Rule:
    """A named line pattern for boilerplate, with the reason it is removed."""

    name: str
    pattern: re.Pattern[str]
    why: str


@dataclass(frozen=True)
class RemovedSpan:
    """A stretch of raw text cut by a rule: raw offsets ``[start, end)``."""

    rule: str
    start: int
    end: int
    text: str


def default_rules_path() -> Path:
    """``data/boilerplate.yml``."""
    return data_dir() / "boilerplate.yml"


def load_rules(path: str | Path | None = None) -> list[Rule]:
    """Read and check the boilerplate rules (name, pattern, why) from YAML."""
    source = Path(path) if path is not None else default_rules_path()
    try:
        doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(
            [Problem(str(source), "(file)", f"not valid YAML ({exc})", "correct the YAML syntax")]
        ) from exc
    entries = doc.get("rules") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise LexiconError(
            [Problem(str(source), "rules", "missing or not a list", "add a `rules:` list")]
        )
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"rules[{i}]"
        if not isinstance(entry, dict) or not {"name", "pattern", "why"} <= entry.keys():
            problems.append(
                Problem(str(source), where, "needs name, pattern and why", "add the missing keys")
            )
            continue
        name = str(entry["name"])
        if name in seen:
            problems.append(
                Problem(str(source), f"{where}.name", f"duplicate rule name {name!r}", "rename it")
            )
        seen.add(name)
        try:
            compiled = re.compile(str(entry["pattern"]), re.MULTILINE)
        except re.error as exc:
            problems.append(
                Problem(
                    str(source), f"{where}.pattern", f"bad regular expression ({exc})", "fix it"
                )
            )
            continue
        rules.append(Rule(name, compiled, str(entry["why"])))
    if problems:
        raise LexiconError(problems)
    return rules


def find_boilerplate(raw: str, rules: Sequence[Rule]) -> list[RemovedSpan]:
    """Spans of ``raw`` matched by ``rules``, each widened over its trailing line breaks."""
    spans: list[RemovedSpan] = []
    for rule in rules:
        for match in rule.pattern.finditer(raw):
            if match.end() == match.start():
                continue
            end = match.end()
            while end < len(raw) and raw[end] in "\r\n":
                end += 1
            spans.append(RemovedSpan(rule.name, match.start(), end, raw[match.start() : end]))
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
