"""Actor names masked before scoring, and the test that says when masking cannot matter.

"Free" in "Free Syrian Army" is a name, not a judgement: the masked scores
replace each word of every actor mention by a neutral placeholder. Re-scoring
every sentence with a mention would double the work, so :func:`mask_changes`
first asks the scorers whether the words that masking changes (the whole
whitespace tokens around each mention) could change a score at all; a test
checks this against re-scoring on every mention of the five articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsframes.analysers.sentiment.scorers import Scorers

# A masked name becomes one neutral word per word of the name, so that word
# positions (VADER looks three words back for negations and boosters) and
# TextBlob's modifier/negation bookkeeping stay as they were.
PLACEHOLDER = "Actor"
_NONSPACE = re.compile(r"\S+")
_NONSPACE_RUN = re.compile(r"\S*")


def masked(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with each mention's words replaced by the placeholder.

    ``spans`` are sorted by start; one that overlaps an earlier one is left as it is.
    """
    parts = []
    cursor = start
    for m_start, m_end in spans:
        m_start, m_end = max(m_start, start), min(m_end, end)
        if m_start < cursor or m_end <= m_start:
            continue
        parts.append(text[cursor:m_start])
        parts.append(_NONSPACE.sub(PLACEHOLDER, text[m_start:m_end]))
        cursor = m_end
    parts.append(text[cursor:end])
    return "".join(parts)


def mask_regions(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]]
) -> list[tuple[str, str]]:
    """(original, masked) for each stretch of whole whitespace tokens that masking changes.

    ``spans`` (sorted by start) lie inside ``[start, end)``. Each mention is widened
    to the whitespace around it within the span; mentions whose widened stretches
    touch share one region.
    """
    regions: list[tuple[int, int, list[tuple[int, int]]]] = []
    walked_to = start  # no walk back goes past the previous mention's end
    for m_start, m_end in spans:
        if regions and m_end <= regions[-1][1]:
            # ends within the last region's stretch: its widening is inside it too
            regions[-1][2].append((m_start, m_end))
            walked_to = max(walked_to, m_end)
            continue
        left = m_start
        while left > walked_to and not text[left - 1].isspace():
            left -= 1
        walked_to = m_end
        match = _NONSPACE_RUN.match(text, m_end, end)
        right = match.end() if match else m_end
        if regions and left <= regions[-1][1]:
            a, b, inside = regions[-1]
            inside.append((m_start, m_end))
            regions[-1] = (a, max(b, right), inside)
        else:
            regions.append((left, right, [(m_start, m_end)]))
    return [(text[a:b], masked(text, a, b, inside)) for a, b, inside in regions]


def mask_changes(
    scorers: Scorers, text: str, start: int, end: int, spans: Sequence[tuple[int, int]]
) -> tuple[bool, bool]:
    """Whether masking ``spans`` can change ``text[start:end]``'s (TextBlob, VADER) score."""
    tb = vd = False
    for original, replaced in mask_regions(text, start, end, spans):
        t_eff, v_eff = scorers.mask_effect(original, replaced)
        tb |= t_eff
        vd |= v_eff
        if tb and vd:
            break
    return tb, vd
