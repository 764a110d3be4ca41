"""MyST directives rewritten as CommonMark: exercises and solutions become block quotes
headed "Exercise 17.2 — Title" (numbered as the site numbers them), admonitions block
quotes headed by their kind or title, figures images, maths ``$$`` blocks, glue
directives their stored values."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from newsframes.book.commonmark.errors import unsupported
from newsframes.book.commonmark.fences import Directive
from newsframes.book.commonmark.glue import plain

if TYPE_CHECKING:
    from newsframes.book.commonmark.convert import Page

Convert = Callable[[str, "Page"], str]
BOLD_TITLE = re.compile(r"^\*\*(?P<title>.+?)\*\*[ \t]*")
ADMONITIONS = {
    "note": "Note",
    "tip": "Tip",
    "hint": "Hint",
    "important": "Important",
    "warning": "Warning",
    "caution": "Caution",
    "attention": "Attention",
    "danger": "Danger",
    "error": "Error",
    "seealso": "See also",
}
BOXES = ("admonition", "dropdown", "margin", "sidebar", "topic", "epigraph", "card")
CODE = ("code-block", "code", "sourcecode")


def quote(text: str) -> str:
    """``text`` as a CommonMark block quote."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.split("\n"))


def boxed(heading: str, body: str) -> str:
    """A block quote: the bold heading, then the body as its own paragraphs."""
    return quote(f"**{heading}**" + (f"\n\n{body}" if body.strip() else ""))


def exercise(directive: Directive, page: Page, convert: Convert) -> str:
    label = directive.options.get("label") or None
    number = page.next_exercise(label)
    title = convert(directive.argument, page) if directive.argument else ""
    body = convert(directive.body, page)
    bold = BOLD_TITLE.match(body)
    if not title and bold:
        title, body = bold["title"], body[bold.end() :]
    heading = f"**Exercise {number}" if number else "**Exercise"
    heading += f" — {title}**" if title else ".**"
    if not body.strip():
        return quote(heading)
    return quote(heading + (body if body.startswith("\n") else " " + body))


def solution(directive: Directive, page: Page, convert: Convert) -> str:
    label = directive.argument.strip()
    number = page.site.exercise_text(label)
    if number is None:
        raise unsupported(page.where, f"{{solution}} {label}", "label the exercise it solves")
    return boxed(f"Solution to {number}", convert(directive.body, page))


def admonition(directive: Directive, page: Page, convert: Convert) -> str:
    title = ADMONITIONS.get(directive.name) or convert(directive.argument, page)
    if directive.name in ADMONITIONS and directive.argument:
        title = f"{title}: {convert(directive.argument, page)}"
    body = convert(directive.body, page)
    return boxed(title, body) if title else quote(body)


def _relative(path: str, page: Page) -> str:
    """A file path of the lesson, as seen from the folder the converted notebook is in."""
    if "://" in path or path.startswith(("/", "data:")):
        return path
    return Path(os.path.relpath(page.source_folder / path, page.out_folder)).as_posix()


def figure(directive: Directive, page: Page, convert: Convert) -> str:
    alt = directive.options.get("alt", "")
    image = f"![{alt}]({_relative(directive.argument, page)})"
    caption = convert(directive.body, page) if directive.name == "figure" else ""
    return image + (f"\n\n*{caption.strip()}*" if caption.strip() else "")


def math(directive: Directive, page: Page, convert: Convert) -> str:
    return f"$$\n{directive.body or directive.argument}\n$$"


def code(directive: Directive, page: Page, convert: Convert) -> str:
    return f"```{directive.argument}\n{directive.body}\n```"


def glue(directive: Directive, page: Page, convert: Convert) -> str:
    name = directive.argument.strip()
    bundle = page.glue.get(name)
    if bundle is None:
        raise unsupported(page.where, f"{{{directive.name}}} {name}", "run the lesson first")
    caption = convert(directive.body, page).strip()
    if "image/png" in bundle:
        data = bundle["image/png"]
        data = "".join(data) if isinstance(data, list) else data
        shown = f"![{caption or name}](data:image/png;base64,{data.strip()})"
    elif directive.name == "glue:math" and "text/latex" in bundle:
        shown = f"$$\n{bundle['text/latex'].strip().strip('$')}\n$$"
    elif directive.name == "glue:md" and "text/markdown" in bundle:
        shown = str(bundle["text/markdown"])
    else:
        shown = plain(bundle)
    return shown + (f"\n\n*{caption}*" if caption and "image/png" not in bundle else "")


Render = Callable[[Directive, "Page", Convert], str]
DIRECTIVES: dict[str, Render] = {
    "exercise": exercise,
    "solution": solution,
    "figure": figure,
    "image": figure,
    "math": math,
    **{name: code for name in CODE},
    **{name: admonition for name in (*ADMONITIONS, *BOXES)},
    **{name: glue for name in ("glue", "glue:", "glue:any", "glue:figure", "glue:md", "glue:math")},
}


def render_directive(directive: Directive, page: Page, convert: Convert) -> str:
    """One directive as CommonMark; an error naming it if it has no rendering here."""
    render = DIRECTIVES.get(directive.name)
    if render is None:
        raise unsupported(
            page.where,
            f"the directive {{{directive.name}}}",
            "write it in plain Markdown in the lesson, or add its rendering to "
            "newsframes.book.commonmark.directives",
        )
    return render(directive, page, convert)
