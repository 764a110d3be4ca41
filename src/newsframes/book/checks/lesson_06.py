"""Checks for lesson 06, "One outlet against another": word counts, log-odds, a chart of
one's own, and how many distinctive words pass a test."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from newsframes.analysers.compare import distinctive_words, log_odds_dirichlet, word_counts
from newsframes.book import checks
from newsframes.corpus.articles import load_corpus

TOP = 10


def pair_corpus(outlet_a: str, outlet_b: str) -> pd.DataFrame:
    """The articles of the two outlets; an unknown outlet name is an error that lists the names."""
    corpus = load_corpus()
    known = set(corpus["outlet"])
    for name in (outlet_a, outlet_b):
        if name not in known:
            raise ValueError(f"no outlet {name!r}; choose from {', '.join(sorted(known))}")
    return corpus[corpus["outlet"].isin([outlet_a, outlet_b])]


def pair_counts(outlet_a: str, outlet_b: str) -> pd.DataFrame:
    """Word counts per outlet, stopwords removed."""
    return word_counts(pair_corpus(outlet_a, outlet_b), "outlet", stopwords=True)


@checks.guarded
def check_counts(counts: Any, outlet_a: str, outlet_b: str) -> checks.Result:
    """The word-count table of the two outlets (stopwords removed)."""
    problem = checks.frame_columns(counts, ["group", "word", "count"], "`counts`")
    if problem is not None:
        return problem
    expected = pair_counts(outlet_a, outlet_b)
    groups = set(counts["group"])
    if groups != {outlet_a, outlet_b}:
        return checks.wrong(
            f"`counts` has the groups {sorted(map(str, groups))}; it should have your two "
            'outlets. Pass the pair of articles and group by "outlet".'
        )
    got = counts.groupby("group")["count"].sum()
    want = expected.groupby("group")["count"].sum()
    for name in (outlet_a, outlet_b):
        if int(got[name]) != int(want[name]):
            return checks.wrong(
                f"{name} has {int(got[name])} counted words, not {int(want[name])}. "
                "Did you pass stopwords=True?"
            )
    want_rows = expected.set_index(["group", "word"])["count"]
    got_rows = counts.groupby(["group", "word"])["count"].sum()
    same_words = set(got_rows.index) == set(want_rows.index)
    if not same_words or (got_rows.reindex(want_rows.index) != want_rows).any():
        return checks.wrong(
            "the totals are right but some words or counts differ. Use "
            'compare.word_counts(pair, "outlet", stopwords=True) as it is.'
        )
    return checks.correct(f"{len(expected)} (outlet, word) rows.")


def top_words(outlet_a: str, outlet_b: str, top: int = TOP) -> pd.DataFrame:
    """Outlet A's words ranked by log-odds z (highest first), as many as ``top``."""
    scores = log_odds_dirichlet(pair_counts(outlet_a, outlet_b))
    mine = scores[scores["group"] == outlet_a].sort_values(["z", "word"], ascending=[False, True])
    return mine.head(top)


@checks.guarded
def check_top_words(top_a: Any, outlet_a: str, outlet_b: str) -> checks.Result:
    """Outlet A's ten most distinctive words; ties at the cut-off may go either way."""
    if isinstance(top_a, str) or not hasattr(top_a, "__iter__"):
        return checks.wrong("`top_a` should be a list of words, e.g. table['word'].tolist().")
    words = [str(w) for w in top_a]
    if len(words) != TOP or len(set(words)) != TOP:
        return checks.wrong(f"`top_a` should hold {TOP} different words, not {len(words)}.")
    scores = log_odds_dirichlet(pair_counts(outlet_a, outlet_b))
    mine = scores[scores["group"] == outlet_a].set_index("word")["z"]
    cut = float(top_words(outlet_a, outlet_b)["z"].min())
    unknown = [w for w in words if w not in mine.index]
    if unknown:
        return checks.wrong(
            f"{unknown[0]!r} is not a word {outlet_a} uses. Keep the rows of group {outlet_a!r}."
        )
    # the slips are sorted as a student's own code sorts them (numpy's default sort, whose order
    # of ties depends on the machine): the same ties fall at the cut-off as in their table
    by_count = scores[scores["group"] == outlet_a].sort_values("count", ascending=False)
    slips = [
        (
            set(top_words(outlet_b, outlet_a)["word"]),
            f"those are {outlet_b}'s top words. Keep the rows of group {outlet_a!r}.",
        ),
        (
            set(by_count["word"].head(TOP)),
            "those are the most frequent words (sorted by `count`). Sort by `z`: frequent "
            "and lopsided.",
        ),
        (
            set(mine.sort_values().index[:TOP]),
            "those are the LEAST distinctive words. Sort by z from highest to lowest "
            "(ascending=False).",
        ),
    ]
    mistake = checks.known_mistake(set(words), set(top_words(outlet_a, outlet_b)["word"]), slips)
    if mistake is not None and not all(mine[w] >= cut - 1e-9 for w in words):
        return mistake
    low = [w for w in words if mine[w] < cut - 1e-9]
    if low:
        return checks.wrong(
            f"{low[0]!r} is not among the top {TOP} of {outlet_a}. Sort by z, highest first "
            "(ascending=False), and keep the first ten."
        )
    return checks.correct(f"{outlet_a}'s top words, from {words[0]!r} on.")


def _field(channel: Any) -> str:
    """The field an encoding channel shows ("z" for ``alt.X("z:Q")``), or ''."""
    if isinstance(channel, dict):
        return str(channel.get("field", ""))
    return ""


def _axes_problem(spec: Any) -> checks.Result | None:
    """``None`` if the chart shows z on the x axis and the words on the y axis."""
    parts = [spec, *spec.get("layer", [])]
    encodings = [part.get("encoding", {}) for part in parts]
    fields = [(_field(enc.get("x")), _field(enc.get("y"))) for enc in encodings]
    if any(x == "z" and y == "word" for x, y in fields):
        return None
    if any(x == "word" and y == "z" for x, y in fields):
        return checks.wrong(
            'the axes are swapped. Put z on the x axis, alt.X("z:Q", ...), and the words on '
            'the y axis, alt.Y("word:N", ...): long words read best down the side.'
        )
    x_fields = sorted({x for x, _ in fields if x})
    shown = x_fields[0] if x_fields else "nothing"
    return checks.wrong(
        f'the x axis shows {shown}. Put the z-score on it, alt.X("z:Q", ...), and the words '
        'on the y axis, alt.Y("word:N", ...).'
    )


def _titles(spec: Any) -> tuple[bool, bool, bool]:
    """Whether a chart spec (or any of its layers) has a title, an x title and a y title."""
    title = spec.get("title")
    has_title = bool(title.get("text") if isinstance(title, dict) else title)
    x_title = y_title = False
    parts = [spec, *spec.get("layer", []), *spec.get("hconcat", []), *spec.get("vconcat", [])]
    for part in parts:
        enc = part.get("encoding", {})
        x_title |= bool(enc.get("x", {}).get("title"))
        y_title |= bool(enc.get("y", {}).get("title"))
        sub = part.get("title")
        has_title |= part is not spec and bool(sub.get("text") if isinstance(sub, dict) else sub)
    return has_title, x_title, y_title


@checks.guarded
def check_chart(chart: Any) -> checks.Result:
    """An Altair chart with a title and a title on each axis."""
    if not isinstance(chart, alt.TopLevelMixin):
        return checks.wrong(
            f"`chart` should be an Altair chart (alt.Chart(...)...), not {type(chart).__name__}."
        )
    spec = chart.to_dict()
    problem = _axes_problem(spec)
    if problem is not None:
        return problem
    data = getattr(chart, "data", None)
    if isinstance(data, pd.DataFrame) and len(data) != TOP:
        return checks.wrong(
            f"the chart draws {len(data)} rows. Draw the {TOP} words of `top`: alt.Chart(top)."
        )
    has_title, x_title, y_title = _titles(spec)
    if not has_title:
        return checks.wrong('the chart has no title. Add .properties(title="...").')
    if not x_title:
        return checks.wrong('the x axis has no title. Use alt.X("z:Q", title="...").')
    if not y_title:
        return checks.wrong('the y axis has no title. Use alt.Y("word:N", title="...").')
    return checks.correct("a titled chart with titled axes.")


def n_significant(outlet_a: str, outlet_b: str, top: int = 15) -> int:
    """How many of outlet A's ``top`` distinctive words have a G² p-value below 0.05."""
    table = distinctive_words(pair_corpus(outlet_a, outlet_b), "outlet", top=top)
    mine = table[table["group"] == outlet_a]
    return int((mine["p_value"] < 0.05).sum())


@checks.guarded
def check_n_significant(n_sig: Any, outlet_a: str, outlet_b: str) -> checks.Result:
    """How many of outlet A's 15 distinctive words pass p < 0.05 (G²)."""
    expected = n_significant(outlet_a, outlet_b)
    table = distinctive_words(pair_corpus(outlet_a, outlet_b), "outlet")
    mine = table[table["group"] == outlet_a]
    mistake = checks.known_mistake(
        n_sig,
        expected,
        [
            (
                int((table["p_value"] < 0.05).sum()),
                f"that counts the words of both outlets. Keep the rows of {outlet_a!r} first.",
            ),
            (
                len(mine),
                f"that counts all of {outlet_a}'s words in the table. Keep those with "
                "p_value < 0.05.",
            ),
            (
                int((mine["p_value"] >= 0.05).sum()),
                "that counts the words that do NOT pass. Keep p_value < 0.05.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_sig,
        expected,
        f"the number of {outlet_a}'s 15 words with p < 0.05",
        'Use compare.distinctive_words(pair, "outlet"), keep your outlet\'s rows, and count '
        "p_value < 0.05.",
    )
