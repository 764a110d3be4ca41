"""An output folder's earlier run: what it was run on, so that ``--resume`` continues the
same run (and refuses another), and a folder with a run in it is never written over."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsframes.corpus.sources import PartitionSpec, Source
from newsframes.paths import PathError

PLAN = "_run.json"  # written when a run starts: the input and its partitions
MANIFEST = "manifest.json"  # written by newsframes.store when a run ends


def plan_of(
    source: Source, specs: Sequence[PartitionSpec], tables: Sequence[str], fmt: str
) -> dict[str, Any]:
    """What makes two runs the same run: the input files (size and time stamp), the
    partitions, the tables and the format."""
    files = []
    for path in source.paths:
        info = os.stat(path)
        files.append([str(path), info.st_size, info.st_mtime_ns])
    partitions = [[s.index, str(s.file), s.first_row, s.stop_row] for s in specs]
    digest = hashlib.sha256(json.dumps([files, partitions], sort_keys=True).encode()).hexdigest()
    return {
        "input": source.describe(),
        "format": fmt,
        "tables": list(tables),
        "partitions": len(specs),
        "digest": digest,
    }


def earlier_run(out: Path) -> dict[str, Any] | None:
    """The plan of the run that wrote ``out``, if one did (None for a folder without one)."""
    path = out / PLAN
    if not path.exists():
        return {} if (out / MANIFEST).exists() else None
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def continues_run(out: Path, plan: dict[str, Any], *, resume: bool) -> bool:
    """Whether a run with ``plan`` continues the run in ``out`` (then ``plan`` is its plan).

    A folder that holds a run is refused unless ``resume`` is set and the run is the same
    one; nothing is written.
    """
    earlier = earlier_run(out)
    if earlier is not None and not resume:
        raise PathError(
            out,
            "holds the tables of an earlier run",
            "add --resume to finish that run (complete partitions are skipped), or give "
            "another --out, or delete the folder first",
        )
    if earlier is not None:
        differs = [key for key in ("digest", "format", "tables") if earlier.get(key) != plan[key]]
        if differs:
            raise PathError(
                out,
                "holds a run on other input or with other settings "
                f"(its {', '.join(differs)} differ), so it cannot be resumed",
                "run with the same input, --format and --on-error, or give another --out",
            )
        return True
    return False


def record_plan(out: Path, plan: dict[str, Any]) -> None:
    """Write ``plan`` into ``out`` as the plan of the run starting there."""
    _write_json(out / PLAN, plan)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """``data`` into ``path`` under a temporary name, then moved into place."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, path)
