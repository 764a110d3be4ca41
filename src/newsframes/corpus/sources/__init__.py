"""Read a corpus from wherever a researcher keeps it, in partitions a worker reads alone.

``detect`` (:func:`open_source`: what a location holds), ``partitions`` (plan without
reading texts; read one), ``check`` (the whole input, before a run), ``rows`` (one row
checked as an article), and one reader per format: ``md_articles``, ``txt_files``,
``csv_files``, ``jsonl_files``, ``parquet_files``.
"""

from newsframes.corpus.sources.check import check_source, mark_duplicates
from newsframes.corpus.sources.detect import DEFAULT_PARTITION_ROWS, Source, open_source
from newsframes.corpus.sources.partitions import (
    PartitionSpec,
    plan_partitions,
    read_partition,
    read_partition_checked,
)
from newsframes.corpus.sources.rows import REJECTED_COLUMNS, Checked

__all__ = [
    "DEFAULT_PARTITION_ROWS",
    "REJECTED_COLUMNS",
    "Checked",
    "PartitionSpec",
    "Source",
    "check_source",
    "mark_duplicates",
    "open_source",
    "plan_partitions",
    "read_partition",
    "read_partition_checked",
]
