"""The checks every lexicon schema shares: required lists, typed entries, enumerated
choices, and forms owned by one entry only, each problem naming file, entry and fix."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from newsframes.errors import LexiconError, Problem

_SPACES = re.compile(r"\s+")


def require_list(path: Path, doc: Any, key: str) -> list[Any]:
    """``doc[key]`` when it is a list; otherwise a :class:`LexiconError`."""
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, list):
        raise LexiconError(
            [Problem(path.name, key, "missing or not a list", f"add a top-level `{key}:` list")]
        )
    return value


def check_entry(
    path: Path,
    where: str,
    entry: Any,
    required: dict[str, type | tuple[type, ...]],
    optional: dict[str, type | tuple[type, ...]] | None = None,
) -> list[Problem]:
    """Problems with one mapping entry: missing keys, wrong types, unknown keys."""
    optional = optional or {}
    if not isinstance(entry, dict):
        return [Problem(path.name, where, "not a mapping", "write it as `key: value` lines")]
    problems = []
    for key, kind in required.items():
        if key not in entry or entry[key] is None:
            problems.append(Problem(path.name, f"{where}.{key}", "missing", f"add `{key}:`"))
        else:
            problems += _wrong_type(path, f"{where}.{key}", entry[key], kind)
    for key, kind in optional.items():
        if entry.get(key) is not None:
            problems += _wrong_type(path, f"{where}.{key}", entry[key], kind)
    known = set(required) | set(optional)
    for key in entry:
        if key not in known:
            problems.append(
                Problem(
                    path.name,
                    f"{where}.{key}",
                    "unknown key",
                    f"remove it or use one of: {', '.join(sorted(known))}",
                )
            )
    return problems


def _wrong_type(path: Path, where: str, value: Any, kind: type | tuple[type, ...]) -> list[Problem]:
    """A problem when ``value`` is not of ``kind``."""
    if isinstance(value, kind):
        return []
    message = f"should be {_kind_name(kind)}, not {type(value).__name__}"
    return [Problem(path.name, where, message, "correct the value")]


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def check_choice(
    path: Path, where: str, key: str, value: Any, allowed: Collection[str]
) -> list[Problem]:
    """A problem when ``value`` is not one of ``allowed`` (no check when nothing is allowed)."""
    if not allowed or value in allowed:
        return []
    return [
        Problem(
            path.name,
            f"{where}.{key}",
            f"unknown {key} {value!r}",
            f"use one of: {', '.join(allowed)}",
        )
    ]


def normalise(term: str) -> str:
    """The form a term is stored and compared under: single spaces, straight apostrophes
    and hyphens. Lexicon checks and the matcher both use it, so they agree on duplicates."""
    term = _SPACES.sub(" ", term.strip())
    return term.replace("’", "'").replace("‐", "-").replace("‑", "-").replace("–", "-")


def claim_forms(
    path: Path, where: str, name: str, forms: list[Any], owner: dict[str, str], unit: str
) -> tuple[list[str], list[Problem]]:
    """The usable forms of entry ``name``, each claimed in ``owner`` so no form has two entries.

    Forms are compared as the matcher sees them (normalised, case-folded).
    """
    problems: list[Problem] = []
    if not forms:
        problems.append(Problem(path.name, f"{where}.forms", "empty list", "list the forms"))
    kept: list[str] = []
    for form in forms:
        if not isinstance(form, str) or not normalise(form):
            problems.append(
                Problem(path.name, f"{where}.forms", f"empty form {form!r}", "remove it")
            )
            continue
        key = normalise(form).casefold()
        if key in owner:
            problems.append(
                Problem(
                    path.name,
                    f"{where}.forms",
                    f"form {form!r} is also listed under {owner[key]!r}",
                    f"keep each form under one {unit} only",
                )
            )
            continue
        owner[key] = name
        kept.append(form)
    return kept, problems
