"""Names that stand for something other than their actor, read from the words around them.

Another person bears a listed person's surname ("Moussa al-Zoubi" is not Omran al-Zoubi), a
street or square bears a person's name ("shells hit Al-Maliki Street"), and the Syrian
forces that the state's foes back bear the state's demonym ("US-backed Syrian forces" are the
SDF or rebels, not the Syrian army). Both lists are lexicon data (`street_nouns`,
`opposition_backers` in actors.yml); the rules drop such a match.
"""

from __future__ import annotations

import re

from newsframes.analysers.actors.gazetteer import WINDOW, Gazetteer
from newsframes.lexicons.actor_terms import FAMILY
from newsframes.lexicons.spelling_variants import common_words


def named_after(gaz: Gazetteer, para: str, end: int, ref: str, kind: str) -> bool:
    """Whether a person's name ending at ``end`` is the name of a street or square."""
    if gaz.street_next is None:
        return False
    is_person = kind == FAMILY or gaz.type_and_side.get(ref, ("", None))[0] == "person"
    return is_person and gaz.street_next.match(para, end) is not None


def backed_by_the_states_foes(
    gaz: Gazetteer, para: str, start: int, surface: str, ref: str
) -> bool:
    """Whether a match naming the Syrian state's forces ("Syrian forces") follows a backing
    compound of one of the state's foes ("US-backed"): the forces they back."""
    if gaz.foes_backing_before is None or gaz.type_and_side.get(ref, ("", None))[1] != "government":
        return False
    if gaz.ends_in_state_noun.search(surface) is None:
        return False
    return gaz.foes_backing_before.search(para, max(0, start - WINDOW), start) is not None


# A capitalised word right before a surname (or one in capitals: a masthead's "KHALID
# MUBARAK"): a given name, or a title, a stop word or another common word.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z][\w'’-]*)[ \t]+$")


def another_persons_surname(gaz: Gazetteer, para: str, start: int, surface: str, ref: str) -> bool:
    """Whether a person's one-word alias ("al-Zoubi") follows a given name that is none of
    the person's own ("Moussa al-Zoubi"): then it names someone the lexicon does not know."""
    own = gaz.own_given.get(ref)
    if not own or len(surface.split()) > 1:
        return False
    before = _WORD_BEFORE.search(para, max(0, start - WINDOW), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in gaz.given_names:
        return word[:1] not in own  # "Andrew Johnson": a first name, though a word too
    if word in gaz.not_given or word in common_words(5):
        return False  # "Minister al-Zoubi", "Later Agha said": no given name
    if word.endswith(("'s", "’s")) and _own_state(gaz, ref, word[:-2]):
        return False  # "Russia's Lavrov", "Syria's Muallem": his state, no given name
    return word[:1] not in own


def _own_state(gaz: Gazetteer, ref: str, owner: str) -> bool:
    """Whether ``owner`` (casefolded) names the land of a state the person belongs to."""
    return any(
        owner == name.casefold()
        for state in gaz.ancestors_of.get(ref, ())
        for name in gaz.place_names_of.get(state, ())
    )
