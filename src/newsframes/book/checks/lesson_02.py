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
RIAD_FULL = "Riad al-Assad"  # the spelling the Asharq Al-Awsat report uses


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


def _family_aliases() -> set[str]:
    return {a.lower() for family in load_actors().family_names for a in family.aliases}


@checks.guarded
def check_own_sentence(my_sentence: Any) -> Result:
    """A sentence of the student's own where a bare "Assad" is not the president."""
    if not isinstance(my_sentence, str):
        return checks.wrong(f"`my_sentence` should be a string, not {type(my_sentence).__name__}.")
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


@checks.guarded
def check_fsa_count(n_fsa: Any) -> Result:
    """Mentions of the Free Syrian Army in the Asharq Al-Awsat report."""
    mentions = find_mentions(_text(ASHARQ))
    expected = int((mentions["actor_id"] == "free_syrian_army").sum())
    n_fsa = checks.as_number(n_fsa)
    if n_fsa == int(mentions["surface"].isin(["Free Syrian Army"]).sum()):
        return checks.wrong(
            f"{n_fsa} counts only the surface 'Free Syrian Army'. Count rows whose "
            "`actor_id` is free_syrian_army: FSA and other aliases count too."
        )
    return checks.number(
        n_fsa,
        expected,
        "the number of FSA mentions",
        'Filter the mentions with `mentions["actor_id"] == "free_syrian_army"` and count rows.',
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
    aliases = broken_actors.actors["riad_al_assad"].aliases
    if RIAD_FULL in aliases:
        return checks.wrong(
            f"{RIAD_FULL!r} is still an alias of riad_al_assad in `broken_actors`. Remove it "
            "from the copy, then load the copy again."
        )
    expected = _count(_text(ASHARQ), "bashar_al_assad", broken_actors)
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
    text = _text(ASHARQ)
    at = text.find(RIAD_FULL)
    mentions = find_mentions(text, fixed_actors)
    here = mentions[(mentions["start"] < at + len(RIAD_FULL)) & (mentions["end"] > at)]
    if here.empty or here.iloc[0]["actor_id"] != "riad_al_assad":
        who = "nobody" if here.empty else here.iloc[0]["actor_id"]
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
