"""A registry as an SQLite database, for SQL queries and tools that read SQLite.

Standard library only (:mod:`sqlite3`). The file holds every field of every
record, so nothing is lost; enums are stored as their string values, CURIEs
in their canonical form, booleans as 0 or 1, and a missing value as ``NULL``.
``position`` columns keep the order of a record's lists (0 for the first
item). Foreign keys are declared (check them with ``PRAGMA foreign_keys = ON``
and ``PRAGMA foreign_key_check``), and ``PRAGMA user_version`` is
:data:`SCHEMA_VERSION`.

Entities, one table for all and one per family:

* ``entities (id PRIMARY KEY, family, name)``: every entity, so that claims,
  synonyms and mappings can point to one table. ``family`` is ``agent``,
  ``receptor``, ``mechanism``, ``adverse_effect``, ``condition`` or ``enzyme``.
* ``agents (id PRIMARY KEY -> entities, name, kind, description, notes)``
* ``receptors (id PRIMARY KEY -> entities, name, subunit_of -> receptors, species, description, notes)``
* ``mechanisms (id PRIMARY KEY -> entities, name, description, notes)``
* ``adverse_effects (id PRIMARY KEY -> entities, name, category, description, notes)``
* ``conditions (id PRIMARY KEY -> entities, name, kind, description, notes)``
* ``enzymes (id PRIMARY KEY -> entities, name, description, notes)``

A family table has the record's single-valued fields. The lists of an entity
have tables of their own, each with the primary key ``(<owner>, position)``:

* ``synonyms (entity_id -> entities, position, synonym)``
* ``agent_other_uses (agent_id -> agents, position, use)``
* ``receptor_permeant_ions (receptor_id -> receptors, position, ion)``

An agent's drug classes are its ``member_of`` claims, and its modes of action
and affinities qualify its claims (below): each fact is stored once.

Mappings, the grounding of entities in public vocabularies:

* ``mappings (id PRIMARY KEY, subject -> entities, predicate, object, prefix, identifier, object_label, notes, direction)``:
  ``id`` is the mapping's index in :attr:`nmda_pain.Registry.mappings` (from
  0), ``predicate`` a :class:`~nmda_pain.MatchPredicate` value
  (``exact_match``...), ``object`` the term's canonical CURIE, split into
  ``prefix`` and ``identifier``, ``direction`` the
  :class:`~nmda_pain.Direction` value of a process the entity changes
  (``decreased``), else ``NULL``; ``(subject, object)`` is unique. Indexed on
  ``object``.
* ``mapping_references (mapping_id -> mappings, position, reference_id -> refs)``,
  primary key ``(mapping_id, position)``: the sources the term was read in.
* ``identifiers (entity_id, curie, prefix, identifier)``, a view: the terms
  of the exact mappings, which are the entities' identifiers
  (:meth:`nmda_pain.Registry.identifiers`).

References and their authors:

* ``refs (id PRIMARY KEY, kind, number, title, journal, year, volume, issue, pages, article_number, version, doi, pmid, pmcid, accession, url, study_design, evidence_level, verification, notes, is_article)``:
  the registry's references and, with ``is_article = 1``, the article it
  restates (:attr:`~nmda_pain.Registry.article`). The table is not called ``references``, an SQL keyword.
  ``kind`` is a :class:`~nmda_pain.ReferenceKind` value; ``number`` (the
  number in the source article) is unique among the references.
  ``evidence_level`` is :attr:`nmda_pain.Reference.evidence_level`, the Oxford
  CEBM 2011 level of ``study_design`` for a verified reference, ``NULL``
  where it has none.
* ``authors (reference_id -> refs, position, name, institutional)``, primary key
  ``(reference_id, position)``: ``institutional`` is 1 for an author listed in
  :attr:`~nmda_pain.Reference.institutional_authors` (a body, not a person).

Claims and their evidence and qualifiers:

* ``claims (id PRIMARY KEY, subject -> entities, predicate, object -> entities, certainty, certainty_rank, action, binding_site, trapping, setting, from_article, contested, notes)``:
  ``id`` is the claim's index in :attr:`nmda_pain.Registry.claims` (from 0),
  and ``(subject, predicate, object)`` is unique. ``certainty_rank`` is
  :attr:`nmda_pain.Certainty.rank`: higher is stronger, from 5 for
  ``established`` down to 0 for ``theorized``. Filter and sort on it
  (``WHERE certainty_rank >= 2`` for at least ``promising``), not on
  ``certainty``, whose text SQL compares by alphabet; a ``CHECK`` holds it to
  the rank of ``certainty``, so the two never disagree. ``action``,
  ``binding_site`` and ``trapping`` are the claim's mode of action (all
  ``NULL`` without one). ``from_article`` is
  :func:`nmda_pain.provenance.is_from_article` and ``contested``
  :attr:`nmda_pain.Claim.contested`, both computed from the evidence. Indexed
  on ``subject``, ``object``, ``predicate`` and ``certainty_rank``.
* ``evidence (claim_id -> claims, reference_id -> refs, position, disputes)``, primary
  key ``(claim_id, reference_id)``: one row per reference behind a claim, in
  evidence order; ``disputes`` is 1 for a reference that reports the opposite.
  Indexed on ``reference_id``.
* ``evidence_sections (claim_id, reference_id, position, section)``, primary
  key ``(claim_id, reference_id, position)``: the article sections that state
  the claim on that reference's authority, each once;
  ``(claim_id, reference_id)`` refers to ``evidence``.
* ``affinities (claim_id -> claims, position, parameter, value, unit, target -> receptors, conditions)``,
  primary key ``(claim_id, position)``: the values measured for the claim's
  subject at its object or a subunit of it. Indexed on ``target``.
* ``affinity_references (claim_id, affinity, position, reference_id -> refs)``,
  primary key ``(claim_id, affinity, position)``: the sources each value was
  read in; ``(claim_id, affinity)`` refers to ``affinities (claim_id, position)``.
* ``claim_via (claim_id -> claims, position, mechanism_id -> mechanisms)``,
  primary key ``(claim_id, position)``: the mechanisms an outcome is mediated by.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nmda_pain._atomic import replacing
from nmda_pain.model import Certainty
from nmda_pain.provenance import is_from_article

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from nmda_pain.model import Claim, Entity, Reference
    from nmda_pain.registry import Registry

__all__ = ["SCHEMA", "SCHEMA_VERSION", "write_sqlite"]

SCHEMA_VERSION: Final = 3
"""The version of :data:`SCHEMA`, stored as the database's ``PRAGMA user_version``.

.. versionchanged:: 0.2.0
   Version 2: mappings, reference kinds and identifiers, modes of action and
   affinities on the claims, disputing evidence; no cross-reference, drug
   class, gene, gating or provenance columns. Version 3: ``claims.certainty_rank``
   checked against ``certainty`` and indexed.
"""

_DEFERRED: Final = "DEFERRABLE INITIALLY DEFERRED"
_BOOLEAN: Final = "INTEGER NOT NULL CHECK ({} IN (0, 1))"
# The rank of each certainty value; NULL for any other text, which the CHECK then refuses.
_RANK_OF_CERTAINTY: Final = (
    "CASE certainty "
    + " ".join(f"WHEN '{certainty.value}' THEN {certainty.rank}" for certainty in Certainty)
    + " END"
)
_IDENTIFIERS_VIEW: Final = """CREATE VIEW identifiers AS
    SELECT subject AS entity_id, object AS curie, prefix, identifier
    FROM mappings WHERE predicate = 'exact_match' ORDER BY id;
"""

SCHEMA: Final = (
    f"""
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE agents (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE receptors (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    subunit_of TEXT REFERENCES receptors (id) {_DEFERRED},
    species TEXT,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE mechanisms (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE adverse_effects (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE conditions (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE enzymes (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE synonyms (
    entity_id TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    position INTEGER NOT NULL,
    synonym TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE TABLE agent_other_uses (
    agent_id TEXT NOT NULL REFERENCES agents (id) {_DEFERRED},
    position INTEGER NOT NULL,
    use TEXT NOT NULL,
    PRIMARY KEY (agent_id, position)
);
CREATE TABLE receptor_permeant_ions (
    receptor_id TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    position INTEGER NOT NULL,
    ion TEXT NOT NULL,
    PRIMARY KEY (receptor_id, position)
);
CREATE TABLE refs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    number INTEGER,
    title TEXT,
    journal TEXT,
    year INTEGER,
    volume TEXT,
    issue TEXT,
    pages TEXT,
    article_number TEXT,
    version TEXT,
    doi TEXT,
    pmid TEXT,
    pmcid TEXT,
    accession TEXT,
    url TEXT,
    study_design TEXT NOT NULL,
    evidence_level INTEGER,
    verification TEXT NOT NULL,
    notes TEXT NOT NULL,
    is_article {_BOOLEAN.format("is_article")}
);
CREATE TABLE authors (
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    institutional {_BOOLEAN.format("institutional")},
    PRIMARY KEY (reference_id, position)
);
CREATE TABLE mappings (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    prefix TEXT NOT NULL,
    identifier TEXT NOT NULL,
    object_label TEXT,
    notes TEXT NOT NULL,
    direction TEXT,
    UNIQUE (subject, object)
);
CREATE TABLE mapping_references (
    mapping_id INTEGER NOT NULL REFERENCES mappings (id) {_DEFERRED},
    position INTEGER NOT NULL,
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    PRIMARY KEY (mapping_id, position),
    UNIQUE (mapping_id, reference_id)
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    predicate TEXT NOT NULL,
    object TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    certainty TEXT NOT NULL,
    certainty_rank INTEGER NOT NULL CHECK (certainty_rank IS {_RANK_OF_CERTAINTY}),
    action TEXT,
    binding_site TEXT,
    trapping TEXT,
    setting TEXT,
    from_article {_BOOLEAN.format("from_article")},
    contested {_BOOLEAN.format("contested")},
    notes TEXT NOT NULL,
    UNIQUE (subject, predicate, object),
    CHECK (action IS NOT NULL OR (binding_site IS NULL AND trapping IS NULL))
);
CREATE TABLE evidence (
    claim_id INTEGER NOT NULL REFERENCES claims (id) {_DEFERRED},
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    position INTEGER NOT NULL,
    disputes {_BOOLEAN.format("disputes")},
    PRIMARY KEY (claim_id, reference_id)
);
CREATE TABLE evidence_sections (
    claim_id INTEGER NOT NULL,
    reference_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    PRIMARY KEY (claim_id, reference_id, position),
    UNIQUE (claim_id, reference_id, section),
    FOREIGN KEY (claim_id, reference_id) REFERENCES evidence (claim_id, reference_id) {_DEFERRED}
);
CREATE TABLE affinities (
    claim_id INTEGER NOT NULL REFERENCES claims (id) {_DEFERRED},
    position INTEGER NOT NULL,
    parameter TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    target TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    conditions TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
);
CREATE TABLE affinity_references (
    claim_id INTEGER NOT NULL,
    affinity INTEGER NOT NULL,
    position INTEGER NOT NULL,
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    PRIMARY KEY (claim_id, affinity, position),
    UNIQUE (claim_id, affinity, reference_id),
    FOREIGN KEY (claim_id, affinity) REFERENCES affinities (claim_id, position) {_DEFERRED}
);
CREATE TABLE claim_via (
    claim_id INTEGER NOT NULL REFERENCES claims (id) {_DEFERRED},
    position INTEGER NOT NULL,
    mechanism_id TEXT NOT NULL REFERENCES mechanisms (id) {_DEFERRED},
    PRIMARY KEY (claim_id, position),
    UNIQUE (claim_id, mechanism_id)
);
"""
    + _IDENTIFIERS_VIEW
    + f"""CREATE UNIQUE INDEX refs_number ON refs (number) WHERE is_article = 0;
CREATE INDEX mappings_object ON mappings (object);
CREATE INDEX mapping_references_reference_id ON mapping_references (reference_id);
CREATE INDEX claims_subject ON claims (subject);
CREATE INDEX claims_object ON claims (object);
CREATE INDEX claims_predicate ON claims (predicate);
CREATE INDEX claims_certainty_rank ON claims (certainty_rank);
CREATE INDEX evidence_reference_id ON evidence (reference_id);
CREATE INDEX affinities_target ON affinities (target);
PRAGMA user_version = {SCHEMA_VERSION};
"""
)
"""The ``CREATE`` statements of the database :func:`write_sqlite` writes."""

_Row = tuple[object, ...]


def write_sqlite(registry: Registry, path: str | os.PathLike[str]) -> Path:
    """Write *registry* to a new SQLite database at *path*, atomically.

    The database is built in a temporary file beside *path*, with foreign
    keys enforced, and then renamed over *path*: a reader sees the old file
    or the complete new one, never half of one, and a failure leaves *path*
    as it was. The module docstring lists the tables and columns.

    >>> import sqlite3, tempfile
    >>> from contextlib import closing
    >>> from pathlib import Path
    >>> from nmda_pain import default_registry
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_sqlite(default_registry(), Path(folder) / "nmda_pain.sqlite")
    ...     with closing(sqlite3.connect(path)) as connection:  # a bare `with` does not close it
    ...         connection.execute("SELECT count(*) FROM claims").fetchone()[0] == len(default_registry().claims)
    True

    Args:
        registry: The registry to write.
        path: Where to write the database; an existing file there is replaced.
            Its folder must exist.

    Returns:
        *path*, as a :class:`~pathlib.Path`.

    Raises:
        OSError: The file cannot be written.

    .. versionadded:: 0.1.0
    """
    target = Path(path)
    with (
        replacing(target) as temporary,
        contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as connection,
    ):
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(SCHEMA)
        connection.execute("BEGIN")
        _insert(connection, registry)
        connection.execute("COMMIT")  # deferred foreign keys are checked here
    return target


def _insert(connection: sqlite3.Connection, registry: Registry) -> None:
    def insert(table: str, rows: Iterable[Sequence[object]]) -> None:
        rows = list(rows)
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608 -- table names are this module's constants

    insert("entities", ((e.id, e.FAMILY, e.name) for e in registry.entities))
    insert("agents", (_scalars(a, (a.kind.value,)) for a in registry.agents))
    insert("receptors", (_scalars(r, (r.subunit_of, r.species)) for r in registry.receptors))
    insert("mechanisms", (_scalars(m, ()) for m in registry.mechanisms))
    insert("adverse_effects", (_scalars(e, (e.category.value,)) for e in registry.adverse_effects))
    insert("conditions", (_scalars(c, (c.kind.value,)) for c in registry.conditions))
    insert("enzymes", (_scalars(e, ()) for e in registry.enzymes))
    insert("synonyms", _listed((e.id, e.synonyms) for e in registry.entities))
    insert("agent_other_uses", _listed((a.id, a.other_uses) for a in registry.agents))
    insert("receptor_permeant_ions", _listed((r.id, r.permeant_ions) for r in registry.receptors))
    sources = () if registry.article is None else (registry.article,)
    insert(
        "refs",
        [_reference(r, is_article=False) for r in registry.references]
        + [_reference(r, is_article=True) for r in sources],
    )
    insert("authors", _authors((*registry.references, *sources)))
    insert(
        "mappings",
        (
            (
                index,
                m.subject,
                m.predicate.value,
                m.object.canonical,
                m.object.prefix,
                m.object.identifier,
                m.object_label,
                m.notes,
                None if m.direction is None else m.direction.value,
            )
            for index, m in enumerate(registry.mappings)
        ),
    )
    insert(
        "mapping_references", _listed((i, m.references) for i, m in enumerate(registry.mappings))
    )
    insert("claims", (_claim(index, c, registry) for index, c in enumerate(registry.claims)))
    insert(
        "evidence",
        (
            (index, item.reference, position, int(item.disputes))
            for index, claim in enumerate(registry.claims)
            for position, item in enumerate(claim.evidence)
        ),
    )
    insert(
        "evidence_sections",
        (
            (index, item.reference, position, section.value)
            for index, claim in enumerate(registry.claims)
            for item in claim.evidence
            for position, section in enumerate(item.sections)
        ),
    )
    insert(
        "affinities",
        (
            (index, position, a.parameter.value, a.value, a.unit, a.target, a.conditions)
            for index, claim in enumerate(registry.claims)
            for position, a in enumerate(claim.affinities)
        ),
    )
    insert(
        "affinity_references",
        (
            (index, number, position, reference)
            for index, claim in enumerate(registry.claims)
            for number, affinity in enumerate(claim.affinities)
            for position, reference in enumerate(affinity.references)
        ),
    )
    insert("claim_via", _listed((i, c.via) for i, c in enumerate(registry.claims)))


def _scalars(entity: Entity, middle: _Row) -> _Row:
    """A family row: id and name, the family's own columns, then description and notes."""
    return (entity.id, entity.name, *middle, entity.description, entity.notes)


def _authors(references: Iterable[Reference]) -> Iterable[_Row]:
    for reference in references:
        institutional = frozenset(reference.institutional_authors)
        for position, name in enumerate(reference.authors):
            yield (reference.id, position, name, int(name in institutional))


def _listed(lists: Iterable[tuple[object, tuple[str, ...]]]) -> Iterable[_Row]:
    for owner, values in lists:
        for position, value in enumerate(values):
            yield (owner, position, value)


def _claim(index: int, claim: Claim, registry: Registry) -> _Row:
    mode = claim.mode
    return (
        index,
        claim.subject,
        claim.predicate.value,
        claim.object,
        claim.certainty.value,
        claim.certainty.rank,
        None if mode is None else mode.action.value,
        None if mode is None or mode.binding_site is None else mode.binding_site.value,
        None if mode is None or mode.trapping is None else mode.trapping.value,
        None if claim.setting is None else claim.setting.value,
        int(is_from_article(claim, registry)),
        int(claim.contested),
        claim.notes,
    )


def _reference(reference: Reference, *, is_article: bool) -> _Row:
    level = reference.evidence_level
    return (
        reference.id,
        reference.kind.value,
        reference.number,
        reference.title,
        reference.journal,
        reference.year,
        reference.volume,
        reference.issue,
        reference.pages,
        reference.article_number,
        reference.version,
        reference.doi,
        reference.pmid,
        reference.pmcid,
        reference.accession,
        reference.url,
        reference.study_design.value,
        None if level is None else level.value,
        reference.verification.value,
        reference.notes,
        int(is_article),
    )
