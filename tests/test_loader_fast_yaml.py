"""The strict YAML reader over libyaml reads every file as the pure-Python reader does, and
refuses what it refuses with the same words.

:func:`newsframes.lexicons.loader.strict_yaml` tries libyaml's scanner first (five times
faster on the actors lexicon) and lets the pure-Python reader word every error; these tests
hold the two readers to the same results, and show the checks run in the fast one too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsframes.lexicons import loader
from newsframes.lexicons.loader import MAX_DEPTH, YamlProblem, strict_yaml
from newsframes.paths import data_dir

FIXTURES = Path(__file__).parent / "bad_input" / "yaml"

needs_libyaml = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")


def shipped_yaml() -> list[Path]:
    """Every YAML file the package ships outside the development corpus."""
    data = data_dir()
    return [
        *sorted((data / "lexicons").glob("*.yml")),
        data / "boilerplate.yml",
        *sorted((data / "annotations").glob("*.yml")),
    ]


def front_matters() -> list[str]:
    """The front matter of each book article (the text between its two ``---`` lines)."""
    heads = []
    for path in sorted((data_dir() / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n"), path
        heads.append(text[4 : text.index("\n---", 4)])
    return heads


def fast_loader() -> type:
    """The libyaml-backed loader (tests that use it need libyaml)."""
    assert loader._FastStrictLoader is not None
    return loader._FastStrictLoader


def reference(text: str, first_line: int = 1) -> object:
    """What the pure-Python reader makes of ``text``: its value, or its problem."""
    try:
        return loader._read(loader._StrictLoader, text, first_line)
    except yaml.YAMLError as exc:
        return type(exc).__name__


def outcome(text: str, first_line: int = 1) -> object:
    """What :func:`strict_yaml` makes of ``text``: the value, or (line, message, fix)."""
    try:
        return strict_yaml(text, first_line)
    except YamlProblem as problem:
        return (problem.line, problem.message, problem.fix)


@needs_libyaml
def test_the_fast_reader_is_the_one_used_when_libyaml_is_there() -> None:
    assert loader._FastStrictLoader is not None
    assert issubclass(loader._FastStrictLoader, yaml._yaml.CParser)


@needs_libyaml
@pytest.mark.parametrize("path", shipped_yaml(), ids=lambda path: path.name)
def test_every_shipped_file_reads_the_same_with_both_readers(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = reference(text)
    assert not isinstance(expected, str), f"{path.name} is not valid YAML"
    for variant in (text, "\ufeff" + text.replace("\n", "\r\n"), text.replace("\n", "\r")):
        assert loader._read(fast_loader(), variant, 1) == expected


@needs_libyaml
def test_book_front_matter_reads_the_same_with_both_readers() -> None:
    heads = front_matters()
    assert len(heads) == 5
    for head in heads:
        assert loader._read(fast_loader(), head, 2) == reference(head, 2)


# Well-formed YAML the strict reader refuses, and YAML that is not well formed: each case
# with the error every caller must keep seeing (the line counted from line 1).
REFUSED = {
    "alias": "a: &x [1, 2]\nb: *x\n",
    "repeated key": "titles: [Mr]\nnames: [a]\ntitles: [Dr]\n",
    "repeated key in a flow mapping": "a: {b: 1, b: 2}\n",
    "nested too deep": "a:\n  - " + "[" * 100_000 + "]" * 100_000 + "\n",
    "control character": "a:\n  - the\n  - a\x00b\n",
    "lone surrogate": "a: b\ud800c\n",
    "unclosed flow": "a: [1, 2\nb: 3\n",
    "python tag": "a: !!python/object/apply:os.system ['true']\n",
    "impossible date": "date: 2015-02-30\n",
    "bad integer": "n: !!int abc\n",
    "two documents": "a: 1\n---\nb: 2\n",
}


@pytest.mark.parametrize("text", REFUSED.values(), ids=list(REFUSED))
def test_refusals_are_worded_as_the_pure_python_reader_words_them(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_fast = outcome(text, first_line=3)
    monkeypatch.setattr(loader, "_FastStrictLoader", None)
    without = outcome(text, first_line=3)
    assert isinstance(without, tuple), "the case must be refused"
    assert with_fast == without


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.yml")), ids=lambda path: path.name)
def test_the_bad_lexicon_fixtures_are_refused_in_the_same_words(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8")
    with_fast = outcome(text)
    monkeypatch.setattr(loader, "_FastStrictLoader", None)
    assert isinstance(with_fast, tuple)
    assert with_fast == outcome(text)


@needs_libyaml
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x [1]\nb: *x\n", "a YAML alias (*x); aliases are not allowed"),
        ("a: 1\nb: 2\na: 3\n", "'a' is given twice (first on line 1)"),
        ("a: " + "[" * 1_000_000 + "]" * 1_000_000, f"nested more than {MAX_DEPTH} levels deep"),
    ],
    ids=["alias", "repeated key", "a million levels deep"],
)
def test_the_fast_reader_itself_refuses_before_building_anything(text: str, message: str) -> None:
    # libyaml's own composer shares aliased nodes and recurses without bound (a deep
    # file crashes the process): the checks must run in the fast reader, not only after it.
    with pytest.raises(yaml.MarkedYAMLError) as info:
        loader._read(fast_loader(), text, 1)
    assert info.value.problem == message


def test_without_libyaml_the_pure_python_reader_reads_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (data_dir() / "lexicons" / "abbreviations.yml").read_text(encoding="utf-8")
    expected = strict_yaml(text)
    monkeypatch.setattr(loader, "_FastStrictLoader", None)
    assert strict_yaml(text) == expected
