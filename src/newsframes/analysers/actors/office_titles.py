"""A bare office title ("the president") names the holder the report titled last.

The gazetteer gives "the president" to Syria's president, which is right in most reports on
the war. A report from Washington or Moscow titles its own: "President Donald Trump ... The
president tweeted". So the bare title follows the last "President <Name>" before it: where a
listed person's mention holds that name, the title is theirs; where no mention does (a
president the gazetteer does not list), it names no listed actor and is dropped. A title
after "Vice" or "former" (``name_patterns.yml`` ``former_holder_words``) is no holder's now.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsframes.analysers.actors.gazetteer import Gazetteer
from newsframes.lexicons.name_patterns import NamePatterns


@lru_cache(maxsize=8)
def _title_regex(offices: tuple[str, ...]) -> re.Pattern[str]:
    """An office's title before a capitalised word, not joined to a word before it
    ("Vice-President" and "ex-President" are other offices)."""
    words = "|".join(re.escape(o) for o in offices)
    return re.compile(rf"(?<![\w-])(?:{words})[^\S\n]+(?=[A-Z])")


def _holder(
    rows: list[tuple[int, int, str]], starts: list[int], at: int, gaz: Gazetteer
) -> str | None:
    """The person whose mention holds the name at ``at``, or None (no listed person)."""
    i = bisect.bisect_right(starts, at) - 1
    if i < 0 or not rows[i][0] <= at < rows[i][1]:
        return None
    actor = rows[i][2]
    return actor if gaz.type_and_side[actor][0] == "person" else None


def titled_holders(
    text: str, rows: list[tuple[int, int, str]], gaz: Gazetteer, patterns: NamePatterns
) -> list[tuple[int, int, str]]:
    """``rows`` (start, end, actor id; in order) with each bare office title ("the
    president") given to the holder the report titled last before it, or dropped where
    that holder is no listed person. A title the report gives nobody first keeps the
    gazetteer's reading."""
    offices = patterns.office_titles
    bare = {f"the {office}".casefold() for office in offices}
    if not any(text[s:e].casefold() in bare for s, e, _ in rows):
        return rows
    starts = [s for s, _, _ in rows]
    former = set(patterns.former_holder_words)
    titled: list[tuple[int, str | None]] = []  # (where the title is, its holder)
    for found in _title_regex(tuple(offices)).finditer(text):
        word_before = text[: found.start()].split()[-1:]
        if word_before and word_before[0] in former:
            continue
        titled.append((found.start(), _holder(rows, starts, found.end(), gaz)))
    positions = [at for at, _ in titled]
    out: list[tuple[int, int, str]] = []
    for start, end, actor in rows:
        last = bisect.bisect_left(positions, start) - 1
        if text[start:end].casefold() not in bare or last < 0:
            out.append((start, end, actor))
            continue
        holder = titled[last][1]
        if holder is not None:
            out.append((start, end, holder))  # the holder titled last (or the same actor)
    return out
