"""MyST to CommonMark, one construct at a time, on small strings and a small site; then
the real book's site: every exercise number and link the student lessons get."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from newsframes.book.commonmark import (
    Page,
    Site,
    UnsupportedMyst,
    load_site,
    myst_leftovers,
    to_commonmark,
)
from newsframes.book.commonmark.anchors import docutils_id, sphinx_id, term_anchor
from newsframes.book.commonmark.citations import read_references
from newsframes.book.commonmark.fences import Directive, split_blocks
from newsframes.book.commonmark.glue import glued_values
from newsframes.book.commonmark.numbering import chapter_numbers, exercise_numbers
from newsframes.book.commonmark.site import Link

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://example.org/book/"


@pytest.fixture
def site() -> Site:
    return Site(
        baseurl=BASE,
        titles={"lessons/01-intro": "Lesson 1: Intro", "lessons/02-more": "Lesson 2: More"},
        exercises={"lessons/02-more": [("ex-a", "15.1"), (None, "15.2"), ("ex-c", None)]},
        glossary_page="book/glossary",
        terms={"lexicon": "lexicon", "compound score": "compound score", "kwic": "KWIC"},
        references_page="book/references",
        references={"hutto2014": ("Hutto and Gilbert", "2014"), "loria2020": ("Loria", "2020")},
        cite_id="cite-{key}",
    )


def page(site: Site, **extra: object) -> Page:
    return Page(site=site, name="lessons/02-more", where="02-more, cell 1", **extra)  # type: ignore[arg-type]


def convert(text: str, site: Site, **extra: object) -> str:
    result = to_commonmark(text, page(site, **extra))
    assert myst_leftovers(result) == [], result
    return result


# --- roles ------------------------------------------------------------------------------


def test_term_becomes_the_word_linked_to_its_glossary_entry(site: Site) -> None:
    assert convert("two {term}`lexicon`s", site) == (
        f"two [lexicon]({BASE}book/glossary.html#term-lexicon)s"
    )
    assert convert("a {term}`compound <compound score>`", site) == (
        f"a [compound]({BASE}book/glossary.html#term-compound-score)"
    )
    # Sphinx looks terms up without case and keeps the entry's case in its id
    assert convert("{term}`kwic`", site) == f"[kwic]({BASE}book/glossary.html#term-KWIC)"


def test_cite_becomes_author_year_linked_to_the_entry(site: Site) -> None:
    assert convert("VADER {cite}`hutto2014`.", site) == (
        f"VADER ([Hutto and Gilbert 2014]({BASE}book/references.html#cite-hutto2014))."
    )
    assert convert("{cite}`loria2020,hutto2014`", site) == (
        f"([Loria 2020]({BASE}book/references.html#cite-loria2020); "
        f"[Hutto and Gilbert 2014]({BASE}book/references.html#cite-hutto2014))"
    )
    assert convert("(TextBlob, {cite}`loria2020`)", site) == (
        f"(TextBlob, [Loria 2020]({BASE}book/references.html#cite-loria2020))"
    )
    assert convert("{cite:t}`loria2020` says", site) == (
        f"[Loria (2020)]({BASE}book/references.html#cite-loria2020) says"
    )


def test_doc_becomes_a_link_titled_as_the_page(site: Site) -> None:
    assert (
        convert("see {doc}`01-intro`", site)
        == f"see [Lesson 1: Intro]({BASE}lessons/01-intro.html)"
    )
    assert convert("{doc}`the first </lessons/01-intro>`", site) == (
        f"[the first]({BASE}lessons/01-intro.html)"
    )


def test_ref_and_numref_point_at_the_exercise_on_its_page(site: Site) -> None:
    site.labels["ex-a"] = Link("lessons/02-more", "ex-a", "Exercise 15.1")
    assert convert("{ref}`ex-a`", site) == f"[Exercise 15.1]({BASE}lessons/02-more.html#ex-a)"
    assert convert("{numref}`Task %s <ex-a>`", site) == (
        f"[Task 15.1]({BASE}lessons/02-more.html#ex-a)"
    )


def test_glue_roles_take_the_stored_values(site: Site) -> None:
    glue = {"share": {"text/plain": "0.41666"}, "name": {"text/plain": "'ITV'"}}
    assert convert("{glue:text}`share:.1%` of {glue:}`name`", site, glue=glue) == "41.7% of ITV"
    assert convert("{glue}`share`", site, glue=glue) == "0.41666"


def test_inline_code_and_code_blocks_are_kept_as_written(site: Site) -> None:
    text = "Write ``{term}`word` `` in the book.\n\n```md\n:::{note}\n{term}`x`\n:::\n```"
    assert to_commonmark(text, page(site)) == text


def test_other_inline_roles(site: Site) -> None:
    assert convert("{math}`x^2` and H{sub}`2`O", site) == "$x^2$ and H<sub>2</sub>O"


def test_unknown_role_or_term_is_an_error_naming_the_cell(site: Site) -> None:
    with pytest.raises(UnsupportedMyst, match=r"02-more, cell 1: the role \{py:func\}"):
        to_commonmark("{py:func}`len`", page(site))
    with pytest.raises(UnsupportedMyst, match="add the term to the glossary"):
        to_commonmark("{term}`frame`", page(site))
    with pytest.raises(UnsupportedMyst, match=r"add nobody2000 to references\.bib"):
        to_commonmark("{cite}`nobody2000`", page(site))


# --- directives -------------------------------------------------------------------------


def test_exercise_becomes_a_numbered_block_quote_with_its_title(site: Site) -> None:
    text = (
        ":::{exercise}\n:label: ex-a\n\n**Fill in the blanks.** Put the {term}`lexicon` in `x`."
        "\n:::"
    )
    assert convert(text, site) == (
        "> **Exercise 15.1 — Fill in the blanks.** Put the "
        f"[lexicon]({BASE}book/glossary.html#term-lexicon) in `x`."
    )


def test_exercise_title_alone_on_its_line_keeps_the_list_after_it(site: Site) -> None:
    text = ":::{exercise}\n:label: ex-a\n\n**Steps.**\n\n1. One.\n2. Two.\n:::"
    assert convert(text, site) == "> **Exercise 15.1 — Steps.**\n>\n> 1. One.\n> 2. Two."


def test_exercises_are_numbered_by_label_then_in_order(site: Site) -> None:
    text = (
        ":::{exercise} A title\n:label: ex-a\nFirst.\n:::\n\n:::{exercise}\nSecond, unlabelled.\n"
        ":::\n\n:::{exercise}\n:label: ex-c\n:nonumber:\nThird.\n:::"
    )
    assert convert(text, site) == (
        "> **Exercise 15.1 — A title** First.\n\n"
        "> **Exercise 15.2.** Second, unlabelled.\n\n"
        "> **Exercise.** Third."
    )


def test_solution_names_its_exercise(site: Site) -> None:
    text = ":::{solution} ex-a\n:class: dropdown\n\nLine one.\n\nLine two.\n:::"
    assert convert(text, site) == (
        "> **Solution to Exercise 15.1**\n>\n> Line one.\n>\n> Line two."
    )


def test_admonitions_become_block_quotes_headed_by_their_kind_or_title(site: Site) -> None:
    assert convert("```{note}\nRead {doc}`01-intro`.\n```", site) == (
        f"> **Note**\n>\n> Read [Lesson 1: Intro]({BASE}lessons/01-intro.html)."
    )
    assert convert(":::{admonition} Reading this section\n:class: tip\nText.\n:::", site) == (
        "> **Reading this section**\n>\n> Text."
    )


def test_nested_directives_and_the_paragraph_after_a_block(site: Site) -> None:
    text = "::::{important}\nOuter.\n:::{tip}\nInner.\n:::\n::::\nAfter."
    assert convert(text, site) == (
        "> **Important**\n>\n> Outer.\n>\n> > **Tip**\n> >\n> > Inner.\n\nAfter."
    )


def test_targets_comments_and_breaks_are_dropped(site: Site) -> None:
    text = "(sec-one)=\n## One\n% a note to authors\nText.\n+++\nMore."
    assert convert(text, site) == "## One\nText.\nMore."


def test_figures_maths_and_code_blocks(site: Site, tmp_path: Path) -> None:
    folders = {"source_folder": tmp_path, "out_folder": tmp_path / "student"}
    figure = "```{figure} img/chart.png\n:alt: A chart\n\nThe caption.\n```"
    assert convert(figure, site, **folders) == "![A chart](../img/chart.png)\n\n*The caption.*"
    assert convert("```{math}\nx = 1\n```", site) == "$$\nx = 1\n$$"
    assert convert("```{code-block} python\nprint(1)\n```", site) == "```python\nprint(1)\n```"


def test_glue_directive_shows_the_stored_value(site: Site) -> None:
    glue = {"n": {"text/plain": "12"}}
    assert convert("```{glue:} n\n```", site, glue=glue) == "12"


def test_unknown_directive_is_an_error(site: Site) -> None:
    with pytest.raises(UnsupportedMyst, match=r"the directive \{list-table\}"):
        to_commonmark(":::{list-table}\n* - a\n:::", page(site))


def test_fences_keep_options_argument_and_body() -> None:
    blocks = split_blocks(
        "Before.\n:::{exercise} Title\n:label: x\n:class: y\n\nBody.\n:::\nAfter."
    )
    assert blocks == [
        "Before.",
        Directive("exercise", "Title", {"label": "x", "class": "y"}, "Body."),
        "After.",
    ]


# --- what is left, ids, numbering, references -------------------------------------------


@pytest.mark.parametrize(
    "myst",
    [
        ":::{note}\nx\n:::",
        "```{exercise}\nx\n```",
        ":::",
        ":label: l04-ex",
        "(my-target)=",
        "% comment",
        "+++",
        "{term}`lexicon`",
        "{{ substitution }}",
    ],
)
def test_leftovers_find_each_kind_of_myst(myst: str) -> None:
    assert myst_leftovers(f"Text.\n{myst}\nMore."), myst


def test_leftovers_ignore_code_and_plain_markdown() -> None:
    text = "A [link](x) and `{term}`.\n\n```\n:::{note}\n```\n\n> quote\n\n- item"
    assert myst_leftovers(text) == []


def test_ids_as_sphinx_and_docutils_make_them() -> None:
    assert term_anchor("Cohen's kappa") == "term-Cohen-s-kappa"
    assert sphinx_id("term-G2") == "term-G2"
    assert docutils_id("cite-loria2020") == "cite-loria2020"
    assert docutils_id("My Label") == "my-label"


def test_chapters_are_numbered_across_numbered_parts() -> None:
    toc = {
        "root": "index",
        "parts": [
            {"caption": "Front", "chapters": [{"file": "a"}]},
            {
                "numbered": 1,
                "chapters": [{"file": "b"}, {"file": "c", "sections": [{"file": "d"}]}],
            },
            {"numbered": True, "chapters": [{"file": "e"}]},
        ],
    }
    assert chapter_numbers(toc) == {"b": (1,), "c": (2,), "d": (2, 1), "e": (3,)}
    assert chapter_numbers(toc, run_on=False)["e"] == (1,)
    numbers = exercise_numbers(
        [("a", [True]), ("c", [True]), ("d", [True, False]), ("e", [True])],
        chapter_numbers(toc),
    )
    assert numbers == {"a": ["1"], "c": ["2.1"], "d": ["2.2", None], "e": ["3.1"]}


def test_references_as_the_site_names_them(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        '@article{a, author={Matthes, J{\\"o}rg and Kohring, Matthias}, year={2008}, title={T}}\n'
        "@article{b, author={de Vreese, Claes H.}, year={2005}, title={T}}\n"
        "@book{c, author={Hall, S. and Critcher, C. and Jefferson, T.}, year={1978}, title={T}}\n",
        encoding="utf-8",
    )
    assert read_references([bib]) == {
        "a": ("Matthes and Kohring", "2008"),
        "b": ("de Vreese", "2005"),
        "c": ("Hall et al.", "1978"),
    }


def test_glued_values_are_read_from_stored_outputs() -> None:
    cell = nbformat.v4.new_code_cell("glue('n', 3)")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data", data={"text/plain": "3"}, metadata={"scrapbook": {"name": "n"}}
        )
    ]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    assert glued_values(notebook) == {"n": {"text/plain": "3"}}


def test_the_book_site_numbers_and_links() -> None:
    """The real book: the lessons are numbered chapters after the comparisons, and every
    glossary term, reference and page a lesson names is known to the site."""
    site = load_site(ROOT)
    assert site.baseurl.endswith("/")
    assert site.glossary_page == "book/glossary" and site.references_page == "book/references"
    lessons = [name for name in site.titles if name.startswith("lessons/")]
    chapters = [numbers[0][1].split(".")[0] for name, numbers in site.exercises.items() if numbers]
    assert chapters == sorted(chapters, key=int), "exercise chapters follow the toc"
    for name in lessons:
        numbers = [number for _, number in site.exercises[name]]
        assert numbers, name
        assert [n.split(".")[1] for n in numbers if n] == [
            str(i) for i in range(1, len(numbers) + 1)
        ], name
