"""Label choices: matching rules on small sentences, the lexicon loader, and the five articles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from newsframes.analysers.labels import find_labels, label_matchers, label_shares, load_labels
from newsframes.errors import LexiconError
from newsframes.paths import lexicon_dir

GOLDEN = Path(__file__).parent / "golden" / "labels"
NO_MENTIONS = pd.DataFrame(columns=["start", "end", "surface", "actor_id", "actor_type", "side"])


def labels_of(text: str, mentions: pd.DataFrame = NO_MENTIONS, **kw: object) -> list[str]:
    return find_labels(text, mentions=mentions, **kw)["label"].tolist()  # type: ignore[arg-type]


def mention(text: str, surface: str, actor_id: str, side: str | None = None) -> pd.DataFrame:
    start = text.index(surface)
    return pd.DataFrame(
        [(start, start + len(surface), surface, actor_id, "state_body", side)],
        columns=NO_MENTIONS.columns,
    )


# ------------------------------------------------------------------ matching rules


def test_adjective_forms_count_as_the_label() -> None:
    assert labels_of("He was disillusioned by Islamist forces on the rebel front lines.") == [
        "Islamists",
        "rebels",
    ]


def test_each_label_word_in_a_compound_counts() -> None:
    assert labels_of("More than 70 per cent of the rebel gunmen were foreign.") == [
        "rebels",
        "gunmen",
    ]


def test_spelling_variants_map_to_one_label() -> None:
    rows = find_labels("Protestors and protesters met a protester.", mentions=NO_MENTIONS)
    assert rows["label"].tolist() == ["protesters"] * 3
    assert rows["surface"].tolist() == ["Protestors", "protesters", "protester"]


def test_longest_form_wins() -> None:
    assert labels_of("Numerous foreign fighters and local fighters.") == [
        "foreign fighters",
        "fighters",
    ]


def test_excluded_phrases_are_not_labels() -> None:
    assert labels_of("It was done in the regime of radio silence.") == []
    assert labels_of("Fighter jets struck while fighters waited.") == ["fighters"]
    assert labels_of("They spoke in opposition to the plan; the opposition agreed.") == [
        "opposition"
    ]


def test_label_as_head_of_an_actor_mention_counts_with_the_actor() -> None:
    text = "Defectors fled the Syrian regime."
    rows = find_labels(text, mentions=mention(text, "Syrian regime", "syrian_government"))
    assert rows["label"].tolist() == ["defectors", "regime"]
    assert rows["actor_id"].tolist()[1] == "syrian_government"


def test_label_inside_an_actor_name_does_not_count() -> None:
    text = "The Syrian Opposition Coalition met in Istanbul."
    assert labels_of(text) == ["opposition"]  # without the mention it is a label word
    assert labels_of(text, mention(text, "Syrian Opposition Coalition", "soc")) == []


def test_possessive_head_of_a_mention_counts() -> None:
    text = "The al-Assad regime’s claims were false."
    assert labels_of(text, mention(text, "al-Assad regime", "syrian_government")) == ["regime"]


def test_noun_after_the_opening_a_generic_mention_counts() -> None:
    text = "At dawn the regime troops shelled the town."
    rows = find_labels(text, mentions=mention(text, "regime troops", "syrian_government"))
    assert rows["label"].tolist() == ["regime", "troops"]
    assert rows["actor_id"].tolist() == ["syrian_government"] * 2


def test_modifier_opening_a_mention_without_the_does_not_count() -> None:
    text = "At dawn regime troops shelled the town."
    rows = find_labels(text, mentions=mention(text, "regime troops", "syrian_government"))
    assert rows["label"].tolist() == ["troops"]


def test_voice_and_sentence() -> None:
    text = "Rebels advanced. He said “the regime will fall” and left."
    rows = find_labels(text, mentions=NO_MENTIONS)
    assert rows[["label", "voice", "sent_id"]].values.tolist() == [
        ["rebels", "journalist", 0],
        ["regime", "quoted", 1],
    ]
    assert text[rows["start"][1] : rows["end"][1]] == "regime"


def test_no_labels_gives_empty_table_with_columns() -> None:
    rows = find_labels("Nothing here.", mentions=NO_MENTIONS)
    assert rows.empty and "voice" in rows.columns


# ------------------------------------------------------------------ shares


def test_label_shares_per_side_and_voice() -> None:
    text = "Rebels and militants fought. “Rebels,” he said. The regime replied."
    rows = find_labels(text, mentions=NO_MENTIONS).assign(article_id="a")
    shares = label_shares(rows)
    opp_all = shares[(shares["side"] == "opposition") & (shares["voice"] == "all")]
    assert dict(zip(opp_all["label"], opp_all["n"], strict=True)) == {"militants": 1, "rebels": 2}
    assert opp_all.set_index("label")["share"].to_dict() == pytest.approx(
        {"militants": 1 / 3, "rebels": 2 / 3}
    )
    quoted = shares[(shares["side"] == "opposition") & (shares["voice"] == "quoted")]
    assert quoted[["label", "n", "share"]].values.tolist() == [["rebels", 1, 1.0]]
    gov = shares[(shares["side"] == "government") & (shares["voice"] == "all")]
    assert gov["share"].tolist() == [1.0]


def test_label_shares_empty_and_missing_column() -> None:
    assert label_shares(pd.DataFrame()).empty
    rows = find_labels("Rebels.", mentions=NO_MENTIONS)
    with pytest.raises(KeyError, match="article_id"):
        label_shares(rows)
    assert len(label_shares(rows, by=())) == 2  # all + journalist


# ------------------------------------------------------------------ lexicon


def write_lexicon(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "labels.yml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def real_doc() -> dict:
    return yaml.safe_load((lexicon_dir() / "labels.yml").read_text(encoding="utf-8"))


def test_real_lexicon_loads_and_is_documented() -> None:
    lex = load_labels()
    assert {"rebels", "militants", "terrorists", "regime", "government", "defectors"} <= set(
        lex.entries
    )
    assert all(e.note for e in lex.entries.values())


def test_a_form_names_its_entry() -> None:
    lex = load_labels()
    assert lex.entry_of_form("Protestors").label == "protesters"
    assert lex.entry_of_form("rebel").label == "rebels"
    with pytest.raises(KeyError):
        lex.entry_of_form("tables")


def test_matchers_are_compiled_once_per_lexicon(tmp_path: Path) -> None:
    assert load_labels() is load_labels()  # unchanged file: the same lexicon object
    assert label_matchers(load_labels()) is label_matchers(load_labels())
    copy = write_lexicon(tmp_path, real_doc())
    assert label_matchers(load_labels(copy)) is not label_matchers(load_labels())


def test_label_sides_are_actor_sides() -> None:
    actors = yaml.safe_load((lexicon_dir() / "actors.yml").read_text(encoding="utf-8"))
    assert set(load_labels().sides) <= set(actors["sides"]) | {"unspecified"}


def test_broken_yaml_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "labels.yml"
    path.write_text("labels:\n  - label: rebels\n    note: a: b\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid YAML"):
        load_labels(path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    doc = real_doc()
    doc["labels"][0]["category"] = "bad_category"
    doc["labels"][1]["forms"].append("rebels")  # duplicate of the rebels label
    doc["labels"][2]["forms"].append("  ")
    del doc["labels"][3]["note"]
    doc["labels"][4]["side"] = "martians"
    with pytest.raises(LexiconError) as err:
        load_labels(write_lexicon(tmp_path, doc))
    message = str(err.value)
    assert len(err.value.problems) == 5
    for needle in ("bad_category", "'rebels' is also listed", "empty form", "note: missing"):
        assert needle in message
    assert "martians" in message


def test_a_removed_form_changes_the_result(tmp_path: Path) -> None:
    doc = real_doc()
    for entry in doc["labels"]:
        if entry["label"] == "rebels":
            entry["forms"] = ["rebels"]
    text = "Islamist forces on the rebel front lines."
    assert labels_of(text) == ["Islamists", "rebels"]
    assert labels_of(text, path=write_lexicon(tmp_path, doc)) == ["Islamists"]


# ------------------------------------------------------------------ the five articles


@pytest.fixture(scope="module")
def article_labels(texts: dict[str, str]) -> pd.DataFrame:
    frames = [find_labels(t).assign(article=a) for a, t in texts.items()]
    return pd.concat(frames, ignore_index=True)


def test_golden_label_counts(article_labels: pd.DataFrame) -> None:
    golden = pd.read_csv(GOLDEN / "counts.csv", comment="#")
    got = article_labels.groupby(["article", "label", "voice"]).size().rename("n").reset_index()
    key = ["article", "label", "voice"]
    pd.testing.assert_frame_equal(
        got.sort_values(key).reset_index(drop=True), golden.sort_values(key).reset_index(drop=True)
    )


def test_hard_cases_in_the_articles(article_labels: pd.DataFrame, texts: dict[str, str]) -> None:
    fan = article_labels[article_labels["article"].str.startswith("fan")]
    assert "regime" not in set(fan["label"])  # "in the regime of radio silence"
    itv = article_labels[article_labels["article"].str.startswith("itv")]
    itv_text = texts[itv["article"].iloc[0]]
    surfaces = {itv_text[s : e + 7] for s, e in zip(itv["start"], itv["end"], strict=True)}
    assert "Islamist forces" in surfaces and "rebel front " in surfaces
    asharq = article_labels[article_labels["article"].str.startswith("asharq")]
    heads = asharq[asharq["label"] == "regime"]
    assert set(heads["actor_id"].dropna()) == {"syrian_government"}
