"""Check every lexicon at once, collecting problems instead of stopping at the first."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from newsframes.errors import NewsframesError, Problem

# module, loader: each loader reads its YAML from data/ and raises a NewsframesError.
LOADERS: list[tuple[str, str]] = [
    ("newsframes.corpus.cleaning", "load_rules"),
    ("newsframes.analysers.actors", "load_actors"),
    ("newsframes.analysers.labels", "load_labels"),
    ("newsframes.analysers.sourcing", "load_reporting_verbs"),
    ("newsframes.analysers.framing", "load_frames"),
    ("newsframes.analysers.compare", "load_stopwords"),
]


def check_lexicons() -> list[Problem]:
    """Every problem in every lexicon the package reads."""
    problems: list[Problem] = []
    for module_name, loader_name in LOADERS:
        module = importlib.import_module(module_name)
        loader: Callable[[], Any] = getattr(module, loader_name)
        cache_clear = getattr(loader, "cache_clear", None)
        if cache_clear is not None:
            cache_clear()
        try:
            loader()
        except NewsframesError as error:
            problems += error.problems
    return problems
