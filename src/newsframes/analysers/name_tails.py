"""What may stand between a person's name and the cue that shows it is one: the body a
speaker speaks for ("X Y of Human Rights Watch said"), an age or a role after a comma ("X, a
resident"), a possessive and a kin noun ("X Y's wife"). The name shapes
(``name_shapes``) put these after the name, outside it.
"""

from __future__ import annotations

from newsframes.lexicons.word_regex import LINE_GAP as GAP

# After a name: no letter, digit, apostrophe or hyphen.
CLOSE = r"(?![\w’'-])"


def of_body(word: str) -> str:
    """The body a speaker speaks for, between the name and its verb, left out of the name:
    "X Y of Human Rights Watch said", "X Y from the Syrian Observatory told"."""
    return (
        rf"(?:{GAP}(?:of|from){GAP}(?:the{GAP})?{word}"
        rf"(?:{GAP}(?:(?:for|of|and){GAP})?{word}){{0,5}})?"
    )


def followed_by(after: str) -> str:
    """What follows a name in the ``followed`` rule: a comma, then an age ("X, 34,", "X, a
    23-year-old") or a noun of ``after`` within three words ("X, a resident", "X, the
    group's commander"), not after "where" or "when" ("Town, where a volunteer ...": a
    place, a time); or "is" and such a noun ("X is professor of", not "is one of")."""
    role = rf"(?:(?i:a|an|the){GAP})?(?:[\w’'-]+{GAP}){{0,2}}?(?i:{after}){CLOSE}"
    return (
        rf"(?:,{GAP}(?:\d{{1,3}},|(?i:an?){GAP}\d{{1,3}}-year-old{CLOSE}"
        rf"|(?!(?i:where|when){CLOSE}){role})"
        rf"|{GAP}is{GAP}(?!(?i:one){GAP}of{CLOSE}){role})"
    )


def kin_after(kin: str) -> str:
    """What follows a name in the ``kin`` rule: a possessive and a kin noun ("X Y's wife")."""
    return rf"['’]s?{GAP}(?:{kin})(?![\w-])"
