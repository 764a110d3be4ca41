"""The store: tables written per partition and read back, a killed run that leaves nothing
looking complete, the output lock, and the manifest."""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from newsframes.corpus.sources import open_source
from newsframes.paths import lexicon_dir
from newsframes.store import (
    LOCK_NAME,
    OutputLocked,
    StaleLockWarning,
    completed_partitions,
    output_lock,
    read_manifest,
    read_tables,
    table_file,
    write_manifest,
    write_partition,
)


def tables(first: int, n: int) -> dict[str, pd.DataFrame]:
    ids = [f"a{k}" for k in range(first, first + n)]
    return {
        "articles": pd.DataFrame({"id": ids, "n_words": range(first, first + n)}),
        "mentions": pd.DataFrame({"article_id": ids * 2, "start": range(2 * n)}),
    }


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_partitions_are_read_back_in_order(tmp_path: Path, fmt: str) -> None:
    assert write_partition(tmp_path, 1, tables(3, 2), fmt) == {"articles": 2, "mentions": 4}
    write_partition(tmp_path, 0, tables(0, 3), fmt)
    assert table_file(tmp_path, "mentions", 1, fmt) == tmp_path / "mentions" / f"part-00001.{fmt}"
    assert completed_partitions(tmp_path, ["articles", "mentions"], fmt) == {0, 1}
    other = "csv" if fmt == "parquet" else "parquet"
    assert completed_partitions(tmp_path, ["articles"], other) == set()
    read = read_tables(tmp_path)
    assert list(read["articles"]["id"]) == [f"a{k}" for k in range(5)]
    assert list(read["articles"]["n_words"]) == list(range(5))
    assert len(read["mentions"]) == 10


def test_a_column_of_mixed_values_is_written_to_parquet_as_text(tmp_path: Path) -> None:
    mixed = pd.DataFrame({"id": ["a", "b", "c"], "year": [2011, "2012?", None]})
    write_partition(tmp_path, 0, {"articles": mixed})
    assert read_tables(tmp_path)["articles"]["year"].tolist()[:2] == ["2011", "2012?"]


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format must be one of parquet, csv"):
        write_partition(tmp_path, 0, tables(0, 1), "xlsx")


KILLED_RUN = """
import os, signal, sys
from pathlib import Path
import pandas as pd
import newsframes.store.partition_files as files
from newsframes.store import output_lock, write_partition

out = Path(sys.argv[1])
frame = lambda n: pd.DataFrame({"id": [f"x{k}" for k in range(n)]})
with output_lock(out):
    write_partition(out, 0, {"articles": frame(2), "mentions": frame(3)})
    write_table = files._WRITERS["parquet"]
    def killed_while_writing_mentions(table, path):
        write_table(table, path)
        if path.parent.name == "mentions" and path.name.startswith(".part-00001."):
            os.kill(os.getpid(), signal.SIGKILL)  # the temporary file is whole, not renamed
    files._WRITERS["parquet"] = killed_while_writing_mentions
    write_partition(out, 1, {"articles": frame(4), "mentions": frame(5)})
"""


def test_a_killed_run_leaves_nothing_that_looks_complete(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_RUN), str(out)], timeout=120, check=False
    )
    assert run.returncode == -9
    left = sorted(
        re.sub(r"\.\d+\.tmp$", ".PID.tmp", p.relative_to(out).as_posix())
        for p in out.rglob("*")
        if p.is_file()
    )
    assert left == [
        ".newsframes.lock",
        "_partitions/00000.done",
        "articles/part-00000.parquet",
        "articles/part-00001.parquet",  # renamed into place, but its partition has no marker
        "mentions/.part-00001.parquet.PID.tmp",  # whole, but never renamed
        "mentions/part-00000.parquet",
    ]
    assert completed_partitions(out, ["articles", "mentions"], "parquet") == {0}
    read = read_tables(out)
    assert (len(read["articles"]), len(read["mentions"])) == (2, 3)
    with pytest.warns(StaleLockWarning, match="no longer running"), output_lock(out):
        write_partition(out, 1, tables(0, 4))  # the resumed run redoes partition 1
    assert completed_partitions(out, ["articles", "mentions"], "parquet") == {0, 1}
    assert len(read_tables(out)["articles"]) == 6
    assert not (out / LOCK_NAME).exists()


def test_a_second_run_into_the_same_folder_is_refused_naming_the_first(tmp_path: Path) -> None:
    with output_lock(tmp_path):
        with pytest.raises(OutputLocked) as refused, output_lock(tmp_path):
            pass
        message = str(refused.value)
        assert f"run {os.getpid()} on {socket.gethostname()}, started " in message
        assert f"remove {tmp_path / LOCK_NAME}" in message
    with output_lock(tmp_path):  # released at the end of the first
        pass


def test_a_lock_held_on_another_host_is_never_taken_over(tmp_path: Path) -> None:
    holder = {"pid": 1, "host": "node-7.cluster", "started": "2026-01-01T00:00:00+0000"}
    (tmp_path / LOCK_NAME).write_text(json.dumps(holder), encoding="utf-8")
    refusal = r"run 1 on node-7\.cluster, started 2026-01-01"
    with pytest.raises(OutputLocked, match=refusal), output_lock(tmp_path):
        pass
    assert json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8")) == holder


def test_the_manifest_records_input_versions_digests_counts_and_time(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.csv"
    corpus.write_text("id,text\na,Rebels said so.\n", encoding="utf-8")
    source = open_source(corpus)
    out = tmp_path / "out"
    path = write_manifest(
        out, source=source, counts={"articles": 1}, seconds=2.5, engine="dask", workers=2
    )
    manifest = read_manifest(out)
    assert path == out / "manifest.json"
    assert manifest["input"]["files"] == [str(corpus)]
    assert manifest["input"]["kind"] == "csv"
    assert (manifest["counts"], manifest["seconds"]) == ({"articles": 1}, 2.5)
    assert (manifest["engine"], manifest["workers"]) == ("dask", 2)
    assert manifest["package"]["name"] == "newsframes"
    actors = (lexicon_dir() / "actors.yml").read_bytes()
    assert manifest["lexicons"]["actors.yml"] == "sha256:" + hashlib.sha256(actors).hexdigest()
    assert "boilerplate.yml" in manifest["lexicons"]
    corpus.write_text("id,text\na,Rebels said more.\n", encoding="utf-8")
    write_manifest(out, source=source, counts={}, seconds=0, engine="local", workers=1)
    assert read_manifest(out)["input"]["digest"] != manifest["input"]["digest"]
    assert [p.name for p in out.iterdir()] == ["manifest.json"]  # no temporary file left
