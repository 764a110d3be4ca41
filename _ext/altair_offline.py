"""Altair charts in the book with no network: one local JavaScript bundle, no CDN.

Altair's notebook output (the "universal" HTML template) fetches vega, vega-lite and
vega-embed from a public CDN when the page opens, so an offline reader, a
locked-down lab or a test browser sees a blank space. This Sphinx extension fixes
that at build time, leaving the notebooks and their stored outputs untouched:

* HTML builders: each altair output is rewritten into a small ``<div>`` plus a
  ``<script>`` that calls ``vegaEmbed`` directly (the page contains no CDN address
  at all). One shared file, ``_static/altair-offline.js`` (vl-convert's bundle of
  vega + vega-lite + vega-embed for exactly the Vega-Lite version the installed
  altair writes), is copied into the site once and added only to pages that have a
  chart, with ``defer``: a page with four charts loads it once.
* Marks that carry no data field (a zero line drawn from ``alt.datum(0)``) get an
  accessible name (:func:`name_silent_marks`); Vega's SVG would otherwise draw them
  as unnamed graphics for a screen reader.
* LaTeX builder (PDF): each chart becomes a vector PDF image made by vl-convert.

Configure in ``_config.yml``::

    sphinx:
      local_extensions:
        altair_offline: _ext
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

logger = logging.getLogger(__name__)

JS_NAME = "altair-offline.js"
MARKER = "data-altair-offline"
# What the bundle publishes (vl-convert bundles these names with their dependencies).
EXPORTS = "window.vegaEmbed = vegaEmbed; window.vegaLite = vegaLite; window.vega = vega;"
# altair's template: <div id="altair-viz-<hex>"></div> ... })(<spec json>, <embed options>);
_DIV_ID = re.compile(r'<div id="(altair-viz-[0-9a-f]+)"></div>')
_CALL = "})("


def _vl_version() -> str:
    """The Vega-Lite version the installed altair writes, in vl-convert's spelling (v6_4)."""
    from altair.utils._importers import vl_version_for_vl_convert

    return str(vl_version_for_vl_convert())


def is_altair_html(html: str) -> bool:
    """True for the HTML altair's default renderer writes for one chart."""
    return "vegaEmbed" in html and _CALL in html and _DIV_ID.search(html) is not None


def parse_altair_html(html: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The div id, the Vega-Lite spec and the embed options of one altair HTML output."""
    match = _DIV_ID.search(html)
    if match is None or _CALL not in html:
        raise ValueError("not altair chart HTML (no altair-viz div or embed call)")
    decoder = json.JSONDecoder()
    at = html.rindex(_CALL) + len(_CALL)
    spec, end = decoder.raw_decode(html, at)
    rest = html[end:].lstrip()
    options: dict[str, Any] = {}
    if rest.startswith(","):
        options, _ = decoder.raw_decode(rest[1:].lstrip())
    return match.group(1), spec, options


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: article text in a chart's data may contain '</script>'."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def offline_html(div_id: str, spec: dict[str, Any], options: dict[str, Any]) -> str:
    """A chart that draws with the page's own ``vegaEmbed``; it never touches the network."""
    # tabindex: a chart wider than the text column scrolls sideways (_static/charts.css),
    # and keyboard users can scroll only what takes focus (axe: scrollable-region-focusable).
    return f"""<div id="{div_id}" class="altair-chart" tabindex="0" {MARKER}></div>
<script type="text/javascript">
(function () {{
  var spec = {_script_json(spec)};
  var options = {_script_json(options)};
  function draw() {{
    var target = document.getElementById({json.dumps(div_id)});
    if (typeof window.vegaEmbed !== "function") {{
      target.textContent = "This chart could not be drawn: _static/{JS_NAME} did not load.";
      return;
    }}
    window.vegaEmbed(target, spec, options).then(function () {{
      // vega-embed's action menu opens from a <summary> holding only an icon: name it.
      var menu = target.querySelector("details > summary");
      if (menu && !menu.hasAttribute("aria-label")) {{
        menu.setAttribute("aria-label", "Chart actions");
      }}
    }}).catch(function (err) {{
      target.textContent = "This chart could not be drawn: " + err.message;
    }});
  }}
  // The bundle is a deferred script: it has run by the time DOMContentLoaded fires.
  if (document.readyState === "loading") {{
    document.addEventListener("DOMContentLoaded", draw);
  }} else {{
    draw();
  }}
}})();
</script>"""


def _channel_titles(specs: list[Any]) -> dict[str, str]:
    """Axis titles by channel in a list of layers (first one wins), to name reference marks."""
    titles: dict[str, str] = {}
    for layer in specs:
        encoding = layer.get("encoding", {}) if isinstance(layer, dict) else {}
        for channel, definition in encoding.items():
            if isinstance(definition, dict) and channel not in titles:
                title = definition.get("title") or definition.get("field")
                if isinstance(title, str) and title:
                    titles[channel] = title
    return titles


def _name_mark(unit: dict[str, Any], titles: dict[str, str]) -> None:
    """Give a data-free mark (e.g. a zero line from ``alt.datum(0)``) an accessible name.

    Vega-Lite names each mark item from its fields; a mark with no field gets no name
    and Vega's SVG draws it as an unnamed ``graphics-symbol`` (axe: svg-img-alt). It
    is named from its constant positions, in the words of the axis titles:
    "Reference line: Score (−1 to +1) = 0".
    """
    mark = unit.get("mark")
    if mark is None:
        return
    mark_def = {"type": mark} if isinstance(mark, str) else dict(mark)
    if "aria" in mark_def or "description" in mark_def:
        return
    encoding = unit.get("encoding", {})
    if any(isinstance(d, dict) and ("field" in d or "aggregate" in d) for d in encoding.values()):
        return
    if any(isinstance(d, list) for d in encoding.values()):
        return
    kind = "Reference line" if mark_def.get("type") == "rule" else f"{mark_def.get('type')} mark"
    places = [
        f"{titles.get(channel, channel)} = {definition['datum']}"
        for channel, definition in encoding.items()
        if isinstance(definition, dict) and "datum" in definition
    ]
    mark_def["description"] = f"{kind}: {', '.join(places)}" if places else kind
    unit["mark"] = mark_def


def name_silent_marks(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of a Vega-Lite spec in which every mark has an accessible name."""
    spec = json.loads(json.dumps(spec))

    def walk(node: dict[str, Any], titles: dict[str, str]) -> None:
        _name_mark(node, titles)
        for key in ("layer", "hconcat", "vconcat", "concat"):
            children = node.get(key)
            if isinstance(children, list):
                inner = {**titles, **_channel_titles(children)}
                for child in children:
                    if isinstance(child, dict):
                        walk(child, inner)
        if isinstance(node.get("spec"), dict):  # facet and repeat
            walk(node["spec"], titles)

    walk(spec, _channel_titles([spec]))
    return spec


def _altair_raw_nodes(document: nodes.Node) -> list[nodes.raw]:
    return [
        node
        for node in document.findall(nodes.raw)
        if "html" in node.get("format", "").split() and is_altair_html(node.astext())
    ]


class AltairOffline(SphinxPostTransform):
    """HTML: swap altair's CDN-loading template for a direct ``vegaEmbed`` call."""

    default_priority = 3  # before myst-nb's SelectMimeType (4) picks one output per cell
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for node in _altair_raw_nodes(self.document):
            div_id, spec, options = parse_altair_html(node.astext())
            html = offline_html(div_id, name_silent_marks(spec), options)
            node.replace_self(nodes.raw("", html, format="html", classes=node["classes"]))


class AltairToPdf(SphinxPostTransform):
    """LaTeX: turn each altair output into a vector PDF made by vl-convert."""

    default_priority = 3  # before SelectMimeType, so it can choose application/pdf
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        import vl_convert as vlc

        outdir = Path(self.app.doctreedir).parent / "altair-offline" / "pdf"
        outdir.mkdir(parents=True, exist_ok=True)
        for node in _altair_raw_nodes(self.document):
            _, spec, _ = parse_altair_html(node.astext())
            pdf = vlc.vegalite_to_pdf(spec, vl_version=_vl_version())
            path = outdir / f"{hashlib.sha256(pdf).hexdigest()[:16]}.pdf"
            if not path.exists():
                path.write_bytes(pdf)
            uri = os.path.relpath(path, self.app.srcdir)
            self.env.images.add_file(self.env.docname, uri)
            image = nodes.image(uri=uri, candidates={"*": uri}, alt=spec.get("description", ""))
            holder = node.parent
            if isinstance(holder, nodes.container) and holder.get("mime_type"):
                # inside a myst-nb output bundle: offer the PDF as one more mime type;
                # application/pdf is the LaTeX builder's first choice.
                box = nodes.container(mime_type="application/pdf")
                box += image
                holder.parent += box
            else:
                node.replace_self(image)


def _bundle_path(app: Sphinx) -> Path:
    """The bundle, cached beside the doctrees; rebuilt only when the versions change."""
    from importlib.metadata import version as installed

    import vl_convert as vlc

    vl_version, vlc_version = _vl_version(), installed("vl-convert-python")
    cache = Path(app.doctreedir).parent / "altair-offline"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"altair-offline-vlc{vlc_version}-vl{vl_version}.js"
    if not target.exists():
        bundle = vlc.javascript_bundle(EXPORTS, vl_version=vl_version)
        # The bundle's minified top-level names (n, t, ...) would clash with other
        # scripts on the page; an IIFE keeps them private. EXPORTS publishes the API.
        header = f"/* vega, vega-lite, vega-embed: vl-convert {vlc_version}, {vl_version} */\n"
        tmp = target.with_suffix(".tmp")
        tmp.write_text(f"{header}(function () {{\n{bundle}\n}})();\n", encoding="utf-8")
        tmp.replace(target)
    return target


def _copy_bundle(app: Sphinx, exception: Exception | None) -> None:
    """Put the one shared bundle into the site's _static folder."""
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_bundle_path(app), static / JS_NAME)


def _add_to_chart_pages(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Add the bundle to this page only, and only if it has a chart (Sphinx resets per page)."""
    if MARKER in context.get("body", ""):
        app.add_js_file(JS_NAME, loading_method="defer")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_post_transform(AltairOffline)
    app.add_post_transform(AltairToPdf)
    app.connect("html-page-context", _add_to_chart_pages)
    app.connect("build-finished", _copy_bundle)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
