"""Analysers: each reads a parsed article and adds tidy tables (one row per observation).

``parse`` reads an article once (sentences, actor mentions, quotations); ``actors``,
``labels``, ``sourcing``, ``framing`` and ``sentiment`` each add their tables;
``compare`` contrasts the words of groups of articles.
"""
