"""What a process pays once before its first article: reading each lexicon, then warming up.

``bench_pipeline.py`` folds this one-time cost into its words per second, where a larger
lexicon shows only as a lower ratio. Here each part is timed on its own, in fresh
processes (nothing cached): the strict YAML read and schema check of every lexicon, the
same read again (a repeated call, as analysers make per sentence), and the warm-up
``analyze`` does before it forks its workers. Medians of ``--repeat`` processes.

    python bench/bench_startup.py [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

# Run in a fresh interpreter per repeat: prints one JSON object of seconds by part.
_ONE_PROCESS = """
import json, time
from newsframes.lexicons.loader import parse_yaml, read_bytes
from newsframes.lexicons.validation import LEXICONS
from newsframes.analysers import registry
from newsframes.pipeline import _warm_up

times = {}
for lexicon in LEXICONS:
    path = lexicon.file()
    start = time.perf_counter()
    parse_yaml(path, read_bytes(path))
    times[f"{lexicon.name}: strict YAML"] = time.perf_counter() - start
    start = time.perf_counter()
    lexicon.read()
    times[f"{lexicon.name}: read and checked"] = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(100):
        lexicon.read()
    times[f"{lexicon.name}: read again (per call)"] = (time.perf_counter() - start) / 100
start = time.perf_counter()
_warm_up(registry.analysers())
times["warm-up before forking (lexicons loaded)"] = time.perf_counter() - start
print(json.dumps(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _ONE_PROCESS], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(args.repeat)
    ]
    print(f"one-time costs per process, median of {args.repeat} fresh processes")
    for part in runs[0]:
        seconds = statistics.median(run[part] for run in runs)
        shown = f"{seconds * 1e6:9.1f} us" if seconds < 0.001 else f"{seconds:9.3f} s "
        print(f"  {part:<44} {shown}")


if __name__ == "__main__":
    main()
