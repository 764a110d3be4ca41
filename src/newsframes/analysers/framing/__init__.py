"""News frames: indicator hits in context, and frame scores.

Frames are data (``data/lexicons/frames.yml``, read by :mod:`newsframes.lexicons.frames`):
Semetko & Valkenburg's (2000) five generic frames plus topic frames, each as indicator
``terms`` and a few co-occurrence ``rules``. :func:`frame_hits` returns one row per hit
with its keyword-in-context (``hits``, ``table``), so every score (``scores``) can be
read back as words. Agreement with the human coding is measured in
:mod:`newsframes.evaluate.frames`.
"""

from __future__ import annotations

from newsframes.analysers.framing.hits import frame_hits, hit_columns, term_matchers
from newsframes.analysers.framing.scores import frame_scores
from newsframes.analysers.framing.table import HIT_COLUMNS, KWIC_WIDTH, hit_table, kwic
from newsframes.lexicons.frames import Frame, FrameLexicon, Rule, load_frames

__all__ = [
    "HIT_COLUMNS",
    "KWIC_WIDTH",
    "Frame",
    "FrameLexicon",
    "Rule",
    "frame_hits",
    "frame_scores",
    "hit_columns",
    "hit_table",
    "kwic",
    "load_frames",
    "term_matchers",
]
