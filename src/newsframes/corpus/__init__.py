"""Input: read articles (YAML front matter + raw text), remove boilerplate with traceable offsets.

``articles`` reads and validates article files; ``cleaning`` finds boilerplate
and maps clean offsets back to the raw text.
"""

from newsframes.corpus.articles import (
    FIELDS,
    Article,
    count_words,
    load_corpus,
    parse_article,
    read_articles,
    removed_spans,
)

__all__ = [
    "FIELDS",
    "Article",
    "count_words",
    "load_corpus",
    "parse_article",
    "read_articles",
    "removed_spans",
]
