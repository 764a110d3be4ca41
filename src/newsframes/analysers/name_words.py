"""The words of a name the gazetteer does not list: one unlisted mention (``Found``), a
name's words, whether a word is a common English word rather than a name, where a name
found by its place begins and ends (a name's own "Haji" inside it), and the shorter forms
(a surname) that name the same actor later in a report."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsframes.analysers.first_letters import OPEN_AFTER_FIRST
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.spelling_variants import common_words

# A word of a name cut to its capital: "Mehmet G.", "R. Milhem", "Nur S."
INITIAL = r"[A-Z]\."

SPACE = re.compile(r"\s+")
ARTICLE = re.compile(r"^(?:al|el|Al|El|AL|EL)-")
POSSESSIVE = re.compile(r"['’]s?$")  # a possessive ending a word: "Idriss's", "Abbas'"
# Words of page layout, never of a name: two words run together ("PlayerClose") and a
# short acronym ("Live TV", "UK News").
_RUN_TOGETHER = re.compile(r"[a-z]{3,}[A-Z]")
_ACRONYM = re.compile(r"[A-Z]{2,3}")


@dataclass(frozen=True)
class Found:
    """One unlisted mention: where, the actor's name and type, and which rule found it."""

    start: int
    end: int
    name: str
    actor_type: str
    rule: str


def name_words(name: str) -> list[str]:
    """The words of ``name``, split at whitespace."""
    return SPACE.split(name.strip())


def _inflected(bare: str, patterns: NamePatterns) -> bool:
    """Whether ``bare`` is an inflection of a common word: "Items", "Regroups", "Intensifies"."""
    common = common_words(5)
    return any(
        bare.endswith(ending)
        and len(stem := bare.removesuffix(ending) + base) >= 3
        and stem in common
        for ending, base in patterns.inflections.items()
    )


def is_common(word: str, patterns: NamePatterns) -> bool:
    """Whether ``word`` (without al-) is a common word, a not-name or an inflection of one,
    or words of those joined by hyphens ("Syrian-Russian", "Long-Awaited")."""
    bare = ARTICLE.sub("", word).casefold()
    if bare in common_words(5) or bare in patterns.not_names:
        return True
    if "-" in bare.strip("-"):
        return all(part and is_common(part, patterns) for part in bare.split("-"))
    return _inflected(bare, patterns)


def later_forms(first: Found, patterns: NamePatterns) -> set[str]:
    """The shorter forms that name the same actor later: a person's surname (with or
    without al-, whether the full name had it or not: "Talal Barazi ... Al-Barazi"); a title
    or a common word only after an honorific ("Ms Bishop"), and never with al-."""
    if first.actor_type != "person":
        return set()
    words = name_words(first.name)
    last = words[-1]
    if re.fullmatch(INITIAL, last):
        return set()  # "Mehmet G.": the initial alone names no one, the name again does
    bare = ARTICLE.sub("", last)
    forms = {last, bare}
    words_too = {f for f in forms if f in patterns.titles or f.casefold() in common_words(5)}
    if bare not in words_too and (bare != last or len(words) > 1):
        forms |= {f"al-{bare}", f"Al-{bare}"}  # not for one word without it: "Hijab" alone
    honorifics = patterns.honorifics if len(words) > 1 else ()
    honoured = {f"{h} {f}" for f in words_too for h in honorifics}
    return (forms - words_too) | honoured | _opened_surnames(words, patterns.surname_openers)


def _opened_surnames(words: list[str], openers: tuple[str, ...]) -> set[str]:
    """A surname opened by one of ``openers`` ("Rami Abdel Rahman", "Rami Abdulrahman") in
    each way it is written: apart or joined, after each opener ("Abdel Rahman", "Abdul
    Rahman", "Abdulrahman")."""
    if len(words) < 2 or not openers:
        return set()
    root = ""
    if len(words) >= 3 and words[-2] in openers:
        root = words[-1]
    else:
        # the longest opener the word starts with, and four letters at least after it:
        # "Abdulrahman", "Abdelaziz"; not "Abdullah" (a name of its own, not "Abdul Lah")
        last = words[-1]
        opener = next((o for o in sorted(openers, key=len, reverse=True) if last.startswith(o)), "")
        rest = last[len(opener) :]
        root = (
            rest.capitalize()
            if opener and len(rest) >= 4 and rest.isalpha() and rest.islower()
            else ""
        )
    if not root:
        return set()
    return {f"{opener} {root}" for opener in openers} | {
        f"{opener}{root.lower()}" for opener in openers
    }


@lru_cache(maxsize=8192)
def form_regex(form: str) -> str:
    """A later form as a pattern: whole words, the article in any case ("Al-Asfari" is
    "al-Asfari"), a possessive after it ("Almiqi's defection"); a form of several words not
    before another name word."""
    words = [_word_atoms(w) for w in name_words(form)]
    # a name never runs over a line break
    spaced = r"[^\S\n]+".join(first + rest for first, rest in words)
    # a form of several words is no longer name's opening: "Abdel Rahman (al-Sheikh)"
    longer = r"(?![^\S\n]+(?:(?:al|el|Al|El|AL|EL)-)?[A-Z])" if len(words) > 1 else ""
    end = rf"(?=['’]s\b|[^\w’'-]|$){longer}"
    if not words or not words[0][0]:
        return rf"(?<![\w’'-]){spaced}{end}"
    # The check before the form made after its first character: the pattern then opens
    # with that character, and the engine skips straight to where it is in the text.
    return words[0][0] + OPEN_AFTER_FIRST + spaced[len(words[0][0]) :] + end


def _word_atoms(word: str) -> tuple[str, str]:
    """A word of a form as a pattern: its first character's, then the rest's; the article
    in any case."""
    if ARTICLE.match(word):
        return "[Aa]", "[Ll]-" + _unaccented_too(word[3:])
    return _unaccented_too(word[:1]), _unaccented_too(word[1:])


def _unaccented_too(word: str) -> str:
    """``word`` as a pattern in which each accented letter matches its plain letter too: a
    report names "Hicham Chaïb" and later writes "Chaib's profile"."""
    out = []
    for char in word:
        plain = unicodedata.normalize("NFKD", char)[0]
        out.append(f"[{char}{plain}]" if plain != char and plain.isascii() else re.escape(char))
    return "".join(out)


def uncommon_tail(text: str, start: int, end: int, patterns: NamePatterns) -> int | None:
    """Where the name at the end of ``text[start:end]`` starts: after the last common
    word, or the last two words when that leaves one and the first is a given name
    ("Jack Khoury", "Chris Phillips"), with the given names right before it; None when the
    last word is itself a common word after no given name ("White Helmets") or a lone word
    is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2:
        return None
    if is_common(words[-1].group(), patterns):
        given = words[-2].group().casefold() in patterns.given_names
        plain = words[-1].group().casefold() not in patterns.not_names
        if not (given and plain):
            return None
        return start + words[_given_before(words, len(words) - 2, patterns)].start()
    # a joining word inside the name, capitalised or not, is no common word ("Brian De Mulder")
    inner = range(1, len(words) - 1)
    common = [
        i
        for i, w in enumerate(words)
        if is_common(w.group(), patterns)
        and not (i in inner and w.group().casefold() in patterns.person_joiners)
    ]
    first = common[-1] + 1 if common else 0
    if first > len(words) - 2:  # a first name that is also a word ("Jack Khoury")
        first = len(words) - 2
        if words[first].group().casefold() not in patterns.given_names:
            return None  # "Kurdish Red Crescent said", "Related Coverage"
    return start + words[_given_before(words, first, patterns)].start()


def _given_before(words: list[re.Match[str]], first: int, patterns: NamePatterns) -> int:
    """``first``, or the first of the given names right before it: they open the name too
    ("Mohamed Ezz Al-Arab", "Christopher Lloyd Caliwan")."""
    while first > 0 and words[first - 1].group().casefold() in patterns.given_names:
        first -= 1
    return first


def same_case_end(text: str, start: int, end: int) -> int:
    """The end of the name before a change of case: "Ammar Hamou AMMAN" (a dateline
    after a byline) is "Ammar Hamou"; a name in capitals throughout stays whole."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if not words or words[0].group().isupper():
        return end
    for word in words[1:]:
        letters = re.sub(r"[^\w]", "", word.group())
        if len(letters) >= 3 and letters.isupper():
            return start + len(text[start : start + word.start()].rstrip())
    return end


def is_layout(name: str) -> bool:
    """Whether a word of ``name`` is page layout ("Video PlayerClose", "TV RADIO"). In a
    name written in capitals with two long words, a short word is a name's ("OMAR HAJ
    KADOUR/AFP")."""
    words = name_words(name)
    capitals = name.isupper() and sum(len(w) >= 4 for w in words) >= 2
    return any(_RUN_TOGETHER.search(w) or (_ACRONYM.fullmatch(w) and not capitals) for w in words)


def before_layout(text: str, start: int, end: int, patterns: NamePatterns) -> int:
    """The end of a credited name before the common words of the page after it ("By X Y
    Published on", "X Y Updated"): two words or more are left, the last uncommon."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 2 and is_common(words[-1].group(), patterns):
        if not is_common(words[-2].group(), patterns):
            return start + words[-2].end()
        words.pop()
    return end


def as_earlier_surnames(kept: list[Found], patterns: NamePatterns) -> list[Found]:
    """``kept`` with each name that is the later form of one earlier person's name read as
    that person ("Khaled Abdel Karim ... Abdel Karim said": one person, not two)."""
    out: list[Found] = []
    owners: dict[str, set[str]] = {}
    for f in kept:
        named = owners.get(f.name, set()) - {f.name}
        if f.actor_type == "person" and len(named) == 1:
            out.append(Found(f.start, f.end, next(iter(named)), f.actor_type, "surname"))
            continue
        out.append(f)
        for form in later_forms(f, patterns):
            owners.setdefault(form, set()).add(f.name)
    return out


def without_inner_title_reading(
    text: str, span: tuple[int, int], people: list[Found], patterns: NamePatterns
) -> list[Found]:
    """``people`` without the name the title rule read after a first name's inner title
    ("Salim Haji Musa": "Musa" after "Haji"), so the whole name can be read."""
    inside = [f for f in people if span[0] < f.start and f.end <= span[1]]
    if not inside:
        return people
    title = re.search(r"(\S+)[^\S\n]+$", text[span[0] : inside[0].start])
    if title is None or title.group(1) not in patterns.inner_titles:
        return people
    return [f for f in people if f not in inside]


def inner_title(text: str, start: int, title: re.Match[str], patterns: NamePatterns) -> bool:
    """Whether a title inside a name's span is the name's own word ("Nasir Haji Mansour"):
    one of ``inner_titles``, right after a first name and before a capitalised word (not
    "In Aleppo Sheikh Ahmed")."""
    before = text[start : start + title.start()].split()
    after = text[start + title.end() :].lstrip()[:1]
    return (
        title.group(1) in patterns.inner_titles
        and bool(before)
        and before[-1].casefold() in patterns.given_names
        and before[-1] not in patterns.titles
        and after.isupper()
    )
