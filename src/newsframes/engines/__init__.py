"""Engines: a whole corpus analysed partition by partition, on local processes or Dask.

``partition`` runs one partition (read, analyse, write, return row counts); ``local`` runs
them on a process pool, ``dask`` on a Dask cluster; ``runs`` recognises an output folder's
earlier run; ``dataset`` has :func:`analyze_dataset`, the entry point of ``analyze``.
"""

from newsframes.engines.dataset import ENGINES, Manifest, analyze_dataset, engine_workers
from newsframes.engines.partition import REJECTED, run_partition, table_names

__all__ = [
    "ENGINES",
    "REJECTED",
    "Manifest",
    "analyze_dataset",
    "engine_workers",
    "run_partition",
    "table_names",
]
