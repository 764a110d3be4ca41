"""newsframes: framing, sentiment and actor-mention analysis of news reports.

The package behind the Crossing Lines book. Every analyser takes text (or a
corpus DataFrame) and returns a tidy DataFrame with character offsets into the
clean text, so each number can be traced back to the words behind it.
"""

from newsframes.corpus.articles import load_corpus
from newsframes.errors import CorpusError, LexiconError, NewsframesError, Problem

__all__ = ["CorpusError", "LexiconError", "NewsframesError", "Problem", "load_corpus"]
__version__ = "0.1.0"
