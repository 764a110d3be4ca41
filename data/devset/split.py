"""Split the development corpus once, at random with a fixed seed, into dev and test.

Run once (on 2026-12-03) to write split.csv; rerunning it gives the same split as long as
the set of article ids is unchanged. Never tune on the test split.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20261203
N_TEST = 16
HERE = Path(__file__).parent


def main() -> None:
    """Shuffle the sorted ids with the fixed seed and write ``split.csv`` (id, split)."""
    ids = sorted(path.stem for path in (HERE / "articles").glob("*.md"))
    shuffled = ids[:]
    random.Random(SEED).shuffle(shuffled)
    test = set(shuffled[:N_TEST])
    with open(HERE / "split.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "split"])
        for aid in ids:
            writer.writerow([aid, "test" if aid in test else "dev"])


if __name__ == "__main__":
    main()
