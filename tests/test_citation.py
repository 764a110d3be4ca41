"""How to cite and reuse the book: CITATION.cff is valid Citation File Format 1.2.0 and agrees
with .zenodo.json, pyproject.toml and _config.yml; the licences say which covers what.

CITATION.cff is checked against the format's JSON schema (tests/schemas), offline.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tests" / "schemas" / "citation-cff-1.2.0.json"


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def citation() -> dict[str, Any]:
    return load_yaml(ROOT / "CITATION.cff")  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def zenodo() -> dict[str, Any]:
    return json.loads((ROOT / ".zenodo.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def cff_problems(document: dict[str, Any]) -> list[str]:
    """Every way ``document`` breaks the CFF 1.2.0 schema, as 'path: message'."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    return sorted(
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator.iter_errors(document)
    )


def test_citation_cff_is_valid(citation: dict[str, Any]) -> None:
    assert cff_problems(citation) == []


def test_the_schema_check_finds_errors(citation: dict[str, Any]) -> None:
    broken = {key: value for key, value in citation.items() if key != "authors"}
    broken["license"] = "CC-BY-4"
    problems = cff_problems(broken)
    assert any("'authors' is a required property" in p for p in problems), problems
    assert any(p.startswith("license:") for p in problems), problems


def test_citation_agrees_with_the_package_and_the_book(citation: dict[str, Any]) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    config = load_yaml(ROOT / "_config.yml")
    assert citation["version"] == project["version"]
    assert citation["repository-code"] == config["repository"]["url"]
    assert citation["url"] == config["html"]["baseurl"]
    assert citation["license"] == "CC-BY-4.0"


def test_zenodo_metadata_agrees_with_the_citation(
    citation: dict[str, Any], zenodo: dict[str, Any]
) -> None:
    assert zenodo["title"] == citation["title"]
    assert zenodo["version"] == citation["version"]
    assert zenodo["keywords"] == citation["keywords"]
    assert [c["name"] for c in zenodo["creators"]] == [a["name"] for a in citation["authors"]]
    assert zenodo["license"].lower() == citation["license"].lower()
    assert zenodo["upload_type"] in {"publication", "software", "dataset", "lesson"}
    assert "CC BY 4.0" in zenodo["notes"] and "MIT" in zenodo["notes"]


def test_each_licence_file_names_what_it_covers() -> None:
    content = (ROOT / "LICENSE-content").read_text(encoding="utf-8")
    code = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Attribution 4.0 International Public License" in content
    assert all(folder in content for folder in ("book/", "lessons/", "data/articles/"))
    assert code.startswith("MIT License")
    assert "LICENSE-content" in code and "src/" in code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(load_yaml(ROOT / "_config.yml")["html"]["extra_footer"], id="site footer"),
        pytest.param((ROOT / "README.md").read_text(encoding="utf-8"), id="README"),
    ],
)
def test_the_footer_and_the_readme_say_which_licence_covers_what(text: str) -> None:
    assert "CC BY 4.0" in text and "MIT" in text
    assert "LICENSE-content" in text
