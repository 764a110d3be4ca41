"""What a reader should look at in each section of an article chapter, computed from the
section's tables: the start of a reading, stated as counts, names and quotations.

A generated chapter (:mod:`newsframes.book.chapter_template`) shows these in the box where
the instructor writes their own reading. They say where to look, never what it means:
no adjective judges the report, so the same words fit any article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
from IPython.display import Markdown

from newsframes import evaluate
from newsframes.analysers.actors import load_actors
from newsframes.book.chapters import ArticleView, plain
from newsframes.book.sections.base import Section

# How many names a pointer lists before it says how many more there are.
LISTED = 5


def text(value: object) -> str:
    """``value`` as Markdown text, escaped like every glued value (:func:`plain`)."""
    return str(plain(value).data)


def spaced(words: str) -> str:
    """Words of the article on one line: every run of spaces and line breaks one space."""
    return re.sub(r"\s+", " ", words)


def quoted(words: str) -> str:
    """Words of the article on one line, escaped and between quotation marks."""
    return f"“{text(spaced(words).strip())}”"


def bullets(points: Iterable[str]) -> Markdown:
    """The points as a Markdown list."""
    return Markdown("\n".join(f"- {point}" for point in points))


def plural(n: int, one: str, many: str | None = None) -> str:
    """``"1 mention"``, ``"3 mentions"``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def listing(items: list[str], total: int | None = None) -> str:
    """At most :data:`LISTED` items joined by semicolons, with how many were left out."""
    total = len(items) if total is None else total
    shown = "; ".join(items[:LISTED])
    rest = total - min(len(items), LISTED)
    return f"{shown}; and {rest:,} more" if rest > 0 else shown


# --------------------------------------------------------------------------- the sections


def article_pointers(facts: Section, removed: Section) -> Markdown:
    """The date and how it is known, the byline, the length, and what cleaning removed."""
    v = facts.values
    date = f"{v['date_in_words'].data} (precision: {v['precision'].data}; basis: {v['basis'].data})"
    return bullets(
        [
            f"Date: {date}.",
            f"Byline: {v['byline'].data}. Translated by: {v['translated_by'].data}.",
            f"Length after cleaning: {plural(v['n_words'], 'word')} in "
            f"{plural(v['n_sentences'], 'sentence')}; boilerplate removed: "
            f"{plural(removed.values['n_removed'], 'stretch', 'stretches')}.",
            "Not in the file: the events the report covers, and what a reader knew of them "
            "at the time it was published.",
        ]
    )


def actor_pointers(actors: Section, n: int = 3) -> Markdown:
    """The ``n`` most named actors with their mentions, and the words they are named with."""
    frame = actors.frame
    if frame.empty:
        return bullets(["No actor in `data/lexicons/actors.yml` is named in this report."])
    top = frame.head(n)
    most = [
        f"{text(row['actor'])} ({plural(int(row['count']), 'mention')}, "
        f"{row['per_1000']:.1f} per 1,000 words)"
        for _, row in top.iterrows()
    ]
    spellings = [f"{text(row['actor'])}: {text(row['as written'])}" for _, row in top.iterrows()]
    return bullets(
        [
            f"Most named: {'; '.join(most)}.",
            f"Named in all: {plural(actors.values['n_actors'], 'actor')}, "
            f"{plural(actors.values['n_mentions'], 'mention')}.",
            f"The words used for them: {'; '.join(spellings)}.",
            "The sentences quoted under the chart name each of them most often.",
        ]
    )


def label_pointers(labels: Section) -> Markdown:
    """Labels used only inside quotation marks, only in the journalist's voice, and in both."""
    frame = labels.frame
    if frame.empty:
        return bullets(["No label in `data/lexicons/labels.yml` occurs in this report."])

    def uses(rows: pd.DataFrame, column: str) -> str:
        items = [f"*{text(r['label'])}* ({r[column]:,})" for _, r in rows.iterrows()]
        return listing(items)

    quoted_only = frame[(frame["quoted"] > 0) & (frame["journalist"] == 0)]
    journalist_only = frame[(frame["journalist"] > 0) & (frame["quoted"] == 0)]
    both = frame[(frame["journalist"] > 0) & (frame["quoted"] > 0)]
    points = [
        f"Only inside quotation marks: {uses(quoted_only, 'quoted')}."
        if len(quoted_only)
        else "No label occurs only inside quotation marks.",
        f"Only in the journalist's voice: {uses(journalist_only, 'journalist')}."
        if len(journalist_only)
        else "No label occurs only in the journalist's voice.",
    ]
    if len(both):
        points.append(f"In both voices: {uses(both, 'total')}.")
    top = frame.iloc[0]
    points.append(f"Most used: *{text(top['label'])}* ({plural(int(top['total']), 'use')}).")
    return bullets(points)


def speaker_pointers(statements: Section, n: int = 3) -> Markdown:
    """The speakers given the most attributed words, and the reporting verbs by class.

    A speaker is the actor a statement is attributed to, else whom it refers to as written.
    """
    frame = statements.frame
    if frame.empty:
        return bullets(["The sourcing step finds no attributed statement in this report."])
    names = load_actors().table().set_index("id")["name"]
    who = (
        frame["speaker_actor_id"]
        .map(names)
        .fillna(frame["speaker_ref"])
        .fillna(frame["speaker"])
        .fillna("(no speaker)")
    )
    words = (
        frame.assign(who=who)
        .groupby("who")
        .agg(words=("content_words", "sum"), statements=("who", "size"))
        .sort_values(["words", "statements"], ascending=False)
    )
    most = [
        f"{text(name)} ({plural(int(row.words), 'word')} in "
        f"{plural(int(row.statements), 'statement')})"
        for name, row in words.head(n).iterrows()
    ]
    classes = frame["verb_class"].value_counts()
    by_class = "; ".join(f"{text(name)} {count:,}" for name, count in classes.items())
    v = statements.values
    return bullets(
        [
            f"Given the most words: {'; '.join(most)}.",
            f"Direct quotations: {v['n_direct']:,} of "
            f"{plural(v['n_statements'], 'statement')}; anonymous sources: "
            f"{v['share_anonymous']:.0%} of them.",
            f"Reporting verbs by class: {by_class}.",
        ]
    )


def tone_pointers(extremes: Section, masking: Section) -> Markdown:
    """Each tool's most negative sentence and the words it scored, and what masking moved."""
    lows = extremes.frame[extremes.frame["end"] == "most negative"]
    points = [
        f"The most negative sentence for {row['tool']}: sentence {int(row['sent_id'])} "
        f"({row['score']:+.2f}; words scored: {text(row['words'] or 'none')}): "
        f"{quoted(str(row['sentence']))}"
        for _, row in lows.iterrows()
    ]
    same = lows["sent_id"].nunique() == 1
    points.append(
        "The two tools give their lowest score to the same sentence."
        if same
        else "The two tools give their lowest score to different sentences."
    )
    changed = masking.values["n_changed"]
    moved = f"Sentences whose score changes when actor names are masked: {changed:,}"
    if changed:
        before = masking.values["most_moved_vader"]
        after = masking.values["most_moved_vader_masked"]
        moved += f"; the largest VADER change is from {before:+.2f} to {after:+.2f}"
    points.append(f"{moved}.")
    return bullets(points)


def frame_pointers(art: ArticleView, frames: Section) -> Markdown:
    """The frame with the most hits per 1,000 words, and its first hit in the sentence that
    holds most of its hits (the first such sentence on a tie), in context."""
    top = frames.frame.iloc[0]
    if top["hits"] == 0:
        return bullets(["No indicator of any frame in `data/lexicons/frames.yml` matches."])
    hits = art.frames[art.frames["frame"] == top["frame"]]
    per_sentence = hits.groupby("sent_id").size()
    busiest = int(per_sentence.idxmax())
    best = hits[hits["sent_id"] == busiest].sort_values("start", kind="stable").iloc[0]
    left, match, right = (text(spaced(best[part])) for part in ("left", "match", "right"))
    context = f"…{left}**{match}**{right}…"
    zero = frames.frame.loc[frames.frame["hits"] == 0, "frame_name"].tolist()
    points = [
        f"Most hits per 1,000 words: *{text(top['frame_name'])}*, {top['per_1000']:.1f} "
        f"({plural(int(top['hits']), 'hit')}, in {top['share']:.0%} of the sentences).",
        f"The sentence with most of its hits: sentence {busiest} "
        f"({plural(int(per_sentence.max()), 'hit')}): {context}",
    ]
    if zero:
        points.append(f"No hit: {listing([f'*{text(name)}*' for name in zero])}.")
    return bullets(points)


def limit_pointers(
    art: ArticleView, tone: Section, statements: Section, frames: Section
) -> Markdown:
    """Where this report meets the limits of the counts: unscored sentences, speech without
    quotation marks, frames with no hit, and whether people's readings of it are recorded."""
    n_sentences = len(art.sentences)
    unquoted = int((statements.frame["kind"] != "direct").sum()) if len(statements.frame) else 0
    coded = art.id in evaluate.load_frame_coding().answers
    annotated = art.id in set(evaluate.load_annotations()["article_id"])
    recorded = [
        name
        for name, present in (("actor mentions", annotated), ("generic frames", coded))
        if present
    ]
    return bullets(
        [
            f"Sentences with no word of TextBlob's lexicon, scored exactly 0: "
            f"{tone.values['n_no_tb_word']:,} of {n_sentences:,}.",
            f"Statements reported without quotation marks: {unquoted:,}; the labels in them "
            "count as the journalist's voice.",
            f"Frames with no hit: {frames.values['n_frames_zero']:,}; a frame carried by ideas "
            "instead of listed words has none either.",
            f"Readings of this report by people, recorded in `data/annotations`: "
            f"{', '.join(recorded)}."
            if recorded
            else "Readings of this report by people, recorded in `data/annotations`: none, so "
            "the numbers here are not measured against one.",
        ]
    )
