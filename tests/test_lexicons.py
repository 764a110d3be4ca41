"""Every lexicon is read by one loader: an edit on disk is seen by the next call in a running
process (no cache to clear), and ``validate`` reports every broken lexicon as a Problem."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from newsframes.__main__ import main
from newsframes.analysers.actors import find_mentions, load_actors
from newsframes.analysers.compare import load_stopwords, word_counts
from newsframes.analysers.framing import frame_hits, load_frames
from newsframes.analysers.labels import find_labels, load_labels
from newsframes.analysers.sourcing import find_quotes, load_reporting_verbs
from newsframes.analysers.unlisted import find_unlisted
from newsframes.corpus.articles import load_corpus
from newsframes.corpus.cleaning import clean_text, load_rules
from newsframes.errors import LexiconError
from newsframes.lexicons.abbreviations import load_abbreviations
from newsframes.lexicons.loader import load
from newsframes.lexicons.name_patterns import load_name_patterns
from newsframes.lexicons.validation import LEXICONS, check_lexicons
from newsframes.paths import data_dir
from newsframes.text.segmentation import split_sentences

NO_MENTIONS = pd.DataFrame(columns=["start", "end", "surface", "actor_id", "actor_type", "side"])


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ``data/`` that the package reads instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copy))
    return copy


def edit(file: Path, after: str, insert: str) -> None:
    """Insert ``insert`` after the first ``after`` in ``file``, as a person editing it would."""
    text = file.read_text(encoding="utf-8")
    assert after in text, f"{after!r} is not in {file.name}"
    file.write_text(text.replace(after, after + insert, 1), encoding="utf-8")


# ------------------------------------------------------------------ edited on disk, seen at once


def test_an_edited_labels_file_is_seen(data: Path) -> None:
    text = "Looters came at night."
    assert "looters" not in load_labels().entries
    assert find_labels(text, mentions=NO_MENTIONS).empty
    edit(
        data / "lexicons" / "labels.yml",
        "labels:\n",
        "  - label: looters\n"
        "    forms: [looter, looters]\n"
        "    category: violent_illegitimate\n"
        "    side: unspecified\n"
        "    note: criminals, not combatants\n",
    )
    assert load_labels().entries["looters"].forms == ("looter", "looters")
    assert find_labels(text, mentions=NO_MENTIONS)["label"].tolist() == ["looters"]


def test_an_edited_stopword_list_is_seen(data: Path) -> None:
    assert "army" not in load_stopwords()
    assert "army" in set(word_counts(["The army left."], stopwords=True)["word"])
    edit(data / "lexicons" / "stopwords.yml", "stopwords:\n", "  - army\n")
    assert "army" in load_stopwords()
    assert "army" not in set(word_counts(["The army left."], stopwords=True)["word"])


def test_an_edited_abbreviation_list_is_seen(data: Path) -> None:
    text = "Amb. Ford met the rebels. He left."
    assert "Amb" not in load_abbreviations().always
    assert split_sentences(text)["text"].tolist() == ["Amb.", "Ford met the rebels.", "He left."]
    edit(data / "lexicons" / "abbreviations.yml", "  - Rev\n", "  - Amb\n")
    assert "Amb" in load_abbreviations().always
    assert split_sentences(text)["text"].tolist() == ["Amb. Ford met the rebels.", "He left."]


def test_an_edited_boilerplate_rule_is_seen(data: Path) -> None:
    raw = "Head\nShare this article\nBody\n"
    assert "share_prompt" not in {rule.name for rule in load_rules()}
    assert clean_text(raw)[0] == raw
    rule = "  - name: share_prompt\n    pattern: '^Share this article$'\n    why: a widget\n"
    edit(data / "boilerplate.yml", "rules:\n", rule)
    assert "share_prompt" in {rule.name for rule in load_rules()}
    clean, [span] = clean_text(raw)
    assert clean == "Head\nBody\n" and span.rule == "share_prompt"


def test_an_edited_boilerplate_rule_reaches_the_corpus(data: Path) -> None:
    before = load_corpus()
    first = before.iloc[0]
    line = first["text"].splitlines()[0]  # the clean text's first line: reporting, kept so far
    pattern = json.dumps("^" + re.escape(line) + "$")  # a JSON string is a YAML string
    rule = f"  - name: first_line\n    pattern: {pattern}\n    why: a test\n"
    edit(data / "boilerplate.yml", "rules:\n", rule)
    after = load_corpus().set_index("id").loc[first["id"]]
    assert "first_line" in {span.rule for span in after["removed"]}
    assert line not in after["text"] and after["n_words"] < first["n_words"]


def test_an_edited_actors_file_is_seen(data: Path) -> None:
    text = "The Lion of Damascus spoke."
    assert "the Lion of Damascus" not in load_actors().actors["bashar_al_assad"].aliases
    assert "bashar_al_assad" not in set(find_mentions(text)["actor_id"])
    edit(
        data / "lexicons" / "actors.yml",
        "      - the president of Syria\n",
        "      - the Lion of Damascus\n",
    )
    assert "the Lion of Damascus" in load_actors().actors["bashar_al_assad"].aliases
    assert "bashar_al_assad" in set(find_mentions(text)["actor_id"])


def test_an_edited_frames_file_is_seen(data: Path) -> None:
    text = "Skirmishes broke out at dawn."
    conflict = load_frames().frames["conflict"]
    assert not any("skirmishes" in forms for forms in conflict.terms)
    assert "conflict" not in set(frame_hits(text, mentions=NO_MENTIONS)["frame"])
    edit(
        data / "lexicons" / "frames.yml",
        "      - [stalemate]\n",
        "      - [skirmish, skirmishes]\n",
    )
    conflict = load_frames().frames["conflict"]
    assert any("skirmishes" in forms for forms in conflict.terms)
    hits = frame_hits(text, mentions=NO_MENTIONS)
    assert hits[hits["frame"] == "conflict"]["surface"].tolist() == ["Skirmishes"]


def test_an_edited_reporting_verb_is_seen(data: Path) -> None:
    text = "The commander quipped that the regime would fall."
    assert "quip" not in load_reporting_verbs().verbs
    assert "quip" not in set(find_quotes(text, mentions=NO_MENTIONS)["verb"])
    verb = "  - verb: quip\n    forms: [quip, quips, quipped]\n    class: neutral\n"
    edit(data / "lexicons" / "reporting_verbs.yml", "verbs:\n", verb)
    assert "quip" in load_reporting_verbs().verbs
    assert set(find_quotes(text, mentions=NO_MENTIONS)["verb"]) == {"quip"}


def test_an_edited_name_patterns_file_is_seen(data: Path) -> None:
    text = "Air Marshal Sallu defected."  # a surname alone: no first name finds it
    assert find_unlisted(text) == []
    edit(data / "lexicons" / "name_patterns.yml", "titles:\n", "  - Air Marshal\n")
    assert "Air Marshal" in load_name_patterns().titles
    found = [(f.name, f.start) for f in find_unlisted(text)]
    assert found == [("Sallu", text.index("Sallu"))]
    assert find_unlisted("They met courier Sallu.") == []
    edit(data / "lexicons" / "name_patterns.yml", "descriptors:\n", "  - courier\n")
    assert [f.rule for f in find_unlisted("They met courier Sallu.")] == ["description"]
    text = "They met Wahid Sallu."
    assert find_unlisted(text) == []
    edit(data / "lexicons" / "name_patterns.yml", "given_names:\n", "  - Wahid\n")
    assert [(f.name, f.rule) for f in find_unlisted(text)] == [("Wahid Sallu", "given")]


# ------------------------------------------------------------------ the catalogue


def test_the_catalogue_names_every_lexicon_once() -> None:
    names = [lexicon.name for lexicon in LEXICONS]
    assert names == [
        "actors",
        "labels",
        "frames",
        "reporting_verbs",
        "abbreviations",
        "stopwords",
        "boilerplate",
        "name_patterns",
        "function_words",
    ]
    assert {lexicon.file().name for lexicon in LEXICONS} == {f"{n}.yml" for n in names}
    assert all(lexicon.file().is_file() for lexicon in LEXICONS)


def test_the_shipped_lexicons_are_valid() -> None:
    assert check_lexicons() == []


def test_each_lexicon_is_cached_once_under_its_schema() -> None:
    for lexicon in LEXICONS:
        assert lexicon.read() is load(lexicon.schema, lexicon.file()), lexicon.name


def test_the_analysers_read_the_catalogued_lexicons() -> None:
    catalogue = {lexicon.name: lexicon.read() for lexicon in LEXICONS}
    assert catalogue["actors"] is load_actors()
    assert catalogue["labels"] is load_labels()
    assert catalogue["frames"] is load_frames()
    assert catalogue["reporting_verbs"] is load_reporting_verbs()
    assert catalogue["abbreviations"] is load_abbreviations()
    assert catalogue["stopwords"] is load_stopwords()
    assert catalogue["boilerplate"] is load_rules()
    assert catalogue["name_patterns"] is load_name_patterns()


def test_every_problem_in_every_lexicon_is_collected(data: Path) -> None:
    (data / "lexicons" / "stopwords.yml").write_text("stopwords: [the, The]\n", encoding="utf-8")
    (data / "lexicons" / "labels.yml").write_text("labels: [\n", encoding="utf-8")
    (data / "boilerplate.yml").unlink()
    problems = [str(p) for p in check_lexicons()]
    assert len(problems) == 3
    assert problems[0].startswith("labels.yml: line ") and "not valid YAML" in problems[0]
    assert problems[1] == (
        "stopwords.yml: stopwords[1]: 'The' is not one lower-case word. Fix: lower-case it"
    )
    assert problems[2] == (
        f"{data / 'boilerplate.yml'}: (file): does not exist. Fix: create it or pass the right path"
    )


# ------------------------------------------------------------------ abbreviations schema


def abbreviation_problems(tmp_path: Path, content: str) -> list[str]:
    path = tmp_path / "abbreviations.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_abbreviations(path)
    return [str(p) for p in info.value.problems]


def test_abbreviation_problems_name_file_entry_and_fix(tmp_path: Path) -> None:
    problems = abbreviation_problems(
        tmp_path,
        "titles: [Mr, Dr., Mr, '']\n"
        "dotted: [U.S, U S]\n"
        "other: etc\n"
        "before_digit: [No, Art, Dr]\n"
        "months: [Jan]\n",
    )
    assert problems == [
        "abbreviations.yml: months: unknown key. Fix: use one of: "
        "titles, dotted, other, before_digit",
        "abbreviations.yml: titles[1]: 'Dr.' ends in a full stop. "
        "Fix: write it without the final full stop: 'Dr'",
        "abbreviations.yml: titles[2]: 'Mr' is also listed under titles[0]. "
        "Fix: keep each abbreviation in one list only",
        "abbreviations.yml: titles[3]: empty or not text. Fix: write one abbreviation",
        "abbreviations.yml: dotted[1]: 'U S' can never match: the splitter reads only letters, "
        "digits and inner full stops before a full stop. Fix: write the word as it stands "
        "before its full stop, e.g. `Gen` or `U.S`",
        "abbreviations.yml: other: not a list. Fix: write `other:` with one abbreviation per line",
        'abbreviations.yml: before_digit[0]: False is not text. Fix: quote it ("No"): '
        "bare No/Yes/On/Off are YAML booleans",
    ]


def test_an_abbreviation_in_two_lists_is_a_duplicate(tmp_path: Path) -> None:
    problems = abbreviation_problems(tmp_path, "titles: [Dr]\nbefore_digit: [Dr]\n")
    assert problems == [
        "abbreviations.yml: before_digit[0]: 'Dr' is also listed under titles[0]. "
        "Fix: keep each abbreviation in one list only"
    ]


def test_an_abbreviations_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert abbreviation_problems(tmp_path, "- Mr\n- Dr\n") == [
        "abbreviations.yml: (file): not a mapping of lists. Fix: write the lists "
        "`titles:`, `dotted:`, `other:`, `before_digit:`"
    ]


def test_the_shipped_abbreviations_are_sorted_into_their_lists() -> None:
    shipped = load_abbreviations()
    assert {"Mr", "Lt", "Col", "U.S", "etc"} <= shipped.always
    assert {"No", "Art"} <= shipped.before_digit
    assert not shipped.always & shipped.before_digit


# ------------------------------------------------------------------ python -m newsframes validate


def test_validate_reports_a_missing_abbreviations_file(data: Path, capsys) -> None:
    (data / "lexicons" / "abbreviations.yml").unlink()
    assert main(["validate"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{data / 'lexicons' / 'abbreviations.yml'}: (file): does not exist. "
        "Fix: create it or pass the right path"
    ]
    assert "1 problem(s) found." in captured.err


def test_validate_reports_a_broken_abbreviations_file(data: Path, capsys) -> None:
    edit(data / "lexicons" / "abbreviations.yml", "  - Rev\n", "  - Rev.\n  - No\n")
    assert main(["validate"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("abbreviations.yml: titles[")
    assert "'Rev.' ends in a full stop. Fix: write it without the final full stop" in lines[0]
    assert "False is not text. Fix: quote it" in lines[1]


def test_validate_reports_a_missing_boilerplate_file_once(data: Path, capsys) -> None:
    (data / "boilerplate.yml").unlink()
    assert main(["validate"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{data / 'boilerplate.yml'}: (file): does not exist. Fix: create it or pass the right path"
    ]
    assert "1 problem(s) found." in captured.err


def test_validate_reports_a_broken_boilerplate_file(data: Path, capsys) -> None:
    broken = "  - name: no_reason\n    pattern: x\n  - name: bad\n    pattern: '(a'\n    why: y\n"
    edit(data / "boilerplate.yml", "rules:\n", broken)
    assert main(["validate"]) == 1
    first, second = capsys.readouterr().out.splitlines()
    assert first == (
        f"{data / 'boilerplate.yml'}: rules[0]: needs name, pattern and why. "
        "Fix: add the missing keys"
    )
    assert second.startswith(f"{data / 'boilerplate.yml'}: rules[1].pattern: bad regular expr")
    assert second.endswith("Fix: fix it")


def test_validate_reports_boilerplate_yaml_errors(data: Path, capsys) -> None:
    (data / "boilerplate.yml").write_text("rules:\n  - name: [a\n", encoding="utf-8")
    assert main(["validate"]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("boilerplate.yml: line ") and "not valid YAML" in line
