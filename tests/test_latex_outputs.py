"""_ext/latex_outputs.py: the chapters' HTML tables and quotations as docutils nodes for the PDF."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from docutils import nodes

ROOT = Path(__file__).resolve().parents[1]


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("latex_outputs", ROOT / "_ext/latex_outputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


latex_outputs = load()


def shown(node: nodes.Node) -> str:
    """The text a node prints, without the LaTeX of its raw nodes (line-break points)."""
    return "".join(
        text.astext() for text in node.findall(nodes.Text) if not isinstance(text.parent, nodes.raw)
    )


STYLER_TABLE = """<style type="text/css">
#T_1 td { text-align: left; }
</style>
<table id="T_1">
  <caption>Who published each report</caption>
  <thead><tr><th class="col_heading">article</th><th class="col_heading">words</th></tr></thead>
  <tbody>
    <tr><td>globalpost-2011-jisr-al-shughour</td><td>399</td></tr>
    <tr><td>itv-2014-khateeb &amp; co</td><td>534</td></tr>
  </tbody>
</table>"""


def test_a_styler_table_becomes_a_table_with_its_caption_header_and_rows() -> None:
    (table,) = latex_outputs.html_to_nodes(STYLER_TABLE)
    assert isinstance(table, nodes.table)
    assert "colwidths-given" in table["classes"]
    assert table.next_node(nodes.title).astext() == "Who published each report"
    head = [entry.astext() for entry in table.next_node(nodes.thead).findall(nodes.entry)]
    body = [
        [shown(entry) for entry in row.findall(nodes.entry)]
        for row in table.next_node(nodes.tbody).findall(nodes.row)
    ]
    assert head == ["article", "words"]
    assert body == [["globalpost-2011-jisr-al-shughour", "399"], ["itv-2014-khateeb & co", "534"]]
    assert "text-align" not in table.astext()  # the stylesheet is not text


def test_a_long_token_may_break_and_a_number_may_not() -> None:
    paragraph = latex_outputs.cell_paragraph("archive_page_title 0.0002 1.86")
    breaks = [node.astext() for node in paragraph.findall(nodes.raw)]
    assert breaks == [r"\allowbreak{}", r"\allowbreak{}"]
    assert shown(paragraph) == "archive_page_title 0.0002 1.86"


def test_a_short_column_keeps_room_for_its_longest_word() -> None:
    words = ["VADER", "+0.25"]
    sentences = ["a sentence " * 30] * 2
    widths = latex_outputs.column_widths([words, sentences, ["TextBlob", "-0.50"]], 1)
    assert widths[0] >= len("VADER") * latex_outputs.HEADER_WIDER + latex_outputs.CELL_PADDING
    assert widths[2] >= len("TextBlob") * latex_outputs.HEADER_WIDER
    assert sum(widths) <= latex_outputs.LINE_CHARS + 1  # rounding


def test_a_quotation_keeps_its_attribution() -> None:
    html = (
        '<blockquote class="article-quote"><p>He said &lt;no&gt;.</p>'
        "<footer>— sentence 5: 2 mention(s) of Free Syrian Army</footer></blockquote>"
    )
    (quote,) = latex_outputs.html_to_nodes(html)
    assert isinstance(quote, nodes.block_quote)
    assert quote.next_node(nodes.paragraph).astext() == "He said <no>."
    assert quote.next_node(nodes.attribution).astext() == (
        "sentence 5: 2 mention(s) of Free Syrian Army"
    )


def test_other_html_is_kept_as_text_and_a_chart_is_left_alone() -> None:
    kept = latex_outputs.html_to_nodes("<div><p>correct</p><span>Well done.</span></div>")
    assert [node.astext() for node in kept] == ["correct", "Well done."]
    assert latex_outputs.html_to_nodes("<style>p {}</style>") == []
