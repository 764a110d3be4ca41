"""A per-token memo for the fast scorers: a dict that computes what it lacks, bounded in size."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

# Memos are cleared when they reach this many entries (memory stays bounded on a big corpus).
MEMO_SIZE = 200_000
_V = TypeVar("_V")


class Memo(dict[str, _V]):
    """A dict that fills a missing key from ``func(key)``; cleared when it grows large."""

    def __init__(self, func: Callable[[str], _V]) -> None:
        super().__init__()
        self.func = func

    def __missing__(self, key: str) -> _V:
        if len(self) >= MEMO_SIZE:
            self.clear()
        value = self[key] = self.func(key)
        return value
