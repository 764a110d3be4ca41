"""The function words (``data/lexicons/function_words.yml``): the closed-class words the
attribution rules step over or stop at when they look for a speaker phrase."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsframes.errors import LexiconError, Problem
from newsframes.lexicons.loader import load_lexicon
from newsframes.lexicons.schema import require_list

KEYS = (
    "determiners",
    "clause_openers",
    "fillers",
    "prepositions",
    "addressees",
    "adverbs",
    "subject_pronouns",
    "subordinators",
    "time_words",
    "speaking_participles",
    "prepositional_participles",
    "clause_subordinators",
    "subject_openers",
    "time_openers",
    "time_nouns",
    "time_closers",
)


@dataclass(frozen=True, eq=False)
class FunctionWords:
    """Words after which a verb form is no verb, words that open a clause inside a speaker
    phrase, words before a subject, prepositions that end a trailing speaker, whom a
    statement is told, adverbs before a verb, and subject pronouns.
    Compared by identity: the loader returns one object per file content."""

    path: Path
    determiners: frozenset[str]
    clause_openers: tuple[str, ...]
    fillers: tuple[str, ...]
    prepositions: tuple[str, ...]
    addressees: tuple[str, ...]  # whom a statement is told: "told reporters ..."
    adverbs: tuple[str, ...]  # between a speaker and its verb: "has also said"
    subject_pronouns: tuple[str, ...]  # open a clause: "said it rejects ..."
    subordinators: tuple[str, ...]  # no part of a bare clause's subject: "as rebels were"
    time_words: tuple[str, ...]  # nor these: "the casualties reported this week are"
    speaking_participles: tuple[str, ...]  # "Earlier, referring to a report, X said"
    prepositional_participles: tuple[str, ...]  # "..., including the town, X said"
    clause_subordinators: tuple[str, ...]  # "While analysts said": the subject after them
    subject_openers: tuple[str, ...]  # "while some analysts said"
    time_openers: tuple[str, ...]  # "The next day, a spokesman said": a time, no subject
    time_nouns: tuple[str, ...]  # "The day before, ..."
    time_closers: tuple[str, ...]  # "The Tuesday before, ..."


def _words(path: Path, doc: dict[str, Any], key: str, problems: list[Problem]) -> list[str]:
    out: list[str] = []
    try:
        words = require_list(path, doc, key)
    except LexiconError as missing:
        problems += missing.problems
        return out
    for i, word in enumerate(words):
        where = f"{key}[{i}]"
        if not isinstance(word, str) or not word.isalpha() or not word.islower():
            fix = "write one lower-case word of letters, e.g. the (quote yes/no/on/off)"
            problems.append(Problem(path.name, where, f"{word!r}", fix))
        elif word in out:
            problems.append(Problem(path.name, where, f"duplicate {word!r}", "keep one"))
        else:
            out.append(word)
    return out


def parse_function_words(path: Path, doc: Any) -> FunctionWords:
    """The schema of ``function_words.yml``: every problem at once, or the lists."""
    if not isinstance(doc, dict):
        raise LexiconError([Problem(path.name, "(file)", "not a mapping", "see the file header")])
    problems = [
        Problem(path.name, str(key), "unknown key", f"use one of: {', '.join(KEYS)}")
        for key in doc
        if key not in KEYS
    ]
    lists = {key: _words(path, doc, key, problems) for key in KEYS}
    if problems:
        raise LexiconError(problems)
    return FunctionWords(
        path=path,
        determiners=frozenset(lists["determiners"]),
        clause_openers=tuple(lists["clause_openers"]),
        fillers=tuple(lists["fillers"]),
        prepositions=tuple(lists["prepositions"]),
        addressees=tuple(lists["addressees"]),
        adverbs=tuple(lists["adverbs"]),
        subject_pronouns=tuple(lists["subject_pronouns"]),
        subordinators=tuple(lists["subordinators"]),
        time_words=tuple(lists["time_words"]),
        speaking_participles=tuple(lists["speaking_participles"]),
        prepositional_participles=tuple(lists["prepositional_participles"]),
        clause_subordinators=tuple(lists["clause_subordinators"]),
        subject_openers=tuple(lists["subject_openers"]),
        time_openers=tuple(lists["time_openers"]),
        time_nouns=tuple(lists["time_nouns"]),
        time_closers=tuple(lists["time_closers"]),
    )


def load_function_words(path: str | os.PathLike[str] | None = None) -> FunctionWords:
    """``function_words.yml`` (or ``path``), validated; an edited file is re-read."""
    return load_lexicon("function_words", parse_function_words, path)
