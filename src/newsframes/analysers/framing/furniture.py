"""Page furniture: the lines of a saved web page that are not the report.

A report copied from a news site often keeps the site's menu ("• Economy", "• World")
and, after the story, the headlines of other stories the page links to ("Why gig economy
turns the clock back ..."). A frame term there frames nothing in the report, so
:func:`furniture_spans` finds those lines for the frame hits to leave out:

- a menu: a bulleted line of at most :data:`MENU_WORDS` words with no sentence
  punctuation, or a line of such items between bars ("Home | World | Economy");
- a link line: one that opens with "Read more:", "See also:", "Related Topics", "Tags:" ...;
- the closing links: the lines after the report's last line that ends a sentence, when
  none of them ends one, there are from :data:`FEWEST_LINKS` to :data:`CLOSING_LINES` of
  them and each is a headline of at most :data:`HEADLINE_WORDS` words. One or two such
  lines are more often the report itself (a subheading, then an excerpt cut off in the
  middle of a sentence) or its source; a text with no sentence punctuation at all has no
  such block.
"""

from __future__ import annotations

import bisect
import re

MENU_WORDS = 3
FEWEST_LINKS = 3
CLOSING_LINES = 12
HEADLINE_WORDS = 20
# A bulleted line: a bullet, then its item.
_BULLET = re.compile(r"[ \t]*[•·▪◦‣*–-][ \t]+(?P<item>\S.*)")
# How a line that ends a sentence ends: a full stop, question or exclamation mark (or an
# ellipsis, a colon) with any closing quotes or brackets after it.
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:]")
# The words a page puts before links and labels, then a colon, ">>" or the line's end.
_LINK_LINE = re.compile(
    r"[ \t]*(?:read more|read also|see also|more on this|related(?: [a-z]+)?|tags|topics"
    r"|keywords|filed under)[ \t]*(?::|>>|»|$)",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*\n?")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text``'s menus, link lines and closing links, in text
    order."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    spans = [(s, e) for s, e in lines if _is_menu(text[s:e]) or _LINK_LINE.match(text, s, e)]
    return _merge(spans + _closing_links(text, lines))


def _is_menu(line: str) -> bool:
    """Whether ``line`` is a bullet with a menu item, or menu items between bars."""
    line = line.strip()
    bullet = _BULLET.fullmatch(line)
    if bullet is not None:
        return _is_menu_item(bullet.group("item"))
    items = line.split("|")
    return len(items) > 1 and all(_is_menu_item(item) for item in items if item.strip())


def _is_menu_item(item: str) -> bool:
    """Whether ``item`` is a few words with no sentence punctuation."""
    return len(item.split()) <= MENU_WORDS and not _SENTENCE_PUNCTUATION.search(item)


def _closing_links(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The span of the lines after the last one that ends a sentence, if they are few."""
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    ends = [i for i, (s, e) in enumerate(filled) if _ENDS_SENTENCE.search(text[s:e])]
    last = ends[-1] if ends else None
    if last is None:
        return []
    closing = filled[last + 1 :]
    if not FEWEST_LINKS <= len(closing) <= CLOSING_LINES or any(
        len(text[s:e].split()) > HEADLINE_WORDS for s, e in closing
    ):
        return []
    return [(closing[0][0], closing[-1][1])]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def in_spans(position: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in one of the sorted ``spans`` (``starts`` their starts)."""
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and position < spans[i][1]
