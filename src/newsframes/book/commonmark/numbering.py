"""Chapter numbers as Jupyter Book gives them from ``_toc.yml``, and exercise numbers from
them as sphinx-exercise does with ``numfig``.

A chapter of a numbered part gets the next number; with ``html.use_multitoc_numbering``
(Jupyter Book's default) the numbers run on across parts, otherwise each part starts at 1.
Pages of unnumbered parts have none. Exercises count per chapter (``numfig_secnum_depth``
1, Sphinx's default: "Exercise 17.2"; a page nested under a chapter continues its count)
or through the whole book (depth 0: "Exercise 23").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SectionNumber = tuple[int, ...]


def _numbered(entry: Mapping[str, Any], default: bool) -> bool:
    return bool(entry.get("numbered", default))


def chapter_numbers(toc: Mapping[str, Any], *, run_on: bool = True) -> dict[str, SectionNumber]:
    """Each numbered page of a parsed ``_toc.yml`` and its section number: (17,) for a
    chapter, (17, 2) for the second page nested under it."""
    default = _numbered(toc.get("defaults") or {}, False)
    numbers: dict[str, SectionNumber] = {}
    counter = 0

    def nest(entries: list[Mapping[str, Any]], prefix: SectionNumber) -> None:
        for position, entry in enumerate(entries, start=1):
            number = (*prefix, position)
            if "file" in entry:
                numbers[str(entry["file"])] = number
            nest(list(entry.get("sections") or []), number)

    parts = list(toc.get("parts") or [])
    if not parts and toc.get("chapters"):
        parts = [{"chapters": toc["chapters"], "numbered": default}]
    for part in parts:
        if not _numbered(part, default):
            continue
        if not run_on:
            counter = 0
        for chapter in part.get("chapters") or []:
            counter += 1
            if "file" in chapter:
                numbers[str(chapter["file"])] = (counter,)
            nest(list(chapter.get("sections") or []), (counter,))
    return numbers


def page_order(toc: Mapping[str, Any]) -> list[str]:
    """Every page of a parsed ``_toc.yml`` in reading order, the root first."""
    order = [str(toc["root"])]

    def walk(entries: list[Mapping[str, Any]]) -> None:
        for entry in entries:
            if "file" in entry:
                order.append(str(entry["file"]))
            for key in ("chapters", "sections"):
                walk(list(entry.get(key) or []))

    walk(list(toc.get("parts") or []))
    walk(list(toc.get("chapters") or []))
    return order


def exercise_numbers(
    pages: list[tuple[str, list[bool]]],
    sections: Mapping[str, SectionNumber],
    depth: int = 1,
) -> dict[str, list[str | None]]:
    """The number of each exercise, per page: ``pages`` lists each page (in reading order)
    with one flag per exercise, True if it is numbered (no ``:nonumber:``)."""
    if depth not in (0, 1):
        raise ValueError(f"numfig_secnum_depth {depth}: only 0 and 1 are supported")
    counters: dict[SectionNumber, int] = {}
    result: dict[str, list[str | None]] = {}
    for page, flags in pages:
        section = sections.get(page, ())[:depth]
        numbers: list[str | None] = []
        for numbered in flags:
            if not numbered:
                numbers.append(None)
                continue
            counters[section] = counters.get(section, 0) + 1
            numbers.append(".".join(str(n) for n in (*section, counters[section])))
        result[page] = numbers
    return result
