"""Who is given a voice: attributed statements, their speakers and the reporting verbs chosen.

Rule-based (regular expressions over sentences, no parser model), driven by
``data/lexicons/reporting_verbs.yml``. One row per attributed statement, of four kinds:
direct quotation, indirect speech, "according to", and floating quotations that
continue an attributed one.

- ``verbs``:       the reporting-verb matchers built from the lexicon, exclusions, noun uses
- ``subjects``:    the speaker phrase before or after a verb
- ``speakers``:    who a speaker phrase refers to (names, pronouns, descriptions)
- ``referents``:   which actor named in a speaker phrase speaks
- ``attribution``: the patterns that turn a verb into a statement
- ``apposed``:     speakers after a statement's last comma ("..., General Y, said.")
- ``clauses``:     where a statement's clause ends (trailing tails, titles, joined verbs)
- ``quotations``:  the quotation a verb introduces or follows
- ``floating``:    quotations with no verb of their own, continuing an attributed one
- ``headline``:    headlines that attribute with a colon or a dash ("Zarif: ...")
- ``tables``:      the statements table (:func:`find_quotes`, :func:`quote_columns`)
- ``summary``:     the sourcing profile per article (:func:`sourcing_summary`)
"""

from newsframes.analysers.sourcing.speakers import SPEAKER_CLASSES
from newsframes.analysers.sourcing.summary import sourcing_summary
from newsframes.analysers.sourcing.tables import (
    QUOTE_COLUMNS,
    find_quotes,
    quote_columns,
    quote_table,
)
from newsframes.analysers.sourcing.verbs import VerbMatchers, verb_matchers
from newsframes.lexicons.reporting_verbs import ReportingVerbs, VerbEntry, load_reporting_verbs

__all__ = [
    "QUOTE_COLUMNS",
    "SPEAKER_CLASSES",
    "ReportingVerbs",
    "VerbEntry",
    "VerbMatchers",
    "find_quotes",
    "load_reporting_verbs",
    "quote_columns",
    "quote_table",
    "sourcing_summary",
    "verb_matchers",
]
