"""Find who is named in a text: actor mentions from ``data/lexicons/actors.yml``."""

from newsframes.analysers.actors.mentions import (
    CO_MENTION_COLUMNS,
    CORPUS_MENTION_COLUMNS,
    MENTION_COLUMNS,
    Actor,
    ActorLexicon,
    FamilyName,
    Mention,
    actor_counts,
    co_mentions,
    corpus_mentions,
    find_mentions,
    load_actors,
    mask_mentions,
    mention_table,
    mention_tuples,
)

__all__ = [
    "CORPUS_MENTION_COLUMNS",
    "CO_MENTION_COLUMNS",
    "MENTION_COLUMNS",
    "Actor",
    "ActorLexicon",
    "FamilyName",
    "Mention",
    "actor_counts",
    "co_mentions",
    "corpus_mentions",
    "find_mentions",
    "load_actors",
    "mask_mentions",
    "mention_table",
    "mention_tuples",
]
