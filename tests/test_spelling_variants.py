"""Spelling variants of Arabic names: made by rule for the entries that opt in, refused when
they would name someone else or an English word, and matched in text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsframes.analysers.actors import find_mentions, load_actors
from newsframes.errors import LexiconError
from newsframes.lexicons.spelling_variants import SpellingRules, common_words, spelling_variants
from newsframes.paths import lexicon_dir

RULES = SpellingRules(
    equivalents=(
        ("Assad", "Asad", "Asaad"),
        ("Riad", "Riyad", "Riyadh"),
        ("Abd al-", "Abdul", "Abdel"),
        ("Sheikh", "Shaikh"),
        ("al-", "el-", ""),
    ),
    letter_swaps=(("q", "k"), ("ou", "u")),
    doubled_consonants=True,
)


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("Riad al-Asaad", ["Riyadh al-Assad", "Riyad al-Asad", "Riad el-Asaad", "Riad Asaad"]),
        ("Abd al-Rahman", ["Abdul Rahman", "Abdel Rahman"]),
        ("Abdul Rahman", ["Abd al-Rahman"]),
        ("Qasim Ali", ["Kasim Ali", "Qassim Ali", "Kassim Ali"]),
        ("Youssef", ["Yussef"]),
        ("Hassan", ["Hasan"]),
        ("Sheikh Mahmoud", ["Shaikh Mahmoud", "Sheikh Mahmud"]),
    ],
)
def test_rules_make_the_spellings_reports_use(alias, expected):
    made = spelling_variants(alias, RULES)
    for spelling in expected:
        assert spelling in made
    assert alias not in made
    assert len({m.casefold() for m in made}) == len(made)


def test_no_spelling_is_made_inside_a_word_or_across_a_digraph():
    made = spelling_variants("Khaled Bashar", RULES)
    assert not any("Qh" in m or "Basshar" in m for m in made)  # kh and sh are one sound
    inside = spelling_variants("Assadi", RULES)  # a name group applies to whole words only
    assert "Asadi" in inside and "Asaadi" not in inside


def test_changes_are_bounded():
    one = SpellingRules(RULES.equivalents, RULES.letter_swaps, True, max_changes=1)
    assert "Riyadh al-Assad" not in spelling_variants("Riad al-Asaad", one)  # two changes
    assert "Riyadh al-Asaad" in spelling_variants("Riad al-Asaad", one)


def test_common_words_come_from_textblobs_counts():
    words = common_words(5)
    assert {"said", "the", "army"} <= words
    assert "asad" not in words


def lexicon_with(tmp_path: Path, extra_actors: list[dict], rules: dict | None = None) -> Path:
    """A copy of actors.yml with more actors (and other spelling rules)."""
    doc = yaml.safe_load((lexicon_dir() / "actors.yml").read_text(encoding="utf-8"))
    doc["actors"].extend(extra_actors)
    if rules is not None:
        doc["spelling_rules"] = rules
    path = tmp_path / "actors.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def person(aid: str, name: str, *aliases: str, variants: bool = True) -> dict:
    entry = {"id": aid, "name": name, "type": "person", "side": "opposition"}
    entry["aliases"] = list(aliases or (name,))
    if variants:
        entry["spelling_variants"] = True
    return entry


def test_an_opted_in_actor_is_found_in_a_spelling_it_does_not_list(tmp_path):
    path = lexicon_with(tmp_path, [person("mostafa_ahmad", "Mostafa Ahmad")])
    text = "Brigadier Moustafa Ahmed said the unit had left. Mustafa Ahmad agreed."
    found = find_mentions(text, load_actors(path))
    assert found["actor_id"].tolist() == ["mostafa_ahmad", "mostafa_ahmad"]
    assert found["surface"].tolist() == ["Moustafa Ahmed", "Mustafa Ahmad"]


def test_an_actor_that_does_not_opt_in_gets_no_variants(tmp_path):
    path = lexicon_with(tmp_path, [person("mostafa_ahmad", "Mostafa Ahmad", variants=False)])
    lexicon = load_actors(path)
    assert not (lexicon.spelling_table()["owner"] == "mostafa_ahmad").any()
    assert find_mentions("Moustafa Ahmed spoke.", lexicon).empty


def test_a_variant_naming_another_actor_is_refused_and_listed(tmp_path):
    # "Hasan Khalil" would be a variant of "Hassan Khalil", but it is another man's name.
    path = lexicon_with(
        tmp_path,
        [
            person("hassan_khalil", "Hassan Khalil"),
            person("hasan_khalil", "Hasan Khalil", variants=False),
        ],
    )
    lexicon = load_actors(path)
    table = lexicon.spelling_table()
    refused = table[(table["variant"] == "Hasan Khalil") & ~table["added"]]
    assert refused["reason"].str.contains("hasan_khalil").all() and len(refused) == 1
    assert find_mentions("Hasan Khalil spoke.", lexicon)["actor_id"].tolist() == ["hasan_khalil"]


def test_a_variant_two_entries_would_make_is_refused_for_both(tmp_path):
    rules = {
        "equivalents": [["Riyad", "Riad"], ["Riadh", "Riad"]],
        "max_changes": 1,
        "common_words": 5,
    }
    path = lexicon_with(
        tmp_path,
        [person("riyad_hijab", "Riyad Hijazi"), person("riad_hejab", "Riadh Hijazi")],
        rules,
    )
    table = load_actors(path).spelling_table()
    shared = table[table["variant"] == "Riad Hijazi"]
    assert sorted(shared["owner"]) == ["riad_hejab", "riyad_hijab"]
    assert not shared["added"].any()
    assert shared["reason"].str.contains("ambiguous").all()


def test_a_variant_that_is_a_common_english_word_is_refused(tmp_path):
    rules = {"equivalents": [["Sayed", "Said"]], "common_words": 5}
    path = lexicon_with(tmp_path, [person("sayed", "Sayed")], rules)
    lexicon = load_actors(path)
    table = lexicon.spelling_table()
    row = table[table["variant"] == "Said"].iloc[0]
    assert not row["added"] and row["reason"] == "a common English word"
    assert find_mentions("The officer said nothing.", lexicon).empty


def test_bad_rules_are_named_with_their_fix(tmp_path):
    rules = {"equivalents": [["Assad"]], "letter_swaps": [["Q", "kk", "x"]], "max_changes": 0}
    path = lexicon_with(tmp_path, [], rules | {"colour": True})
    with pytest.raises(LexiconError) as caught:
        load_actors(path)
    text = str(caught.value)
    assert "spelling_rules.equivalents[0]: fewer than two spellings" in text
    assert "spelling_rules.letter_swaps[0]" in text and "write [q, k]" in text
    assert "spelling_rules.max_changes" in text and "whole number" in text
    assert "spelling_rules.colour: unknown key" in text


def test_the_book_lexicon_adds_variants_and_lists_every_one():
    lexicon = load_actors()
    table = lexicon.spelling_table()
    added = table[table["added"]]
    assert len(added) > 0
    assert set(added["owner"]) <= set(lexicon.actors) | {
        f"family_names[{i}]" for i in range(len(lexicon.family_names))
    }
    assert find_mentions("Riyadh al-Assad spoke.", lexicon)["actor_id"].tolist() == [
        "riad_al_assad"
    ]
    assert find_mentions("El-Asad spoke.", lexicon)["actor_id"].tolist() == ["bashar_al_assad"]
