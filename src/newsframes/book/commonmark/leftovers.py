"""MyST syntax left in markdown that should be plain CommonMark: directive fences, bare
colon fences, directive options, roles, targets, comments, block breaks and
substitutions. Fenced and inline code are not searched: there they are examples."""

from __future__ import annotations

import re

from newsframes.book.commonmark.fences import CODE_FENCE

LINE_PATTERNS = {
    "directive": re.compile(r"^[ \t]*(?::{3,}|`{3,}|~{3,})[ \t]*\{[^}]*\}"),
    "colon fence": re.compile(r"^[ \t]*:{3,}[ \t]*$"),
    "directive option": re.compile(r"^[ \t]*:[\w-]+:(?:[ \t]|$)"),
    "target": re.compile(r"^[ \t]*\([^()\s]+\)=[ \t]*$"),
    "comment": re.compile(r"^%"),
    "block break": re.compile(r"^\+\+\+"),
}
# A role or substitution, or else inline code (skipped), whichever starts first.
INLINE = re.compile(
    r"(?P<role>\{[A-Za-z][\w:.+-]*\}`)|(?P<substitution>\{\{[^}]*\}\})"
    r"|(?P<code>(?P<ticks>`+).+?(?<!`)(?P=ticks)(?!`))",
    re.DOTALL,
)


def myst_leftovers(text: str) -> list[str]:
    """Each piece of MyST syntax in ``text``, as "kind: the line"; empty if there is none."""
    found: list[str] = []
    fence: str | None = None
    outside: list[str] = []
    for line in text.split("\n"):
        code = CODE_FENCE.match(line)
        if fence is not None:
            if line.strip().startswith(fence) and set(line.strip()) == {fence[0]}:
                fence = None
            continue
        if code and not LINE_PATTERNS["directive"].match(line):
            fence = code["fence"]
            continue
        for kind, pattern in LINE_PATTERNS.items():
            if pattern.match(line):
                found.append(f"{kind}: {line.strip()}")
        outside.append(line)
    for match in INLINE.finditer("\n".join(outside)):
        if match["role"]:
            found.append(f"role: {match['role']}")
        elif match["substitution"]:
            found.append(f"substitution: {match['substitution']}")
    return found
