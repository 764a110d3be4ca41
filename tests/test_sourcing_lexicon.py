"""The reporting-verb lexicon: its checks, its immutable data, and edits seen at once.

A lesson asks students to edit ``reporting_verbs.yml`` and re-run: the next load and
the next ``find_quotes`` call must see the file as it is now, with nothing to clear.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
import yaml

from newsframes.analysers.sourcing import find_quotes, load_reporting_verbs, verb_matchers
from newsframes.errors import LexiconError
from newsframes.lexicons.reporting_verbs import ReportingVerbs
from newsframes.paths import data_dir, lexicon_dir

CLAIMED = "Ahmed Khalil claimed that the town fell."
WHISPERED = "Ahmed Khalil whispered that the town fell."


def real_doc() -> dict:
    return yaml.safe_load((lexicon_dir() / "reporting_verbs.yml").read_text(encoding="utf-8"))


def write_lexicon(path: Path, doc: object) -> Path:
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def edit(path: Path) -> None:
    """Make "claim" neutral and add "whisper", in the file at ``path``."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in doc["verbs"]:
        if entry["verb"] == "claim":
            entry["class"] = "neutral"
    doc["verbs"].append({"verb": "whisper", "forms": ["whispered"], "class": "neutral"})
    write_lexicon(path, doc)


def verb_class_of_claimed(path: Path | None = None) -> str:
    rows = find_quotes(CLAIMED, path=path)
    assert rows["verb"].tolist() == ["claim"]
    return str(rows["verb_class"].iloc[0])


# ------------------------------------------------------------------ checks


def test_broken_yaml_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "reporting_verbs.yml"
    path.write_text("verbs: [say\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_reporting_verbs(path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    doc = real_doc()
    doc["verbs"][0]["class"] = "gossip"
    doc["verbs"][1]["forms"].append("said")  # duplicate of "say"
    doc["verbs"][2]["forms"].append("")
    del doc["verbs"][3]["forms"]
    doc["self_naming"][0]["class"] = "nickname"
    doc["anonymity"].append(" ")
    with pytest.raises(LexiconError) as err:
        load_reporting_verbs(write_lexicon(tmp_path / "reporting_verbs.yml", doc))
    message = str(err.value)
    assert len(err.value.problems) == 6
    for needle in ("gossip", "'said' is also listed", "empty form", "forms: missing", "nickname"):
        assert needle in message
    assert "anonymity[" in message and "empty or not text" in message


def test_a_missing_list_and_a_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    doc = real_doc()
    del doc["pronouns"]
    with pytest.raises(LexiconError, match="pronouns: missing or not a list"):
        load_reporting_verbs(write_lexicon(tmp_path / "a.yml", doc))
    with pytest.raises(LexiconError, match="not a mapping"):
        load_reporting_verbs(write_lexicon(tmp_path / "b.yml", ["say", "tell"]))


# ------------------------------------------------------------------ data, and what is built from it


def test_the_lexicon_is_plain_immutable_data() -> None:
    lex = load_reporting_verbs()
    assert isinstance(lex, ReportingVerbs)
    assert lex.verbs["claim"].verb_class == "distancing"
    assert lex.verbs["maintain"].needs_that and not lex.verbs["say"].needs_that
    assert "distancing" in lex.classes and "claimed the lives of" in lex.exclude
    assert {n.speaker_class for n in lex.self_naming} == {"pseudonym", "named_person"}
    assert "the man" in lex.pronouns and "source" in lex.anonymous_heads
    with pytest.raises(TypeError):
        lex.classes["gossip"] = "hearsay"  # type: ignore[index]
    with pytest.raises(TypeError):
        lex.verbs["whisper"] = lex.verbs["say"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        lex.exclude = ()  # type: ignore[misc]


def test_matchers_are_built_once_per_lexicon(tmp_path: Path) -> None:
    lex = load_reporting_verbs()
    assert load_reporting_verbs() is lex  # the same content gives the same object
    assert verb_matchers(lex) is verb_matchers(load_reporting_verbs())
    copy = shutil.copy(lexicon_dir() / "reporting_verbs.yml", tmp_path / "reporting_verbs.yml")
    edit(Path(copy))
    edited = load_reporting_verbs(copy)
    assert edited is not lex and verb_matchers(edited) is not verb_matchers(lex)
    assert [m.key for m in verb_matchers(edited).verbs.find(WHISPERED)] == ["whisper"]
    assert verb_matchers(lex).verbs.find(WHISPERED) == []


# ------------------------------------------------------------------ edits seen in a running process


def test_an_edited_copy_is_seen_by_the_next_call(tmp_path: Path) -> None:
    copy = Path(shutil.copy(lexicon_dir() / "reporting_verbs.yml", tmp_path / "verbs.yml"))
    original = copy.read_bytes()
    assert load_reporting_verbs(copy).verbs["claim"].verb_class == "distancing"
    assert verb_class_of_claimed(copy) == "distancing"
    assert find_quotes(WHISPERED, path=copy).empty

    edit(copy)
    assert load_reporting_verbs(copy).verbs["claim"].verb_class == "neutral"
    assert verb_class_of_claimed(copy) == "neutral"
    assert find_quotes(WHISPERED, path=copy)["verb"].tolist() == ["whisper"]

    copy.write_bytes(original)  # and back again
    assert "whisper" not in load_reporting_verbs(copy).verbs
    assert verb_class_of_claimed(copy) == "distancing"
    assert find_quotes(WHISPERED, path=copy).empty


def test_an_edited_default_lexicon_is_seen_by_the_next_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied = tmp_path / "data"
    shutil.copytree(data_dir(), copied)
    monkeypatch.setenv("NEWSFRAMES_DATA", str(copied))
    default = copied / "lexicons" / "reporting_verbs.yml"
    assert load_reporting_verbs().path == default
    assert verb_class_of_claimed() == "distancing"
    assert find_quotes(WHISPERED).empty

    edit(default)
    assert load_reporting_verbs().verbs["claim"].verb_class == "neutral"
    assert verb_class_of_claimed() == "neutral"
    assert find_quotes(WHISPERED)["verb"].tolist() == ["whisper"]

    monkeypatch.delenv("NEWSFRAMES_DATA")  # the checkout's own file was never touched
    assert verb_class_of_claimed() == "distancing"
    assert find_quotes(WHISPERED).empty


def test_asking_verbs_and_body_heads_are_read_from_the_lexicon(tmp_path: Path) -> None:
    urged = "The envoy urged the rebels to “lay down their arms before the winter comes”."
    it_said = "The ministry said the talks were over. It reiterated that the talks would go on."
    assert find_quotes(urged)["kind"].tolist() == ["direct"]
    assert find_quotes(it_said)["speaker_ref"].tolist()[-1] == "The ministry"
    doc = real_doc()
    for entry in doc["verbs"]:
        entry.pop("asks", None)
    doc["body_heads"] = []
    path = write_lexicon(tmp_path / "reporting_verbs.yml", doc)
    # Without `asks`, the quotation after "to" is a word of the content, not what was asked;
    # without `body_heads`, "It" has no unnamed body to refer back to.
    assert find_quotes(urged, path=path)["kind"].tolist() == ["indirect"]
    assert find_quotes(it_said, path=path)["referent_class"].tolist()[-1] == "unattributed"


def test_an_inverting_form_that_no_verb_lists_is_refused(tmp_path: Path) -> None:
    doc = real_doc()
    doc["inverting_forms"].append("whispered")
    with pytest.raises(LexiconError, match=r"inverting_forms: 'whispered': is no form"):
        load_reporting_verbs(write_lexicon(tmp_path / "reporting_verbs.yml", doc))


def test_a_speaker_after_its_verb_is_read_from_the_lexicon(tmp_path: Path) -> None:
    text = "The raid came a day after the rocket attack, writes the Homs Council."
    assert find_quotes(text)["speaker"].tolist() == ["the Homs Council"]
    doc = real_doc()
    doc["inverting_forms"].remove("writes")
    path = write_lexicon(tmp_path / "reporting_verbs.yml", doc)
    # Without "writes" there, the words after it are no speaker: no statement is found
    assert find_quotes(text, path=path)["speaker"].tolist() == []


def test_men_who_left_a_body_speak_for_none_of_it(tmp_path: Path) -> None:
    text = "Syrian army defectors said on Monday they had formed a council."
    officers = "Syrian army officers said on Monday they had formed a council."
    assert find_quotes(text)["speaker_actor_id"].tolist() == [None]
    assert find_quotes(officers)["speaker_actor_id"].tolist() == ["syrian_army"]
    # nor is the side of the body they left theirs
    assert find_quotes(text)["speaker_side"].tolist() == [None]
    assert find_quotes(officers)["speaker_side"].tolist() == ["government"]
    # "deserters" are such men too
    deserters = find_quotes("Syrian army deserters said they were shot at.")
    assert deserters[["speaker_actor_id", "speaker_side"]].values.tolist() == [[None, None]]
    # the body after "from" is the one they left, not one they speak for as a spokesman does
    one = find_quotes("A deserter from the Syrian army said he was ordered to fire.")
    assert one[["speaker_actor_id", "speaker_side"]].values.tolist() == [[None, None]]
    spokesman = find_quotes("A spokesman for the Syrian army said the town had fallen.")
    assert spokesman["speaker_actor_id"].tolist() == ["syrian_army"]
    # "The Syrian defector" after an officer who defected is that source again (Asharq Al-Awsat)
    again = find_quotes(
        "A Syrian army officer who defected to the Free Syrian Army told the paper that the unit"
        " had left. The Syrian defector added that more would follow."
    )
    assert again["speaker_ref"].tolist() == ["A Syrian army officer"] * 2
    assert again["speaker_side"].tolist() == ["opposition"] * 2
    doc = real_doc()
    # the leavers are anonymous heads without being listed there twice
    assert not set(doc["leaver_heads"]) & set(doc["anonymous_heads"])
    assert set(doc["leaver_heads"]) <= load_reporting_verbs().anonymous_heads
    doc["leaver_heads"] = []
    path = write_lexicon(tmp_path / "reporting_verbs.yml", doc)
    # Without `leaver_heads`, the army the defectors left would be the speaker
    assert find_quotes(text, path=path)["speaker_actor_id"].tolist() == ["syrian_army"]
