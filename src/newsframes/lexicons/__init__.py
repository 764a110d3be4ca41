"""Lexicons: the YAML files in ``data/lexicons`` that drive the analysis, read by one loader.

``schema`` holds the checks every lexicon shares; ``validation`` checks them all at once.
"""

from newsframes.lexicons.loader import lexicon_path

__all__ = ["lexicon_path"]
