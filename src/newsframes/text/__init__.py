"""Text: sentences, words and quotation spans (``segmentation``), and the one term matcher
(``matching``) that actors, labels, frames and reporting verbs all use.
"""

from newsframes.text.segmentation import (
    SENTENCE_COLUMNS,
    WORD,
    in_spans,
    paragraph_spans,
    quote_spans,
    sentence_spans,
    sentences,
    split_sentences,
    tokenize,
    word_spans,
)

__all__ = [
    "SENTENCE_COLUMNS",
    "WORD",
    "in_spans",
    "paragraph_spans",
    "quote_spans",
    "sentence_spans",
    "sentences",
    "split_sentences",
    "tokenize",
    "word_spans",
]
