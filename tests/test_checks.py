"""The check framework: clear messages for right, wrong and missing answers."""

from __future__ import annotations

import numpy as np
import pandas as pd

from newsframes.book import checks


def test_number_right_wrong_unanswered_and_wrong_type() -> None:
    assert checks.number(5, 5, "the count", "hint").passed
    wrong = checks.number(4, 5, "the count", "Count the rows.")
    assert str(wrong) == "✘ Not yet: the count is not 4. Count the rows."
    assert str(checks.number(..., 5, "the count", "hint")).startswith("… Not answered yet")
    assert "should be a number, not str" in str(checks.number("5", 5, "the count", "hint"))
    assert checks.number(np.int64(5), 5, "the count", "hint").passed  # pandas gives NumPy numbers
    assert not checks.number(np.True_, 1, "the count", "hint").passed


def test_same_items_names_missing_and_extra() -> None:
    result = checks.same_items(["a", "x"], ["a", "b"], "the actors", "Look again.")
    assert str(result) == (
        "✘ Not yet: the actors: 1 missing, 1 that should not be there, e.g. 'x'. Look again."
    )
    assert checks.same_items({"b", "a"}, ["a", "b"], "the actors", "").passed


def test_frame_columns() -> None:
    assert checks.frame_columns(pd.DataFrame({"a": [1]}), ["a"], "the table") is None
    result = checks.frame_columns(pd.DataFrame({"a": [1]}), ["a", "b"], "the table")
    assert result is not None and "lacks the column(s) b; it has a" in str(result)


def test_guarded_turns_errors_into_hints() -> None:
    @checks.guarded
    def check_length(answer: object) -> checks.Result:
        return checks.number(len(answer), 3, "the length", "")  # type: ignore[arg-type]

    assert check_length([1, 2, 3]).passed
    assert str(check_length(...)).startswith("… Not answered yet")
    assert "could not be checked (TypeError" in str(check_length(7))


def test_as_number_turns_numpy_scalars_into_python_numbers() -> None:
    assert type(checks.as_number(np.int64(3))) is int
    assert checks.as_number("3") == "3"  # anything else is left for the check to judge


def refused(result: checks.Result, hint: str) -> bool:
    """A wrong answer, refused with a hint: status "not yet" and ``hint`` in the message.
    The lesson tests use it for the number printed on the page and the neighbouring column."""
    return result.status == checks.WRONG and hint in result.message


def test_number_names_a_rounded_copy() -> None:
    assert refused(checks.number(0.13, 2 / 15, "the mean", "Compute it."), "value rounded")
    assert refused(checks.number(-0.86, -0.8591, "the score", ""), "value rounded")
    assert not refused(checks.number(0.0, 0.04, "the mean", ""), "value rounded")  # 0: no copy
    assert refused(checks.number(0.5, 2 / 15, "the mean", "Compute it."), "Compute it.")


def test_known_mistake_never_refuses_the_right_answer() -> None:
    mistakes = [(4, "that is the last label."), (20, "that is the number of columns.")]
    assert refused(checks.known_mistake(4, 5, mistakes), "last label")
    assert refused(checks.known_mistake(np.int64(20), 5, mistakes), "columns")
    assert checks.known_mistake(5, 5, mistakes) is None
    assert checks.known_mistake(4, 4, mistakes) is None  # the "mistake" is right here
    assert checks.known_mistake(pd.DataFrame({"a": [4]}), 5, mistakes) is None


def test_guarded_keeps_the_signature_a_grader_reads() -> None:
    import inspect

    @checks.guarded
    def check_pair(first: int, second: int) -> checks.Result:
        """Two numbers."""
        return checks.correct()

    assert list(inspect.signature(check_pair).parameters) == ["first", "second"]
    assert check_pair.__doc__ == "Two numbers."
