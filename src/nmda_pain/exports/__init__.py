"""Exports of a registry to other tools' formats.

Each format lives in its own module and needs nothing beyond the standard
library unless its docstring says so.
"""

from nmda_pain.exports.kgx import EDGE_COLUMNS, NODE_COLUMNS, write_kgx

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "write_kgx"]
