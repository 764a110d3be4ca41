"""Which actor named in a speaker phrase speaks, on sentences of our own."""

from __future__ import annotations

import pytest
from test_sourcing_wire import KHALIL, mentions_of, rows_of

from newsframes.analysers.sourcing import find_quotes

HADDAD = ("Omar Haddad", "omar_haddad", "person")
IRAN = ("Iran", "iran", "state")
SYRIA = ("Syria", "syria", "state")
TURKEY = ("Turkey", "turkey", "state")
ORIENT = ("Orient News", "orient_news", "media")


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "Ahmed Khalil in response to Omar Haddad said the talks would go on.",
            (KHALIL, HADDAD),
            "ahmed_khalil",
        ),
        (
            "Ahmed Khalil and his deputy Omar Haddad said the talks would go on.",
            (KHALIL, HADDAD),
            "ahmed_khalil",
        ),
        ("Iran and Syria have stressed the need for talks.", (IRAN, SYRIA), "iran"),
        (
            "Turkey’s state-run Anadolu news agency reported that the border was closed.",
            (TURKEY,),
            None,
        ),
        ("Turkey’s envoy said that the border was closed.", (TURKEY,), "turkey"),
    ],
)
def test_the_actor_who_speaks(text: str, names: tuple, want: str | None) -> None:
    assert [row[2] for row in rows_of(text, *names)] == [want]


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "Orient News correspondent Jamil Hasan said the town was shelled.",
            (ORIENT,),
            "Jamil Hasan",
        ),
        ("Local activist Abu Qassem said the town was shelled.", (), "Abu Qassem"),
        ("The Syrian Observatory said the town was shelled.", (), "The Syrian Observatory"),
    ],
)
def test_a_name_after_a_role_speaks(text: str, names: tuple, want: str) -> None:
    table_rows = rows_of(text, *names)
    assert len(table_rows) == 1

    table = find_quotes(text, mentions=mentions_of(text, *names))
    assert table["speaker_ref"].tolist() == [want]
