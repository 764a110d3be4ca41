"""Every book notebook runs top to bottom in a fresh kernel and reproduces its stored outputs.

The notebooks in book/ are stored with their outputs, so a reader sees the results before
running anything. pytest-notebook re-executes each one (in its own folder, as the book
build does) and diffs the new outputs against the stored ones. Where the book build has
just run the notebook, on the checkout as it is (``make test`` builds first), that run
is diffed instead of a second one (tests/book_build_runs.py). The only things the diff
normalises are listed in pyproject.toml (execution counts, the interpreter's patch
release, altair's random chart ids, memory addresses) plus the two machine lines of the
versions page (PER_NOTEBOOK_REPLACE). `make regen` re-stores the outputs on purpose (from
the build's run too, where it is fresh), then executes each re-stored notebook again to
check it reproduces. The student versions of the lessons are executed by tests/test_lessons.py.
"""

from __future__ import annotations

import copy
import re
import shutil
import tomllib
from decimal import Decimal
from pathlib import Path

import nbformat
import pytest
from book_build_runs import built_run
from pytest_notebook.diffing import diff_notebooks, diff_to_string, filter_diff
from pytest_notebook.nb_regression import NBRegressionFixture, NBRegressionResult
from pytest_notebook.notebook import load_notebook_with_config, regex_replace_nb
from pytest_notebook.post_processors import load_processor
from test_book_config import load_extension

from newsframes.book.lessons import lesson_sources

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
# The chapters, and the lessons as the book shows them (with solutions); the student
# versions carry no outputs and are executed by tests/test_lessons.py.
NOTEBOOKS = sorted(BOOK.glob("*.ipynb")) + lesson_sources(ROOT / "lessons")
# Stored outputs that differ from machine to machine by design, normalised by one
# notebook-specific rule each (not globally: elsewhere these strings must match).
TEMP_FOLDER = ("/cells/*/outputs", r"/tmp/tmp\w+", "/tmp/TMP")
PER_NOTEBOOK_REPLACE = {
    # These lessons show the temporary copy of a lexicon they edit; its folder name is
    # random by design.
    "02-actors.ipynb": (TEMP_FOLDER,),
    "05-voices.ipynb": (TEMP_FOLDER,),
    # The page reports the machine that built the book: the interpreter's patch
    # release and the operating system. Every other cell, and the package table
    # (pinned vs installed), is compared exactly.
    "versions.ipynb": (
        ("/cells/*/outputs", r"(>Python</td>\s*<td[^>]*>3\.\d+)\.\d+<", r"\1.PATCH<"),
        ("/cells/*/outputs", r"(>platform</td>\s*<td[^>]*>)[^<]+<", r"\1PLATFORM<"),
    ),
}


# The first line of a regression failure: what an instructor who added an article or edited
# a lexicon sees in the test summary, and the command that stores the new outputs.
REGEN_HINT = (
    "the outputs differ from the stored ones. If that is intended (an article added, a "
    "lexicon or the package changed), run `make regen` to store the new outputs, and "
    "review the diff"
)


def failed_cell(notebook: nbformat.NotebookNode) -> str | None:
    """'cell N (the code): Error: message' for the first cell with an error output."""
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                return (
                    f"cell {number} of {len(notebook.cells)} ({first_line!r} ...) raised "
                    f"{output['ename']}: {output['evalue']}"
                )
    return None


def compare_with_build(
    nb_regression: NBRegressionFixture, path: Path, executed: nbformat.NotebookNode
) -> NBRegressionResult:
    """``nb_regression.check`` of ``path`` with the outputs of a run already made (the book
    build's): the same post-processing, replacements and ignored paths, no execution."""
    stored, config = load_notebook_with_config(str(path))
    resources = copy.deepcopy(nb_regression.process_resources)
    for name in nb_regression.post_processors:
        executed, resources = load_processor(name)(executed, resources)
    replace = [*nb_regression.diff_replace, *config.diff_replace]
    stored_replaced = regex_replace_nb(stored, replace)
    full = diff_notebooks(stored_replaced, regex_replace_nb(executed, replace))
    filtered = filter_diff(full, {*config.diff_ignore, *nb_regression.diff_ignore})
    text = diff_to_string(stored_replaced, filtered, use_color=nb_regression.diff_use_color)
    return NBRegressionResult(stored, executed, full, filtered, text, resources)


def check(nb_regression: NBRegressionFixture, path: Path) -> None:
    """Run one notebook (or take the book build's fresh run of it) and fail with a readable
    message: the cell that raised, or the diff. With --nb-force-regen, store the new outputs."""
    nb_regression.diff_replace = (
        *nb_regression.diff_replace,
        *PER_NOTEBOOK_REPLACE.get(path.name, ()),
    )
    built = built_run(path) if path in NOTEBOOKS else None
    if built is None:
        result = nb_regression.check(str(path), raise_errors=False)
    else:
        result = compare_with_build(nb_regression, path, built[0])
        if nb_regression.force_regen and result.diff_filtered and not failed_cell(result.nb_final):
            # stored as pytest-notebook stores a run; the file, now newer than the build's
            # run, is executed again by regen's second pass
            nbformat.write(result.nb_final, str(path))
    error = failed_cell(result.nb_final)
    if error is not None:
        pytest.fail(f"{path.name}: {error}", pytrace=False)
    if result.diff_filtered:
        if nb_regression.force_regen:
            pytest.fail(f"{path.name}: outputs re-stored (--nb-force-regen)", pytrace=False)
        pytest.fail(f"{path.name}: {REGEN_HINT}\n{result.diff_string}", pytrace=False)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_book_notebook_runs_and_reproduces_its_outputs(
    nb_regression: NBRegressionFixture, path: Path
) -> None:
    check(nb_regression, path)


def test_every_book_notebook_is_checked() -> None:
    assert len(NOTEBOOKS) >= 10, [p.name for p in NOTEBOOKS]
    assert set(PER_NOTEBOOK_REPLACE) <= {p.name for p in NOTEBOOKS}


# --- the regression test fails when it should -------------------------------------------------

# A chapter with a table (pandas Styler) and charts: alter one stored value of each.
PROBE = BOOK / "cmp-timeline.ipynb"
TABLE_NUMBER = re.compile(r"(<td [^>]*>)(\d+)(</td>)")
CHART_NUMBER = re.compile(r'(": )(-?\d+(?:\.\d+)?)(,?\n)')  # a value in an indented dataset


def alter_first(notebook: nbformat.NotebookNode, kind: str) -> tuple[str, str]:
    """Add 1 to the first number stored in a table ('table') or a chart's data ('chart')."""
    pattern = TABLE_NUMBER if kind == "table" else CHART_NUMBER
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html")
            if html is None or ("altair-viz" in html) != (kind == "chart"):
                continue
            start = html.find('"datasets"') if kind == "chart" else 0
            match = pattern.search(html, max(start, 0))
            if match:
                old = match.group(2)
                new = str(Decimal(old) + 1)
                output["data"]["text/html"] = html[: match.start(2)] + new + html[match.end(2) :]
                return old, new
    raise AssertionError(f"no {kind} value stored in {PROBE.name}: choose another probe")


def copy_probe(tmp_path: Path) -> Path:
    target = tmp_path / PROBE.name
    shutil.copyfile(PROBE, target)
    return target


def test_unchanged_copy_elsewhere_passes(
    nb_regression: NBRegressionFixture, tmp_path: Path
) -> None:
    """A copy outside book/ runs too (data is found through newsframes.paths) and matches."""
    check(nb_regression, copy_probe(tmp_path))


def test_altered_table_and_chart_values_fail_with_a_readable_diff(
    nb_regression: NBRegressionFixture, tmp_path: Path
) -> None:
    path = copy_probe(tmp_path)
    notebook = nbformat.read(path, as_version=4)
    changes = [alter_first(notebook, "table"), alter_first(notebook, "chart")]
    nbformat.write(notebook, path)
    with pytest.raises(pytest.fail.Exception) as failure:
        check(nb_regression, path)
    message = str(failure.value)
    # The first line (the one the test summary shows) names the command that fixes it.
    assert message.splitlines()[0] == f"{PROBE.name}: {REGEN_HINT}"
    assert "run `make regen`" in REGEN_HINT
    for old, new in changes:
        # the diff shows the stored (altered) value removed and the computed one added
        assert re.search(rf"^\s*-.*{re.escape(new)}\b", message, flags=re.MULTILINE), new
        assert re.search(rf"^\s*\+.*{re.escape(old)}\b", message, flags=re.MULTILINE), old


def test_a_cell_that_raises_is_named(nb_regression: NBRegressionFixture, tmp_path: Path) -> None:
    notebook = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# A page"),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("counts = {'a': 1}\ncounts['b']"),
    ]
    path = tmp_path / "broken.ipynb"
    nbformat.write(notebook, path)
    with pytest.raises(pytest.fail.Exception) as failure:
        check(nb_regression, path)
    assert str(failure.value) == (
        "broken.ipynb: cell 3 of 3 (\"counts = {'a': 1}\" ...) raised KeyError: 'b'"
    )


def test_versions_page_normalises_only_the_machine_lines() -> None:
    """Another patch release or operating system passes; another package version fails."""
    from pytest_notebook.diffing import diff_notebooks
    from pytest_notebook.notebook import regex_replace_nb

    rules = PER_NOTEBOOK_REPLACE["versions.ipynb"]
    stored = nbformat.read(BOOK / "versions.ipynb", as_version=4)

    def edited(old: str, new: str) -> nbformat.NotebookNode:
        copy = nbformat.reads(nbformat.writes(stored), as_version=4)
        count = 0
        for cell in copy.cells:
            for output in cell.get("outputs", []):
                html = output.get("data", {}).get("text/html", "")
                count += html.count(old)
                if html:
                    output["data"]["text/html"] = html.replace(old, new)
        assert count, f"{old!r} is not in the stored versions page"
        return copy

    def differs(other: nbformat.NotebookNode) -> bool:
        return bool(diff_notebooks(regex_replace_nb(stored, rules), regex_replace_nb(other, rules)))

    html = "".join(
        output.get("data", {}).get("text/html", "")
        for cell in stored.cells
        for output in cell.get("outputs", [])
    )

    def stored_value(row: str) -> str:
        match = re.search(rf">{row}</td>\s*<td[^>]*>([^<]+)<", html)
        assert match, f"no {row!r} row on the stored versions page"
        return match.group(1)

    python, machine = stored_value("Python"), stored_value("platform")
    minor = python.rsplit(".", 1)[0]
    assert not differs(edited(f">{python}<", f">{minor}.99<"))
    assert not differs(edited(f">{machine}<", ">Darwin-24.1.0-arm64-arm-64bit<"))
    assert differs(edited(f">{python}<", ">2.7.18<")), "the minor release must match"
    assert differs(edited(f">{stored_value('pandas')}<", ">0.0.1<")), "package versions must match"


def test_stored_charts_draw_offline_in_the_book() -> None:
    """Stored chart outputs name no script address (no CDN); the book's altair_offline
    extension recognises each one and recovers its spec, so the site draws it offline."""
    ext = load_extension()
    charts = 0
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                html = output.get("data", {}).get("text/html", "")
                assert not re.search(r"""src=["']?https?:|https?://[^"'\s]*/npm/""", html), path
                if "altair-viz" not in html:
                    continue
                charts += 1
                assert ext.is_altair_html(html), path.name
                _, spec, options = ext.parse_altair_html(html)
                assert "http" not in html.replace(spec["$schema"], ""), path.name
                if (
                    "usermeta" in spec
                ):  # made by newsframes.book.charts (a lesson's own chart is not)
                    assert spec["usermeta"]["embedOptions"]["renderer"] == "svg", path.name
                assert options == {"mode": "vega-lite"}, path.name
    assert charts >= 20, charts


def test_cell_timeout_is_the_book_builds(pytestconfig: pytest.Config) -> None:
    """A cell may take as long here as in `make book` (execute: timeout in _config.yml)."""
    import yaml

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert int(pytestconfig.getini("nb_exec_timeout")) == config["execute"]["timeout"]


def test_make_regen_keeps_the_projects_pytest_options_but_the_cache() -> None:
    """`make regen` replaces pytest's addopts to turn the cache on; the rest must stay as set."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = settings["tool"]["pytest"]["ini_options"]["addopts"].split()
    kept = " ".join(a for a in addopts if a not in {"-p", "no:cacheprovider"})
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^REGEN_RUN := .* -o addopts={re.escape(kept)} ", makefile, re.MULTILINE)
