"""Book support: chapter helpers (``chapters``, re-exported here), ``charts``, the lesson
builder (``lessons``) and the lessons' answer checks (``checks``).
"""

from newsframes.book.chapters import ArticleView, analysis, article, kwic, plain, quotation, table

__all__ = ["ArticleView", "analysis", "article", "kwic", "plain", "quotation", "table"]
