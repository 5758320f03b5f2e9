"""Exports of a registry to other tools' formats.

Each format lives in its own module and needs nothing beyond the standard
library unless its docstring says so: :func:`to_dataframe` needs pandas (the
``pandas`` extra), :func:`to_networkx` needs networkx (the ``networkx``
extra) and :func:`write_nanopubs` needs rdflib (the ``rdf`` extra). Each
imports them when called, so importing this package stays light.
"""

from nmda_pain.exports.bibtex import to_bibtex
from nmda_pain.exports.csl import CSL_TYPES, to_csl_json
from nmda_pain.exports.dataframe import CLAIM_COLUMNS, KINDS, to_dataframe
from nmda_pain.exports.graph import to_networkx, write_graphml
from nmda_pain.exports.kgx import (
    EDGE_COLUMNS,
    INFORMATION_RESOURCES,
    NODE_COLUMNS,
    KgxMergeWarning,
    write_kgx,
)
from nmda_pain.exports.licences import ARTICLE_LICENSE, CURATION_LICENSE, claim_license
from nmda_pain.exports.nanopub import write_nanopubs
from nmda_pain.exports.sqlite import SCHEMA, SCHEMA_VERSION, write_sqlite
from nmda_pain.exports.sssom import write_sssom

__all__ = [
    "ARTICLE_LICENSE",
    "CLAIM_COLUMNS",
    "CSL_TYPES",
    "CURATION_LICENSE",
    "EDGE_COLUMNS",
    "INFORMATION_RESOURCES",
    "KINDS",
    "NODE_COLUMNS",
    "SCHEMA",
    "SCHEMA_VERSION",
    "KgxMergeWarning",
    "claim_license",
    "to_bibtex",
    "to_csl_json",
    "to_dataframe",
    "to_networkx",
    "write_graphml",
    "write_kgx",
    "write_nanopubs",
    "write_sqlite",
    "write_sssom",
]
