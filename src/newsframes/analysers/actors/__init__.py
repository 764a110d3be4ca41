"""Find who is named in a text: actor mentions from ``data/lexicons/actors.yml``.

Every mention is a row with character offsets into the clean text, so each
count traces back to words. The lexicon decides what is an actor; the rules
(``rules``) decide the few cases where the same words name different things:

* Longest match wins and matches never overlap (``newsframes.text.matching``):
  "Free Syrian Army" is not also "Syrian Army", "the al-Assad regime" is one
  ``syrian_government`` mention and not a person, "Air Force Intelligence
  Directorate" is one mention. An alias in capitals only ("IS", "FSA") is
  case-sensitive, so "is" is never Islamic State.
* Shared surnames (``family_names``): a bare "Assad", "al-Assad", "Mr Assad" or
  "President Assad" is the actor of the latest full-name mention of a family
  member in the same paragraph ("Maher al-Assad ... Assad" is Maher), else the
  default (Bashar al-Assad).
* Places (``place_names`` + ``place_rules``): "Turkey" is the state only where
  the state acts. After a locative word ("into Turkey", "southern Turkey") or
  before a geographic noun ("Turkey's south", "Syria's Idlib province") it is a
  place and not matched; a name joined by "and"/"," to a place is a place, to a
  state a state ("paid for by Saudi Arabia and Qatar"); after a state noun and
  "of" it is the state ("the government of Turkey"). A name joined to a word
  ("Syria-based"), a possessive before a title ("Russia's president"), countries
  that share a border and a dateline's country ("Hasaka, Syria –") are places too,
  and so is a territory something befalls ("Syria has been gripped by war"). A
  possessive binds the name to what follows: "Turkey's southern border" is a place,
  "in Turkey's cross-border operation" the state, "Syria's military" is read as
  "Syrian military".
* Capitals and peoples (``place_rules.capitals``, ``peoples``): "Moscow said",
  "Moscow, Ankara and Tehran have brought", "Washington's", "convoys sent by Ankara"
  and "the Russians" are the state; "in Moscow", "officials from Moscow, Ankara and
  Tehran", "Damascus residents", "working with Beirut hospitals" and bare "Russians"
  are not mentions.
* Demonyms (``demonyms`` + ``state_nouns``): "Iraqi troops", "French officials"
  are the state acting; "Saudis", "Saudi Arabian extremists", "the Turkish
  border" are nationals or places and not matched. In "the Russian and Syrian
  military" and "Russian, Syrian planes" the first demonym shares the noun and is a
  mention of Russia; demonyms paired by a hyphen before a relation or an act are
  states ("the Turkish-Russian agreement"). A demonym joined to a backing word
  ("Saudi-backed") is the state, the demonym alone. What a state owns or employs
  (``owned_by_state``: "Syrian state-run", "state journalists") is no mention.
* An acronym in brackets right after the full name ("Free Syrian Army (FSA)")
  is part of that one mention, not a second one; so is a possessive of an
  ancestor right before a body ("France's DGSE", "Syria's Republican Guard").
* ``non_actors`` phrases ("in the regime of radio silence", "pro-Assad") win
  over the alias they contain and yield nothing.

No coreference: pronouns and descriptions ("its security forces", "the group")
are not mentions.

The modules: ``gazetteer`` compiles a lexicon for matching, ``rules`` resolves one
paragraph's matches, ``mentions`` finds them in texts and corpora, ``counts`` and
``masking`` work from the mentions found, and ``unmatched`` lists the capitalised names
no mention covers (what the lexicon misses in a new article). The lexicon's schema is
``newsframes.lexicons.actors``.
"""

from newsframes.analysers.actors.counts import CO_MENTION_COLUMNS, actor_counts, co_mentions
from newsframes.analysers.actors.masking import mask_mentions
from newsframes.analysers.actors.mentions import (
    CORPUS_MENTION_COLUMNS,
    MENTION_COLUMNS,
    corpus_mentions,
    find_mentions,
    mention_table,
    mention_tuples,
)
from newsframes.analysers.actors.unmatched import UNMATCHED_COLUMNS, unmatched_names
from newsframes.analysers.records import Mention
from newsframes.lexicons.actors import Actor, ActorLexicon, FamilyName, load_actors

__all__ = [
    "CORPUS_MENTION_COLUMNS",
    "CO_MENTION_COLUMNS",
    "MENTION_COLUMNS",
    "UNMATCHED_COLUMNS",
    "Actor",
    "ActorLexicon",
    "FamilyName",
    "Mention",
    "actor_counts",
    "co_mentions",
    "corpus_mentions",
    "find_mentions",
    "load_actors",
    "mask_mentions",
    "mention_table",
    "mention_tuples",
    "unmatched_names",
]
