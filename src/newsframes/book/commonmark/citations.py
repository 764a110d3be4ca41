"""Citations as the site prints them (sphinxcontrib-bibtex's author-year style), read
from ``references.bib`` with pybtex: "Loria 2020", "Hutto and Gilbert 2014",
"Monroe et al. 2008"."""

from __future__ import annotations

from pathlib import Path

from pybtex.database import Entry, Person, parse_file
from pybtex.richtext import Text


def _plain(latex: str) -> str:
    """LaTeX text (``J{\\"o}rg``) as the characters it prints (``Jörg``)."""
    return str(Text.from_latex(latex).render_as("text"))


def surname(person: Person) -> str:
    """A person's surname with its particles: "de Vreese", "van Atteveldt"."""
    return _plain(" ".join([*person.prelast_names, *person.last_names]))


def names(people: list[Person]) -> str:
    """The names of a citation: one, two joined by "and", or the first "et al."."""
    if len(people) == 1:
        return surname(people[0])
    if len(people) == 2:
        return f"{surname(people[0])} and {surname(people[1])}"
    return f"{surname(people[0])} et al."


def author_year(key: str, entry: Entry) -> tuple[str, str]:
    """The names and the year of an entry: ("Hutto and Gilbert", "2014")."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    who = names(list(people)) if people else _plain(entry.fields.get("title", key))
    return who, _plain(entry.fields.get("year", "n.d."))


def read_references(bibfiles: list[Path]) -> dict[str, tuple[str, str]]:
    """Every entry of the book's BibTeX files: key -> (names, year)."""
    found: dict[str, tuple[str, str]] = {}
    for bibfile in bibfiles:
        for key, entry in parse_file(str(bibfile), bib_format="bibtex").entries.items():
            found[key] = author_year(key, entry)
    return found
