"""One loader for every lexicon: find the file, parse its YAML, check its schema, and cache
the result on the file's content, so an edited file is re-read everywhere, at once.

Each lexicon module supplies only its schema: a function ``parse(path, doc)`` that turns
the parsed YAML into a validated, immutable lexicon or raises a :class:`LexiconError`
listing every problem (file, entry, fix).

:func:`strict_yaml` is the one YAML reader of the project, for lexicons and for the
articles' front matter alike: safe tags only, no aliases (a 1 KB "billion laughs" file
expands to gigabytes), bounded nesting, and no key given twice in one mapping.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.reader import ReaderError

from newsframes.errors import LexiconError, Problem
from newsframes.paths import lexicon_dir

T = TypeVar("T")
Schema = Callable[[Path, Any], T]

# Parsed lexicons by (schema, file, content): the bytes themselves are the key, because
# hashing and comparing them is several times faster than a cryptographic digest, and a
# lexicon is loaded on every analyser call. A handful of lexicons (tens of kB), a few
# variants each (a lesson's edited copy, a test's fixture): a small bound is plenty.
CACHE_SIZE = 64
_cache: OrderedDict[tuple[str, str, bytes], Any] = OrderedDict()
_lock = threading.Lock()

# Reading and hashing a file costs tens of microseconds, and some analysers ask for a small
# lexicon once per sentence: the last value of each (schema, file) is kept with the file's
# status (device, inode, size, modification and change times), and given again while that
# status is the same. Only a status taken at least SETTLED_NS after the file's last change
# is trusted (git's rule for "racy" files): a write within the file system's clock tick
# could keep both times, but any later write or `touch` sets the change time to a later
# tick, which no one can set back. An unsettled file is read and keyed by content as before.
SETTLED_NS = 2_000_000_000
FileStatus = tuple[int, int, int, int, int]
# The content read is kept too: a file touched but not edited (or whose status settled)
# gives the same object again even when the content cache has since let it go.
_unchanged: OrderedDict[tuple[str, str], tuple[FileStatus, bytes, Any]] = OrderedDict()

# Parsed YAML by (file, content), shared by the schemas that read one file (frames.yml's
# checks read actors.yml's ids, so actors.yml was parsed twice per process). Schemas only
# read the document they are given; a test holds every shipped schema to that. A parsed
# actors.yml is a few megabytes: only the last dozen (every lexicon once, and a copy or two).
DOCUMENTS_KEPT = 12
_documents: OrderedDict[tuple[str, bytes], Any] = OrderedDict()


# Lexicons nest five levels at most (file, list, entry, list of forms, form); front matter two.
MAX_DEPTH = 32
_ALIAS_FIX = "write the value out in full (an alias can expand a short file into gigabytes)"
_DEPTH_FIX = "write each field as one plain value"
_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # what YAML counts as a new line


class YamlProblem(Exception):
    """YAML that cannot be read, or that is refused: the line (in its file), what, and the fix.

    ``fix`` is None for plain syntax errors, whose fix each reader words for its own file.
    """

    def __init__(self, line: int | None, message: str, fix: str | None = None):
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line
        self.message = message
        self.fix = fix


class _Refused(yaml.MarkedYAMLError):
    """Well-formed YAML that :class:`_StrictLoader` refuses, with the fix."""

    def __init__(self, problem: str, mark: yaml.Mark | None, fix: str):
        super().__init__(problem=problem, problem_mark=mark)
        self.fix = fix


class _StrictChecks:
    """Refuse aliases, deep nesting and repeated keys while composing; name bad values.

    Mixed into a loader before its composer and constructor. Aliases are refused where
    they are composed, before any node is shared, so an alias bomb costs no more than its
    own bytes.
    """

    _depth: int
    _first_line: int

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            problem = f"a YAML alias (*{event.anchor}); aliases are not allowed"
            raise _Refused(problem, event.start_mark, _ALIAS_FIX)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[attr-defined]
                raise _Refused(f"nested more than {MAX_DEPTH} levels deep", mark, _DEPTH_FIX)
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:
        node: yaml.MappingNode = super().compose_mapping_node(anchor)  # type: ignore[misc]
        first: dict[tuple[str, str], int] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            if (key.tag, key.value) in first:
                seen = first[key.tag, key.value]
                message = f"{key.value!r} is given twice (first on line {seen})"
                raise _Refused(message, key.start_mark, f"keep one `{key.value}:` line")
            first[key.tag, key.value] = key.start_mark.line + self._first_line
        return node

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # PyYAML lets Python's own errors escape for values it cannot convert, such as
        # `date: 2015-02-30` or `!!int abc`: they become YAML errors at the value's line.
        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            what = f"{node.value!r} cannot be read ({exc})" if isinstance(node.value, str) else exc
            raise yaml.constructor.ConstructorError(None, None, str(what), node.start_mark) from exc


class _StrictLoader(_StrictChecks, yaml.SafeLoader):
    """PyYAML's pure-Python safe loader with the strict checks: the reference reader, and
    the one whose errors (line, character, message) every caller sees."""

    def __init__(self, stream: str, first_line: int) -> None:
        super().__init__(stream)
        self._depth = 0
        self._first_line = first_line


_FastStrictLoader: type[Any] | None = None
if yaml.__with_libyaml__:  # PyYAML's wheels ship libyaml; a source build may not
    from yaml._yaml import CParser

    class _CStrictLoader(
        _StrictChecks,
        yaml.composer.Composer,
        CParser,
        yaml.constructor.SafeConstructor,
        yaml.resolver.Resolver,
    ):
        """The same checks and composer over libyaml's scanner and parser (in C), about five
        times faster on the actors lexicon. Nodes are still composed in Python, so the depth
        limit holds before any recursion (libyaml's own composer would recurse unbounded)."""

        def __init__(self, stream: str, first_line: int) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._depth = 0
            self._first_line = first_line

    _FastStrictLoader = _CStrictLoader


def _read(loader_class: type[Any], text: str, first_line: int) -> Any:
    loader = loader_class(text, first_line)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def strict_yaml(text: str, first_line: int = 1) -> Any:
    """The YAML document in ``text``, read safely and strictly, or a :class:`YamlProblem`.

    A leading byte-order mark and any line endings (LF, CR LF, CR) are read as YAML
    defines them. Lines are counted from ``first_line``, the line of the
    file on which ``text`` starts.
    """
    if _FastStrictLoader is not None:
        try:
            return _read(_FastStrictLoader, text, first_line)
        except (yaml.YAMLError, ValueError):  # ValueError: text libyaml cannot even encode
            pass  # refused or malformed: the reference reader words the error, as always
    try:
        return _read(_StrictLoader, text, first_line)
    except ReaderError as exc:
        line = len(_LINE_BREAK.findall(text, 0, exc.position)) + first_line
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        what = f"unacceptable character #x{code:04x} ({exc.reason})"
        raise YamlProblem(line, f"not valid YAML: {what}") from exc
    except _Refused as exc:
        raise YamlProblem(_line(exc, first_line), str(exc.problem), exc.fix) from exc
    except yaml.YAMLError as exc:
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlProblem(_line(exc, first_line), f"not valid YAML: {reason}") from exc


def _line(exc: yaml.YAMLError, first_line: int) -> int | None:
    """The file line of a YAML error's mark, if it has one."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None


def lexicon_path(name: str, path: str | os.PathLike[str] | None = None) -> Path:
    """``path`` if given, else ``data/lexicons/<name>.yml``."""
    return Path(path) if path is not None else lexicon_dir() / f"{name}.yml"


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing or unreadable file is a :class:`LexiconError`."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", "does not exist", "create it or pass the right path")]
        ) from exc
    except IsADirectoryError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", "is a folder, not a file", "pass the YAML file")]
        ) from exc
    except OSError as exc:
        raise LexiconError(
            [Problem(str(path), "(file)", f"cannot be read ({exc.strerror})", "check the file")]
        ) from exc


def parse_yaml(path: Path, data: bytes) -> Any:
    """Parse YAML bytes with :func:`strict_yaml`; bad encoding or YAML is a LexiconError."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(
            [
                Problem(
                    path.name,
                    f"(encoding, byte {exc.start})",
                    "not valid UTF-8",
                    "re-save the file as UTF-8",
                )
            ]
        ) from exc
    try:
        return strict_yaml(text)
    except YamlProblem as problem:
        where = f"line {problem.line}" if problem.line is not None else "(file)"
        fix = problem.fix or "correct the YAML syntax"
        raise LexiconError([Problem(path.name, where, problem.message, fix)]) from problem


def read_yaml(path: Path) -> Any:
    """Parse one YAML file (uncached); a missing file or bad YAML is a :class:`LexiconError`."""
    return parse_yaml(path, read_bytes(path))


# Inside ``held_lexicons()``: each lexicon as first loaded in the block, by (schema, file).
_held: ContextVar[dict[tuple[str, str], Any] | None] = ContextVar("held_lexicons", default=None)


@contextmanager
def held_lexicons() -> Iterator[None]:
    """Within the block each lexicon is read as it was first loaded in it, its file not looked
    at again: one batch of articles is analysed with one version of every lexicon, and
    without a file-status check per article and rule. An edit is seen after the block."""
    token = _held.set({})
    try:
        yield
    finally:
        _held.reset(token)


def load(schema: Schema[T], file: Path) -> T:
    """``schema(file, yaml)`` for the file's current content, cached on that content.

    An edit is seen by the next call in every module: the file is read again whenever its
    status changed (or is too recent to trust, see SETTLED_NS); parsing and checking
    happen once per distinct content. Inside :func:`held_lexicons` a file is read once.
    """
    name = f"{schema.__module__}.{schema.__qualname__}"
    where = os.path.abspath(file)
    held = _held.get()
    if held is not None:
        value = held.get((name, where), _MISSING)
        if value is _MISSING:
            value = held[(name, where)] = _load(schema, file, name, where)
        return value
    return _load(schema, file, name, where)


def _load(schema: Schema[T], file: Path, name: str, where: str) -> T:
    """:func:`load` after the block's check: the file's status, then the caches."""
    now = time.time_ns()
    status = _status(where)
    with _lock:
        known = _unchanged.get((name, where))
    if known is not None and status is not None and known[0] == status:
        return known[2]
    data = read_bytes(file)
    key = (name, where, data)
    with _lock:
        value = _cache.get(key, _MISSING)
        if value is not _MISSING:
            _cache.move_to_end(key)
        elif known is not None and known[1] == data:
            value = known[2]
            _remember(_cache, key, value)
    if value is _MISSING:
        value = schema(file, _document(file, where, data))
        with _lock:
            _remember(_cache, key, value)
    settled = status is not None and now - max(status[3], status[4]) >= SETTLED_NS
    if settled and _status(where) == status:  # and unchanged while it was read
        with _lock:
            _remember(_unchanged, (name, where), (status, data, value))
    return value


_MISSING = object()


def _document(file: Path, where: str, data: bytes) -> Any:
    """:func:`parse_yaml` of ``data``, parsed once for every schema that reads the file."""
    key = (where, data)
    with _lock:
        doc = _documents.get(key, _MISSING)
    if doc is _MISSING:
        doc = parse_yaml(file, data)
        with _lock:
            _remember(_documents, key, doc, DOCUMENTS_KEPT)
    return doc


def _status(path: str) -> FileStatus | None:
    """What tells a file's content changed without reading it (None if it cannot be read)."""
    try:
        st = os.stat(path)
    except OSError:
        return None  # read_bytes words the error
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any, size: int = CACHE_SIZE) -> None:
    """Put ``key`` last in ``cache``, dropping the oldest entries beyond ``size``."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)


def load_lexicon(name: str, schema: Schema[T], path: str | os.PathLike[str] | None = None) -> T:
    """The lexicon ``data/lexicons/<name>.yml`` (or ``path``), checked by ``schema``, cached.

    Inside :func:`held_lexicons` the data folder is also found once per lexicon, not per call.
    """
    held = _held.get()
    if path is not None or held is None:
        return load(schema, lexicon_path(name, path))
    key = (f"{schema.__module__}.{schema.__qualname__}", f"<data/lexicons {name}>")
    value = held.get(key, _MISSING)
    if value is _MISSING:
        value = held[key] = load(schema, lexicon_path(name))
    return value


def clear_cache() -> None:
    """Forget every parsed lexicon (the next load re-reads and re-checks each file)."""
    with _lock:
        _cache.clear()
        _unchanged.clear()
        _documents.clear()
