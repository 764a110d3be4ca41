"""Frames: rule types on small sentences, lexicon validation, golden hits on the five articles."""

from __future__ import annotations

import math
import re
import string
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from newsframes.analysers.framing import (
    HIT_COLUMNS,
    FrameLexicon,
    _Scanner,
    agreement,
    cohen_kappa,
    frame_hits,
    frame_scores,
    human_scores,
    kwic,
    load_frames,
    precision_judgement,
)
from newsframes.errors import LexiconError
from newsframes.lexicons.loader import lexicon_path
from newsframes.text.segmentation import split_sentences, tokenize

GOLDEN = Path(__file__).parent / "golden" / "framing"
MENTION_COLUMNS = ["start", "end", "surface", "actor_id", "actor_type", "side"]

# A small lexicon of our own, so the rule tests do not depend on the real word lists.
QUESTIONS = """
questions:
  - {id: Q1, frame: conflict, text: "Disagreement?"}
  - {id: Q2, frame: conflict, text: "Reproach?"}
  - {id: Q3, frame: people, text: "A human face?"}
"""
CODING = """
reference_coding:
  art-a:
    Q1: {answer: yes, reason: "they clash"}
    Q2: {answer: no, reason: "nobody blames"}
    Q3: {answer: yes, reason: "a named man"}
"""
SMALL = (
    """
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
    + QUESTIONS
    + CODING
)


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


# --------------------------------------------------------------------------- validation


def problems_of(tmp_path: Path, body: str) -> str:
    with pytest.raises(LexiconError) as info:
        load_frames(write(tmp_path, body))
    return str(info.value)


def test_bad_yaml_is_reported_with_line(tmp_path: Path) -> None:
    message = problems_of(tmp_path, "frames:\n  - {id: conflict, name: [unclosed\n")
    assert "not valid YAML" in message and "line" in message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    broken = (
        SMALL.replace("- against each other", "- against each other\n      - CLASH\n      - ''")
        .replace("type: opposing_sides", "type: nearby_sides")
        .replace("frame: people,", "frame: persons,")
        .replace('Q2: {answer: no, reason: "nobody blames"}', "Q2: {answer: no}")
        .replace('    Q3: {answer: yes, reason: "a named man"}\n', "")
    )
    message = problems_of(tmp_path, broken)
    assert "duplicate term 'CLASH'" in message  # same form, different case
    assert "empty or non-text term ''" in message
    assert "unknown rule type 'nearby_sides'" in message
    assert "unknown frame 'persons'" in message
    assert "Q2.reason: missing" in message
    assert "questions not answered: Q3" in message
    assert message.startswith("6 lexicon problems")


def test_case_sensitive_must_name_a_term(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path, SMALL.replace("case_sensitive: [God]", "case_sensitive: [Gods]")
    )
    assert "'Gods' is not one of the frame's terms" in message


def test_rule_parameters_are_checked(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path,
        SMALL.replace("pairs: [[government, opposition]]", "pairs: [[government, government]]")
        .replace("window: 3", "window: 0")
        .replace("actor_ids: [russia]", "actors: [russia]"),
    )
    assert "not a pair of two different sides" in message
    assert "window: must be >= 1" in message
    assert "actors: unknown key" in message


def test_rule_sides_and_types_must_exist_in_the_actor_lexicon(tmp_path: Path) -> None:
    message = problems_of(
        tmp_path,
        SMALL.replace("[[government, opposition]]", "[[government, rebels]]").replace(
            "actor_types: [person]", "actor_types: [people]"
        ),
    )
    assert "'rebels' is not one of the sides in actors.yml" in message
    assert "'people' is not one of the actor_types in actors.yml" in message


def test_coding_of_an_unknown_article_is_fine_but_answers_must_be_yes_or_no(
    tmp_path: Path,
) -> None:
    lex = load_frames(write(tmp_path, SMALL.replace("art-a:", "not-in-the-corpus:")))
    assert list(lex.coding) == ["not-in-the-corpus"]
    message = problems_of(
        tmp_path, SMALL.replace('answer: yes, reason: "they', 'answer: maybe, reason: "they')
    )
    assert "Q1.answer: not yes or no" in message


def test_real_lexicon_is_complete() -> None:
    lex = load_frames()
    assert lex.frame_ids("generic") == [
        "conflict", "human_interest", "responsibility", "morality", "economic_consequences"
    ]  # fmt: skip
    assert len(lex.frame_ids("topic")) == 5
    per_frame = pd.Series([q.frame for q in lex.questions.values()]).value_counts().to_dict()
    assert per_frame == {
        "human_interest": 5, "responsibility": 5, "conflict": 4, "morality": 3,
        "economic_consequences": 3,
    }  # fmt: skip
    assert sorted(lex.coding) == sorted(pd.read_csv(GOLDEN / "counts.csv")["article_id"].unique())


def test_deleting_a_term_from_a_copy_changes_the_hits(tmp_path: Path, texts) -> None:
    original = lexicon_path("frames").read_text(encoding="utf-8")
    line = "      - [besieged, siege]\n"
    assert line in original
    copy = write(tmp_path, original.replace(line, ""))
    text = texts["itv-2014-khateeb"]
    empty = pd.DataFrame(columns=MENTION_COLUMNS)
    before = frame_hits(text, mentions=empty)
    after = frame_hits(text, mentions=empty, lexicon=load_frames(copy))
    assert "besieged" in set(before["rule"]) and "besieged" not in set(after["rule"])
    assert len(before) - len(after) == (before["rule"] == "besieged").sum() == 1


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


def test_human_scores_are_the_share_of_yes_answers() -> None:
    human = human_scores().set_index(["article_id", "frame"])["score"]
    # itv: conflict C1-C3 yes, C4 no; economic E1 yes only; fan: human interest all no.
    assert human[("itv-2014-khateeb", "conflict")] == 0.75
    assert human[("itv-2014-khateeb", "economic_consequences")] == pytest.approx(1 / 3)
    assert human[("fan-2016-aleppo-evacuation", "human_interest")] == 0
    assert len(human) == 25


def test_cohen_kappa_by_hand() -> None:
    # 10 items. Coder A yes on 1-5, coder B yes on 1-4 and 6.
    # Agreement: items 1-4 (yes/yes) and 7-10 (no/no) = 8/10, p_o = 0.8.
    # Chance: A yes 0.5, B yes 0.5 -> p_e = 0.5*0.5 + 0.5*0.5 = 0.5.
    # kappa = (0.8 - 0.5) / (1 - 0.5) = 0.6.
    a = [True] * 5 + [False] * 5
    b = [True] * 4 + [False, True] + [False] * 4
    assert cohen_kappa(a, b) == pytest.approx(0.6)
    # Both coders say yes to everything: p_e = 1, kappa undefined.
    assert math.isnan(cohen_kappa([True, True], [True, True]))
    # Perfect disagreement on balanced codes: p_o = 0, p_e = 0.5, kappa = -1.
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1)


def test_agreement_on_a_tiny_coding(tmp_path: Path) -> None:
    body = SMALL.replace(
        CODING,
        """
reference_coding:
  a:
    Q1: {answer: yes, reason: r}
    Q2: {answer: yes, reason: r}
    Q3: {answer: yes, reason: r}
  b:
    Q1: {answer: yes, reason: r}
    Q2: {answer: no, reason: r}
    Q3: {answer: no, reason: r}
  c:
    Q1: {answer: no, reason: r}
    Q2: {answer: no, reason: r}
    Q3: {answer: no, reason: r}
""",
    )
    lex = load_frames(write(tmp_path, body))
    # human: a conflict 1.0 people 1.0; b conflict 0.5 people 0; c conflict 0 people 0.
    # with cutoff 0.5 -> present: a/conflict, a/people, b/conflict.
    computed = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c", "c", "c"],
            "frame": ["conflict", "people", "conflict", "people", "conflict", "people", "duty"],
            "hits": [3, 0, 1, 2, 0, 0, 9],
            "per_1000": [6.0, 0.0, 1.0, 4.0, 0.0, 0.0, 9.0],
        }
    )
    result = agreement(computed, lex, threshold=2.0)
    # computed present (>= 2 per 1,000): a/conflict, b/people.
    # pairs (computed, human): a/c (T,T) a/p (F,T) b/c (F,T) b/p (T,F) c/c (F,F) c/p (F,F)
    # p_o = 3/6 = 0.5; computed yes 2/6, human yes 3/6:
    # p_e = (2/6)(3/6) + (4/6)(3/6) = 6/36 + 12/36 = 0.5 -> kappa = 0.
    overall = result.summary.set_index("frame").loc["all"]
    assert overall["n"] == 6 and overall["agreements"] == 3 and overall["percent"] == 50
    assert overall["kappa"] == pytest.approx(0.0)
    assert "duty" not in set(result.table["frame"])  # topic frames have no questions
    pairs = result.disagreements[["frame", "article_id"]].itertuples(index=False, name=None)
    assert sorted(pairs) == [
        ("conflict", "b"), ("people", "a"), ("people", "b")
    ]  # fmt: skip
    looser = agreement(computed, lex, threshold=1.0).summary.set_index("frame").loc["all"]
    assert looser["agreements"] == 4  # b/conflict (1 per 1,000) now counts as present


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


def test_one_pass_scanner_finds_what_each_term_matcher_finds(texts) -> None:
    lex = load_frames()
    assert lex.scanner is not None
    for text in [*texts.values(), "They were pitched against each other, fighting each other."]:
        found = lex.scanner.find(text)
        for frame in lex.frames.values():
            matchers = [((frame.id, None), frame.matcher)]
            matchers += [((frame.id, r.id), r.matcher) for r in frame.rules if r.terms]
            for key, matcher in matchers:
                assert matcher is not None
                want = [(m.start, m.end, m.key) for m in matcher.find(text)]
                assert found[key] == want, key


def _scanner_agrees_with_matchers(lex: FrameLexicon, text: str) -> None:
    assert lex.scanner is not None
    found = lex.scanner.find(text)
    for frame in lex.frames.values():
        matchers = [((frame.id, None), frame.matcher)]
        matchers += [((frame.id, r.id), r.matcher) for r in frame.rules if r.terms]
        for key, matcher in matchers:
            assert matcher is not None
            want = [(m.start, m.end, m.key) for m in matcher.find(text)]
            assert found[key] == want, (key, text[:60])


# The scanner looks first words up in the lower-cased text, unless the text holds one of
# the letters that case-insensitive matching pairs with an ASCII one (then word by word).
LOOKALIKES = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}


def _variants(text: str) -> list[str]:
    variants = [text.upper(), text.title(), text.swapcase(), text.replace(" ", "\u00a0")]
    variants += [text.replace("e", "\u00e9"), text.replace("ss", "\u00df")]
    return variants


def test_scanner_agrees_with_term_matchers_in_any_case(texts) -> None:
    lex = load_frames()
    for text in texts.values():
        for variant in _variants(text[:3000]):
            _scanner_agrees_with_matchers(lex, variant)


def test_scanner_shortcuts_change_nothing_even_with_lookalike_letters(texts) -> None:
    lex = load_frames()
    assert lex.scanner is not None
    plain = _Scanner(lex.scanner.groups, shortcuts=False)
    for text in texts.values():
        part = text[:3000]
        variants = [part, *_variants(part)]
        variants += [part.replace(a, b) for a, b in LOOKALIKES.items()]
        variants += [part.upper().replace(a.upper(), b) for a, b in LOOKALIKES.items()]
        for variant in variants:
            assert lex.scanner.find(variant) == plain.find(variant), variant[:60]


def test_scanner_with_terms_that_turn_its_shortcuts_off(tmp_path: Path) -> None:
    # A case-sensitive term that case folding changes (Straße -> strasse) makes the scanner
    # check each position with the full regex; a term not starting with an ASCII word
    # turns the first-word table off. Either way the result is the plain scan's.
    sharp = SMALL.replace(
        "terms: [year-old, God]\n    case_sensitive: [God]",
        "terms: [year-old, God, Gross Straße, gods]\n    case_sensitive: [God, Gross Straße]",
    )
    accented = SMALL.replace("terms: [amnesty]", "terms: [amnesty, émigré, café society]")
    text = (
        "Gross Straße, gross straße, GROSS STRASSE, Gross Strasse. God, gods, GODS, Gods. "
        "An émigré, ÉMIGRÉ, in café society; AMNESTY, amneſty. They clashed; CLASH."
    )
    for body, name in [(sharp, "sharp.yml"), (accented, "accented.yml")]:
        lex = load_frames(write(tmp_path, body, name))
        assert lex.scanner is not None
        plain = _Scanner(lex.scanner.groups, shortcuts=False)
        for variant in [text, text.lower(), text.upper(), text.replace("s", "\u017f")]:
            assert lex.scanner.find(variant) == plain.find(variant)
    hits = frame_hits(text, mentions=NONE, lexicon=lex)
    assert hits[hits["frame"] == "duty"]["surface"].tolist() == [
        "émigré",
        "ÉMIGRÉ",
        "café society",
        "AMNESTY",
        "amneſty",  # long s: a case variant of s for the matcher and for casefold()
    ]


def test_unicode_facts_the_scanner_relies_on() -> None:
    # 1. Outside ASCII, case-insensitive matching pairs only these four letters with ASCII ones.
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    paired = set()
    for char in string.ascii_lowercase + string.digits + "_":
        paired |= set(re.findall(re.escape(char), others, re.IGNORECASE))
    assert paired == set(LOOKALIKES.values())
    # 2. Lower-casing (where it keeps the length) keeps a word character a word character.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    every = every.replace("\u0130", "")  # the one letter whose lower case is two characters
    lowered = every.lower()
    assert len(lowered) == len(every)
    assert re.sub(r"\w", "w", re.sub(r"\W", ".", every)) == re.sub(
        r"\w", "w", re.sub(r"\W", ".", lowered)
    )


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


def test_golden_hits_each_one_read(real_hits) -> None:
    golden = pd.read_csv(GOLDEN / "hits.csv", keep_default_na=False)
    cols = ["article_id", "frame", "rule", "start", "surface"]
    got = real_hits[cols].sort_values(cols).reset_index(drop=True)
    want = golden[cols].sort_values(cols).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert set(golden["correct"]) <= {"yes", "no"} and golden["note"].str.len().gt(0).all()


def test_precision_judgement_in_lexicon_matches_the_read_hits() -> None:
    golden = pd.read_csv(GOLDEN / "hits.csv", keep_default_na=False)
    counted = golden.groupby("frame").agg(
        correct=("correct", lambda s: int((s == "yes").sum())), total=("correct", "size")
    )
    recorded = precision_judgement().set_index("frame")
    assert set(recorded.index) == set(load_frames().frames)
    for frame, row in recorded.iterrows():
        want = counted.loc[frame] if frame in counted.index else {"correct": 0, "total": 0}
        assert (row["correct"], row["total"]) == (want["correct"], want["total"]), frame


def test_agreement_with_the_reference_coding_on_the_five_articles(real_hits, texts) -> None:
    # Defaults fixed before looking: present if >= 2 hits per 1,000 words; human present if
    # at least half the frame's questions are yes. Computed present 16/25, human 15/25,
    # agreeing on 20: p_o = 0.8, p_e = 0.64*0.6 + 0.36*0.4 = 0.528, kappa = 0.272/0.472.
    n_words = {a: len(tokenize(t)) for a, t in texts.items()}
    result = agreement(frame_scores(real_hits, n_words))
    overall = result.summary.set_index("frame").loc["all"]
    assert (overall["n"], overall["agreements"]) == (25, 20)
    assert overall["kappa"] == pytest.approx(0.272 / 0.472)
    assert sorted(result.disagreements["frame"]) == [
        "economic_consequences", "morality", "morality", "responsibility", "responsibility"
    ]  # fmt: skip
