"""Checks that students run on their answers: "correct", "not answered yet", or what is wrong
and a hint; never a bare AssertionError.

Every check computes the expected value from the package and the data, so it stays
right when a lexicon or an article changes. A check returns a :class:`Result`, which
shows itself as one line in the notebook and can be tested (``result.passed``).
Lesson-specific checks live in ``newsframes.book.checks.lesson_NN`` modules.
"""

from __future__ import annotations

import functools
import math
import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

CORRECT, WRONG, UNANSWERED = "correct", "not yet", "not answered yet"


@dataclass(frozen=True)
class Result:
    """The outcome of one check: a status and a message for the student."""

    status: str
    message: str

    @property
    def passed(self) -> bool:
        """Whether the answer is correct."""
        return self.status == CORRECT

    def __str__(self) -> str:
        mark = {CORRECT: "✔", WRONG: "✘", UNANSWERED: "…"}[self.status]
        return f"{mark} {self.status.capitalize()}: {self.message}"

    def __repr__(self) -> str:
        return str(self)

    def _repr_markdown_(self) -> str:
        return f"**{self.status.capitalize()}** — {self.message}"


def correct(message: str = "well done.") -> Result:
    """A passed check."""
    return Result(CORRECT, message)


def wrong(message: str) -> Result:
    """A failed check: say what is wrong and give a hint."""
    return Result(WRONG, message)


def unanswered(what: str = "this answer") -> Result:
    """The stub (``...``) is still there."""
    return Result(
        UNANSWERED, f"replace the `...` in {what} with your answer, then run the check again."
    )


def is_unanswered(answer: Any) -> bool:
    """True for the stub value ``...`` (Ellipsis) that student notebooks start with."""
    return answer is Ellipsis


def guarded(check: Callable[..., Result]) -> Callable[..., Result]:
    """Wrap a check so that an unexpected error in the student's answer becomes a hint."""

    @functools.wraps(check)  # keeps the name, docstring and signature a grader may read
    def run(*args: Any, **kwargs: Any) -> Result:
        if any(is_unanswered(a) for a in (*args, *kwargs.values())):
            return unanswered()
        try:
            return check(*args, **kwargs)
        except Exception as error:  # a wrong type or shape must not show a traceback
            kind = type(error).__name__
            return wrong(f"your answer could not be checked ({kind}: {error}). Check its type.")

    return run


def as_number(answer: Any) -> Any:
    """A NumPy scalar (what pandas returns for ``.sum()`` or ``.loc``) as a plain Python one."""
    return answer.item() if isinstance(answer, np.generic) else answer


def number(answer: Any, expected: float, what: str, hint: str, tolerance: float = 1e-6) -> Result:
    """Compare a number, allowing for rounding; ``what`` names it in the message."""
    if is_unanswered(answer):
        return unanswered(what)
    # numbers.Real also admits NumPy scalars, which pandas returns from .sum() and .loc
    if isinstance(answer, bool | np.bool_) or not isinstance(answer, numbers.Real):
        return wrong(f"{what} should be a number, not {type(answer).__name__}. {hint}")
    if math.isclose(float(answer), float(expected), rel_tol=tolerance, abs_tol=tolerance):
        return correct(f"{what} is {expected:g}.")
    if is_rounded_copy(answer, expected):
        return wrong(
            f"{what} is not {answer:g}: that is the value rounded, as a page prints it. "
            f"Compute it and keep the whole number. {hint}"
        )
    return wrong(f"{what} is not {answer:g}. {hint}")


def is_rounded_copy(answer: Any, expected: float) -> bool:
    """True when ``answer`` is ``expected`` rounded to 1 to 4 decimals but not ``expected``:
    a number copied from a printed table or message instead of computed (0 is not counted:
    a zero is rarely a copy)."""
    if isinstance(answer, bool | np.bool_) or not isinstance(answer, numbers.Real):
        return False
    value, target = float(answer), float(expected)
    return value not in (0.0, target) and any(value == round(target, d) for d in range(1, 5))


def same_value(answer: Any, other: Any, tolerance: float = 1e-9) -> bool:
    """Whether two answers are the same: numbers within ``tolerance``, anything else equal."""
    if isinstance(answer, numbers.Real) and isinstance(other, numbers.Real):
        return math.isclose(float(answer), float(other), rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(answer, pd.DataFrame | pd.Series) or isinstance(other, pd.DataFrame | pd.Series):
        return False
    try:
        return bool(answer == other)
    except (TypeError, ValueError):  # e.g. a NumPy array compared with a list
        return False


def known_mistake(answer: Any, expected: Any, mistakes: Iterable[tuple[Any, str]]) -> Result | None:
    """The hint for a likely wrong answer (the number printed on the page, the neighbouring
    column or attribute), or ``None``. A "mistake" that equals ``expected`` is skipped, so a
    hint never refuses a right answer."""
    answer = as_number(answer)
    for value, hint in mistakes:
        value = as_number(value)
        if same_value(answer, value) and not same_value(value, as_number(expected)):
            return wrong(hint)
    return None


def same_items(answer: Any, expected: Iterable[Any], what: str, hint: str) -> Result:
    """Compare collections regardless of order, and say what is missing or extra."""
    if is_unanswered(answer):
        return unanswered(what)
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return wrong(f"{what} should be a list (or set) of values. {hint}")
    got, want = set(answer), set(expected)
    if got == want:
        return correct(f"{what}: all {len(want)} found.")
    parts = []
    if want - got:
        parts.append(f"{len(want - got)} missing")
    if got - want:
        parts.append(
            f"{len(got - want)} that should not be there, e.g. {sorted(map(str, got - want))[0]!r}"
        )
    return wrong(f"{what}: {', '.join(parts)}. {hint}")


def frame_columns(answer: Any, columns: Iterable[str], what: str) -> Result | None:
    """``None`` if ``answer`` is a DataFrame with ``columns``; otherwise the failed check."""
    if is_unanswered(answer):
        return unanswered(what)
    if not isinstance(answer, pd.DataFrame):
        return wrong(f"{what} should be a pandas DataFrame, not {type(answer).__name__}.")
    missing = [c for c in columns if c not in answer.columns]
    if missing:
        have = ", ".join(map(str, answer.columns))
        return wrong(f"{what} lacks the column(s) {', '.join(missing)}; it has {have}.")
    return None
