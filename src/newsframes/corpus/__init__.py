"""Input: read articles (YAML front matter + raw text), remove boilerplate with traceable offsets.

``articles`` reads and validates article files, with ``files`` (which files are read),
``front_matter`` (the ``---`` lines and the strict YAML), ``fields`` (the metadata) and
``text_checks`` (the text); ``cleaning`` finds boilerplate and maps clean offsets back to
the raw text.
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
from newsframes.corpus.files import SkippedFileWarning

__all__ = [
    "FIELDS",
    "Article",
    "SkippedFileWarning",
    "count_words",
    "load_corpus",
    "parse_article",
    "read_articles",
    "removed_spans",
]
