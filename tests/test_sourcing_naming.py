"""A verb that names its object ("called the attack “blatant aggression”") states only the
quotation after the object."""

from __future__ import annotations

import pytest
from test_sourcing_wire import KHALIL, rows_of


def test_the_quotation_after_the_object_is_the_statement() -> None:
    text = "Ahmed Khalil called the attack “blatant aggression” on Monday."
    assert rows_of(text, KHALIL) == [("“blatant aggression”", "Ahmed Khalil", "ahmed_khalil")]
    text = "Ahmed Khalil called it a “strategically important victory.”"
    assert rows_of(text, KHALIL) == [
        ("“strategically important victory.”", "Ahmed Khalil", "ahmed_khalil")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a name given, no object: nobody states anything
        "Turkey launched an operation called “Olive Branch” in January.",
        # only an article before the name of an event
        "Protesters gathered for a demonstration called the “Friday of Dignity”.",
        # no quotation: a name, not a statement
        "Ahmed Khalil called the rebels terrorists.",
        # the quotation is beyond the clause
        "Ahmed Khalil called the council, a body of “elders”, to a meeting.",
    ],
)
def test_a_name_given_is_no_statement(text: str) -> None:
    names = [KHALIL] if "Khalil" in text else []
    assert rows_of(text, *names) == []
