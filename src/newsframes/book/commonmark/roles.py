"""MyST roles (``{name}`content```) in running text, rewritten as CommonMark: glossary
terms, citations and page references become links to the site, glue roles their values.
Inline code is left as it is: a role written inside backticks is an example, not a role."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsframes.book.commonmark.errors import unsupported
from newsframes.book.commonmark.glue import formatted, plain
from newsframes.book.commonmark.site import term_link

if TYPE_CHECKING:
    from newsframes.book.commonmark.convert import Page

INLINE = re.compile(
    r"\{(?P<name>[A-Za-z][\w:.+-]*)\}(?P<ticks>`+)(?P<content>.+?)(?P=ticks)(?!`)"
    r"|(?P<code>`+)"
    r"|\{\{\s*(?P<substitution>[\w.-]+)\s*\}\}",
    re.DOTALL,
)
EXPLICIT = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)
FIX = "write it in plain Markdown in the lesson, or add its rendering to newsframes.book.commonmark"


def _split(content: str) -> tuple[str | None, str]:
    """``text <target>`` as (text, target); a bare ``target`` as (None, target)."""
    match = EXPLICIT.match(content.strip())
    if match and match["text"]:
        return match["text"], match["target"].strip()
    return None, content.strip()


def link(text: str, url: str) -> str:
    """A CommonMark link, its text's brackets escaped."""
    escaped = text.replace("[", r"\[").replace("]", r"\]")
    return f"[{escaped}]({url})"


def term(content: str, page: Page) -> str:
    text, target = _split(content)
    url = term_link(page.site, target)
    if url is None:
        raise unsupported(page.where, f"{{term}}`{content}`", "add the term to the glossary")
    return link(text or target, url)


def _page_name(target: str, page: Page) -> str:
    target = target.removesuffix(".md").removesuffix(".ipynb")
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(page.name), target))


def doc(content: str, page: Page) -> str:
    text, target = _split(content)
    name = _page_name(target, page)
    title = page.site.titles.get(name)
    if title is None:
        raise unsupported(page.where, f"{{doc}}`{content}`", f"{name} is not a page in _toc.yml")
    return link(text or title, page.site.url(name))


def ref(content: str, page: Page) -> str:
    text, label = _split(content)
    target = page.site.labels.get(label)
    if target is None:
        raise unsupported(page.where, f"{{ref}}`{content}`", f"no page defines the label {label}")
    return link(text or target.text, page.site.url(target.page, target.anchor))


def numref(content: str, page: Page) -> str:
    text, label = _split(content)
    target = page.site.labels.get(label)
    number = page.site.exercise_text(label)
    if target is None or number is None:
        raise unsupported(page.where, f"{{numref}}`{content}`", "numref only exercises here")
    shown = number.removeprefix("Exercise ")
    words = text.replace("%s", shown).replace("{number}", shown) if text else number
    return link(words, page.site.url(target.page, target.anchor))


def cite(content: str, page: Page, *, textual: bool = False, bare: bool = False) -> str:
    """Author-year citations linked to their entries: "(Loria 2020; ...)", without the
    parentheses when the text around is already in parentheses (``bare``)."""
    site = page.site
    parts = []
    for key in (k.strip() for k in content.split(",")):
        if key not in site.references or site.references_page is None:
            raise unsupported(page.where, f"{{cite}}`{content}`", f"add {key} to references.bib")
        who, year = site.references[key]
        url = site.url(site.references_page, site.reference_anchor(key))
        parts.append(link(f"{who} ({year})" if textual else f"{who} {year}", url))
    if textual:
        return ", ".join(parts)
    return "; ".join(parts) if bare else "(" + "; ".join(parts) + ")"


def _inside_parentheses(before: str) -> bool:
    """Whether the end of ``before`` is inside an open parenthesis of its paragraph."""
    paragraph = before.rsplit("\n\n", 1)[-1]
    return paragraph.count("(") > paragraph.count(")")


def glue(content: str, page: Page, *, kind: str = "any") -> str:
    name, _, spec = content.strip().partition(":")
    bundle = page.glue.get(name)
    if bundle is None:
        raise unsupported(page.where, f"{{glue}}`{content}`", "run the lesson to store its glue")
    if kind == "md":
        value = bundle.get("text/markdown", plain(bundle))
        return "".join(value) if isinstance(value, list) else str(value)
    return formatted(bundle, spec) if kind == "text" else plain(bundle)


PARENTHETICAL = ("cite", "cite:p", "cite:ps")
Role = Callable[[str, "Page"], str]
ROLES: dict[str, Role] = {
    "term": term,
    "doc": doc,
    "ref": ref,
    "numref": numref,
    "cite": cite,
    "cite:p": cite,
    "cite:ps": cite,
    "cite:t": lambda content, page: cite(content, page, textual=True),
    "cite:ts": lambda content, page: cite(content, page, textual=True),
    "glue": glue,
    "glue:": glue,
    "glue:any": glue,
    "glue:text": lambda content, page: glue(content, page, kind="text"),
    "glue:md": lambda content, page: glue(content, page, kind="md"),
    "math": lambda content, page: f"${content}$",
    "sub": lambda content, page: f"<sub>{content}</sub>",
    "sup": lambda content, page: f"<sup>{content}</sup>",
    "kbd": lambda content, page: f"<kbd>{content}</kbd>",
    "abbr": lambda content, page: content,
    "code": lambda content, page: f"`{content}`",
}


def _code_span(text: str, start: int, ticks: str) -> int:
    """Where the inline code opened by ``ticks`` at ``start`` ends (its text is kept)."""
    close = re.compile(rf"(?<!`){ticks}(?!`)").search(text, start + len(ticks))
    return close.end() if close else start + len(ticks)


def convert_roles(text: str, page: Page) -> str:
    """``text`` with every role and substitution outside inline code rewritten."""
    out: list[str] = []
    position = 0
    while (match := INLINE.search(text, position)) is not None:
        out.append(text[position : match.start()])
        if match["code"]:
            end = _code_span(text, match.start(), match["code"])
            out.append(text[match.start() : end])
            position = end
            continue
        if match["substitution"]:
            name = match["substitution"]
            if name not in page.substitutions:
                raise unsupported(page.where, f"{{{{ {name} }}}}", "add it to myst_substitutions")
            out.append(page.substitutions[name])
        else:
            render = ROLES.get(match["name"])
            if render is None:
                raise unsupported(page.where, f"the role {{{match['name']}}}", FIX)
            if match["name"] in PARENTHETICAL and _inside_parentheses("".join(out)):
                out.append(cite(match["content"], page, bare=True))
            else:
                out.append(render(match["content"], page))
        position = match.end()
    out.append(text[position:])
    return "".join(out)
