"""Names the actor lexicon does not know: capitalised names in a text that no mention covers.

A first look at what the gazetteer misses in a new article: every run of capitalised words
("Abu Saad", "Jisr al-Shughour", "Damascus") that overlaps no actor mention. It is not a
named-entity recogniser: places, events and titles are listed too, for a reader to judge.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator

import pandas as pd

from newsframes.analysers.actors.mentions import mention_tuples
from newsframes.lexicons.actors import ActorLexicon
from newsframes.lexicons.name_patterns import load_name_patterns, particle_prefix
from newsframes.lexicons.stopwords import load_stopwords
from newsframes.text.segmentation import sentence_spans

UNMATCHED_COLUMNS = ["name", "count", "start"]
# A word: letters, then letters, digits, apostrophes or inner hyphens ("al-Assad", "Sham's").
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")
# Lower-case words that stay inside a name between two capitalised ones ("Army of Islam").
_CONNECTORS = frozenset({"of", "al", "el", "bin", "ibn", "de", "the"})
_OPENING = "“‘\"'([ \t"
_POSSESSIVE = re.compile(r"['’]s$")
# Words written with a capital that name no one.
_CALENDAR = frozenset(
    name for name in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if name
)


def _is_capitalised(word: str, particle: re.Pattern[str]) -> bool:
    return particle.sub("", word)[:1].isupper()


def _runs(text: str, skip: frozenset[str]) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, one_word)`` of each run of capitalised words joined by single spaces
    (connectors inside), without leading ``skip`` words ("The Syrian" is "Syrian") or a
    final possessive; a possessive ends a run ("Syria's Idlib" is two)."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    # lower-case particles a capitalised name may start with ("al-Assad", name_patterns.yml)
    particle = particle_prefix(load_name_patterns())
    i = 0
    while i < len(words):
        if not _is_capitalised(words[i][2], particle) or words[i][2].lower() in skip:
            i += 1
            continue
        last = j = i
        while (
            not _POSSESSIVE.search(words[j][2])
            and j + 1 < len(words)
            and text[words[j][1] : words[j + 1][0]] == " "
        ):
            following = words[j + 1][2]
            if _is_capitalised(following, particle):
                last = j = j + 1
            elif following in _CONNECTORS:
                j += 1
            else:
                break
        end = words[last][1]
        possessive = _POSSESSIVE.search(text, words[last][0], end)
        yield words[i][0], possessive.start() if possessive else end, last == i
        i = last + 1


def _opens_sentence(text: str, start: int, sentence_starts: list[int]) -> bool:
    """Whether only opening quotes or brackets stand between its sentence's start and ``start``."""
    sentence = (
        sentence_starts[bisect.bisect_right(sentence_starts, start) - 1] if sentence_starts else 0
    )
    return not text[sentence:start].strip(_OPENING)


def unmatched_names(text: str, lexicon: ActorLexicon | None = None) -> pd.DataFrame:
    """Capitalised names in ``text`` that overlap no actor mention: ``name``, ``count`` (how
    often it occurs) and ``start`` (its first offset), most frequent first.

    A single word that opens a sentence counts only if it is also capitalised inside one
    ("Soldiers" at a sentence start is no name); stop words ("I", "The") and month and day
    names are never names.
    """
    mentions = mention_tuples(text, lexicon)  # in order, never overlapping
    starts, ends = [m.start for m in mentions], [m.end for m in mentions]
    sentence_starts = [start for _, start, _ in sentence_spans(text)]
    stopwords = load_stopwords()
    found: list[tuple[str, int, bool]] = []
    for start, end, one_word in _runs(text, stopwords):
        name = text[start:end]
        before = bisect.bisect_left(starts, end) - 1  # the last mention starting before the end
        if (before >= 0 and ends[before] > start) or (one_word and name in _CALENDAR):
            continue
        found.append((name, start, one_word and _opens_sentence(text, start, sentence_starts)))
    inside = {name for name, _, opens in found if not opens}
    kept = [(name, start) for name, start, opens in found if not opens or name in inside]
    table = pd.DataFrame(kept, columns=["name", "start"])
    summary = table.groupby("name", sort=False).agg(count=("start", "size"), start=("start", "min"))
    ordered = summary.reset_index().sort_values(["count", "start"], ascending=[False, True])
    return ordered[UNMATCHED_COLUMNS].reset_index(drop=True)
