"""Tests on one copy of the project, built once: an instructor's added article, its chapter and
the README's steps (tests/book_copy/conftest.py)."""
