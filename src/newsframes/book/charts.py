"""One Altair theme for the whole book, and small chart functions over tidy DataFrames.

Importing this module registers and enables the ``newsframes`` theme and picks the
renderer (:func:`choose_renderer`): in JupyterLab charts draw with no network. Every function
takes a tidy DataFrame and column names, checks that the columns exist, and returns a
chart with a title, axis titles, tooltips and a text ``description`` (read out by
screen readers), so no chart in the book is silent about what it shows.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, Final, Literal

import altair as alt
import jinja2
import pandas as pd

THEME = "newsframes"

# Okabe & Ito's palette, safe for the common colour-vision deficiencies. Blue and
# orange come first (the pair most readers tell apart); yellow is last because it
# has the least contrast on a white page.
OKABE_ITO = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow
]
# More categories than the palette has colours would repeat a colour (two labels or sides
# drawn alike once instructors add articles): past eight, a scheme of twenty.
MANY_CATEGORIES_SCHEME: Final = "tableau20"
# Two ends of a diverging scale (negative, positive), from the same palette.
NEGATIVE, POSITIVE = "#D55E00", "#0072B2"
# Viridis is perceptually uniform and readable in grey and with colour-vision deficiencies.
SEQUENTIAL_SCHEME: Final = "viridis"
FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"
# vega-embed options carried inside every spec: the SVG renderer puts the description
# on the <svg> as its accessible name; no action menu (its links need the network).
EMBED_OPTIONS = {"renderer": "svg", "actions": False}

Kind = Literal["quantitative", "nominal", "temporal"]


@alt.theme.register(THEME, enable=True)
def theme() -> alt.theme.ThemeConfig:
    """The book's look: Okabe–Ito colours, readable type, titles anchored left."""
    return {
        "config": {
            "font": FONT,
            "background": "white",
            "view": {"continuousWidth": 400, "continuousHeight": 260, "stroke": None},
            "title": {"fontSize": 16, "anchor": "start", "offset": 12, "fontWeight": "bold"},
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 13,
                "titleFontWeight": "normal",
                "labelLimit": 200,
                "gridColor": "#e6e6e6",
            },
            "legend": {
                "labelFontSize": 12,
                "titleFontSize": 13,
                "titleFontWeight": "normal",
                "orient": "bottom",
                "direction": "horizontal",
                "columns": 3,
            },
            "header": {"labelFontSize": 12, "titleFontSize": 13},
            "range": {
                "category": OKABE_ITO,
                "diverging": [NEGATIVE, "#f2f2f2", POSITIVE],
            },
            "mark": {"color": OKABE_ITO[0]},
            "bar": {"color": OKABE_ITO[0]},
            "line": {"color": OKABE_ITO[0], "strokeWidth": 2},
            "point": {"color": OKABE_ITO[0], "filled": True, "size": 45},
            "rule": {"color": "#555555"},
        }
    }


def use_theme() -> None:
    """Enable the book's theme again (after code that switched to another one)."""
    alt.theme.enable(THEME)


# Set by a Jupyter server (JupyterLab, Notebook 7) in the environment of every kernel it starts.
JUPYTER_SERVER_ENV = "JPY_SESSION_NAME"


def choose_renderer() -> str:
    """Draw charts with no network in a kernel a Jupyter server started; else keep HTML.

    Altair's HTML output loads Vega from a CDN, so a student offline sees blank charts.
    The "jupyter" renderer (an anywidget) with ``offline=True`` serves Vega from
    vl-convert instead. Other kernels (nbclient: the book build, the notebook tests)
    write HTML with no CDN address (PAGE_VEGA_TEMPLATE), which the book's
    ``altair_offline`` extension rewrites; plain Python keeps altair's default.
    Returns the active renderer.
    """
    if JUPYTER_SERVER_ENV in os.environ:
        try:
            importlib.import_module("anywidget")
            importlib.import_module("vl_convert")
        except ImportError:
            return str(alt.renderers.active)
        alt.renderers.enable("jupyter", offline=True)
    elif _in_kernel():
        # nbclient (book build, notebook tests, `make regen`): these outputs are stored.
        alt.renderers.enable("html", template=PAGE_VEGA_TEMPLATE, json_kwds={"indent": 1})
    return str(alt.renderers.active)


def _in_kernel() -> bool:
    """True inside an IPython kernel (not plain Python, not pytest's own process)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return getattr(shell, "kernel", None) is not None


# The HTML a kernel outside a Jupyter server writes (so the notebooks' stored outputs):
# altair's "universal" template without its loader, which fetches Vega from a CDN. It
# draws with the page's own vegaEmbed (the book's altair_offline extension supplies it
# and rewrites this output), else says why there is no chart. The spec is indented so
# a changed data value shows as one changed line in the notebook regression diff.
PAGE_VEGA_TEMPLATE = jinja2.Template(
    """<div id="{{ output_div }}"></div>
<script type="text/javascript">
  (function(spec, embedOpt){
    const outputDiv = document.getElementById("{{ output_div }}");
    if (typeof window.vegaEmbed !== "function") {
      outputDiv.textContent = "Chart not drawn here: run the notebook, or read it in the book.";
      return;
    }
    window.vegaEmbed(outputDiv, spec, embedOpt)
      .catch(err => { outputDiv.textContent = "Chart error: " + err.message; });
  })({{ spec }}, {{ embed_options }});
</script>"""
)


choose_renderer()


def require_columns(df: pd.DataFrame, *columns: str | None) -> None:
    """Raise ValueError naming each missing column and the columns that are there."""
    missing = [c for c in columns if c is not None and c not in df.columns]
    if missing:
        raise ValueError(
            f"column(s) {', '.join(repr(c) for c in missing)} not in the DataFrame; "
            f"available: {', '.join(repr(str(c)) for c in df.columns)}"
        )


def _require_titles(**titles: str) -> None:
    empty = [name for name, value in titles.items() if not str(value or "").strip()]
    if empty:
        raise ValueError(f"every chart needs a title and axis titles; empty: {', '.join(empty)}")


def _columns(df: pd.DataFrame, *columns: str | None) -> pd.DataFrame:
    """Only the columns a chart uses: the spec embeds its data, so other columns are waste."""
    return df[list(dict.fromkeys(c for c in columns if c is not None))]


def _escape(column: str) -> str:
    """A column name as a Vega-Lite field (dots and brackets would mean nested access)."""
    return column.replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")


def _type(series: pd.Series) -> Kind:
    if pd.api.types.is_bool_dtype(series):
        return "nominal"
    if pd.api.types.is_numeric_dtype(series):
        return "quantitative"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "temporal"
    return "nominal"


def _tooltip(df: pd.DataFrame, columns: Sequence[str], titles: dict[str, str]) -> list[alt.Tooltip]:
    tips = []
    for column in dict.fromkeys(columns):  # keep order, drop repeats
        kind = _type(df[column])
        tip = alt.Tooltip(field=_escape(column), type=kind, title=titles.get(column, column))
        tips.append(tip.format(",.3~f") if kind == "quantitative" else tip)
    return tips


def _category_color(df: pd.DataFrame, column: str, kind: Kind, title: str) -> alt.Color:
    """Colour by a column: the book's palette, or a larger scheme when it has too few colours."""
    color = alt.Color(field=_escape(column), type=kind, title=title)
    if kind == "nominal" and df[column].nunique() > len(OKABE_ITO):
        return color.scale(scheme=MANY_CATEGORIES_SCHEME)
    return color


def _describe(kind: str, title: str, axes: dict[str, str], rows: int) -> str:
    parts = "; ".join(f"{where}: {what}" for where, what in axes.items())
    return f"{kind}: {title}. {parts}. {rows} data point{'s' if rows != 1 else ''}."


def _finish(chart: alt.TopLevelMixin, title: str, description: str) -> Any:
    return chart.properties(
        title=title, description=description, usermeta={"embedOptions": EMBED_OPTIONS}
    )


def band_width(categories: int, *, width: int = 380, least: int = 30) -> int:
    """A width for a chart with one column per category: ``width`` pixels for a few, and at
    least ``least`` per category for many, so that any number of reports stays legible."""
    return max(width, least * categories)


def bar(
    df: pd.DataFrame,
    x: str,
    y: str,
    title: str,
    x_title: str,
    y_title: str,
    color: str | None = None,
    tooltip: Sequence[str] | None = None,
    *,
    color_title: str | None = None,
    description: str | None = None,
) -> alt.Chart:
    """Bar chart, the categorical axis sorted by value (horizontal when y is the category)."""
    tips = list(tooltip) if tooltip is not None else [c for c in (y, x, color) if c]
    require_columns(df, x, y, color, *tips)
    _require_titles(title=title, x_title=x_title, y_title=y_title)
    titles = {x: x_title, y: y_title, **({color: color_title or color} if color else {})}
    x_type, y_type = _type(df[x]), _type(df[y])
    x_enc = alt.X(field=_escape(x), type=x_type, title=x_title)
    y_enc = alt.Y(field=_escape(y), type=y_type, title=y_title)
    if y_type != "quantitative" and x_type == "quantitative":
        y_enc = y_enc.sort("-x")
    elif x_type != "quantitative" and y_type == "quantitative":
        x_enc = x_enc.sort("-y")
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc, "tooltip": _tooltip(df, tips, titles)}
    if color:
        encoding["color"] = _category_color(df, color, _type(df[color]), color_title or color)
    chart = alt.Chart(_columns(df, x, y, color, *tips)).mark_bar().encode(**encoding)
    axes = {"horizontal axis": x_title, "vertical axis": y_title}
    if color:
        axes["colour"] = color_title or color
    return _finish(chart, title, description or _describe("Bar chart", title, axes, len(df)))


def heatmap(
    df: pd.DataFrame,
    x: str,
    y: str,
    value: str,
    title: str,
    x_title: str,
    y_title: str,
    value_title: str,
    tooltip: Sequence[str] | None = None,
    *,
    description: str | None = None,
) -> alt.Chart:
    """Grid of cells (x by y) coloured by a numeric value, e.g. mentions per 1,000 words."""
    tips = list(tooltip) if tooltip is not None else [y, x, value]
    require_columns(df, x, y, value, *tips)
    _require_titles(title=title, x_title=x_title, y_title=y_title, value_title=value_title)
    titles = {x: x_title, y: y_title, value: value_title}
    chart = (
        alt.Chart(_columns(df, x, y, value, *tips))
        .mark_rect()
        .encode(
            x=alt.X(field=_escape(x), type=_type(df[x]), title=x_title),
            y=alt.Y(field=_escape(y), type=_type(df[y]), title=y_title),
            color=alt.Color(
                field=_escape(value),
                type="quantitative",
                title=value_title,
                scale=alt.Scale(scheme=SEQUENTIAL_SCHEME),
            ),
            tooltip=_tooltip(df, tips, titles),
        )
    )
    axes = {"columns": x_title, "rows": y_title, "colour": value_title}
    return _finish(chart, title, description or _describe("Heat map", title, axes, len(df)))


def arc(
    df: pd.DataFrame,
    x: str,
    y: str,
    series: str,
    title: str,
    x_title: str,
    y_title: str,
    series_title: str,
    tooltip: Sequence[str] | None = None,
    *,
    zero_line: bool = True,
    description: str | None = None,
) -> alt.LayerChart:
    """Sentiment arc: a value per sentence (x = position) as line and points, one per series."""
    tips = list(tooltip) if tooltip is not None else [series, x, y]
    require_columns(df, x, y, series, *tips)
    _require_titles(title=title, x_title=x_title, y_title=y_title, series_title=series_title)
    titles = {x: x_title, y: y_title, series: series_title}
    data = _columns(df, x, y, series, *tips)
    base = alt.Chart(data).encode(
        x=alt.X(field=_escape(x), type=_type(df[x]), title=x_title),
        y=alt.Y(field=_escape(y), type="quantitative", title=y_title),
        color=_category_color(df, series, "nominal", series_title),
    )
    layers: list[Any] = [
        base.mark_line(),
        base.mark_point().encode(tooltip=_tooltip(df, tips, titles)),
    ]
    if zero_line:
        layers.insert(0, alt.Chart(data).mark_rule(strokeDash=[4, 4]).encode(y=alt.datum(0)))
    axes = {"horizontal axis": x_title, "vertical axis": y_title, "colour": series_title}
    chart = alt.layer(*layers)
    return _finish(chart, title, description or _describe("Line chart", title, axes, len(df)))


def dot_ci(
    df: pd.DataFrame,
    x: str,
    lo: str,
    hi: str,
    y: str,
    title: str,
    x_title: str,
    y_title: str,
    color: str | None = None,
    tooltip: Sequence[str] | None = None,
    *,
    color_title: str | None = None,
    description: str | None = None,
) -> alt.LayerChart:
    """Means (x) with confidence intervals (lo to hi), one row per category (y)."""
    tips = list(tooltip) if tooltip is not None else [c for c in (y, color, x, lo, hi) if c]
    require_columns(df, x, lo, hi, y, color, *tips)
    _require_titles(title=title, x_title=x_title, y_title=y_title)
    titles = {x: x_title, y: y_title, lo: "lower bound", hi: "upper bound"}
    if color:
        titles[color] = color_title or color
    y_enc = alt.Y(field=_escape(y), type="nominal", title=y_title)
    encoding: dict[str, Any] = {"y": y_enc}
    if color:
        encoding["color"] = _category_color(df, color, "nominal", color_title or color)
        encoding["yOffset"] = alt.YOffset(field=_escape(color), type="nominal")
    base = alt.Chart(_columns(df, x, lo, hi, y, color, *tips)).encode(**encoding)
    interval = base.mark_rule(strokeWidth=2).encode(
        x=alt.X(field=_escape(lo), type="quantitative", title=x_title),
        x2=alt.X2(field=_escape(hi)),
    )
    point = base.mark_point().encode(
        x=alt.X(field=_escape(x), type="quantitative", title=x_title),
        tooltip=_tooltip(df, tips, titles),
    )
    axes = {"horizontal axis": x_title, "vertical axis": y_title}
    chart = alt.layer(interval, point)
    return _finish(
        chart,
        title,
        description or _describe("Dot plot with confidence intervals", title, axes, len(df)),
    )


def diverging_bar(
    df: pd.DataFrame,
    x: str,
    y: str,
    title: str,
    x_title: str,
    y_title: str,
    *,
    negative_label: str,
    positive_label: str,
    tooltip: Sequence[str] | None = None,
    description: str | None = None,
) -> alt.Chart:
    """Bars left and right of zero (e.g. log-odds z-scores of words), coloured by side."""
    tips = list(tooltip) if tooltip is not None else [y, x]
    require_columns(df, x, y, *tips)
    _require_titles(
        title=title,
        x_title=x_title,
        y_title=y_title,
        negative_label=negative_label,
        positive_label=positive_label,
    )
    titles = {x: x_title, y: y_title}
    side = "leans towards"
    expr = (
        f"datum[{json.dumps(x)}] < 0 ? {json.dumps(negative_label)} : {json.dumps(positive_label)}"
    )
    chart = (
        alt.Chart(_columns(df, x, y, *tips))
        .transform_calculate(**{side: expr})
        .mark_bar()
        .encode(
            x=alt.X(field=_escape(x), type="quantitative", title=x_title),
            y=alt.Y(field=_escape(y), type="nominal", title=y_title).sort("-x"),
            color=alt.Color(
                field=side,
                type="nominal",
                title=side,
                scale=alt.Scale(
                    domain=[negative_label, positive_label], range=[NEGATIVE, POSITIVE]
                ),
            ),
            tooltip=[
                *_tooltip(df, tips, titles),
                alt.Tooltip(field=side, type="nominal", title=side),
            ],
        )
    )
    axes = {
        "horizontal axis": x_title,
        "vertical axis": y_title,
        "left of zero": negative_label,
        "right of zero": positive_label,
    }
    return _finish(
        chart, title, description or _describe("Diverging bar chart", title, axes, len(df))
    )
