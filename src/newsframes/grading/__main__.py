"""``python -m newsframes.grading assignments|grade``: what ``make assignments`` and
``make grade`` run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsframes.errors import NewsframesError
from newsframes.grading.assignments import build_assignments
from newsframes.grading.gradebook import DEFAULT_SECONDS, grade_folder, write_results


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit status 2 with the problems named when the input cannot be used."""
    parser = argparse.ArgumentParser(prog="python -m newsframes.grading")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("assignments", help="the grader and student versions")
    build.add_argument("--lessons", type=Path, default=Path("lessons"))
    build.add_argument("--out", type=Path, default=Path("_build/assignments"))
    grade = commands.add_parser("grade", help="grade a folder of submissions")
    grade.add_argument("submissions", type=Path)
    grade.add_argument("--assignments", type=Path, default=Path("_build/assignments"))
    grade.add_argument("--out", type=Path, default=Path("_build/grades"))
    grade.add_argument(
        "--timeout", type=float, default=DEFAULT_SECONDS, help="seconds per notebook"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "assignments":
            written = build_assignments(args.lessons, args.out)
            print(
                f"wrote {len(written)} notebooks: {args.out}/student (to hand out), "
                f"{args.out}/grader (keep)"
            )
            return 0
        gradebook = grade_folder(args.submissions, args.assignments, args.timeout)
        written = write_results(gradebook, args.out)
        earned, total = int(gradebook["points"].sum()), int(gradebook["total"].sum())
        print(f"graded {len(gradebook)} rows: {earned} of {total} points; wrote {written[0]}")
        print(f"feedback for {len(written) - 1} students in {args.out}/feedback")
        return 0
    except NewsframesError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
