"""Bad rows in CSV, JSON Lines, Parquet and .txt input: every problem named with its file and
its row (CSV and JSON Lines: the line, from 1; Parquet: the row index, from 0), all at once;
with on_error skip, every rejected row comes back in the ``rejected`` table."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsframes import limits
from newsframes.corpus.sources import (
    check_source,
    open_source,
    plan_partitions,
    read_partition,
    read_partition_checked,
)
from newsframes.errors import CorpusError, Problem
from newsframes.paths import PathError

TEXT = "The Free Syrian Army said: “We will not fire on our people.” Officers defected."


def problems_of(location: Path | str, **options: object) -> list[str]:
    source = open_source(location, **options)  # type: ignore[arg-type]
    return [str(p) for p in check_source(source)]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_every_bad_csv_row_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,text\n"  # line 1
        f"a,{TEXT}\n"  # 2: fine
        "b,\n"  # 3: no text
        f'c,"{TEXT}\nsecond line"\n'  # 4-5: fine, two lines
        f"a,{TEXT}\n"  # 6: duplicate id
        f" d ,{TEXT}\n"  # 7: spaces around the id
        f"e,{TEXT},extra\n",  # 8: a field too many
        encoding="utf-8",
    )
    found = problems_of(path, partition_rows=2)
    assert found == [
        f"{path}: line 3, text: the article has no text. Fix: paste the article after the '---'",
        f"{path}: line 6, id: duplicate id 'a', also used at {path}, line 2. "
        "Fix: give each article its own id",
        f"{path}: line 7, id: ' d ' has spaces at its ends. Fix: remove the spaces",
        f"{path}: line 8, (row): 3 fields, but the header has 2. "
        "Fix: quote every field that holds a comma, a quote or a line break",
    ]


def test_a_partition_raises_every_problem_in_it(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ""}, {"id": "b"}])
    [spec] = plan_partitions(open_source(path))
    with pytest.raises(CorpusError) as caught:
        read_partition(spec)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("line 1, text", "the article has no text"),
        ("line 2, text", "no 'text' field"),
    ]


def test_bad_json_lines_are_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        json.dumps({"id": 1, "text": TEXT}).encode()
        + b"\n{not json}\n[1, 2]\n"
        + json.dumps({"id": 1.5, "text": TEXT}).encode()
        + b'\n{"id": "x", "text": "caf\xe9"}\n'
        + json.dumps({"id": "y", "text": 7}).encode()
        + b"\n"
    )
    found = check_source(open_source(path))
    assert [(p.field, p.message.split(":")[0]) for p in found] == [
        ("line 2, (line)", "not valid JSON"),
        ("line 3, (line)", "a JSON list, not an object"),
        ("line 4, id", "1.5 is not text or a whole number"),
        ("line 5, (line)", "not valid UTF-8 (byte 0xe9 at offset 24 of the line)"),
        ("line 6, text", "not text but int"),
    ]
    assert {p.file for p in found} == {str(path)}


def test_bad_bytes_in_a_csv_row_are_named_by_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\n" + f"a,{TEXT}\n".encode() + b"b,Caf\xe9 society\n")
    [problem] = check_source(open_source(path))
    assert problem == Problem(
        str(path),
        "line 3, text",
        "not valid UTF-8 (byte 0xe9 at character 3 of the text)",
        "re-save the file as UTF-8",
    )


def test_parquet_rows_are_named_by_index_from_zero(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    table = pa.table({"id": ["a", "b", None, "d"], "text": [TEXT, "   ", TEXT, "Ωμέγα " * 5]})
    pq.write_table(table, path, row_group_size=2)
    found = check_source(open_source(path, partition_rows=2))
    assert [(p.field, p.message.split(" (")[0]) for p in found] == [
        ("row 1 (counted from 0), text", "the article has no text"),
        ("row 2 (counted from 0), id", "no id"),
        ("row 3 (counted from 0), text", "mostly Greek letters"),
    ]


def test_duplicate_ids_across_the_files_of_a_glob_are_named(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": TEXT}])
    second = write_jsonl(
        tmp_path / "b.jsonl", [{"id": "y", "text": TEXT}, {"id": "x", "text": TEXT}]
    )
    [problem] = check_source(open_source(tmp_path / "*.jsonl"))
    assert problem.file == str(second)
    assert problem.field == "line 2, id"
    assert problem.message == f"duplicate id 'x', also used at {first}, line 1"


def test_an_article_over_the_size_limit_is_named_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 50)
    path = write_jsonl(tmp_path / "c.jsonl", [{"id": "long", "text": TEXT}])
    [problem] = check_source(open_source(path))
    assert problem.field == "line 1, text"
    assert "more than the limit of 50" in problem.message
    assert problem.fix.startswith("split the article into 2 or more articles")


def test_other_languages_and_scripts_are_refused(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "ar", "text": "قال الجيش السوري الحر إنه لن يطلق النار"},
            {"id": "fr", "text": TEXT, "language": "fr"},
            {"id": "en", "text": TEXT, "language": "en"},
        ],
    )
    found = check_source(open_source(path))
    assert [p.field for p in found] == ["line 1, text", "line 2, language"]
    assert found[0].message.startswith("mostly Arabic letters")
    assert "'fr'" in found[1].message


def test_txt_files_that_are_not_utf8_or_empty_are_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Café".encode("latin-1"))
    (tmp_path / "utf16.txt").write_text(TEXT, encoding="utf-16")
    found = check_source(open_source(tmp_path))
    assert [(Path(p.file).name, p.field) for p in found] == [
        ("empty.txt", "text"),
        ("latin1.txt", "(encoding)"),
        ("utf16.txt", "(encoding)"),
    ]
    assert "UTF-16" in found[2].message


def test_whole_file_problems_stop_the_plan_all_at_once(tmp_path: Path) -> None:
    pd.DataFrame({"doc": ["a"], "body": [TEXT]}).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame({"id": ["b"], "text": [TEXT], "n_words": [3]}).to_csv(
        tmp_path / "b.csv", index=False
    )
    (tmp_path / "c.csv").write_text("", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        plan_partitions(open_source(tmp_path / "*.csv"))
    assert [(Path(p.file).name, p.field) for p in caught.value.problems] == [
        ("a.csv", "column 'id'"),
        ("a.csv", "column 'text'"),
        ("b.csv", "column 'n_words'"),
        ("c.csv", "(file)"),
    ]
    assert "the columns are 'doc', 'body'" in caught.value.problems[0].message
    assert "--id-column" in caught.value.problems[0].fix


def test_a_file_that_is_not_parquet_is_named(tmp_path: Path) -> None:
    (tmp_path / "c.parquet").write_text("id,text\n", encoding="utf-8")
    [problem] = check_source(open_source(tmp_path / "c.parquet"))
    assert problem.field == "(file)"
    assert problem.message.startswith("not a Parquet file")


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p / "missing.csv", "no such folder"),
        (lambda p: p / "nothing-*.csv", "matches no files"),
        (lambda p: (p / "notes.docx").write_text("x") and p / "notes.docx", "not read as a corpus"),
    ],
)
def test_locations_that_cannot_be_read_are_path_errors(
    tmp_path: Path, make: object, fragment: str
) -> None:
    location = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(PathError, match=fragment):
        open_source(location)


def test_a_glob_mixing_formats_and_a_folder_mixing_md_and_txt_are_refused(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": TEXT}])
    (tmp_path / "b.csv").write_text(f"id,text\nb,{TEXT}\n", encoding="utf-8")
    with pytest.raises(PathError, match="mixes csv and jsonl files"):
        open_source(tmp_path / "*.*")
    folder = tmp_path / "both"
    folder.mkdir()
    (folder / "a.md").write_text("---\n---\n", encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(PathError, match=r"both \.md articles and \.txt files"):
        open_source(folder)


def test_skipping_bad_rows_rejects_each_with_file_row_and_reason(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": TEXT},
        {"id": "b", "text": ""},
        {"id": "c", "text": TEXT},
        {"text": TEXT},
        {"id": "e", "text": "Select Page"},
    ]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    specs = plan_partitions(open_source(path, partition_rows=2))
    parts = [read_partition_checked(spec) for spec in specs]
    kept = pd.concat([p.frame for p in parts], ignore_index=True)
    rejected = pd.concat([p.rejected for p in parts], ignore_index=True)
    assert list(kept["id"]) == ["a", "c"]
    assert list(rejected.columns) == ["id", "file", "row", "reason"]
    assert rejected.astype(object).where(rejected.notna(), None).values.tolist() == [
        ["b", str(path), 2, "text: the article has no text"],
        [None, str(path), 4, "id: no 'id' field"],
        ["e", str(path), 5, "text: cleaning removed all of the text"],
    ]
    assert len(kept) + len(rejected) == len(rows)  # nothing dropped without a row


def test_a_csv_header_naming_a_column_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"id,date,text,date\na,2011,{TEXT},2012\n", encoding="utf-8")
    [problem] = check_source(open_source(path))
    assert (problem.field, problem.message) == ("column 'date'", "two columns have this name")


def test_a_csv_the_csv_module_cannot_split_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\na,Rebels said so.\nb,More\rtext.\n")  # a bare CR, not quoted
    [problem] = check_source(open_source(path))
    assert (problem.field, problem.message) == (
        "line 3",
        "cannot be read as CSV: a line break (CR) in a field that is not in quotes",
    )
    assert "quote every field that holds a line break" in problem.fix


def test_a_row_with_another_problem_still_uses_its_id(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [{"id": 7, "text": ""}, {"id": "7", "text": TEXT}, {"id": 7, "text": "  "}],
    )
    found = check_source(open_source(path))
    assert [(p.field, p.message) for p in found] == [
        ("line 1, text", "the article has no text"),
        ("line 2, id", f"duplicate id '7', also used at {path}, line 1"),
        ("line 3, text", "the article has no text"),
        ("line 3, id", f"duplicate id '7', also used at {path}, line 1"),
    ]
