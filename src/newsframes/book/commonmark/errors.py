"""The one error of the conversion: MyST the converter cannot turn into CommonMark."""

from __future__ import annotations

from newsframes.errors import NewsframesError, Problem


class UnsupportedMyst(NewsframesError):
    """A lesson uses a directive, role or reference that has no CommonMark rendering here."""

    kind = "lesson markup"


def unsupported(where: str, what: str, fix: str) -> UnsupportedMyst:
    """The error for one construct, naming the notebook cell, the construct and the fix."""
    return UnsupportedMyst([Problem(where, what, "cannot be written as CommonMark", fix)])
