"""Frames: rule types on small sentences, KWIC, scores, golden hits on the five articles.

The lexicon's checks are in test_frame_lexicon.py, the human coding in
test_frame_evaluation.py; the one-pass matcher is tested in test_matching.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pandas as pd
import pytest

from newsframes.analysers.framing import (
    HIT_COLUMNS,
    frame_hits,
    frame_scores,
    hit_columns,
    hit_table,
    kwic,
    load_frames,
    term_matchers,
)
from newsframes.analysers.parse import parse
from newsframes.text.matching import TermMatcher
from newsframes.text.segmentation import split_sentences, tokenize

GOLDEN = Path(__file__).parent / "golden" / "framing"
MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor_type", "side"]

# A small lexicon of our own, so the rule tests do not depend on the real word lists.
SMALL = """
frames:
  - id: conflict
    name: Conflict
    kind: generic
    description: d
    notes: n
    terms:
      - [clash, clashes, clashed]
      - against each other
    rules:
      - {id: sides, type: opposing_sides, pairs: [[government, opposition]]}
  - id: people
    name: People
    kind: generic
    description: d
    notes: n
    terms: [year-old, God]
    case_sensitive: [God]
    rules:
      - {id: feel, type: actor_near_term, actor_types: [person], terms: [[afraid, fear]]}
  - id: duty
    name: Duty
    kind: topic
    description: d
    notes: n
    terms: [amnesty]
    rules:
      - {id: should, type: actor_near_term, window: 3, terms: [should, must]}
      - {id: foreign, type: actor_near_term, actor_ids: [russia], sides: [foreign_state],
         terms: [paid]}
"""


def write(tmp_path: Path, body: str, name: str = "frames.yml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path: Path):
    return load_frames(write(tmp_path, SMALL))


def mentions(text: str, *specs: tuple[str, str, str, str | None]) -> pd.DataFrame:
    """A stand-in for actors.find_mentions: (surface, actor_id, actor_type, side), first match."""
    rows, cursor = [], 0
    for surface, actor_id, actor_type, side in specs:
        start = text.index(surface, cursor)
        rows.append((start, start + len(surface), surface, actor_id, actor_type, side))
        cursor = start + len(surface)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


NONE = pd.DataFrame(columns=MENTION_COLUMNS)


# --------------------------------------------------------------------------- rule types


def test_term_hits_all_forms_case_insensitive_with_headword(small) -> None:
    text = "Rebels Clashed with troops. The clash ended."
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    assert list(hits.columns) == HIT_COLUMNS
    assert hits["surface"].tolist() == ["Clashed", "clash"]
    assert set(hits["rule"]) == {"clash"}
    assert set(hits["via"]) == {"term"}
    assert hits["sent_id"].tolist() == [0, 1]
    assert hits["sentence"].tolist() == ["Rebels Clashed with troops.", "The clash ended."]
    for row in hits.itertuples():
        assert text[row.start : row.end] == row.surface


def test_case_sensitive_term_and_inner_hyphen(small) -> None:
    text = "Thank God, said the 26-year-old. Oh my god."
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    assert hits["surface"].tolist() == ["God", "year-old"]


def test_opposing_sides_one_hit_per_sentence_spanning_the_closest_pair(small) -> None:
    text = "The army shelled the FSA while the regime and the LCC watched. The army rested."
    m = mentions(
        text,
        ("army", "syrian_army", "state_body", "government"),
        ("FSA", "free_syrian_army", "armed_group", "opposition"),
        ("regime", "syrian_government", "state", "government"),
        ("LCC", "lcc", "group", "opposition"),
        ("army", "syrian_army", "state_body", "government"),
    )
    hits = frame_hits(text, mentions=m, lexicon=small)
    rule = hits[hits["rule"] == "sides"]
    assert len(rule) == 1
    assert rule.iloc[0]["surface"] == "regime and the LCC"  # closest pair, not the first
    assert rule.iloc[0]["sent_id"] == 0
    assert "syrian_government (government)" in rule.iloc[0]["detail"]


def test_opposing_sides_needs_two_sides_in_one_sentence(small) -> None:
    text = "The FSA and the LCC marched. The army waited."
    m = mentions(
        text,
        ("FSA", "free_syrian_army", "armed_group", "opposition"),
        ("LCC", "lcc", "group", "opposition"),
        ("army", "syrian_army", "state_body", "government"),
    )
    assert frame_hits(text, mentions=m, lexicon=small).empty
    m.loc[1, "side"] = None  # an actor without a side never completes a pair
    assert frame_hits(text, mentions=m, lexicon=small).empty


def test_actor_near_term_restricted_by_type(small) -> None:
    text = "Khateeb was afraid. Russia was afraid."
    m = mentions(
        text,
        ("Khateeb", "mamoun_al_khateeb", "person", None),
        ("Russia", "russia", "state", "foreign_state"),
    )
    hits = frame_hits(text, mentions=m, lexicon=small)
    assert hits["rule"].tolist() == ["feel"]
    assert hits.iloc[0]["sent_id"] == 0
    assert hits.iloc[0]["detail"] == "Khateeb (mamoun_al_khateeb)"


def test_actor_near_term_window_in_words(small) -> None:
    near = "The regime should stop."  # 0 words between "regime" and "should"
    far = "The regime, it was said by a few, should stop."  # 6 words between
    behind = "It should be said that the regime stopped."  # 4 words between
    gov = ("regime", "syrian_government", "state", "government")
    assert frame_hits(near, mentions=mentions(near, gov), lexicon=small)["rule"].tolist() == [
        "should"
    ]
    assert frame_hits(far, mentions=mentions(far, gov), lexicon=small).empty
    assert frame_hits(behind, mentions=mentions(behind, gov), lexicon=small).empty
    three = "The regime, it said, should stop."  # 3 words between: inside the window
    assert len(frame_hits(three, mentions=mentions(three, gov), lexicon=small)) == 1


def test_actor_near_term_restricted_by_id_and_side(small) -> None:
    text = "Russia paid. Qatar paid."
    m = mentions(
        text,
        ("Russia", "russia", "state", "foreign_state"),
        ("Qatar", "qatar", "state", "foreign_state"),
    )
    hits = frame_hits(text, mentions=m, lexicon=small)
    assert hits["surface"].tolist() == ["paid"] and hits.iloc[0]["start"] == 7
    m.loc[0, "side"] = "government"  # id matches but side does not: no hit
    assert frame_hits(text, mentions=m, lexicon=small).empty


def test_terms_inside_actor_names_are_not_hits(small) -> None:
    text = "Amnesty International asked for an amnesty."
    m = mentions(text, ("Amnesty International", "amnesty_international", "intl_org", None))
    hits = frame_hits(text, mentions=m, lexicon=small)
    assert hits["start"].tolist() == [text.rindex("amnesty")]
    assert len(frame_hits(text, mentions=NONE, lexicon=small)) == 2


def test_voice_and_kwic_columns(small) -> None:
    text = 'He said "they clash every day" and left. ' + "x" * 60 + " clash " + "y" * 60
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    assert hits["voice"].tolist() == ["quoted", "journalist"]
    second = hits.iloc[1]
    assert second["left"] == "x" * 39 + " " and second["right"] == " " + "y" * 39
    assert second["match"] == "clash"
    assert list(kwic(hits, "conflict").columns) == [
        "sent_id", "rule", "voice", "left", "match", "right", "detail"
    ]  # fmt: skip


def test_voice_at_the_edges_of_several_quotations(small) -> None:
    text = 'A clash "clash" clash "clash, clash" clash.'
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    # the quotation marks belong to the quotation: a hit right after one is outside it
    assert hits["voice"].tolist() == [
        "journalist", "quoted", "journalist", "quoted", "quoted", "journalist"
    ]  # fmt: skip


def test_terms_of_one_frame_never_hide_another_frames(tmp_path: Path) -> None:
    # "against each other" (conflict) and "each other" (a second frame) overlap: each
    # frame is matched on its own, so both are hits, as each frame's own matcher finds them.
    body = SMALL.replace("terms: [amnesty]", "terms: [amnesty, each other, against]")
    lex = load_frames(write(tmp_path, body))
    text = "They were pitched against each other."
    hits = frame_hits(text, mentions=NONE, lexicon=lex)
    assert sorted(zip(hits["frame"], hits["surface"], strict=True)) == [
        ("conflict", "against each other"), ("duty", "against"), ("duty", "each other")
    ]  # fmt: skip
    groups, matchers = term_matchers(lex)
    for group, matcher, found in zip(
        groups, matchers.matchers, matchers.find_tuples(text), strict=True
    ):
        assert found == matcher.find_tuples(text), group
    alone = TermMatcher({"against each other": 1, "each other": 2, "against": 3})
    assert [m.surface for m in alone.find(text)] == ["against each other"]  # one matcher: longest


def test_term_matchers_are_built_once_per_lexicon_content(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL)
    lex = load_frames(path)
    assert load_frames(path) is lex and term_matchers(load_frames(path)) is term_matchers(lex)
    path.write_text(textwrap.dedent(SMALL).replace("amnesty", "pardon"), encoding="utf-8")
    edited = load_frames(path)
    assert edited is not lex and term_matchers(edited) is not term_matchers(lex)
    assert frame_hits("A pardon.", mentions=NONE, lexicon=edited)["rule"].tolist() == ["pardon"]


def test_kwic_flattens_line_breaks_but_surface_keeps_them(small) -> None:
    text = "They fought\nagainst\u00a0each other."
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    assert hits.iloc[0]["surface"] == "against\u00a0each other"
    assert hits.iloc[0]["left"] == "They fought "


def test_given_sentences_are_used_not_recomputed(small) -> None:
    text = "A clash. Another clash."
    sents = split_sentences(text).assign(sent_id=[10, 11])
    assert frame_hits(text, sentences=sents, mentions=NONE, lexicon=small)["sent_id"].tolist() == [
        10,
        11,
    ]


# --------------------------------------------------------------------------- scores


def test_frame_scores_counts_rates_and_zero_rows(small) -> None:
    hits = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "frame": ["conflict", "conflict", "people", "conflict"],
            "sent_id": [0, 0, 2, 1],
        }
    )
    scores = frame_scores(
        hits, {"a": 500, "b": 250, "c": 100}, {"a": 4, "b": 2, "c": 1}, lexicon=small
    )
    assert len(scores) == 9  # 3 articles x 3 frames, zeros included
    row = scores.set_index(["article_id", "frame"])
    assert row.loc[("a", "conflict"), "hits"] == 2
    assert row.loc[("a", "conflict"), "per_1000"] == 4.0
    assert row.loc[("a", "conflict"), "sentences"] == 1
    assert row.loc[("a", "conflict"), "share"] == 0.25
    assert row.loc[("b", "conflict"), "per_1000"] == 4.0
    assert row.loc[("c", "duty"), "hits"] == 0 and row.loc[("c", "duty"), "share"] == 0
    one = frame_scores(hits[hits["article_id"] == "b"], 250, by=None, lexicon=small)
    assert one["hits"].tolist() == [1, 0, 0] and one["share"].isna().all()
    with pytest.raises(ValueError, match="no n_words"):
        frame_scores(hits, {"a": 500}, lexicon=small)


# --------------------------------------------------------------------------- the five articles


@pytest.fixture(scope="module")
def real_hits(texts) -> pd.DataFrame:
    from newsframes.analysers.actors import find_mentions

    parts = []
    for article_id, text in texts.items():
        hits = frame_hits(text, mentions=find_mentions(text))
        hits.insert(0, "article_id", article_id)
        parts.append(hits)
    return pd.concat(parts, ignore_index=True)


def test_hits_table_dtypes_match_what_pandas_infers(small) -> None:
    text = "Rebels clashed.\nThank God, “I am afraid,” said the 26-year-old."
    hits = frame_hits(text, mentions=NONE, lexicon=small)
    inferred = pd.DataFrame(list(hits.itertuples(index=False, name=None)), columns=HIT_COLUMNS)
    pd.testing.assert_frame_equal(hits, inferred, check_exact=True)
    assert hits["match"].tolist() == ["clashed", "God", "year-old"]
    assert hits["left"].tolist()[1] == "Rebels clashed. Thank "
    empty = frame_hits("Nothing here.", mentions=NONE, lexicon=small)
    assert list(empty.columns) == HIT_COLUMNS and empty.empty


def test_golden_counts_per_article_and_frame(real_hits, texts) -> None:
    # counts.csv was checked by reading every hit in context (tests/golden/framing/hits.csv
    # holds each hit with the reading: correct or not, and why).
    golden = pd.read_csv(GOLDEN / "counts.csv")
    n_words = {a: len(tokenize(t)) for a, t in texts.items()}
    scores = frame_scores(real_hits, n_words)
    got = scores.set_index(["article_id", "frame"])["hits"]
    want = golden.set_index(["article_id", "frame"])["hits"]
    assert got.sort_index().to_dict() == want.sort_index().to_dict()


def test_the_pipeline_path_gives_the_public_functions_table(texts) -> None:
    # hit_columns on a parse (the pipeline) and frame_hits on the text build the same table
    for text in texts.values():
        pd.testing.assert_frame_equal(
            hit_table(hit_columns(parse(text), load_frames())), frame_hits(text)
        )


def test_golden_hits_each_one_read(real_hits) -> None:
    golden = pd.read_csv(GOLDEN / "hits.csv", keep_default_na=False)
    cols = ["article_id", "frame", "rule", "start", "surface"]
    got = real_hits[cols].sort_values(cols).reset_index(drop=True)
    want = golden[cols].sort_values(cols).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert set(golden["correct"]) <= {"yes", "no"} and golden["note"].str.len().gt(0).all()


# ------------------------------------------- revisions read on the development corpus
# Each term below fell under 0.8 precision on the dev reports (data/devset/annotations/
# frame_hits_dev.csv); each sentence is our own and fails if the revision is undone.


def _real_hits(text: str, *mentions: tuple[str, str, str, str]) -> list[tuple[str, str]]:
    """(frame, surface) of every hit of the real lexicon; mentions as (surface, id, type, side)."""
    rows = []
    for surface, actor_id, actor_type, side in mentions:
        start = text.index(surface)
        rows.append((start, start + len(surface), surface, actor_id, actor_type, side))
    table = frame_hits(text, mentions=pd.DataFrame(rows, columns=MENTION_COLUMNS))
    return list(zip(table["frame"], table["surface"], strict=True))


RUSSIA = ("Russia", "russia", "state", "foreign_state")
ASSAD = ("Assad", "bashar_al_assad", "person", "government")
ZARIF = ("Zarif", "mohammad_javad_zarif", "person", "foreign_state")


def test_home_in_site_navigation_is_not_human_interest() -> None:
    assert ("human_interest", "Home") not in _real_hits("Previous Post | World Now Home | Next")
    # "home" alone is a homeland or a way back as often as a house: only the homes people
    # lose count
    assert ("human_interest", "home") not in _real_hits("The fighters went home to Europe.")
    assert ("human_interest", "homes") in _real_hits("The families lost their homes.")


def test_justice_in_a_party_name_is_not_morality() -> None:
    assert ("morality", "Justice") not in _real_hits("The Party for Justice and Growth met.")
    assert ("morality", "justice") in _real_hits("They demanded justice for the dead.")


def test_armed_groups_near_a_foreign_state_is_no_foreign_act() -> None:
    text = "Russia said armed groups left the town."
    assert not [h for h in _real_hits(text, RUSSIA) if h[0] == "foreign_involvement"]
    backed = "Russia backed the offensive."
    assert ("foreign_involvement", "backed") in _real_hits(backed, RUSSIA)


def test_a_foreign_states_assault_by_its_agent_and_a_meeting_is_no_act() -> None:
    turkey = ("Turkey", "turkey", "state", "foreign_state")
    launched = "Turkey has launched a broad assault on the Kurdish towns."
    assert ("foreign_involvement", "assault") in _real_hits(launched, turkey)
    others = "The militants pressed their assault on Kobani as Turkey looked on."
    assert not [h for h in _real_hits(others, turkey) if h[0] == "foreign_involvement"]
    regime = "Turkey fears a regime assault on Idlib."
    assert not [h for h in _real_hits(regime, turkey) if h[0] == "foreign_involvement"]
    met = "Russia met the opposition delegation in Moscow."
    assert not [h for h in _real_hits(met, RUSSIA) if h[0] == "foreign_involvement"]


def test_a_foreign_minister_expressing_thanks_is_no_foreign_act() -> None:
    text = "Zarif expressed his thanks to the Syrian people."
    assert not [h for h in _real_hits(text, ZARIF) if h[0] == "foreign_involvement"]


def test_help_as_a_verb_of_diplomacy_is_no_foreign_act() -> None:
    for text in (
        "Russia wants to help keep the peace.",
        "Russia said talks will help find a solution.",
    ):
        assert not [h for h in _real_hits(text, RUSSIA) if h[0] == "foreign_involvement"], text
    noun = "The army advanced with the help of Russia."
    assert ("foreign_involvement", "help") in _real_hits(noun, RUSSIA)


def test_hope_religious_names_and_a_single_guarantee_frame_nothing() -> None:
    hope = "Zarif voiced hope for a political solution."
    assert not [h for h in _real_hits(hope, ZARIF) if h[0] == "human_interest"]
    for text, frame in (
        ("Homs is home to a patchwork of religious communities.", "morality"),
        ("The boys studied at the religious school.", "morality"),
        ("The minister urged the UN to guarantee a fair representation.", "reconciliation_amnesty"),
    ):
        assert not [h for h in _real_hits(text) if h[0] == frame], text
    assert ("morality", "religious") in _real_hits("They destroyed a religious site.")
    guarantors = "The three guarantors agreed on new zones."
    assert ("reconciliation_amnesty", "guarantors") in _real_hits(guarantors)


def test_a_minister_on_the_danger_of_terrorism_is_no_personal_feeling() -> None:
    text = "Zarif said the danger of terrorism is growing."
    assert not [h for h in _real_hits(text, ZARIF) if h[0] == "human_interest"]
    shocked = "Zarif was shocked by the pictures."
    assert ("human_interest", "shocked") in _real_hits(shocked, ZARIF)


def test_government_violence_needs_the_government_actor_close_to_the_act() -> None:
    far = "Assad spoke on Monday as rebels in the north of the province killed six soldiers."
    assert not [h for h in _real_hits(far, ASSAD) if h[0] == "regime_brutality"]
    near = "Forces loyal to Assad killed ten protesters."
    assert ("regime_brutality", "killed") in _real_hits(near, ASSAD)
    passive = "Ten protesters were killed by Assad's shells."
    assert ("regime_brutality", "killed") in _real_hits(passive, ASSAD)
