"""Attributed statements: each pattern and exclusion on small sentences, lexicon, the articles."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from newsframes.analysers.sourcing import (
    find_quotes,
    load_reporting_verbs,
    sourcing_summary,
    verb_matchers,
)
from newsframes.analysers.sourcing.clauses import that_end
from newsframes.analysers.sourcing.verbs import local_matches, may_be_excluded
from newsframes.evaluate.mentions import annotation_path
from newsframes.paths import lexicon_dir

CHECKED = annotation_path("quotes.csv")
NO_MENTIONS = pd.DataFrame(columns=["start", "end", "surface", "actor_id", "actor_type", "side"])


def quotes(text: str, mentions: pd.DataFrame = NO_MENTIONS, **kw: object) -> pd.DataFrame:
    return find_quotes(text, mentions=mentions, **kw)  # type: ignore[arg-type]


def one(text: str, mentions: pd.DataFrame = NO_MENTIONS) -> dict:
    rows = quotes(text, mentions)
    assert len(rows) == 1, rows
    return rows.iloc[0].to_dict()


def content(text: str, row: dict) -> str:
    return text[row["start"] : row["end"]]


# ------------------------------------------------------------------ direct quotation


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” said Ahmed Khalil.",
        "“We will win,” Ahmed Khalil said.",
        "“We will win,” Ahmed Khalil has said.",
        "Ahmed Khalil said: “We will win.”",
        "Ahmed Khalil said “We will win.”",
        "Ahmed Khalil told reporters that “We will win.”",
    ],
)
def test_direct_patterns(text: str) -> None:
    row = one(text)
    assert (row["kind"], row["speaker"], row["speaker_class"]) == (
        "direct",
        "Ahmed Khalil",
        "named_person",
    )
    assert row["verb_class"] == "neutral"
    assert row["quoted_words"] == 3
    assert content(text, row).strip("“”,.") == "We will win"


def test_full_stop_inside_a_quote_ends_it() -> None:
    text = "Ahmed Khalil said: “We left on Sunday.” The commander added “we will return.”"
    rows = quotes(text)
    assert rows["speaker"].tolist() == ["Ahmed Khalil", "The commander"]
    assert rows["verb"].tolist() == ["say", "add"]
    assert content(text, rows.iloc[1].to_dict()) == "“we will return.”"


def test_mistyped_quote_marks_pair_in_order() -> None:
    text = "The officer claimed that” the defection was planned.”"
    row = one(text)
    assert row["kind"] == "direct" and row["verb_class"] == "distancing"
    assert row["quoted_words"] == 4


def test_reporting_verbs_inside_a_quote_are_speech_not_attribution() -> None:
    text = "“They said we would be safe,” Ahmed Khalil said."
    assert quotes(text)["speaker"].tolist() == ["Ahmed Khalil"]


# ------------------------------------------------------------------ indirect speech


def test_indirect_with_that_and_an_object() -> None:
    text = "The spokesman told reporters that the town had fallen."
    row = one(text)
    assert row["kind"] == "indirect" and row["speaker"] == "The spokesman"
    assert content(text, row) == "the town had fallen."
    assert row["quoted_words"] == 0 and row["content_words"] == 4


def test_indirect_without_that_and_pronoun_resolution() -> None:
    text = "Khateeb said foreigners had arrived. He claimed more than 70 per cent were foreign."
    rows = quotes(text)
    assert rows["kind"].tolist() == ["indirect", "indirect"]
    assert rows["speaker_class"].tolist() == ["named_person", "pronoun_resolved"]
    assert rows["speaker_ref"].tolist() == ["Khateeb", "Khateeb"]
    assert rows["verb_class"].tolist() == ["neutral", "distancing"]
    assert content(text, rows.iloc[1].to_dict()).startswith("more than 70")


def test_pronoun_resolves_to_the_first_person_named_in_an_earlier_sentence() -> None:
    text = "He was convinced by Mamoun Khateeb. Men, he claimed, stole food."
    start = text.index("Mamoun Khateeb")
    mentions = pd.DataFrame(
        [(start, start + 14, "Mamoun Khateeb", "khateeb", "person", "government")],
        columns=NO_MENTIONS.columns,
    )
    row = one(text, mentions)
    assert (row["kind"], row["speaker"], row["speaker_ref"]) == ("indirect", "he", "Mamoun Khateeb")
    assert (row["speaker_actor_id"], row["speaker_side"]) == ("khateeb", "government")


def test_a_verb_inside_a_statement_is_part_of_its_content() -> None:
    text = "Ahmed Khalil said the commander told them to leave. The commander told them."
    rows = quotes(text)
    assert rows["verb"].tolist() == ["say", "tell"]
    assert rows["speaker"].tolist() == ["Ahmed Khalil", "The commander"]


def test_trailing_attribution() -> None:
    text = "Tensions grew in the ranks, Abu Omar claimed."
    row = one(text)
    assert (row["kind"], row["speaker"], row["verb"]) == ("indirect", "Abu Omar", "claim")
    assert content(text, row) == "Tensions grew in the ranks"
    row = one("Dozens have crossed the border, the Guardian has confirmed.")
    assert (row["speaker"], row["speaker_class"], row["verb_class"]) == (
        "the Guardian",
        "institution",
        "endorsing",
    )


def test_subject_before_a_relative_clause_and_anonymity_marker() -> None:
    text = "The officer, who spoke on the condition of anonymity, said the base fell."
    row = one(text)
    assert (row["speaker"], row["speaker_class"]) == ("The officer", "anonymous")


def test_anonymous_source_with_side_from_mentions() -> None:
    text = "An FSA source said the base fell. The FSA source added that more would follow."
    starts = [i for i in range(len(text)) if text.startswith("FSA", i)]
    mentions = pd.DataFrame(
        [(s, s + 3, "FSA", "free_syrian_army", "armed_group", "opposition") for s in starts],
        columns=NO_MENTIONS.columns,
    )
    rows = quotes(text, mentions)
    assert rows["speaker_class"].tolist() == ["anonymous", "anonymous"]
    assert rows["speaker_ref"].tolist() == ["An FSA source"] * 2  # the same source
    assert rows["speaker_side"].tolist() == ["opposition", "opposition"]


def test_adding_after_a_quoted_phrase_ends_the_first_statement() -> None:
    # the comma that joins "adding" may stand inside the closing quotation mark
    text = 'Mr Haddad said that the region faces a "critical juncture," adding that it will pass.'
    rows = quotes(text)
    assert rows["verb"].tolist() == ["say", "add"]
    assert [content(text, r) for r in rows.to_dict("records")] == [
        'the region faces a "critical juncture',
        "it will pass.",
    ]


def test_a_participle_after_a_whole_quotation_is_a_statement_of_its_own() -> None:
    text = (
        "The army dropped leaflets, telling civilians to “stay away from the compounds,” "
        "explaining that its “only targets are the terrorists,” the daily reported."
    )
    rows = quotes(text)
    explained = rows[rows["verb"] == "explain"].iloc[0].to_dict()
    assert (explained["speaker"], content(text, explained)) == (
        "The army",
        "“only targets are the terrorists,”",
    )


def test_a_clause_after_yet_with_a_speaker_of_its_own_ends_the_statement() -> None:
    text = "The government denies that fighters stay in the camps, yet fighters told us they do."
    rows = quotes(text)
    assert [(r["speaker"], content(text, r)) for r in rows.to_dict("records")] == [
        ("The government", "fighters stay in the camps"),
        ("fighters", "they do."),
    ]


def test_a_naming_participle_after_the_speaker_is_an_aside() -> None:
    text = "“We will target them,” Haddad, named interim commander of the force, said."
    row = one(text)
    assert (row["speaker"], content(text, row)) == ("Haddad", "“We will target them,”")


def test_a_statement_remarks_that() -> None:
    text = "The statement remarked that the attacks went on. His remarks were brief."
    rows = quotes(text)
    assert (rows["verb"].tolist(), content(text, rows.iloc[0].to_dict())) == (
        ["remark"],
        "the attacks went on.",
    )


def test_a_source_concludes_that_but_talks_concluded_are_no_statement() -> None:
    text = (
        "The source concluded that the road was safe. "
        "The envoys concluded the talks that had begun in Astana."
    )
    rows = quotes(text)
    assert (rows["verb"].tolist(), content(text, rows.iloc[0].to_dict())) == (
        ["conclude"],
        "the road was safe.",
    )


def test_according_to_before_and_after() -> None:
    text = "According to military sources, the town fell."
    row = one(text)
    assert (row["kind"], row["speaker"], row["speaker_class"]) == (
        "according_to",
        "military sources",
        "anonymous",
    )
    assert content(text, row) == "the town fell"
    text = "The town fell, according to an activist."
    row = one(text)
    assert (row["speaker"], content(text, row)) == ("an activist", "The town fell")
    # one opening word before it is no statement: the rest of the sentence is
    text = "Otherwise, according to the council's declaration, they would be treated as enemies."
    row = one(text)
    assert (row["speaker"], content(text, row)) == (
        "the council's declaration",
        "they would be treated as enemies",
    )


@pytest.mark.parametrize(
    "text",
    ["According to reports, the town fell.", "The town fell, according to reports."],
)
def test_a_verb_form_after_according_to_is_its_source(text: str) -> None:
    # "reports" after "according to" is the source, not the verb "report"
    row = one(text)
    assert (row["verb"], row["speaker"], content(text, row)) == (
        "according to",
        "reports",
        "the town fell" if text.startswith("According") else "The town fell",
    )


# ------------------------------------------------------------------ floating and pseudonyms


def test_floating_quotes_inherit_the_speaker() -> None:
    text = (
        "“We will win,” said Ahmed Khalil. “Nobody can stop us.”\n"
        "“They fear us.”\n"
        "The weather was cold.\n"
        "Nothing happened.\n"
        "“Who said that?”"
    )
    rows = quotes(text)
    assert rows["kind"].tolist() == ["direct", "floating", "floating", "floating"]
    assert rows["speaker_ref"].tolist()[:3] == ["Ahmed Khalil"] * 3
    assert rows["speaker_class"].tolist()[3] == "unattributed"  # two paragraphs away
    assert rows["verb"].isna().tolist() == [False, True, True, True]


def test_scare_quotes_are_not_statements() -> None:
    assert quotes("The “moderate” rebels fled to the “safe” zone.").empty
    # but what a speaker calls its object is its statement (tests/test_sourcing_naming.py)
    assert quotes("The regime calls them “terrorists”.")["speaker"].tolist() == ["The regime"]


def test_pseudonym_is_kept_for_later_references() -> None:
    text = "“We left,” said the fighter, who called himself Abu Omar. Abu Omar said it was empty."
    rows = quotes(text)
    assert rows["speaker_class"].tolist() == ["pseudonym", "pseudonym"]
    assert rows["speaker_ref"].tolist() == ["Abu Omar", "Abu Omar"]
    assert rows["speaker"].tolist() == ["the fighter", "Abu Omar"]


def test_self_given_name_is_a_named_person() -> None:
    row = one("“We refuse,” said the man, giving his name as officer Hussein Harmoush.")
    assert (row["speaker"], row["speaker_class"], row["speaker_ref"]) == (
        "the man",
        "named_person",
        "Hussein Harmoush",
    )


# ------------------------------------------------------------------ exclusions


@pytest.mark.parametrize(
    "text",
    [
        "A firefight broke out, which claimed the lives of at least 12 Islamists.",
        "The group claimed responsibility for the attack.",
        "A man claiming to be an officer appeared in the video.",
        "The regime’s claims are nothing more than an attempt to hide it.",
        "These claims were denied access to nothing.",
        "A battalion maintaining order in Idlib left.",
        "He is said to be in Turkey.",
    ],
)
def test_exclusions(text: str) -> None:
    assert quotes(text).empty


@pytest.mark.parametrize(
    "text",
    [
        # a form after a preposition is an adjective or a noun, not a verb
        "Nine men were detained over alleged connections to the group.",
        "The committee heard of claims made against the unit.",
        "Both sides traded fire amid reported shelling near the town.",
    ],
)
def test_a_form_after_a_preposition_reports_nothing(text: str) -> None:
    assert quotes(text).empty


def test_a_statement_after_an_alleged_link_keeps_its_own_speaker() -> None:
    row = one(
        "Nine suspects, all Turkish citizens, have been detained over alleged connections, "
        "according to Deputy Prime Minister Beşir Atalay."
    )
    assert row["speaker"] == "Deputy Prime Minister Beşir Atalay"


def test_a_form_in_ing_after_a_preposition_still_reports() -> None:
    row = one("He ended the meeting by saying that the talks had failed.")
    assert row["verb"] == "say"


def test_needs_that() -> None:
    row = one("He maintained that he was innocent.")
    assert (row["verb"], row["verb_class"]) == ("maintain", "distancing")


# ------------------------------------------------------------------ lexicon


def real_doc() -> dict:
    return yaml.safe_load((lexicon_dir() / "reporting_verbs.yml").read_text(encoding="utf-8"))


def write_lexicon(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "reporting_verbs.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def test_moving_claimed_to_neutral_changes_the_distancing_share(
    tmp_path: Path, texts: dict[str, str]
) -> None:
    itv = next(t for a, t in texts.items() if a.startswith("itv"))
    real = sourcing_summary(find_quotes(itv), 534)
    doc = real_doc()
    for entry in doc["verbs"]:
        if entry["verb"] == "claim":
            entry["class"] = "neutral"
    broken = sourcing_summary(find_quotes(itv, path=write_lexicon(tmp_path, doc)), 534)
    assert real["share_distancing"][0] == pytest.approx(4 / 6)
    assert broken["share_distancing"][0] == pytest.approx(1 / 6)


def test_a_removed_exclusion_lets_a_false_statement_in(
    tmp_path: Path, texts: dict[str, str]
) -> None:
    fan = next(t for a, t in texts.items() if a.startswith("fan"))
    doc = real_doc()
    doc["exclude"].remove("claimed the lives of")
    assert len(find_quotes(fan)) == 1
    assert len(find_quotes(fan, path=write_lexicon(tmp_path, doc))) == 2


# ------------------------------------------------------------------ summary


def test_sourcing_summary_counts_and_shares() -> None:
    text = (
        "“We will win,” said Ahmed Khalil. “Nobody can stop us.”\n"
        "An official claimed that the town fell. According to an activist, it did not."
    )
    rows = quotes(text).assign(article_id="x")
    rows.loc[0, "speaker_side"] = "opposition"
    summary = sourcing_summary(rows, {"x": 100, "empty": 50}).set_index("article_id")
    x = summary.loc["x"]
    assert (x["n_statements"], x["n_direct"], x["n_floating"], x["n_indirect"]) == (4, 1, 1, 1)
    assert x["n_according_to"] == 1
    assert x["share_distancing"] == pytest.approx(1 / 3)  # 1 of 3 statements with a verb
    assert x["share_anonymous"] == pytest.approx(2 / 4)
    assert x["quoted_words"] == 7 and x["quoted_words_per_1000"] == pytest.approx(70)
    assert x["quoted_words_opposition"] == 3
    assert x["statements_per_1000"] == pytest.approx(40)
    assert summary.loc["empty", "n_statements"] == 0


# ------------------------------------------------------------------ the five articles


@pytest.fixture(scope="module")
def article_quotes(texts: dict[str, str]) -> pd.DataFrame:
    frames = [find_quotes(t).assign(article=a) for a, t in texts.items()]
    return pd.concat(frames, ignore_index=True)


def test_golden_quotes(article_quotes: pd.DataFrame) -> None:
    golden = pd.read_csv(CHECKED, comment="#", keep_default_na=False)
    columns = [c for c in golden.columns if c not in ("checked", "note")]
    raw = article_quotes[columns].astype(object)
    got = raw.where(raw.notna(), "").astype(str)
    want = golden[columns].astype(str)
    pd.testing.assert_frame_equal(
        got.sort_values(["article", "sent_id"]).reset_index(drop=True),
        want.sort_values(["article", "sent_id"]).reset_index(drop=True),
    )


def test_golden_is_mostly_right() -> None:
    golden = pd.read_csv(CHECKED, comment="#", keep_default_na=False)
    assert set(golden["checked"]) <= {"ok", "wrong"}
    assert (golden["checked"] == "ok").mean() >= 0.95


def test_article_profiles(article_quotes: pd.DataFrame, corpus: pd.DataFrame) -> None:
    q = article_quotes.rename(columns={"article": "article_id"})
    summary = sourcing_summary(q, corpus.set_index("id")["n_words"]).set_index("article_id")
    assert summary.loc["asharq-2011-airforce-defections", "share_anonymous"] == 1.0
    assert summary.loc["fan-2016-aleppo-evacuation", "n_statements"] == 1
    assert summary.loc["itv-2014-khateeb", "n_direct"] == 0
    guardian = q[q["article_id"].str.startswith("guardian")]
    assert (guardian["speaker_ref"] == "Abu Saad").sum() == 13


def test_sourcing_summary_of_many_articles_equals_one_at_a_time() -> None:
    # The table is split by article once; each row must equal summarising that article alone,
    # rows must follow the order of n_words, and an article with no statements gets zeros.
    one = find_quotes('"We left," said Ahmed. Officials claimed the town had fallen.')
    two = find_quotes("The army, according to one FSA source, shelled the town.")
    both = pd.concat([two.assign(article_id="b"), one.assign(article_id="a")], ignore_index=True)
    lengths = {"a": 40, "none": 10, "b": 25}
    together = sourcing_summary(both, lengths)
    assert together["article_id"].tolist() == ["a", "none", "b"]
    for article_id, words in lengths.items():
        alone = sourcing_summary(both[both["article_id"] == article_id], {article_id: words})
        expected = together[together["article_id"] == article_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(alone, expected, check_dtype=False)
    assert together.loc[1, "n_statements"] == 0 and together.loc[0, "n_statements"] == len(one)


# ------------------------------------------------------------------ shortcuts give the same answers


# The "that" test used to be this regex; its stepwise replacement must find the same end.
OLD_THAT = re.compile(r"(?:\W*\w+){0,6}?\s+that\b")


@pytest.mark.parametrize(
    "after",
    [
        " that he left",
        " reporters that he left",
        " one two three four five six that x",
        " one two three four five six seven that x",
        ", that is",
        " thatcher said",
        " him\u00a0that we",
        " the man,\nthat day that",
        "",
        " no such word here",
    ],
)
def test_that_end_matches_the_old_pattern(after: str) -> None:
    old = OLD_THAT.match(after)
    assert that_end(after) == (old.end() if old else -1)


def test_phrases_found_between_punctuation_as_in_the_whole_text(texts: dict[str, str]) -> None:
    lex = verb_matchers(load_reporting_verbs())
    assert lex.local_phrases and lex.exclude and lex.anonymity
    for text in [*texts.values(), "A firefight, which claimed\u00a0the lives of 12 men, said one."]:
        for matcher in (lex.exclude, lex.anonymity):
            whole = [(m.start, m.end) for m in matcher.find(text)]
            for start, end in [(m.start, m.end) for m in lex.verbs.find(text)] + whole:
                around = [(s, e) for s, e in whole if (s <= start and end <= e) or start <= s < end]
                local = local_matches(matcher, text, start, end)
                assert set(around) <= set(local) <= set(whole)


def test_quick_exclusion_test_never_misses_an_exclusion(texts: dict[str, str]) -> None:
    lex = verb_matchers(load_reporting_verbs())
    assert lex.exclusion_tails is not None
    assert lex.exclusion_tails["said"] is not None and lex.exclusion_tails["say"] is None
    assert "stated" not in lex.exclusion_tails
    cases = [*texts.values(), "That is to say, he is said\u00a0to have TOLD APART the two."]
    found = 0
    for text in cases:
        excluded = [(m.start, m.end) for m in lex.exclude.find(text)]  # type: ignore[union-attr]
        for m in lex.verbs.find(text):
            if any(s <= m.start and m.end <= e for s, e in excluded):
                found += 1
                assert may_be_excluded(lex, text, m.surface, m.end)
    assert found >= 4


def test_the_object_of_according_to_is_no_verb_by_the_lexicon_s_list(tmp_path: Path) -> None:
    opening, closing = (
        "According to reports, the town fell.",
        "The town fell, according to reports.",
    )
    assert (len(quotes(opening)), len(quotes(closing))) == (1, 1)
    doc = real_doc()
    doc["phrase_objects_after"] = []  # "reports" after "according to" is read as a verb too
    path = write_lexicon(tmp_path, doc)
    assert (len(quotes(opening, path=path)), len(quotes(closing, path=path))) == (0, 2)


def test_a_phrase_with_punctuation_is_looked_for_in_the_whole_text(tmp_path: Path) -> None:
    doc = real_doc()
    doc["exclude"].append("said, however")
    path = write_lexicon(tmp_path, doc)
    assert not verb_matchers(load_reporting_verbs(path)).local_phrases
    assert quotes("Ahmed Khalil said, however, that he stayed.", path=path).empty
    assert len(quotes("Ahmed Khalil said that he stayed.", path=path)) == 1


@pytest.mark.parametrize("himself", ["himself", "HIMSELF", "hİmself", "himſelf"])
def test_self_naming_is_found_whatever_the_case_folding(himself: str) -> None:
    # A phrase whose word is not in the lower-cased text is skipped; letters that the
    # regex engine folds differently from str.lower must not make it skip a real one.
    text = f"“We left,” said the fighter, who called {himself} Abu Omar. He stayed."
    row = one(text)
    assert (row["speaker_class"], row["speaker_ref"]) == ("pseudonym", "Abu Omar")
