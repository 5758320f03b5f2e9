"""SSSOM export: the registry's mappings as one SSSOM/TSV file with its metadata block.

`SSSOM <https://mapping-commons.github.io/sssom/>`_ (Simple Standard for
Sharing Ontological Mappings) is the format ontology and knowledge-graph tools
read mappings in. Each :class:`~nmda_pain.Mapping` of the registry is one row;
the mapping set's metadata is YAML in ``#``-prefixed lines above the table.
The file needs nothing beyond the standard library to write, and the ``sssom``
toolkit (``sssom.parsers.parse_sssom_table``) reads it and validates it
against the SSSOM schema without any network access.

**Rows.** The columns are :data:`SSSOM_COLUMNS`:

* ``subject_id``: the entity, as ``NMDA_PAIN:<id>`` (this library's ids are
  not terms of a public vocabulary; :data:`~nmda_pain.biolink.LOCAL_PREFIX`
  expands to the URN namespace :data:`~nmda_pain.biolink.LOCAL_NAMESPACE`),
  ``subject_label`` its name, ``subject_category`` its Biolink category
  (:func:`nmda_pain.biolink.category`).
* ``predicate_id``: the SKOS predicate (:attr:`~nmda_pain.MatchPredicate.skos`,
  ``skos:exactMatch``...).
* ``object_id``: the term, in Biolink casing (:attr:`~nmda_pain.Curie.biolink`:
  ``CHEBI:6121``, ``PUBCHEM.COMPOUND:3821``; the Bioregistry prefix where
  Biolink has none, ``atc:N01AX03``), ``object_label`` its label as the source
  gives it (empty where the record has none).
* ``mapping_justification``: ``semapv:ManualMappingCuration``, for every row:
  each mapping was read in its sources and its predicate chosen by a curator.
* ``author_label``: who asserted the mappings (``author=``); there is no
  ORCID to give as an ``author_id``.
* ``see_also``: the sources the term was read in, one URI each, ``|``-separated
  in the order of :attr:`~nmda_pain.Mapping.references`. SSSOM has no slot of
  its own for the source of a single mapping, and its maintainers point to
  ``see_also`` for it (mapping-commons/sssom#137). A source with a PubMed id,
  PubMed Central id or DOI is its IRI, as the nanopublications name it
  (``http://www.ncbi.nlm.nih.gov/pubmed/…``, ``http://europepmc.org/articles/…``,
  ``https://doi.org/…``: the Biolink expansions, in that order, the KGX
  export's); any other source (a database or ontology release) is named by its
  registry id, ``urn:nmda-pain:reference.<id>``, the expansion of the KGX
  export's ``NMDA_PAIN:reference.<id>``.
* ``comment``: the curator notes (:attr:`~nmda_pain.Mapping.notes`).

Whitespace runs in a text, line breaks included, become one space; a cell is
quoted the way the ``sssom`` toolkit quotes it (only when it holds a ``"``).

**Metadata.** ``curie_map`` gives every prefix the rows use with its
expansion (:attr:`nmda_pain.model.identifiers.Prefix.iri` for the objects'
vocabularies, under the prefix the ``object_id`` uses; the SKOS, SEMAPV and
Biolink namespaces; and ``NMDA_PAIN``); ``mapping_set_id``,
``mapping_set_version`` (this library's version), ``mapping_set_title``,
``mapping_set_description``, ``license`` and ``creator_label``.

The default ``mapping_set_id`` comes from the mappings themselves,
``urn:nmda-pain:mapping-set.<digest>`` (the first 16 hex digits of the SHA-256
of the table): the default and the extended registries, or a registry with
mappings of your own, are different sets and never share an id, and the same
mappings always get the same one. Pass ``mapping_set_id=`` to publish the file
under an address of yours.

**Licence.** The mappings are the curators' grounding, not statements of the
source article (which names no identifiers), so by the one rule of
:mod:`nmda_pain.exports.licences` they come under the package's licence, and
the default ``license`` is :data:`~nmda_pain.exports.licences.CURATION_LICENSE`
(MIT). The labels of the terms are as their vocabularies give them. Pass
``license=`` (and ``author=``) for a registry with mappings of your own.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from nmda_pain._atomic import replacing
from nmda_pain._version import __version__
from nmda_pain.biolink import LOCAL_NAMESPACE, LOCAL_PREFIX, category
from nmda_pain.exports._common import reference_iri
from nmda_pain.exports.licences import CURATION_LICENSE
from nmda_pain.model import PREFIXES

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from nmda_pain.model import Entity, Mapping, Reference
    from nmda_pain.registry import Registry

__all__ = [
    "AUTHOR",
    "MAPPING_JUSTIFICATION",
    "SSSOM_COLUMNS",
    "write_sssom",
]

SSSOM_COLUMNS: Final = (
    "subject_id",
    "subject_label",
    "subject_category",
    "predicate_id",
    "object_id",
    "object_label",
    "mapping_justification",
    "author_label",
    "see_also",
    "comment",
)
"""The columns of the table, SSSOM mapping slots all; ``author_label`` and ``see_also`` are ``|``-lists."""

MAPPING_JUSTIFICATION: Final = "semapv:ManualMappingCuration"
"""The justification of every mapping: read in its sources, its predicate a curator's choice."""

AUTHOR: Final = "the nmda_pain developers"
"""Who asserted the shipped mappings, as the package's LICENSE names its authors."""

_VOCABULARIES: Final = MappingProxyType(
    {
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "semapv": "https://w3id.org/semapv/vocab/",
        "biolink": "https://w3id.org/biolink/vocab/",
        LOCAL_PREFIX: LOCAL_NAMESPACE,
    }
)
_ID_COLUMNS: Final = (
    "subject_id",
    "subject_category",
    "predicate_id",
    "object_id",
    "mapping_justification",
)
_LIST: Final = "|"
_DIGEST_LENGTH: Final = 16


def _expansions() -> dict[str, str]:
    """Every prefix a row may use, as the ``curie_map`` writes it, with its expansion."""
    expansions = dict(_VOCABULARIES)
    for prefix, entry in PREFIXES.items():
        expansions[entry.biolink or prefix] = entry.iri
    return expansions


def write_sssom(
    registry: Registry,
    path: str | os.PathLike[str],
    *,
    mapping_set_id: str | None = None,
    license: str = CURATION_LICENSE,
    author: str = AUTHOR,
) -> Path:
    r"""Write the mappings of *registry* to an SSSOM/TSV file at *path*, atomically.

    The module docstring says what each column and metadata field holds. The
    file is written beside *path* and renamed over it: a reader sees the old
    file or the complete new one, and a failure leaves *path* as it was.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from nmda_pain import default_registry
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     lines = write_sssom(default_registry(), Path(folder) / "nmda_pain.sssom.tsv").read_text(encoding="utf-8").splitlines()
    >>> '#   "CHEBI": "http://purl.obolibrary.org/obo/CHEBI_"' in lines
    True
    >>> next(line for line in lines if line.startswith("NMDA_PAIN:memantine\t")).split("\t")[:5]
    ['NMDA_PAIN:memantine', 'Memantine', 'biolink:SmallMolecule', 'skos:exactMatch', 'PUBCHEM.COMPOUND:4054']

    Args:
        registry: The registry whose mappings to write.
        path: Where to write the file; an existing file there is replaced.
            Its folder must exist.
        mapping_set_id: The set's URI; by default one derived from its mappings.
        license: The URI of the set's licence.
        author: Who asserted the mappings (``author_label`` and ``creator_label``).

    Returns:
        *path*, as a :class:`~pathlib.Path`.

    Raises:
        ValueError: *author* holds a ``|``, SSSOM's list delimiter.
        OSError: The file cannot be written; the message names *path*.

    .. versionadded:: 0.2.0
    """
    author = _cell(author)
    if _LIST in author:
        msg = f"author {author!r} holds a '|', which SSSOM/TSV reads as a list delimiter"
        raise ValueError(msg)
    entities = registry.index.by_id
    references = registry.index.references
    rows = [
        _row(
            mapping,
            entities[mapping.subject],
            [references[reference] for reference in mapping.references],
            author,
        )
        for mapping in registry.mappings
    ]
    table = _table(rows)
    if mapping_set_id is None:
        digest = hashlib.sha256(table.encode("utf-8")).hexdigest()[:_DIGEST_LENGTH]
        mapping_set_id = f"{LOCAL_NAMESPACE}mapping-set.{digest}"
    metadata: dict[str, object] = {
        "mapping_set_id": mapping_set_id,
        "mapping_set_version": __version__,
        "mapping_set_title": "nmda_pain: its entities grounded in public vocabularies",
        "mapping_set_description": (
            "The grounding of the entities of an nmda_pain registry in public ontologies and "
            "databases: each term was read in the sources its see_also names, its predicate is "
            "a curator's judgement, and its label is as the source gives it."
        ),
        "license": license,
        "creator_label": [author],
    }
    target = Path(path)
    with replacing(target) as temporary:
        text = _metadata(_curie_map(rows), metadata) + table
        temporary.write_text(text, encoding="utf-8", newline="")
    return target


def _row(mapping: Mapping, entity: Entity, sources: Sequence[Reference], author: str) -> list[str]:
    """The cells of *mapping*, in :data:`SSSOM_COLUMNS` order."""
    return [
        f"{LOCAL_PREFIX}:{entity.id}",
        _cell(entity.name),
        category(entity),
        mapping.predicate.skos,
        mapping.object.biolink,
        _cell(mapping.object_label or ""),
        MAPPING_JUSTIFICATION,
        author,
        _LIST.join(dict.fromkeys(map(reference_iri, sources))),
        _cell(mapping.notes),
    ]


def _cell(text: str) -> str:
    """*text* as one cell: every run of whitespace, line breaks included, becomes one space."""
    return " ".join(text.split())


def _table(rows: Iterable[Sequence[str]]) -> str:
    """The header and *rows*, tab-separated, quoted only where a cell holds a ``"``."""
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
    writer.writerow(SSSOM_COLUMNS)
    writer.writerows(rows)
    return stream.getvalue()


def _curie_map(rows: Iterable[Sequence[str]]) -> dict[str, str]:
    """Every prefix of the rows' identifier columns, with its expansion, sorted by prefix."""
    columns = [SSSOM_COLUMNS.index(column) for column in _ID_COLUMNS]
    used = {row[column].partition(":")[0] for row in rows for column in columns}
    expansions = _expansions()
    return {prefix: expansions[prefix] for prefix in sorted(used, key=str.casefold)}


def _metadata(curie_map: dict[str, str], metadata: dict[str, object]) -> str:
    """The ``curie_map`` and *metadata* as SSSOM's YAML block, in ``# ``-prefixed lines.

    Every key and value is written as JSON (a string, a list, ``{}``), which is
    YAML too: quoting every value keeps a URL or a label from being read as
    another YAML type.
    """
    if curie_map:
        lines = ["# curie_map:"]
        lines.extend(f"#   {json.dumps(k)}: {json.dumps(v)}" for k, v in curie_map.items())
    else:
        lines = ["# curie_map: {}"]
    lines.extend(f"# {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in metadata.items())
    return "".join(f"{line}\n" for line in lines)
