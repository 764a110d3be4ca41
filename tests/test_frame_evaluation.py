"""The frames against people reading the texts: the human coding, agreement, Cohen's kappa and
the precision judgement (``newsframes.evaluate.frames`` and ``data/annotations``)."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from test_framing import GOLDEN, SMALL, write

from newsframes.analysers import framing
from newsframes.analysers.actors import find_mentions
from newsframes.analysers.framing import frame_hits, frame_scores, load_frames
from newsframes.evaluate.frames import (
    FrameAgreement,
    cohen_kappa,
    frame_agreement,
    frame_coding_table,
    frame_precision_judgement,
    human_frame_scores,
    load_frame_coding,
    load_frame_precision,
)
from newsframes.evaluate.mentions import AnnotationError
from newsframes.text.segmentation import tokenize

# A small coding of our own, for the frames of test_framing's SMALL lexicon.
QUESTIONS = """
questions:
  - {id: Q1, frame: conflict, text: "Disagreement?"}
  - {id: Q2, frame: conflict, text: "Reproach?"}
  - {id: Q3, frame: people, text: "A human face?"}
"""
CODING = (
    QUESTIONS
    + """
reference_coding:
  art-a:
    Q1: {answer: yes, reason: "they clash"}
    Q2: {answer: no, reason: "nobody blames"}
    Q3: {answer: yes, reason: "a named man"}
"""
)
PRECISION = """
precision_judgement:
  conflict: {correct: 3, total: 4, note: "one negated clash"}
  people: {correct: 0, total: 0, note: "no hits"}
"""


@pytest.fixture
def small(tmp_path: Path):
    return load_frames(write(tmp_path, SMALL))


def coding_problems(tmp_path: Path, body: str, lexicon) -> str:
    with pytest.raises(AnnotationError) as info:
        load_frame_coding(write(tmp_path, body, "frame_coding.yml"), lexicon=lexicon)
    return str(info.value)


# --------------------------------------------------------------------------- the coding files


def test_every_problem_of_a_coding_is_reported_at_once(tmp_path: Path, small) -> None:
    broken = (
        CODING.replace('Q2: {answer: no, reason: "nobody blames"}', "Q2: {answer: no}")
        .replace(
            '    Q3: {answer: yes, reason: "a named man"}\n', "    Q9: {answer: no, reason: r}\n"
        )
        .replace('answer: yes, reason: "they', 'answer: maybe, reason: "they')
    )
    message = coding_problems(tmp_path, broken, small)
    assert "Q1.answer: not yes or no" in message
    assert "Q2.reason: missing" in message
    assert "art-a.Q9: unknown question" in message
    assert "questions not answered: Q3" in message
    assert message.startswith("4 annotation problems")


def test_questions_must_name_frames_of_the_lexicon(tmp_path: Path, small) -> None:
    message = coding_problems(tmp_path, CODING.replace("frame: people,", "frame: persons,"), small)
    assert "frame_coding.yml: questions[2].frame: unknown frame 'persons'" in message
    assert "use one of: conflict, people, duty" in message


def test_coding_of_an_unknown_article_is_fine(tmp_path: Path, small) -> None:
    path = write(tmp_path, CODING.replace("art-a:", "not-in-the-corpus:"), "frame_coding.yml")
    coding = load_frame_coding(path, lexicon=small)
    assert list(coding.answers) == ["not-in-the-corpus"]
    assert coding.answers["not-in-the-corpus"]["Q1"] == (True, "they clash")


def test_an_edited_coding_is_seen_by_the_next_call(tmp_path: Path, small) -> None:
    path = write(tmp_path, CODING, "frame_coding.yml")
    first = human_frame_scores(small, coding=load_frame_coding(path, lexicon=small))
    assert first["score"].tolist() == [0.5, 1.0]
    path.write_text(textwrap.dedent(CODING).replace("answer: no", "answer: yes"), "utf-8")
    again = human_frame_scores(small, coding=load_frame_coding(path, lexicon=small))
    assert again["score"].tolist() == [1.0, 1.0]


def test_precision_file_is_checked(tmp_path: Path, small) -> None:
    path = write(tmp_path, PRECISION, "frame_precision.yml")
    judged = load_frame_precision(path, lexicon=small)
    assert [(j.frame, j.correct, j.total) for j in judged] == [("conflict", 3, 4), ("people", 0, 0)]
    table = frame_precision_judgement(small, path=path)
    assert table["precision"].iloc[0] == 0.75 and math.isnan(table["precision"].iloc[1])
    bad = (
        PRECISION.replace("correct: 3", "correct: 5") + "  lamb: {correct: 0, total: 1, note: x}\n"
    )
    path = write(tmp_path, bad, "frame_precision.yml")
    with pytest.raises(AnnotationError, match=r"conflict: correct must be 0\.\.total"):
        load_frame_precision(path, lexicon=small)
    path = write(tmp_path, PRECISION.replace("people:", "persons:"), "frame_precision.yml")
    with pytest.raises(AnnotationError, match=r"precision_judgement\.persons: unknown frame"):
        load_frame_precision(path, lexicon=small)


def test_a_missing_coding_file_is_an_annotation_error(tmp_path: Path, small) -> None:
    with pytest.raises(AnnotationError, match=r"nothing\.yml: \(file\): does not exist"):
        load_frame_coding(tmp_path / "nothing.yml", lexicon=small)


def test_the_real_coding_answers_every_question_for_the_five_articles() -> None:
    coding = load_frame_coding()
    per_frame = pd.Series([q.frame for q in coding.questions.values()]).value_counts().to_dict()
    assert per_frame == {
        "human_interest": 5, "responsibility": 5, "conflict": 4, "morality": 3,
        "economic_consequences": 3,
    }  # fmt: skip
    golden = pd.read_csv(GOLDEN / "counts.csv")["article_id"].unique()
    assert sorted(coding.answers) == sorted(golden)
    assert all(len(answers) == 20 for answers in coding.answers.values())
    table = frame_coding_table()
    assert len(table) == 100 and table["reason"].str.len().gt(0).all()


# --------------------------------------------------------------------------- measures


def test_human_scores_are_the_share_of_yes_answers() -> None:
    human = human_frame_scores().set_index(["article_id", "frame"])["score"]
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
    with pytest.raises(ValueError, match="same, non-empty set"):
        cohen_kappa([True], [True, False])


def test_agreement_on_a_tiny_coding(tmp_path: Path, small) -> None:
    body = (
        QUESTIONS
        + """
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
"""
    )
    coding = load_frame_coding(write(tmp_path, body, "frame_coding.yml"), lexicon=small)
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
    result = frame_agreement(computed, small, coding=coding, threshold=2.0)
    assert isinstance(result, FrameAgreement)
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
    looser = frame_agreement(computed, small, coding=coding, threshold=1.0)
    assert looser.summary.set_index("frame").loc["all", "agreements"] == 4  # b/conflict counts
    uncoded = frame_agreement(computed.assign(article_id="z"), small, coding=coding)
    assert uncoded.unmeasured == ("z",) and uncoded.table.empty
    assert uncoded.summary.set_index("frame").loc["all", "n"] == 0
    assert result.unmeasured == ()


# --------------------------------------------------------------------------- the five articles


@pytest.fixture(scope="module")
def scores(texts) -> pd.DataFrame:
    parts = []
    for article_id, text in texts.items():
        hits = frame_hits(text, mentions=find_mentions(text))
        parts.append(hits.assign(article_id=article_id))
    n_words = {a: len(tokenize(t)) for a, t in texts.items()}
    return frame_scores(pd.concat(parts, ignore_index=True), n_words)


def test_agreement_with_the_reference_coding_on_the_five_articles(scores) -> None:
    # Defaults fixed before looking: present if >= 2 hits per 1,000 words; human present if
    # at least half the frame's questions are yes. Computed present 16/25, human 15/25,
    # agreeing on 20: p_o = 0.8, p_e = 0.64*0.6 + 0.36*0.4 = 0.528, kappa = 0.272/0.472.
    result = frame_agreement(scores)
    overall = result.summary.set_index("frame").loc["all"]
    assert (overall["n"], overall["agreements"]) == (25, 20)
    assert overall["kappa"] == pytest.approx(0.272 / 0.472)
    assert sorted(result.disagreements["frame"]) == [
        "economic_consequences", "morality", "morality", "responsibility", "responsibility"
    ]  # fmt: skip


def test_precision_judgement_matches_the_read_hits() -> None:
    golden = pd.read_csv(GOLDEN / "hits.csv", keep_default_na=False)
    counted = golden.groupby("frame").agg(
        correct=("correct", lambda s: int((s == "yes").sum())), total=("correct", "size")
    )
    recorded = frame_precision_judgement().set_index("frame")
    assert set(recorded.index) == set(load_frames().frames)
    for frame, row in recorded.iterrows():
        want = counted.loc[frame] if frame in counted.index else {"correct": 0, "total": 0}
        assert (row["correct"], row["total"]) == (want["correct"], want["total"]), frame


def test_the_measures_live_in_evaluate_not_in_framing() -> None:
    # The analyser layer finds hits; measuring them against people is evaluate's job.
    for old in ("agreement", "human_scores", "coding_table", "precision_judgement", "Agreement"):
        assert not hasattr(framing, old), old
