"""The book's configuration: _config.yml, _toc.yml, the pages in book/, offline charts."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import nbformat
import pandas as pd
import pytest
import yaml

from newsframes.book import charts
from newsframes.book.kernel import KERNELSPEC
from newsframes.book.toc_entries import toc_files

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
# Pages in book/ that are deliberately left out of the table of contents (none yet).
NOT_IN_TOC: set[str] = set()
PAGE_SUFFIXES = (".md", ".ipynb")


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def toc() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))


def page_path(entry: str) -> Path | None:
    for suffix in PAGE_SUFFIXES:
        if (ROOT / f"{entry}{suffix}").is_file():
            return ROOT / f"{entry}{suffix}"
    return None


def load_extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location("altair_offline", ROOT / "_ext/altair_offline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- configuration -----------------------------------------------------------------------


def test_config_is_valid_for_jupyter_book(config: dict[str, Any]) -> None:
    from jupyter_book.config import validate_yaml

    validate_yaml(config, raise_on_errors=True)


def test_execution_is_cached_strict_and_limited_to_the_toc(config: dict[str, Any]) -> None:
    assert config["only_build_toc_files"] is True
    assert config["execute"]["execute_notebooks"] == "cache"
    assert 0 < config["execute"]["timeout"] <= 600
    assert config["execute"]["allow_errors"] is False
    assert config["sphinx"]["config"]["nb_execution_raise_on_error"] is True


def test_extensions_are_configured(config: dict[str, Any]) -> None:
    sphinx = config["sphinx"]
    assert {"sphinxcontrib.bibtex", "sphinx_exercise", "sphinx_togglebutton"} <= set(
        sphinx["extra_extensions"]
    )
    assert sphinx["local_extensions"] == {
        "altair_offline": "_ext",
        "accessibility": "_ext",
        "latex_outputs": "_ext",
        "quiet_log": "_ext",
        "parallel_execution": "_ext",
    }
    assert all((ROOT / "_ext" / f"{name}.py").is_file() for name in sphinx["local_extensions"])
    # jupyter-book replaces Sphinx settings wholesale unless told to merge them
    assert sphinx["recursive_update"] is True
    assert sphinx["config"]["bibtex_reference_style"] == "author_year"


def test_bibliography_and_citations(config: dict[str, Any]) -> None:
    bib = (ROOT / config["bibtex_bibfiles"][0]).read_text(encoding="utf-8")
    keys = set(re.findall(r"^@\w+\{([^,]+),", bib, flags=re.MULTILINE))
    assert len(keys) == len(re.findall(r"^@\w+\{", bib, flags=re.MULTILINE)), "duplicate key"
    cited = set()
    for page in BOOK.glob("*.md"):
        text = re.sub(r"``.*?``", "", page.read_text(encoding="utf-8"))  # examples in code
        for group in re.findall(r"\{cite(?::\w+)?\}`([^`]+)`", text):
            cited.update(key.strip() for key in group.split(","))
    assert cited, "the book cites nothing"
    assert sorted(cited - keys) == [], "cited but not in references.bib"


def test_launch_download_and_repository_buttons(config: dict[str, Any]) -> None:
    launch = config["launch_buttons"]
    assert launch["binderhub_url"].startswith("https://")
    assert launch["colab_url"].startswith("https://")
    assert "jupyterhub_url" in launch
    html = config["html"]
    assert html["use_repository_button"] and html["use_issues_button"]
    assert html["use_edit_page_button"]
    assert config["repository"]["url"].startswith("https://github.com/")
    assert config["sphinx"]["config"]["html_theme_options"]["use_download_button"] is True


def test_myst_extensions(config: dict[str, Any]) -> None:
    wanted = {"colon_fence", "dollarmath", "deflist", "amsmath", "substitution"}
    assert wanted <= set(config["parse"]["myst_enable_extensions"])


# --- table of contents and pages -----------------------------------------------------------


def test_every_toc_entry_exists(toc: dict[str, Any]) -> None:
    assert toc["format"] == "jb-book"
    missing = [entry for entry in toc_files(toc) if page_path(entry) is None]
    assert missing == []
    assert len(set(toc_files(toc))) == len(toc_files(toc)), "a page is listed twice"


def test_every_page_in_book_is_in_the_toc(toc: dict[str, Any]) -> None:
    listed = {entry for entry in toc_files(toc)}
    pages = {
        f"book/{p.stem}"
        for p in BOOK.iterdir()
        if p.suffix in PAGE_SUFFIXES and not p.name.startswith(".")
    }
    assert sorted(pages - listed - NOT_IN_TOC) == [], "add these to _toc.yml or to NOT_IN_TOC"


def test_front_matter_pages_are_listed(toc: dict[str, Any]) -> None:
    listed = set(toc_files(toc))
    for page in ("index", "how-to-use", "articles", "methods", "glossary", "references"):
        assert f"book/{page}" in listed
    assert {"book/versions", "book/exec-stats"} <= listed


def test_notebooks_use_the_project_kernel_and_store_outputs_of_one_clean_run() -> None:
    """Book notebooks carry their outputs (readers see results before running anything);
    tests/test_notebooks.py re-executes each and compares. Stored means: every code cell
    ran once, top to bottom, in one fresh kernel (`make regen`), with no error."""
    notebooks = sorted(BOOK.glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        assert notebook.metadata["kernelspec"] == KERNELSPEC, f"{path.name}: run `make lessons`"
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        counts = [cell.execution_count for cell in code]
        assert counts == list(range(1, len(code) + 1)), f"{path.name}: run `make regen`"
        outputs = [output for cell in code for output in cell.outputs]
        assert outputs, f"{path.name} stores no output: run `make regen`"
        assert all(output.output_type != "error" for output in outputs), path.name


HIDDEN_INPUT = {"remove-input", "hide-input", "remove-cell"}


def test_cells_that_show_nothing_hide_their_code() -> None:
    """A cell whose only outputs are glued values shows nothing where it stands, so its code
    is hidden (``remove-input`` or ``hide-input``): a reader does not scroll past it."""
    shown = []
    for path in sorted(BOOK.glob("*.ipynb")):
        for number, cell in enumerate(nbformat.read(path, as_version=4).cells, start=1):
            outputs = cell.get("outputs", [])
            glue_only = outputs and all("scrapbook" in o.get("metadata", {}) for o in outputs)
            if glue_only and not HIDDEN_INPUT & set(cell.metadata.get("tags", [])):
                shown.append(f"{path.name}, cell {number}")
    assert shown == []


def test_article_chapters_define_no_helpers_of_their_own() -> None:
    """The article chapters call newsframes.book.sections; a function or class defined in a
    chapter is code the other chapters would copy."""
    chapters = sorted(BOOK.glob("ch-*.ipynb"))
    assert len(chapters) >= 5  # the five, and any added with `make chapter`
    for path in chapters:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                tree = ast.parse(cell.source)
                defined = [
                    node.name
                    for node in ast.walk(tree)
                    if isinstance(node, ast.FunctionDef | ast.ClassDef)
                ]
                assert defined == [], f"{path.name} defines {defined}"


def test_every_term_link_is_in_the_glossary() -> None:
    glossary = (BOOK / "glossary.md").read_text(encoding="utf-8")
    block = glossary.split("```{glossary}", 1)[1].split("```", 1)[0]
    terms = {line.strip().lower() for line in block.splitlines() if line and not line[0].isspace()}
    used = set()
    for page in [*BOOK.glob("*.md"), *BOOK.glob("*.ipynb")]:
        for ref in re.findall(r"\{term\}`([^`]+)`", page.read_text(encoding="utf-8")):
            target = re.search(r"<([^>]+)>\s*$", ref)
            used.add(" ".join((target.group(1) if target else ref).split()).lower())
    assert used, "no page links to the glossary"
    assert sorted(used - terms) == []


def test_glossary_has_the_fields_terms() -> None:
    text = (BOOK / "glossary.md").read_text(encoding="utf-8")
    for term in ("frame", "salience", "KWIC", "Cohen's kappa", "log-odds ratio", "G²", "defection"):
        assert f"\n{term}\n" in text, term


# --- exercise numbering ----------------------------------------------------------------------

EXERCISE = re.compile(r"^(?::::*|````*)\{exercise(?:-start)?\}", re.MULTILINE)


def exercises_on(path: Path) -> int:
    """How many exercise directives a page (Markdown, or a notebook's Markdown cells) holds."""
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    else:
        text = path.read_text(encoding="utf-8")
    return len(EXERCISE.findall(text))


def toc_parts(toc: dict[str, Any]) -> list[tuple[dict[str, Any], list[str]]]:
    """Each part of the toc with the files listed under it."""
    return [(part, toc_files({"root": None, "parts": [part]})[1:]) for part in toc["parts"]]


def test_pages_with_exercises_are_in_numbered_parts(
    toc: dict[str, Any], config: dict[str, Any]
) -> None:
    """An exercise on an unnumbered page would be counted across the whole book."""
    with_exercises = []
    for part, files in toc_parts(toc):
        for entry in files:
            path = page_path(entry)
            assert path is not None, entry
            if exercises_on(path):
                with_exercises.append(entry)
                assert part.get("numbered") == 1, f"{entry}: its part must be `numbered: 1`"
    assert len(with_exercises) >= 10
    assert "lessons/04-sentiment" in with_exercises
    assert config["html"]["use_multitoc_numbering"] is True
    assert config["sphinx"]["config"]["numfig_secnum_depth"] == 1


def test_a_built_book_numbers_exercises_per_chapter(
    tmp_path: Path, toc: dict[str, Any], config: dict[str, Any]
) -> None:
    """Build this table of contents and numbering configuration with one stub page per entry,
    holding as many exercises as the real page: each chapter's exercises read "Exercise
    <chapter>.1", "<chapter>.2", ... and chapter numbers run on across the numbered parts."""
    numbering = {
        "html": {"use_multitoc_numbering": config["html"]["use_multitoc_numbering"]},
        "sphinx": {
            "extra_extensions": ["sphinx_exercise"],
            "config": {
                key: config["sphinx"]["config"][key]
                for key in ("numfig", "numfig_secnum_depth", "exercise_style")
            },
        },
    }
    book = {
        "title": "Numbering",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "parse": {"myst_enable_extensions": ["colon_fence"]},
        **numbering,
    }
    (tmp_path / "_config.yml").write_text(yaml.safe_dump(book), encoding="utf-8")
    (tmp_path / "_toc.yml").write_text(yaml.safe_dump(toc), encoding="utf-8")
    expected: dict[str, int] = {}
    for entry in toc_files(toc):
        path = page_path(entry)
        assert path is not None, entry
        n = exercises_on(path)
        expected[entry] = n
        body = "".join(f"\n:::{{exercise}}\n:label: {entry}-{k}\nStub.\n:::\n" for k in range(n))
        stub = tmp_path / f"{entry}.md"
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text(f"# {entry}\n{body}", encoding="utf-8")
    command = [
        str(Path(sys.executable).parent / "jupyter-book"),
        "build",
        str(tmp_path),
        "-W",
        "-n",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    chapter_number = re.compile(r'<h1><span class="section-number">(\d+)\. </span>')
    exercise_title = re.compile(r'<span class="caption-number">Exercise ([\d.]+) </span>')
    chapters = []
    for part, files in toc_parts(toc):
        for entry in files:
            html = (tmp_path / "_build" / "html" / f"{entry}.html").read_text(encoding="utf-8")
            found = chapter_number.search(html)
            assert bool(found) == bool(part.get("numbered")), entry
            assert found or not expected[entry], f"{entry}: exercises on an unnumbered page"
            if found:
                chapters.append(int(found.group(1)))
                number = found.group(1)
                titles = exercise_title.findall(html)
                assert titles == [f"{number}.{k}" for k in range(1, expected[entry] + 1)], entry
    assert chapters == list(range(1, len(chapters) + 1))


# --- the offline-chart extension -------------------------------------------------------------


@pytest.fixture(scope="module")
def chart_html() -> str:
    df = pd.DataFrame({"outlet": ["A", "B"], "words": [10, 20], "note": ["</script><b>", "&"]})
    chart = charts.bar(df, "words", "outlet", "Words", "Words", "Outlet", tooltip=["note"])
    return str(chart._repr_mimebundle_()["text/html"])


def test_stock_altair_output_loads_from_the_cdn(chart_html: str) -> None:
    """The problem the extension exists for; if altair changes this, revisit the extension."""
    assert "cdn.jsdelivr.net" in chart_html


def test_parse_recovers_spec_and_options(chart_html: str) -> None:
    ext = load_extension()
    assert ext.is_altair_html(chart_html)
    div_id, spec, options = ext.parse_altair_html(chart_html)
    assert div_id.startswith("altair-viz-")
    assert spec["title"] == "Words"
    assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"
    assert options == {"mode": "vega-lite"}
    assert not ext.is_altair_html("<div>vegaEmbed is mentioned in prose</div>")
    with pytest.raises(ValueError, match="not altair"):
        ext.parse_altair_html("<p>no chart</p>")


def test_offline_html_needs_no_network_and_escapes_data(chart_html: str) -> None:
    ext = load_extension()
    div_id, spec, options = ext.parse_altair_html(chart_html)
    html = ext.offline_html(div_id, spec, options)
    # the only address left is the schema's name inside the spec, which is never fetched
    assert "http" not in html.replace(spec["$schema"], "")
    assert "</script><b>" not in html, "article text must not close the script element"
    assert html.count("</script>") == 1
    start = html.index("var spec = ") + len("var spec = ")
    decoded, _ = json.JSONDecoder().raw_decode(html, start)
    assert decoded == spec
    assert ext.MARKER in html


SPHINX_CONF = """
extensions = ["altair_offline"]
import sys; sys.path.insert(0, {ext!r})
html_theme = "basic"
"""


def test_sphinx_build_serves_one_bundle_only_to_chart_pages(
    tmp_path: Path, chart_html: str
) -> None:
    """A tiny Sphinx site: two charts on one page, none on another."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(SPHINX_CONF.format(ext=str(ROOT / "_ext")))
    raw = "\n".join("   " + line for line in chart_html.splitlines())
    (src / "index.rst").write_text(
        "Charts\n======\n\n.. toctree::\n\n   plain\n\n"
        f".. raw:: html\n\n{raw}\n\n.. raw:: html\n\n{raw.replace('altair-viz-', 'altair-viz-0')}\n"
    )
    (src / "plain.rst").write_text("Plain\n=====\n\nNo chart here.\n")
    out = tmp_path / "html"
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    plain = (out / "plain.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in index
    script = re.compile(r'<script[^>]*src="_static/altair-offline\.js[^"]*"')
    assert len(script.findall(index)) == 1, "one bundle per page, however many charts"
    assert index.count(ext_marker()) == 2
    assert not script.findall(plain)
    bundle = out / "_static" / "altair-offline.js"
    assert bundle.stat().st_size > 100_000
    assert "window.vegaEmbed" in bundle.read_text(encoding="utf-8")


def ext_marker() -> str:
    return str(load_extension().MARKER)


def test_every_folder_git_ignores_is_left_out_of_the_book(config: dict[str, Any]) -> None:
    # a tool's cache ("pytest" writes .pytest_cache/README.md) must never be built as a page
    ignored = [
        line.strip().strip("/")
        for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
        if line.strip().endswith("/") and "*" not in line
    ]
    excluded = set(config["exclude_patterns"])
    assert ignored
    for folder in ignored:
        assert {f"{folder}/*", f"**/{folder}"} & excluded, folder
