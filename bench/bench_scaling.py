"""Linear time and bounded memory: three shapes of article, analysed at N and 2N characters.

The shapes are made from the five book articles (no randomness), and are those that once
took quadratic time or ran out of memory:

- paragraph: one paragraph without sentence punctuation (the articles' words with every
  full stop, question and exclamation mark, ellipsis and line break taken out);
- article:   one long article of ordinary prose (the five articles, repeated);
- line:      many short sentences on one line (the first four words of every sentence of
  the articles, each ended with a full stop: about 35,000 sentences per million characters).

Each shape is cut to N and to 2N characters and analysed (``analyze``, all tables) in a
fresh process forked after the lexicons are loaded; the time is the best of ``--repeat``
runs and the memory the growth of the process's peak resident set over its start. Doubling
the text must at most about double the time: the target is a ratio of at most 2.3. 2N
defaults to the size limit per article (``newsframes.limits.MAX_ARTICLE_CHARS``).

    python bench/bench_scaling.py [--chars N] [--repeat R] [--shapes paragraph article line]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pandas as pd

from newsframes import limits
from newsframes.corpus import load_corpus
from newsframes.pipeline import analyze
from newsframes.text import WORD, sentences

TARGET_RATIO = 2.3
_NO_SENTENCE_END = re.compile(r"[.!?…\r\n]+")


def _repeated(unit: str, separator: str, n_chars: int) -> str:
    """``unit`` repeated (joined by ``separator``) and cut to exactly ``n_chars`` characters."""
    copies = n_chars // (len(unit) + len(separator)) + 1
    return separator.join([unit] * copies)[:n_chars]


def paragraph(n_chars: int) -> str:
    """One paragraph of the articles' words, without sentence punctuation or line breaks."""
    words = " ".join(_NO_SENTENCE_END.sub(" ", " ".join(load_corpus()["text"])).split())
    return _repeated(words, " ", n_chars)


def article(n_chars: int) -> str:
    """The five articles one after the other, paragraphs kept, repeated."""
    return _repeated("\n".join(load_corpus()["text"]), "\n", n_chars)


def line(n_chars: int) -> str:
    """Short sentences on one line: each sentence's first four words, then a full stop."""
    short = []
    for text in sentences(load_corpus())["text"]:
        words = list(WORD.finditer(text))[:4]
        if words:
            short.append(text[: words[-1].end()] + ".")
    return _repeated(" ".join(short), " ", n_chars)


SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "paragraph": ("one paragraph, no sentence punctuation", paragraph),
    "article": ("one long article of ordinary prose", article),
    "line": ("many short sentences on one line", line),
}


def _resident_mb() -> float:
    """This process's resident set now, in MB (Linux; 0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(shape: str, n_chars: int, repeat: int) -> tuple[float, float, int]:
    """Best time (s) of ``repeat`` analyses of one article of ``shape``, the peak memory
    growth (MB), and the sentences found. Run in a fresh process."""
    text = SHAPES[shape][1](n_chars)
    corpus = pd.DataFrame({"id": [f"{shape}-{n_chars}"], "text": [text]})
    start_mb = _resident_mb()
    best = float("inf")
    n_sentences = 0
    for _ in range(repeat):
        began = time.perf_counter()
        analysis = analyze(corpus)
        best = min(best, time.perf_counter() - began)
        n_sentences = len(analysis.sentences)
        del analysis
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return best, max(0.0, peak_mb - start_mb), n_sentences


def in_fresh_process(shape: str, n_chars: int, repeat: int) -> tuple[float, float, int]:
    """:func:`measure` in a process forked for it alone, so its peak memory is its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as pool:
        return pool.submit(measure, shape, n_chars, repeat).result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=limits.MAX_ARTICLE_CHARS // 2, help="N")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the best counts)")
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    args = parser.parse_args()
    n = args.chars
    for _, make in SHAPES.values():  # load every lexicon and scorer before forking
        analyze(pd.DataFrame({"id": ["warm-up"], "text": [make(2_000)]}))
    print(
        f"scaling: each shape at N = {n:,} and 2N = {2 * n:,} characters "
        f"(limit per article: {limits.MAX_ARTICLE_CHARS:,}); best of {args.repeat} runs, "
        "each size in a fresh process; memory = peak resident growth"
    )
    header = "{:<10} {:<40} {:>10} {:>9} {:>10} {:>9} {:>7}"
    print(header.format("shape", "", "N: time", "memory", "2N: time", "memory", "ratio"))
    met = []
    for shape in args.shapes:
        what = SHAPES[shape][0]
        t1, m1, s1 = in_fresh_process(shape, n, args.repeat)
        t2, m2, s2 = in_fresh_process(shape, 2 * n, args.repeat)
        ratio = t2 / t1
        met.append(ratio <= TARGET_RATIO)
        print(
            f"{shape:<10} {what:<40} {t1:8.2f} s {m1:6.0f} MB {t2:8.2f} s {m2:6.0f} MB "
            f"{ratio:7.2f}  ({s1:,} and {s2:,} sentences)"
        )
    verdict = "met" if all(met) else "NOT met"
    print(f"doubling the text costs at most {TARGET_RATIO}x the time: {verdict}")


if __name__ == "__main__":
    main()
