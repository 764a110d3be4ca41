"""Tone and frames: the scored sections of an article chapter, each with the sentences or
words behind its numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import altair as alt
import pandas as pd
from pandas.io.formats.style import Styler

from newsframes import evaluate
from newsframes.analysers import sentiment
from newsframes.analysers.sentiment.words import format_vader_words, vader_words
from newsframes.book import charts
from newsframes.book.chapters import ArticleView, kwic, plain
from newsframes.book.sections.base import Section

# The two sentence scores the chapters follow, as their charts and tables name them.
TOOLS = {"polarity": "TextBlob polarity", "vader_compound": "VADER compound"}
SIGNED = "{:+.2f}"

# --------------------------------------------------------------------------- tone


def tone(art: ArticleView) -> Section:
    """Mean tone of the article with 95% bootstrap intervals: TextBlob and VADER.

    Values: ``mean_<measure>`` for every measure of ``article_sentiment`` (with
    ``ci_low_``/``ci_high_`` for polarity and VADER), how often the two tools agree, and
    the sentences with no word in TextBlob's lexicon.
    """
    measures = art.article_sentiment.set_index("measure")
    values: dict[str, Any] = {f"mean_{m}": float(v) for m, v in measures["mean"].items()}
    for m in ("polarity", "vader"):
        values[f"ci_low_{m}"] = float(measures["ci_low"][m])
        values[f"ci_high_{m}"] = float(measures["ci_high"][m])
    agree = sentiment.textblob_vader_agreement(art.sentiment).iloc[0]
    values["agreement"] = float(agree["agreement"])
    values["pearson"] = float(agree["pearson"])
    values["n_no_tb_word"] = int((~art.sentiment["has_hit"]).sum())
    names = {"polarity": "TextBlob polarity", "subjectivity": "TextBlob subjectivity"}
    names["vader"] = "VADER compound"
    means = art.article_sentiment[art.article_sentiment["measure"].isin(names)]
    headings = {
        "measure": "measure",
        "n": "sentences",
        "mean": "mean",
        "ci_low": "lower",
        "ci_high": "upper",
    }
    formats = dict.fromkeys(("mean", "ci_low", "ci_high"), SIGNED)
    return Section(means.assign(measure=means["measure"].map(names)), values, headings, formats)


def tone_arc(
    art: ArticleView,
    title: str,
    *,
    series: str = "tool",
    sentence_chars: int | None = None,
    **options: Any,
) -> alt.LayerChart:
    """Both scores sentence by sentence, the sentence (or its first characters) in the tooltip."""
    text = art.sentiment["sent_id"].map(art.sentence)
    arc = (
        art.sentiment.assign(sentence=text if sentence_chars is None else text.str[:sentence_chars])
        .melt(
            id_vars=["sent_id", "sentence"],
            value_vars=list(TOOLS),
            var_name=series,
            value_name="score",
        )
        .replace({series: TOOLS})
    )
    settings = {
        "x_title": "Sentence (order in the report)",
        "y_title": "Score (−1 to +1)",
        "series_title": "Tool",
        "tooltip": [series, "sent_id", "score", "sentence"],
    }
    return charts.arc(arc, x="sent_id", y="score", series=series, title=title, **settings | options)


def means_chart(
    art: ArticleView,
    title: str = "Average sentence score with 95% bootstrap interval",
    **options: Any,
) -> alt.LayerChart:
    """Mean TextBlob and VADER scores, before and after masking names, with their intervals."""
    names = {
        "polarity": "TextBlob",
        "polarity_masked": "TextBlob, names masked",
        "vader": "VADER",
        "vader_masked": "VADER, names masked",
    }
    scores = art.article_sentiment
    means = scores[scores["measure"].isin(names)].assign(score=lambda t: t["measure"].map(names))
    settings = {"x_title": "Mean score over sentences", "y_title": "Score"}
    return charts.dot_ci(
        means, x="mean", lo="ci_low", hi="ci_high", y="score", title=title, **settings | options
    )


def _with_sentences(art: ArticleView) -> pd.DataFrame:
    return art.sentiment.assign(sentence=art.sentiment["sent_id"].map(art.sentence))


def sentences_at_extremes(art: ArticleView) -> Section:
    """Every sentence at the top or bottom of either tool's scale, with TextBlob's scored words."""
    s = _with_sentences(art)
    frame = pd.concat(
        [
            s[s[column] == pick(s[column])].assign(which=f"{tool} {end}")
            for column, tool in (("polarity", "TextBlob"), ("vader_compound", "VADER"))
            for end, pick in (("highest", pd.Series.max), ("lowest", pd.Series.min))
        ]
    )
    headings = {
        "which": "extreme",
        "sent_id": "no.",
        "polarity": "TextBlob",
        "vader_compound": "VADER",
        "drivers": "TextBlob's scored words",
        "sentence": "sentence",
    }
    return Section(frame, {}, headings, {"polarity": SIGNED, "vader_compound": SIGNED})


def extremes_by_tool(art: ArticleView) -> Section:
    """Each tool's most negative and most positive sentence, and the words it scored there."""
    s = _with_sentences(art).assign(vader_words=lambda t: t["sentence"].map(_vader_scored))
    rows = []
    for column, tool, words in (
        ("polarity", "TextBlob", "drivers"),
        ("vader_compound", "VADER", "vader_words"),
    ):
        for end, pick in (
            ("most negative", s[column].idxmin()),
            ("most positive", s[column].idxmax()),
        ):
            row = s.loc[cast(int, pick)]
            rows.append((tool, end, row["sent_id"], row[column], row[words], row["sentence"]))
    frame = pd.DataFrame(rows, columns=["tool", "end", "sent_id", "score", "words", "sentence"])
    headings = {
        "tool": "tool",
        "end": "end",
        "sent_id": "sentence no.",
        "score": "score",
        "words": "words scored",
        "sentence": "sentence",
    }
    return Section(frame, {}, headings, {"score": SIGNED})


def _vader_scored(sentence: str) -> str:
    return format_vader_words(vader_words(sentence))


def masking(art: ArticleView) -> Section:
    """The sentences whose TextBlob or VADER score changes when actor names are masked.

    Values: how many changed, the names masked, and the VADER score before and after
    for the sentence that moved most.
    """
    s = _with_sentences(art)
    changed = s[
        (s["polarity_masked"] != s["polarity"]) | (s["vader_masked"] != s["vader_compound"])
    ]
    names = art.mentions.groupby("sent_id")["surface"].agg("; ".join)
    frame = changed.assign(names=changed["sent_id"].map(names))
    values: dict[str, Any] = {"n_changed": len(frame), "n_masked": int(s["n_masked"].sum())}
    if len(frame):
        most = int((frame["vader_masked"] - frame["vader_compound"]).abs().to_numpy().argmax())
        values["most_moved_vader"] = float(frame["vader_compound"].iloc[most])
        values["most_moved_vader_masked"] = float(frame["vader_masked"].iloc[most])
    headings = {
        "sent_id": "sentence no.",
        "names": "names masked",
        "polarity": "TextBlob",
        "polarity_masked": "TextBlob, masked",
        "vader_compound": "VADER",
        "vader_masked": "VADER, masked",
        "sentence": "sentence",
    }
    formats = dict.fromkeys(
        ("polarity", "polarity_masked", "vader_compound", "vader_masked"), SIGNED
    )
    shown = [c for c in headings if c != "names"]
    return Section(frame, values, headings, formats, shown)


def voice_tone(art: ArticleView) -> Section:
    """Tone of the journalist's words and of the quoted words (sentences cut at quotation marks).

    Values: ``<voice>_<measure>``, the mean of each.
    """
    segments = sentiment.score_segments(
        art.text, sentences=art.sentences, mentions=art.mentions, scored=art.sentiment
    )
    by_voice = sentiment.voice_sentiment(segments)
    frame = by_voice[by_voice["measure"].isin(["polarity", "vader"])]
    values = {
        f"{voice}_{measure}": float(mean)
        for voice, measure, mean in zip(
            frame["voice"], frame["measure"], frame["mean"], strict=True
        )
    }
    headings = {
        "voice": "voice",
        "measure": "measure",
        "n": "stretches",
        "mean": "mean",
        "ci_low": "95% low",
        "ci_high": "95% high",
    }
    return Section(frame, values, headings, dict.fromkeys(("mean", "ci_low", "ci_high"), SIGNED))


def voice_tone_chart(
    section: Section,
    title: str = "Journalist's words and quoted words: mean tone",
    **options: Any,
) -> alt.LayerChart:
    """The means of :func:`voice_tone` with their intervals, one colour per voice."""
    settings = {
        "x_title": "Mean score with 95% bootstrap interval",
        "y_title": "Tool",
        "color": "voice",
        "color_title": "Voice",
    }
    return charts.dot_ci(
        section.frame,
        x="mean",
        lo="ci_low",
        hi="ci_high",
        y="measure",
        title=title,
        **settings | options,
    )


# --------------------------------------------------------------------------- frames


def _readable(frames: pd.Series) -> pd.Series:
    return frames.str.replace("_", " ")


def frames(art: ArticleView) -> Section:
    """Each frame's indicator hits, per 1,000 words and share of sentences, strongest first.

    Values: the two strongest frames, the hits, and how many frames have none.
    """
    scores = art.frame_scores.assign(frame_name=_readable(art.frame_scores["frame"]))
    ranked = scores.sort_values(["per_1000", "frame"], ascending=[False, True])  # ties by name
    top = ranked.iloc[0]
    values = {
        "top_frame": plain(top["frame_name"]),
        "top_frame_rate": float(top["per_1000"]),
        "top_frame_share": float(top["share"]),
        "second_frame": plain(ranked.iloc[1]["frame_name"]),
        "n_frame_hits": len(art.frames),
        "n_frames_zero": int((ranked["hits"] == 0).sum()),
    }
    headings = {
        "frame": "frame",
        "kind": "kind",
        "hits": "hits",
        "per_1000": "per 1,000 words",
        "share": "share of sentences",
    }
    return Section(ranked, values, headings, {"per_1000": "{:.1f}", "share": "{:.0%}"})


def frames_chart(section: Section, title: str, **options: Any) -> alt.Chart:
    """Indicator hits per 1,000 words by frame, coloured by kind (generic or issue-specific)."""
    settings = {
        "y": "frame_name",
        "x_title": "Hits per 1,000 words",
        "y_title": "Frame",
        "color": "kind",
        "color_title": "Kind of frame",
        "tooltip": ["frame_name", "kind", "hits", "per_1000", "sentences"],
    }
    return charts.bar(section.frame, x="per_1000", title=title, **settings | options)


def frame_kwic(
    art: ArticleView,
    caption: str,
    frames: Sequence[str] | None = None,
    *,
    by: Sequence[str] = ("frame", "start"),
    readable_names: bool = False,
) -> Styler:
    """Every hit of ``frames`` (default: all) in context, ordered by ``by``."""
    hits = art.frames if frames is None else art.frames[art.frames["frame"].isin(frames)]
    hits = hits.sort_values(list(by))
    if readable_names:
        hits = hits.assign(frame=_readable(hits["frame"]))
    return kwic(hits, caption)


def frame_precision(
    art: ArticleView, frames: Sequence[str] | None = None, *, readable_names: bool = True
) -> Section:
    """How many hits were right, read one by one on all five articles, for ``frames``.

    By default the frames with a hit in this article.
    """
    judged = evaluate.frame_precision_judgement()
    if frames is None:
        frames = art.frame_scores.loc[art.frame_scores["hits"] > 0, "frame"].tolist()
    judged = judged[judged["frame"].isin(frames)]
    if readable_names:
        judged = judged.assign(frame=_readable(judged["frame"]))
    headings = {
        "frame": "frame",
        "correct": "correct",
        "total": "hits read",
        "precision": "precision",
        "note": "what the reading found",
    }
    return Section(judged, {}, headings, {"precision": "{:.0%}"})


def frame_agreement(art: ArticleView, *, yes_no: bool = False) -> Section:
    """The dictionary's verdict on each generic frame against the human coding of the article.

    ``yes_no`` shows the verdicts as yes/no. Values: frames compared, agreeing, disagreeing.
    """
    compared = evaluate.frame_agreement(art.frame_scores).table
    agree = compared["agree"].astype(bool)
    values = {
        "n_frame_compared": len(compared),
        "n_frame_agree": int(agree.sum()),
        "n_frame_disagree": int((~agree).sum()),
    }
    frame = compared.assign(frame=_readable(compared["frame"]))
    if yes_no:
        answer = {True: "yes", False: "no"}
        frame = frame.assign(**{c: frame[c].map(answer) for c in ("computed", "human", "agree")})
    headings = {
        "frame": "frame",
        "hits": "hits",
        "per_1000": "hits per 1,000",
        "computed": "computed present",
        "score": "share of questions answered yes",
        "human": "coded present",
        "agree": "agree",
    }
    formats = {"per_1000": "{:.1f}", "score": "{:.0%}"}
    shown = [c for c in headings if c != "per_1000"]
    return Section(frame, values, headings, formats, shown)
