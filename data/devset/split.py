"""Split the development corpus into dev (tune on it) and test (measure once, at the end).

Round 1 (2026-12-03): the 46 reports collected first were shuffled with a fixed seed and
the first 16 put in test, the other 30 in dev. That test split was measured once, on
2026-12-04, and its figures recorded in ``results/test-round-1.csv``. A split measured once
and read cannot be held out again, so from then on those 16 reports are dev too, and the
test split is the next collection round (``sources.csv``, column ``round``): all of its
reports, annotated before the package ever ran on them. Round 2 was measured in its turn
(``results/test-round-2.csv``) and joined dev, then round 3 (``results/test-round-3.csv``)
round 4 (``results/test-round-4.csv``), round 5 (``results/test-round-5.csv``), round 6
(``results/test-round-6.csv``), round 7 (``results/test-round-7.csv``), round 8
(``results/test-round-8.csv``), round 9 (``results/test-round-9.csv``), round 10
(``results/test-round-10.csv``), round 11 (``results/test-round-11.csv``), round 12
(``results/test-round-12.csv``), round 13 (``results/test-round-13.csv``), round 14
(``results/test-round-14.csv``), round 15 (``results/test-round-15.csv``), round 16
(``results/test-round-16.csv``), round 17 (``results/test-round-17.csv``), round 18
(``results/test-round-18.csv``), round 19 (``results/test-round-19.csv``), round 20
(``results/test-round-20.csv``), round 21 (``results/test-round-21.csv``), round 22
(``results/test-round-22.csv``), round 23 (``results/test-round-23.csv``), round 24
(``results/test-round-24.csv``), round 25 (``results/test-round-25.csv``), round 26
(``results/test-round-26.csv``), round 27 (``results/test-round-27.csv``), round 28
(``results/test-round-28.csv``), round 29 (``results/test-round-29.csv``), round 30
(``results/test-round-30.csv``), round 31 (``results/test-round-31.csv``), round 32
(``results/test-round-32.csv``), round 33 (``results/test-round-33.csv``), round 34
(``results/test-round-34.csv``), round 35 (``results/test-round-35.csv``), round 36
(``results/test-round-36.csv``), round 37 (``results/test-round-37.csv``), round 38
(``results/test-round-38.csv``), round 39 (``results/test-round-39.csv``), round 40
(``results/test-round-40.csv``), round 41 (``results/test-round-41.csv``), round 42
(``results/test-round-42.csv``), round 43 (``results/test-round-43.csv``), round 44
(``results/test-round-44.csv``), round 45 (``results/test-round-45.csv``), round 46
(``results/test-round-46.csv``), round 47 (``results/test-round-47.csv``), round 48
(``results/test-round-48.csv``), round 49 (``results/test-round-49.csv``), round 50
(``results/test-round-50.csv``), round 51 (``results/test-round-51.csv``), round 52
(``results/test-round-52.csv``), round 53 (``results/test-round-53.csv``), round 54
(``results/test-round-54.csv``), round 55 (``results/test-round-55.csv``), round 56
(``results/test-round-56.csv``), round 57 (``results/test-round-57.csv``), round 58
(``results/test-round-58.csv``), round 59 (``results/test-round-59.csv``), round 60
(``results/test-round-60.csv``), round 61 (``results/test-round-61.csv``), round 62
(``results/test-round-62.csv``), round 63 (``results/test-round-63.csv``), round 64
(``results/test-round-64.csv``), round 65 (``results/test-round-65.csv``), round 66
(``results/test-round-66.csv``), round 67 (``results/test-round-67.csv``), round 68
(``results/test-round-68.csv``), round 69 (``results/test-round-69.csv``), round 70
(``results/test-round-70.csv``), round 71 (``results/test-round-71.csv``), round 72
(``results/test-round-72.csv``), round 73 (``results/test-round-73.csv``), round 74
(``results/test-round-74.csv``) and round 75 (``results/test-round-75.csv``); the test split is
now round 76.
``first_split`` keeps what round 1's draw gave each report. A round collected after the
current one is ``held``: annotated and kept for the next measurement, and no measuring
function reads it (``split_ids`` knows only dev and test).

    python data/devset/split.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

SEED = 20261203
N_TEST_ROUND_1 = 16
CURRENT_ROUND = "76"
HERE = Path(__file__).parent


def rounds() -> dict[str, str]:
    """Each report's collection round, from ``sources.csv``."""
    with open(HERE / "sources.csv", encoding="utf-8") as f:
        return {row["id"]: row["round"] for row in csv.DictReader(f)}


def first_draw(ids: list[str]) -> set[str]:
    """Round 1's test ids: the sorted round-1 ids shuffled with ``SEED``, the first 16."""
    shuffled = sorted(ids)
    random.Random(SEED).shuffle(shuffled)
    return set(shuffled[:N_TEST_ROUND_1])


def held_or(round_of_report: str) -> str:
    """A report's split today: test in the current round, held after it, dev before it."""
    if int(round_of_report) > int(CURRENT_ROUND):
        return "held"
    return "test" if round_of_report == CURRENT_ROUND else "dev"


def main() -> None:
    """Write ``split.csv``: id, split (dev or test today), round, first_split."""
    by_round = rounds()
    files = {path.stem for path in (HERE / "articles").glob("*.md")}
    if files != set(by_round):
        raise SystemExit(
            f"articles/ and sources.csv differ: {sorted(files ^ set(by_round))}; "
            "give every report a row in sources.csv"
        )
    round_1 = first_draw([i for i, r in by_round.items() if r == "1"])
    with open(HERE / "split.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["id", "split", "round", "first_split"])
        for aid in sorted(by_round):
            first = ("test" if aid in round_1 else "dev") if by_round[aid] == "1" else "test"
            # a held round's reports will be a test split when their round comes
            split = held_or(by_round[aid])
            writer.writerow([aid, split, by_round[aid], first])


if __name__ == "__main__":
    main()
