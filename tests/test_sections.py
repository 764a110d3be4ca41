"""The chapter helpers: each section's rows, headings and quoted values come from the article."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import pytest

from newsframes import book
from newsframes.analysers.sentiment.words import vader_words
from newsframes.book import sections
from newsframes.book.chapters import ArticleView
from newsframes.book.sections import Section

ITV = "itv-2014-khateeb"
ASHARQ = "asharq-2011-airforce-defections"


@pytest.fixture(scope="module")
def itv() -> ArticleView:
    return book.article(ITV)


@pytest.fixture(scope="module")
def asharq() -> ArticleView:
    return book.article(ASHARQ)


def spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    return dict(chart.to_dict())


def first_data(chart: alt.TopLevelMixin) -> list[dict[str, Any]]:
    return next(iter(spec(chart)["datasets"].values()))


# --- Section --------------------------------------------------------------------------------


def small() -> Section:
    frame = pd.DataFrame({"a": [1.234], "b": ["<x>"], "c": [3]})
    return Section(frame, {"n": 3, "share": 0.5}, {"a": "A", "b": "B", "c": "C"}, {"a": "{:.1f}"})


def test_table_shows_standard_headings_in_order() -> None:
    html = small().table("Caption").to_html()
    assert html.index(">A<") < html.index(">B<") < html.index(">C<")
    assert "1.2" in html and "1.234" not in html  # the standard format
    assert "&lt;x&gt;" in html  # escaped, like every book table


def test_table_columns_headings_and_formats_can_be_chosen() -> None:
    html = small().table("Caption", ["c", "a"], headings={"a": "first"}, formats={"a": "{:.3f}"})
    text = html.to_html()
    assert text.index(">C<") < text.index(">first<")
    assert ">B<" not in text and "1.234" in text


def test_table_names_an_unknown_column() -> None:
    with pytest.raises(
        KeyError, match=r"no heading for \['zz'\]; this section has: \['a', 'b', 'c'\]"
    ):
        small().table("Caption", ["zz"])


def test_shown_is_the_default_column_choice() -> None:
    frame = pd.DataFrame({"a": [1], "b": [2]})
    html = Section(frame, {}, {"a": "A", "b": "B"}, shown=["b"]).table("Caption").to_html()
    assert ">B<" in html and ">A<" not in html


def test_glue_names_each_value_with_the_chapter_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    import myst_nb

    glued: list[tuple[str, Any, bool]] = []
    monkeypatch.setattr(
        myst_nb, "glue", lambda name, value, display: glued.append((name, value, display))
    )
    small().glue("itv", "share")
    assert glued == [("itv_share", 0.5, False)]
    small().glue("itv")
    assert glued[1:] == [("itv_n", 3, False), ("itv_share", 0.5, False)]
    with pytest.raises(KeyError):
        small().glue("itv", "no_such_value")


def test_quote_cites_source_sentence_and_note(itv: ArticleView) -> None:
    shown = sections.quote(itv, 3, source="ITV News", note="a note").data
    assert "— ITV News, sentence 3: a note" in shown
    assert sections.quote(itv, 3).data.endswith("<footer>— sentence 3</footer></blockquote>")


# --- the article ------------------------------------------------------------------------------


def test_facts_rows_and_quoted_values(asharq: ArticleView) -> None:
    facts = sections.facts(asharq)
    rows = dict(zip(facts.frame["field"], facts.frame["value"], strict=True))
    assert list(rows) == list(sections.FACT_ROWS)
    assert rows["byline"] == "not given"  # null in the metadata
    assert rows["words after cleaning"] == f"{asharq.n_words:,}"
    assert rows["outlet"] == asharq.meta["outlet"]
    assert facts.values["n_sentences"] == len(asharq.sentences)
    assert facts.values["byline"].data == "not given"


@pytest.mark.parametrize(
    ("article_id", "in_words"),
    [(ITV, "20 January 2014"), ("fan-2016-aleppo-evacuation", "October 2016"), (ASHARQ, "2011")],
)
def test_date_in_words_is_as_precise_as_the_metadata(article_id: str, in_words: str) -> None:
    assert sections.facts(book.article(article_id)).values["date_in_words"].data == in_words


def test_facts_rows_can_be_chosen(itv: ArticleView) -> None:
    facts = sections.facts(itv, {"type": "outlet_type", "date basis": "date_basis"})
    assert facts.frame.values.tolist() == [
        ["type", itv.meta["outlet_type"]],
        ["date basis", itv.meta["date_basis"]],
    ]
    listed = sections.facts(itv, ["outlet", "byline"])
    assert listed.frame["field"].tolist() == ["outlet", "byline"]


def test_removed_spans_come_from_the_raw_text(asharq: ArticleView) -> None:
    removed = sections.removed(asharq)
    raw = asharq.meta["raw_text"]
    assert removed.values["n_removed"] == len(removed.frame) > 0
    for row in removed.frame.itertuples():
        assert raw[row.start : row.end].strip() == row.text


# --- who appears ------------------------------------------------------------------------------


def test_actors_count_every_mention_once(itv: ArticleView) -> None:
    actors = sections.actors(itv)
    frame = actors.frame
    assert frame["count"].sum() == len(itv.mentions) == actors.values["n_mentions"]
    assert actors.values["n_actors"] == len(frame) == itv.mentions["actor_id"].nunique()
    assert frame["count"].is_monotonic_decreasing
    top = itv.mentions["actor_id"].value_counts()
    assert actors.values["top_count"] == top.iloc[0]
    for _, row in frame.iterrows():
        surfaces = set(itv.mentions.loc[itv.mentions["actor_id"] == row["actor_id"], "surface"])
        assert set(row["as written"].split("; ")) == surfaces


def test_actors_chart_defaults_and_options(itv: ArticleView) -> None:
    actors = sections.actors(itv)
    chart = spec(sections.actors_chart(actors, "Who", color="type"))
    assert chart["encoding"]["color"]["field"] == "type"
    assert chart["encoding"]["color"]["title"] == "Actor type"
    plain = spec(sections.actors_chart(actors, "Who", color=None, x_title="Per 1,000"))
    assert "color" not in plain["encoding"]
    assert plain["encoding"]["x"]["title"] == "Per 1,000"


def test_busiest_sentences_quote_the_sentence_naming_each_actor_most(asharq: ArticleView) -> None:
    actors = sections.actors(asharq)
    quotes = sections.busiest_sentences(asharq, actors, n=2)
    assert len(quotes) == 2
    for (_, actor), shown in zip(actors.frame.head(2).iterrows(), quotes, strict=True):
        counts = asharq.mentions[asharq.mentions["actor_id"] == actor["actor_id"]][
            "sent_id"
        ].value_counts()
        best = int(counts[counts == counts.max()].index.min())
        assert f"sentence {best}: {counts.max()} mention(s) of {actor['actor']}" in shown.data


# --- how groups are named ---------------------------------------------------------------------


def test_label_views_count_every_label(asharq: ArticleView) -> None:
    n = len(asharq.labels)
    by_voice = sections.labels_by_voice(asharq)
    assert by_voice.values["n_labels"] == by_voice.frame["total"].sum() == n
    assert (
        by_voice.frame["total"] == by_voice.frame["journalist"] + by_voice.frame["quoted"]
    ).all()
    assert sections.label_uses(asharq).frame["n"].sum() == n
    listed = sections.labels(asharq)
    assert listed.values["n_quoted_labels"] == (asharq.labels["voice"] == "quoted").sum()
    assert sections.label_uses(asharq).frame["note"].notna().all()


def test_labels_chart_splits_by_the_chosen_column(asharq: ArticleView) -> None:
    chart = sections.labels_chart(asharq, "Labels", by="category", color_title="category")
    assert spec(chart)["encoding"]["color"] == {
        "field": "category",
        "title": "category",
        "type": "nominal",
    }
    assert sum(row["n"] for row in first_data(chart)) == len(asharq.labels)


# --- who speaks -------------------------------------------------------------------------------


def test_statements_and_their_summary(asharq: ArticleView) -> None:
    statements = sections.statements(asharq, opening=20)
    frame = statements.frame
    assert len(frame) == statements.values["n_statements"] == len(asharq.quotes)
    assert frame["verb"].notna().all()
    assert (frame["verb (class)"] == frame["verb"] + " (" + frame["verb_class"] + ")").all()
    for row in frame.itertuples():
        words = asharq.text[row.start : row.end]
        assert row.opening == (words if len(words) <= 20 else words[:20] + "…")
    share = statements.values["quoted_words"] / asharq.n_words
    assert statements.values["quoted_share"] == pytest.approx(share)
    verbs = first_data(sections.verbs_chart(statements, "Verbs"))
    assert sum(row["n"] for row in verbs) == len(frame)
    # the counts the chapter's prose quotes: each verb's statements and the marked verbs
    values = statements.values
    counts = {k.removeprefix("n_verb_"): n for k, n in values.items() if k.startswith("n_verb_")}
    assert counts == frame["verb"].value_counts().to_dict()
    assert values["n_verb_claim"] == 3 and values["n_verb_reveal"] == 1
    assert values["n_marked"] == (frame["verb_class"] != "neutral").sum() == 5


# --- tone -------------------------------------------------------------------------------------


def test_tone_values_are_the_article_summaries(itv: ArticleView) -> None:
    tone = sections.tone(itv)
    means = itv.article_sentiment.set_index("measure")["mean"]
    for measure, mean in means.items():
        assert tone.values[f"mean_{measure}"] == pytest.approx(mean)
    assert 0 <= tone.values["agreement"] <= 1
    assert tone.values["n_no_tb_word"] == (~itv.sentiment["has_hit"]).sum()
    assert tone.frame["measure"].tolist() == [
        "TextBlob polarity",
        "TextBlob subjectivity",
        "VADER compound",
    ]


def test_tone_arc_has_both_scores_for_every_sentence(itv: ArticleView) -> None:
    chart = sections.tone_arc(itv, "Arc", sentence_chars=10)
    rows = first_data(chart)
    assert len(rows) == 2 * len(itv.sentiment)
    assert {row["tool"] for row in rows} == {"TextBlob polarity", "VADER compound"}
    assert all(len(row["sentence"]) <= 10 for row in rows)
    bare = first_data(sections.tone_arc(itv, "Arc", tooltip=["tool", "sent_id", "score"]))
    assert "sentence" not in bare[0]


def test_extremes_show_the_words_each_tool_scored(itv: ArticleView) -> None:
    extremes = sections.extremes_by_tool(itv).frame
    assert extremes[["tool", "end"]].values.tolist() == [
        ["TextBlob", "most negative"],
        ["TextBlob", "most positive"],
        ["VADER", "most negative"],
        ["VADER", "most positive"],
    ]
    s = itv.sentiment
    assert extremes["score"].tolist() == [
        s["polarity"].min(),
        s["polarity"].max(),
        s["vader_compound"].min(),
        s["vader_compound"].max(),
    ]
    for row in extremes[extremes["tool"] == "VADER"].itertuples():
        found = [f"{w.word} {w.valence:+.1f}" for w in vader_words(itv.sentence(row.sent_id))]
        assert row.words == "; ".join(found)


def test_sentences_at_extremes_keep_ties(asharq: ArticleView) -> None:
    frame = sections.sentences_at_extremes(asharq).frame
    top = asharq.sentiment["polarity"].max()
    n_top = int((asharq.sentiment["polarity"] == top).sum())
    assert (frame["which"] == "TextBlob highest").sum() == n_top


def test_masking_lists_only_sentences_that_moved(itv: ArticleView) -> None:
    masking = sections.masking(itv)
    frame = masking.frame
    moved = (frame["polarity_masked"] != frame["polarity"]) | (
        frame["vader_masked"] != frame["vader_compound"]
    )
    assert moved.all() and len(frame) == masking.values["n_changed"] > 0
    shift = (frame["vader_masked"] - frame["vader_compound"]).abs()
    assert abs(
        masking.values["most_moved_vader_masked"] - masking.values["most_moved_vader"]
    ) == pytest.approx(shift.max())
    assert "names masked" not in masking.table("Masked").to_html()


def test_voice_tone_values_and_chart(asharq: ArticleView) -> None:
    voices = sections.voice_tone(asharq)
    assert set(voices.frame["measure"]) == {"polarity", "vader"}
    row = voices.frame.iloc[0]
    assert voices.values[f"{row['voice']}_{row['measure']}"] == pytest.approx(row["mean"])
    assert spec(sections.voice_tone_chart(voices))["layer"]


# --- frames -----------------------------------------------------------------------------------


def test_frames_ranked_with_their_values(itv: ArticleView) -> None:
    frames = sections.frames(itv)
    frame = frames.frame
    assert frame["per_1000"].is_monotonic_decreasing
    assert frames.values["top_frame"].data == frame.iloc[0]["frame"].replace("_", " ")
    assert frames.values["n_frame_hits"] == len(itv.frames) == frame["hits"].sum()
    assert frames.values["n_frames_zero"] == (frame["hits"] == 0).sum()
    chart = spec(sections.frames_chart(frames, "Frames", y="frame"))
    assert chart["encoding"]["y"]["field"] == "frame"


@pytest.mark.parametrize("article", [ITV, ASHARQ])
def test_frames_tied_at_one_rate_come_in_the_order_of_their_names(article: str) -> None:
    # the same order on every machine: a sort on the rate alone leaves ties as it finds them
    frame = sections.frames(book.article(article)).frame
    tied = [group["frame"].tolist() for _, group in frame.groupby("per_1000") if len(group) > 1]
    assert tied, "no two frames share a rate here"
    assert all(names == sorted(names) for names in tied)


def test_frame_kwic_shows_only_the_chosen_frames(itv: ArticleView) -> None:
    html = sections.frame_kwic(itv, "KWIC", ["conflict"], readable_names=True).to_html()
    n_hits = int((itv.frames["frame"] == "conflict").sum())
    assert html.count(">conflict<") == n_hits > 0
    assert "reconciliation" not in html


def test_frame_precision_defaults_to_the_frames_found(itv: ArticleView) -> None:
    judged = sections.frame_precision(itv).frame
    found = itv.frame_scores.loc[itv.frame_scores["hits"] > 0, "frame"].str.replace("_", " ")
    assert sorted(judged["frame"]) == sorted(found)
    chosen = sections.frame_precision(itv, ["morality"], readable_names=False).frame
    assert chosen["frame"].tolist() == ["morality"]


def test_frame_agreement_counts_and_yes_no(asharq: ArticleView) -> None:
    agreement = sections.frame_agreement(asharq, yes_no=True)
    values = agreement.values
    assert values["n_frame_agree"] + values["n_frame_disagree"] == values["n_frame_compared"]
    assert values["n_frame_agree"] == (agreement.frame["agree"] == "yes").sum()
    assert set(agreement.frame["computed"]) <= {"yes", "no"}
