"""Actors the gazetteer does not list, found by the shape of their names.

A title, rank or role before a capitalised name is a person ("Brig. Gen. Hussein al-Ziyud",
"Kurdish official X Y"), and so is a name the conventions of news English put where only
a person stands: after a plural role ("commanders X and Y"), before an apposition ("X Y,
34, a resident"), as the speaker of a reporting verb ("X Y said", "said X Y"), in a byline
or a photo credit ("By X Y", "AFP/X Y") and on a line of names under a report. A
capitalised name ending in a head noun is a body ("Hama Military Council"); an acronym
in brackets after a name defines it ("... Front (JFS)"). Later in the article the
person's surname and the body's acronym are joined to the first mention. Each row has
an ``actor_id`` of the form ``unlisted:<name>``: a table of its own, never counted with
the gazetteer's mentions. The patterns are data (``data/lexicons/name_patterns.yml``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from newsframes.analysers.given_named import given_named, listed_with_a_person, lone_given_name
from newsframes.analysers.name_cues import (
    kin_named,
    lower_case_credits,
    name_cues,
    outlet_people,
    possessors,
    relative_subjects,
    teasers,
    transcript_speakers,
)
from newsframes.analysers.name_shapes import NameShapes, name_shapes
from newsframes.analysers.name_words import (
    ARTICLE,
    INITIAL,
    POSSESSIVE,
    SPACE,
    Found,
    as_earlier_surnames,
    before_layout,
    form_regex,
    inner_title,
    is_common,
    is_layout,
    later_forms,
    name_words,
    same_case_end,
    uncommon_tail,
    without_inner_title_reading,
)
from newsframes.analysers.parse import Columns, Parse
from newsframes.analysers.records import Mention
from newsframes.analysers.unlisted_bodies import body_found, lower_case_unit, numbered_units
from newsframes.lexicons.name_patterns import NamePatterns, load_name_patterns
from newsframes.lexicons.reporting_verbs import load_reporting_verbs
from newsframes.lexicons.spelling_variants import common_words

UNLISTED_COLUMNS = ["start", "end", "surface", "actor_id", "name", "actor_type", "rule", "sent_id"]
PREFIX = "unlisted:"
# A possessive right after a mention: "Jordan's", "the Kurds'"; "TRT World'sAhmed" too,
# where the page runs the name on
_POSSESSIVE = re.compile(r"['’](?:s|(?!\w))")
# Rules that find a name by where it stands, not by a word that says it is one: the
# name is the run of capitalised words before its verb or on its own line, cut to the
# uncommon words at its end ("On Monday Ahmed Hamoud said" -> "Ahmed Hamoud").
_BY_PLACE = {"after", "caption", "subject", "inverted", "name_line", "credit", "kin", "teaser"}


def actor_slug(name: str) -> str:
    """``unlisted:`` and the name in lower_snake_case ASCII: "Mostafa al-Sheikh" ->
    ``unlisted:mostafa_al_sheikh``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return PREFIX + re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without a final possessive ("Idriss's" -> "Idriss")."""
    tail = POSSESSIVE.search(text, start, end)
    return start, tail.start() if tail and tail.start() > start else end


def _after_listed(text: str, start: int, end: int, listed: Sequence[tuple[int, int]]) -> int:
    """The start of a name after the gazetteer mentions that open its run ("YPG Jigar
    Mamo said" -> "Jigar Mamo"), and after their possessive ("Jordan's Hussein Majali")."""
    for s, e in sorted(listed):
        if start <= s < end and e < end:
            possessive = _POSSESSIVE.match(text, e)
            start = possessive.end() if possessive else e
    return start


@lru_cache(maxsize=8)
def _roles(patterns: NamePatterns) -> frozenset[str]:
    """The one-word roles written before a name, in lower case: "activist", "official"."""
    return frozenset(d.casefold() for d in patterns.descriptors if " " not in d)


def _person(
    text: str,
    span: tuple[int, int],
    patterns: NamePatterns,
    rule: str,
    listed: Sequence[tuple[int, int]] = (),
    by_place: bool | None = None,
) -> Found | None:
    """The person named in ``span``, if its words can be a name; ``by_place`` (the rules
    of ``_BY_PLACE`` by default) cuts the span to its uncommon words."""
    start, end = _trim(text, *span)
    end = same_case_end(text, start, end)
    # a title ends the name: "Colonel Ahmed Hamoud and Major ..." never runs on, and
    # "Hamoud, General ..." neither; a name's own "Haji" after its first word does not
    for title in re.finditer(r"\s+(\S+)", text[start:end]):
        if title.group(1) in patterns.titles and not inner_title(text, start, title, patterns):
            end = start + title.start()
            break
    if by_place if by_place is not None else rule in _BY_PLACE:
        start = _after_listed(text, start, end, listed)
        end = before_layout(text, start, end, patterns) if rule == "credit" else end
        start = text.index(text[start:end].lstrip(), start) if text[start:end].strip() else end
        tail = uncommon_tail(text, start, end, patterns)
        before = re.search(r"(\S+)[^\S\n]+$", text[max(0, (tail or 0) - 12) : tail])
        if tail is None or (before and before[1].casefold() in patterns.articles):
            return None  # "The Red Crescent said": a person's name takes no article
        start = tail
    # a title or a role opening the run is no part of the name ("Major-General Igor K.
    # said", "Activist Ahmed Hamoud said")
    while (opening := re.match(r"(\S+)\s+", text[start:end])) and (
        opening[1] in patterns.titles or opening[1].casefold() in _roles(patterns)
    ):
        start += opening.end()
    name = SPACE.sub(" ", text[start:end])
    words = name_words(name)
    if not name or (is_layout(name) and rule != "transcript"):
        return None  # a transcript's turn label is a name in capitals, however short its words
    if text.startswith(".", end) and f"{words[-1]}." in patterns.titles:
        return None  # "spokesman Maj. Gen. ...": an abbreviated title, not a name
    if not name or words[-1] in patterns.head_nouns:
        return None  # "General Security Directorate": a body
    if words[0].casefold() in patterns.not_names or words[0] in patterns.titles:
        return None
    if len(words) == 1 and (words[0].casefold() in common_words(5) or words[0].isupper()):
        return None  # "Captain Said" is lost; "Major Cities" and "Deputy FM" are kept out
    return Found(start, end, name, "person", rule)


def _names_a_thing(text: str, end: int, patterns: NamePatterns) -> bool:
    """Whether a titled name is the name of a thing named after a person: a noun such as
    "carrier" or "hospital" follows within two words ("the Admiral Kuznetsov aircraft
    carrier", "King Faisal hospital")."""
    following = re.match(r"(?:[^\S\n]+[\w’'-]+){1,2}", text[end : end + 40])
    words = following.group().split() if following else []
    last = text[max(0, end - 30) : end].split()[-1:]  # or ends the name: "King X Hospital"
    return any(w.casefold() in patterns.named_things for w in words + last)


def _describes_a_place(text: str, end: int, patterns: NamePatterns) -> bool:
    """Whether the apposition ending at ``end`` goes on to a place noun within three
    words ("Mughor al-Mir, one of the three towns")."""
    following = re.match(r"(?:[^\S\n]+[\w’'-]+){1,3}", text[end : end + 60])
    words = following.group().split() if following else []
    return any(w.casefold() in patterns.place_nouns for w in words)


def _credited(
    text: str,
    span: tuple[int, int],
    patterns: NamePatterns,
    listed: Sequence[tuple[int, int]],
    group: str,
) -> list[Found]:
    """The person of a credit. Beside an agency's slash ("REUTERS/ Rodi Said") only a
    name stands, so it is kept whole unless every word is common or an agency's; a
    byline that repeats its name ("Kosar Nawzad Kosar Nawzad |", a link and its text) is
    two mentions."""
    start, end = _trim(text, *span)
    words = list(re.finditer(r"\S+", text[start:end]))
    half = len(words) // 2
    if half and len(words) == 2 * half:
        first = [w.group() for w in words[:half]]
        if first == [w.group() for w in words[half:]]:
            cut = start + words[half - 1].end()
            second = start + words[half].start()
            return [
                f
                for part in ((start, cut), (second, end))
                if (f := _person(text, part, patterns, "credit", listed)) is not None
            ]
    beside_agency = group in {"after_agency", "before_agency"}
    if beside_agency:
        agencies = {a.casefold() for a in patterns.agencies}
        bare = [w.group().casefold() for w in words]
        if all(w in agencies or is_common(w, patterns) for w in bare) or any(
            w in agencies for w in bare
        ):
            return []
    found = _person(text, (start, end), patterns, "credit", listed, by_place=not beside_agency)
    return [found] if found else []


def _names_in(text: str, match: re.Match[str], shapes: NameShapes) -> list[tuple[int, int]]:
    """The spans of the names in a list or a line ("X, Y and Z", "X / Y")."""
    offset = match.start("names")
    return [
        (offset + m.start(), offset + m.end())
        for m in re.finditer(
            rf"(?:{INITIAL}[^\S\n]*)?{shapes.word}(?:[^\S\n]+(?!and\b)[a-z]*[^\S\n]*{shapes.word})*",
            match.group("names"),
        )
    ]


def _people(
    text: str, patterns: NamePatterns, shapes: NameShapes, listed: Sequence[tuple[int, int]]
) -> list[Found]:
    """Every person found by a rule: a title, a description, a credit, a reporting verb,
    a line of names."""
    found: list[Found | None] = []
    for match in shapes.titled.finditer(text):
        if not _names_a_thing(text, match.end(), patterns):
            found.append(_person(text, match.span("name"), patterns, "title"))
    single = (
        ("description", "described"),
        ("description", "apposed"),
        ("after", "followed"),
        ("caption", "pictured"),
        ("subject", "subject"),
        ("inverted", "inverted"),
        ("kin", "kin"),
    )
    for rule, shape in single:
        for match in shapes.finditer(shape, text):
            if (
                rule == "after"
                and match.group().casefold().endswith("one of")
                and _describes_a_place(text, match.end(), patterns)
            ):
                continue
            span = match.span("name")
            if rule == "after" and " " not in text[span[0] : span[1]]:
                if lone_given_name(text, span, patterns):
                    found.append(_person(text, span, patterns, rule, listed, by_place=False))
                continue
            found.append(_person(text, span, patterns, rule, listed))
    credits = list(shapes.finditer("credited", text))
    if "/" in text or "|" in text:
        credits += shapes.credited_before.finditer(text)
    for match in credits:
        group = next(g for g, value in match.groupdict().items() if value)
        found += _credited(text, match.span(group), patterns, listed, group)
        following: re.Match[str] | None = match
        while group == "name" and following is not None:
            following = shapes.more_names.match(text, following.end())  # "By X and Y"
            if following is not None:
                found.append(_person(text, following.span("name"), patterns, "credit", listed))
    cues = name_cues(patterns, shapes.word)
    for rule, cued in (
        ("credit", lower_case_credits(text, cues)),
        ("subject", possessors(text, cues)),
        ("subject", relative_subjects(text, cues)),
        ("teaser", teasers(text, cues)),
        ("transcript", transcript_speakers(text, patterns.transcript_roles)),
        ("kin_before", kin_named(text, cues)),
    ):
        found += [_person(text, span, patterns, rule, listed) for span in cued]
    for rule, shape in (("description", "listed"), ("name_line", "name_line")):
        for match in shapes.finditer(shape, text):
            spans = _names_in(text, match, shapes)
            for start, end in spans:
                word = text[start:end]
                if len(spans) > 1 and " " not in word and not is_common(word, patterns):
                    # a surname alone in a list of names ("Manar Hamad / Barry")
                    found.append(Found(start, end, word, "person", rule))
                else:
                    found.append(_person(text, (start, end), patterns, rule, listed))
    people = [f for f in found if f is not None]
    # last: a name another rule finds keeps that rule's reading and its span
    for span in given_named(text, patterns, shapes.says_after):
        people = without_inner_title_reading(text, span, people, patterns)
        spans = [(f.start, f.end) for f in people]
        if not _overlaps(spans, *span) and (person := _person(text, span, patterns, "given")):
            people.append(person)
    persons = [(f.start, f.end) for f in people if f.actor_type == "person"]
    for span in listed_with_a_person(text, persons, shapes.word):
        if not _overlaps(persons, *span) and (person := _person(text, span, patterns, "list")):
            people.append(person)
    return people


def _firsts(
    text: str, patterns: NamePatterns, shapes: NameShapes, listed: Sequence[tuple[int, int]]
) -> tuple[list[Found], dict[str, str], list[tuple[int, int]]]:
    """Every first-shape mention, each acronym defined in brackets -> the name it stands
    for, and the brackets themselves (part of the defining mention, not a second one)."""
    found = _people(text, patterns, shapes, listed)
    for match in shapes.bodies.finditer(text):
        if body := body_found(text, match, patterns, patterns.head_nouns):
            found.append(body)
    for match in shapes.finditer("lower_bodies", text):
        if body := lower_case_unit(text, match, patterns):
            found.append(body)
    found += numbered_units(text, patterns)
    acronyms: dict[str, str] = {}
    brackets: list[tuple[int, int]] = []
    for match in shapes.finditer("defined", text):
        start, end = match.span("name")
        words = name_words(text[start:end])
        acronym = match.group("acronym")
        if acronym[0] not in {ARTICLE.sub("", w)[:1].upper() for w in words}:
            continue
        # the name the acronym stands for: the body found there, or the bracketed name
        inside = [f for f in found if f.start >= start and f.end == end]
        name = inside[0].name if inside else SPACE.sub(" ", text[start:end])
        if not inside:
            kind = patterns.head_nouns.get(words[-1], "group")
            found.append(Found(start, end, name, kind, "acronym"))
        acronyms[acronym] = name
        brackets.append((match.end("name"), match.end()))
    return found, acronyms, brackets


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_unlisted(
    text: str, mentions: Sequence[Mention] = (), patterns: NamePatterns | None = None
) -> list[Found]:
    """The unlisted actors of ``text`` in order: first mentions by shape, then later ones
    by surname or acronym; nothing that overlaps a gazetteer ``mentions`` span."""
    patterns = patterns or load_name_patterns()
    listed = [(m.start, m.end) for m in mentions]
    shapes = name_shapes(patterns, load_reporting_verbs())
    firsts, acronyms, brackets = _firsts(text, patterns, shapes, listed)
    outlets = [m.end for m in mentions if m.actor_type == "media"]
    cues = name_cues(patterns, shapes.word)
    for span in outlet_people(text, cues, outlets):
        if person := _person(text, span, patterns, "outlet", listed):
            firsts.append(person)
    kept: list[Found] = []
    for f in sorted(firsts, key=lambda f: (f.start, -(f.end - f.start))):
        taken = [(k.start, k.end) for k in kept]
        if not _overlaps(listed, f.start, f.end) and not _overlaps(taken, f.start, f.end):
            kept.append(f)
    kept = as_earlier_surnames(kept, patterns)
    by_name = {f.name: f for f in reversed(kept)}  # the first mention of each name
    forms: dict[str, list[Found]] = {}
    for first in by_name.values():
        for form in later_forms(first, patterns) | {first.name}:
            forms.setdefault(form, []).append(first)
    for acronym, name in acronyms.items():
        if name in by_name:
            forms.setdefault(acronym, []).append(by_name[name])
    later: list[Found] = []
    for form, owners in sorted(forms.items(), key=lambda item: -len(item[0])):
        # a lone surname first found alone ("Colonel Almiqi") is the full name's
        named = [o for o in owners if o.name != form] or owners
        if len({o.name for o in named}) > 1:
            continue  # a surname two unlisted actors share: not joined to either
        owner = named[0]
        matches = list(re.finditer(form_regex(form), text))
        first_spans = [(k.start, k.end) for k in kept]
        if form != owner.name and any(
            m.start() < owner.start and not _overlaps(first_spans, *m.span()) for m in matches
        ):
            continue  # used before the name was given: a place or a word ("Qusair")
        for match in matches:
            start, end = match.span()
            spans = listed + brackets + [(k.start, k.end) for k in kept + later]
            if start >= owner.end and not _overlaps(spans, start, end):
                rule = (
                    "acronym" if form in acronyms else "repeat" if form == owner.name else "surname"
                )
                later.append(Found(start, end, owner.name, owner.actor_type, rule))
    people = [(m.start, m.end) for m in mentions if m.actor_type == "person"]
    people += [(f.start, f.end) for f in kept + later if f.actor_type == "person"]
    taken = listed + brackets + [(f.start, f.end) for f in kept + later]
    addressed = _addressees(text, patterns, shapes, people, taken)
    return sorted(kept + later + addressed, key=lambda f: f.start)


def _addressees(
    text: str,
    patterns: NamePatterns,
    shapes: NameShapes,
    people: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
) -> list[Found]:
    """The person a headline line addresses after a person's name: "Lavrov to Kerry: ..."
    (the speaker, a person, "to" the addressee, a colon: one shape of wire headlines)."""
    found = []
    for match in shapes.addressed.finditer(text) if ":" in text else ():
        if (match.start("speaker"), match.end("speaker")) not in people:
            continue
        start, end = match.span("name")
        person = _person(text, (start, end), patterns, "addressee")
        if person and not _overlaps(taken, start, end) and not is_common(person.name, patterns):
            found.append(person)
    return found


def _sent_id(article: Parse, position: int) -> int:
    row = article.sentence_at(position)
    return article.sentences[row].sent_id if row >= 0 else -1


def unlisted_columns(article: Parse, patterns: NamePatterns) -> Columns:
    """The unlisted table's columns for one parsed article."""
    # the lexicon's own patterns: the parse has found them already (the speakers read its
    # persons); patterns a caller edited are read afresh
    found = (
        article.unlisted
        if patterns is load_name_patterns()
        else find_unlisted(article.text, article.mentions, patterns)
    )
    return {
        "start": [f.start for f in found],
        "end": [f.end for f in found],
        "surface": [article.text[f.start : f.end] for f in found],
        "actor_id": [actor_slug(f.name) for f in found],
        "name": [f.name for f in found],
        "actor_type": [f.actor_type for f in found],
        "rule": [f.rule for f in found],
        "sent_id": [_sent_id(article, f.start) for f in found],
    }


def unlisted_table(columns: Columns) -> pd.DataFrame:
    """The unlisted table from :func:`unlisted_columns` (one article or several appended)."""
    return pd.DataFrame({name: columns.get(name, []) for name in UNLISTED_COLUMNS})
