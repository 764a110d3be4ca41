"""Command line: ``python -m newsframes validate [DIR]`` and ``python -m newsframes analyze``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsframes.errors import NewsframesError, Problem


def _validate(args: argparse.Namespace) -> int:
    from newsframes.corpus.articles import read_articles
    from newsframes.lexicons.validation import check_lexicons

    problems: list[Problem] = []
    articles = []
    try:
        articles = read_articles(args.directory)
    except NewsframesError as error:
        problems += error.problems
    # Reading the articles applies the boilerplate rules: a broken rules file is reported
    # there and again by the lexicon check, but listed once.
    problems += [p for p in check_lexicons() if p not in problems]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    removed = sum(len(a.removed) for a in articles)
    print(
        f"OK: {len(articles)} articles and all lexicons valid; {removed} boilerplate spans removed."
    )
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from newsframes.corpus.articles import load_corpus
    from newsframes.pipeline import write_csv

    try:
        corpus = load_corpus(args.directory)
    except NewsframesError as error:
        print(error, file=sys.stderr)
        return 1
    written = write_csv(corpus, args.out, workers=args.workers, progress=not args.quiet)
    for path in written:
        print(path)
    return 0


def _lessons(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsframes.book.lessons import build_student_notebooks

    for path in build_student_notebooks(Path(args.directory)):
        print(path)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m newsframes`` and the ``newsframes`` script."""
    parser = argparse.ArgumentParser(prog="newsframes", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every article and lexicon")
    validate.add_argument("directory", nargs="?", default=None, help="articles folder")
    validate.set_defaults(run=_validate)
    analyze = commands.add_parser("analyze", help="run every analyser and write CSV tables")
    analyze.add_argument("directory", nargs="?", default=None, help="articles folder")
    analyze.add_argument("--out", default="out", help="folder for the CSV tables (default: out)")
    analyze.add_argument("--workers", type=int, default=1, help="processes to use (default: 1)")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")
    analyze.set_defaults(run=_analyze)
    lessons = commands.add_parser("lessons", help="write the student version of every lesson")
    lessons.add_argument("directory", nargs="?", default="lessons", help="lessons folder")
    lessons.set_defaults(run=_lessons)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
