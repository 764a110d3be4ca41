"""The chapter of an article an instructor adds: ``book/ch-<id>.ipynb`` written from one
template, and its entry in ``_toc.yml``.

The template has every section of an article chapter. Its cells call the same chapter
helpers as the book's own chapters (:mod:`newsframes.book.sections`), glue every number
the prose quotes, and end each section with a box where the instructor writes their
reading; until then the box lists what to look at (:mod:`newsframes.book.sections.pointers`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from string import Template
from typing import Any

import nbformat

from newsframes.book.chapters import plain
from newsframes.book.kernel import KERNELSPEC
from newsframes.book.setup_cell import CONFIG, put_setup_cell, repository_url
from newsframes.book.toc_entries import add_to_toc
from newsframes.paths import PathError, articles_dir, data_dir

# The class of the box where the instructor writes their reading (_static/reading.css).
READING_CLASS = "instructor-reading"
KERNEL = dict(KERNELSPEC)  # the project's kernel, as every notebook names it
# The sections that end with a reading box, by the name of their pointers' glue key.
READINGS = ("article", "actors", "labels", "speakers", "tone", "frames", "limits")


def reading(section: str) -> str:
    """The box where the instructor writes their reading; until then, what to look at."""
    return f"""\
::::{{admonition}} Reading this section
:class: {READING_CLASS}
% Instructor: replace what follows (pointers computed from the tables above) with your
% own reading of this section.
What to look at:

:::{{glue:md}} ${{key}}_look_{section}
:::
::::"""


# The chapter, one cell after each "%% md" or "%% code [tags]" line. A string.Template:
# ${id} is the article id, ${key} the prefix of its glue keys, ${heading} the page title,
# and ${reading_<section>} the reading box of a section.
TEMPLATE = """\
%% md
# ${heading}

This chapter reads the report with the tools of the book, in the order every article
chapter follows: the article, who appears, how groups are named, who speaks, tone,
frames, and what the numbers can and cannot show. Every number on the page is computed
from `data/articles/${id}.md` by the cells of the chapter. Each section ends with a box,
*Reading this section*: it lists what the tables and charts above it show about this
report, the places where a reading starts.

**What you will learn**

- which people, groups and states the report names, how often, and in which sentences;
- how it names groups of people, and whether a name is in the journalist's voice or
  inside quotation marks;
- who is given a voice and with which {term}`reporting verb`, how the tone moves from
  sentence to sentence, and which {term}`frames <frame>` the indicator words point to.
%% code hide-input
from IPython.display import display
from myst_nb import glue

from newsframes import book
from newsframes.book import sections

a = book.article("${id}")
# The prefix of the keys of the values glued into the text
KEY = "${key}"
%% md
## The article

The file `data/articles/${id}.md` records what is known about the report. Its metadata,
as the book reads it:
%% code remove-input
facts = sections.facts(a, sections.FACT_ROWS_WITH_OUTLET_TYPE)
facts.glue(KEY, "date_in_words", "precision", "basis", "n_words", "n_sentences")
removed = sections.removed(a)
removed.glue(KEY, "n_removed")
glue(f"{KEY}_look_article", sections.article_pointers(facts, removed), display=False)
facts.table("What the file of this report records")
%% md
The report is dated {glue:md}`${key}_date_in_words` (precision: {glue:md}`${key}_precision`;
basis: {glue:md}`${key}_basis`). Stretches of boilerplate that cleaning removed from the
raw file: {glue:text}`${key}_n_removed`. What remains is {glue:text}`${key}_n_words` words
in {glue:text}`${key}_n_sentences` sentences.

${reading_article}
%% md
## Who appears

The {term}`gazetteer` in `data/lexicons/actors.yml` finds every named {term}`actor`. The
table counts the mentions of each and divides by the length of the report
({term}`normalisation`); the last column shows the words that were counted.
%% code remove-input
actors = sections.actors(a)
actors.glue(KEY, "n_mentions", "n_actors")
glue(f"{KEY}_look_actors", sections.actor_pointers(actors), display=False)
actors.table(
    "Actors named in this report", ["actor", "type", "side", "count", "per_1000", "as written"]
)
%% code
sections.actors_chart(actors, "Who is named in this report", color="type")
%% md
The report makes {glue:text}`${key}_n_mentions` mentions of {glue:text}`${key}_n_actors`
actors. For each of the most named, the sentence that names it most often:
%% code
for sentence in sections.busiest_sentences(a, actors):
    display(sentence)
%% md
${reading_actors}

## How groups are named

A {term}`label` is the generic word for a group of people: *rebels*, *militants*,
*defectors*. The labels lexicon (`data/lexicons/labels.yml`) gives each a category and a
note on its connotation. The first table counts each label in the journalist's voice and
inside quotation marks; the second gives the lexicon's note on it.
%% code remove-input
labels = sections.labels_by_voice(a)
labels.glue(KEY, "n_labels", "n_label_kinds")
glue(f"{KEY}_look_labels", sections.label_pointers(labels), display=False)
labels.table("Labels in this report, by voice")
%% code
sections.labels_chart(a, "Labels for groups in this report, by voice")
%% code remove-input
sections.label_uses(a).table(
    "What each label in this report usually names", ["label", "n", "category", "side", "note"]
)
%% md
The report uses {glue:text}`${key}_n_labels` labels of {glue:text}`${key}_n_label_kinds`
kinds. A label counts as quoted when it stands inside quotation marks: in indirect speech
("he said the rebels ...") it counts as the journalist's.

${reading_labels}

## Who speaks and how

{term}`Sourcing` asks who is given a voice and how their words are introduced. The table
lists every statement the sourcing step found: the speaker as written, whom a pronoun
refers to, the kind of report (direct quotation, indirect speech, *according to*), the
{term}`reporting verb` with its class, and the number of words attributed.
%% code remove-input
statements = sections.statements(a)
statements.glue(KEY, "n_statements", "n_direct", "quoted_words")
glue(f"{KEY}_look_speakers", sections.speaker_pointers(statements), display=False)
statements.table(
    "Statements in this report",
    ["sent_id", "speaker", "speaker_ref", "kind", "verb", "verb_class", "content_words"],
)
%% code
sections.verbs_chart(statements, "Reporting verbs in this report")
%% md
The sourcing step finds {glue:text}`${key}_n_statements` statements. Direct quotations
among them: {glue:text}`${key}_n_direct`; words inside quotation marks:
{glue:text}`${key}_quoted_words`.

${reading_speakers}

## Tone

Each sentence was scored by TextBlob ({term}`polarity`, from −1 to +1) and by VADER (the
{term}`compound score`, also from −1 to +1). The arc follows the report from its first
sentence to its last; a point's tooltip gives the sentence.
%% code
sections.tone_arc(a, "Sentence by sentence: the tone of this report")
%% md
The averages, with 95% {term}`bootstrap` {term}`confidence intervals <confidence interval>`:
%% code remove-input
tone = sections.tone(a)
tone.glue(KEY, "mean_polarity", "mean_vader", "agreement")
tone.table("Average tone of this report (95% bootstrap intervals)")
%% md
TextBlob's average is {glue:text}`${key}_mean_polarity:+.2f` and VADER's
{glue:text}`${key}_mean_vader:+.2f`. The two tools put a sentence in the same class
(positive, neutral, negative) {glue:text}`${key}_agreement:.0%` of the time.

**The words that drove the extremes.** For each tool, the most negative and the most
positive sentence, with the words of its lexicon that produced the score:
%% code remove-input
extremes = sections.extremes_by_tool(a)
extremes.table("The extremes of each tool in this report, and the words behind them")
%% md
**Masking names.** A word of a name (*Free* in *Free Syrian Army*) is not praise. The
pipeline scores every sentence a second time with each actor's name replaced by a neutral
placeholder; the table lists the sentences whose score changes.
%% code remove-input
masking = sections.masking(a)
masking.glue(KEY, "n_changed")
glue(f"{KEY}_look_tone", sections.tone_pointers(extremes, masking), display=False)
masking.table("Sentences of this report whose score changes when names are masked")
%% md
Sentences whose score masking changes: {glue:text}`${key}_n_changed`.

${reading_tone}

## Frames

The frames lexicon (`data/lexicons/frames.yml`) looks for indicator words of Semetko and
Valkenburg's {term}`generic frames <generic frame>` and of {term}`issue-specific frames
<issue-specific frame>`. A score is hits per 1,000 words; the share of sentences counts
the sentences with at least one hit.
%% code remove-input
frames = sections.frames(a)
frames.glue(KEY, "top_frame", "n_frame_hits")
glue(f"{KEY}_look_frames", sections.frame_pointers(a, frames), display=False)
frames.table("Frame indicators in this report")
%% code
sections.frames_chart(frames, "Frame indicators in this report, per 1,000 words")
%% md
The indicators match {glue:text}`${key}_n_frame_hits` times; the most hits per 1,000 words
go to {glue:md}`${key}_top_frame`. A score is only as good as its hits, so here they all
are, in context ({term}`KWIC`):
%% code
sections.frame_kwic(
    a, "Every frame hit in this report, in context", by=["frame", "sent_id"], readable_names=True
)
%% md
The book's recorded reading of the frame hits in its annotated articles gives the
{term}`precision` of each frame found here: a judgement of the lexicon, made on other
reports.
%% code remove-input
sections.frame_precision(a).table("Precision of these frames, read hit by hit in other reports")
%% md
${reading_frames}

## What the numbers can and cannot show

The numbers above count words that a lexicon lists. They show where the report names
someone, which word it chooses for a group, whom it quotes and with which verb, which
words carry a sentiment score, and where the indicator words of a frame fall. They cannot
show what a reader makes of a sentence: irony, a claim kept at a distance without a
distancing verb, a frame carried by ideas instead of words, or the pictures and events
around the text. One report tells us about this text, not about its outlet.
%% code remove-input
limits = sections.limit_pointers(a, tone, statements, frames)
glue(f"{KEY}_look_limits", limits, display=False)
%% md
${reading_limits}

## Questions to discuss

% Instructor: replace or extend these questions.

- Which actors does the report name but never quote, and who speaks without being named?
  How would the report read if one of the others were given a voice?
- Take a label that a source uses and the journalist does not, or the reverse. Would the
  sentence say the same with the other word?
- Read the sentence each tool scores as the most negative. Does the score match your own
  reading? Which words would you score differently, and why?
- Read the hits of the frame with the most hits per 1,000 words. Which of them would a
  reader take as that frame, and which not?
"""

CELL_MARK = re.compile(r"^%% (md|code)((?: [a-z-]+)*)$", re.MULTILINE)


def glue_key(article_id: str) -> str:
    """The prefix of an article's glue keys: its id as a Python identifier."""
    key = re.sub(r"\W", "_", article_id)
    return key if key.isidentifier() else f"article_{key}"


def heading(meta: Mapping[str, Any]) -> str:
    """The page title, "<outlet>, <year>: <title>", with the metadata's markup disarmed."""
    year = str(meta["date"])[:4]
    return f"{plain(meta['outlet']).data}, {year}: {plain(meta['title']).data}"


def chapter_notebook(meta: Mapping[str, Any], url: str) -> nbformat.NotebookNode:
    """The chapter of the article whose metadata is ``meta``, as a notebook with no outputs.

    ``url`` is the repository its set-up cell clones on Colab and Binder (``_config.yml``).
    """
    key = glue_key(str(meta["id"]))
    values = {
        "id": str(meta["id"]),
        "key": key,
        "heading": heading(meta),
        **{
            f"reading_{section}": Template(reading(section)).substitute(key=key)
            for section in READINGS
        },
    }
    source = Template(TEMPLATE).substitute(values)
    notebook = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL})
    marks = list(CELL_MARK.finditer(source))
    for number, (mark, following) in enumerate(zip(marks, [*marks[1:], None], strict=True)):
        text = source[mark.end() + 1 : following.start() if following else len(source)]
        kind, tags = mark.group(1), mark.group(2).split()
        make = nbformat.v4.new_markdown_cell if kind == "md" else nbformat.v4.new_code_cell
        cell = make(text.strip("\n"))
        cell["id"] = f"cell-{number:02d}"  # the same file each time, diffable
        if tags:
            cell.metadata["tags"] = tags
        notebook.cells.append(cell)
    put_setup_cell(notebook, url)
    return notebook


def project_root() -> Path:
    """The checkout whose articles the chapters read: the folder holding ``data/``."""
    root = data_dir().parent
    if not (root / "_toc.yml").is_file() or not (root / "book").is_dir():
        raise PathError(
            root,
            "is not a book: it has no _toc.yml or no book/ folder",
            "run in the Crossing Lines checkout, or set NEWSFRAMES_DATA to its data/ folder",
        )
    return root


def chapter_path(article_id: str, root: Path, *, force: bool = False) -> Path:
    """Where the chapter of ``article_id`` goes, once the article is known to exist and its
    chapter not to (``force``: it may exist, and will be written again)."""
    known = sorted(path.stem for path in articles_dir().glob("*.md"))
    if article_id not in known:
        raise PathError(
            articles_dir() / f"{article_id}.md",
            "no such article",
            f"write it first (README: Adding an article), or give one of: {', '.join(known)}",
        )
    target = root / "book" / f"ch-{article_id}.ipynb"
    if target.exists() and not force:
        raise PathError(
            target,
            "the chapter already exists",
            "edit it, or add --force to write it again from the template (its edits are lost)",
        )
    return target


def write_chapter(meta: Mapping[str, Any], root: Path, *, force: bool = False) -> list[Path]:
    """Write the chapter of the (validated) article ``meta`` and list it in ``_toc.yml``.

    Returns the files written: the notebook, and ``_toc.yml`` unless it listed it already.
    """
    target = chapter_path(str(meta["id"]), root, force=force)
    url = repository_url(root / CONFIG)
    nbformat.write(chapter_notebook(meta, url), target)
    toc = root / "_toc.yml"
    entry = target.relative_to(root).with_suffix("").as_posix()
    return [target, toc] if add_to_toc(toc, entry) else [target]
