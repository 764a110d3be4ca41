"""Checks for lesson 01, "The corpus as a DataFrame": loading, metadata, cleaning, counting.

Every expected value is computed from the corpus in ``data/articles``, so the checks
stay right when an article is added or a boilerplate rule changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import pandas as pd

from newsframes.book import checks
from newsframes.book.checks import Result
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import split_sentences, tokenize

ITV = "itv-2014-khateeb"
GUARDIAN = "guardian-2017-is-defectors"
GLOBALPOST = "globalpost-2011-jisr-al-shughour"


def _article(article_id: str) -> pd.Series:
    corpus = load_corpus().set_index("id")
    return cast(pd.Series, corpus.loc[article_id])


@checks.guarded
def check_n_articles(n_articles: Any) -> Result:
    """How many articles the corpus holds."""
    corpus = load_corpus()
    expected = len(corpus)
    mistake = checks.known_mistake(
        n_articles,
        expected,
        [
            (
                expected - 1,
                "that is the label of the last row: pandas counts rows from 0. Count them "
                "with len(corpus).",
            ),
            (
                len(corpus.columns),
                "that is the number of columns. One ROW is one article: len(corpus).",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        checks.as_number(n_articles),
        expected,
        "the number of articles",
        "One row of `corpus` is one article.",
    )


@checks.guarded
def check_inferred(inferred_ids: Any) -> Result:
    """The ids of the articles whose date is inferred from events, not printed."""
    corpus = load_corpus()
    inferred = corpus["date_basis"] == "inferred"
    expected = corpus.loc[inferred, "id"]
    if isinstance(inferred_ids, Iterable) and not isinstance(inferred_ids, str):
        mistake = checks.known_mistake(
            set(inferred_ids),
            set(expected),
            [
                (
                    set(corpus.loc[inferred, "outlet"]),
                    "those are the outlets of the right articles. Take the `id` column.",
                ),
                (
                    set(corpus.loc[~inferred, "id"]),
                    'those are the articles whose date is stated. Keep date_basis == "inferred".',
                ),
            ],
        )
        if mistake is not None:
            return mistake
    return checks.same_items(
        inferred_ids,
        expected,
        "the articles with an inferred date",
        'Select the rows where `date_basis == "inferred"` and take their `id`.',
    )


@checks.guarded
def check_longest(longest_id: Any) -> Result:
    """The id of the longest article (most words after cleaning)."""
    corpus = load_corpus()
    row = int(corpus["n_words"].to_numpy().argmax())
    expected = str(corpus["id"].iloc[row])
    if longest_id == expected:
        return checks.correct(f"{expected} is the longest article.")
    if longest_id in set(corpus["outlet"]):
        return checks.wrong("give the article's `id`, not its outlet.")
    if checks.as_number(longest_id) == corpus.index[row]:
        return checks.wrong(
            f"{longest_id} is the row label idxmax gives, not the id. Take the `id` of that "
            'row: corpus.loc[row, "id"].'
        )
    return checks.wrong(
        f"{longest_id!r} is not the longest article. Sort by `n_words` (or use `idxmax`)."
    )


@checks.guarded
def check_removed_chars(n_removed: Any) -> Result:
    """How many characters cleaning removed from the ITV article."""
    row = _article(ITV)
    expected = len(row["raw_text"]) - len(row["text"])
    video = next(s for s in row["removed"] if "VIDEO" in s.text)
    mistake = checks.known_mistake(
        n_removed,
        expected,
        [
            (
                video.end - video.start,
                "that is the length of the video prompt alone. Cleaning cut more than one "
                "span: compare the whole lengths.",
            ),
            (
                len(row["raw_text"]),
                "that is the length of the whole raw text. Subtract the length of `text`.",
            ),
            (
                len(row["text"]),
                "that is the length of the clean text. Subtract it from the length of `raw_text`.",
            ),
            (-expected, "that is the difference the wrong way round: raw minus clean."),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        checks.as_number(n_removed),
        expected,
        "the number of characters removed",
        "Compare the length of `raw_text` with the length of `text` (`len`).",
    )


@checks.guarded
def check_cut_position(cut_at: Any) -> Result:
    """Where, in the clean ITV text, the video prompt was cut out."""
    row = _article(ITV)
    spans = list(row["removed"])
    video = next(s for s in spans if "VIDEO" in s.text)
    before = sum(s.end - s.start for s in spans if s.end <= video.start)
    expected = video.start - before
    cut_at = checks.as_number(cut_at)
    mistake = checks.known_mistake(
        cut_at,
        expected,
        [
            (
                video.end - before,
                "that is where the prompt ENDS. The cut is at its start: use the prompt's `start`.",
            ),
            (
                video.start - sum(s.end - s.start for s in spans),
                "you subtracted every cut, also the prompt itself. Subtract only the spans "
                "removed BEFORE it.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    if cut_at == video.start:
        return checks.wrong(
            f"{cut_at} is where the prompt starts in the RAW text. In the clean text, "
            "everything removed before it is missing too: subtract those lengths."
        )
    return checks.number(
        cut_at,
        expected,
        "the position of the cut in the clean text",
        "Start from the raw position of the video prompt and subtract the lengths of "
        "the spans removed before it.",
    )


@checks.guarded
def check_restored(restored: Any) -> Result:
    """The ITV raw text rebuilt from the clean text and the removed spans."""
    row = _article(ITV)
    if isinstance(restored, bool):
        return checks.wrong(
            "`restored` should be the rebuilt text, not the result of comparing it with "
            "the raw text (True or False)."
        )
    if not isinstance(restored, str):
        return checks.wrong(f"`restored` should be a string, not {type(restored).__name__}.")
    if restored == row["raw_text"]:
        return checks.correct("the clean text plus the removed spans is exactly the raw text.")
    if restored == row["text"]:
        return checks.wrong("that is the clean text. Put the removed spans back with `restore`.")
    return checks.wrong(
        "this differs from the raw text. Use `cleaning.restore(text, removed)` with the "
        "ITV row's `text` and `removed`."
    )


def _tokens_problem(guardian_tokens: Any) -> Result | None:
    """``None`` if ``guardian_tokens`` are the tokens of the clean Guardian text; else the hint."""
    row = _article(GUARDIAN)
    text, raw = str(row["text"]), str(row["raw_text"])
    if isinstance(guardian_tokens, str) or not isinstance(guardian_tokens, Iterable):
        return checks.wrong(
            "`guardian_tokens` should be the list `tokenize(text)` returns, not "
            f"{type(guardian_tokens).__name__}."
        )
    tokens = [str(t) for t in guardian_tokens]
    if tokens == tokenize(text):
        return None
    if tokens == text.split():
        return checks.wrong(
            "those are the pieces between spaces (`split`), which keep punctuation on "
            "words and count dashes. Use `tokenize`."
        )
    if tokens in (tokenize(raw), raw.split()):
        return checks.wrong("those are the words of the raw text. Use the clean `text`.")
    return checks.wrong(
        "those are not the tokens of the Guardian article's clean text. Use "
        "`tokenize(guardian_text)`."
    )


@checks.guarded
def check_words(n_words: Any, guardian_tokens: Any) -> Result:
    """The word tokens of the clean Guardian article, and how many there are."""
    problem = _tokens_problem(guardian_tokens)
    if problem is not None:
        return problem
    expected = len(tokenize(str(_article(GUARDIAN)["text"])))
    result = checks.number(
        checks.as_number(n_words),
        expected,
        "the number of words",
        "Count your tokens: `len(guardian_tokens)`.",
    )
    if result.passed:
        return checks.correct(f"the Guardian article has {expected} words.")
    return result


@checks.guarded
def check_sentences(n_sentences: Any, guardian_sentences: Any) -> Result:
    """The table of sentences of the clean Guardian article, and how many rows it has."""
    row = _article(GUARDIAN)
    text = str(row["text"])
    sentences = split_sentences(text)
    failed = checks.frame_columns(guardian_sentences, ["text"], "`guardian_sentences`")
    if failed is not None:
        return failed
    got = [str(s) for s in guardian_sentences["text"]]
    if got != list(sentences["text"]):
        if got == list(split_sentences(str(row["raw_text"]))["text"]):
            return checks.wrong("those are the sentences of the raw text. Use the clean `text`.")
        return checks.wrong(
            "those are not the sentences of the Guardian article's clean text. Use "
            "`split_sentences(guardian_text)`."
        )
    expected = len(sentences)
    mistake = checks.known_mistake(
        n_sentences,
        expected,
        [
            (
                len(text.splitlines()),
                "that counts lines (paragraphs). A paragraph holds several sentences: count "
                "the rows of `guardian_sentences`.",
            ),
            (
                len(text.split(".")),
                'that counts the pieces between full stops (split(".")), which breaks after '
                '"Lt." and misses "?" and "!". Count the rows of `guardian_sentences`.',
            ),
            (
                len(sentences.columns),
                "that is the number of columns of the table. Count its rows: "
                "`len(guardian_sentences)`.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        checks.as_number(n_sentences),
        expected,
        "the number of sentences",
        "`split_sentences(text)` returns one row per sentence: count the rows.",
    )


def expected_lengths() -> pd.DataFrame:
    """Per article: words, sentences and words per sentence (the table lesson 01 asks for)."""
    corpus = load_corpus()
    rows = []
    for aid, text in zip(corpus["id"], corpus["text"], strict=True):
        n_words, n_sents = len(tokenize(text)), len(split_sentences(text))
        rows.append((aid, n_words, n_sents, n_words / n_sents))
    return pd.DataFrame(rows, columns=["id", "n_words", "n_sentences", "words_per_sentence"])


@checks.guarded
def check_lengths(lengths: Any) -> Result:
    """A table with id, n_words, n_sentences and words_per_sentence for every article."""
    columns = ["id", "n_words", "n_sentences", "words_per_sentence"]
    failed = checks.frame_columns(lengths, columns, "`lengths`")
    if failed is not None:
        return failed
    expected = expected_lengths().set_index("id")
    got = lengths.set_index("id")
    missing = sorted(set(expected.index) - set(got.index))
    if missing:
        return checks.wrong(f"`lengths` has no row for {missing[0]}. One row per article.")
    if len(lengths) != len(expected) or lengths["id"].duplicated().any():
        return checks.wrong(
            f"`lengths` has {len(lengths)} rows for {lengths['id'].nunique()} ids. One row "
            f"per article: {len(expected)}."
        )
    for column, hint in [
        ("n_words", "count words with `tokenize` on the clean text"),
        ("n_sentences", "count the rows of `split_sentences(text)`"),
        ("words_per_sentence", "divide `n_words` by `n_sentences`"),
    ]:
        diff = (got.loc[expected.index, column].astype(float) - expected[column]).abs() > 1e-6
        if diff.any():
            aid = diff[diff].index[0]
            return checks.wrong(f"`{column}` is wrong for {aid}: {hint}.")
    return checks.correct("one row per article, and every number is right.")


@checks.guarded
def check_longest_sentence(longest_sentence: Any) -> Result:
    """The longest sentence (in words) of the GlobalPost article."""
    sents = split_sentences(str(_article(GLOBALPOST)["text"]))
    counts = [len(tokenize(s)) for s in sents["text"]]
    best = max(counts)
    longest = {s for s, n in zip(sents["text"], counts, strict=True) if n == best}
    if not isinstance(longest_sentence, str):
        return checks.wrong("give the sentence itself, as a string (the `text` column).")
    if longest_sentence.strip() in longest:
        return checks.correct(f"the longest sentence has {best} words.")
    by_characters = str(sents["text"].iloc[int(sents["text"].str.len().to_numpy().argmax())])
    if longest_sentence.strip() == by_characters and by_characters not in longest:
        return checks.wrong(
            "that is the longest sentence in CHARACTERS. Count words with `tokenize` and "
            "take the sentence with the most."
        )
    if len(tokenize(longest_sentence)) < best:
        return checks.wrong(
            f"that sentence has {len(tokenize(longest_sentence))} words; a longer one exists. "
            "Count words with `tokenize`, not characters with `len`."
        )
    return checks.wrong("that is not a sentence of the GlobalPost article. Use its clean text.")
