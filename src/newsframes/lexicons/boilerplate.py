"""The boilerplate rules (``data/boilerplate.yml``): named line patterns for site chrome
that cleaning cuts out of the raw text, each with the reason it is removed."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load
from newsframes.paths import data_dir


@dataclass(frozen=True)
class Rule:
    """A named line pattern for boilerplate, with the reason it is removed."""

    name: str
    pattern: re.Pattern[str]
    why: str


def default_rules_path() -> Path:
    """``data/boilerplate.yml``."""
    return data_dir() / "boilerplate.yml"


def _compile(source: str, where: str, pattern: Any) -> tuple[re.Pattern[str] | None, list[Problem]]:
    """The rule's pattern, compiled for whole lines, or the problem with it."""
    try:
        return re.compile(str(pattern), re.MULTILINE), []
    except re.error as exc:
        return None, [
            Problem(source, f"{where}.pattern", f"bad regular expression ({exc})", "fix it")
        ]


def parse_rules(path: Path, doc: Any) -> tuple[Rule, ...]:
    """The schema of ``boilerplate.yml``: every problem at once, or the rules in file order.

    Problems name the file by its full path: it lives in ``data/``, not ``data/lexicons/``.
    """
    source = str(path)
    entries = doc.get("rules") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise LexiconError(
            [Problem(source, "rules", "missing or not a list", "add a `rules:` list")]
        )
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"rules[{i}]"
        if not isinstance(entry, dict) or not {"name", "pattern", "why"} <= entry.keys():
            problems.append(
                Problem(source, where, "needs name, pattern and why", "add the missing keys")
            )
            continue
        name = str(entry["name"])
        if name in seen:
            problems.append(
                Problem(source, f"{where}.name", f"duplicate rule name {name!r}", "rename it")
            )
        seen.add(name)
        pattern, found = _compile(source, where, entry["pattern"])
        problems += found
        if pattern is not None:
            rules.append(Rule(name, pattern, str(entry["why"])))
    if problems:
        raise LexiconError(problems)
    return tuple(rules)


def load_rules(path: str | os.PathLike[str] | None = None) -> tuple[Rule, ...]:
    """The boilerplate rules of ``data/boilerplate.yml`` (or ``path``), validated; an edited
    file is re-read on the next call."""
    return load(parse_rules, Path(path) if path is not None else default_rules_path())
