"""The build log without the two parsers' configuration dumps.

At the start of every build, MyST and MyST-NB each print their whole configuration object
as one line of some 1,500 characters ("myst v3.0.1: MdParserConfig(commonmark_only=False,
...)", "myst-nb v1.4.0: NbParserConfig(...)"); neither has a setting to leave it out. The
configuration is in ``_config.yml``, so this extension drops exactly those two records from
the two loggers that write them, and nothing else: progress, executed notebooks, warnings
and errors all still reach the log (tests/test_quiet_build.py).

Configure in ``_config.yml``::

    sphinx:
      local_extensions:
        quiet_log: _ext
"""

from __future__ import annotations

import logging
from typing import Any

from sphinx.application import Sphinx

# The loggers (Sphinx's names for them) that print the configuration dumps.
CONFIG_LOGGERS = ("sphinx.myst_parser.sphinx_ext.main", "sphinx.myst_nb.sphinx_ext")


class DropConfigurationDump(logging.Filter):
    """Drops an INFO record that prints a MyST or MyST-NB configuration object."""

    def filter(self, record: logging.LogRecord) -> bool:
        from myst_nb.core.config import NbParserConfig
        from myst_parser.config.main import MdParserConfig

        args = record.args if isinstance(record.args, tuple) else ()
        dump = any(isinstance(arg, MdParserConfig | NbParserConfig) for arg in args)
        return not (record.levelno == logging.INFO and dump)


def setup(app: Sphinx) -> dict[str, Any]:
    for name in CONFIG_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, DropConfigurationDump) for existing in logger.filters):
            logger.addFilter(DropConfigurationDump())
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
