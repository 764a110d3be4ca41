"""Size limits on what the package reads, in one place: every check reads them from here.

``MAX_ARTICLE_CHARS`` is the longest article ``analyze`` accepts, in characters of its
clean text (``validate`` checks the same limit). Analysis time and memory grow in
proportion to an article's length (``bench/bench_scaling.py`` checks that doubling an
article at most about doubles its time). At the limit, an article of prose, a paragraph
without punctuation or a line of 80,000 short sentences takes 2 to 5 seconds and 200 to
300 MB; the most contrived text tried ("IS. " over and over: a sentence and an actor
mention every four characters) about 25 seconds and 850 MB. Longer texts are refused
with a message naming the article, not left to run out of memory: split such a text into
several articles (one file, and one id, each).

This module imports nothing from the package, so every layer can read it.
"""

from __future__ import annotations

MAX_ARTICLE_CHARS = 2_000_000


def article_too_long(n_chars: int, limit: int | None = None) -> tuple[str, str] | None:
    """``(message, fix)`` for an article text of ``n_chars`` characters over the limit, else None.

    ``limit`` defaults to :data:`MAX_ARTICLE_CHARS` as it is when called.
    """
    limit = MAX_ARTICLE_CHARS if limit is None else limit
    if n_chars <= limit:
        return None
    parts = -(-n_chars // limit)
    return (
        f"the text is {n_chars:,} characters long, more than the limit of {limit:,} "
        f"per article (newsframes.limits.MAX_ARTICLE_CHARS)",
        f"split the article into {parts} or more articles of at most {limit:,} characters "
        f"each (one file and one id each), e.g. at paragraph breaks",
    )
