"""Throughput, scaling and memory of the engines, all measured in the same run.

A synthetic corpus (sentences of the five articles resampled with a fixed seed, as in
``bench_pipeline.py``) is written to Parquet first; then each configuration runs in a fresh
process of its own, which reads the Parquet file, and that process's whole tree (workers,
Dask nannies) is sampled for its resident memory:

- bare TextBlob sentiment (PatternAnalyzer) over the same texts, one process;
- ``analyze_dataset`` with the local engine, 1 worker and 2 workers;
- ``analyze_dataset`` with Dask, a LocalCluster of 2 single-threaded worker processes.

Each prints words per second, the scaling efficiency (speed-up over local with 1 worker,
divided by the workers), the peak RSS of the process tree and its CPU seconds (user and
system time of every process in it: the work done, which other load on the machine does
not change, unlike the time it takes). Then the peak memory of local
with 2 workers is measured again on ten times the articles: it must stay flat (within 20%).
Targets: local with 2 workers at least 1.7 times local with 1 worker; flat memory. The
machine's load average is printed with the figures: other work on the cores slows the runs.
The results are also written to ``bench/results/scale.json``.

    python bench/bench_engines.py [--articles 2000] [--large 20000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "scale.json"
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 0.20
SAMPLE_SECONDS = 0.05
PARTITION_ROWS = 100  # 20 partitions of the 2,000 articles: the two workers end together

CONFIGS: dict[str, dict[str, Any]] = {
    "textblob": {"label": "bare TextBlob (1 process)", "workers": 1},
    "local-1": {"label": "local, 1 worker", "engine": "local", "workers": 1},
    "local-2": {"label": "local, 2 workers", "engine": "local", "workers": 2},
    "dask-2": {"label": "dask LocalCluster, 2 workers", "engine": "dask", "workers": 2},
}


# ------------------------------------------------------------------ one configuration (child)


def run_one(config: str, corpus: Path, out: Path) -> float:
    """Seconds that ``config`` takes over the corpus file, in this process (and its workers)."""
    import pandas as pd

    if config == "textblob":
        from textblob.en.sentiments import PatternAnalyzer

        texts = pd.read_parquet(corpus, columns=["text"])["text"]
        analyzer = PatternAnalyzer()
        start = time.perf_counter()
        for text in texts:
            analyzer.analyze(text)
        return time.perf_counter() - start
    from newsframes.corpus.sources import open_source
    from newsframes.engines import analyze_dataset

    settings = CONFIGS[config]
    source = open_source(corpus, partition_rows=PARTITION_ROWS)
    start = time.perf_counter()
    analyze_dataset(source, out, engine=settings["engine"], workers=settings["workers"])
    return time.perf_counter() - start


# ------------------------------------------------------------------ the parent


def write_corpus(n_articles: int, folder: Path) -> tuple[Path, int]:
    """The synthetic corpus as one Parquet file (row groups of a partition); its words."""
    sys.path.insert(0, str(HERE))
    from bench_pipeline import synthetic_corpus

    from newsframes.text import tokenize

    corpus = synthetic_corpus(n_articles)
    words = sum(len(tokenize(t)) for t in corpus["text"])
    path = folder / f"synthetic-{n_articles}.parquet"
    corpus.to_parquet(path, index=False, row_group_size=PARTITION_ROWS)
    return path, words


def measure(config: str, corpus: Path, scratch: Path) -> dict[str, Any]:
    """Run ``config`` in a child process; its seconds, the peak RSS of its process tree and
    the load average before it started."""
    out = Path(tempfile.mkdtemp(prefix=f"{config}-", dir=scratch))
    load = os.getloadavg()[0]
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", config, str(corpus), str(out)],
        stdout=subprocess.PIPE,
        text=True,
    )
    peak = 0
    tree = psutil.Process(child.pid)
    while child.poll() is None:
        peak = max(peak, tree_rss(tree))
        time.sleep(SAMPLE_SECONDS)
    output, _ = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"{config} failed with status {child.returncode}")
    seconds, cpu = (float(x) for x in output.strip().splitlines()[-1].split())
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss": peak, "load": load}


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of ``process`` and every process under it, in bytes."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    for member in members:
        with contextlib.suppress(psutil.Error):  # it ended between the listing and the reading
            total += member.memory_info().rss
    return total


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest run's time, the highest peak memory and load over ``runs``."""
    return {
        "seconds": min(r["seconds"] for r in runs),
        "cpu_seconds": min(r["cpu_seconds"] for r in runs),
        "peak_rss": max(r["peak_rss"] for r in runs),
        "load": max(r["load"] for r in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000, help="articles for the memory check")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, the fastest kept")
    parser.add_argument(
        "--child", nargs=3, metavar=("CONFIG", "CORPUS", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        config, corpus, out = args.child
        before = os.times()
        seconds = run_one(config, Path(corpus), Path(out))
        after = os.times()  # this process and its ended workers, on every core
        cpu = sum(after[k] - before[k] for k in range(4))
        print(seconds, cpu)
        return

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp:
        scratch = Path(tmp)
        corpus, words = write_corpus(args.articles, scratch)
        print(
            f"corpus: {args.articles:,} synthetic articles, {words:,} words, Parquet in "
            f"partitions of {PARTITION_ROWS}; {cores} CPU cores; load average "
            f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in CONFIGS}
        for _ in range(args.repeat):  # interleaved, so a busy spell slows every configuration
            for name in CONFIGS:
                runs[name].append(measure(name, corpus, scratch))
        results = {name: best(found) for name, found in runs.items()}
        one = words / results["local-1"]["seconds"]
        for name, result in results.items():
            result["words_per_second"] = words / result["seconds"]
            workers = CONFIGS[name]["workers"]
            result["workers"] = workers
            result["efficiency"] = (
                None if name == "textblob" else result["words_per_second"] / one / workers
            )
            print(line(CONFIGS[name]["label"], result))

        large, _ = write_corpus(args.large, scratch)
        big = measure("local-2", large, scratch)  # memory: one run is enough
    speedup = results["local-2"]["words_per_second"] / one
    growth = big["peak_rss"] / results["local-2"]["peak_rss"] - 1
    print(
        f"memory, local with 2 workers: {mb(results['local-2']['peak_rss'])} at "
        f"{args.articles:,} articles, {mb(big['peak_rss'])} at {args.large:,} "
        f"({growth:+.0%}; target within {TARGET_MEMORY_GROWTH:.0%}: "
        f"{verdict(abs(growth) <= TARGET_MEMORY_GROWTH)})"
    )
    print(
        f"local 2 workers / 1 worker: {speedup:.2f}x (target >= {TARGET_SPEEDUP}: "
        f"{verdict(speedup >= TARGET_SPEEDUP)}); dask 2 workers / local 1 worker: "
        f"{results['dask-2']['words_per_second'] / one:.2f}x (as measured)"
    )
    ceiling = machine_ceiling()
    print(
        f"this machine: two processes of plain arithmetic run {ceiling:.2f}x as fast as one "
        "(the most a second worker can give here)"
    )
    busy = max(r["load"] for r in [*results.values(), big])
    if busy > 1 and shared_per_session():
        print(
            f"note: load average up to {busy:.2f} during the runs; this kernel shares CPU time "
            "between sessions (autogroup), so while other sessions are busy the workers of a "
            "run together get about one session's share: measure on a quiet machine"
        )
    write_results(args, words, cores, results, big, speedup, growth)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(n: int = 20_000_000) -> float:
    """How much faster two processes of plain arithmetic run than one, here: the most any
    engine can gain from a second worker on this machine (two logical CPUs may share one
    physical core, or the host may throttle the second)."""
    start = time.perf_counter()
    _burn(n)
    one = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [n, n])
    return 2 * one / (time.perf_counter() - start)


def shared_per_session() -> bool:
    """Whether Linux gives each session one share of the CPU (autogroup scheduling)."""
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def line(label: str, result: dict[str, Any]) -> str:
    efficiency = "" if result["efficiency"] is None else f"{result['efficiency']:.2f}"
    return (
        f"{label:<30} {result['seconds']:6.2f} s {result['words_per_second']:>8,.0f} words/s"
        f"  efficiency {efficiency:>4}  peak RSS {mb(result['peak_rss']):>6}"
        f"  CPU {result['cpu_seconds']:.1f} s"
        f"  (load {result['load']:.2f})"
    )


def mb(n_bytes: int) -> str:
    return f"{n_bytes / 2**20:,.0f} MB"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def write_results(
    args: argparse.Namespace,
    words: int,
    cores: int | None,
    results: dict[str, dict[str, Any]],
    big: dict[str, Any],
    speedup: float,
    growth: float,
) -> None:
    """The figures as JSON, for the researchers' page."""
    data = {
        "measured": time.strftime("%Y-%m-%d", time.gmtime()),
        "machine": {"cpu_cores": cores, "processor": platform.processor() or platform.machine()},
        "corpus": {
            "articles": args.articles,
            "words": words,
            "words_per_article": round(words / args.articles),
            "partition_rows": PARTITION_ROWS,
        },
        "runs": {
            name: {
                "label": CONFIGS[name]["label"],
                "workers": r["workers"],
                "seconds": round(r["seconds"], 2),
                "cpu_seconds": round(r["cpu_seconds"], 2),
                "words_per_second": round(r["words_per_second"]),
                "efficiency": None if r["efficiency"] is None else round(r["efficiency"], 3),
                "peak_rss_mb": round(r["peak_rss"] / 2**20),
                "load_average": round(r["load"], 2),
            }
            for name, r in results.items()
        },
        "speedup_local_2_over_1": round(speedup, 3),
        # What a million articles of this corpus's mean length cost on one core like these.
        "core_hours_per_million_articles": round(
            1e6 * words / args.articles / results["local-1"]["words_per_second"] / 3600, 1
        ),
        "memory": {
            "configuration": "local-2",
            "articles": [args.articles, args.large],
            "peak_rss_mb": [
                round(results["local-2"]["peak_rss"] / 2**20),
                round(big["peak_rss"] / 2**20),
            ],
            "growth": round(growth, 3),
        },
        "targets": {"speedup": TARGET_SPEEDUP, "memory_growth": TARGET_MEMORY_GROWTH},
        "cpu_shared_per_session": shared_per_session(),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"written: {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
