"""Values a notebook glued (myst-nb ``glue``) for its prose, read from its stored outputs:
the student version has no outputs, so its glue roles are filled from the lesson's."""

from __future__ import annotations

import re
from typing import Any

from nbformat import NotebookNode

Bundle = dict[str, Any]


def glued_values(notebook: NotebookNode) -> dict[str, Bundle]:
    """Each glued name and the MIME bundle stored for it (``text/plain``, ``image/png``...)."""
    found: dict[str, Bundle] = {}
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            scrapbook = output.get("metadata", {}).get("scrapbook", {})
            name = scrapbook.get("name")
            if name:
                prefix = scrapbook.get("mime_prefix", "")
                data = output.get("data", {})
                found[name] = {key.removeprefix(prefix): value for key, value in data.items()}
    return found


def plain(bundle: Bundle) -> str:
    """The text of a glued value, as its ``text/plain`` repr shows it (quotes dropped)."""
    text = bundle.get("text/plain", "")
    text = "".join(text) if isinstance(text, list) else str(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def formatted(bundle: Bundle, spec: str) -> str:
    """A glued number in a format spec (``glue:text`` ``name:.2f``); text when no spec."""
    text = plain(bundle)
    if not spec:
        return text
    number = re.sub(r"^np\.\w+\((.*)\)$", r"\1", text)  # numpy 2 reprs: np.float64(0.5)
    for kind in (int, float):
        try:
            return format(kind(number), spec)
        except ValueError:
            continue
    return format(text, spec)
