"""A bare office title ("the president") in a report that titles another holder.

The gazetteer gives "the president" to Syria's president, which is right in most reports on
the war. A report from Washington or Moscow that never names him titles its own: "President
Donald Trump ... The president tweeted". So where the report has not named the gazetteer's
holder before a bare title, the title follows the last "President <Name>" before it: a
listed person's mention there makes it theirs, and a name no mention covers (a president
the gazetteer does not list) makes it no listed actor's, so it is dropped. Where the report
has named the gazetteer's holder, a president it names in passing ("Assad said Turkish
President Erdogan ...") does not take the title. A title after "Vice", "former" or "late"
(``name_patterns.yml`` ``former_holder_words``, also one word before: "former U.S.
President") is no holder's now, and "the president-elect" is another office.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsframes.analysers.actors.gazetteer import Gazetteer
from newsframes.lexicons.name_patterns import NamePatterns

_PUNCTUATION = "\"'“‘(["


@lru_cache(maxsize=8)
def _title_regex(offices: tuple[str, ...]) -> re.Pattern[str]:
    """An office's title before a name (capitalised, or opened by a particle: "President
    al-Assad"), not joined to a word before it ("Vice-President" is another office)."""
    words = "|".join(re.escape(o) for o in offices)
    return re.compile(rf"(?<![\w-])(?:{words})[^\S\n]+(?=[A-Z]|[a-z]{{1,3}}-[A-Z])")


def _former(text: str, at: int, former: tuple[str, ...]) -> bool:
    """Whether one of the two words before ``at`` marks a past or lesser office: "former
    President", "the late Syrian President", "then-U.S. President", "Vice President"."""
    for word in text[max(0, at - 40) : at].split()[-2:]:
        word = word.lstrip(_PUNCTUATION)
        if word in former or any(w.endswith("-") and word.startswith(w) for w in former):
            return True
    return False


def _holder(
    rows: list[tuple[int, int, str]], starts: list[int], at: int, gaz: Gazetteer
) -> str | None:
    """The actor of the mention holding the name at ``at``: a person's id; "" for another
    actor ("President Assad's army": the title is the gazetteer's reading); None where no
    mention holds it (a president the gazetteer does not list)."""
    i = bisect.bisect_right(starts, at) - 1
    if i < 0 or not rows[i][0] <= at < rows[i][1]:
        return None
    actor = rows[i][2]
    return actor if gaz.type_and_side[actor][0] == "person" else ""


def titled_holders(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` (start, end, actor id; in order) with each bare office title ("the
    president") given to the holder the report titled last before it, where the report has
    not named the gazetteer's holder before it, or dropped where that holder is no listed
    actor; "the president-elect" is dropped. Other rows are kept as they are."""
    bare = {f"the {office}".casefold() for office in patterns.office_titles}
    if not any(text[s:e].casefold() in bare for s, e, _ in rows):
        return rows
    starts = [s for s, _, _ in rows]
    titled = [
        (found.start(), _holder(rows, starts, found.end(), gaz))
        for found in _title_regex(tuple(patterns.office_titles)).finditer(text)
        if not _former(text, found.start(), patterns.former_holder_words)
    ]
    positions = [at for at, _ in titled]
    named: set[str] = set()  # actors named before, other than by a bare title
    out: list[tuple[int, int, str]] = []
    for start, end, actor in rows:
        if text[start:end].casefold() not in bare:
            named.add(actor)
            out.append((start, end, actor))
            continue
        if text.startswith("-", end):
            continue  # "the president-elect": another office
        last = bisect.bisect_left(positions, start) - 1
        holder = titled[last][1] if last >= 0 and actor not in named else ""
        if holder is not None:
            out.append((start, end, holder or actor))
    return out
