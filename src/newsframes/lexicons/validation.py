"""Every lexicon the package reads, in one catalogue, and a check of them all at once that
collects every problem instead of stopping at the first."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsframes.errors import NewsframesError, Problem
from newsframes.lexicons import (
    abbreviations,
    actors,
    boilerplate,
    frames,
    function_words,
    labels,
    name_patterns,
    reporting_verbs,
    stopwords,
)
from newsframes.lexicons.loader import Schema, lexicon_path

Loader = Callable[[str | os.PathLike[str] | None], Any]


@dataclass(frozen=True)
class Lexicon:
    """One lexicon: its name, its file, its schema, and the public loader that reads it.

    The loader reads the file through the one content cache under ``schema`` (and may
    add checks across files, as frames do against ``actors.yml``).
    """

    name: str
    file: Callable[[], Path]
    schema: Schema[Any]
    loader: Loader

    def read(self) -> Any:
        """The validated lexicon, as every analyser gets it."""
        return self.loader(self.file())

    def problems(self) -> list[Problem]:
        """Every problem with this lexicon (none when it is valid)."""
        try:
            self.read()
        except NewsframesError as error:
            return list(error.problems)
        return []


def _in_lexicons(name: str) -> Callable[[], Path]:
    """``data/lexicons/<name>.yml`` under the data folder in force when it is called."""
    return lambda: lexicon_path(name)


LEXICONS: tuple[Lexicon, ...] = (
    Lexicon("actors", _in_lexicons("actors"), actors.parse_actors, actors.load_actors),
    Lexicon("labels", _in_lexicons("labels"), labels.parse_labels, labels.load_labels),
    Lexicon("frames", _in_lexicons("frames"), frames.parse_frames, frames.load_frames),
    Lexicon(
        "reporting_verbs",
        _in_lexicons("reporting_verbs"),
        reporting_verbs.parse_reporting_verbs,
        reporting_verbs.load_reporting_verbs,
    ),
    Lexicon(
        "abbreviations",
        _in_lexicons("abbreviations"),
        abbreviations.parse_abbreviations,
        abbreviations.load_abbreviations,
    ),
    Lexicon(
        "stopwords", _in_lexicons("stopwords"), stopwords.parse_stopwords, stopwords.load_stopwords
    ),
    Lexicon(
        "boilerplate",
        boilerplate.default_rules_path,
        boilerplate.parse_rules,
        boilerplate.load_rules,
    ),
    Lexicon(
        "name_patterns",
        _in_lexicons("name_patterns"),
        name_patterns.parse_name_patterns,
        name_patterns.load_name_patterns,
    ),
    Lexicon(
        "function_words",
        _in_lexicons("function_words"),
        function_words.parse_function_words,
        function_words.load_function_words,
    ),
)


def check_lexicons() -> list[Problem]:
    """Every problem in every lexicon the package reads, in catalogue order."""
    return [problem for lexicon in LEXICONS for problem in lexicon.problems()]
