"""Lesson 02 checks: the right answers pass; each wrong one gets its hint, among them the
number printed on the page and the neighbouring column or attribute; `...` is unanswered."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import yaml
from test_checks import refused

from newsframes import paths
from newsframes.analysers.actors import ActorLexicon, find_mentions, load_actors
from newsframes.book.checks import lesson_02 as l02
from newsframes.corpus.articles import load_corpus
from newsframes.text.segmentation import tokenize

ASHARQ = "asharq-2011-airforce-defections"


def edited_copy(
    tmp: Path,
    actor_id: str,
    add: tuple[str, ...] = (),
    remove: tuple[str, ...] = (),
    variants: bool | None = None,
) -> ActorLexicon:
    """A copy of actors.yml with aliases of one actor added or removed (and its spelling
    variants turned on or off), loaded: what the lesson's `edit_aliases` does."""
    target = tmp / "actors.yml"
    if not target.exists():
        shutil.copy(paths.lexicon_dir() / "actors.yml", target)
    doc = yaml.safe_load(target.read_text(encoding="utf-8"))
    entry = next(a for a in doc["actors"] if a["id"] == actor_id)
    entry["aliases"] = [a for a in entry["aliases"] if a not in remove] + list(add)
    if variants is not None:
        entry["spelling_variants"] = variants
    target.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_actors(target)


@pytest.fixture(scope="module")
def asharq() -> str:
    return str(load_corpus().set_index("id").loc[ASHARQ, "text"])


def test_own_sentence() -> None:
    assert l02.check_own_sentence(
        "Maher al-Assad leads the Fourth Division. Assad is feared."
    ).passed
    assert "credited to Bashar" in str(l02.check_own_sentence("Assad spoke in Damascus."))
    assert "no bare surname" in str(l02.check_own_sentence("The FSA fought on."))
    assert "should be a string" in str(l02.check_own_sentence(["Assad"]))


def test_fsa_count(asharq: str) -> None:
    mentions = find_mentions(asharq)
    fsa = mentions[mentions["actor_id"] == "free_syrian_army"]
    assert l02.check_fsa_count(len(fsa), fsa).passed
    assert "Count the rows of `fsa`" in str(l02.check_fsa_count(len(fsa) + 5, fsa))
    assert "also has mentions of" in str(l02.check_fsa_count(len(mentions), mentions))


def test_fsa_count_refuses_the_page_and_the_neighbouring_column(asharq: str) -> None:
    mentions = find_mentions(asharq)
    fsa = mentions[mentions["actor_id"] == "free_syrian_army"]
    # The lesson prints the spellings of the FSA with their counts; the commonest is "FSA".
    commonest = fsa["surface"].value_counts().index[0]
    by_surface = mentions[mentions["surface"] == commonest]
    assert refused(l02.check_fsa_count(len(by_surface), by_surface), "only some of its spellings")
    surface_column = mentions[mentions["surface"] == "free_syrian_army"]  # id in the wrong column
    assert refused(l02.check_fsa_count(0, surface_column), "`fsa` has no rows")
    assert refused(l02.check_fsa_count(fsa["surface"].nunique(), fsa), "different words")


def test_alias_added(tmp_path: Path, asharq: str) -> None:
    mine = edited_copy(tmp_path, "syrian_army", add=("Syrian arm",))
    after = int((find_mentions(asharq, mine)["actor_id"] == "syrian_army").sum())
    assert l02.check_alias_added(mine, after).passed
    assert "count syrian_army rows" in str(l02.check_alias_added(mine, after - 1))
    unchanged = load_actors()
    assert "still has" in str(l02.check_alias_added(unchanged, after))
    assert "should be the lexicon" in str(l02.check_alias_added("actors.yml", after))


def test_break_and_fix(tmp_path: Path, asharq: str) -> None:
    broken = edited_copy(tmp_path, "riad_al_assad", remove=("Riad al-Assad",), variants=False)
    n_bashar = int((find_mentions(asharq, broken)["actor_id"] == "bashar_al_assad").sum())
    # Read in the report: Bashar is named once; the broken lexicon adds Colonel Riad al-Assad.
    assert n_bashar == int((find_mentions(asharq)["actor_id"] == "bashar_al_assad").sum()) + 1
    assert l02.check_broken(broken, n_bashar).passed
    assert "Count the bashar_al_assad rows" in str(l02.check_broken(broken, n_bashar + 3))
    assert "is still riad_al_assad" in str(l02.check_broken(load_actors(), n_bashar))
    # The alias alone: a spelling variant of another alias stands in for it.
    (tmp_path / "alias-only").mkdir()
    alias_only = edited_copy(tmp_path / "alias-only", "riad_al_assad", remove=("Riad al-Assad",))
    assert refused(l02.check_broken(alias_only, n_bashar), "turn off the variants")
    assert "credited to bashar_al_assad" in str(l02.check_fixed(broken))
    fixed = edited_copy(tmp_path, "riad_al_assad", add=("Riad al-Assad",))
    assert l02.check_fixed(fixed).passed
    too_much = edited_copy(tmp_path, "bashar_al_assad", add=("Beirut",))  # the dateline
    assert "Did another edit" in str(l02.check_fixed(too_much))


def test_own_sentence_refuses_the_page_example() -> None:
    lesson = nbformat.read(Path(__file__).parents[1] / "lessons" / "02-actors.ipynb", 4)
    printed = "".join(
        output.get("text", "") for cell in lesson.cells for output in cell.get("outputs", [])
    )
    assert l02.PAGE_EXAMPLE in printed  # the example the lesson prints
    assert refused(l02.check_own_sentence(l02.PAGE_EXAMPLE), "the lesson's own example")
    assert refused(l02.check_own_sentence("Bashar al-Assad spoke. Assad left."), "Bashar")


def test_lexicon_counts_refuse_the_page_and_the_neighbouring_column(
    tmp_path: Path, asharq: str
) -> None:
    before = find_mentions(asharq)
    mine = edited_copy(tmp_path, "syrian_army", add=("Syrian arm",))
    # The lesson prints "syrian_army mentions:" with the count before the edit.
    printed = int((before["actor_id"] == "syrian_army").sum())
    assert refused(l02.check_alias_added(mine, printed), "count before your edit")
    assert refused(l02.check_alias_added(mine, len(find_mentions(asharq, mine))), "every actor")
    broken = edited_copy(tmp_path, "riad_al_assad", remove=("Riad al-Assad",), variants=False)
    real = int((before["actor_id"] == "bashar_al_assad").sum())
    assert refused(l02.check_broken(broken, real), "with the real lexicon")
    after = find_mentions(asharq, broken)
    riad = int((after["actor_id"] == "riad_al_assad").sum())
    assert refused(l02.check_broken(broken, riad), "that counts riad_al_assad")
    assert refused(l02.check_fixed(load_actors()), "the real lexicon in data/")
    assert refused(l02.check_fixed(broken), "credited to bashar_al_assad")


def test_rates_refuse_the_page_and_the_neighbouring_column() -> None:
    good = l02.expected_rates("free_syrian_army")
    corpus = load_corpus().set_index("id")
    chars = good["article_id"].map(corpus["text"].str.len())
    by_characters = good.assign(per_1000=good["count"] * 1000 / chars)
    assert refused(l02.check_fsa_rates(by_characters), "divides by characters")
    every = l02.corpus_mentions(load_corpus()).groupby("article_id").size()
    all_actors = good.assign(count=good["article_id"].map(every).fillna(0))
    assert refused(l02.check_fsa_rates(all_actors), "every actor")
    # The bug hunt's cell prints its (wrong) rates: they are refused as they are.
    assert refused(l02.check_bug_fixed(l02.buggy_rates()), "colleague's cell prints")


def test_fsa_rates() -> None:
    good = l02.expected_rates("free_syrian_army")
    assert l02.check_fsa_rates(good).passed
    zeros_dropped = good[good["count"] > 0]
    assert "needs a row with 0" in str(l02.check_fsa_rates(zeros_dropped))
    per_char = good.assign(per_1000=good["count"] * 1000 / (good["n_words"] * 6))
    assert "`per_1000` is wrong" in str(l02.check_fsa_rates(per_char))
    assert "lacks the column(s) per_1000" in str(l02.check_fsa_rates(good.drop(columns="per_1000")))


def test_bug_hunt() -> None:
    corpus = load_corpus().set_index("id")
    from newsframes.book.chapters import analysis

    all_mentions = analysis().mentions
    words = corpus["text"].map(lambda t: len(tokenize(t)))
    bashar = all_mentions[all_mentions["actor_id"] == "bashar_al_assad"]
    counts = bashar.groupby("article_id").size().reindex(corpus.index, fill_value=0)
    assert l02.check_bug_fixed(counts * 1000 / words).passed
    assert "has no rate (NaN)" in str(
        l02.check_bug_fixed(bashar.groupby("article_id").size() * 1000 / words)
    )
    assert "divide by characters" in str(
        l02.check_bug_fixed(counts * 1000 / corpus["text"].str.len())
    )
    by_surface = all_mentions[all_mentions["surface"] == "Bashar al-Assad"]
    surface_counts = by_surface.groupby("article_id").size().reindex(corpus.index, fill_value=0)
    assert "Select by `actor_id`" in str(l02.check_bug_fixed(surface_counts * 1000 / words))
    assert "should be a pandas Series" in str(l02.check_bug_fixed([1, 2]))
    frame = pd.DataFrame({"article_id": corpus.index, "per_1000": (counts * 1000 / words).values})
    assert l02.check_bug_fixed(frame).passed


@pytest.mark.parametrize(
    ("check", "n_args"),
    [
        (l02.check_own_sentence, 1),
        (l02.check_fsa_count, 2),
        (l02.check_alias_added, 2),
        (l02.check_broken, 2),
        (l02.check_fixed, 1),
        (l02.check_fsa_rates, 1),
        (l02.check_bug_fixed, 1),
    ],
)
def test_unanswered(check, n_args: int) -> None:  # type: ignore[no-untyped-def]
    assert str(check(*[...] * n_args)).startswith("… Not answered yet")
