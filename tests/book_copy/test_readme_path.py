"""The README's "Adding an article" path, followed as written in a copy of the project, in one
test: write the file, validate, see what the gazetteer misses, ``make chapter``, ``make book``
(the ``book_copy`` fixture, conftest.py), then ``make regen``. It must end with a site that
has the new chapter and all six reports in every comparison, built with no warning, and with
stored outputs that reproduce. Publishing (a push) is left out.

``make regen`` re-runs every book and lesson notebook, stores the new outputs, then runs again
the ones it re-stored to check them, so this test takes a few minutes on top of the build.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import yaml
from test_chapter_template import ARTICLE_ID
from test_notebooks import REGEN_HINT

from newsframes.book.lessons import lesson_sources
from newsframes.corpus import load_corpus

from .conftest import GROUP, MAKE, BookCopy, build_problems

pytestmark = GROUP
COMPARISONS = ["actors", "naming", "voices", "tone", "frames", "words", "timeline"]
CHAPTER = f"book/ch-{ARTICLE_ID}"
# pytest's closing line of a run: "3 failed, 22 passed in 40.1s" (group: the counts).
SUMMARY = re.compile(r"^=*\s*(\d+ \w+(?:, \d+ \w+)*) in [\d.]+s\b", re.MULTILINE)
# A report's name in the data of a chart, or in a cell of a table.
SHOWN = re.compile(r'"report":\s*"([^"]*)"|<td[^>]*>([^<]*)</td>')
# The chapters of the five book reports read their own report only: an added one changes
# none of them. (Other pages may change for other reasons: the versions page with the pins,
# the instructor guide with the lesson times make regen measures.)
UNCHANGED = ["ch-asharq", "ch-globalpost", "ch-itv", "ch-fan", "ch-guardian"]


def outlets(data: Path) -> list[str]:
    """The outlet of every article in the copy, as the comparison chapters name it."""
    names = load_corpus(data / "articles")["outlet"]
    return sorted(names.str.replace(r" \(.*\)$", "", regex=True))


def reports_shown(page: str, names: list[str]) -> set[str]:
    """The outlets in ``names`` that a page's charts or tables show."""
    shown = {html.unescape(a or b) for a, b in SHOWN.findall(page)}
    return {name for name in names if any(name in text for text in shown)}


def notebooks(root: Path) -> list[Path]:
    """The book's notebooks and the lessons as the book shows them, relative to ``root``."""
    found = sorted((root / "book").glob("*.ipynb")) + lesson_sources(root / "lessons")
    return [path.relative_to(root) for path in found]


def test_the_readme_steps_end_in_a_built_site_and_stored_outputs(book_copy: BookCopy) -> None:
    root, steps = book_copy.root, book_copy.steps
    # 1-2. The file is written and valid; the names the gazetteer misses are listed.
    assert steps["validate"].output.startswith("OK: 6 articles and all lexicons valid")
    assert re.search(r"^\s*\d+\s+Idlib\s+1\b", steps["unmatched names"].output, re.MULTILINE)
    # 3. The chapter is written and listed in the table of contents.
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    assert {"file": CHAPTER} in [entry for part in toc["parts"] for entry in part["chapters"]]
    # 4. The site: built with no warning, with the new chapter and six reports in every
    # comparison.
    log = steps["book"].output
    assert build_problems(log) == [] and "build succeeded" in log
    assert "warning" not in log.split("build succeeded")[-1]
    assert (book_copy.site / f"{CHAPTER}.html").is_file()
    names = outlets(root / "data")
    assert len(names) == 6 and "Example Daily" in names
    for name in COMPARISONS:
        page = (book_copy.site / "book" / f"cmp-{name}.html").read_text(encoding="utf-8")
        assert reports_shown(page, names) == set(names), f"cmp-{name}"
    # 5. The stored outputs no longer match, and the message says what to run.
    stale = book_copy.run(
        "stored outputs",
        [".venv/bin/pytest", "-q", "-n", "0", "tests/test_notebooks.py", "-k", "cmp-actors"],
        600,
    )
    assert stale.returncode == 1 and f"cmp-actors.ipynb: {REGEN_HINT}" in stale.output
    # `make regen` stores the new outputs, and its second run reproduces them; what it
    # changed is what `git diff` would show in the copy.
    before = {path: (root / path).read_bytes() for path in notebooks(root)}
    regen = book_copy.run("regen", [*MAKE, "regen"], 3600)
    assert regen.returncode == 0, regen.output[-6000:]
    changed = {path.stem for path, stored in before.items() if (root / path).read_bytes() != stored}
    assert {f"cmp-{name}" for name in COMPARISONS} | {"articles", "validation"} <= changed
    assert changed.isdisjoint(UNCHANGED), f"a report's own chapter changed: {changed}"
    assert CHAPTER.removeprefix("book/") in changed
    # The first run "fails" each notebook it re-stores; only those run a second time.
    first, second = SUMMARY.findall(regen.output)
    assert re.search(rf"\b{len(changed)} failed\b", first), regen.output[-3000:]
    assert re.fullmatch(rf"{len(changed)} passed\b.*", second), regen.output[-3000:]
    chapter = nbformat.read(root / f"{CHAPTER}.ipynb", as_version=4)
    stored = [cell for cell in chapter.cells if cell.cell_type == "code" and cell.outputs]
    assert len(stored) > 10, "make regen did not store the new chapter's outputs"
