"""The attribution rules read ``function_words.yml`` and ``name_patterns.yml`` once per
article, not once per verb, and still follow an edited word list."""

from __future__ import annotations

import pytest
from test_sourcing_wire import mentions_of

from newsframes.analysers.sourcing import article as sourcing_article
from newsframes.analysers.sourcing import find_quotes
from newsframes.lexicons import function_words as fw
from newsframes.lexicons import name_patterns as np_

TEXT = (
    "The road to the airport was closed, a commander said. "
    "Rebels have also said the town fell on Monday. "
    "The officer told reporters the convoy was late, and the envoy said it rejects the plan. "
    "Local activist Jamil Hasen said the bridge was down."
)


def test_the_word_lists_are_read_once_for_an_article_of_several_verbs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # count every read, wherever it is made: each lexicon module reads through its loader
    calls: list[str] = []

    def counted(name, load):  # type: ignore[no-untyped-def]
        def read(*args):  # type: ignore[no-untyped-def]
            calls.append(name)
            return load(*args)

        return read

    monkeypatch.setattr(fw, "load_lexicon", counted("words", fw.load_lexicon))
    monkeypatch.setattr(np_, "load_lexicon", counted("names", np_.load_lexicon))
    one_verb = "The road to the airport was closed, a commander said."
    assert len(find_quotes(one_verb, mentions=mentions_of(one_verb))) == 1
    reads_for_one_verb = sorted(calls)
    assert {"names", "words"} <= set(reads_for_one_verb)
    calls.clear()
    table = find_quotes(TEXT, mentions=mentions_of(TEXT))
    assert len(table) >= 4
    assert "Jamil Hasen" in set(table["speaker_ref"])  # a name after a role was looked for
    # as many reads for an article of four verbs as for one of a single verb
    assert sorted(calls) == reads_for_one_verb


def test_the_rules_use_the_word_lists_they_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # "told reporters the convoy was late": with "reporters" no longer an addressee, the
    # content starts at it
    text = "The officer told reporters the convoy was late."
    before = find_quotes(text, mentions=mentions_of(text))
    listed = fw.load_function_words()
    fewer = fw.FunctionWords(
        **{**listed.__dict__, "addressees": tuple(w for w in listed.addressees if w != "reporters")}
    )
    monkeypatch.setattr(sourcing_article, "load_function_words", lambda path=None: fewer)
    after = find_quotes(text, mentions=mentions_of(text))
    assert text[before["start"][0] :].startswith("the convoy")
    assert text[after["start"][0] :].startswith("reporters")
