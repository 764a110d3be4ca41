"""HTML cell outputs in the printed book (PDF): tables and quotations as LaTeX can set them.

The chapters show their tables as pandas Stylers (``newsframes.book.chapters.table``) and
their quotations as ``<blockquote>`` HTML: outputs with no LaTeX rendition, whose only
other form is a repr such as ``<pandas.io.formats.style.Styler at 0x...>``. For the
LaTeX builder this extension reads each such HTML output and adds the same content as
docutils nodes (a table with its caption, a block quote with its attribution) under one
more mime type, :data:`MIME_TYPE`, which ``nb_mime_priority_overrides`` in
``_config.yml`` puts first for LaTeX. Sphinx then sets the tables to the text width and
the notebooks and the HTML site stay untouched.

Configure in ``_config.yml``::

    sphinx:
      local_extensions:
        latex_outputs: _ext
      config:
        nb_mime_priority_overrides: [[latex, application/vnd.crossing-lines.docutils, 5]]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

MIME_TYPE = "application/vnd.crossing-lines.docutils"
# Elements whose text is never shown; elements that hold no text.
HIDDEN = {"style", "script", "head", "title"}
VOID = {"br", "hr", "img", "meta", "link", "col", "input", "wbr"}


@dataclass
class Element:
    """One element of a parsed HTML fragment: its tag, attributes and children."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        """The element's visible text, with runs of whitespace made single spaces."""
        parts: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append(" ")
            elif child.tag not in HIDDEN:
                parts.append(child.text())
        return " ".join("".join(parts).split())

    def find_all(self, *tags: str) -> list[Element]:
        """Every descendant with one of ``tags``, in document order."""
        found: list[Element] = []
        for child in self.children:
            if isinstance(child, Element):
                if child.tag in tags:
                    found.append(child)
                found.extend(child.find_all(*tags))
        return found


class _TreeBuilder(HTMLParser):
    """Parses an HTML fragment into :class:`Element` objects (tolerates unclosed tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(html: str) -> Element:
    """The element tree of an HTML fragment, under a ``root`` element."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# Where a long token in a table cell may break: after these characters (ids such as
# "globalpost-2011-jisr-al-shughour", column names such as "archive_page_title").
BREAK_AFTER = re.compile(r"(?<=[-_/.,;:=])(?=\w)")
LONG_TOKEN = 12


def _pieces(token: str) -> list[str]:
    """A token cut where a line may break inside it (only long tokens are cut)."""
    return BREAK_AFTER.split(token) if len(token) > LONG_TOKEN else [token]


def cell_paragraph(text: str) -> nodes.paragraph:
    """A table cell's text, with LaTeX break points inside long tokens (none in the text)."""
    paragraph = nodes.paragraph()
    for number, token in enumerate(text.split(" ")):
        if number:
            paragraph += nodes.Text(" ")
        for index, piece in enumerate(_pieces(token)):
            if index:
                paragraph += nodes.raw("", r"\allowbreak{}", format="latex")
            paragraph += nodes.Text(piece)
    return paragraph


def _entry(text: str) -> nodes.entry:
    entry = nodes.entry()
    entry += cell_paragraph(text)
    return entry


# How many characters of a table's small type fit across the text width.
LINE_CHARS = 100
# A column's share includes the space either side of its text (\\tabcolsep), in characters.
CELL_PADDING = 3
# Header cells are set in a wider (sans-serif) face.
HEADER_WIDER = 1.3


def _longest_piece(text: str) -> int:
    """The longest run of the text that cannot break (a word, or a piece of a long token)."""
    return max((len(piece) for token in text.split() for piece in _pieces(token)), default=1)


def column_widths(columns: list[list[str]], header_rows: int = 0) -> list[int]:
    """Each column's share of the line, in characters: at least its longest unbreakable
    piece, and the rest of the line shared in proportion to how much more text it has."""
    least = [
        max(
            (
                math.ceil(_longest_piece(cell) * (HEADER_WIDER if row < header_rows else 1))
                for row, cell in enumerate(column)
            ),
            default=1,
        )
        + CELL_PADDING
        for column in columns
    ]
    natural = [max((len(cell) for cell in column), default=1) for column in columns]
    extra = [max(n - m, 0) for n, m in zip(natural, least, strict=True)]
    room = max(LINE_CHARS - sum(least), 0)
    if sum(extra) <= room:
        return [m + e for m, e in zip(least, extra, strict=True)]
    return [m + round(room * e / sum(extra)) for m, e in zip(least, extra, strict=True)]


def table_node(table: Element) -> nodes.table:
    """A docutils table with the rows, header and caption of an HTML ``<table>``."""
    rows = [[cell.text() for cell in row.find_all("th", "td")] for row in table.find_all("tr")]
    header_rows = [
        [cell.text() for cell in row.find_all("th", "td")]
        for head in table.find_all("thead")
        for row in head.find_all("tr")
    ]
    body_rows = rows[len(header_rows) :]
    width = max((len(row) for row in rows), default=0)
    # colwidths-given: Sphinx sets every column as a paragraph column of the given share
    # of the text width (tabular or, past 30 rows, longtable), so nothing runs off the page.
    node = nodes.table(classes=["output-table", "colwidths-given"])
    captions = table.find_all("caption")
    if captions and captions[0].text():
        node += nodes.title(captions[0].text(), captions[0].text())
    group = nodes.tgroup(cols=width)
    node += group
    padded = [row + [""] * (width - len(row)) for row in rows]
    for share in column_widths(
        [list(column) for column in zip(*padded, strict=True)], len(header_rows)
    ):
        group += nodes.colspec(colwidth=share)
    for part, part_rows in ((nodes.thead(), header_rows), (nodes.tbody(), body_rows)):
        if not part_rows:
            continue
        for cells in part_rows:
            row = nodes.row()
            for text in cells + [""] * (width - len(cells)):
                row += _entry(text)
            part += row
        group += part
    return node


def quote_node(quote: Element) -> nodes.block_quote:
    """A docutils block quote with the paragraphs and the footer of an HTML ``<blockquote>``."""
    node = nodes.block_quote()
    paragraphs = [p.text() for p in quote.find_all("p")] or [quote.text()]
    for text in paragraphs:
        node += nodes.paragraph(text, text)
    for footer in quote.find_all("footer"):
        text = footer.text().lstrip("—– ").strip()
        node += nodes.attribution(text, text)
    return node


def html_to_nodes(html: str) -> list[nodes.Node]:
    """Docutils nodes for the tables, quotations and paragraphs of one HTML output.

    Tables and quotations keep their structure; any other visible text becomes a
    paragraph, so no output is lost from the printed book.
    """
    result: list[nodes.Node] = []

    def walk(element: Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                text = " ".join(child.split())
                if text:
                    result.append(nodes.paragraph(text, text))
            elif child.tag == "table":
                if child.find_all("td", "th"):
                    result.append(table_node(child))
            elif child.tag == "blockquote":
                result.append(quote_node(child))
            elif child.tag in ("p", "li", "h1", "h2", "h3", "h4", "caption", "pre"):
                text = child.text()
                if text:
                    result.append(nodes.paragraph(text, text))
            elif child.tag not in HIDDEN:
                walk(child)

    walk(parse_html(html))
    return result


class HtmlOutputsToLatex(SphinxPostTransform):
    """LaTeX: offer each HTML cell output as docutils nodes, the builder's first choice."""

    default_priority = 3  # before myst-nb's SelectMimeType (4) picks one output per cell
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for bundle in list(self.document.findall(nodes.container)):
            if bundle.get("nb_element") != "mime_bundle":
                continue
            mime_types = [child.get("mime_type") for child in bundle.children]
            if "text/html" not in mime_types or MIME_TYPE in mime_types:
                continue
            html = bundle.children[mime_types.index("text/html")].astext()
            if "vegaEmbed" in html:  # a chart: altair_offline makes its vector PDF
                continue
            converted = html_to_nodes(html)
            if converted:
                box = nodes.container(mime_type=MIME_TYPE)
                box.extend(converted)
                bundle += box


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_post_transform(HtmlOutputsToLatex)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
