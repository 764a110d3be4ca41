"""The instructor guide's links into the README lead to sections that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "book" / "instructor-guide.ipynb"


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_github_anchor() -> None:
    assert github_anchor("Grading (for instructors)") == "grading-for-instructors"
    assert github_anchor("What `validate` checks") == "what-validate-checks"


def test_every_readme_link_of_the_guide_names_a_section() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sections = {github_anchor(h) for h in re.findall(r"^#{1,6} (.+)$", readme, re.MULTILINE)}
    # The links as the stored outputs glue them into the page.
    linked = set(re.findall(r"README\.md#([\w-]+)\)", GUIDE.read_text(encoding="utf-8")))
    assert linked >= {"grading-for-instructors", "adding-an-article", "publishing"}
    assert sorted(linked - sections) == []
