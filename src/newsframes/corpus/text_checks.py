"""Checks on an article's text: there is some, it was decoded right, and it is written in
the Latin script the English lexicons read, so that no count is a silent zero."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from newsframes.errors import Problem

# Typical UTF-8 read as Windows-1252/Latin-1: â€™ â€œ Ã© Â  and friends.
MOJIBAKE = re.compile(r"â€[™œ\x9d˜“”¦\"]|Ã[\xa0-\xbf©¨¶±§¼]|Â[\xa0 ©®°£]")
# Letters of the Latin script: ASCII, Latin-1, Latin Extended A-E and Additional, IPA,
# the ligatures and the full-width forms.
_LATIN_RANGES = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff"
    "\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
)
_LATIN = re.compile(f"[{_LATIN_RANGES}]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_OTHER_LETTER = re.compile(rf"(?![{_LATIN_RANGES}])[^\W\d_]")
# More than this share of the letters in another script, and the text is not English.
MAX_OTHER_SCRIPT_SHARE = 0.5


def body_problems(name: str, body: str) -> list[Problem]:
    """The raw text is not empty and shows no mojibake."""
    problems = []
    if not body.strip():
        problems.append(
            Problem(name, "text", "the article has no text", "paste the article after the '---'")
        )
    match = MOJIBAKE.search(body)
    if match is not None:  # one is enough to make the point; the fix applies to the whole file
        line = body.count("\n", 0, match.start()) + 1
        problems.append(
            Problem(
                name,
                f"text (line {line} of the text)",
                f"mojibake {match.group()!r}: UTF-8 text that was decoded as Windows-1252",
                "re-export the text as UTF-8 from the source, or repair it with ftfy, then check",
            )
        )
    return problems


def script_problems(name: str, text: str, language: str) -> list[Problem]:
    """The clean text has letters, most of them Latin: a text in Arabic or Cyrillic script
    labelled ``language: en`` would give no mentions and a neutral tone, silently."""
    if text.isascii():
        letters = latin = 1 if re.search("[A-Za-z]", text) else 0
    else:
        letters = len(text) - len(_LETTERS.sub("", text))
        latin = len(text) - len(_LATIN.sub("", text))
    if letters == 0:
        return [
            Problem(
                name, "text", "the text has no letters", "paste the article's text after the '---'"
            )
        ]
    share = max(letters - latin, 0) / letters
    if share <= MAX_OTHER_SCRIPT_SHARE:
        return []
    return [
        Problem(
            name,
            "text",
            f"mostly {_main_script(text)} letters ({share:.0%} of its letters are not Latin "
            f"script), but language is {language}",
            "analyse an English translation, or check that the file holds the right text",
        )
    ]


def _main_script(text: str, sample: int = 2000) -> str:
    """The script most of the first ``sample`` non-Latin letters belong to, e.g. Arabic."""
    scripts: Counter[str] = Counter()
    for count, match in enumerate(_OTHER_LETTER.finditer(text)):
        if count == sample:
            break
        scripts[unicodedata.name(match.group(), "UNKNOWN").split(" ")[0]] += 1
    script = scripts.most_common(1)[0][0] if scripts else "non-Latin"
    return script if script in ("CJK", "non-Latin") else script.capitalize()
