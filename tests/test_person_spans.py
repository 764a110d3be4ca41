"""A person's mention is compared without the title in front: only a title may differ."""

from __future__ import annotations

import pandas as pd

from newsframes.evaluate.person_spans import align_person_spans, only_title, title_words

TEXT = "Syrian President Bashar al-Assad met Foreign Minister Walid Muallem and the army."
COLUMNS = ["article_id", "start", "end", "surface", "actor_id"]


def rows(*spans: tuple[str, str]) -> pd.DataFrame:
    out = []
    for surface, actor in spans:
        start = TEXT.index(surface)
        out.append(("a", start, start + len(surface), surface, actor))
    return pd.DataFrame(out, columns=COLUMNS)


PERSONS = frozenset({"bashar_al_assad", "walid_muallem"})


def test_a_title_and_demonym_in_front_are_not_compared() -> None:
    predicted = rows(("Syrian President Bashar al-Assad", "bashar_al_assad"))
    reference = rows(("Bashar al-Assad", "bashar_al_assad"))
    aligned = align_person_spans(predicted, reference, {"a": TEXT}, PERSONS)
    assert aligned[["start", "end", "surface"]].values.tolist() == [
        [TEXT.index("Bashar"), TEXT.index(" met"), "Bashar al-Assad"]
    ]


def test_the_reference_may_hold_the_title_instead() -> None:
    predicted = rows(("Walid Muallem", "walid_muallem"))
    reference = rows(("Foreign Minister Walid Muallem", "walid_muallem"))
    aligned = align_person_spans(predicted, reference, {"a": TEXT}, PERSONS)
    assert aligned["surface"].tolist() == ["Foreign Minister Walid Muallem"]


def test_another_actor_or_another_end_or_a_non_person_is_left_alone() -> None:
    predicted = rows(
        ("Syrian President Bashar al-Assad", "bashar_al_assad"),
        ("Minister Walid Muallem", "walid_muallem"),
    )
    reference = rows(("Bashar al-Assad", "someone_else"), ("Walid", "walid_muallem"))
    aligned = align_person_spans(predicted, reference, {"a": TEXT}, PERSONS)
    assert aligned.equals(predicted)
    not_a_person = align_person_spans(
        predicted, rows(("Bashar al-Assad", "bashar_al_assad")), {"a": TEXT}, frozenset()
    )
    assert not_a_person.equals(predicted)


def test_only_title_words_or_capitalised_words_may_differ() -> None:
    words = title_words()
    assert "president" in words and "gen" in words
    assert only_title("Syrian President ", words)
    assert only_title("Syrian president ", words)
    assert not only_title("met with ", words)
    assert not only_title("", words)
