"""Write a run's tables so that they survive: one file per table per partition (Parquet or
CSV), renamed into place when complete, a marker per finished partition (for ``--resume``),
a lock against two runs in one folder, and a manifest written last.

``partition_files`` (writing, markers, which partitions are complete), ``tables`` (reading
them back), ``lock`` (one run per folder), ``manifest`` (input, versions, digests, counts).
"""

from newsframes.store.lock import LOCK_NAME, OutputLocked, StaleLockWarning, output_lock
from newsframes.store.manifest import (
    MANIFEST_NAME,
    input_digest,
    lexicon_digest,
    read_manifest,
    write_manifest,
)
from newsframes.store.partition_files import (
    FORMATS,
    completed_partitions,
    table_file,
    write_partition,
)
from newsframes.store.tables import read_table, read_tables

__all__ = [
    "FORMATS",
    "LOCK_NAME",
    "MANIFEST_NAME",
    "OutputLocked",
    "StaleLockWarning",
    "completed_partitions",
    "input_digest",
    "lexicon_digest",
    "output_lock",
    "read_manifest",
    "read_table",
    "read_tables",
    "table_file",
    "write_manifest",
    "write_partition",
]
