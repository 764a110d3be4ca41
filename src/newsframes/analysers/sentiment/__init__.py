"""Sentiment: sentence scores (``scoring``), the fast exact scorers behind them
(``scorers``) and bootstrap summaries per article, voice and actor (``summary``).
"""

from newsframes.analysers.sentiment.scoring import (
    PLACEHOLDER,
    SEGMENT_COLUMNS,
    SENTENCE_SCORE_COLUMNS,
    drivers_long,
    format_drivers,
    score_columns,
    score_segments,
    score_sentences,
    score_table,
)
from newsframes.analysers.sentiment.summary import (
    ACTOR_MEASURES,
    ARTICLE_MEASURES,
    MIN_N_FOR_CI,
    SUMMARY_COLUMNS,
    VADER_NEUTRAL,
    actor_sentiment,
    article_sentiment,
    bootstrap_ci,
    mentions_with_sentences,
    textblob_vader_agreement,
    voice_sentiment,
)

__all__ = [
    "ACTOR_MEASURES",
    "ARTICLE_MEASURES",
    "MIN_N_FOR_CI",
    "PLACEHOLDER",
    "SEGMENT_COLUMNS",
    "SENTENCE_SCORE_COLUMNS",
    "SUMMARY_COLUMNS",
    "VADER_NEUTRAL",
    "actor_sentiment",
    "article_sentiment",
    "bootstrap_ci",
    "drivers_long",
    "format_drivers",
    "mentions_with_sentences",
    "score_columns",
    "score_segments",
    "score_sentences",
    "score_table",
    "textblob_vader_agreement",
    "voice_sentiment",
]
