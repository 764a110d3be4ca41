"""What the gazetteer does not know across a corpus, as entries to paste into actors.yml.

``python -m newsframes suggest-actors DIR`` prints them: one YAML entry per unlisted
actor, most often named first, with its name, a type from the rule that found it, the
spellings used for it, and the side and parent left for a person to fill in.
"""

from __future__ import annotations

import pandas as pd

from newsframes.analysers.actors import mention_tuples
from newsframes.analysers.unlisted import PREFIX, actor_slug, find_unlisted
from newsframes.lexicons.actors import ActorLexicon
from newsframes.lexicons.name_patterns import NamePatterns, load_name_patterns

SUGGESTION_COLUMNS = ["id", "name", "type", "mentions", "articles", "aliases", "first_seen"]


def unlisted_actors(
    corpus: pd.DataFrame,
    lexicon: ActorLexicon | None = None,
    patterns: NamePatterns | None = None,
) -> pd.DataFrame:
    """One row per unlisted actor of ``corpus`` (``id``, ``text``): its id without the
    ``unlisted:`` prefix, name, type, number of mentions and of articles, the surfaces
    used (first mention first), and the article it was first seen in. Most named first."""
    patterns = patterns or load_name_patterns()
    rows = []
    for article_id, text in zip(corpus["id"], corpus["text"], strict=True):
        for found in find_unlisted(text, mention_tuples(text, lexicon), patterns):
            surface = text[found.start : found.end]
            rows.append((article_id, surface, actor_slug(found.name), found.name, found.actor_type))
    columns = ["article_id", "surface", "actor_id", "name", "actor_type"]
    return suggestions_from(pd.DataFrame(rows, columns=columns))


def suggestions_from(unlisted: pd.DataFrame) -> pd.DataFrame:
    """:func:`unlisted_actors` from an analysis's ``unlisted`` table (``article_id``,
    ``surface``, ``actor_id``, ``name``, ``actor_type``, in text order): the same rows, without
    running the detector a second time on a corpus the pipeline has read."""
    if unlisted.empty:
        return pd.DataFrame(columns=SUGGESTION_COLUMNS)
    table = pd.DataFrame(
        {
            "id": unlisted["actor_id"].str.removeprefix(PREFIX),
            "name": unlisted["name"],
            "type": unlisted["actor_type"],
            "article_id": unlisted["article_id"],
            "surface": [" ".join(surface.split()) for surface in unlisted["surface"]],
        }
    )
    grouped = table.groupby("id", sort=False).agg(
        name=("name", "first"),
        type=("type", "first"),
        mentions=("surface", "size"),
        articles=("article_id", "nunique"),
        aliases=("surface", lambda s: list(dict.fromkeys(s))),
        first_seen=("article_id", "first"),
    )
    ordered = grouped.reset_index().sort_values(["mentions", "articles"], ascending=False)
    return ordered[SUGGESTION_COLUMNS].reset_index(drop=True)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def actor_stubs(suggestions: pd.DataFrame) -> str:
    """``suggestions`` as ``actors.yml`` entries: to check, complete and paste under
    ``actors:``. Side and parent are comments: only a reader can tell them."""
    out = []
    for row in suggestions.to_dict("records"):
        seen = (
            f"{row['mentions']} mention(s) in {row['articles']} article(s), "
            f"first in {row['first_seen']}"
        )
        aliases = ", ".join(_quoted(str(a)) for a in row["aliases"])
        out += [
            f"  - id: {row['id']}  # {seen}",
            f"    name: {_quoted(str(row['name']))}",
            f"    type: {row['type']}  # check",
            "    # side: government | opposition | islamist | jihadist | kurdish | ...",
            "    # parent: the id of the body it belongs to, if any",
            f"    aliases: [{aliases}]",
        ]
    return "\n".join(out) + ("\n" if out else "")
