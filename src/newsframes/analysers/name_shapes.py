"""The regular expressions of the unlisted-name rules, built from ``name_patterns.yml``
and the reporting verbs: what a name looks like and where news English puts one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from newsframes.analysers.first_letters import (
    OPEN_AFTER_FIRST,
    after_first,
    begin,
    finditer_from,
    guarded,
)
from newsframes.analysers.name_tails import CLOSE as _CLOSE
from newsframes.analysers.name_tails import followed_by as _followed_by
from newsframes.analysers.name_tails import kin_after as _kin_after
from newsframes.analysers.name_tails import of_body as _of_body
from newsframes.analysers.name_words import INITIAL
from newsframes.lexicons.actor_terms import norm
from newsframes.lexicons.name_patterns import NamePatterns
from newsframes.lexicons.reporting_verbs import ReportingVerbs
from newsframes.lexicons.word_regex import LINE_GAP as GAP
from newsframes.lexicons.word_regex import words_trie_regex as words_regex

SPACE = r"[^\S\n]*"  # a gap or none: "AFP/Name", "AFP / Name"
# Capital letters of the Latin alphabets, accented ones too ("Şıhlı", "Émile", "Ömer").
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x24F)) if c.isupper()) + "]"
_ONE = r"[^\S\n]"
# Before a name: no letter, digit, apostrophe or hyphen.
_OPEN = r"(?<![\w’'-])"
# ... or a possessive after the name: "the Hama Military Council's commander"
_CLOSE_OR_POSSESSIVE = rf"(?:(?=['’]s{_CLOSE})|{_CLOSE})"
_SEPARATOR = rf"(?:,{GAP}(?:and{GAP})?|{GAP}and{GAP})"  # between names of a list
# (?i:the|an?) by its first letter: no other character matches t, h, e, a or n ignoring case
_THE_AN = (("t", "he"), ("T", "he"), ("a", "n?"), ("A", "n?"))
# A title's check made one character later (as ``OPEN_AFTER_FIRST``), a full stop too
_TITLE_OPEN_AFTER_FIRST = r"(?<![\w.’'-](?s:.))"
# A word's letters after its capital, taken whole (possessive): in every rule but the kin
# rule ("X Y's wife") what follows a word is never a letter or an apostrophe, so giving
# letters back could never make a match, and the engine no longer tries each shorter word.
_LETTERS = r"[\w'’]*+"
# A role's gloss in brackets between the role and the name: "emir (leader) X Y".
_GLOSS = rf"(?:\([a-z]+(?:{_ONE}[a-z]+)?\){GAP})?"
_AGED = r"\d{1,3}[-‐]year[-‐]old"  # an age describes a person as a role does: "22-year-old X"


@dataclass(frozen=True, eq=False)
class NameShapes:
    """One compiled pattern per rule; each has a group ``name`` (``names`` for lists)."""

    word: str  # one word of a name
    titled: re.Pattern[str]
    described: re.Pattern[str] | None
    apposed: re.Pattern[str] | None  # "said the activist, Omar."
    kin: re.Pattern[str] | None  # "X Y's wife"
    listed: re.Pattern[str] | None  # "field commanders X, Y and Z"
    followed: re.Pattern[str] | None  # "X, a resident"
    pictured: re.Pattern[str] | None  # a caption: "X Y (left) and Z W"
    subject: re.Pattern[str]  # "X Y said"
    inverted: re.Pattern[str]  # "said X Y,"
    credited: re.Pattern[str] | None  # "By X Y", "Photo: X Y", "AFP/X Y"
    credited_before: re.Pattern[str]  # "X Y/Reuters", "X Y | Outlet": only where / or | is
    name_line: re.Pattern[str]  # a line of names: a byline under the headline
    more_names: re.Pattern[str]  # the next name of a list: "By X Y and Z W"
    addressed: re.Pattern[str]  # a headline line "Speaker to Name: ..."
    bodies: re.Pattern[str]
    lower_bodies: re.Pattern[str] | None  # "the Farouq brigade"
    defined: re.Pattern[str]
    # rule -> what a text must hold somewhere for the rule to match: one quick search
    needs: Mapping[str, re.Pattern[str]]
    # rule -> its pattern opening with a capital only, for the rules whose name may also
    # open with a particle ("al-Assad"), and where such a name may begin: tried there only
    capital_first: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    particles: tuple[str, ...] = ()
    says_after: re.Pattern[str] | None = None  # a reporting verb after a name: "(Zein) said"

    def finditer(self, rule: str, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``rule``'s pattern in ``text``; none if it has no pattern or the
        text lacks what the pattern needs."""
        pattern: re.Pattern[str] | None = getattr(self, rule)
        need = self.needs.get(rule)
        if pattern is None or (need is not None and need.search(text) is None):
            return iter(())
        capital = self.capital_first.get(rule)
        if capital is None or not self.particles:
            return pattern.finditer(text)
        return finditer_from(capital, pattern, _particle_starts(self.particles, text), text)


_HYPHEN_CAPITAL = re.compile(rf"-(?={UPPER})")


@lru_cache(maxsize=2)
def _particle_starts(particles: tuple[str, ...], text: str) -> list[int]:
    """Where a particle, a hyphen and a capital begin in ``text`` ("al-Assad"), ascending:
    found from the hyphens, which are few (cached: several rules read the same text)."""
    return sorted(
        hyphen - len(particle)
        for hyphen in (m.start() for m in _HYPHEN_CAPITAL.finditer(text))
        for particle in particles
        if hyphen >= len(particle) and text.startswith(particle, hyphen - len(particle))
    )


def _finite(verbs: ReportingVerbs) -> list[str]:
    """The forms of reporting verbs that follow their subject: "said", "adds", not "say"."""
    return [
        form
        for entry in verbs.verbs.values()
        for form in entry.forms
        if form != entry.verb and not form.endswith("ing")
    ]


def inverting_forms(verbs: ReportingVerbs, inverting: frozenset[str]) -> list[str]:
    """The forms of the ``inverting`` verbs, which may come before their speaker ("...,"
    said X Y.", "according to X Y")."""
    forms = [
        form
        for name, entry in verbs.verbs.items()
        if name in inverting
        for form in entry.forms
        if not form.endswith("ing")
    ]
    # "According to X Y, ..." opens a sentence with its capital
    return forms + [f[:1].upper() + f[1:] for f in forms if " " in f]


def _cases(words: tuple[str, ...]) -> list[str]:
    """Each word as written, in lower case and with a capital first letter: what a case-blind
    match would find in running text, at a fraction of its cost."""
    return [v for w in words for v in (w, w.lower(), w[:1].upper() + w[1:].lower())]


def _optional(
    alternation: str, rule: str, made: Callable[[str, str], re.Pattern[str]], build: str
) -> re.Pattern[str] | None:
    return made(rule, build) if alternation else None


def _word_after_first(
    particles: tuple[str, ...], letters: str, opening: str | None = None
) -> tuple[str, str] | None:
    """A name's first word (a particle and hyphen, then a capital, then ``letters``) as its
    possible first characters (or ``opening``) and the rest after one of them."""
    start = after_first(particles, r"\s+")
    if start is None:
        return None
    firsts, rest = start
    capitals = UPPER[1:-1]
    branches = [rf"{rest}-{UPPER}", rf"(?<={UPPER})"]
    if not set(firsts) & set(capitals):  # one branch or the other: the likelier first
        branches.reverse()
    return opening or capitals + firsts, "(?:" + "|".join(branches) + f"){letters}"


@lru_cache(maxsize=8)
def name_shapes(patterns: NamePatterns, verbs: ReportingVerbs) -> NameShapes:
    """The patterns of ``patterns`` and ``verbs`` (cached on the two lexicon objects)."""
    fast = _first_letter_shapes(patterns, verbs)
    shapes = _plain_shapes(patterns, verbs, fast)
    capitals = UPPER[1:-1]
    if fast is None or set(capitals) & {w[0] for w in patterns.particles}:
        return shapes
    if not all(p.isalpha() and norm(p) == p for p in patterns.particles):
        return shapes  # a particle the pattern reads otherwise than as written
    capital_first = _first_letter_shapes(patterns, verbs, capitals) or {}
    return replace(
        shapes,
        capital_first={rule: capital_first[rule] for rule in _NAME_FIRST if rule in fast},
        particles=patterns.particles,
    )


# The rules whose patterns open with a name's first word: a capital, or a particle.
_NAME_FIRST = ("subject", "followed", "kin", "bodies", "lower_bodies", "defined")


def _first_letter_shapes(
    patterns: NamePatterns, verbs: ReportingVerbs, opening: str | None = None
) -> dict[str, Any] | None:
    """The patterns that open with a name or a word list, rewritten to open with the class
    of their first characters (the same matches, found faster); None if one cannot be.
    With ``opening``, a name opens with one of those characters only."""
    tail = rf"(?:-[^\W\d_]{_LETTERS})*"
    first = _word_after_first(patterns.particles, _LETTERS + tail, opening)
    first_kin = _word_after_first(patterns.particles, r"[\w'’]*(?:-[^\W\d_][\w'’]*)*", opening)
    titles = guarded(patterns.titles, GAP, _TITLE_OPEN_AFTER_FIRST)
    inverting = guarded(inverting_forms(verbs, patterns.inverting_verbs), GAP, OPEN_AFTER_FIRST)
    nouns = after_first(patterns.head_nouns, GAP)
    if first is None or first_kin is None or titles is None or inverting is None:
        return None
    if nouns is None:
        return None
    particles = words_regex(patterns.particles)
    joiners = words_regex(patterns.person_joiners)
    word = rf"(?:(?:{particles})-)?{UPPER}{_LETTERS}{tail}"
    joiner = rf"(?:(?:{joiners}){_ONE})?" if joiners else ""
    more = rf"(?:{_ONE}{joiner}{word})"
    name = rf"{word}{more}{{0,4}}"
    body_joiners, of_tail, unit_joiners, lower_nouns = _body_parts(patterns, word)
    after = words_regex(patterns.after_name, GAP)
    finite = words_regex(_finite(verbs), GAP)
    kin = words_regex(patterns.kin_nouns, GAP)
    kin_more = rf"(?:{_ONE}{joiner}{_plain_word(patterns)})"
    opened = first[0], OPEN_AFTER_FIRST + first[1]
    fast: dict[str, Any] = {
        "titled": re.compile(rf"{titles}{GAP}(?P<name>{name})"),
        "subject": re.compile(
            rf"(?P<name>{begin(*opened)}{more}{{1,4}}){_of_body(word)},?{GAP}(?:{finite}){_CLOSE}"
        ),
        "inverted": re.compile(
            rf"{inverting}{GAP}(?P<name>{word}{more}{{1,4}})(?=[,.;:]|\s*$)",
            re.MULTILINE,
        ),
        "bodies": re.compile(
            rf"(?P<name>{begin(first[0] + nouns[0], '')}(?:{first[1]}{GAP}{body_joiners}"
            rf"(?:{word}{GAP}{body_joiners}){{0,4}}(?:{words_regex(patterns.head_nouns, GAP)})"
            rf"{of_tail}?|{OPEN_AFTER_FIRST}{nouns[1]}{of_tail})){_CLOSE_OR_POSSESSIVE}"
        ),
        "defined": re.compile(
            rf"(?P<name>{begin(*first)}(?:{GAP}{body_joiners}{word}){{1,6}}){SPACE}"
            rf"\((?P<acronym>{_ACRONYM})\)"
        ),
    }
    if after:
        fast["followed"] = re.compile(
            rf"(?P<name>{begin(*opened)}{more}{{0,4}}){_followed_by(after)}"
        )
    if kin:
        fast["kin"] = re.compile(
            rf"(?P<name>{begin(first_kin[0], OPEN_AFTER_FIRST + first_kin[1])}{kin_more}{{1,4}})"
            + _kin_after(kin)
        )
    if patterns.descriptors:  # "the activist, Omar": "the" or "a" in any case
        article = "|".join(f"{c}{OPEN_AFTER_FIRST}(?i:{rest})" for c, rest in _THE_AN)
        roles = words_regex(_cases(patterns.descriptors), GAP)
        fast["apposed"] = re.compile(
            rf"(?:{article}){GAP}{_MODIFIERS}(?:{roles}){_OF_BODY},{GAP}"
            rf"(?P<name>{name})(?=[,.;:)]|[^\S\n]*(?:\n|$))"
        )
    if lower_nouns:
        fast["lower_bodies"] = re.compile(
            rf"(?P<name>{begin(*first)}{GAP}(?:(?:{unit_joiners}){GAP})?"
            rf"(?:{word}{GAP}(?:(?:{unit_joiners}){GAP})?){{0,4}}(?:{lower_nouns})){_CLOSE}"
        )
    return fast


# Up to three words between the article and the descriptor of an apposed name: "the Bosnian
# Serb army leader, Ratko Mladic."
_MODIFIERS = r"(?:[\w’'-]+[^\S\n]+){0,3}?"
# The body a descriptor is of, before an apposed name: "the chairman (of Yad Vashem), Avner
# Shalev,", "the head (of Bosnia’s Islamic Community), Husein Kavazovic,".
_OF_BODY = rf"(?:{GAP}of{GAP}(?:the{GAP})?[A-Z][\w’'-]*(?:{GAP}[A-Z][\w’'-]*){{0,3}})?"


def _body_parts(patterns: NamePatterns, word: str) -> tuple[str, str, str, str]:
    """The pieces of a body's name around its words: the joiners between them, what the
    head noun is of or for ("University of Mainz", "Center for Research on the Arab
    World"), the joiners of a unit's name and its lower-case head nouns."""
    body_joiners = rf"(?:(?:{words_regex(patterns.body_joiners)}){GAP})?"
    inner = rf"(?:(?:of|for|on|the|and){GAP}){{0,2}}"
    of_tail = rf"(?:{GAP}(?:of|for){GAP}(?:the{GAP})?{word}(?:{GAP}{inner}{word}){{0,6}})"
    unit_joiners = words_regex((*patterns.body_joiners, *patterns.person_joiners))
    lower_nouns = words_regex(patterns.lower_case_head_nouns, GAP)
    return body_joiners, of_tail, unit_joiners, lower_nouns


def _plain_word(patterns: NamePatterns) -> str:
    """One word of a name: a capital, perhaps after a particle and hyphen ("al-Assad")."""
    particles = words_regex(patterns.particles)
    return rf"(?:(?:{particles})-)?{UPPER}[\w'’]*(?:-[^\W\d_][\w'’]*)*"


def _plain_shapes(
    patterns: NamePatterns,
    verbs: ReportingVerbs,
    given: Mapping[str, re.Pattern[str]] | None = None,
) -> NameShapes:
    """The patterns as written plainly, one per rule, each opening where its match does;
    but those ``given`` (by rule), which are not compiled again."""
    ready = given or {}

    def made(rule: str, source: str, flags: int = 0) -> re.Pattern[str]:
        return ready[rule] if rule in ready else re.compile(source, flags)

    joiners = words_regex(patterns.person_joiners)
    word = _plain_word(patterns)
    # the words of a person's name are one space apart ("Register   Forgot" is a layout)
    joiner = rf"(?:(?:{joiners}){_ONE})?" if joiners else ""
    name = rf"{word}(?:{_ONE}{joiner}{word}){{0,4}}"
    two_or_more = rf"{word}(?:{_ONE}{joiner}{word}){{1,4}}"
    one_to_four = rf"{word}(?:{_ONE}{joiner}{word}){{0,3}}"
    two_to_four = rf"{word}(?:{_ONE}{joiner}{word}){{1,3}}"
    # a name cut to an initial, and an editors' line of slashes holding one ("R. Milhem /
    # Hazem Sabbagh", "H. Zain/ Barry")
    initialled = rf"{INITIAL}{SPACE}{word}"
    slash, item = rf"{SPACE}/{SPACE}", rf"(?:{initialled}|{one_to_four})"
    slashed = rf"(?=[^\n/]*/)(?:{one_to_four}{slash})*{initialled}(?:{slash}{item})*"
    body_joiners, of_tail, unit_joiners, lower_nouns = _body_parts(patterns, word)
    kin = words_regex(patterns.kin_nouns, GAP)
    described = words_regex(_cases(patterns.descriptors), GAP)
    plural = words_regex(_cases(patterns.plural_descriptors), GAP)
    after = words_regex(patterns.after_name, GAP)
    credits = words_regex(patterns.credits, GAP)
    agencies = words_regex(patterns.agencies, GAP)
    positions = words_regex(patterns.photo_positions, GAP)
    nouns = words_regex(patterns.head_nouns, GAP)
    titles = words_regex(patterns.titles, GAP)
    separator = _SEPARATOR
    inverting = words_regex(inverting_forms(verbs, patterns.inverting_verbs), GAP)
    agency = rf"(?:©{SPACE})?(?:{agencies})(?:{GAP}\d{{4}})?"
    return NameShapes(
        says_after=re.compile(rf"{GAP}(?:{words_regex(_finite(verbs), GAP)}){_CLOSE}"),
        word=word,
        titled=made("titled", rf"(?<![\w.’'-])(?:{titles}){GAP}(?P<name>{name})"),
        described=_optional(
            described,
            "described",
            made,
            rf"{_OPEN}(?:{described}|{_AGED}){GAP}{_GLOSS}(?P<name>{name})",
        ),
        apposed=_optional(
            described,
            "apposed",
            made,
            rf"{_OPEN}(?i:the|an?){GAP}{_MODIFIERS}(?:{described}){_OF_BODY},{GAP}(?P<name>{name})"
            r"(?=[,.;:)]|[^\S\n]*(?:\n|$))",
        ),
        kin=_optional(kin, "kin", made, rf"{_OPEN}(?P<name>{two_or_more})" + _kin_after(kin)),
        listed=_optional(
            plural,
            "listed",
            made,
            rf"{_OPEN}(?:{plural}){GAP}(?P<names>{two_to_four}(?:{separator}{two_to_four})+)",
        ),
        followed=_optional(
            after,
            "followed",
            made,
            rf"{_OPEN}(?P<name>{name}){_followed_by(after)}",
        ),
        pictured=_optional(
            positions,
            "pictured",
            made,
            rf"{_OPEN}(?P<name>{two_to_four}){GAP}\((?:{positions})\)",
        ),
        subject=made(
            "subject",
            rf"{_OPEN}(?P<name>{two_or_more}){_of_body(word)},?{GAP}"
            rf"(?:{words_regex(_finite(verbs), GAP)}){_CLOSE}",
        ),
        inverted=made(
            "inverted",
            rf"{_OPEN}(?:{inverting}){GAP}(?P<name>{two_or_more})"
            r"(?=[,.;:]|\s*$)",
            re.MULTILINE,
        ),
        credited=_optional(
            credits,
            "credited",
            made,  # "Image: DW/H. Gee": after a credit word, an agency's slash wins
            rf"(?:^|(?<=[\s(|]))(?:(?:{credits}){SPACE}(?!{agency}{SPACE}/)(?P<name>{two_to_four})"
            rf"|{agency}{SPACE}/{SPACE}(?P<after_agency>{two_to_four}|{initialled}))",
        ),
        credited_before=made(
            "credited_before",
            rf"(?:^|(?<=[\s(\[]))(?:(?P<before_agency>{two_to_four}){SPACE}/{SPACE}(?:{agencies})"
            rf"{_CLOSE}|(?P<before_bar>{two_to_four}){GAP}\|(?:{GAP}{UPPER}|{SPACE}$))",
            re.MULTILINE,
        ),
        name_line=made(
            "name_line",
            # names joined by commas, "and", slashes or dashes ("X Y – Z W", a team's credit)
            rf"^{SPACE}(?P<names>{two_to_four}(?:{SPACE}/{SPACE}{one_to_four}|{separator}{two_to_four}"
            rf"|{SPACE}[–—]{SPACE}{two_to_four})*|{slashed})"
            rf"{SPACE},?{SPACE}$",
            re.MULTILINE,
        ),
        more_names=made("more_names", rf"{separator}(?P<name>{two_to_four})"),
        addressed=made(
            "addressed",
            rf"^{SPACE}(?P<speaker>{one_to_four}){GAP}to{GAP}(?P<name>{one_to_four}){SPACE}:",
            re.MULTILINE,
        ),
        bodies=made(
            "bodies",
            rf"(?P<name>(?:{word}{GAP}{body_joiners}){{1,5}}(?:{nouns}){of_tail}?"
            rf"|(?<![\w’'-])(?:{nouns}){of_tail}){_CLOSE_OR_POSSESSIVE}",
        ),
        lower_bodies=_optional(
            lower_nouns,
            "lower_bodies",
            made,
            rf"(?P<name>(?:{word}{GAP}(?:(?:{unit_joiners}){GAP})?){{1,5}}(?:{lower_nouns})){_CLOSE}",
        ),
        defined=made(
            "defined",
            rf"(?P<name>{word}(?:{GAP}{body_joiners}{word}){{1,6}}){SPACE}"
            rf"\((?P<acronym>{_ACRONYM})\)",
        ),
        needs=_needs(patterns),
    )


_ACRONYM = r"[A-Z][A-Za-z&]{1,9}"


def _needs(patterns: NamePatterns) -> dict[str, re.Pattern[str]]:
    """For the rules that need a rare word or sign: a pattern for it alone. Each pattern
    is a part of its rule's pattern (the kin noun after a space, the bracketed acronym,
    a credit's first word or an agency's slash), so a text without it has no match."""
    after_space = r"[^\S\n](?:{})"
    needs = {"defined": re.compile(rf"\({_ACRONYM}\)")}
    if patterns.photo_positions:
        needs["pictured"] = re.compile(rf"\((?:{words_regex(patterns.photo_positions, GAP)})\)")
    if patterns.kin_nouns:
        kin = after_space.format(words_regex(patterns.kin_nouns, GAP))
        needs["kin"] = re.compile(rf"{kin}(?![\w-])")
    if patterns.lower_case_head_nouns:
        nouns = after_space.format(words_regex(patterns.lower_case_head_nouns, GAP))
        needs["lower_bodies"] = re.compile(nouns + _CLOSE)
    # a credit as far as its first space or apostrophe (a gap or either apostrophe there)
    openings = {re.split(r"[ ']", norm(credit))[0] for credit in patterns.credits}
    if "" not in openings:
        needs["credited"] = re.compile("|".join([*map(re.escape, sorted(openings)), "/"]))
    return needs
