"""The engines: a corpus analysed partition by partition, on local processes or on Dask, into
a folder of tables that survives a killed run, with a manifest, a lock and rejected rows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from newsframes.__main__ import main
from newsframes.corpus import load_corpus
from newsframes.corpus.sources import open_source
from newsframes.engines import analyze_dataset, table_names
from newsframes.pipeline import analyze
from newsframes.store import completed_partitions, output_lock, read_tables
from newsframes.text import sentences

ROOT = Path(__file__).resolve().parents[1]


def synthetic(n_articles: int, seed: int = 7) -> pd.DataFrame:
    """``n_articles`` texts of 4-12 sentences drawn from the book's articles."""
    pool = sentences(load_corpus())["text"].to_numpy()
    rng = np.random.default_rng(seed)
    texts = [
        " ".join(pool[rng.integers(0, len(pool), size=int(rng.integers(4, 13)))])
        for _ in range(n_articles)
    ]
    return pd.DataFrame(
        {
            "id": [f"syn-{k:05d}" for k in range(n_articles)],
            "text": texts,
            "outlet": [f"outlet {k % 3}" for k in range(n_articles)],
        }
    )


def sorted_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every table with its rows in one order (all columns), whatever order partitions ran in."""
    return {
        name: table.sort_values(list(table.columns), kind="stable").reset_index(drop=True)
        for name, table in tables.items()
    }


def assert_same_tables(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    assert sorted(left) == sorted(right)
    a, b = sorted_tables(left), sorted_tables(right)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False, obj=name)


@pytest.fixture(scope="module")
def parquet_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.parquet"
    synthetic(60).to_parquet(path, index=False, row_group_size=10)
    return path


@pytest.fixture(scope="module")
def local_run(parquet_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    source = open_source(parquet_corpus, partition_rows=10)
    analyze_dataset(source, out, engine="local", workers=2)
    return out


def test_the_local_engine_gives_the_tables_of_analyze(local_run: Path) -> None:
    # Six partitions on two processes: the same rows as the in-memory analysis of the corpus.
    expected = analyze(synthetic(60)).tables()
    found = read_tables(local_run)
    observed = {name: table for name, table in found.items() if name != "articles"}
    assert_same_tables(observed, {k: v for k, v in expected.items() if k != "articles"})
    assert sorted(found["articles"]["id"]) == sorted(expected["articles"]["id"])
    assert set(found["articles"]["outlet"]) == {"outlet 0", "outlet 1", "outlet 2"}


def test_the_dask_engine_gives_the_same_tables(
    parquet_corpus: Path, local_run: Path, tmp_path: Path
) -> None:
    from distributed import LocalCluster

    source = open_source(parquet_corpus, partition_rows=10)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False) as cluster:
        manifest = analyze_dataset(
            source, tmp_path, engine="dask", workers=2, scheduler=cluster.scheduler_address
        )
    assert manifest.engine == "dask"
    assert_same_tables(read_tables(tmp_path), read_tables(local_run))


def test_the_cli_runs_dask_on_a_local_cluster_of_its_own(
    parquet_corpus: Path, local_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["analyze", str(parquet_corpus), "--out", str(tmp_path), "--partition-rows", "10"]
    assert main([*args, "--engine", "dask", "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert "dask: 2 workers, scheduler tcp://127.0.0.1:" in err  # its own LocalCluster
    assert "6 partitions; 60 articles" in err and "(dask, 2 workers)" in err
    assert_same_tables(read_tables(tmp_path), read_tables(local_run))


def test_a_scheduler_needs_the_dask_engine(
    parquet_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["analyze", str(parquet_corpus), "--out", str(tmp_path), "--scheduler", "tcp://x:1"]
    assert main(args) == 2
    assert "--scheduler needs --engine dask. Fix: add --engine dask" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_manifest_counts_the_rows_of_every_table(local_run: Path) -> None:
    manifest = json.loads((local_run / "manifest.json").read_text(encoding="utf-8"))
    tables = read_tables(local_run)
    counts = {name: len(table) for name, table in tables.items()}
    assert counts["articles"] == 60
    assert manifest["counts"] == counts
    assert list(manifest["counts"]) == table_names(None, "fail")


def test_a_folder_with_a_run_is_refused_without_resume(
    local_run: Path, parquet_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.stat().st_mtime_ns for p in local_run.rglob("*")}
    assert main(["analyze", str(parquet_corpus), "--out", str(local_run), "--quiet"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{local_run}: holds the tables of an earlier run. Fix: add --resume")
    assert {p: p.stat().st_mtime_ns for p in local_run.rglob("*")} == before


def test_resume_of_a_complete_run_runs_nothing(
    parquet_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["analyze", str(parquet_corpus), "--out", str(tmp_path), "--partition-rows", "30"]
    assert main([*args, "--quiet"]) == 0
    first = read_tables(tmp_path)
    assert main([*args, "--resume"]) == 0
    assert "2 partitions, 2 complete already" in capsys.readouterr().err
    assert_same_tables(read_tables(tmp_path), first)


def test_resume_on_other_input_is_refused(
    parquet_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(parquet_corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    other = tmp_path / "other.parquet"
    synthetic(5, seed=8).to_parquet(other, index=False)
    args = ["analyze", str(other), "--out", str(tmp_path / "out"), "--resume", "--quiet"]
    assert main(args) == 2
    assert "holds a run on other input or with other settings" in capsys.readouterr().err


def test_a_second_run_is_refused_while_the_first_holds_the_lock(
    parquet_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with output_lock(tmp_path):
        status = main(["analyze", str(parquet_corpus), "--out", str(tmp_path), "--quiet"])
    assert status == 2
    [line] = capsys.readouterr().err.splitlines()
    assert str(tmp_path) in line and str(os.getpid()) in line and "Fix: " in line
    assert not (tmp_path / "manifest.json").exists()
    assert not (tmp_path / "mentions").exists()


def test_skip_writes_the_rejected_rows(tmp_path: Path) -> None:
    corpus = synthetic(6)
    corpus.loc[2, "text"] = "   "
    corpus.loc[4, "text"] = ""
    csv = tmp_path / "corpus.csv"
    corpus.to_csv(csv, index=False)
    status = main(["analyze", str(csv), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 1  # checked first: nothing written
    assert not (tmp_path / "out" / "articles").exists()
    args = ["analyze", str(csv), "--out", str(tmp_path / "out"), "--on-error", "skip", "--quiet"]
    assert main(args) == 0
    tables = read_tables(tmp_path / "out")
    rejected = tables["rejected"].sort_values("row")
    assert list(rejected["id"]) == ["syn-00002", "syn-00004"]
    assert set(rejected["file"]) == {str(csv)}
    assert all("text" in reason for reason in rejected["reason"])
    assert sorted(tables["articles"]["id"]) == [f"syn-0000{k}" for k in (0, 1, 3, 5)]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["rejected"] == 2


def test_csv_output(parquet_corpus: Path, local_run: Path, tmp_path: Path) -> None:
    source = open_source(parquet_corpus, partition_rows=20)
    analyze_dataset(source, tmp_path, fmt="csv", workers=1)
    assert sorted(p.name for p in (tmp_path / "mentions").iterdir()) == [
        f"part-{k:05d}.csv" for k in range(3)
    ]
    assert {name: len(t) for name, t in read_tables(tmp_path).items()} == {
        name: len(t) for name, t in read_tables(local_run).items()
    }


# ------------------------------------------------------------------ a killed run, resumed


def test_a_killed_run_is_resumed_to_the_tables_of_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.parquet"
    synthetic(400, seed=11).to_parquet(corpus, index=False, row_group_size=20)
    command = [sys.executable, "-m", "newsframes", "analyze", str(corpus), "--workers", "1"]
    command += ["--partition-rows", "20", "--quiet"]
    killed = tmp_path / "killed"
    names = table_names(None, "fail")
    run = subprocess.Popen([*command, "--out", str(killed)], cwd=tmp_path)
    try:
        while not completed_partitions(killed, names, "parquet"):
            assert run.poll() is None, "the run ended before its first partition was complete"
            time.sleep(0.01)
        run.send_signal(signal.SIGKILL)
    finally:
        run.wait(timeout=60)
    done = completed_partitions(killed, names, "parquet")
    assert 0 < len(done) < 20, "kill the run earlier: make the corpus bigger"
    for path in (killed).glob("*/part-*.parquet"):  # a file that looks complete is complete
        pd.read_parquet(path)
    refused = subprocess.run([*command, "--out", str(killed)], capture_output=True, text=True)
    assert refused.returncode == 2 and "--resume" in refused.stderr
    resumed = subprocess.run(
        [*command, "--out", str(killed), "--resume"], capture_output=True, text=True, check=True
    )
    assert resumed.returncode == 0
    manifest = json.loads((killed / "manifest.json").read_text(encoding="utf-8"))
    clean = tmp_path / "clean"
    subprocess.run([*command, "--out", str(clean)], check=True)
    assert_same_tables(read_tables(killed), read_tables(clean))
    assert manifest["counts"]["articles"] == 400
    assert not list(killed.rglob("*.partial")) and not list(killed.rglob(".*tmp*"))
