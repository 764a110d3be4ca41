"""Command line: ``python -m newsframes validate [DIR]``, ``analyze [SOURCE]``, ``lessons``,
``chapter ID`` and ``suggest-actors [DIR]``."""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsframes.errors import NewsframesError, Problem
from newsframes.paths import PathError, existing_folder, given, reason

if TYPE_CHECKING:
    from newsframes.corpus.articles import Article

EXIT_STATUS = """exit status:
  0  done
  1  the articles or lexicons have problems (each is listed), or a run failed
  2  the command cannot run as typed: an unknown option, --workers below 1, a path
     that does not exist, is not a folder, or cannot be written, an --out that holds an
     earlier run (without --resume) or that another run is writing, an article id with
     no article, or a chapter that exists already (one line says which)

Relative paths are taken from the folder you run in."""

ARTICLES = "the .md articles"


def _articles_folder(directory: str | None) -> Path | None:
    """The folder the user typed, checked; None for the project's own articles."""
    if directory is None:
        return None
    return existing_folder(given(directory), holds=ARTICLES)


def _check(folder: Path | None) -> tuple[list[Problem], list[Article]]:
    """Every problem of the articles in ``folder`` and of the lexicons, and the articles."""
    from newsframes.corpus.articles import read_articles
    from newsframes.lexicons.validation import check_lexicons

    problems: list[Problem] = []
    articles: list[Article] = []
    try:
        articles = read_articles(folder)
    except NewsframesError as error:
        problems += error.problems
    # Reading the articles applies the boilerplate rules: a broken rules file is reported
    # there and again by the lexicon check, but listed once.
    problems += [p for p in check_lexicons() if p not in problems]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
    return problems, articles


def _validate(args: argparse.Namespace) -> int:
    problems, articles = _check(_articles_folder(args.directory))
    if problems:
        return 1
    removed = sum(len(a.removed) for a in articles)
    print(
        f"OK: {_count(len(articles), 'article', 'articles')} and all lexicons valid; "
        f"{_count(removed, 'boilerplate span', 'boilerplate spans')} removed."
    )
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from newsframes.corpus.sources import open_source, plan_partitions
    from newsframes.engines import analyze_dataset, engine_workers
    from newsframes.paths import articles_dir, writable_folder

    if args.scheduler is not None and args.engine != "dask":
        raise PathError(args.scheduler, "--scheduler needs --engine dask", "add --engine dask")
    if args.id_column == args.text_column:
        print(
            f"--id-column and --text-column both name {args.id_column!r}. Fix: name the "
            "column of ids and the column of texts",
            file=sys.stderr,
        )
        return 2
    rows = {} if args.partition_rows is None else {"partition_rows": args.partition_rows}
    try:
        source = open_source(
            articles_dir() if args.source is None else args.source,
            id_column=args.id_column,
            text_column=args.text_column,
            **rows,
        )
        specs = plan_partitions(source)
        out = writable_folder(given(args.out))
        workers = engine_workers(args.engine, args.workers, len(specs))
        _note_workers(args.workers, workers, specs, source.partition_rows)
        manifest = analyze_dataset(
            source,
            out,
            engine=args.engine,
            workers=workers,
            fmt=args.format,
            resume=args.resume,
            on_error=args.on_error,
            scheduler=args.scheduler,
            progress=not args.quiet,
        )
    except (NewsframesError, ImportError) as error:
        print(error, file=sys.stderr)
        return 1
    for name in manifest.tables:
        print(out / name)
    print(manifest.path)
    if not args.quiet:
        skipped = f", {manifest.skipped} complete already" if manifest.skipped else ""
        print(
            f"{_count(manifest.partitions, 'partition', 'partitions')}{skipped};"
            f" {manifest.counts.get('articles', 0):,} articles in {manifest.seconds:.1f} s"
            f" ({manifest.engine}, {_count(manifest.workers, 'worker', 'workers')})",
            file=sys.stderr,
        )
    return 0


def _note_workers(asked: int | None, used: int, specs: Sequence[Any], rows: int) -> None:
    """A note when fewer workers are used than ``--workers`` asked for, and why."""
    from newsframes.pipeline import cpu_cores

    if asked is None or used >= asked:
        return
    articles = sum(s.rows for s in specs)
    print(
        f"note: --workers {asked}: using {_count(used, 'process', 'processes')}"
        f" ({_count(articles, 'article', 'articles')} in"
        f" {_count(len(specs), 'partition', 'partitions')} of up to {rows};"
        f" {_count(cpu_cores(), 'CPU core', 'CPU cores')})",
        file=sys.stderr,
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _lessons(args: argparse.Namespace) -> int:
    from newsframes.book.lessons import build_lessons

    folder = existing_folder(given(args.directory), holds="the lesson notebooks")
    try:
        written = build_lessons(folder)
    except NewsframesError as error:  # _config.yml, or markup the student version cannot show
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _chapter(args: argparse.Namespace) -> int:
    from newsframes.book.chapter_template import chapter_path, project_root, write_chapter

    root = project_root()
    chapter_path(args.id, root, force=args.force)  # the article exists; the chapter does not
    problems, articles = _check(None)
    if problems:
        print(f"Fix these before writing the chapter of {args.id}.", file=sys.stderr)
        return 1
    (article,) = (a for a in articles if a.meta["id"] == args.id)
    try:
        written = write_chapter(article.meta, root, force=args.force)
    except NewsframesError as error:  # e.g. _config.yml names no repository for the set-up cell
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(
        "Next: `make book` builds the site with the chapter; then `make regen` stores its "
        "outputs. Write your reading of each section in the boxes headed "
        "'Reading this section'."
    )
    return 0


def _suggest_actors(args: argparse.Namespace) -> int:
    from newsframes.analysers.suggestions import actor_stubs, unlisted_actors
    from newsframes.corpus.articles import load_corpus

    problems, _articles = _check(_articles_folder(args.directory))
    if problems:
        return 1
    suggestions = unlisted_actors(load_corpus(_articles_folder(args.directory)))
    if suggestions.empty:
        print("# No unlisted actor found: every titled name and named body is in actors.yml.")
        return 0
    print(
        f"# {_count(len(suggestions), 'actor', 'actors')} that actors.yml does not list, "
        "found by the shape of their names.\n# Check each, fill in side and parent, "
        "and paste the ones you keep under `actors:` in data/lexicons/actors.yml."
    )
    print(actor_stubs(suggestions), end="")
    return 0


def _worker_count(text: str) -> int:
    """``--workers``: a whole number of at least 1 (argparse reports anything else)."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return count


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsframes",
        description=__doc__,
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check every article and lexicon")
    validate.add_argument(
        "directory", nargs="?", default=None, help="articles folder (default: the project's)"
    )
    validate.set_defaults(run=_validate)
    _add_analyze(commands)
    lessons = commands.add_parser(
        "lessons",
        help="write every notebook's set-up cell (from _config.yml) and the student lessons",
    )
    lessons.add_argument("directory", nargs="?", default="lessons", help="lessons folder")
    lessons.set_defaults(run=_lessons)
    chapter = commands.add_parser(
        "chapter",
        help="write book/ch-ID.ipynb for an added article and list it in _toc.yml",
        description="Write the chapter of the article data/articles/ID.md from the template of "
        "the article chapters, and add it to _toc.yml (part 'Added reports'). The articles "
        "and lexicons are validated first.",
    )
    chapter.add_argument("id", help="the article's id (its file name without .md)")
    chapter.add_argument(
        "--force",
        action="store_true",
        help="write the chapter again from the template even if it exists (its edits are lost)",
    )
    chapter.set_defaults(run=_chapter)
    suggest = commands.add_parser(
        "suggest-actors",
        help="print the actors the gazetteer does not list, as actors.yml entries",
    )
    suggest.add_argument(
        "directory", nargs="?", default=None, help="articles folder (default: the project's)"
    )
    suggest.set_defaults(run=_suggest_actors)
    return parser


def _add_analyze(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    analyze = commands.add_parser(
        "analyze",
        help="run every analyser over a corpus and write its tables (Parquet or CSV)",
        description="Analyse a corpus partition by partition into OUT/<table>/part-NNNNN.<format>, "
        "then write OUT/manifest.json. The input is checked first and every problem named "
        "(unless --on-error skip).",
    )
    analyze.add_argument(
        "source",
        nargs="?",
        default=None,
        help="the corpus: a folder of .md articles (default: the project's) or of .txt files, "
        "or CSV, JSON Lines or Parquet files (one file, a glob in quotes, or a folder)",
    )
    analyze.add_argument(
        "--out", default="out", help="folder for the tables, created if missing (default: out)"
    )
    analyze.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    analyze.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: processes on this machine; dask: a Dask cluster (default: local)",
    )
    analyze.add_argument(
        "--workers",
        type=_worker_count,
        default=None,
        help="processes (local: at most one per CPU core and per partition) or LocalCluster "
        "workers (default: the CPU cores)",
    )
    analyze.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: an existing cluster's scheduler (tcp://host:8786) instead of "
        "a LocalCluster",
    )
    analyze.add_argument(
        "--resume",
        action="store_true",
        help="finish the run in --out: partitions that are complete are skipped",
    )
    analyze.add_argument(
        "--on-error",
        choices=["fail", "skip"],
        default="fail",
        help="fail: check the whole input first and stop with every problem named (default); "
        "skip: analyse the good rows and write the others to the 'rejected' table",
    )
    analyze.add_argument("--id-column", default="id", help="the column of ids (default: id)")
    analyze.add_argument(
        "--text-column", default="text", help="the column of texts (default: text)"
    )
    analyze.add_argument(
        "--partition-rows",
        type=_worker_count,
        default=None,
        metavar="N",
        help="articles per partition, the unit one worker reads, analyses and writes",
    )
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")
    analyze.set_defaults(run=_analyze)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m newsframes`` and the ``newsframes`` script.

    Returns the exit status (:data:`EXIT_STATUS`); every failure is a message, not a traceback.
    """
    args = _parser().parse_args(argv)
    previous = warnings.showwarning
    warnings.showwarning = _note  # a skipped file is a note for the user, not a source line
    try:
        return int(args.run(args))
    except PathError as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:  # anything else the file system refused, named as it reported it
        if error.filename is None:
            print(f"newsframes: {error}", file=sys.stderr)
        else:
            print(f"{error.filename}: {reason(error)}. Fix: check that path", file=sys.stderr)
        return 1
    finally:
        warnings.showwarning = previous


def _note(message: Warning | str, *_args: object, **_kwargs: object) -> None:
    """Print a warning raised during a command as one ``note:`` line on standard error."""
    print(f"note: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
