"""Chapter helpers: the standard tables and charts of an article chapter, and the numbers its
prose quotes.

Each helper takes one article (:func:`newsframes.book.article`) and returns a
:class:`Section` (the rows behind a table or chart, the values the prose quotes, the
table's standard headings) or a chart. A chapter keeps its own prose and calls only the
sections it discusses: ``article`` holds the article, who appears, how groups are named
and who speaks; ``scores`` holds tone and frames; ``pointers`` says what a reader should
look at in each section (the generated chapters show it).
"""

from newsframes.book.sections.article import (
    FACT_ROWS,
    FACT_ROWS_WITH_OUTLET_TYPE,
    actors,
    actors_chart,
    busiest_sentences,
    facts,
    label_uses,
    label_uses_chart,
    labels,
    labels_by_voice,
    labels_chart,
    removed,
    statements,
    verbs_chart,
)
from newsframes.book.sections.base import Section, quote
from newsframes.book.sections.pointers import (
    actor_pointers,
    article_pointers,
    frame_pointers,
    label_pointers,
    limit_pointers,
    speaker_pointers,
    tone_pointers,
)
from newsframes.book.sections.scores import (
    extremes_by_tool,
    frame_agreement,
    frame_kwic,
    frame_precision,
    frames,
    frames_chart,
    masking,
    means_chart,
    sentences_at_extremes,
    tone,
    tone_arc,
    voice_tone,
    voice_tone_chart,
)

__all__ = [
    "FACT_ROWS",
    "FACT_ROWS_WITH_OUTLET_TYPE",
    "Section",
    "actor_pointers",
    "actors",
    "actors_chart",
    "article_pointers",
    "busiest_sentences",
    "extremes_by_tool",
    "facts",
    "frame_agreement",
    "frame_kwic",
    "frame_pointers",
    "frame_precision",
    "frames",
    "frames_chart",
    "label_pointers",
    "label_uses",
    "label_uses_chart",
    "labels",
    "labels_by_voice",
    "labels_chart",
    "limit_pointers",
    "masking",
    "means_chart",
    "quote",
    "removed",
    "sentences_at_extremes",
    "speaker_pointers",
    "statements",
    "tone",
    "tone_arc",
    "tone_pointers",
    "verbs_chart",
    "voice_tone",
    "voice_tone_chart",
]
