"""An instructor adds an article: the book counts it everywhere, and any corpus size works.

The README's steps, followed in a copy of the project (the ``book_copy`` fixture of
conftest.py: write ``data/articles/<id>.md``, validate, make the chapter, build): the build
passes with no warning, and the comparison pages show the added report next to the five
book reports. A second, fast set of tests runs the package functions the comparison and
validation chapters call on a corpus folder of one article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from test_chapter_template import ARTICLE_ID

from newsframes import evaluate
from newsframes.analysers import compare, framing, sentiment
from newsframes.analysers.actors import actor_counts
from newsframes.analysers.labels import label_shares
from newsframes.book import charts
from newsframes.corpus import load_corpus
from newsframes.pipeline import Analysis, analyze

from .conftest import GROUP, BookCopy, build_problems

pytestmark = GROUP
ROOT = Path(__file__).resolve().parents[2]

ADDED_REPORT = "Example Daily (2013)"  # as the comparison chapters label it: outlet (year)
NEW_ID = "testwire-2013-border-crossing"
NEW_REPORT = "Test Wire (2013)"
# Written for these tests (no outside text): a short report that names a few actors of the
# gazetteer, uses labels and attributes statements, as an instructor's article would.
NEW_ARTICLE = """---
id: testwire-2013-border-crossing
title: "[Army defectors cross into Jordan at night]"
outlet: Test Wire
outlet_country: United Kingdom
outlet_type: online
date: "2013-03-14"
date_precision: day
date_basis: stated
date_note: The dateline of the first line reads "14 March 2013".
byline: null
translated_by: null
language: en
url: null
rights: >-
  Written for the Crossing Lines test suite; no outside text. Free to reuse.
---
Amman, 14 March 2013
Eleven soldiers of the Syrian army crossed into Jordan before dawn on Thursday, walking \
through olive groves near Deraa while shells fell on the villages behind them.
The men said they had refused orders to fire on a funeral procession and had hidden for \
four days with the help of local farmers.
"We were told the protesters were terrorists, but they were our neighbours," said one of \
the defectors, a sergeant who asked not to be named.
Jordanian border guards gave them water and blankets and drove them to a camp run with \
the United Nations, where more than a thousand families arrived last week alone.
A spokesman for the Free Syrian Army claimed that the group now controlled much of the \
border strip and that its fighters had escorted the soldiers to the fence.
The government of Bashar al-Assad did not comment, but Syrian state media described the \
men as deserters paid by Qatar and Saudi Arabia.
Aid workers warned that the camp could not feed the new arrivals if the fighting spread \
south, and that many civilians were still trapped on the Syrian side.
"""

COMPARISONS = ["actors", "naming", "voices", "tone", "frames", "words", "timeline"]
# The pages that glue the number of reports into their prose, and the words after it.
GLUED_COUNTS = {
    "book/articles.html": "reports from outlets",
    "book/cmp-actors.html": "reports side by side",
    "book/cmp-naming.html": "reports. Per 1,000 words",
    "book/cmp-voices.html": "reports. Per report",
    "book/cmp-tone.html": "reports as clearly negative",
    "book/cmp-words.html": "reports",
}


# --------------------------------------------------------------------------- the whole book


def glued_number(page: str, words_after: str) -> int:
    """The glued number just before ``words_after`` on a built page."""
    span = r'<span class="pasted-text">(\d+)</span>'
    match = re.search(span + r"\s+" + r"\s+".join(map(re.escape, words_after.split())), page)
    assert match, f"no glued number before {words_after!r}"
    return int(match.group(1))


@pytest.fixture(scope="module")
def built(book_copy: BookCopy) -> Path:
    """The copy's built site, after validate said it holds six articles."""
    assert book_copy.steps["validate"].output.startswith("OK: 6 articles")
    log = book_copy.steps["book"].output
    assert not build_problems(log), "\n".join(build_problems(log))
    assert "build succeeded" in log and "warning" not in log.split("build succeeded")[-1]
    return book_copy.site


def test_the_book_builds_with_an_added_article_and_no_warning(built: Path) -> None:
    assert (built / "book" / "validation.html").is_file()


def test_every_comparison_shows_the_added_report(built: Path) -> None:
    """In a chart's data (the spec the page draws), or on the words page in its table."""
    in_chart = re.compile(r'"report":\s*"[^"]*Example Daily')
    for name in COMPARISONS:
        page = (built / "book" / f"cmp-{name}.html").read_text(encoding="utf-8")
        if name == "words":  # its charts are the five book reports' own, one by one
            assert f">{ADDED_REPORT}</td>" in page
        else:
            assert in_chart.search(page), f"cmp-{name}: no chart has the added report"


def test_the_glued_counts_are_six(built: Path) -> None:
    for page_name, words_after in GLUED_COUNTS.items():
        page = (built / page_name).read_text(encoding="utf-8")
        assert glued_number(page, words_after) == 6, page_name
    index = (built / "book" / "index.html").read_text(encoding="utf-8")
    assert glued_number(index, "of them") == 6


def test_validation_measures_the_annotated_reports_and_names_the_added_one(
    built: Path,
) -> None:
    page = (built / "book" / "validation.html").read_text(encoding="utf-8")
    assert glued_number(page, "annotated reports") == 5
    note = re.search(r"Not measured here, because no one has annotated them: ([^<]*)", page)
    assert note, "the validation chapter does not name the unannotated article"
    assert ARTICLE_ID in note.group(1) and "no actor mentions" in note.group(1)
    glued = json.loads(
        (built.parent / "jupyter_execute" / "book" / "validation.glue.json").read_text("utf-8")
    )
    coverage = glued["val_coverage"]["data"]["text/markdown"]
    assert "not in this corpus" not in coverage  # the five annotated reports are all there
    frames = (built / "book" / "cmp-frames.html").read_text(encoding="utf-8")
    assert re.search(r"Not coded, so not compared: Example Daily \(2013\)\.", frames)


# --------------------------------------------------------------------------- one article


def one_article(folder: Path, text: str, name: str) -> tuple[pd.DataFrame, Analysis]:
    (folder / f"{name}.md").write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    assert len(corpus) == 1
    return corpus, analyze(corpus)


@pytest.fixture(scope="module")
def added_alone(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, Analysis]:
    return one_article(tmp_path_factory.mktemp("one"), NEW_ARTICLE, NEW_ID)


def test_comparison_helpers_take_one_article(
    added_alone: tuple[pd.DataFrame, Analysis],
) -> None:
    corpus, a = added_alone
    n_words = a.articles.set_index("id")["n_words"]
    counts = actor_counts(a.mentions, n_words)
    assert set(counts["article_id"]) == {NEW_ID}
    assert {"free_syrian_army", "bashar_al_assad", "united_nations"} <= set(counts["actor_id"])
    assert set(label_shares(a.labels)["article_id"]) == {NEW_ID}
    assert set(a.summaries["frame_scores"]["article_id"]) == {NEW_ID}
    # One report alone has nothing to be distinctive against: no word, no warning, and an
    # undefined Log Ratio (pytest turns warnings into errors, as the book build does).
    assert compare.distinctive_words(corpus, "id", top=5).empty
    ratios = compare.g2_log_ratio(compare.word_counts(corpus, "id"), "group")
    assert len(ratios) and ratios["log_ratio"].isna().all()
    agree = sentiment.textblob_vader_agreement(a.sentiment)
    assert list(agree["article_id"]) == [NEW_ID, "(all)"]
    segments = sentiment.score_segments(
        str(corpus["text"].iloc[0]), sentences=a.sentences, mentions=a.mentions, scored=a.sentiment
    ).assign(article_id=NEW_ID)
    assert set(sentiment.voice_sentiment(segments)["voice"]) == {"journalist", "quoted"}
    assert len(framing.kwic(a.frames)) == len(a.frames)


def test_charts_take_one_report_and_many(added_alone: tuple[pd.DataFrame, Analysis]) -> None:
    _, a = added_alone
    n_words = a.articles.set_index("id")["n_words"]
    counts = actor_counts(a.mentions, n_words).assign(report=NEW_REPORT)
    chart = charts.heatmap(
        counts, x="report", y="actor_id", value="per_1000", title="t", x_title="x",
        y_title="y", value_title="v",
    ).properties(width=charts.band_width(1))  # fmt: skip
    spec = chart.to_dict()
    assert spec["width"] == 380 and {r["report"] for r in spec["datasets"].popitem()[1]} == {
        NEW_REPORT
    }
    assert charts.band_width(5) == 380  # the five book reports: as wide as before
    assert charts.band_width(40) == 40 * 30  # many reports: each column keeps 30 pixels
    assert charts.band_width(3, width=300) == 300


def test_colours_stay_distinct_for_any_number_of_categories() -> None:
    """Up to eight categories take the book's palette; more take a scheme of twenty colours."""

    def scale(n: int) -> dict[str, object]:
        df = pd.DataFrame({"report": ["r"] * n, "label": [f"l{i}" for i in range(n)], "n": 1})
        spec = charts.bar(
            df, x="n", y="report", color="label", title="t", x_title="x", y_title="y"
        ).to_dict()
        return dict(spec["encoding"]["color"].get("scale", {}))

    assert scale(len(charts.OKABE_ITO)) == {}  # the theme's palette, as for the five reports
    assert scale(len(charts.OKABE_ITO) + 1) == {"scheme": charts.MANY_CATEGORIES_SCHEME}


def test_validation_names_an_unannotated_article_and_measures_nothing(
    added_alone: tuple[pd.DataFrame, Analysis],
) -> None:
    _, a = added_alone
    result = evaluate.mention_agreement(
        a.mentions, evaluate.load_annotations(), articles=a.articles["id"]
    )
    assert result.unmeasured == (NEW_ID,)
    assert list(result.summary["article_id"].unique()) == ["(all)"]
    assert result.summary["gold"].eq(0).all() and result.errors.empty
    boundaries = evaluate.boundary_agreement(
        a.sentences, evaluate.load_sentence_boundaries(), articles=a.articles["id"]
    )
    assert boundaries.unmeasured == (NEW_ID,)
    frames = evaluate.frame_agreement(a.summaries["frame_scores"])
    assert frames.unmeasured == (NEW_ID,) and frames.table.empty
    coverage = evaluate.reference_coverage(a.articles["id"])
    assert coverage.loc[0, "missing"] == ", ".join(evaluate.REFERENCES)


def test_validation_of_one_book_report_matches_its_row_among_the_five(
    tmp_path: Path, corpus: pd.DataFrame
) -> None:
    """A folder with only the ITV report is measured on it alone, with the same figures."""
    itv = "itv-2014-khateeb"
    raw = (ROOT / "data" / "articles" / f"{itv}.md").read_text(encoding="utf-8")
    _, one = one_article(tmp_path, raw, itv)
    gold = evaluate.load_annotations()
    alone = evaluate.mention_agreement(one.mentions, gold, articles=one.articles["id"])
    five = evaluate.mention_agreement(analyze(corpus).mentions, gold)
    assert alone.unmeasured == () and set(alone.summary["article_id"]) == {itv, "(all)"}
    columns = ["match", "gold", "predicted", "tp", "fp", "fn"]
    among_five = five.summary[five.summary["article_id"] == itv][columns]
    overall = alone.summary[alone.summary["article_id"] == "(all)"][columns]
    pd.testing.assert_frame_equal(overall.reset_index(drop=True), among_five.reset_index(drop=True))
    frames = evaluate.frame_agreement(one.summaries["frame_scores"])
    assert set(frames.table["article_id"]) == {itv} and frames.unmeasured == ()
