"""Column alignment for the book's tables: text to the left, so that long sentences keep a
straight left edge, and numbers to the right, so that their digits line up. Set as the
table's own styles (ids of its cells), it holds on the site, in JupyterLab (which
right-aligns every cell) and on Colab alike."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler
from pandas.io.formats.style_render import CSSDict

TEXT_KINDS = {"string", "mixed", "categorical", "bytes"}


def is_text(column: pd.Series) -> bool:
    """Whether a column holds text (strings, categories, mixed values), not numbers,
    booleans or dates."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return True
    if pd.api.types.is_string_dtype(column.dtype) or column.dtype == object:
        return pd.api.types.infer_dtype(column, skipna=True) in TEXT_KINDS
    return False


def align_columns(styler: Styler, frame: pd.DataFrame) -> Styler:
    """``styler`` (of ``frame``) with its text columns, headings included, left-aligned and
    its other columns right-aligned.

    The rules select columns by position (a table may repeat a column name) inside
    ``:where()``, so they weigh only the table's id: more than a front end's own rules for
    every cell, less than a later ``set_properties`` on some cells (a KWIC table's
    right-aligned left context), which comes after them in the table's style sheet.
    """
    rules: list[CSSDict] = []
    for position in range(frame.shape[1]):
        side = "left" if is_text(frame.iloc[:, position]) else "right"
        for cells in (f"th.col_heading.col{position}", f"td.col{position}"):
            rules.append({"selector": f":where({cells})", "props": f"text-align: {side}"})
    return styler.set_table_styles(rules, overwrite=False)
