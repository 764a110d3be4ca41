"""The frames lexicon (``data/lexicons/frames.yml``): frames, their indicator terms and
co-occurrence rules, checked and returned as immutable data.

Each frame lists indicator ``terms`` (each a tuple of forms, headword first) and a few
``rules``; rules name actor types, sides and ids, which must exist in ``actors.yml``.
Matching them against text is :mod:`newsframes.analysers.framing`'s job.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import lexicon_path, load, load_lexicon
from newsframes.lexicons.schema import check_entry, normalise, require_list

KINDS = ("generic", "topic")
# rule type -> (required parameters, optional parameters) besides id and type.
RULE_TYPES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "opposing_sides": ({"pairs": list}, {"actor_types": list, "skip_coordinated": bool}),
    "actor_near_term": (
        {"terms": list},
        {"window": int, "actor_types": list, "sides": list, "actor_ids": list},
    ),
    "agent_act": (
        {"window": int},
        {
            "terms": list,
            "actor_types": list,
            "sides": list,
            "actor_ids": list,
            "agents": list,
            "other_agents": list,
            "agent_after": list,
            "victims": list,
            "victim_sides": list,
            "wrongs": list,
            "means": list,
            "agent_optional": bool,
        },
    ),
}
# Top-level keys that older copies of frames.yml had, and where their data lives now.
MOVED_KEYS = {
    "questions": "data/annotations/frame_coding.yml",
    "reference_coding": "data/annotations/frame_coding.yml",
    "precision_judgement": "data/annotations/frame_precision.yml",
}

Terms = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Rule:
    """One co-occurrence rule of a frame: its type and parameters."""

    id: str
    type: str
    pairs: tuple[tuple[str, str], ...] = ()
    terms: Terms = ()
    window: int | None = None
    actor_types: frozenset[str] | None = None
    sides: frozenset[str] | None = None
    actor_ids: frozenset[str] | None = None
    # opposing_sides: two sides joined by "and" or a comma are listed together, not opposed
    skip_coordinated: bool = False
    # agent_act: words naming an accepted agent, or another agent; words that put the
    # agent after the act ("by"); the victims one of which must be in the act's reach
    agents: Terms = ()
    other_agents: Terms = ()
    agent_after: tuple[str, ...] = ()
    victims: Terms = ()
    victim_sides: frozenset[str] | None = None
    wrongs: Terms = ()  # acts that need an agent but no victim ("crimes", "executions")
    means: Terms = ()  # what an agent acts with ("shelling"): "in regime shelling" is its act
    agent_optional: bool = False  # a hit without any agent too, but never another's act

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
    terms: Terms
    case_sensitive: tuple[str, ...]
    rules: tuple[Rule, ...]
    notes: str
    # phrases inside which a term is no hit ("paid a visit" holds "paid")
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class FrameLexicon:
    """The validated contents of ``frames.yml``; ``frames`` by id, in file order."""

    path: Path
    frames: Mapping[str, Frame]

    def frame_ids(self, kind: str | None = None) -> list[str]:
        """Frame ids in file order, optionally only one kind (generic or topic)."""
        return [f.id for f in self.frames.values() if kind is None or f.kind == kind]

    def __reduce__(self) -> tuple[Any, tuple[Path, tuple[Frame, ...]]]:
        """Pickle as path and frames (a read-only mapping cannot be pickled itself)."""
        return _rebuild, (self.path, tuple(self.frames.values()))


def _rebuild(path: Path, frames: tuple[Frame, ...]) -> FrameLexicon:
    return FrameLexicon(path, MappingProxyType({f.id: f for f in frames}))


def load_frames(path: str | os.PathLike[str] | None = None) -> FrameLexicon:
    """Read and check ``frames.yml`` (or ``path``); every problem in one :class:`LexiconError`.

    Cached on the file's content, so an edited file is re-read by the next call. The
    rules' actor types, sides and ids are checked against ``actors.yml`` on every call.
    """
    lexicon = load_lexicon("frames", parse_frames, path)
    vocabulary = _actor_vocabulary()
    if vocabulary is not None:
        problems = _check_actor_references(lexicon, vocabulary)
        if problems:
            raise LexiconError(problems)
    return lexicon


# --------------------------------------------------------------------------- schema


def parse_frames(path: Path, doc: Any) -> FrameLexicon:
    """The schema of ``frames.yml``: a :class:`FrameLexicon`, or every problem at once."""
    problems: list[Problem] = []
    frames: dict[str, Frame] = {}
    for i, raw in enumerate(require_list(path, doc, "frames")):
        frame, found = _parse_frame(path, f"frames[{i}]", raw)
        problems += found
        if frame is not None:
            if frame.id in frames:
                problems.append(
                    Problem(path.name, f"frames[{i}].id", f"duplicate frame {frame.id!r}", "rename")
                )
            frames[frame.id] = frame
    for key in doc:
        if key in MOVED_KEYS:
            fix = f"move it to {MOVED_KEYS[key]}, where the human coding now lives"
            problems.append(Problem(path.name, str(key), "no longer part of frames.yml", fix))
        elif key != "frames":
            problems.append(Problem(path.name, str(key), "unknown top-level key", "use: frames"))
    if problems:
        raise LexiconError(problems)
    return FrameLexicon(path, MappingProxyType(frames))


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


def _parse_terms(path: Path, where: str, raw: list[Any]) -> tuple[Terms, list[Problem]]:
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


def _str_list(path: Path, where: str, value: Any) -> tuple[frozenset[str] | None, list[Problem]]:
    if value is None:
        return None, []
    if not value or not all(isinstance(v, str) and v.strip() for v in value):
        return None, [Problem(path.name, where, "should be a non-empty list of names", "fix it")]
    return frozenset(value), []


def _parse_pairs(path: Path, where: str, raw: dict[str, Any]) -> tuple[Rule | None, list[Problem]]:
    """The side pairs of an ``opposing_sides`` rule (``raw`` is the checked rule entry)."""
    pairs, problems = [], []
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
    actor_types, found = _str_list(path, f"{where}.actor_types", raw.get("actor_types"))
    rule = Rule(
        raw["id"],
        raw["type"],
        pairs=tuple(pairs),
        actor_types=actor_types,
        skip_coordinated=bool(raw.get("skip_coordinated", False)),
    )
    return rule, problems + found


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
    if rtype == "opposing_sides":
        return _parse_pairs(path, where, raw)
    terms, problems = _parse_terms(path, where, raw.get("terms") or [])
    window = raw.get("window")
    if window is not None and window < 1:
        problems.append(Problem(path.name, f"{where}.window", "must be >= 1", "give a word count"))
    actor_types, found = _str_list(path, f"{where}.actor_types", raw.get("actor_types"))
    problems += found
    sides, found = _str_list(path, f"{where}.sides", raw.get("sides"))
    problems += found
    actor_ids, found = _str_list(path, f"{where}.actor_ids", raw.get("actor_ids"))
    problems += found
    word_lists: dict[str, Terms] = {}
    for key in ("agents", "other_agents", "victims", "wrongs", "means"):
        word_lists[key], found = _parse_terms(path, f"{where}.{key}", raw.get(key) or [])
        problems += found
    if not terms and not word_lists["wrongs"]:
        fix = "list indicator words" + (" (or wrongs)" if rtype == "agent_act" else "")
        problems.append(Problem(path.name, f"{where}.terms", "empty", fix))
    after, found = _str_list(path, f"{where}.agent_after", raw.get("agent_after"))
    problems += found
    victim_sides, found = _str_list(path, f"{where}.victim_sides", raw.get("victim_sides"))
    problems += found
    rule = Rule(
        raw["id"],
        rtype,
        terms=terms,
        window=window,
        actor_types=actor_types,
        sides=sides,
        actor_ids=actor_ids,
        agents=word_lists["agents"],
        other_agents=word_lists["other_agents"],
        agent_after=tuple(sorted(after or ())),
        victims=word_lists["victims"],
        victim_sides=victim_sides,
        wrongs=word_lists["wrongs"],
        means=word_lists["means"],
        agent_optional=bool(raw.get("agent_optional", False)),
    )
    return rule, problems


def _parse_frame(path: Path, where: str, raw: Any) -> tuple[Frame | None, list[Problem]]:
    problems = check_entry(
        path,
        where,
        raw,
        {"id": str, "name": str, "kind": str, "description": str, "terms": list, "notes": str},
        {"rules": list, "case_sensitive": list, "exceptions": list},
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
    exceptions, found = _str_list(path, f"{where}.exceptions", raw.get("exceptions"))
    problems += found
    frame = Frame(
        fid,
        raw["name"],
        raw["kind"],
        raw["description"],
        terms,
        tuple(sensitive),
        tuple(rules),
        raw["notes"],
        tuple(sorted(exceptions or ())),
    )
    return frame, problems


# --------------------------------------------------------------------------- actors.yml


@dataclass(frozen=True, eq=False)
class ActorVocabulary:
    """The actor types, sides and ids that ``actors.yml`` declares."""

    actor_types: frozenset[str]
    sides: frozenset[str]
    actor_ids: frozenset[str]


def _actor_vocabulary_of(path: Path, doc: Any) -> ActorVocabulary | None:
    """The vocabulary of a parsed ``actors.yml`` (None if it is not a mapping)."""
    if not isinstance(doc, dict):
        return None
    actors = doc.get("actors")
    if not isinstance(actors, list):
        actors = []
    return ActorVocabulary(
        actor_types=frozenset(doc.get("types") or {}),
        sides=frozenset(doc.get("sides") or {}),
        actor_ids=frozenset(a["id"] for a in actors if isinstance(a, dict) and "id" in a),
    )


def _actor_vocabulary() -> ActorVocabulary | None:
    """The vocabulary of ``actors.yml``, cached on its content (None if it cannot be read)."""
    try:
        return load(_actor_vocabulary_of, lexicon_path("actors"))
    except LexiconError:
        return None  # the actors loader reports its own file's problems


@lru_cache(maxsize=8)
def _check_actor_references(lexicon: FrameLexicon, known: ActorVocabulary) -> tuple[Problem, ...]:
    """Sides, types and ids named by rules must exist in ``actors.yml``.

    Cached on the two objects, which the loader keeps the same for the same file contents.
    """
    problems = []
    for frame in lexicon.frames.values():
        for rule in frame.rules:
            used = {
                "sides": {s for pair in rule.pairs for s in pair}
                | set(rule.sides or ())
                | set(rule.victim_sides or ()),
                "actor_types": set(rule.actor_types or ()),
                "actor_ids": set(rule.actor_ids or ()),
            }
            for key, names in used.items():
                declared: frozenset[str] = getattr(known, key)
                for name in sorted(names - declared):
                    problems.append(
                        Problem(
                            lexicon.path.name,
                            f"frame {frame.id}.rules.{rule.id}",
                            f"{name!r} is not one of the {key} in actors.yml",
                            f"use one of: {', '.join(sorted(declared))}",
                        )
                    )
    return tuple(problems)
