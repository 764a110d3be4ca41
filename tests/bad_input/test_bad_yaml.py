"""Bad lexicon YAML, one case each (issue 12): the one strict YAML reader behind every lexicon
and every article's front matter refuses aliases, deep nesting and repeated keys, reads a
byte-order mark and any line endings, and every failure is a Problem naming file, line and fix.

The fixtures are in ``tests/bad_input/yaml/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from newsframes.__main__ import main
from newsframes.corpus import load_corpus
from newsframes.errors import LexiconError
from newsframes.evaluate.mentions import AnnotationError, load_sentence_cases
from newsframes.lexicons.abbreviations import load_abbreviations
from newsframes.lexicons.loader import MAX_DEPTH, YamlProblem, strict_yaml
from newsframes.lexicons.stopwords import load_stopwords
from newsframes.lexicons.validation import LEXICONS, Lexicon
from newsframes.paths import data_dir
from newsframes.pipeline import analyze

FIXTURES = Path(__file__).parent / "yaml"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``data/`` that the package reads instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copy))
    return copy


def problems_of(load: Callable[[Path], Any], path: Path) -> list[str]:
    with pytest.raises(LexiconError) as info:
        load(path)
    return [str(problem) for problem in info.value.problems]


# ------------------------------------------------------------------ refused


def test_an_alias_bomb_in_a_lexicon_is_refused() -> None:
    path = FIXTURES / "alias-bomb-stopwords.yml"
    assert path.stat().st_size < 1500
    assert problems_of(load_stopwords, path) == [
        "alias-bomb-stopwords.yml: line 3: a YAML alias (*l0); aliases are not allowed. "
        "Fix: write the value out in full (an alias can expand a short file into gigabytes)"
    ]


def test_validate_names_an_alias_bomb_in_the_shipped_place(data: Path, capsys) -> None:
    shutil.copy(FIXTURES / "alias-bomb-stopwords.yml", data / "lexicons" / "stopwords.yml")
    assert main(["validate"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "stopwords.yml: line 3: a YAML alias (*l0); aliases are not allowed. "
        "Fix: write the value out in full (an alias can expand a short file into gigabytes)"
    ]


def test_a_repeated_key_in_a_lexicon_is_refused() -> None:
    # YAML keeps the last `titles:` list: "Mr" and "Dr" were dropped without a word.
    assert problems_of(load_abbreviations, FIXTURES / "repeated-key-abbreviations.yml") == [
        "repeated-key-abbreviations.yml: line 7: 'titles' is given twice (first on line 2). "
        "Fix: keep one `titles:` line"
    ]


def test_deep_nesting_in_a_lexicon_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stopwords.yml"
    path.write_text("stopwords:\n  - " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert problems_of(load_stopwords, path) == [
        f"stopwords.yml: line 2: nested more than {MAX_DEPTH} levels deep. "
        "Fix: write each field as one plain value"
    ]


def test_a_control_character_is_named_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "stopwords.yml"
    path.write_text("stopwords:\n  - the\n  - a\x00b\n", encoding="utf-8")
    assert problems_of(load_stopwords, path) == [
        "stopwords.yml: line 3: not valid YAML: unacceptable character #x0000 "
        "(special characters are not allowed). Fix: correct the YAML syntax"
    ]


def test_a_tag_that_runs_code_is_refused() -> None:
    [problem] = problems_of(load_stopwords, FIXTURES / "python-object-stopwords.yml")
    assert problem.startswith("python-object-stopwords.yml: line 3: not valid YAML: ")
    assert "could not determine a constructor for the tag" in problem


def test_the_strict_reader_counts_lines_from_where_the_text_starts() -> None:
    with pytest.raises(YamlProblem) as info:
        strict_yaml("a: 1\nb: *x\n", first_line=5)
    assert info.value.line == 6
    assert info.value.message == "a YAML alias (*x); aliases are not allowed"


def test_the_annotations_are_read_by_the_same_reader(tmp_path: Path) -> None:
    path = tmp_path / "sentence_cases.yml"
    path.write_text(
        "cases:\n  - &case {id: a, set: x, text: One. Two., sentences: [One., Two.]}\n  - *case\n",
        encoding="utf-8",
    )
    with pytest.raises(AnnotationError) as info:
        load_sentence_cases(path)
    assert [str(p) for p in info.value.problems] == [
        "sentence_cases.yml: line 3: a YAML alias (*case); aliases are not allowed. "
        "Fix: write the value out in full (an alias can expand a short file into gigabytes)"
    ]


# ------------------------------------------------------------------ files analyze reads


def test_a_broken_abbreviations_file(data: Path, capsys) -> None:
    # analyze used to fail with a raw `ParserError in "<unicode string>"`.
    shutil.copy(FIXTURES / "broken-abbreviations.yml", data / "lexicons" / "abbreviations.yml")
    assert main(["validate"]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("abbreviations.yml: line ") and "not valid YAML" in line
    with pytest.raises(LexiconError, match=r"abbreviations\.yml: line \d+: not valid YAML"):
        analyze(pd.DataFrame({"id": ["one"], "text": ["Mr. Assad spoke. He left."]}))


def test_a_missing_boilerplate_file(data: Path, capsys) -> None:
    # load_corpus used to end in a raw FileNotFoundError.
    (data / "boilerplate.yml").unlink()
    expected = (
        f"{data / 'boilerplate.yml'}: (file): does not exist. Fix: create it or pass the right path"
    )
    with pytest.raises(LexiconError) as info:
        load_corpus()
    assert [str(p) for p in info.value.problems] == [expected]
    assert main(["validate"]) == 1
    assert expected in capsys.readouterr().out.splitlines()


# ------------------------------------------------------------------ read as they are


@pytest.mark.parametrize("lexicon", LEXICONS, ids=lambda lexicon: lexicon.name)
def test_a_lexicon_with_a_bom_and_windows_line_endings_reads_the_same(
    data: Path, lexicon: Lexicon
) -> None:
    path = lexicon.file()
    text = path.read_text(encoding="utf-8")
    windows = "\ufeff" + text.replace("\n", "\r\n")
    assert strict_yaml(windows) == strict_yaml(text)
    path.write_bytes(windows.encode("utf-8"))
    assert lexicon.problems() == []


def test_every_shipped_lexicon_passes_the_strict_reader() -> None:
    for lexicon in LEXICONS:
        assert strict_yaml(lexicon.file().read_text(encoding="utf-8")) is not None
