"""After an honorific, the surname one listed person alone spells so names that person even
where the report never writes the full name (``surnames.honoured_surnames``)."""

from __future__ import annotations

from newsframes.analysers.actors import find_mentions


def pairs(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text)
    return list(zip(found["surface"], found["actor_id"], strict=True))


def test_an_honorific_and_one_listed_person_s_surname_is_that_person() -> None:
    text = "On Monday, Dr. Hijab held a meeting.\n\nDr. Hijab's office thanked Turkey."
    assert [(s, a) for s, a in pairs(text) if s == "Hijab"] == [
        ("Hijab", "riyad_farid_hijab"),
        ("Hijab", "riyad_farid_hijab"),
    ]
    # the bare word is a common one: no mention without the honorific
    assert pairs("She wore a Hijab to the meeting.") == []


def test_a_surname_someone_in_the_report_bears_in_full_is_left_alone() -> None:
    # another person so named, with or without the article
    text = 'Those killed included Ali Ghassab al-Mahamid, a doctor.\n\n"Dr. Mahamid was shot."'
    assert "khaled_al_mahamid" not in [a for _, a in pairs(text)]
    text = "Dr. Omar Hijab spoke.\n\nDr. Hijab added that aid had arrived."
    assert "riyad_farid_hijab" not in [a for _, a in pairs(text)]


def test_a_title_or_a_longer_name_after_the_honorific_names_no_listed_person() -> None:
    # a description's last word is no surname ("Syrian President" is Assad's alias)
    assert pairs("Mr. President, the council thanks you.") == []
    # the surname is the first word of a longer name
    assert "riyad_farid_hijab" not in [a for _, a in pairs("Dr. Hijab Ali said it.")]


def test_a_first_name_that_is_a_word_too_still_names_another_person() -> None:
    # "George" and "Andrew" are common words, but the name lexicon's first names: before a
    # listed person's one-word alias they name someone else
    assert pairs("George Lavrov, a cousin, was there.") == []
    assert pairs("Andrew Lavrov said so.") == []
    # a title or an adverb before it names no one else
    assert (
        pairs("Foreign Minister Lavrov said so. Later Lavrov left.")
        == [("Lavrov", "sergei_lavrov")] * 2
    )
