"""Throughput of the full pipeline against bare TextBlob sentiment, on a synthetic corpus.

The corpus is made by resampling sentences of the five articles with a fixed
seed, so every run measures the same texts. Both timings are taken in the same
run on the same texts; the ratio (pipeline words/s over TextBlob words/s) is
what to compare across machines. Target: ratio >= 0.5.

    python bench/bench_pipeline.py [--articles N] [--workers W]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import pandas as pd
from textblob.en.sentiments import PatternAnalyzer

from newsframes.corpus import load_corpus
from newsframes.pipeline import analyze
from newsframes.text import sentences, tokenize


def synthetic_corpus(n_articles: int, seed: int = 20110610) -> pd.DataFrame:
    """``n_articles`` texts of 10-40 sentences drawn from the five articles, in paragraphs."""
    pool = sentences(load_corpus())["text"].to_numpy()
    rng = np.random.default_rng(seed)
    texts = []
    for _ in range(n_articles):
        picked = pool[rng.integers(0, len(pool), size=int(rng.integers(10, 41)))]
        paragraphs = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        texts.append("\n".join(paragraphs))
    return pd.DataFrame({"id": [f"synthetic-{i:06d}" for i in range(n_articles)], "text": texts})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--chunk-size", type=int, default=100)
    args = parser.parse_args()

    corpus = synthetic_corpus(args.articles)
    words = sum(len(tokenize(t)) for t in corpus["text"])
    print(f"corpus: {len(corpus)} synthetic articles, {words:,} words, {args.workers} worker(s)")

    analyzer = PatternAnalyzer()
    start = time.perf_counter()
    for text in corpus["text"]:
        analyzer.analyze(text)
    textblob_s = time.perf_counter() - start

    start = time.perf_counter()
    analysis = analyze(corpus, workers=args.workers, chunk_size=args.chunk_size)
    pipeline_s = time.perf_counter() - start

    textblob_wps, pipeline_wps = words / textblob_s, words / pipeline_s
    line = "{:<44} {:7.2f} s {:>10,.0f} words/s"
    print(line.format("bare TextBlob PatternAnalyzer (1 process)", textblob_s, textblob_wps))
    print(line.format(f"newsframes analyze ({args.workers} processes)", pipeline_s, pipeline_wps))
    rows = {name: len(table) for name, table in analysis.tables().items()}
    print("rows:", ", ".join(f"{k}={v:,}" for k, v in rows.items()))
    ratio = pipeline_wps / textblob_wps
    verdict = "met" if ratio >= 0.5 else "NOT met"
    print(f"ratio pipeline/TextBlob: {ratio:.2f} (target >= 0.5: {verdict})")


if __name__ == "__main__":
    main()
