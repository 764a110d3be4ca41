"""`make book` prints progress, what executed and any real warning, and nothing else of note.

`make book` writes its log to _build/book.log (as well as to the terminal); `make test`
builds the book before pytest runs, so the log tested here is that build's. A kernel used
to add one "[IPKernelApp] WARNING | Kernel is running over TCP without encryption" per
notebook; every kernel make starts now has an encrypted connection
(newsframes.book.kernel_provisioner), which removes the cause, not the line.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsframes.book import kernel_provisioner

ROOT = Path(__file__).resolve().parents[1]
BOOK_LOG = ROOT / "_build" / "book.log"

# A warning or an error in any of the forms the build's tools print them: Sphinx and
# ipykernel ("WARNING"), Python's warnings module ("FutureWarning: ..."), Sphinx's summary
# ("build succeeded, 3 warnings."), logging's "ERROR", a traceback. Case matters: the
# configuration that myst prints holds "suppress_warnings=[]", which is not a warning.
WARNING_LINE = re.compile(
    r"\bWARNING\b|\b\w*Warning:|\b\d+ warnings?\b|\bERROR\b|Traceback|\[IPKernelApp\]"
)


def warning_lines(log: str) -> list[str]:
    """The lines of a build log that report a warning or an error."""
    return [line for line in log.splitlines() if WARNING_LINE.search(line)]


def test_the_pattern_finds_each_kind_of_warning_and_not_the_configuration() -> None:
    noisy = [
        "[IPKernelApp] WARNING | Kernel is running over TCP without encryption.",
        "/book/ch-itv.ipynb:12: WARNING: undefined label: 'x'",
        "/src/x.py:3: FutureWarning: Series.__getitem__ treating keys as positions",
        "build succeeded, 2 warnings.",
        "ERROR: something failed",
        "Traceback (most recent call last):",
    ]
    quiet = [
        "myst v3.0.1: MdParserConfig(commonmark_only=False, suppress_warnings=[], ...)",
        "NbParserConfig(output_stderr='warn', render_error_lexer='ipythontb')",
        "/book/ch-itv.ipynb: Executed notebook in 4.31 seconds [mystnb]",
        "build succeeded.",
    ]
    assert warning_lines("\n".join(noisy + quiet)) == noisy


def test_the_book_log_shows_progress_and_no_warning() -> None:
    if not BOOK_LOG.is_file():
        pytest.fail(f"{BOOK_LOG} is missing: run `make book` (`make test` does)")
    log = BOOK_LOG.read_text(encoding="utf-8", errors="replace")
    assert "build succeeded" in log, "the log is not that of a finished build"
    assert re.search(r"(Executed|Using cached) notebook", log), "the log names no notebook"
    found = warning_lines(log)
    assert found == [], f"{len(found)} warning lines in {BOOK_LOG}:\n" + "\n".join(found[:20])
    # _ext/quiet_log.py: the parsers' configuration dumps are not printed either.
    assert "MdParserConfig(" not in log and "NbParserConfig(" not in log


def test_only_the_configuration_dumps_are_dropped() -> None:
    from myst_nb.core.config import NbParserConfig
    from myst_parser.config.main import MdParserConfig

    spec = importlib.util.spec_from_file_location("quiet_log", ROOT / "_ext" / "quiet_log.py")
    assert spec is not None and spec.loader is not None
    quiet_log = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quiet_log)
    drop = quiet_log.DropConfigurationDump()

    def record(level: int, message: str, *args: object) -> logging.LogRecord:
        return logging.LogRecord("sphinx.myst_nb.sphinx_ext", level, "", 0, message, args, None)

    assert not drop.filter(record(logging.INFO, "myst v%s: %s", "3.0.1", MdParserConfig()))
    assert not drop.filter(record(logging.INFO, "myst-nb v%s: %s", "1.4.0", NbParserConfig()))
    assert drop.filter(record(logging.WARNING, "odd: %s", MdParserConfig()))
    assert drop.filter(record(logging.INFO, "Using jupyter-cache at: %s", "_build"))


KERNEL_SCRIPT = """
import os

from jupyter_client.manager import KernelManager
manager = KernelManager(kernel_name="python3")
manager.start_kernel()
client = manager.client()
client.start_channels()
client.wait_for_ready(timeout=60)
reply = client.execute_interactive("6 * 7", timeout=60, output_hook=lambda message: None)
print(reply["content"]["status"], manager.curve_publickey is not None, manager.transport)
client.stop_channels()
sockets = os.path.dirname(manager.ip)
manager.shutdown_kernel()
print(manager.transport != "ipc" or not os.path.exists(sockets))
"""


def start_a_kernel(provisioner: str | None) -> subprocess.CompletedProcess[str]:
    """Start a kernel, run one cell and stop it, in a fresh process (the factory is a singleton)."""
    env = {k: v for k, v in os.environ.items() if k != "JUPYTER_DEFAULT_PROVISIONER_NAME"}
    if provisioner is not None:
        env["JUPYTER_DEFAULT_PROVISIONER_NAME"] = provisioner
    return subprocess.run(
        [sys.executable, "-c", KERNEL_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )


def test_the_makefile_selects_the_encrypted_provisioner() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = f"export JUPYTER_DEFAULT_PROVISIONER_NAME := {kernel_provisioner.NAME}"
    assert line in makefile.splitlines()


def test_a_kernel_make_starts_is_encrypted_silent_and_on_sockets_of_its_own() -> None:
    # on sockets of its own (no TCP port another process can take first), removed at the end
    encrypted = start_a_kernel(kernel_provisioner.NAME)
    assert encrypted.stdout.split() == ["ok", "True", "ipc", "True"]
    assert warning_lines(encrypted.stderr) == []
    # The control: the same kernel started the default way is unencrypted, on TCP, and warns.
    plain = start_a_kernel(None)
    assert plain.stdout.split() == ["ok", "False", "tcp", "True"]
    assert any("without encryption" in line for line in warning_lines(plain.stderr))
