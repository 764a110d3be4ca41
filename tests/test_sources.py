"""Each corpus reader on small files written here: ids, texts exactly as written, metadata
carried along, partitions that together give every row once, and globs of files."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newsframes.corpus import load_corpus
from newsframes.corpus.sources import (
    PartitionSpec,
    check_source,
    mark_duplicates,
    open_source,
    plan_partitions,
    read_partition,
    read_partition_checked,
)
from newsframes.paths import articles_dir

TEXT = "The Free Syrian Army said: “We will not fire on our people.” Officers defected."


def texts(n: int) -> list[str]:
    """``n`` different texts, some with line breaks (LF and CR LF), commas and quotes."""
    return [
        f'{TEXT}\r\nReport {k}, "in full".\nEnd {k}.' if k % 2 else f"{TEXT} {k}." for k in range(n)
    ]


def read_all(location: str | Path, rows: int = 2, **options: object) -> pd.DataFrame:
    source = open_source(location, partition_rows=rows, **options)  # type: ignore[arg-type]
    return pd.concat([read_partition(spec) for spec in plan_partitions(source)], ignore_index=True)


def test_csv_with_named_columns_keeps_texts_exactly_and_carries_metadata(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"doc": [f"d{k}" for k in range(5)], "outlet": list("ABCDE"), "body": texts(5)}
    )
    path = tmp_path / "corpus.csv"
    frame.to_csv(path, index=False)
    read = read_all(path, id_column="doc", text_column="body")
    assert list(read["id"]) == list(frame["doc"])
    assert list(read["raw_text"]) == list(frame["body"])  # CR LF inside quotes kept
    assert list(read["text"]) == list(frame["body"])  # no boilerplate in these
    assert list(read["outlet"]) == list("ABCDE")
    assert list(read.columns[:4]) == ["id", "text", "raw_text", "removed"]


def test_csv_partitions_start_at_records_not_at_line_breaks_inside_quotes(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"id": range(7), "text": texts(7)}).to_csv(path, index=False)
    specs = plan_partitions(open_source(path, partition_rows=3))
    assert [(s.first_row, s.stop_row) for s in specs] == [(0, 3), (3, 6), (6, 7)]
    lines = path.read_bytes().split(b"\n")
    for spec in specs:  # each range starts on the line its first record starts on
        assert lines[spec.first_line - 1].startswith(str(spec.first_row).encode() + b",")
        assert len(read_partition(spec)) == spec.rows


def test_jsonl_ids_may_be_numbers_and_nested_metadata_is_kept_as_json(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": k, "text": t, "tags": ["a", k], "year": 2011 + k})
        for k, t in enumerate(texts(3))
    ]
    path.write_text("\n".join(lines[:2]) + "\n\n" + lines[2] + "\n", encoding="utf-8")
    read = read_all(path)
    assert list(read["id"]) == ["0", "1", "2"]
    assert list(read["raw_text"]) == texts(3)
    assert list(read["tags"]) == ['["a", 0]', '["a", 1]', '["a", 2]']
    assert list(read["year"]) == [2011, 2012, 2013]


def test_jsonl_partitions_are_byte_ranges_of_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"a{k}", "text": TEXT}) + "\n" for k in range(5)), "utf-8"
    )
    specs = plan_partitions(open_source(path, partition_rows=2))
    assert [(s.first_line, s.rows) for s in specs] == [(1, 2), (3, 2), (5, 1)]
    data = path.read_bytes()
    assert b"".join(data[s.first_byte : s.stop_byte] for s in specs) == data


def write_parquet(path: Path, n: int, group: int, start: int = 0) -> None:
    table = pa.table(
        {
            "id": [f"p{k}" for k in range(start, start + n)],
            "text": [f"{TEXT} {k}" for k in range(start, start + n)],
            "words": list(range(start, start + n)),
        }
    )
    pq.write_table(table, path, row_group_size=group)


def test_parquet_partitions_follow_row_groups_and_read_only_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "corpus.parquet"
    write_parquet(path, 10, group=4)  # row groups of 4, 4, 2
    specs = plan_partitions(open_source(path, partition_rows=4))
    assert [(s.first_row, s.stop_row, s.row_groups) for s in specs] == [
        (0, 4, (0,)),
        (4, 8, (1,)),
        (8, 10, (2,)),
    ]
    small = plan_partitions(open_source(path, partition_rows=3))  # a large group is sliced
    assert [(s.first_row, s.stop_row) for s in small] == [(0, 3), (3, 4), (4, 7), (7, 8), (8, 10)]
    read = pd.concat([read_partition(s) for s in small], ignore_index=True)
    assert list(read["id"]) == [f"p{k}" for k in range(10)]
    assert list(read["words"]) == list(range(10))


def test_small_parquet_row_groups_are_read_together(tmp_path: Path) -> None:
    path = tmp_path / "corpus.parquet"
    write_parquet(path, 10, group=2)
    specs = plan_partitions(open_source(path, partition_rows=5))
    assert [(s.first_row, s.stop_row, s.row_groups) for s in specs] == [
        (0, 6, (0, 1, 2)),
        (6, 10, (3, 4)),
    ]
    assert sum(len(read_partition(s)) for s in specs) == 10


def test_a_glob_and_a_folder_of_files_read_every_file_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    folder.mkdir()
    write_parquet(folder / "b.parquet", 3, group=3, start=3)
    write_parquet(folder / "a.parquet", 3, group=3)
    for location in (folder / "*.parquet", folder, tmp_path / "**" / "*.parquet"):
        read = read_all(str(location), rows=10)
        assert list(read["id"]) == [f"p{k}" for k in range(6)], location
    specs = plan_partitions(open_source(folder))
    assert [(s.index, s.file.name) for s in specs] == [(0, "a.parquet"), (1, "b.parquet")]


def test_txt_folder_ids_are_file_names_and_texts_are_the_files(tmp_path: Path) -> None:
    (tmp_path / "first-report.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode() + b"\r\n")
    (tmp_path / "2.txt").write_text("Rebels said it.\n\n", encoding="utf-8")
    read = read_all(tmp_path, rows=1)
    assert open_source(tmp_path).kind == "txt"
    assert list(read["id"]) == ["2", "first-report"]
    assert list(read["raw_text"]) == ["Rebels said it.\n\n", TEXT + "\r\n"]


def as_values(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's values by id, missing ones as None: a column's dtype (and so how it shows
    a missing value) depends on the rows of each partition."""
    frame = frame.sort_values("id").reset_index(drop=True).astype(object)
    return frame.where(frame.notna(), None)


def test_md_folder_partitions_give_what_load_corpus_gives() -> None:
    source = open_source(articles_dir(), partition_rows=2)
    assert source.kind == "articles"
    read = pd.concat([read_partition(s) for s in plan_partitions(source)], ignore_index=True)
    expected = load_corpus()
    assert list(read.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(as_values(read), as_values(expected))
    assert check_source(source) == []


def test_boilerplate_is_cut_by_the_recorded_rules_and_the_raw_text_kept(tmp_path: Path) -> None:
    raw = f"Select Page\n{TEXT}"
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "a", "text": raw}) + "\n", encoding="utf-8")
    [row] = read_all(path).to_dict("records")
    assert row["raw_text"] == raw
    assert row["text"] == TEXT
    assert [(s.rule, s.start, s.end) for s in row["removed"]] == [("site_navigation", 0, 12)]


def test_a_partition_spec_is_small_and_names_no_text(tmp_path: Path) -> None:
    import pickle

    path = tmp_path / "corpus.csv"
    pd.DataFrame({"id": range(4), "text": [TEXT * 50] * 4}).to_csv(path, index=False)
    [spec] = plan_partitions(open_source(path, partition_rows=10))
    assert isinstance(spec, PartitionSpec)
    assert TEXT.encode() not in pickle.dumps(spec)


def test_marked_duplicates_are_rejected_with_their_rows_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    pd.DataFrame({"id": ["a", "b", "c", "a", "d", "b"], "text": [TEXT] * 6}).to_csv(
        path, index=False
    )
    specs = mark_duplicates(plan_partitions(open_source(path, partition_rows=2)))
    parts = [read_partition_checked(spec) for spec in specs]
    kept = pd.concat([p.frame for p in parts])
    rejected = pd.concat([p.rejected for p in parts], ignore_index=True)
    assert list(kept["id"]) == ["a", "b", "c", "d"]
    assert list(rejected["id"]) == ["a", "b"]
    assert list(rejected["row"]) == [5, 7]  # the lines of the later uses (header is line 1)
    assert rejected["reason"][0].startswith("id: duplicate id 'a', also used at ")
    assert rejected["reason"][0].endswith("corpus.csv, line 2")
