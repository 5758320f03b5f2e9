"""Interchange: registries as versioned JSON documents, as files, and the JSON Schema they follow.

:mod:`~nmda_pain.interchange.document` owns the format (its version, its limits,
:func:`~nmda_pain.to_json` and :func:`~nmda_pain.from_json`);
:mod:`~nmda_pain.interchange.files` reads and writes it as files;
:mod:`~nmda_pain.interchange.schema` describes it as a JSON Schema. The one
strict cattrs converter behind them lives in a private module imported on first
use, so ``import nmda_pain`` does not import cattrs.
"""

from nmda_pain.interchange.document import (
    FORMAT,
    FORMAT_VERSION,
    MAX_DOCUMENT_SIZE,
    MAX_ERRORS,
    from_json,
    to_json,
)
from nmda_pain.interchange.files import dump, load
from nmda_pain.interchange.schema import SCHEMA_DIALECT, json_schema

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_DOCUMENT_SIZE",
    "MAX_ERRORS",
    "SCHEMA_DIALECT",
    "dump",
    "from_json",
    "json_schema",
    "load",
    "to_json",
]
