"""Sentiment: sentence scores (``scoring``), the TextBlob and VADER scorers behind
them (``scorers``: a fast exact path for the pinned library versions, the libraries
themselves otherwise), actor names masked (``masking``) and bootstrap summaries per
article, voice and actor (``summary``).
"""

from newsframes.analysers.sentiment.masking import PLACEHOLDER
from newsframes.analysers.sentiment.scorers import (
    ScorerVersionWarning,
    textblob_scores,
    vader_compound,
    vader_lexicon,
)
from newsframes.analysers.sentiment.scoring import (
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
    "ScorerVersionWarning",
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
    "textblob_scores",
    "textblob_vader_agreement",
    "vader_compound",
    "vader_lexicon",
    "voice_sentiment",
]
