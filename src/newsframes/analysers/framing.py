"""News frames: indicator hits in context, frame scores, and agreement with a human coding.

Frames are data (``data/lexicons/frames.yml``): Semetko & Valkenburg's (2000)
five generic frames plus topic frames, each as indicator ``terms`` and a few
co-occurrence ``rules``. :func:`frame_hits` returns one row per hit with its
keyword-in-context, so every score can be read back as words; :func:`agreement`
compares the scores with the lexicon's reference coding of the 20 questions.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.parse import Columns, Parse, from_frames
from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import lexicon_path, read_yaml
from newsframes.lexicons.schema import check_entry, normalise, require_list
from newsframes.text.matching import TermMatcher, trie_regex
from newsframes.text.segmentation import WORD

KINDS = ("generic", "topic")
# rule type -> (required parameters, optional parameters) besides id and type.
RULE_TYPES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "opposing_sides": ({"pairs": list}, {}),
    "actor_near_term": (
        {"terms": list},
        {"window": int, "actor_types": list, "sides": list, "actor_ids": list},
    ),
}
HIT_COLUMNS = [
    "frame",
    "kind",
    "rule",
    "via",
    "start",
    "end",
    "surface",
    "sent_id",
    "voice",
    "detail",
    "sentence",
    "left",
    "match",
    "right",
]
KWIC_WIDTH = 40
# Line breaks, tabs and no-break spaces shown as plain spaces in KWIC columns (same length).
_FLAT = {i: " " for i in range(0x3001) if chr(i).isspace() and chr(i) != " "}
_FLAT_RE = re.compile("[" + "".join(re.escape(chr(i)) for i in _FLAT) + "]")
_INT_COLUMNS = frozenset({"start", "end", "sent_id"})
_HIT_INDEX = pd.Index(HIT_COLUMNS)


@dataclass(frozen=True)
class Rule:
    """One co-occurrence rule of a frame, with its own compiled term matcher."""

    id: str
    type: str
    pairs: tuple[tuple[str, str], ...] = ()
    terms: tuple[tuple[str, ...], ...] = ()
    window: int | None = None
    actor_types: frozenset[str] | None = None
    sides: frozenset[str] | None = None
    actor_ids: frozenset[str] | None = None
    matcher: TermMatcher | None = field(default=None, compare=False, repr=False)

    def accepts(self, actor_id: Any, actor_type: Any, side: Any) -> bool:
        """Whether a mention with this id, type and side satisfies the rule's restrictions."""
        return (
            (self.actor_ids is None or actor_id in self.actor_ids)
            and (self.actor_types is None or actor_type in self.actor_types)
            and (self.sides is None or side in self.sides)
        )


@dataclass(frozen=True)
class Frame:
    """A frame: indicator terms (each a tuple of forms, headword first) and rules."""

    id: str
    name: str
    kind: str
    description: str
    terms: tuple[tuple[str, ...], ...]
    case_sensitive: tuple[str, ...]
    rules: tuple[Rule, ...]
    notes: str
    matcher: TermMatcher | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Question:
    """One yes/no question of the human instrument, tied to a frame."""

    id: str
    frame: str
    text: str


class _Scanner:
    """Every term group of a lexicon (a frame's terms, a rule's terms) found in one pass.

    One case-insensitive regex finds every position where any term of any group
    starts; each group's own patterns are then tried only at those positions.
    Within a group the result is exactly :meth:`TermMatcher.find`'s (a test checks
    it): whole words, longest match first, no overlaps. Groups are independent, so
    "unarmed protesters" in one frame does not hide "unarmed" in another.

    A term can only start where the text's word (a run of ``\\w``) equals the
    term's first word, so words are looked up in a table of first words before
    any regex is tried, and each group is tried only where one of its own first
    words stands. Terms whose first word is not plain ASCII turn this off, and so
    does ``shortcuts=False`` (the plain one-regex scan, kept to check against).
    """

    def __init__(
        self,
        groups: dict[tuple[str, str | None], tuple[tuple[tuple[str, ...], ...], Iterable[str]]],
        shortcuts: bool = True,
    ):
        self.groups = groups
        every: set[str] = set()
        self._groups: list[
            tuple[
                tuple[str, str | None],
                list[tuple[re.Pattern[str], bool]],
                dict[str, str],
                dict[str, str],
            ]
        ] = []
        # first word (lower case) -> (group, whether the word alone is the group's only
        # term starting with it, in any case: then a match is that word, no regex needed)
        self._by_word: dict[str, list[tuple[int, bool]]] | None = {}
        for index, (key, (terms, case_sensitive)) in enumerate(groups.items()):
            sensitive = {normalise(t) for t in case_sensitive}
            exact: dict[str, str] = {}
            folded: dict[str, str] = {}
            for forms in terms:
                for form in forms:
                    norm = normalise(form)
                    every.add(norm.casefold())
                    if norm in sensitive:
                        exact[norm] = forms[0]
                    else:
                        folded[norm.casefold()] = forms[0]
            patterns = []
            if exact:
                patterns.append((re.compile(f"(?:{trie_regex(exact)})(?![\\w])"), False))
            if folded:
                folded_regex = f"(?:{trie_regex(folded)})(?![\\w])"
                patterns.append((re.compile(folded_regex, re.IGNORECASE), True))
            self._groups.append((key, patterns, exact, folded))
            starting: dict[str, int] = {}  # first word -> number of the group's terms
            for term in [*exact, *folded]:
                word = _first_word(term)
                if word is None or self._by_word is None:
                    self._by_word = None
                    continue
                starting[word] = starting.get(word, 0) + 1
            if self._by_word is not None:
                for word, n in starting.items():
                    alone = n == 1 and word in folded
                    self._by_word.setdefault(word, []).append((index, alone))
        if not shortcuts:
            self._by_word = None
        trie = trie_regex(every) if every else "(?!)"
        self._starts = re.compile(f"(?<![\\w])(?=(?:{trie})(?![\\w]))", re.IGNORECASE)
        words = trie_regex(self._by_word) if self._by_word else "(?!)"
        # the first words, as whole words of the lower-cased text
        self._first = re.compile(f"(?<![\\w])(?:{words})(?![\\w])")
        self._all = [(index, False) for index in range(len(self._groups))]
        # Where a group's term matches, some term of ``every`` matches case-insensitively,
        # unless case folding changes a case-sensitive term (``Straße``): then each
        # position is checked against the full regex as well.
        self._confirm = not all(term.isascii() for group in self._groups for term in group[2])
        # per group: matched surface -> headword (None: no term of the group)
        self._heads: list[dict[str, str | None]] = [{} for _ in self._groups]

    def _positions(self, text: str) -> list[list[tuple[int, int]]]:
        """Per group, ``(position, end)`` (ascending) where one of its terms may start.

        ``end`` is where the match ends when that is known without a regex, else 0.
        """
        per_group: list[list[tuple[int, int]]] = [[] for _ in self._groups]
        by_word = self._by_word
        if by_word is None:
            starts = [(m.start(), 0) for m in self._starts.finditer(text)]
            return [starts for _ in self._groups]
        confirm = self._starts.match if self._confirm else None
        lower = text.lower()
        if len(lower) == len(text) and not any(c in text for c in _ASCII_FOLDS):
            # Offsets and word boundaries survive lower-casing, and a word that is not
            # ASCII cannot match an ASCII first word: look the first words up as regex.
            for m in self._first.finditer(lower):
                pos = m.start()
                if confirm is None or confirm(text, pos) is not None:
                    end = m.end()
                    for index, alone in by_word[m.group()]:
                        per_group[index].append((pos, end if alone else 0))
            return per_group
        everyone = self._all
        for m in _RUN.finditer(text):
            run = m.group()
            if run.isascii():
                users = by_word.get(run.lower())
                if users is None:
                    continue
            else:  # case-insensitive matching may pair a non-ASCII letter with an ASCII one
                users = everyone
            pos = m.start()
            if confirm is None or confirm(text, pos) is not None:
                end = m.end()
                for index, alone in users:
                    per_group[index].append((pos, end if alone else 0))
        return per_group

    def find(self, text: str) -> dict[tuple[str, str | None], list[tuple[int, int, str]]]:
        """``(start, end, headword)`` of the matches of every group."""
        found: dict[tuple[str, str | None], list[tuple[int, int, str]]] = {}
        positions = self._positions(text)
        for (key, patterns, exact, folded), starts, heads in zip(
            self._groups, positions, self._heads, strict=True
        ):
            if not starts:
                found[key] = []
                continue
            spans = []
            for pattern, is_folded in patterns:
                # as pattern.finditer would: left to right, never starting inside a match
                last_end = -1
                for pos, known_end in starts:
                    if pos < last_end:
                        continue
                    if known_end:  # a lone word: the case-insensitive pattern matches just it
                        if not is_folded:
                            continue
                        end = known_end
                    else:
                        m = pattern.match(text, pos)
                        if m is None or m.end() <= pos:
                            continue
                        end = m.end()
                    spans.append((pos, end))
                    last_end = end
            # one pattern's matches never overlap; two patterns' may: the longest wins
            if len(patterns) > 1 and len(spans) > 1:
                spans.sort(key=lambda span: (span[0] - span[1], span[0]))
                taken: list[tuple[int, int]] = []
                for start, end in spans:
                    if all(end <= s or start >= e for s, e in taken):
                        taken.append((start, end))
                taken.sort()
            else:
                taken = spans
            hits = []
            for start, end in taken:
                surface = text[start:end]
                if surface in heads:
                    head = heads[surface]
                else:
                    norm = normalise(surface)
                    head = heads[surface] = exact.get(norm) or folded.get(norm.casefold())
                if head is not None:
                    hits.append((start, end, head))
            found[key] = hits
        return found


_RUN = re.compile(r"\w+")
# The only non-ASCII characters that case-insensitive matching equates with ASCII ones
# (İ ı ſ K: i, i, s, k); lower-casing keeps every other character a word character or not.
_ASCII_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _first_word(term: str) -> str | None:
    """The lower-cased first word of a term, or None if a text word could not be looked up by it.

    The word must be ASCII and the term must start with it and go on (if at all)
    with an ASCII character, which is then never a word character in the text.
    """
    m = _RUN.match(term)
    if m is None or not m.group().isascii() or not term[m.end() : m.end() + 1].isascii():
        return None
    return m.group().lower()


@dataclass(frozen=True)
class FrameLexicon:
    """The validated contents of ``frames.yml``."""

    path: Path
    frames: dict[str, Frame]
    questions: dict[str, Question]
    coding: dict[str, dict[str, tuple[bool, str]]]
    precision: tuple[tuple[str, int, int, str], ...] = ()
    scanner: _Scanner | None = field(default=None, compare=False, repr=False)

    def frame_ids(self, kind: str | None = None) -> list[str]:
        """Frame ids in file order, optionally only one kind (generic or topic)."""
        return [f.id for f in self.frames.values() if kind is None or f.kind == kind]


# --------------------------------------------------------------------------- loading


def _forms(path: Path, where: str, item: Any) -> tuple[list[str], list[Problem]]:
    """The forms of one term item (a string or a list of strings)."""
    items = item if isinstance(item, list) else [item]
    forms: list[str] = []
    problems: list[Problem] = []
    if not items:
        problems.append(Problem(path.name, where, "empty list of forms", "add forms or remove it"))
    for form in items:
        if not isinstance(form, str) or not form.strip():
            problems.append(
                Problem(path.name, where, f"empty or non-text term {form!r}", "write a word")
            )
        else:
            forms.append(form)
    return forms, problems


def _parse_terms(
    path: Path, where: str, raw: list[Any]
) -> tuple[tuple[tuple[str, ...], ...], list[Problem]]:
    """Term items of a frame or rule; duplicates (after case folding) are problems."""
    problems: list[Problem] = []
    terms: list[tuple[str, ...]] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(raw):
        forms, found = _forms(path, f"{where}.terms[{i}]", item)
        problems += found
        for form in forms:
            key = normalise(form).casefold()
            if key in seen:
                problems.append(
                    Problem(
                        path.name,
                        f"{where}.terms[{i}]",
                        f"duplicate term {form!r} (also under {seen[key]!r})",
                        "list each form once per frame",
                    )
                )
            seen[key] = forms[0]
        if forms:
            terms.append(tuple(forms))
    return tuple(terms), problems


def _matcher(
    terms: tuple[tuple[str, ...], ...], case_sensitive: Iterable[str] = ()
) -> TermMatcher | None:
    mapping: dict[str, Hashable] = {form: forms[0] for forms in terms for form in forms}
    return TermMatcher(mapping, case_sensitive=case_sensitive) if mapping else None


def _str_list(path: Path, where: str, value: Any) -> tuple[frozenset[str] | None, list[Problem]]:
    if value is None:
        return None, []
    if not value or not all(isinstance(v, str) and v.strip() for v in value):
        return None, [Problem(path.name, where, "should be a non-empty list of names", "fix it")]
    return frozenset(value), []


def _parse_rule(path: Path, where: str, raw: Any) -> tuple[Rule | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(path.name, where, "not a mapping", "write id:, type: and parameters")]
    rtype = raw.get("type")
    if rtype not in RULE_TYPES:
        return None, [
            Problem(
                path.name,
                f"{where}.type",
                f"unknown rule type {rtype!r}",
                f"use one of: {', '.join(RULE_TYPES)}",
            )
        ]
    required, optional = RULE_TYPES[rtype]
    problems = check_entry(path, where, raw, {"id": str, "type": str, **required}, optional)
    if problems:
        return None, problems
    rid = raw["id"]
    if rtype == "opposing_sides":
        pairs = []
        for i, pair in enumerate(raw["pairs"]):
            if (
                not isinstance(pair, list)
                or len(pair) != 2
                or not all(isinstance(s, str) and s for s in pair)
                or pair[0] == pair[1]
            ):
                problems.append(
                    Problem(
                        path.name,
                        f"{where}.pairs[{i}]",
                        f"not a pair of two different sides: {pair!r}",
                        "write [side, other_side]",
                    )
                )
            else:
                pairs.append((pair[0], pair[1]))
        if not raw["pairs"]:
            problems.append(Problem(path.name, f"{where}.pairs", "empty", "list side pairs"))
        return Rule(rid, rtype, pairs=tuple(pairs)), problems
    terms, problems = _parse_terms(path, where, raw["terms"])
    if not terms:
        problems.append(Problem(path.name, f"{where}.terms", "empty", "list indicator words"))
    window = raw.get("window")
    if window is not None and window < 1:
        problems.append(Problem(path.name, f"{where}.window", "must be >= 1", "give a word count"))
    actor_types, found = _str_list(path, f"{where}.actor_types", raw.get("actor_types"))
    problems += found
    sides, found = _str_list(path, f"{where}.sides", raw.get("sides"))
    problems += found
    actor_ids, found = _str_list(path, f"{where}.actor_ids", raw.get("actor_ids"))
    problems += found
    rule = Rule(
        rid,
        rtype,
        terms=terms,
        window=window,
        actor_types=actor_types,
        sides=sides,
        actor_ids=actor_ids,
        matcher=_matcher(terms),
    )
    return rule, problems


def _parse_frame(path: Path, where: str, raw: Any) -> tuple[Frame | None, list[Problem]]:
    problems = check_entry(
        path,
        where,
        raw,
        {"id": str, "name": str, "kind": str, "description": str, "terms": list, "notes": str},
        {"rules": list, "case_sensitive": list},
    )
    if problems:
        return None, problems
    fid = raw["id"]
    where = f"frame {fid}"
    if raw["kind"] not in KINDS:
        problems.append(
            Problem(path.name, f"{where}.kind", f"unknown kind {raw['kind']!r}", "generic or topic")
        )
    terms, found = _parse_terms(path, where, raw["terms"])
    problems += found
    forms = {normalise(f) for t in terms for f in t}
    sensitive = raw.get("case_sensitive") or []
    for form in sensitive:
        if not isinstance(form, str) or normalise(form) not in forms:
            problems.append(
                Problem(
                    path.name,
                    f"{where}.case_sensitive",
                    f"{form!r} is not one of the frame's terms",
                    "list only forms that appear under terms:",
                )
            )
    rules = []
    rule_ids: set[str] = set()
    for i, raw_rule in enumerate(raw.get("rules") or []):
        rule, found = _parse_rule(path, f"{where}.rules[{i}]", raw_rule)
        problems += found
        if rule is not None:
            if rule.id in rule_ids:
                problems.append(
                    Problem(path.name, f"{where}.rules[{i}]", f"duplicate rule id {rule.id!r}", "")
                )
            rule_ids.add(rule.id)
            rules.append(rule)
    if not terms and not rules:
        problems.append(Problem(path.name, where, "no terms and no rules", "add indicators"))
    frame = Frame(
        fid,
        raw["name"],
        raw["kind"],
        raw["description"],
        terms,
        tuple(sensitive),
        tuple(rules),
        raw["notes"],
        matcher=_matcher(terms, sensitive) if not problems else None,
    )
    return frame, problems


def _answer(value: Any) -> bool | None:
    if isinstance(value, bool):  # YAML 1.1 reads bare yes/no as booleans
        return value
    if isinstance(value, str) and value.lower() in {"yes", "no"}:
        return value.lower() == "yes"
    return None


def _parse_coding(
    path: Path, raw: Any, questions: dict[str, Question]
) -> tuple[dict[str, dict[str, tuple[bool, str]]], list[Problem]]:
    problems: list[Problem] = []
    coding: dict[str, dict[str, tuple[bool, str]]] = {}
    if not isinstance(raw, dict):
        return coding, [
            Problem(path.name, "reference_coding", "missing or not a mapping", "article: {Q: ...}")
        ]
    for article, answers in raw.items():
        where = f"reference_coding.{article}"
        if not isinstance(answers, dict):
            problems.append(Problem(path.name, where, "not a mapping", "write `C1: {...}` lines"))
            continue
        coded: dict[str, tuple[bool, str]] = {}
        for qid, entry in answers.items():
            here = f"{where}.{qid}"
            if qid not in questions:
                problems.append(
                    Problem(path.name, here, "unknown question", "use an id from questions:")
                )
                continue
            if not isinstance(entry, dict):
                problems.append(Problem(path.name, here, "not a mapping", "{answer:, reason:}"))
                continue
            answer = _answer(entry.get("answer"))
            reason = entry.get("reason")
            if answer is None:
                problems.append(Problem(path.name, f"{here}.answer", "not yes or no", "yes or no"))
            if not isinstance(reason, str) or not reason.strip():
                problems.append(
                    Problem(path.name, f"{here}.reason", "missing", "quote the text behind it")
                )
            extra = set(entry) - {"answer", "reason"}
            if extra:
                problems.append(
                    Problem(path.name, here, f"unknown keys {sorted(extra)}", "answer, reason")
                )
            if answer is not None and isinstance(reason, str):
                coded[qid] = (answer, reason)
        missing = [q for q in questions if q not in answers]
        if missing:
            problems.append(
                Problem(
                    path.name, where, f"questions not answered: {', '.join(missing)}", "answer all"
                )
            )
        coding[str(article)] = coded
    return coding, problems


def _parse_precision(
    path: Path, raw: Any, frames: dict[str, Frame]
) -> tuple[tuple[tuple[str, int, int, str], ...], list[Problem]]:
    if raw is None:
        return (), []
    if not isinstance(raw, dict):
        return (), [Problem(path.name, "precision_judgement", "not a mapping", "frame: {...}")]
    rows, problems = [], []
    for fid, entry in raw.items():
        where = f"precision_judgement.{fid}"
        if fid not in frames:
            problems.append(Problem(path.name, where, "unknown frame", "use a frame id"))
            continue
        found = check_entry(path, where, entry, {"correct": int, "total": int, "note": str})
        if not found and not 0 <= entry["correct"] <= entry["total"]:
            found.append(Problem(path.name, where, "correct must be 0..total", "recount"))
        problems += found
        if not found:
            rows.append((fid, entry["correct"], entry["total"], entry["note"]))
    return tuple(rows), problems


def load_frames(path: str | os.PathLike[str] | None = None) -> FrameLexicon:
    """Read and validate ``frames.yml``; every problem is reported in one :class:`LexiconError`.

    Cached per path, size and modification time, so an edited file is re-read.
    """
    if path is None:
        file = _default_path(os.environ.get("NEWSFRAMES_DATA"), os.getcwd())
    else:
        file = lexicon_path("frames", path)
    try:
        info = file.stat()
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = (0, 0)
    return _load_frames(file, stamp)


@lru_cache(maxsize=4)
def _default_path(_data_env: str | None, _cwd: str) -> Path:
    """``data/lexicons/frames.yml``; finding ``data/`` depends only on the arguments."""
    return lexicon_path("frames")


def _actor_vocabulary() -> dict[str, set[str]] | None:
    """Actor types, sides and ids declared in ``actors.yml`` (None if it cannot be read)."""
    try:
        doc = read_yaml(lexicon_path("actors"))
    except LexiconError:
        return None  # the actors loader reports its own file's problems
    if not isinstance(doc, dict):
        return None
    actors = doc.get("actors")
    if not isinstance(actors, list):
        actors = []
    return {
        "actor_types": set(doc.get("types") or {}),
        "sides": set(doc.get("sides") or {}),
        "actor_ids": {a["id"] for a in actors if isinstance(a, dict) and "id" in a},
    }


def _check_actor_references(file: Path, frames: dict[str, Frame]) -> list[Problem]:
    """Sides, types and ids named by rules must exist in ``actors.yml``."""
    known = _actor_vocabulary()
    if known is None:
        return []
    problems = []
    for frame in frames.values():
        for rule in frame.rules:
            used = {
                "sides": {s for pair in rule.pairs for s in pair} | set(rule.sides or ()),
                "actor_types": set(rule.actor_types or ()),
                "actor_ids": set(rule.actor_ids or ()),
            }
            for key, names in used.items():
                for name in sorted(names - known[key]):
                    problems.append(
                        Problem(
                            file.name,
                            f"frame {frame.id}.rules.{rule.id}",
                            f"{name!r} is not one of the {key} in actors.yml",
                            f"use one of: {', '.join(sorted(known[key]))}",
                        )
                    )
    return problems


@lru_cache(maxsize=8)
def _load_frames(file: Path, stamp: tuple[int, int]) -> FrameLexicon:
    doc = read_yaml(file)
    problems: list[Problem] = []
    frames: dict[str, Frame] = {}
    for i, raw in enumerate(require_list(file, doc, "frames")):
        frame, found = _parse_frame(file, f"frames[{i}]", raw)
        problems += found
        if frame is not None:
            if frame.id in frames:
                problems.append(
                    Problem(file.name, f"frames[{i}].id", f"duplicate frame {frame.id!r}", "rename")
                )
            frames[frame.id] = frame
    questions: dict[str, Question] = {}
    for i, raw in enumerate(require_list(file, doc, "questions")):
        found = check_entry(file, f"questions[{i}]", raw, {"id": str, "frame": str, "text": str})
        if not found:
            if raw["frame"] not in frames:
                found.append(
                    Problem(
                        file.name,
                        f"questions[{i}].frame",
                        f"unknown frame {raw['frame']!r}",
                        f"use one of: {', '.join(frames)}",
                    )
                )
            if raw["id"] in questions:
                found.append(Problem(file.name, f"questions[{i}].id", "duplicate id", "rename"))
            questions[raw["id"]] = Question(raw["id"], raw["frame"], raw["text"])
        problems += found
    problems += _check_actor_references(file, frames)
    coding, found = _parse_coding(file, doc.get("reference_coding"), questions)
    problems += found
    precision, found = _parse_precision(file, doc.get("precision_judgement"), frames)
    problems += found
    known = {"frames", "questions", "reference_coding", "precision_judgement"}
    problems += [
        Problem(file.name, str(key), "unknown top-level key", f"use: {', '.join(sorted(known))}")
        for key in doc
        if key not in known
    ]
    if problems:
        raise LexiconError(problems)
    groups: dict[tuple[str, str | None], tuple[tuple[tuple[str, ...], ...], Iterable[str]]] = {}
    for frame in frames.values():
        groups[(frame.id, None)] = (frame.terms, frame.case_sensitive)
        for rule in frame.rules:
            if rule.terms:
                groups[(frame.id, rule.id)] = (rule.terms, ())
    return FrameLexicon(file, frames, questions, coding, precision, _Scanner(groups))


# --------------------------------------------------------------------------- hits


def _in_any(start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping spans ``starts, ends``."""
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and ends[i] > start:
        return True
    return i + 1 < len(starts) and starts[i + 1] < end


def frame_hits(
    text: str,
    *,
    sentences: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    lexicon: FrameLexicon | None = None,
) -> pd.DataFrame:
    """One row per frame indicator found in ``text``, with sentence and keyword-in-context.

    ``rule`` is the term's headword for term hits (``via == "term"``) or the rule id;
    ``detail`` names the actor(s) a rule relied on. Terms inside an actor's name
    (``mentions``) are not hits. ``voice`` is "quoted" inside double quotes.
    """
    lex = lexicon or load_frames()
    return hit_table(hit_columns(from_frames(text, sentences, mentions), lex))


def hit_columns(article: Parse, lex: FrameLexicon) -> Columns:
    """The columns of :func:`frame_hits` for one parsed article, as lists."""
    text = article.text
    sents = article.sentences
    starts_list = article.sentence_starts
    ends_list = [e for _i, _p, _s, e in sents]

    def sentence_of(pos: int) -> int:
        i = bisect.bisect_right(starts_list, pos) - 1
        return i if i >= 0 and pos < ends_list[i] else -1

    m_rows = article.mentions
    m_start = [m[0] for m in m_rows]
    by_sentence: dict[int, list[int]] = {}  # sentence -> its mentions
    for k, pos in enumerate(m_start):
        sid = sentence_of(pos)
        if sid >= 0:
            by_sentence.setdefault(sid, []).append(k)
    names = sorted((m[0], m[1]) for m in m_rows)
    name_starts = [s for s, _ in names]
    name_ends = [e for _, e in names]

    def words_between(begin: int, end: int) -> int:
        return len(WORD.findall(text, begin, end)) if end > begin else 0

    assert lex.scanner is not None
    terms_found = lex.scanner.find(text)
    raw: list[tuple[str, str, str, str, int, int, int, str]] = []
    # per sentence, its mentions that have a side (opposing_sides needs two of them)
    sided = [
        (sid, with_side)
        for sid, members in by_sentence.items()
        if len(with_side := [k for k in members if m_rows[k][5] is not None]) > 1
    ]
    for frame in lex.frames.values():
        for start, end, head in terms_found[(frame.id, None)]:
            if not _in_any(start, end, name_starts, name_ends):
                raw.append((frame.id, frame.kind, head, "term", start, end, -2, ""))
        for rule in frame.rules:
            if rule.type == "opposing_sides":
                wanted = {(a, b) for a, b in rule.pairs} | {(b, a) for a, b in rule.pairs}
                for sid, members in sided:
                    best = _closest_opposing(members, m_rows, wanted)
                    if best is not None:
                        a, b = best
                        start, end = m_rows[a][0], m_rows[b][1]
                        detail = (
                            f"{m_rows[a][3]} ({m_rows[a][5]}) / {m_rows[b][3]} ({m_rows[b][5]})"
                        )
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, start, end, sid, detail)
                        )
            else:
                for start, end, _head in terms_found.get((frame.id, rule.id), ()):
                    if _in_any(start, end, name_starts, name_ends):
                        continue
                    sid = sentence_of(start)
                    k = _nearest_actor(
                        rule, start, end, by_sentence.get(sid, []), m_rows, words_between
                    )
                    if k >= 0:
                        detail = f"{m_rows[k][2]} ({m_rows[k][3]})"
                        raw.append(
                            (frame.id, frame.kind, rule.id, rule.type, start, end, sid, detail)
                        )
    if not raw:
        return {}
    raw.sort(key=lambda r: (r[4], r[5], r[0], r[2]))
    return _hit_columns(article, raw, sentence_of)


def _hit_columns(
    article: Parse,
    raw: list[tuple[str, str, str, str, int, int, int, str]],
    sentence_of: Callable[[int], int],
) -> Columns:
    """The hits as columns; ``sent_id`` -2 in ``raw`` means "look it up"."""
    text = article.text
    spans_of = article.sentences
    frames, kinds, rules, vias, starts, ends, sids, details = (
        list(c) for c in zip(*raw, strict=True)
    )
    sids = [
        sentence_of(start) if sid == -2 else sid for sid, start in zip(sids, starts, strict=True)
    ]
    flat = _FLAT_RE.sub(" ", text)
    quotes = article.quotes
    q_starts, q_ends = [s for s, _ in quotes], [e for _, e in quotes]
    spans = list(zip(starts, ends, strict=True))
    columns: dict[str, Any] = {
        "frame": frames,
        "kind": kinds,
        "rule": rules,
        "via": vias,
        "start": starts,
        "end": ends,
        "surface": [text[s:e] for s, e in spans],
        "sent_id": [spans_of[i][0] if i >= 0 else -1 for i in sids],
        "voice": [
            "quoted" if _in_any(s, s + 1, q_starts, q_ends) else "journalist" for s in starts
        ],
        "detail": details,
        "sentence": [text[spans_of[i][2] : spans_of[i][3]] if i >= 0 else "" for i in sids],
        "left": [flat[max(0, s - KWIC_WIDTH) : s] for s in starts],
        "match": [flat[s:e] for s, e in spans],
        "right": [flat[e : e + KWIC_WIDTH] for e in ends],
    }
    return columns


def hit_table(columns: Columns) -> pd.DataFrame:
    """The hits table from :func:`hit_columns` (of one article or several, appended)."""
    if not columns or not columns["start"]:
        return pd.DataFrame([], columns=HIT_COLUMNS)
    # every text column cut from one array of the dtype pandas infers for strings
    text_dtype = pd.StringDtype(na_value=np.nan)
    as_text = text_dtype.construct_array_type()._from_sequence  # type: ignore[attr-defined]
    texts = as_text(
        [v for name, values in columns.items() if name not in _INT_COLUMNS for v in values],
        dtype=text_dtype,
    )
    n, i = len(columns["start"]), 0
    arrays = {}
    for name, values in columns.items():
        if name in _INT_COLUMNS:
            arrays[name] = np.array(values, dtype=np.int64)
        else:
            arrays[name] = texts[i : i + n]
            i += n
    return pd.DataFrame(dict(arrays), index=pd.RangeIndex(n), columns=_HIT_INDEX.copy())


def _nearest_actor(
    rule: Rule,
    start: int,
    end: int,
    candidates: list[int],
    rows: list[tuple[Any, ...]],
    words_between: Callable[[int, int], int],
) -> int:
    """Index of the mention nearest to the term at [start, end) that the rule accepts, or -1.

    With a ``window`` the distance is the number of words between term and mention.
    """
    best, best_distance = -1, 1 << 30
    for k in candidates:
        m_start, m_end, _surface, actor_id, actor_type, side = rows[k]
        if not rule.accepts(actor_id, actor_type, side):
            continue
        if rule.window is None:
            distance = abs(m_start - start)
        else:
            distance = (
                words_between(m_end, start) if m_end <= start else words_between(end, m_start)
            )
            if distance > rule.window:
                continue
        if distance < best_distance:
            best, best_distance = k, distance
    return best


def _closest_opposing(
    members: list[int], rows: list[tuple[Any, ...]], wanted: set[tuple[str, str]]
) -> tuple[int, int] | None:
    """The closest two mentions (by start offset) whose sides form one of the ``wanted`` pairs.

    ``wanted`` holds each pair of sides in both orders.
    """
    best: tuple[int, int] | None = None
    best_gap = 1 << 30
    for i, a in enumerate(members):
        sa = rows[a][5]
        for b in members[i + 1 :]:
            sb = rows[b][5]
            if (sa, sb) not in wanted:
                continue
            first, second = (a, b) if rows[a][0] <= rows[b][0] else (b, a)
            gap = rows[second][0] - rows[first][1]
            if gap < best_gap:
                best, best_gap = (first, second), gap
    return best


def kwic(hits: pd.DataFrame, frame: str | None = None) -> pd.DataFrame:
    """The hits of one frame (or all) as a keyword-in-context table for reading."""
    chosen = hits if frame is None else hits[hits["frame"] == frame]
    cols = [c for c in ("article_id", "frame") if c in hits.columns and (c != "frame" or not frame)]
    cols += ["sent_id", "rule", "voice", "left", "match", "right", "detail"]
    return chosen[cols].reset_index(drop=True)


# --------------------------------------------------------------------------- scores


def _per_group(
    value: int | Mapping[Any, int] | pd.Series | None, groups: list[Any], name: str
) -> pd.Series:
    if value is None:
        return pd.Series(np.nan, index=groups, dtype=float)
    if isinstance(value, (int, np.integer)):
        return pd.Series(int(value), index=groups)
    series = pd.Series(value) if not isinstance(value, pd.Series) else value
    missing = [g for g in groups if g not in series.index]
    if missing:
        raise ValueError(f"{name} has no value for {missing[:5]}; pass one for every article")
    return series.loc[groups]


def frame_scores(
    hits: pd.DataFrame,
    n_words: int | Mapping[Any, int] | pd.Series,
    n_sentences: int | Mapping[Any, int] | pd.Series | None = None,
    *,
    by: str | None = "article_id",
    lexicon: FrameLexicon | None = None,
) -> pd.DataFrame:
    """Per article (``by``) and frame: hits, hits per 1,000 words, sentences with a hit, share.

    Every frame of the lexicon gets a row, with zeros where it has no hit; every
    article in ``n_words`` (a number when ``by`` is None) gets rows even without
    hits. ``share`` is sentences with a hit / ``n_sentences`` (NaN if not given).
    """
    lex = lexicon or load_frames()
    frames = lex.frame_ids()
    frames += [f for f in pd.unique(hits["frame"]) if f not in lex.frames]
    if by is None:
        groups: list[Any] = [None]
        keys = pd.Series([None] * len(hits), index=hits.index, dtype=object)
        if not isinstance(n_words, (int, np.integer)):
            raise ValueError("with by=None pass n_words (and n_sentences) as numbers")
    else:
        if isinstance(n_words, (int, np.integer)):
            raise ValueError(f"pass n_words per {by} (a mapping or Series), or by=None")
        groups = list(n_words.keys()) if isinstance(n_words, Mapping) else list(n_words.index)
        unknown = set(pd.unique(hits[by])) - set(groups) if len(hits) else set()
        if unknown:
            raise ValueError(f"hits for {sorted(unknown)[:5]} but no n_words for them")
        keys = hits[by]
    words = _per_group(n_words, groups, "n_words")
    sents = _per_group(n_sentences, groups, "n_sentences")
    index = pd.MultiIndex.from_product([range(len(groups)), frames], names=["g", "frame"])
    position = {g: i for i, g in enumerate(groups)}
    g = keys.map(position) if by is not None else pd.Series(0, index=hits.index)
    grouped = pd.DataFrame({"g": g, "frame": hits["frame"], "sent_id": hits["sent_id"]})
    counts = grouped.groupby(["g", "frame"]).size().reindex(index, fill_value=0)
    with_hit = grouped.groupby(["g", "frame"])["sent_id"].nunique().reindex(index, fill_value=0)
    gi = index.get_level_values("g").to_numpy()
    out = pd.DataFrame(
        {
            "frame": index.get_level_values("frame"),
            "kind": [
                lex.frames[f].kind if f in lex.frames else "" for f in index.get_level_values(1)
            ],
            "hits": counts.to_numpy(),
            "per_1000": counts.to_numpy() * 1000 / words.to_numpy()[gi],
            "sentences": with_hit.to_numpy(),
            "share": with_hit.to_numpy() / sents.to_numpy(dtype=float)[gi],
            "n_words": words.to_numpy()[gi],
            "n_sentences": sents.to_numpy()[gi],
        }
    )
    if by is not None:
        out.insert(0, by, [groups[i] for i in gi])
    return out


# --------------------------------------------------------------------------- human coding


def human_scores(lexicon: FrameLexicon | None = None) -> pd.DataFrame:
    """Per coded article and generic frame: questions, yes answers, score = share of yes."""
    lex = lexicon or load_frames()
    rows = []
    for article, answers in lex.coding.items():
        for fid in lex.frames:
            qs = [q.id for q in lex.questions.values() if q.frame == fid]
            if not qs:
                continue
            yes = sum(answers[q][0] for q in qs if q in answers)
            rows.append((article, fid, len(qs), yes, yes / len(qs)))
    return pd.DataFrame(rows, columns=["article_id", "frame", "n_questions", "n_yes", "score"])


def coding_table(lexicon: FrameLexicon | None = None) -> pd.DataFrame:
    """The reference coding, one row per article and question, with the reason."""
    lex = lexicon or load_frames()
    rows = [
        (article, q.frame, q.id, q.text, answers[q.id][0], answers[q.id][1])
        for article, answers in lex.coding.items()
        for q in lex.questions.values()
        if q.id in answers
    ]
    return pd.DataFrame(rows, columns=["article_id", "frame", "question", "text", "yes", "reason"])


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Cohen's kappa of two codings of the same items: (p_o - p_e) / (1 - p_e).

    NaN when p_e is 1 (both coders used one and the same category throughout).
    """
    if len(a) != len(b) or not len(a):
        raise ValueError("two codings of the same, non-empty set of items are needed")
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    cats = set(a) | set(b)
    p_e = sum((list(a).count(c) / n) * (list(b).count(c) / n) for c in cats)
    return float("nan") if p_e == 1 else (p_o - p_e) / (1 - p_e)


@dataclass(frozen=True)
class Agreement:
    """Computed vs human frame presence: the full table, a summary, and the disagreements."""

    table: pd.DataFrame
    summary: pd.DataFrame
    disagreements: pd.DataFrame


def agreement(
    computed: pd.DataFrame,
    lexicon: FrameLexicon | None = None,
    *,
    threshold: float = 2.0,
    min_hits: int = 1,
    human_cutoff: float = 0.5,
) -> Agreement:
    """Compare frame presence from :func:`frame_scores` with the reference coding.

    A frame is computed present when it has at least ``min_hits`` hits and at
    least ``threshold`` hits per 1,000 words; humanly present when at least
    ``human_cutoff`` of its questions are answered yes. Only the article x frame
    pairs that are both computed and coded (the generic frames) are compared.
    """
    lex = lexicon or load_frames()
    human = human_scores(lex)
    merged = computed.merge(human, on=["article_id", "frame"], how="inner")
    if merged.empty:
        raise ValueError("no article x frame is both computed and coded: nothing to compare")
    table = pd.DataFrame(
        {
            "article_id": merged["article_id"],
            "frame": merged["frame"],
            "hits": merged["hits"],
            "per_1000": merged["per_1000"],
            "computed": (merged["hits"] >= min_hits) & (merged["per_1000"] >= threshold),
            "score": merged["score"],
            "human": merged["score"] >= human_cutoff,
        }
    )
    table["agree"] = table["computed"] == table["human"]
    rows = []
    for scope, part in [*table.groupby("frame", sort=False), ("all", table)]:
        rows.append(
            (
                scope,
                len(part),
                int(part["agree"].sum()),
                100 * part["agree"].mean(),
                cohen_kappa(part["computed"].tolist(), part["human"].tolist()),
            )
        )
    summary = pd.DataFrame(rows, columns=["frame", "n", "agreements", "percent", "kappa"])
    disagreements = table[~table["agree"]].sort_values(["frame", "article_id"])
    return Agreement(table, summary, disagreements.reset_index(drop=True))


def precision_judgement(lexicon: FrameLexicon | None = None) -> pd.DataFrame:
    """The recorded reading of every hit on the five articles: correct / total per frame."""
    lex = lexicon or load_frames()
    table = pd.DataFrame(list(lex.precision), columns=["frame", "correct", "total", "note"])
    table.insert(3, "precision", table["correct"] / table["total"].where(table["total"] > 0))
    return table
