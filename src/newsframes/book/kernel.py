"""The project's Jupyter kernel, named in every notebook's metadata: ``make setup`` installs
it into .venv (``ipykernel install --sys-prefix``), so a notebook opened from another
JupyterLab asks for it instead of running without the package.

Colab ignores a kernel it does not know and runs its own Python 3 (saying so in a notice),
and Binder installs this kernel with ``binder/postBuild``; the set-up cell then installs
the package where it is missing.
"""

from __future__ import annotations

from nbformat import NotebookNode

NAME = "crossing-lines"
DISPLAY_NAME = "Crossing Lines (newsframes)"
KERNELSPEC = {"display_name": DISPLAY_NAME, "language": "python", "name": NAME}


def put_kernelspec(notebook: NotebookNode) -> bool:
    """Make ``notebook`` name the project's kernel; False if it already did."""
    if notebook.metadata.get("kernelspec") == KERNELSPEC:
        return False
    notebook.metadata["kernelspec"] = dict(KERNELSPEC)
    return True
