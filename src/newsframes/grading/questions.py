"""The questions of a lesson: its check cells, ``lesson_NN.check_name(variable, ...)``."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from nbformat import NotebookNode


@dataclass(frozen=True)
class Question:
    """One check cell: the check module and function, and the variables it is given."""

    name: str
    module: str
    names: tuple[str, ...]
    call: str


def parse_check(source: str) -> Question | None:
    """The question a cell's source asks, if it is exactly one call of a lesson check."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return None
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return None
    owner = call.func.value
    if not (isinstance(owner, ast.Name) and owner.id.startswith("lesson_")):
        return None
    if not call.func.attr.startswith("check_") or call.keywords:
        return None
    if not all(isinstance(arg, ast.Name) for arg in call.args):
        return None
    names = tuple(arg.id for arg in call.args if isinstance(arg, ast.Name))
    return Question(call.func.attr, owner.id, names, source.strip())


def lesson_questions(notebook: NotebookNode) -> list[tuple[int, Question]]:
    """Every check cell of ``notebook`` with its cell index, in order."""
    found = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            question = parse_check(cell.source)
            if question is not None:
                found.append((index, question))
    return found
