"""Check every lexicon at once, collecting problems instead of stopping at the first."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from newsframes.errors import NewsframesError, Problem

# module, loader: each loader reads its YAML from data/ and raises a NewsframesError.
LOADERS: list[tuple[str, str]] = [
    ("newsframes.cleaning", "load_rules"),
    ("newsframes.actors", "load_actors"),
    ("newsframes.labels", "load_labels"),
    ("newsframes.sourcing", "load_reporting_verbs"),
    ("newsframes.framing", "load_frames"),
    ("newsframes.compare", "load_stopwords"),
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
