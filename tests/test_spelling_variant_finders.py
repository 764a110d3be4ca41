"""The spelling generator's quick test before each pattern never hides a spelling the
pattern itself would find."""

from newsframes.lexicons.spelling_variants import SpellingRules, spelling_variants

RULES = SpellingRules(
    equivalents=(("Riad", "Riyad"), ("Abd al-", "Abdul"), ("al-", "")), max_changes=1
)


def test_a_dotless_i_is_still_an_i_to_the_pattern():
    # Python's IGNORECASE matches "ı" for "i", which casefold() does not: no quick test
    # may drop the name
    assert "Riyad Hijab" in spelling_variants("Rıad Hijab", RULES)


def test_a_prefix_of_two_words_is_found_in_any_case():
    assert "Abdul Karim" in spelling_variants("ABD AL-Karim", RULES)
    assert spelling_variants("Samir al-Karim", RULES) == ["Samir Karim"]


def test_a_name_holding_no_spelling_of_a_group_gets_no_variant():
    assert spelling_variants("Maher Nour", RULES) == []
