"""The article, who appears in it, how groups are named and who speaks: the sections of an
article chapter before its tone and frames.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import altair as alt
import pandas as pd
from IPython.display import HTML

from newsframes.analysers.actors import load_actors
from newsframes.analysers.labels import load_labels
from newsframes.book import charts
from newsframes.book.chapters import ArticleView, plain
from newsframes.book.sections.base import COLOUR_TITLES, Section, quote

# --------------------------------------------------------------------------- the article

# Heading -> fact, in order: the rows of the facts table.
FACT_ROWS: Mapping[str, str] = {
    "outlet": "outlet",
    "country": "outlet_country",
    "date": "date",
    "precision": "date_precision",
    "basis": "date_basis",
    "how the date is known": "date_note",
    "byline": "byline",
    "translated by": "translated_by",
    "source file": "source_file",
    "words after cleaning": "n_words",
}
# The same facts with the kind of outlet instead of the source file.
FACT_ROWS_WITH_OUTLET_TYPE: Mapping[str, str] = {
    "outlet": "outlet",
    "country": "outlet_country",
    "type": "outlet_type",
    "date": "date",
    "date precision": "date_precision",
    "date basis": "date_basis",
    "how the date is known": "date_note",
    "byline": "byline",
    "translated by": "translated_by",
    "words after cleaning": "n_words",
}


def _date_in_words(date: str, precision: str) -> str:
    """ "20 January 2014", "October 2016" or "2011", as precise as the metadata says."""
    when = pd.Timestamp(date)
    if precision == "day":
        return f"{when.day} {when:%B %Y}"
    return f"{when:%B %Y}" if precision == "month" else f"{when:%Y}"


def facts(art: ArticleView, rows: Mapping[str, str] | Sequence[str] = FACT_ROWS) -> Section:
    """The article's metadata as a field/value table; a missing byline reads "not given".

    ``rows`` maps headings to metadata fields (or lists fields, shown under their own
    names). Values: the metadata the prose quotes, and the article's length.
    """
    meta = art.meta
    fact = {key: meta[key] for key in meta.index if key not in ("text", "raw_text", "removed")}
    fact["byline"] = meta["byline"] if pd.notna(meta["byline"]) else "not given"
    fact["translated_by"] = meta["translated_by"] if pd.notna(meta["translated_by"]) else "none"
    fact["n_words"] = f"{art.n_words:,}"
    chosen = rows if isinstance(rows, Mapping) else {key: key for key in rows}
    frame = pd.DataFrame(
        {"field": list(chosen), "value": [str(fact[key]) for key in chosen.values()]}
    )
    values: dict[str, Any] = {
        key: plain(fact[key]) for key in ("outlet", "byline", "translated_by")
    } | {
        "date": plain(meta["date"]),
        "date_in_words": plain(_date_in_words(str(meta["date"]), str(meta["date_precision"]))),
        "precision": plain(meta["date_precision"]),
        "basis": plain(meta["date_basis"]),
        "n_words": art.n_words,
        "n_sentences": len(art.sentences),
    }
    return Section(frame, values, {"field": "field", "value": "value"})


def removed(art: ArticleView) -> Section:
    """What cleaning removed from the raw file: rule, position in the raw text, text."""
    spans = pd.DataFrame(art.meta["removed"], columns=["rule", "start", "end", "text"])
    frame = spans.assign(text=spans["text"].str.strip())
    headings = {"rule": "rule", "start": "start", "end": "end", "text": "removed text"}
    return Section(frame, {"n_removed": len(frame)}, headings)


# --------------------------------------------------------------------------- who appears


def actors(art: ArticleView) -> Section:
    """Each actor named: name, type, side, mentions, per 1,000 words and the words used.

    Sorted by mentions, then name. Values: mentions, actors, and the two most named.
    """
    lexicon = load_actors().table().set_index("id")
    ids = art.actor_counts["actor_id"]
    written = art.mentions.groupby("actor_id")["surface"].unique().map("; ".join)
    frame = (
        art.actor_counts.assign(
            actor=ids.map(lexicon["name"]),
            type=ids.map(lexicon["type"]),
            side=ids.map(lexicon["side"]).fillna("none"),
            **{"as written": ids.map(written)},
        )
        .sort_values(["count", "actor"], ascending=[False, True])
        .reset_index(drop=True)
    )
    values: dict[str, Any] = {"n_mentions": len(art.mentions), "n_actors": len(frame)}
    for rank, (_, row) in zip(("top", "second"), frame.head(2).iterrows(), strict=False):
        values[f"{rank}_actor"] = plain(row["actor"])
        values[f"{rank}_count"] = int(row["count"])
    headings = {
        "actor": "actor",
        "actor_id": "id",
        "type": "type",
        "side": "side",
        "count": "mentions",
        "per_1000": "per 1,000 words",
        "as written": "as written",
    }
    return Section(frame, values, headings, {"per_1000": "{:.1f}"})


def actors_chart(
    section: Section, title: str, *, color: str | None = "side", **options: Any
) -> alt.Chart:
    """Mentions per 1,000 words by actor, coloured by ``color`` (``None``: one colour)."""
    settings: dict[str, Any] = {
        "x_title": "Mentions per 1,000 words",
        "y_title": "Actor",
        "tooltip": ["actor", "type", "side", "count", "per_1000"],
    }
    if color is not None:
        settings |= {"color": color, "color_title": COLOUR_TITLES.get(color, color)}
    return charts.bar(section.frame, x="per_1000", y="actor", title=title, **settings | options)


def busiest_sentences(art: ArticleView, section: Section, n: int = 3) -> list[HTML]:
    """For each of the ``n`` most named actors, the sentence that names it most often."""
    top = section.frame.head(n)
    names = top.set_index("actor_id")["actor"]
    per_sentence = (
        art.mentions[art.mentions["actor_id"].isin(names.index)]
        .groupby(["actor_id", "sent_id"])
        .size()
        .rename("n")
        .reset_index()
        .sort_values(["n", "sent_id"], ascending=[False, True])
        .drop_duplicates("actor_id")
        .set_index("actor_id")
        .loc[names.index]
    )
    return [
        quote(art, int(row["sent_id"]), note=f"{row['n']} mention(s) of {names[str(actor_id)]}")
        for actor_id, row in per_sentence.iterrows()
    ]


# --------------------------------------------------------------------------- how groups are named


def labels(art: ArticleView) -> Section:
    """Every label in reading order. Values: labels, and labels inside quotation marks."""
    values = {
        "n_labels": len(art.labels),
        "n_quoted_labels": int((art.labels["voice"] == "quoted").sum()),
    }
    headings = {
        "sent_id": "sentence",
        "surface": "words",
        "label": "label",
        "category": "category",
        "voice": "voice",
    }
    return Section(art.labels, values, headings)


def labels_by_voice(art: ArticleView) -> Section:
    """Each label's uses in the journalist's voice and inside quotation marks."""
    frame = (
        art.labels.groupby(["label", "category", "voice"])
        .size()
        .unstack("voice", fill_value=0)
        .reindex(columns=["journalist", "quoted"], fill_value=0)
        .assign(total=lambda t: t["journalist"] + t["quoted"])
        .sort_values(["total", "journalist"], ascending=False)
        .reset_index()
    )
    values = {"n_labels": int(frame["total"].sum()), "n_label_kinds": len(frame)}
    headings = {
        "label": "label",
        "category": "category",
        "journalist": "journalist's voice",
        "quoted": "inside quotation marks",
        "total": "total",
    }
    return Section(frame, values, headings)


def label_uses(art: ArticleView) -> Section:
    """Uses of each label by category, usual side and voice, with the lexicon's note on it."""
    notes = {e.label: e.note for e in load_labels().entries.values()}
    frame = (
        art.labels.groupby(["label", "category", "side", "voice"], as_index=False)
        .size()
        .rename(columns={"size": "n"})
        .sort_values(["n", "label"], ascending=[False, True])
        .assign(note=lambda t: t["label"].map(notes))
    )
    headings = {
        "label": "label",
        "n": "uses",
        "category": "category",
        "side": "usual side",
        "voice": "voice",
        "note": "connotation (lexicon note)",
    }
    return Section(frame, {}, headings)


def labels_chart(art: ArticleView, title: str, *, by: str = "voice", **options: Any) -> alt.Chart:
    """Occurrences of each label, the bars split by ``by`` (voice or category)."""
    counts = art.labels.groupby(["label", by]).size().rename("n").reset_index()
    settings = {
        "x_title": "Occurrences",
        "y_title": "Label",
        "color": by,
        "color_title": COLOUR_TITLES.get(by, by),
    }
    return charts.bar(counts, x="n", y="label", title=title, **settings | options)


def label_uses_chart(section: Section, title: str, **options: Any) -> alt.Chart:
    """The uses of :func:`label_uses` as bars coloured by category, the note in the tooltip."""
    settings = {
        "x_title": "Uses",
        "y_title": "Label",
        "color": "category",
        "color_title": "Category",
        "tooltip": ["label", "category", "side", "n", "note"],
    }
    return charts.bar(section.frame, x="n", y="label", title=title, **settings | options)


# --------------------------------------------------------------------------- who speaks


def statements(art: ArticleView, opening: int = 60) -> Section:
    """Every attributed statement: speaker, what it refers to, kind, reporting verb and class.

    ``opening`` is how many characters of the attributed words to show. Values: the
    article's sourcing summary (statements, shares by source, quoted words), the number of
    marked (not neutral) verbs and each verb's count (``n_verb_<lemma>``).
    """
    quotes = art.quotes
    verb = quotes["verb"].fillna("(none)")
    verb_class = quotes["verb_class"].fillna("(none)")
    frame = quotes.assign(
        opening=[
            art.text[s:e][:opening] + ("…" if e - s > opening else "")
            for s, e in zip(quotes["start"], quotes["end"], strict=True)
        ],
        verb=verb,
        verb_class=verb_class,
        sentence=quotes["sent_id"].map(art.sentence),
        **{"verb (class)": verb + " (" + verb_class + ")"},
    )
    summary = art.sourcing_summary.iloc[0]
    values: dict[str, Any] = {
        name: int(summary[name]) for name in ("n_statements", "n_direct", "n_floating")
    }
    for name in ("share_anonymous", "share_named", "share_distancing"):
        values[name] = float(summary[name])
    values["quoted_words"] = int(summary["quoted_words"])
    values["quoted_share"] = float(summary["quoted_words"] / art.n_words)
    # how often each verb reports, and how many verbs are marked (not neutral), for the prose
    values["n_marked"] = int(
        (quotes["verb_class"].notna() & (quotes["verb_class"] != "neutral")).sum()
    )
    values |= {f"n_verb_{v}": int(n) for v, n in quotes["verb"].dropna().value_counts().items()}
    headings = {
        "sent_id": "sentence",
        "speaker": "speaker as written",
        "speaker_ref": "refers to",
        "speaker_class": "speaker class",
        "referent_class": "source type",
        "kind": "kind",
        "verb": "verb",
        "verb_class": "verb class",
        "verb (class)": "verb (class)",
        "opening": "what is attributed (opening)",
        "content_words": "words",
        "sentence": "sentence",
    }
    return Section(frame, values, headings)


def verbs_chart(section: Section, title: str, **options: Any) -> alt.Chart:
    """Attributed statements by reporting verb, coloured by the verb's epistemic class."""
    verbs = section.frame.groupby(["verb", "verb_class"]).size().rename("n").reset_index()
    settings = {
        "x_title": "Attributed statements",
        "y_title": "Reporting verb (lemma)",
        "color": "verb_class",
        "color_title": "Epistemic class",
    }
    return charts.bar(verbs, x="n", y="verb", title=title, **settings | options)
