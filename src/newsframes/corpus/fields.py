"""The metadata fields of an article and their checks: every field present, of its kind
(text, a date, one of a few values, a language code), and every problem named with its fix."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsframes.errors import Problem

# field -> (required, what it holds). The order is the column order of the corpus.
FIELDS: dict[str, tuple[bool, str]] = {
    "id": (True, "short readable slug, the same as the file name, e.g. itv-2014-khateeb"),
    "title": (True, "the headline; in [brackets] when the text has none and one was supplied"),
    "outlet": (True, "the publishing outlet"),
    "outlet_country": (True, "the country the outlet is based in"),
    "outlet_type": (True, "broadcaster, newspaper, online or news_agency"),
    "date": (True, "YYYY-MM-DD, YYYY-MM or YYYY, matching date_precision"),
    "date_precision": (True, "day, month or year"),
    "date_basis": (True, "stated (printed in the text) or inferred (from events)"),
    "date_note": (True, "one line: where the date comes from"),
    "byline": (True, "the author(s), or null"),
    "translated_by": (True, "the translator, or null"),
    "language": (True, "ISO 639-1 code of the text, e.g. en"),
    "url": (True, "where the text was published, or null"),
    "rights": (True, "who holds the copyright and what use is made of the text"),
    "source_file": (False, "the file name the text was received as"),
}
NULLABLE = {"byline", "translated_by", "url", "source_file"}
TEXT_FIELDS = ("title", "outlet", "outlet_country", "date_note", "rights", *sorted(NULLABLE))
OUTLET_TYPES = ("broadcaster", "newspaper", "online", "news_agency")
DATE_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
DATE_BASES = ("stated", "inferred")
# Dates are sorted as pandas timestamps, which hold the years 1678 to 2261.
FIRST_YEAR, LAST_YEAR = 1700, 2200
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# ISO 639-1: every two-letter language code.
_ISO_639_1 = """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia
id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl
ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk
tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
LANGUAGES = frozenset(_ISO_639_1.split())
# The language the lexicons and the sentiment scorers read.
ANALYSED_LANGUAGE = "en"

Check = Callable[[Path, dict[str, Any]], list[Problem]]


def check_fields(path: Path, meta: Any) -> list[Problem]:
    """Every problem with an article's metadata: missing, unknown, empty or ill-typed fields."""
    if not isinstance(meta, dict):
        return [
            Problem(
                path.name,
                "front matter",
                "the metadata is not a YAML mapping",
                "write `key: value` lines",
            )
        ]
    problems = []
    for field, (required, what) in FIELDS.items():
        if required and field not in meta:
            problems.append(Problem(path.name, field, "missing", f"add `{field}:` ({what})"))
    for field in meta:
        if field not in FIELDS:
            problems.append(
                Problem(
                    path.name,
                    str(field),
                    "unknown field",
                    f"remove it or rename it to one of: {', '.join(FIELDS)}",
                )
            )
    for field in FIELDS:
        if field not in meta or (meta[field] is None and field in NULLABLE):
            continue
        if _is_empty(meta[field]):
            fix = "give a value" + (" or null" if field in NULLABLE else "")
            problems.append(Problem(path.name, field, "empty", fix))
        else:
            problems += CHECKS[field](path, meta)
    return problems


def declared_id(meta: Any) -> str | None:
    """The id a file declares, as text whatever its YAML type (None if it has none)."""
    if not isinstance(meta, dict) or _is_empty(meta.get("id")):
        return None
    value = meta["id"]
    return value if isinstance(value, str) else _plain(value)


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_text(path: Path, meta: dict[str, Any], field: str) -> list[Problem]:
    """A problem when the field is not text: YAML reads ``42``, ``yes`` or ``[a, b]`` as
    other kinds, which then reach the tables as numbers, booleans or lists."""
    value = meta[field]
    if isinstance(value, str):
        return []
    kind = _kind(value)
    if kind in ("a number", "a date"):
        fix = f'quote it: {field}: "{_plain(value)}"'
    elif kind == "a yes/no value":
        fix = "quote it (YAML reads an unquoted yes, no, on, off, true or false as a yes/no value)"
    elif field == "id":
        fix = f"write it as one line of text, e.g. id: {path.stem}"
    else:
        fix = "write it as one line of text, in quotes if it holds a colon or brackets"
    return [Problem(path.name, field, f"{_shown(value)} is {kind}, not text", fix)]


def _check_id(path: Path, meta: dict[str, Any]) -> list[Problem]:
    """The id is a lowercase slug and the file's name; a non-text id is still compared with
    the file name (in its text form), as the tables would show it."""
    value = meta["id"]
    problems = _check_text(path, meta, "id")
    aid = value if isinstance(value, str) else _plain(value)
    if isinstance(value, str) and not ID_PATTERN.match(value):
        problems.append(
            Problem(
                path.name,
                "id",
                f"{value!r} is not a lowercase slug",
                "use lowercase letters, digits and hyphens, e.g. itv-2014-khateeb",
            )
        )
    elif aid != path.stem:
        problems.append(
            Problem(
                path.name,
                "id",
                f"{aid!r} differs from the file name {path.stem!r}",
                f"rename the file to {aid}.md or change the id",
            )
        )
    return problems


def _check_date(path: Path, meta: dict[str, Any]) -> list[Problem]:
    """The date is written as its precision says, and within the years that can be sorted."""
    precision = meta.get("date_precision")
    if not isinstance(precision, str) or precision not in DATE_FORMATS:
        return []  # reported under date_precision
    value = meta["date"]
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    fmt = DATE_FORMATS[precision]
    try:
        parsed = dt.datetime.strptime(text, fmt)
        if parsed.strftime(fmt) != text:
            raise ValueError(text)
    except ValueError:
        example = dt.date(2014, 1, 20).strftime(fmt)
        return [
            Problem(
                path.name,
                "date",
                f"{_shown(value)} is not a {precision} date",
                f'write it as "{example}" (quoted), as date_precision is {precision}',
            )
        ]
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        return [
            Problem(
                path.name,
                "date",
                f"{text!r} is outside the years {FIRST_YEAR} to {LAST_YEAR}",
                "check the year; dates outside that range cannot be sorted",
            )
        ]
    return []


def _check_precision(path: Path, meta: dict[str, Any]) -> list[Problem]:
    precision = meta["date_precision"]
    if isinstance(precision, str) and precision in DATE_FORMATS:
        return []
    return [
        Problem(
            path.name,
            "date_precision",
            f"{_shown(precision)} is not one of day, month, year",
            "set date_precision to day, month or year",
        )
    ]


def _one_of(field: str, allowed: tuple[str, ...]) -> Check:
    """A check that the field holds one of ``allowed``."""
    listed = ", ".join(allowed) if len(allowed) > 2 else " or ".join(allowed)

    def check(path: Path, meta: dict[str, Any]) -> list[Problem]:
        value = meta[field]
        if isinstance(value, str) and value in allowed:
            return []
        message = f"{_shown(value)} is not " + ("one of " if len(allowed) > 2 else "") + listed
        fix = f"use one of: {listed}" if len(allowed) > 2 else f"use {listed}"
        return [Problem(path.name, field, message, fix)]

    return check


def _check_language(path: Path, meta: dict[str, Any]) -> list[Problem]:
    """An ISO 639-1 code, and English: the lexicons and the sentiment scorers read only
    English, so any other text would give zeros that look like findings."""
    value = meta["language"]
    if not isinstance(value, str) or value not in LANGUAGES:
        return [
            Problem(
                path.name,
                "language",
                f"{_shown(value)} is not an ISO 639-1 language code",
                "write the two-letter code of the text's language, e.g. en",
            )
        ]
    if value != ANALYSED_LANGUAGE:
        return [
            Problem(
                path.name,
                "language",
                f"{value!r} is not English, and the lexicons and sentiment scorers read English "
                "only (every count would be zero)",
                "analyse an English translation (language: en, translated_by: who translated it),"
                " or leave the article out",
            )
        ]
    return []


def _kind(value: Any) -> str:
    """What YAML made of a value, in words."""
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, set):
        return "a set"
    return f"a {type(value).__name__}"


def _plain(value: Any) -> str:
    """A value as text, as it would be written in the file."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _shown(value: Any, limit: int = 80) -> str:
    """A value for a message: its repr (a date as written), cut to ``limit`` characters."""
    shown = value.isoformat() if isinstance(value, dt.date) else repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _text(field: str) -> Check:
    """The text check of one field."""
    return lambda path, meta: _check_text(path, meta, field)


CHECKS: dict[str, Check] = {
    "id": _check_id,
    **{field: _text(field) for field in TEXT_FIELDS},
    "outlet_type": _one_of("outlet_type", OUTLET_TYPES),
    "date": _check_date,
    "date_precision": _check_precision,
    "date_basis": _one_of("date_basis", DATE_BASES),
    "language": _check_language,
}
