"""Checks for lesson 02, "Counting actors with a gazetteer": mentions, lexicon edits on a
copy, an ambiguous surname, per-1,000-word rates and a bug hunt.

Expected values are computed with ``newsframes.analysers.actors`` on the corpus and on the
lexicon the student passes in, so they follow any change to ``actors.yml``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from newsframes.analysers.actors import (
    ActorLexicon,
    actor_counts,
    corpus_mentions,
    find_mentions,
    load_actors,
)
from newsframes.book import checks
from newsframes.book.checks import Result
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import tokenize

ASHARQ = "asharq-2011-airforce-defections"
FSA = "free_syrian_army"
RIAD_FULL = "Riad al-Assad"  # the spelling the Asharq Al-Awsat report uses
# The lesson's own example of a bare surname that is not the president (printed on the page;
# tests/test_checks_lesson_02.py checks that the lesson still prints it).
PAGE_EXAMPLE = "Maher al-Assad commands the Fourth Division. Assad's men fired first."


def _text(article_id: str) -> str:
    return str(load_corpus().set_index("id").loc[article_id, "text"])


def _count(text: str, actor_id: str, lexicon: ActorLexicon | None = None) -> int:
    mentions = find_mentions(text, lexicon)
    return int((mentions["actor_id"] == actor_id).sum())


def _is_lexicon(answer: Any, name: str) -> Result | None:
    if isinstance(answer, ActorLexicon):
        return None
    return checks.wrong(
        f"`{name}` should be the lexicon `load_actors(path)` returns, not {type(answer).__name__}."
    )


def _credited_at_riad(lexicon: ActorLexicon) -> str:
    """Who the report's "Riad al-Assad" is credited to with ``lexicon`` ("nobody" if no one)."""
    text = _text(ASHARQ)
    at = text.find(RIAD_FULL)
    mentions = find_mentions(text, lexicon)
    here = mentions[(mentions["start"] < at + len(RIAD_FULL)) & (mentions["end"] > at)]
    return "nobody" if here.empty else str(here.iloc[0]["actor_id"])


def _family_aliases() -> set[str]:
    return {a.lower() for family in load_actors().family_names for a in family.aliases}


@checks.guarded
def check_own_sentence(my_sentence: Any) -> Result:
    """A sentence of the student's own where a bare "Assad" is not the president."""
    if not isinstance(my_sentence, str):
        return checks.wrong(f"`my_sentence` should be a string, not {type(my_sentence).__name__}.")
    if " ".join(PAGE_EXAMPLE.split()) in " ".join(my_sentence.split()):
        return checks.wrong(
            "that is the lesson's own example. Write a sentence of your own, e.g. with Riad "
            "al-Assad, the colonel who founded the Free Syrian Army."
        )
    mentions = find_mentions(my_sentence)
    bare = mentions[mentions["surface"].str.lower().isin(_family_aliases())]
    if bare.empty:
        return checks.wrong(
            'the matcher finds no bare surname ("Assad", "al-Assad", "Mr Assad") in your '
            "sentence. Use one after the full name of another Assad."
        )
    others = bare[bare["actor_id"] != "bashar_al_assad"]
    if others.empty:
        return checks.wrong(
            "every bare surname in your sentence is credited to Bashar al-Assad. Name another "
            'Assad in full first ("Maher al-Assad", "Riad al-Assad"), in the same paragraph.'
        )
    row = others.iloc[0]
    return checks.correct(f"{row['surface']!r} is credited to {row['actor_id']}.")


def _fsa_rows_problem(fsa: Any, mentions: pd.DataFrame) -> Result | None:
    """``None`` if ``fsa`` holds the report's Free Syrian Army mentions; otherwise the hint."""
    failed = checks.frame_columns(fsa, ["surface", "actor_id"], "`fsa`")
    if failed is not None:
        return failed
    expected = mentions[mentions["actor_id"] == FSA]
    if fsa.empty:
        return checks.wrong(
            f'`fsa` has no rows. Keep the mentions whose `actor_id` is "{FSA}" (the id, '
            "not the words of the text)."
        )
    others = sorted(set(fsa["actor_id"]) - {FSA})
    if others:
        return checks.wrong(f"`fsa` also has mentions of {others[0]}. Keep only {FSA}.")
    if len(fsa) < len(expected):
        return checks.wrong(
            f"`fsa` keeps {len(fsa)} of the {len(expected)} FSA mentions: only some of its "
            f'spellings. Filter on `actor_id == "{FSA}"`, not on the `surface`.'
        )
    if len(fsa) > len(expected):
        return checks.wrong(f"`fsa` has {len(fsa)} rows; the report has {len(expected)}.")
    return None


@checks.guarded
def check_fsa_count(n_fsa: Any, fsa: Any) -> Result:
    """The mentions of the Free Syrian Army in the Asharq Al-Awsat report, and their number."""
    mentions = find_mentions(_text(ASHARQ))
    problem = _fsa_rows_problem(fsa, mentions)
    if problem is not None:
        return problem
    expected = int((mentions["actor_id"] == FSA).sum())
    n_fsa = checks.as_number(n_fsa)
    mistake = checks.known_mistake(
        n_fsa,
        expected,
        [
            (
                int(fsa["surface"].nunique()),
                "that counts the different words (`surface` values). Count the rows: len(fsa).",
            ),
            (
                int(mentions["surface"].isin(["Free Syrian Army"]).sum()),
                "that counts only the surface 'Free Syrian Army'. Count the rows of `fsa`: "
                "FSA and other aliases count too.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        n_fsa,
        expected,
        "the number of FSA mentions",
        "Count the rows of `fsa`: len(fsa).",
    )


@checks.guarded
def check_alias_added(my_actors: Any, n_army_after: Any) -> Result:
    """The copied lexicon has a new alias of syrian_army and the count went up."""
    failed = _is_lexicon(my_actors, "my_actors")
    if failed is not None:
        return failed
    text = _text(ASHARQ)
    before = _count(text, "syrian_army")
    after = _count(text, "syrian_army", my_actors)
    if after <= before:
        return checks.wrong(
            f"with your lexicon the report still has {after} syrian_army mention(s). Add an "
            "alias that occurs in the text (look for 'Syrian arm' in sentence 3)."
        )
    if my_actors.path == load_actors().path:
        return checks.wrong("you changed the real lexicon in data/. Edit the copy in `workdir`.")
    mentions_after = find_mentions(text, my_actors)
    mistake = checks.known_mistake(
        n_army_after,
        after,
        [
            (
                before,
                f"{before} is the count before your edit, printed above. Find the mentions "
                "again with lexicon=my_actors and count syrian_army rows.",
            ),
            (
                len(mentions_after),
                "that counts the mentions of every actor. Count only the syrian_army rows.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        checks.as_number(n_army_after),
        after,
        "the syrian_army count with your lexicon",
        "Run `find_mentions(text, lexicon=my_actors)` and count syrian_army rows.",
    )


@checks.guarded
def check_broken(broken_actors: Any, n_bashar_broken: Any) -> Result:
    """Without the alias "Riad al-Assad", the matcher credits "al-Assad" to Bashar."""
    failed = _is_lexicon(broken_actors, "broken_actors")
    if failed is not None:
        return failed
    if _credited_at_riad(broken_actors) == "riad_al_assad":
        return checks.wrong(
            f"{RIAD_FULL!r} in the report is still riad_al_assad with `broken_actors`: as an "
            "alias, or as a spelling variant the lexicon makes from another alias. Remove the "
            "alias and turn off the variants (variants=False) in the copy, then load it again."
        )
    text = _text(ASHARQ)
    expected = _count(text, "bashar_al_assad", broken_actors)
    mistake = checks.known_mistake(
        n_bashar_broken,
        expected,
        [
            (
                _count(text, "bashar_al_assad"),
                "that is the count with the real lexicon. Find the mentions with "
                "lexicon=broken_actors.",
            ),
            (
                _count(text, "riad_al_assad", broken_actors),
                "that counts riad_al_assad. The question is how often Bashar is credited "
                "now: count the bashar_al_assad rows.",
            ),
        ],
    )
    if mistake is not None:
        return mistake
    return checks.number(
        checks.as_number(n_bashar_broken),
        expected,
        "the bashar_al_assad count with the broken lexicon",
        "Count the bashar_al_assad rows of `find_mentions(text, lexicon=broken_actors)`.",
    )


@checks.guarded
def check_fixed(fixed_actors: Any) -> Result:
    """After the fix, "Riad al-Assad" is Riad again and Bashar's count is back."""
    failed = _is_lexicon(fixed_actors, "fixed_actors")
    if failed is not None:
        return failed
    if fixed_actors.path == load_actors().path:
        return checks.wrong(
            "that is the real lexicon in data/, which was never broken. Repair your copy "
            "(`copy_path`) and load it."
        )
    text = _text(ASHARQ)
    mentions = find_mentions(text, fixed_actors)
    who = _credited_at_riad(fixed_actors)
    if who != "riad_al_assad":
        return checks.wrong(
            f"{RIAD_FULL!r} in the report is credited to {who}. Put the alias back "
            "(or add a spelling that matches) in the copy and load it again."
        )
    expected = _count(text, "bashar_al_assad")
    got = int((mentions["actor_id"] == "bashar_al_assad").sum())
    if got != expected:
        return checks.wrong(
            f"Riad is found, but Bashar al-Assad has {got} mention(s), not {expected}. "
            "Did another edit change his aliases?"
        )
    return checks.correct(f"{RIAD_FULL!r} is riad_al_assad again; Bashar is back to {expected}.")


def expected_rates(actor_id: str) -> pd.DataFrame:
    """Per article: mentions of ``actor_id``, words and mentions per 1,000 words (zeros kept)."""
    corpus = load_corpus()
    n_words = {
        aid: len(tokenize(text)) for aid, text in zip(corpus["id"], corpus["text"], strict=True)
    }
    counts = actor_counts(corpus_mentions(corpus), n_words)
    chosen = counts[counts["actor_id"] == actor_id]
    return chosen.drop(columns="actor_id").reset_index(drop=True)


@checks.guarded
def check_fsa_rates(fsa_rates: Any) -> Result:
    """FSA mentions per 1,000 words in every article: article_id, count, n_words, per_1000."""
    columns = ["article_id", "count", "n_words", "per_1000"]
    failed = checks.frame_columns(fsa_rates, columns, "`fsa_rates`")
    if failed is not None:
        return failed
    expected = expected_rates("free_syrian_army").set_index("article_id")
    got = fsa_rates.set_index("article_id")
    missing = sorted(set(expected.index) - set(got.index))
    if missing:
        return checks.wrong(
            f"no row for {missing[0]}. An article without a mention needs a row with 0, "
            "or the comparison is biased: use `.reindex(..., fill_value=0)`."
        )
    chars = load_corpus().set_index("id")["text"].str.len()
    by_characters = got.loc[expected.index, "count"] * 1000 / chars.reindex(expected.index)
    if np.allclose(got.loc[expected.index, "per_1000"].astype(float), by_characters):
        return checks.wrong(
            "`per_1000` divides by characters (`str.len`). Divide by `n_words`, the number "
            "of word tokens."
        )
    every_actor = corpus_mentions(load_corpus()).groupby("article_id").size()
    if np.allclose(
        got.loc[expected.index, "count"].astype(float),
        every_actor.reindex(expected.index, fill_value=0).astype(float),
    ):
        return checks.wrong(
            "`count` counts the mentions of every actor. Keep the rows of free_syrian_army first."
        )
    for column, hint in [
        ("count", "count the free_syrian_army mentions of each article"),
        ("n_words", "use `len(tokenize(text))` of the clean text"),
        ("per_1000", "compute count * 1000 / n_words"),
    ]:
        diff = ~np.isclose(got.loc[expected.index, column].astype(float), expected[column])
        if diff.any():
            aid = expected.index[diff][0]
            return checks.wrong(f"`{column}` is wrong for {aid}: {hint}.")
    return checks.correct("every article has its FSA count and rate.")


def buggy_rates() -> pd.Series:
    """What the bug hunt's cell prints: selected by surface, divided by characters, no zeros."""
    corpus = load_corpus().set_index("id")
    mentions = corpus_mentions(load_corpus())
    bashar = mentions[mentions["surface"] == "Bashar al-Assad"]
    return bashar.groupby("article_id").size() * 1000 / corpus["text"].str.len()


@checks.guarded
def check_bug_fixed(bashar_rates: Any) -> Result:
    """The bug hunt: Bashar al-Assad mentions per 1,000 words, a Series indexed by article id."""
    if isinstance(bashar_rates, pd.DataFrame) and {"article_id", "per_1000"} <= set(
        bashar_rates.columns
    ):
        bashar_rates = bashar_rates.set_index("article_id")["per_1000"]
    if not isinstance(bashar_rates, pd.Series):
        return checks.wrong(
            "`bashar_rates` should be a pandas Series indexed by article id, "
            f"not {type(bashar_rates).__name__}."
        )
    expected = expected_rates("bashar_al_assad").set_index("article_id")["per_1000"]
    got = bashar_rates.reindex(expected.index).astype(float)
    buggy = buggy_rates().reindex(expected.index)
    if np.allclose(got, buggy, equal_nan=True):
        return checks.wrong(
            "that is what the colleague's cell prints: all three bugs are still there. "
            "Start with the selection (by `actor_id`)."
        )
    if got.isna().any():
        aid = got[got.isna()].index[0]
        return checks.wrong(
            f"{aid} has no rate (NaN). An article without a mention has the rate 0: "
            "reindex the counts on every article id with `fill_value=0`."
        )
    if np.allclose(got, expected):
        return checks.correct("all three bugs are fixed.")
    corpus = load_corpus().set_index("id")
    chars = corpus["text"].str.len().reindex(expected.index)
    words = expected_rates("bashar_al_assad").set_index("article_id")["n_words"]
    if np.allclose(got * chars / words, expected):
        return checks.wrong(
            "the counts are right but you divide by characters (`str.len`). Divide by the "
            "number of word tokens."
        )
    return checks.wrong(
        "some counts are off. Select by `actor_id`, not by `surface`: Bashar is also "
        '"Assad", "President Assad" and "the president".'
    )
