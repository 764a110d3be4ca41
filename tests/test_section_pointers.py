"""What a reader should look at in each section (newsframes.book.sections.pointers): computed
from the article's tables, checked on two different articles against the raw tables, and
worded without judging the report."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from newsframes import book
from newsframes.analysers.actors import load_actors
from newsframes.book import sections
from newsframes.book.chapters import ArticleView
from newsframes.book.sections import Section
from newsframes.book.sections.pointers import text

ITV = "itv-2014-khateeb"
ASHARQ = "asharq-2011-airforce-defections"
ARTICLES = [ITV, ASHARQ]
# Words that judge a report instead of pointing into it. The pointers' own wording holds
# none of them; the article's words they quote between “ ” and … … may.
EVALUATIVE = {
    "balanced", "bias", "biased", "brutal", "clear", "clearly", "crucial", "dominant",
    "dominates", "emphasis", "emphasises", "fair", "favours", "heavily", "hostile",
    "important", "interesting", "key", "loaded", "merely", "notable", "notably", "obvious",
    "obviously", "one-sided", "propaganda", "remarkable", "reveals", "shows", "significant",
    "striking", "strikingly", "strong", "strongly", "suggests", "surprising", "surprisingly",
    "sympathetic", "telling", "unfair", "weak",
}  # fmt: skip


@pytest.fixture(scope="module")
def views() -> dict[str, ArticleView]:
    return {article_id: book.article(article_id) for article_id in ARTICLES}


def pointers(a: ArticleView) -> dict[str, str]:
    """Every section's pointers for one article, as the generated chapter computes them."""
    statements, tone, frames = sections.statements(a), sections.tone(a), sections.frames(a)
    made = {
        "article": sections.article_pointers(sections.facts(a), sections.removed(a)),
        "actors": sections.actor_pointers(sections.actors(a)),
        "labels": sections.label_pointers(sections.labels_by_voice(a)),
        "speakers": sections.speaker_pointers(statements),
        "tone": sections.tone_pointers(sections.extremes_by_tool(a), sections.masking(a)),
        "frames": sections.frame_pointers(a, frames),
        "limits": sections.limit_pointers(a, tone, statements, frames),
    }
    return {name: str(markdown.data) for name, markdown in made.items()}


@pytest.fixture(scope="module")
def made(views: dict[str, ArticleView]) -> dict[str, dict[str, str]]:
    return {article_id: pointers(a) for article_id, a in views.items()}


def line(points: str, start: str) -> str:
    """The one point that starts with ``start``."""
    (found,) = [p for p in points.splitlines() if p.startswith(f"- {start}")]
    return found


def italics(point: str) -> list[str]:
    return re.findall(r"\*([^*]+)\*", point)


@pytest.mark.parametrize("article_id", ARTICLES)
def test_every_section_gets_a_list_of_points(
    made: dict[str, dict[str, str]], article_id: str
) -> None:
    for name, points in made[article_id].items():
        assert points and all(p.startswith("- ") for p in points.splitlines()), name


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_most_named_actors_with_their_mentions(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    a = views[article_id]
    names = load_actors().table().set_index("id")["name"]
    counts = a.mentions.groupby("actor_id").size().rename("n").reset_index()
    counts["actor"] = counts["actor_id"].map(names)
    top = counts.sort_values(["n", "actor"], ascending=[False, True]).head(3)
    most = line(made[article_id]["actors"], "Most named: ")
    expected = [f"{text(r.actor)} ({r.n} mention" for r in top.itertuples()]
    assert [most.index(e) for e in expected] == sorted(most.index(e) for e in expected)
    assert (
        f"{counts['actor_id'].nunique()} actors, {len(a.mentions)} mentions"
        in (made[article_id]["actors"])
    )


@pytest.mark.parametrize("article_id", ARTICLES)
def test_labels_only_inside_quotation_marks(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    voices = views[article_id].labels.groupby("label")["voice"].agg(set)
    quoted_only = sorted(label for label, v in voices.items() if v == {"quoted"})
    points = made[article_id]["labels"]
    if quoted_only:
        assert sorted(italics(line(points, "Only inside quotation marks: "))) == quoted_only
    else:
        assert "- No label occurs only inside quotation marks." in points.splitlines()


def test_the_two_articles_differ_in_labels_only_quoted(made: dict[str, dict[str, str]]) -> None:
    """The check above is not vacuous: one article has such labels, the other none."""
    assert "No label occurs only inside" in made[ITV]["labels"]
    assert sorted(italics(line(made[ASHARQ]["labels"], "Only inside"))) == ["gang", "terrorists"]


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_speakers_given_most_words(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    quotes = views[article_id].quotes
    names = load_actors().table().set_index("id")["name"]
    who = quotes["speaker_actor_id"].map(names).fillna(quotes["speaker_ref"])
    words = quotes.groupby(who)["content_words"].sum().sort_values(ascending=False)
    first = line(made[article_id]["speakers"], "Given the most words: ")
    assert first.startswith(
        f"- Given the most words: {text(words.index[0])} ({words.iloc[0]} words"
    )


@pytest.mark.parametrize("article_id", ARTICLES)
def test_each_tools_most_negative_sentence(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    a = views[article_id]
    for tool, column in (("TextBlob", "polarity"), ("VADER", "vader_compound")):
        lowest = a.sentiment.loc[a.sentiment[column].idxmin()]
        point = line(made[article_id]["tone"], f"The most negative sentence for {tool}: ")
        assert f"sentence {lowest['sent_id']} ({lowest[column]:+.2f};" in point
        sentence = " ".join(a.sentence(int(lowest["sent_id"])).split())
        assert point.endswith(f"“{text(sentence)}”")


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_frame_with_most_hits_and_its_hit_in_context(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    a = views[article_id]
    top = a.frame_scores.loc[a.frame_scores["per_1000"].idxmax()]
    points = made[article_id]["frames"]
    assert italics(line(points, "Most hits per 1,000 words: "))[0] == top["frame"].replace("_", " ")
    hits = a.frames[a.frames["frame"] == top["frame"]]
    per_sentence = hits.groupby("sent_id").size()
    busiest = per_sentence[per_sentence == per_sentence.max()].index.min()
    hit = hits[hits["sent_id"] == busiest].sort_values("start").iloc[0]
    context = line(points, "The sentence with most of its hits: ")
    assert f"sentence {busiest} ({per_sentence.max()} hit" in context
    assert f"**{text(hit['match'])}**" in context


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_limits_are_counted(
    views: dict[str, ArticleView], made: dict[str, dict[str, str]], article_id: str
) -> None:
    a = views[article_id]
    unscored = int((~a.sentiment["has_hit"]).sum())
    points = made[article_id]["limits"]
    assert f"scored exactly 0: {unscored} of {len(a.sentences)}." in points
    unquoted = int((a.quotes["kind"] != "direct").sum())
    assert f"Statements reported without quotation marks: {unquoted};" in points
    assert "data/annotations`: actor mentions, generic frames." in points  # both are annotated


def wording(points: str) -> str:
    """The pointers without the article's words they quote (“sentence”, …context…)."""
    return re.sub(r"“[^\n]*”|…[^\n]*…", " ", points)


def test_the_wording_judges_nothing_and_the_points_differ(made: dict[str, dict[str, str]]) -> None:
    for article_id, by_section in made.items():
        for name, points in by_section.items():
            words = set(re.findall(r"[a-z-]+", wording(points).lower()))
            assert not words & EVALUATIVE, (article_id, name, words & EVALUATIVE)
    differ = [name for name in made[ITV] if made[ITV][name] != made[ASHARQ][name]]
    assert differ == list(made[ITV]), "a section points to the same things in both articles"


def test_the_wording_check_catches_a_judgement() -> None:
    assert set(re.findall(r"[a-z-]+", wording("- A strikingly one-sided “brutal” report."))) & (
        EVALUATIVE
    ) == {"strikingly", "one-sided"}


# --- made-up sections: escaping and empty tables ----------------------------------------------


def test_names_are_escaped() -> None:
    frame = pd.DataFrame(
        {"actor": ["<b>*x*</b>"], "count": [2], "per_1000": [4.0], "as written": ["[x]"]}
    )
    points = str(sections.actor_pointers(Section(frame, {"n_actors": 1, "n_mentions": 2})).data)
    assert r"&lt;b&gt;\*x\*&lt;/b&gt; (2 mentions, 4.0 per 1,000 words)" in points
    assert r"\[x\]" in points and "<b>" not in points


def test_empty_tables_say_there_is_nothing() -> None:
    empty = Section(pd.DataFrame())
    assert "No actor" in str(sections.actor_pointers(empty).data)
    assert "No label" in str(sections.label_pointers(empty).data)
    assert "no attributed statement" in str(sections.speaker_pointers(empty).data)
