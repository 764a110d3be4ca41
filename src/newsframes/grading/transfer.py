"""Move a submission's answers out of its kernel into the grader, without running its code.

The kernel pickles each answer variable (:func:`dump_source` is the code it runs after the
submission's own cells). The grader reads them back with :class:`AnswerUnpickler`, which
builds only plain data: containers, numbers, text, paths, NumPy and pandas objects, Altair
charts and the package's own classes. A pickle that names anything else (a function of the
submission, ``os.system``, a pandas reader) is refused, so the grader never runs the
submission's code; the check functions then run in the grader on real library objects.
"""

from __future__ import annotations

import builtins
import io
import pickle
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from newsframes.lexicons.actors import ActorLexicon

# Modules whose classes an answer may be made of (never their functions, see below).
_CLASS_MODULES = (
    "numpy",
    "pandas",
    "pyarrow",
    "newsframes",
    "altair",
    "pathlib",
    "datetime",
    "collections",
)
# Parts of those modules whose classes read or write files, or evaluate expressions.
_REFUSED_PARTS = ("pandas.io", "pandas.core.computation", "numpy.lib.npyio", "numpy.testing")
_REFUSED_CLASSES = {("numpy", "memmap"), ("numpy._core.memmap", "memmap")}
# and Ellipsis: the `...` of an unanswered question
_BUILTIN_TYPES = {
    "set",
    "frozenset",
    "slice",
    "complex",
    "bytearray",
    "range",
    "object",
    "Ellipsis",
}
# The functions that pickles of those classes call to rebuild themselves.
_RECONSTRUCTORS = {
    ("copyreg", "_reconstructor"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
    ("numpy._core.numeric", "_frombuffer"),
    ("pandas._libs.internals", "_unpickle_block"),
    ("pandas._libs.arrays", "__pyx_unpickle_NDArrayBacked"),
    ("pandas._libs.tslibs.timestamps", "_unpickle_timestamp"),
    ("pandas._libs.tslibs.timedeltas", "_timedelta_unpickle"),
    ("pandas.core.indexes.base", "_new_Index"),
    ("pandas.core.internals.blocks", "new_block"),
    ("pyarrow.lib", "_restore_array"),
    ("pyarrow.lib", "py_buffer"),
    ("pyarrow.lib", "type_for_alias"),
    ("re", "_compile"),
    ("newsframes.grading.transfer", "rebuild_lexicon"),
}


class RefusedAnswer(pickle.UnpicklingError):
    """An answer whose pickle names something other than plain data."""


class AnswerUnpickler(pickle.Unpickler):
    """An unpickler that rebuilds plain data only (see the module docstring)."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins":
            if name in _BUILTIN_TYPES:
                return getattr(builtins, name)
            raise RefusedAnswer(f"builtins.{name}")
        if (module, name) in _RECONSTRUCTORS:
            return super().find_class(module, name)
        allowed = any(module == m or module.startswith(m + ".") for m in _CLASS_MODULES)
        refused = any(module == p or module.startswith(p + ".") for p in _REFUSED_PARTS)
        if not allowed or refused or (module, name) in _REFUSED_CLASSES:
            raise RefusedAnswer(f"{module}.{name}")
        found = super().find_class(module, name)
        if not isinstance(found, type) or issubclass(found, io.IOBase):
            raise RefusedAnswer(f"{module}.{name}")
        return found


def lexicon_fields(lexicon: Any) -> dict[str, Any]:
    """An actor lexicon's fields, its read-only mappings as dicts (those cannot be pickled)."""
    return {
        f.name: dict(value)
        if isinstance(value := getattr(lexicon, f.name), MappingProxyType)
        else value
        for f in fields(lexicon)
    }


def rebuild_lexicon(values: dict[str, Any]) -> ActorLexicon:
    """The lexicon :func:`lexicon_fields` took apart, as it was when the answer was sent."""
    restored: dict[str, Any] = {
        k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in values.items()
    }
    return ActorLexicon(**restored)


def load_answer(data: bytes) -> Any:
    """One answer from the bytes the kernel pickled; :class:`RefusedAnswer` if not plain data."""
    return AnswerUnpickler(io.BytesIO(data)).load()


@dataclass(frozen=True)
class Answers:
    """What the kernel sent: each asked-for name's pickle or why it has none, and all names."""

    pickled: dict[str, bytes]
    problems: dict[str, str]
    defined: list[str]


def read_answers(data: bytes) -> Answers:
    """The file :func:`dump_source` wrote; it may hold only dicts, lists, text and bytes."""
    raw = AnswerUnpickler(io.BytesIO(data)).load()
    if not isinstance(raw, dict):
        raise RefusedAnswer("the answers file is not a dict")
    pickled = {str(k): v for k, v in raw.get("pickled", {}).items() if isinstance(v, bytes)}
    problems = {str(k): str(v) for k, v in raw.get("problems", {}).items()}
    defined = [str(n) for n in raw.get("defined", [])]
    return Answers(pickled, problems, defined)


def dump_source(names: list[str], path: str) -> str:
    """Code for the kernel: pickle each of ``names`` (those it has) into the file ``path``."""
    return f"""
def _newsframes_dump(names={names!r}, path={path!r}):
    import copyreg
    import pickle
    from newsframes.grading.transfer import lexicon_fields, rebuild_lexicon
    from newsframes.lexicons.actors import ActorLexicon
    copyreg.pickle(ActorLexicon, lambda lexicon: (rebuild_lexicon, (lexicon_fields(lexicon),)))
    pickled, problems = {{}}, {{}}
    space = globals()
    for name in names:
        if name not in space:
            problems[name] = "missing"
            continue
        try:
            pickled[name] = pickle.dumps(space[name], protocol=5)
        except Exception as error:
            problems[name] = "cannot be sent to the grader (" + type(error).__name__ + ")"
    defined = [n for n in space if not n.startswith("_")]
    with open(path, "wb") as out:
        pickle.dump({{"pickled": pickled, "problems": problems, "defined": defined}}, out)
_newsframes_dump()
"""
