"""The reporting-verb lexicon (``data/lexicons/reporting_verbs.yml``): its schema and loader.

Verbs with their epistemic class, excluded phrases, anonymity markers, anonymous heads,
self-naming phrases and pronouns, checked and returned as plain immutable data. The
matchers built from it live with the analyser (``newsframes.analysers.sourcing``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import (
    check_choice,
    check_entry,
    claim_forms,
    normalise,
    require_list,
)

SELF_NAMING_CLASSES = ("pseudonym", "named_person")


@dataclass(frozen=True)
class VerbEntry:
    """One reporting verb: its name, forms, epistemic class, whether it needs "that", and
    whether its object comes first (a "that" after the object is a relative pronoun)."""

    verb: str
    forms: tuple[str, ...]
    verb_class: str
    needs_that: bool
    object_first: bool = False
    asks: bool = False  # "urged X to “...”": the quotation after "to" is what was asked
    # "called the attack “blatant aggression”": the verb names its object, and states only the
    # quotation after it
    needs_quote: bool = False


@dataclass(frozen=True)
class SelfNaming:
    """A phrase after which speakers name themselves ("who called himself"), and the class
    the name they give gets: ``pseudonym`` or ``named_person``."""

    phrase: str
    speaker_class: str


@dataclass(frozen=True, eq=False)
class ReportingVerbs:
    """The validated reporting-verb lexicon. Compared by identity: the loader returns the
    same object for the same file content, so analysers can cache what they build from it."""

    path: Path
    verbs: Mapping[str, VerbEntry]  # verb name -> entry, in file order
    classes: Mapping[str, str]  # epistemic class -> what it means
    exclude: tuple[str, ...]  # phrases in which a verb form is not a reporting verb
    anonymity: tuple[str, ...]  # phrases that mark a source as anonymous
    noun_markers: frozenset[str]  # folded, straight apostrophes
    anonymous_heads: frozenset[str]  # folded
    # folded; nouns for someone who speaks, ending a headline's speaker ("... - Russian MoD")
    speaker_heads: frozenset[str]
    self_naming: tuple[SelfNaming, ...]
    pronouns: frozenset[str]  # normalised and folded
    body_heads: frozenset[str] = frozenset()  # folded; "the ministry": an "it" refers back to it
    # folded; people who left the body named before them ("Syrian army defectors"): not it
    leaver_heads: frozenset[str] = frozenset()
    # normalised and folded; pronouns only a person can be: no body that spoke by its name
    personal_pronouns: frozenset[str] = frozenset()
    # folded; prepositions after which a form not in -ing is a noun or an adjective
    preposition_markers: frozenset[str] = frozenset()
    # folded; the last word of a verb phrase whose next word is its object ("according to")
    phrase_objects_after: frozenset[str] = frozenset()
    # folded; forms whose speaker may follow them at a sentence's end ("..., said the official")
    inverting_forms: frozenset[str] = frozenset()


def _phrases(
    path: Path, doc: dict[str, Any], key: str, problems: list[Problem], required: bool = True
) -> list[str]:
    """The non-empty strings of the list ``doc[key]``; a problem for each bad item."""
    value = doc.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list):
        problems.append(Problem(path.name, key, "missing or not a list", f"add a `{key}:` list"))
        return []
    good = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem(path.name, f"{key}[{i}]", "empty or not text", "remove it"))
        else:
            good.append(item)
    return good


def _verbs(
    path: Path, doc: dict[str, Any], classes: Mapping[str, Any], problems: list[Problem]
) -> dict[str, VerbEntry]:
    """The ``verbs`` entries, each form owned by one verb only."""
    verbs: dict[str, VerbEntry] = {}
    owner: dict[str, str] = {}
    for i, item in enumerate(require_list(path, doc, "verbs")):
        name = str(item.get("verb")) if isinstance(item, dict) else ""
        where = f"verbs[{i}]" + (f" ({name})" if name != "None" else "")
        found = check_entry(
            path,
            where,
            item,
            {"verb": str, "forms": list, "class": str},
            {"needs_that": bool, "object_first": bool, "asks": bool, "needs_quote": bool},
        )
        problems += found
        if found:
            continue
        if name in verbs:
            problems.append(Problem(path.name, where, f"verb {name!r} twice", "merge the entries"))
        problems += check_choice(path, where, "class", item["class"], classes)
        forms, found = claim_forms(path, where, name, item["forms"], owner, "verb")
        problems += found
        verbs[name] = VerbEntry(
            name,
            tuple(forms),
            item["class"],
            bool(item.get("needs_that")),
            bool(item.get("object_first")),
            bool(item.get("asks")),
            bool(item.get("needs_quote")),
        )
    return verbs


def _self_naming(path: Path, doc: dict[str, Any], problems: list[Problem]) -> list[SelfNaming]:
    """The ``self_naming`` entries: a phrase and the class of the name given after it."""
    naming = []
    for i, item in enumerate(doc.get("self_naming") or []):
        where = f"self_naming[{i}]"
        found = check_entry(path, where, item, {"phrase": str, "class": str})
        problems += found
        if found:
            continue
        if item["class"] not in SELF_NAMING_CLASSES:
            problems.append(
                Problem(
                    path.name,
                    f"{where}.class",
                    f"unknown class {item['class']!r}",
                    "use pseudonym or named_person",
                )
            )
        naming.append(SelfNaming(item["phrase"], item["class"]))
    return naming


def parse_reporting_verbs(path: Path, doc: Any) -> ReportingVerbs:
    """Check a parsed ``reporting_verbs.yml``; every problem is reported at once."""
    problems: list[Problem] = []
    if not isinstance(doc, dict):
        raise LexiconError([Problem(path.name, "(file)", "not a mapping", "see the file header")])
    classes = doc.get("classes")
    if not isinstance(classes, dict) or not classes:
        problems.append(Problem(path.name, "classes", "missing or not a mapping", "add `classes:`"))
        classes = {}
    verbs = _verbs(path, doc, classes, problems)
    exclude = _phrases(path, doc, "exclude", problems, required=False)
    anonymity = _phrases(path, doc, "anonymity", problems)
    heads = _phrases(path, doc, "anonymous_heads", problems)
    body_heads = _phrases(path, doc, "body_heads", problems, required=False)
    leaver_heads = _phrases(path, doc, "leaver_heads", problems, required=False)
    speaker_heads = _phrases(path, doc, "speaker_heads", problems, required=False)
    markers = _phrases(path, doc, "noun_markers", problems)
    prepositions = _phrases(path, doc, "preposition_markers", problems, required=False)
    objects_after = _phrases(path, doc, "phrase_objects_after", problems, required=False)
    pronouns = _phrases(path, doc, "pronouns", problems)
    personal = _phrases(path, doc, "personal_pronouns", problems, required=False)
    inverting = _phrases(path, doc, "inverting_forms", problems, required=False)
    known_forms = {f.casefold() for entry in verbs.values() for f in entry.forms}
    for form in inverting if not problems else []:  # a broken verb entry lists no forms
        if form.casefold() not in known_forms:
            problems.append(
                Problem(
                    path.name,
                    f"inverting_forms: {form!r}",
                    "is no form of any listed verb",
                    "list it under its verb's `forms`, or remove it here",
                )
            )
    naming = _self_naming(path, doc, problems)
    if problems:
        raise LexiconError(problems)
    return ReportingVerbs(
        path=path,
        verbs=MappingProxyType(verbs),
        classes=MappingProxyType({str(k): str(v) for k, v in classes.items()}),
        exclude=tuple(exclude),
        anonymity=tuple(anonymity),
        noun_markers=frozenset(m.casefold().replace("’", "'") for m in markers),
        # the men who left a body are unnamed sources too ("Syrian army defectors said")
        anonymous_heads=frozenset(h.casefold() for h in (*heads, *leaver_heads)),
        body_heads=frozenset(h.casefold() for h in body_heads),
        leaver_heads=frozenset(h.casefold() for h in leaver_heads),
        speaker_heads=frozenset(h.casefold() for h in speaker_heads),
        self_naming=tuple(naming),
        pronouns=frozenset(normalise(p).casefold() for p in pronouns),
        personal_pronouns=frozenset(normalise(p).casefold() for p in personal),
        preposition_markers=frozenset(p.casefold() for p in prepositions),
        phrase_objects_after=frozenset(p.casefold() for p in objects_after),
        inverting_forms=frozenset(f.casefold() for f in inverting),
    )


def load_reporting_verbs(path: str | os.PathLike[str] | None = None) -> ReportingVerbs:
    """The reporting-verb lexicon ``data/lexicons/reporting_verbs.yml`` (or ``path``).

    Read again whenever the file changes: an edit is seen by the next call.
    """
    return load_lexicon("reporting_verbs", parse_reporting_verbs, path)
