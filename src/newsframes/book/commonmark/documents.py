"""What the site needs to know about one page of the book: its title, its exercises, its
labelled targets and any glossary it defines, read from its markdown (``.md`` or the
markdown cells of ``.ipynb``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from newsframes.book.commonmark.fences import directives
from newsframes.book.setup_cell import ConfigError
from newsframes.errors import Problem

HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
TARGET = re.compile(r"^[ \t]*\((?P<label>[^()\s]+)\)=[ \t]*$", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
EXERCISES = ("exercise", "exercise-start")


@dataclass
class Exercise:
    """One exercise of a page: its label (if any) and whether it is numbered."""

    label: str | None
    numbered: bool


@dataclass
class Document:
    """The parts of one page that other pages can point to."""

    name: str
    title: str
    exercises: list[Exercise] = field(default_factory=list)
    targets: dict[str, str] = field(default_factory=dict)  # label -> the heading it precedes
    glossary: list[str] = field(default_factory=list)
    bibliography: bool = False  # the page lists the references


def page_file(root: Path, name: str) -> Path | None:
    """The file of page ``name`` (``book/glossary``): ``.ipynb`` or ``.md``, else None."""
    for suffix in (".ipynb", ".md"):
        path = root / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def markdown_of(path: Path) -> str:
    """A page's markdown: the file, or a notebook's markdown cells one after another."""
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        cells = [cell.source for cell in notebook.cells if cell.cell_type == "markdown"]
        return "\n\n".join(cells)
    return FRONT_MATTER.sub("", path.read_text(encoding="utf-8"), count=1)


def plain_title(heading: str) -> str:
    """A heading as a reader sees it: roles and emphasis reduced to their words."""
    text = re.sub(r"\{[^}]+\}`([^`<]*?)\s*(?:<[^>]*>)?`", r"\1", heading)
    return re.sub(r"[*_`]", "", text).strip()


def glossary_terms(body: str) -> list[str]:
    """The terms of a ``{glossary}`` body: its lines that start at the margin."""
    return [line.strip() for line in body.splitlines() if line.strip() and line[0] not in " \t"]


def read_document(root: Path, name: str) -> Document:
    """The title, exercises, targets and glossary terms of page ``name`` under ``root``."""
    path = page_file(root, name)
    if path is None:
        raise ConfigError(
            [
                Problem(
                    str(root / "_toc.yml"),
                    name,
                    f"no page {name}.ipynb or {name}.md",
                    "write the page or take it out of the table of contents",
                )
            ]
        )
    text = markdown_of(path)
    first = HEADING.search(text)
    document = Document(name=name, title=plain_title(first.group(2)) if first else name)
    for directive in directives(text):
        if directive.name in EXERCISES:
            label = directive.options.get("label") or None
            document.exercises.append(Exercise(label, "nonumber" not in directive.options))
        elif directive.name == "glossary":
            document.glossary.extend(glossary_terms(directive.body))
        elif directive.name == "bibliography":
            document.bibliography = True
    for target in TARGET.finditer(text):
        heading = HEADING.search(text, target.end())
        document.targets[target["label"]] = plain_title(heading.group(2)) if heading else ""
    return document
