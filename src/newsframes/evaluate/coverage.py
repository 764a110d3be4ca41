"""Which articles the references in ``data/annotations`` cover.

The references were made by reading particular articles. An article added later has none
until someone reads it, so its counts cannot be measured: the validation chapter names such
articles instead of measuring the package on fewer articles without saying so.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from newsframes.evaluate.frames import load_frame_coding
from newsframes.evaluate.mentions import annotation_path

# Each reference, and the article ids it covers (read without checking the rows: the
# measures check them when they load a file).
REFERENCES = ("actor mentions", "sentences", "statements", "frame coding")


def annotated_articles() -> dict[str, set[str]]:
    """The articles each reference covers, by reference name (see ``REFERENCES``)."""

    def ids(name: str, column: str) -> set[str]:
        table = pd.read_csv(annotation_path(name), usecols=[column], comment="#", dtype=str)
        return set(table[column])

    return {
        "actor mentions": ids("actor_mentions.csv", "article_id"),
        "sentences": ids("sentences.csv", "article_id"),
        "statements": ids("quotes.csv", "article"),
        "frame coding": set(load_frame_coding().answers),
    }


def reference_coverage(articles: Iterable[str]) -> pd.DataFrame:
    """One row per article: True in each reference's column if it covers the article, and
    ``missing``, the references that do not ("" when all do)."""
    covered = annotated_articles()
    ids = list(dict.fromkeys(str(a) for a in articles))
    table = pd.DataFrame({"article_id": ids})
    for name in REFERENCES:
        table[name] = table["article_id"].isin(covered[name])
    table["missing"] = [
        ", ".join(name for name in REFERENCES if not row[name])
        for row in table[list(REFERENCES)].to_dict("records")
    ]
    return table


def absent_annotated(articles: Iterable[str]) -> dict[str, list[str]]:
    """The annotated articles that are not among ``articles``, by reference name (only the
    references that have such articles): a corpus folder may hold some of them, or none, and
    the measures leave the others out."""
    given = {str(a) for a in articles}
    absent = {name: sorted(ids - given) for name, ids in annotated_articles().items()}
    return {name: ids for name, ids in absent.items() if ids}
