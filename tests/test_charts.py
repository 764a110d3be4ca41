"""newsframes.book.charts: one theme; every chart carries a title, tooltips and a description."""

from __future__ import annotations

import os
import sys
from typing import Any

import altair as alt
import pandas as pd
import pytest

from newsframes.book import charts


@pytest.fixture
def counts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["ITV News", "The Guardian", "GlobalPost"],
            "label": ["rebels", "extremists", "protesters"],
            "per_1000": [4.2, 7.5, 1.0],
            "raw_text": ["long text that must not be embedded"] * 3,
        }
    )


@pytest.fixture
def arc_data() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sent_id": [0, 1, 2, 0, 1, 2],
            "polarity": [0.1, -0.4, 0.0, 0.3, 0.2, -0.1],
            "scorer": ["TextBlob"] * 3 + ["VADER"] * 3,
        }
    )


@pytest.fixture
def means() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["ITV News", "The Guardian"],
            "mean": [-0.1, 0.05],
            "lo": [-0.2, -0.02],
            "hi": [0.0, 0.12],
            "scorer": ["VADER", "VADER"],
        }
    )


@pytest.fixture
def zscores() -> pd.DataFrame:
    return pd.DataFrame({"word": ["regime", "militants", "defectors"], "z": [-2.5, 3.1, 0.4]})


def all_charts(
    counts: pd.DataFrame, arc_data: pd.DataFrame, means: pd.DataFrame, zscores: pd.DataFrame
) -> dict[str, Any]:
    return {
        "bar": charts.bar(counts, "per_1000", "outlet", "Labels", "Per 1,000 words", "Outlet"),
        "heatmap": charts.heatmap(
            counts, "label", "outlet", "per_1000", "Labels", "Label", "Outlet", "Per 1,000 words"
        ),
        "arc": charts.arc(
            arc_data, "sent_id", "polarity", "scorer", "Tone", "Sentence", "Polarity", "Scorer"
        ),
        "dot_ci": charts.dot_ci(
            means, "mean", "lo", "hi", "outlet", "Mean tone", "Mean polarity", "Outlet"
        ),
        "diverging_bar": charts.diverging_bar(
            zscores,
            "z",
            "word",
            "Distinctive words",
            "z-score",
            "Word",
            negative_label="ITV News",
            positive_label="FAN",
        ),
    }


@pytest.fixture
def specs(
    counts: pd.DataFrame, arc_data: pd.DataFrame, means: pd.DataFrame, zscores: pd.DataFrame
) -> dict[str, dict[str, Any]]:
    return {
        name: chart.to_dict()
        for name, chart in all_charts(counts, arc_data, means, zscores).items()
    }


def encodings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The encoding blocks of a single or layered spec."""
    if "layer" in spec:
        return [layer.get("encoding", {}) for layer in spec["layer"]] + [spec.get("encoding", {})]
    return [spec["encoding"]]


def test_every_chart_has_title_description_and_embed_options(specs: dict[str, Any]) -> None:
    for name, spec in specs.items():
        assert spec["title"], name
        # the description becomes the SVG's accessible name (axe-core: svg-img-alt)
        assert spec["description"].startswith(("Bar", "Heat", "Line", "Dot", "Diverging")), name
        assert spec["title"] in spec["description"], name
        assert spec["usermeta"]["embedOptions"] == {"renderer": "svg", "actions": False}, name


def test_every_positional_axis_has_a_title(specs: dict[str, Any]) -> None:
    for name, spec in specs.items():
        channels = [
            enc[axis]
            for enc in encodings(spec)
            for axis in ("x", "y")
            if "field" in enc.get(axis, {})
        ]
        assert channels, name
        for channel in channels:
            assert channel.get("title"), (name, channel)


def test_every_chart_has_tooltips_with_titles(specs: dict[str, Any]) -> None:
    for name, spec in specs.items():
        tips = [tip for enc in encodings(spec) for tip in enc.get("tooltip", [])]
        assert tips, name
        assert all(tip.get("title") for tip in tips), name


def test_charts_carry_the_theme(specs: dict[str, Any]) -> None:
    assert alt.theme.active == charts.THEME
    for name, spec in specs.items():
        config = spec["config"]
        assert config["range"]["category"] == charts.OKABE_ITO, name
        assert config["font"] == charts.FONT, name
        assert config["title"]["fontSize"] >= 14, name
        assert config["axis"]["labelFontSize"] >= 11, name


def test_palette_is_okabe_ito() -> None:
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    assert okabe_ito <= set(charts.OKABE_ITO)
    assert charts.OKABE_ITO[-1] == "#F0E442", "yellow has least contrast on white: keep it last"


def test_use_theme_restores_the_book_theme() -> None:
    alt.theme.enable("default")
    try:
        assert alt.theme.active == "default"
        charts.use_theme()
        assert alt.theme.active == charts.THEME
    finally:
        charts.use_theme()


def test_bar_with_category_on_y_is_sorted_by_value(specs: dict[str, Any]) -> None:
    encoding = specs["bar"]["encoding"]
    assert encoding["y"]["sort"] == "-x"
    assert encoding["x"]["type"] == "quantitative"
    assert encoding["y"]["type"] == "nominal"


def test_only_the_used_columns_are_embedded(specs: dict[str, Any]) -> None:
    for name, spec in specs.items():
        for rows in spec["datasets"].values():
            assert "raw_text" not in rows[0], name


def test_bar_colour_and_default_tooltip(counts: pd.DataFrame) -> None:
    spec = charts.bar(
        counts, "per_1000", "outlet", "T", "X", "Y", color="label", color_title="Label"
    ).to_dict()
    assert spec["encoding"]["color"] == {"field": "label", "title": "Label", "type": "nominal"}
    assert [t["field"] for t in spec["encoding"]["tooltip"]] == ["outlet", "per_1000", "label"]
    assert "colour: Label" in spec["description"]


def test_diverging_bar_colours_each_side(specs: dict[str, Any]) -> None:
    spec = specs["diverging_bar"]
    scale = spec["encoding"]["color"]["scale"]
    assert scale == {"domain": ["ITV News", "FAN"], "range": [charts.NEGATIVE, charts.POSITIVE]}
    assert spec["transform"][0]["calculate"] == 'datum["z"] < 0 ? "ITV News" : "FAN"'


def test_arc_has_line_points_and_zero_rule(specs: dict[str, Any]) -> None:
    marks = [layer["mark"]["type"] for layer in specs["arc"]["layer"]]
    assert marks == ["rule", "line", "point"]


def test_dot_ci_draws_interval_and_mean(specs: dict[str, Any]) -> None:
    interval, point = specs["dot_ci"]["layer"]
    assert interval["encoding"]["x"]["field"] == "lo"
    assert interval["encoding"]["x2"]["field"] == "hi"
    assert point["encoding"]["x"]["field"] == "mean"


def test_column_names_with_dots_are_escaped() -> None:
    df = pd.DataFrame({"score.mean": [1.0], "outlet": ["a"]})
    spec = charts.bar(df, "score.mean", "outlet", "T", "X", "Y").to_dict()
    assert spec["encoding"]["x"]["field"] == "score\\.mean"


@pytest.mark.parametrize(
    ("call", "missing"),
    [
        (lambda df: charts.bar(df, "per_1000", "outlets", "T", "X", "Y"), "'outlets'"),
        (lambda df: charts.bar(df, "per_1000", "outlet", "T", "X", "Y", color="side"), "'side'"),
        (lambda df: charts.bar(df, "per_1000", "outlet", "T", "X", "Y", tooltip=["n"]), "'n'"),
        (lambda df: charts.heatmap(df, "label", "outlet", "count", "T", "X", "Y", "V"), "'count'"),
        (
            lambda df: charts.arc(df, "sent_id", "per_1000", "outlet", "T", "X", "Y", "S"),
            "'sent_id'",
        ),
        (
            lambda df: charts.dot_ci(df, "per_1000", "lo", "hi", "outlet", "T", "X", "Y"),
            "'lo', 'hi'",
        ),
        (
            lambda df: charts.diverging_bar(
                df, "z", "label", "T", "X", "Y", negative_label="a", positive_label="b"
            ),
            "'z'",
        ),
    ],
)
def test_missing_column_is_named_with_the_columns_available(
    counts: pd.DataFrame, call: Any, missing: str
) -> None:
    with pytest.raises(ValueError, match="not in the DataFrame") as info:
        call(counts)
    message = str(info.value)
    assert missing in message
    assert "available: 'outlet', 'label', 'per_1000', 'raw_text'" in message


@pytest.mark.parametrize("empty", ["", "   "])
def test_titles_are_required(counts: pd.DataFrame, empty: str) -> None:
    with pytest.raises(ValueError, match="title"):
        charts.bar(counts, "per_1000", "outlet", empty, "X", "Y")
    with pytest.raises(ValueError, match="x_title"):
        charts.bar(counts, "per_1000", "outlet", "T", empty, "Y")
    with pytest.raises(ValueError, match="value_title"):
        charts.heatmap(counts, "label", "outlet", "per_1000", "T", "X", "Y", empty)


def test_charts_compile_and_render_with_their_description(
    counts: pd.DataFrame, arc_data: pd.DataFrame, means: pd.DataFrame, zscores: pd.DataFrame
) -> None:
    """vl-convert (the same Vega-Lite as the book's bundle) renders each spec to SVG.

    The description as the SVG's accessible name is set by vega in the browser; the
    book's build is checked for that in a browser, not here.
    """
    import vl_convert as vlc
    from altair.utils._importers import vl_version_for_vl_convert

    for name, chart in all_charts(counts, arc_data, means, zscores).items():
        spec = chart.to_dict()
        svg = vlc.vegalite_to_svg(spec, vl_version=vl_version_for_vl_convert())
        assert spec["title"] in svg, name
        assert "Error" not in svg, name


@pytest.fixture
def restore_renderer() -> Any:
    """Put back the renderer (and its options) that was active before the test."""
    name, options = alt.renderers.active, dict(alt.renderers.options)
    offline = alt.JupyterChart._is_offline
    yield
    alt.renderers.enable(name, **options)
    alt.JupyterChart.enable_offline(offline)


def test_renderer_stays_html_outside_a_jupyter_server(
    monkeypatch: pytest.MonkeyPatch, restore_renderer: Any
) -> None:
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    alt.renderers.enable("default")
    assert charts.choose_renderer() == "default"
    assert alt.renderers.active == "default"


def test_renderer_is_offline_widget_in_a_jupyter_server(
    monkeypatch: pytest.MonkeyPatch, restore_renderer: Any, counts: pd.DataFrame
) -> None:
    monkeypatch.setenv("JPY_SESSION_NAME", "lessons/01-corpus.ipynb")
    alt.renderers.enable("default")
    assert charts.choose_renderer() == "jupyter"
    assert alt.renderers.options == {"offline": True}
    bundle = charts.bar(counts, "per_1000", "outlet", "T", "X", "Y")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle[0]  # a widget, not CDN HTML
    assert "cdn.jsdelivr.net" not in alt.JupyterChart._esm  # Vega comes from vl-convert


def test_renderer_stays_html_without_anywidget(
    monkeypatch: pytest.MonkeyPatch, restore_renderer: Any
) -> None:
    monkeypatch.setenv("JPY_SESSION_NAME", "lessons/01-corpus.ipynb")
    monkeypatch.setitem(sys.modules, "anywidget", None)  # import anywidget raises ImportError
    alt.renderers.enable("default")
    assert charts.choose_renderer() == "default"


def test_importing_charts_under_pytest_keeps_html() -> None:
    """The book build and the notebook tests run kernels without a Jupyter server."""
    assert "JPY_SESSION_NAME" not in os.environ
    assert alt.renderers.active in ("default", "html")
