"""The rules that turn one paragraph's term matches into actor mentions.

The matcher finds every alias, place name, family name and non-actor phrase;
these rules decide what each match names (see the package docstring): a country
is the state only where the state acts, a bare surname is the family member named
last, "the Russian and Syrian military" names Russia too, and "France's DGSE" or
"Free Syrian Army (FSA)" is one mention.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsframes.analysers.actors.gazetteer import WINDOW, Gazetteer
from newsframes.analysers.actors.other_bearers import (
    another_persons_surname,
    backed_by_the_states_foes,
    named_after,
)
from newsframes.analysers.actors.place_labels import in_tags_or_kicker, theatre_or_topic
from newsframes.analysers.actors.stand_ins import (
    with_capitals,
    with_demonym_pairs,
    with_peoples,
)
from newsframes.analysers.actors.state_bodies import (
    defectors_of,
    leader_body,
    shared_demonym,
    side_as_ground,
    state_as_owner,
    state_owns_after,
    with_generic_bodies,
)
from newsframes.lexicons.actor_terms import ALIAS, BACKED, BLOCK, FAMILY, PLACE
from newsframes.lexicons.spelling_variants import common_words

_JOINED = re.compile(r"\s*(?:,|and|or|&)\s*(?:the\s+)?$")
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
_POSSESSIVE = re.compile(r"['’]s?\s+")
# A finite verb of saying or acting right after a name: it is the subject, not a list's item.
_ACTS_NEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|has|have|had|will|would|announced|accused|warned|denied|"
    r"called|urged|rejected|demanded|sent|launched|agreed|refused)(?![\w-])"
)
# The name ends its noun phrase: a stop, a dash or a bracket, or a small word of grammar after
# it ("a free Syria,", "a new Syria that", "a united Lebanon and a secular Iraq"), never a noun
# ("a new Iraq government") nor a second name sharing the next noun ("a new Russia and Iran
# offensive"). Headlines write the small words in capitals.
_PHRASE_ENDS = re.compile(
    r"[^\S\n]*(?:[.,;:!?()\[\]\"'”’–—]|[^\S\n]-[^\S\n]|$)"
    r"|[^\S\n]+(?i:(?:and|or)[^\S\n]+(?:an?|the)|that|which|where|is|was|will|would|can|"
    r"could|has|had|in|with|without|for|to|by|at|from|on)(?![\w-])"
)
# "the anti-Iraq war protests": a war taken sides against, not the state
_WAR_NEXT = re.compile(r"[^\S\n]+wars?(?![\w-])")
# "to" and a verb after a name: "for Russia to withdraw" makes it the infinitive's subject.
_INFINITIVE_NEXT = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|end|date)\b)"
    r"(?:[a-z]+ly\s+)?[a-z]+(?![\w-])"
)
# A town's name and an opening bracket before a country: "Douma (Syria) (AFP)".
_TOWN_BRACKET = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]*\($")
# What follows a country in a dateline or an address: a dash, a comma, a full stop, a bracket,
# a colon, a bar ("Beirut, Lebanon | Wed, September 5").
# A caption's date may follow instead: "Quneitra countryside, Syria August 24, 2017".
_DATELINE_END = re.compile(
    r"[ \t]*(?:[-−–—,.():|]|$|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)"
)

# How a match was resolved: an actor named directly, a family name, or a place (no mention).
_STATE, _FROM_FAMILY, _AS_PLACE = 0, 1, 2


def paragraph_mentions(
    gaz: Gazetteer,
    para: str,
    offset: int,
    rows: list[tuple[int, int, str]],
    matches: list[tuple[int, int, str, Any]],
) -> None:
    """Append ``(start, end, actor_id)`` of each mention in one paragraph to ``rows``.

    ``matches`` are the paragraph's ``(start, end, surface, Term)`` from the gazetteer's
    matcher, in paragraph offsets; ``offset`` is where the paragraph starts in the text.
    """
    if gaz.stand_in_hint is not None and gaz.stand_in_hint.search(para):
        matches = with_peoples(gaz, para, with_capitals(gaz, para, matches))
    matches = with_demonym_pairs(gaz, para, with_generic_bodies(gaz, para, matches))
    if not matches:
        return
    found = _classify(gaz, para, matches)
    _write_rows(gaz, para, offset, rows, found)


def _in_email(para: str, start: int) -> bool:
    """Whether a match at ``start`` is an e-mail address's domain ("tsubaihi@thenational.ae"):
    a contact line, not the outlet named; a handle ("@IrnaEnglish") is a mention."""
    if start < 2 or para[start - 1] != "@":
        return False
    before = para[start - 2]
    return before.isalnum() or before in "._-"


def _classify(
    gaz: Gazetteer, para: str, matches: list[tuple[int, int, str, Any]]
) -> list[tuple[int, int, str, int]]:
    """``(start, end, actor id or family index, how found)`` of each match that names something.

    Drops non-actor phrases, keeps place names used as places (as ``_AS_PLACE``, for
    the possessive rule) and adds the demonyms before a shared noun ("the Russian and
    Syrian military", "Iranian, Russian and Turkish delegations").
    """
    found: list[tuple[int, int, str, int]] = []
    found_end = -1  # where the last match kept ends
    last_place_end, last_was_place = -1, False  # the latest place name, and whether a place
    ends_in_state_noun = gaz.ends_in_state_noun
    for m_start, m_end, surface, (kind, ref) in matches:
        if kind == BLOCK or m_start < found_end or _in_email(para, m_start):
            continue
        if kind == PLACE:
            if state_owns_after(gaz, para, m_end):
                continue  # "Syria's state news service": an outlet it owns, no mention
            joined = _possessive_state_noun(gaz, para, m_end, ref)
            if joined is not None:
                # "from Syria's military": one mention of the body, read as "Syrian
                # military"; "Syria's government", "Russia's air force": the state, the
                # possessive and the noun are one mention too (the annotation guide).
                end = joined[0]
                found.append((m_start, end, joined[1], _STATE))
                found_end, last_place_end, last_was_place = end, m_end, False
                continue
            is_place = _is_place(
                gaz, para, m_start, m_end, (last_place_end, last_was_place), found_end
            )
            last_place_end, last_was_place = m_end, is_place
            if is_place:
                # Kept only to join "Syria's Republican Guard" below; never a mention itself.
                found.append((m_start, m_end, ref, _AS_PLACE))
                found_end = m_end
                continue
            joined = _possessive_state_noun(gaz, para, m_end, ref, gaz.country_noun)
            if joined is not None:
                # "Syria air force general killed": a country acting before a state noun
                # that names one of its bodies reads as its demonym ("Syrian air force"),
                # one mention; "Iran official" stays the country
                found.append((m_start, joined[0], joined[1], _STATE))
                found_end, last_was_place = joined[0], False
                continue
        if kind == FAMILY:
            body = leader_body(gaz, para, m_end)
            if body is not None:
                # "Assad's troops", "Assad soldiers": the regime's forces, one mention.
                found.append((m_start, body[0], body[1], _STATE))
                found_end = body[0]
                continue
        elif kind != BLOCK and side_as_ground(para, m_start, m_end, surface):
            continue  # "the Syrian side of the border", "on the Turkish side": ground
        elif defectors_of(para, m_end, surface):
            continue  # "Syrian soldiers who defected": the men who left it
        elif state_as_owner(gaz, para, m_end, surface):
            continue  # "Syrian state-run", "Syrian state journalists": what it owns
        elif gaz.type_and_side.get(ref, ("", None))[0] == "state" and _a_persons_title(
            gaz, para, m_start, m_end, surface
        ):
            continue  # "veteran Algerian diplomat Lakhdar Brahimi", "the top Iranian diplomat"
        elif kind == ALIAS and another_persons_surname(gaz, para, m_start, surface, ref):
            continue  # "Moussa al-Zoubi" is not Omran al-Zoubi, whose surname alone is an alias
        elif named_after(gaz, para, m_end, ref, kind):
            continue  # "shells that targeted Al-Maliki Street": a street named after a person
        elif backed_by_the_states_foes(gaz, para, m_start, surface, ref):
            continue  # "US-backed Syrian forces": the forces the US backs, not the Syrian state's
        if kind == BACKED and gaz.ends_in_holding is not None:
            held = gaz.ends_in_holding.search(surface)
            if held is not None:
                m_end = m_start + held.start()  # "Israeli-occupied": the demonym alone
        if kind == ALIAS and found and _country_of_a_group(gaz, para, found[-1], m_start, ref):
            found[-1] = (*found[-1][:3], _AS_PLACE)  # "Lebanon's Shi'ite Hezbollah movement"
        if kind != FAMILY and _ends_in(ends_in_state_noun, surface):
            # every demonym of a list shares the noun: "Iranian, Russian and Turkish delegations"
            # (each one found starts before the last, so the list is read back to its first)
            shared: list[tuple[int, int, str]] = []
            at = m_start
            while one := shared_demonym(gaz, para, at, found_end):
                shared.append(one)
                at = one[0]
            found.extend((*one, _STATE) for one in reversed(shared))
        found.append((m_start, m_end, ref, _FROM_FAMILY if kind == FAMILY else _STATE))
        found_end = m_end
    return found


# A personal name right after a title: "(Algerian diplomat) Lakhdar Brahimi".
_NAME_NEXT = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w'’-])")


def _a_persons_title(gaz: Gazetteer, para: str, start: int, end: int, surface: str) -> bool:
    """Whether a state's match ending in a state noun for one person, or followed by one
    ("Iranian military (official)"), is that person's title: a name right after it, or a
    title opener ("top") right before it (a named body in a title is a mention: "UN envoy
    Staffan de Mistura")."""
    if surface.rsplit(None, 1)[-1].casefold() not in gaz.title_nouns:
        title = _NEXT_WORD.match(para, end)
        if title is None or title.group(1) not in gaz.title_nouns:
            return False
        end = title.end()
    name = _NAME_NEXT.match(para, end)
    if name and name.group(1).casefold() not in common_words(5):
        return True
    opener = gaz.title_opener_before
    return opener is not None and opener.search(para, max(0, start - WINDOW), start) is not None


# A country's possessive and up to two words before a group's name: "Lebanon's Shi'ite
# (Hezbollah)", "Syria's powerful (Kurdish Democratic Union Party)".
_POSSESSIVE_AND_WORDS = re.compile(r"['’]s?(?:\s+[\w'’-]+){0,2}\s+")
# Groups a country's possessive places rather than owns: not its state's bodies or people.
_PLACED_TYPES = frozenset(("armed_group", "political", "group"))


def _country_of_a_group(
    gaz: Gazetteer, para: str, before: tuple[int, int, str, int], start: int, actor: str
) -> bool:
    """Whether the state read just before a group's name is its country as a place: a
    possessive and up to two words between, none a small word or a noun of acting ("Turkey's
    attack on the YPG", "Turkey's operation" act), and a group the state does not own."""
    b_start, b_end, state, how = before
    if how != _STATE or not para.startswith(("'", "’"), b_end):
        return False
    between = _POSSESSIVE_AND_WORDS.fullmatch(para, b_end, start)
    return (
        between is not None
        and gaz.type_and_side[actor][0] in _PLACED_TYPES
        and para[b_start:b_end] in gaz.place_names_of.get(state, ())
        and state not in gaz.ancestors_of[actor]
        and not any(w.casefold() in gaz.stopwords for w in between.group().split()[1:])
        and gaz.state_possessed.match(para, b_end) is None
    )


def _body_before_its_own(gaz: Gazetteer, owner: str) -> bool:
    """Whether a possessive joins a body other than a state to one of its people or bodies
    ("NPR's Deborah Amos", "Hezbollah's al-Manar"): two mentions, as a named body in a
    title is (a state's is one: "Russia's Sergei Lavrov" names the person, "France's DGSE"
    the agency)."""
    return gaz.type_and_side[owner][0] != "state"


def _possessive_state_noun(
    gaz: Gazetteer, para: str, end: int, state: str, after: re.Pattern[str] | None = None
) -> tuple[int, str] | None:
    """``(end, actor)`` of "Syria's military" read as "Syrian military" (an alias or a
    demonym and state noun), if the place name ending at ``end`` is followed by a
    possessive and a state noun (or by what ``after`` matches, the noun in group 1, and
    naming a body other than the state); never before a title ("Syria's military chief")
    nor a noun of acting ("Türkiye's support")."""
    noun = (after or gaz.possessive_noun).match(para, end)
    if noun is None or (gaz.place_possessed is not None and gaz.place_possessed.match(para, end)):
        return None
    if " ".join(noun.group(1).casefold().split()) in gaz.acting_of or _acting_next(
        gaz, para, noun.end(1)
    ):
        # "Türkiye's support", "Russia's military intervention": a noun of acting (the state
        # noun its adjective), the country alone is the state
        return None
    for demonym in gaz.demonyms_of.get(state, ()):
        actor = gaz.demonym_noun.get(f"{demonym} {' '.join(noun.group(1).split())}".casefold())
        if actor is not None and (after is None or actor != state):
            return noun.end(1), actor
    return None


# The one or two lower-case words after a state noun.
_NEXT_WORDS = re.compile(r"[ \t]+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?")


def _acting_next(gaz: Gazetteer, para: str, end: int) -> bool:
    """Whether a noun of acting (``place_rules.acting_of``) follows at ``end``, in one word
    or two ("military (intervention)", "army (observation post)")."""
    words = _NEXT_WORDS.match(para, end)
    if words is None:
        return False
    one = words.group(1).casefold()
    two = f"{one} {words.group(2).casefold()}" if words.group(2) else ""
    return one in gaz.acting_of or two in gaz.acting_of


def _write_rows(
    gaz: Gazetteer,
    para: str,
    offset: int,
    rows: list[tuple[int, int, str]],
    found: list[tuple[int, int, str, int]],
) -> None:
    """Append the rows: family names resolved, possessives and bracketed acronyms joined."""
    latest: dict[int, str] = {}  # family index -> the member named last
    prev_start, prev_end, prev_actor = -1, -1, ""  # the last row written, in local offsets
    held_start, held_end, held_state = -1, -1, ""  # a place name just before (end -1: none)
    for start, end, ref, how in found:
        if how == _AS_PLACE:
            held_start, held_end, held_state = start, end, ref
            continue
        if how == _FROM_FAMILY:
            family = int(ref)
            actor = latest.get(family, gaz.family_defaults[family])
        else:
            actor = ref
            if len(para[start:end].split()) > 1:  # a full name; a bare surname ("Asaad") is not
                for family in gaz.families_of.get(actor, ()):
                    latest[family] = actor
        # The possessive's owner: a place name after the last row, else the last row.
        if held_end > prev_end:
            owner_start, owner_end, owner, owner_is_row = held_start, held_end, held_state, False
        else:
            owner_start, owner_end, owner, owner_is_row = prev_start, prev_end, prev_actor, True
        held_end = -1
        if (
            owner_end >= 0
            and owner in gaz.ancestors_of[actor]
            and _POSSESSIVE.fullmatch(para, owner_end, start)
            and not _body_before_its_own(gaz, owner)
        ):
            # "France's DGSE": one mention of the agency, which belongs to France.
            if owner_is_row:
                rows.pop()
            rows.append((offset + owner_start, offset + end, actor))
            prev_start, prev_end, prev_actor = owner_start, end, actor
            continue
        if prev_end >= 0 and prev_actor == actor:
            opened = _BRACKET_OPEN.fullmatch(para, prev_end, start)
            closed = _BRACKET_CLOSE.match(para, end) if opened else None
            if closed:
                # "Free Syrian Army (FSA)": one mention, brackets included.
                rows[-1] = (offset + prev_start, offset + closed.end(), actor)
                prev_end = closed.end()
                continue
        rows.append((offset + start, offset + end, actor))
        prev_start, prev_end, prev_actor = start, end, actor


def _is_place(
    gaz: Gazetteer,
    para: str,
    start: int,
    end: int,
    last: tuple[int, bool],
    found_end: int,
) -> bool:
    """Whether a place name at ``para[start:end]`` names the place, not the state.

    ``last`` is where the paragraph's previous place name ended (-1 if none) and whether
    it was a place: a name joined to it shares its reading. ``found_end`` is where the
    previous match ended (a dateline's town, "Hasaka, Syria –", is not a match).
    """
    if in_tags_or_kicker(para, start, end) or theatre_or_topic(para, start, end, gaz.place_theatre):
        return True  # "Syria Rojava Turkey YPG", "Syria: Hundreds ...", "Turkey's Syria operation"
    last_end, last_was_place = last
    lo = max(0, start - WINDOW)
    window = para[lo:start]
    prefix = gaz.capital_prefix_before
    if prefix is not None and prefix.search(window) and not _WAR_NEXT.match(para, end):
        return False  # "the pro-Russia wing": the state taken sides with, as "anti-Damascus"
    for pattern in (gaz.place_suffix, gaz.place_possessed, gaz.place_sharing):
        if pattern is not None and pattern.match(para, end):
            return True  # "Syria-based", "Russia's president", "Turkey and Syria share a border"
    if para.startswith(("'", "’"), end):
        # A possessive binds the name to what follows, whatever comes before it.
        if gaz.place_after.match(para, end):
            return True  # "the forces of Syria's Kurdish-held areas", "Turkey's southern border"
        if gaz.state_possessed.match(para, end):
            return False  # "developments in Turkey's cross-border operation"
    if gaz.place_befallen is not None and gaz.place_befallen.match(para, end):
        return True  # "Syria has been gripped by war", "Turkey is home to"
    ideal = gaz.place_ideal
    if ideal is not None and ideal.search(window) and _PHRASE_ENDS.match(para, end):
        return True  # "building a free and democratic Syria": the country as an ideal
    # Both window patterns end in a case-sensitive word and spaces: test that first.
    before = window.rstrip() if window[-1:].isspace() else ""
    if before.endswith(("of", "the")) and gaz.state_noun_of.search(window):
        return False  # "the government of Turkey"
    if (
        before.endswith("in")
        and gaz.state_in is not None
        and not para.startswith(("'", "’"), end)
        and gaz.state_in.search(window)
    ):
        return False  # "banned in Russia": the state's act ("banned in Syria's cafes": a place)
    given_to = gaz.given_to
    if before.endswith(("for", "to", "from", "the")) and given_to and given_to.search(window):
        return False  # "Iran's support to Syria", "with help from Russia"
    if gaz.place_backing is not None and gaz.place_backing.match(para, end):
        return False  # "the Turkey-backed mission": the state that backs it
    if before.endswith("for") and _INFINITIVE_NEXT.match(para, end):
        return False  # "called for Russia to withdraw": the infinitive's subject
    if before and gaz.place_before.search(window):
        return True
    if gaz.place_after.match(para, end):
        return True
    if last_end >= 0 and _JOINED.fullmatch(para, last_end, start):
        return last_was_place
    if _TOWN_BRACKET.search(window) and para.startswith(")", end):
        return True  # "Douma (Syria) (AFP) –": the country of a dateline's town, in brackets
    dateline = gaz.place_after_name.search(window) if window.endswith((",", ", ")) else None
    if (
        dateline is not None
        and lo + dateline.start() >= found_end
        and _DATELINE_END.match(para, end)
    ):
        return True  # "Hasaka, Syria –", "Damascus, Syria, on Monday"
    if not window.rstrip().endswith((",", "and", "or")):
        return False
    if _ACTS_NEXT.match(para, end):
        return False  # "In Geneva, Turkey said": a clause opened by a place, then the state
    listed = gaz.place_list_before.search(window)
    if (
        listed is not None
        and lo + listed.start() < found_end != last_end
        and not para.startswith(("'", "’"), end)
    ):
        # "the ouster of the Syrian President, Russia": the item before is an actor, not a
        # place ("fighters from Hezbollah, Lebanon's Shiite movement": an apposition's place)
        return False
    return listed is not None


@lru_cache(maxsize=4096)
def _ends_in(pattern: re.Pattern[str], surface: str) -> bool:
    """``pattern.search(surface)``, cached: the same surfaces recur in every text."""
    return pattern.search(surface) is not None
