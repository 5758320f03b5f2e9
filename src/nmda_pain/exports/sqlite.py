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
  synonyms and cross-references can point to one table. ``family`` is
  ``agent``, ``receptor``, ``mechanism``, ``adverse_effect``, ``condition``
  or ``enzyme``.
* ``agents (id PRIMARY KEY -> entities, name, kind, drug_class -> agents, description, notes, provenance)``
* ``receptors (id PRIMARY KEY -> entities, name, subunit_of -> receptors, gene, description, notes, provenance)``
* ``mechanisms (id PRIMARY KEY -> entities, name, description, notes, provenance)``
* ``adverse_effects (id PRIMARY KEY -> entities, name, category, description, notes, provenance)``
* ``conditions (id PRIMARY KEY -> entities, name, kind, description, notes, provenance)``
* ``enzymes (id PRIMARY KEY -> entities, name, gene, description, notes, provenance)``

A family table has the record's single-valued fields; ``provenance`` is
``NULL`` for what the source article states. The lists of an entity have
tables of their own, each with the primary key ``(<owner>, position)``:

* ``synonyms (entity_id -> entities, position, synonym)``
* ``xrefs (entity_id -> entities, position, curie UNIQUE, prefix, identifier)``
* ``agent_other_uses (agent_id -> agents, position, use)``
* ``receptor_gated_by (receptor_id -> receptors, position, transmitter)``
* ``receptor_permeant_ions (receptor_id -> receptors, position, ion)``
* ``modes_of_action (agent_id -> agents, position, action, target -> receptors, binding_site, trapping, contested, source, notes)``, indexed on ``target``
* ``affinities (agent_id -> agents, position, parameter, value, unit, target -> receptors, species, conditions, source)``, indexed on ``target``

References and their authors:

* ``refs (id PRIMARY KEY, number, title, journal, year, volume, issue, pages, article_number, doi, study_design, evidence_level, verification, notes, is_source)``:
  the registry's references and, with ``is_source = 1``, the work it was
  curated from. The table is not called ``references``, an SQL keyword.
  ``number`` (the number in the source article) is unique among the
  references. ``evidence_level`` is the Oxford CEBM 2011 level of
  ``study_design`` (:attr:`nmda_pain.Reference.evidence_level`), ``NULL``
  where it has none.
* ``authors (reference_id -> refs, position, name)``, primary key ``(reference_id, position)``

Claims and their evidence:

* ``claims (id PRIMARY KEY, subject -> entities, predicate, object -> entities, certainty, certainty_rank, notes, provenance)``:
  ``id`` is the claim's index in :attr:`nmda_pain.Registry.claims` (from 0),
  and ``(subject, predicate, object)`` is unique. ``certainty_rank`` is
  :attr:`nmda_pain.Certainty.rank`, from 5 for ``established`` down to 0 for
  ``theorized``, to filter on with ``>=``. Indexed on ``subject``, ``object``
  and ``predicate``.
* ``evidence (claim_id -> claims, reference_id -> refs, position)``, primary
  key ``(claim_id, reference_id)``: one row per reference behind a claim, in
  evidence order. Indexed on ``reference_id``.
* ``evidence_sections (claim_id, reference_id, position, section)``, primary
  key ``(claim_id, reference_id, position)``: the article sections that state
  the claim on that reference's authority, each once;
  ``(claim_id, reference_id)`` refers to ``evidence``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nmda_pain._atomic import replacing

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from nmda_pain.model import Agent, Entity, Receptor, Reference
    from nmda_pain.registry import Registry

__all__ = ["SCHEMA", "SCHEMA_VERSION", "write_sqlite"]

SCHEMA_VERSION: Final = 1
"""The version of :data:`SCHEMA`, stored as the database's ``PRAGMA user_version``."""

_DEFERRED: Final = "DEFERRABLE INITIALLY DEFERRED"

SCHEMA: Final = f"""
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE agents (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    drug_class TEXT REFERENCES agents (id) {_DEFERRED},
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE receptors (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    subunit_of TEXT REFERENCES receptors (id) {_DEFERRED},
    gene TEXT,
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE mechanisms (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE adverse_effects (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE conditions (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE enzymes (
    id TEXT PRIMARY KEY REFERENCES entities (id) {_DEFERRED},
    name TEXT NOT NULL,
    gene TEXT,
    description TEXT NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT
);
CREATE TABLE synonyms (
    entity_id TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    position INTEGER NOT NULL,
    synonym TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE TABLE xrefs (
    entity_id TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    position INTEGER NOT NULL,
    curie TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    identifier TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE TABLE agent_other_uses (
    agent_id TEXT NOT NULL REFERENCES agents (id) {_DEFERRED},
    position INTEGER NOT NULL,
    use TEXT NOT NULL,
    PRIMARY KEY (agent_id, position)
);
CREATE TABLE receptor_gated_by (
    receptor_id TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    position INTEGER NOT NULL,
    transmitter TEXT NOT NULL,
    PRIMARY KEY (receptor_id, position)
);
CREATE TABLE receptor_permeant_ions (
    receptor_id TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    position INTEGER NOT NULL,
    ion TEXT NOT NULL,
    PRIMARY KEY (receptor_id, position)
);
CREATE TABLE modes_of_action (
    agent_id TEXT NOT NULL REFERENCES agents (id) {_DEFERRED},
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    binding_site TEXT,
    trapping TEXT,
    contested INTEGER NOT NULL CHECK (contested IN (0, 1)),
    source TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (agent_id, position)
);
CREATE TABLE affinities (
    agent_id TEXT NOT NULL REFERENCES agents (id) {_DEFERRED},
    position INTEGER NOT NULL,
    parameter TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    target TEXT NOT NULL REFERENCES receptors (id) {_DEFERRED},
    species TEXT,
    conditions TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (agent_id, position)
);
CREATE TABLE refs (
    id TEXT PRIMARY KEY,
    number INTEGER,
    title TEXT NOT NULL,
    journal TEXT NOT NULL,
    year INTEGER NOT NULL,
    volume TEXT,
    issue TEXT,
    pages TEXT,
    article_number TEXT,
    doi TEXT,
    study_design TEXT NOT NULL,
    evidence_level INTEGER,
    verification TEXT NOT NULL,
    notes TEXT NOT NULL,
    is_source INTEGER NOT NULL CHECK (is_source IN (0, 1))
);
CREATE TABLE authors (
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (reference_id, position)
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    predicate TEXT NOT NULL,
    object TEXT NOT NULL REFERENCES entities (id) {_DEFERRED},
    certainty TEXT NOT NULL,
    certainty_rank INTEGER NOT NULL,
    notes TEXT NOT NULL,
    provenance TEXT,
    UNIQUE (subject, predicate, object)
);
CREATE TABLE evidence (
    claim_id INTEGER NOT NULL REFERENCES claims (id) {_DEFERRED},
    reference_id TEXT NOT NULL REFERENCES refs (id) {_DEFERRED},
    position INTEGER NOT NULL,
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
CREATE UNIQUE INDEX refs_number ON refs (number) WHERE is_source = 0;
CREATE INDEX claims_subject ON claims (subject);
CREATE INDEX claims_object ON claims (object);
CREATE INDEX claims_predicate ON claims (predicate);
CREATE INDEX evidence_reference_id ON evidence (reference_id);
CREATE INDEX modes_of_action_target ON modes_of_action (target);
CREATE INDEX affinities_target ON affinities (target);
PRAGMA user_version = {SCHEMA_VERSION};
"""
"""The ``CREATE`` statements of the database :func:`write_sqlite` writes."""

_Row = tuple[object, ...]


def write_sqlite(registry: Registry, path: str | os.PathLike[str]) -> Path:
    """Write *registry* to a new SQLite database at *path*, atomically.

    The database is built in a temporary file beside *path*, with foreign
    keys enforced, and then renamed over *path*: a reader sees the old file
    or the complete new one, never half of one, and a failure leaves *path*
    as it was. The module docstring lists the tables and columns.

    >>> import sqlite3, tempfile
    >>> from pathlib import Path
    >>> from nmda_pain import default_registry
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_sqlite(default_registry(), Path(folder) / "nmda_pain.sqlite")
    ...     with sqlite3.connect(path) as connection:
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
    insert("agents", (_agent(agent) for agent in registry.agents))
    insert("receptors", (_receptor(receptor) for receptor in registry.receptors))
    insert("mechanisms", (_scalars(m, ()) for m in registry.mechanisms))
    insert("adverse_effects", (_scalars(e, (e.category.value,)) for e in registry.adverse_effects))
    insert("conditions", (_scalars(c, (c.kind.value,)) for c in registry.conditions))
    insert("enzymes", (_scalars(e, (e.gene,)) for e in registry.enzymes))
    insert("synonyms", _listed((e.id, e.synonyms) for e in registry.entities))
    insert(
        "xrefs",
        (
            (e.id, position, x.canonical, x.prefix, x.identifier)
            for e in registry.entities
            for position, x in enumerate(e.xrefs)
        ),
    )
    insert("agent_other_uses", _listed((a.id, a.other_uses) for a in registry.agents))
    insert("receptor_gated_by", _listed((r.id, r.gated_by) for r in registry.receptors))
    insert("receptor_permeant_ions", _listed((r.id, r.permeant_ions) for r in registry.receptors))
    insert("modes_of_action", _modes_of_action(registry.agents))
    insert("affinities", _affinities(registry.agents))
    sources = () if registry.source is None else (registry.source,)
    insert(
        "refs",
        [_reference(r, is_source=False) for r in registry.references]
        + [_reference(r, is_source=True) for r in sources],
    )
    insert("authors", _listed((r.id, r.authors) for r in (*registry.references, *sources)))
    insert(
        "claims",
        (
            (
                index,
                c.subject,
                c.predicate.value,
                c.object,
                c.certainty.value,
                c.certainty.rank,
                c.notes,
                c.provenance,
            )
            for index, c in enumerate(registry.claims)
        ),
    )
    insert(
        "evidence",
        (
            (index, item.reference, position)
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


def _scalars(entity: Entity, middle: _Row) -> _Row:
    """A family row: id and name, the family's own columns, then description, notes, provenance."""
    return (entity.id, entity.name, *middle, entity.description, entity.notes, entity.provenance)


def _agent(agent: Agent) -> _Row:
    return _scalars(agent, (agent.kind.value, agent.drug_class))


def _receptor(receptor: Receptor) -> _Row:
    return _scalars(receptor, (receptor.subunit_of, receptor.gene))


def _listed(lists: Iterable[tuple[str, tuple[str, ...]]]) -> Iterable[_Row]:
    for owner, values in lists:
        for position, value in enumerate(values):
            yield (owner, position, value)


def _modes_of_action(agents: Iterable[Agent]) -> Iterable[_Row]:
    for agent in agents:
        for position, mode in enumerate(agent.modes_of_action):
            yield (
                agent.id,
                position,
                mode.action.value,
                mode.target,
                None if mode.binding_site is None else mode.binding_site.value,
                None if mode.trapping is None else mode.trapping.value,
                int(mode.contested),
                mode.source,
                mode.notes,
            )


def _affinities(agents: Iterable[Agent]) -> Iterable[_Row]:
    for agent in agents:
        for position, affinity in enumerate(agent.affinities):
            yield (
                agent.id,
                position,
                affinity.parameter.value,
                affinity.value,
                affinity.unit,
                affinity.target,
                affinity.species,
                affinity.conditions,
                affinity.source,
            )


def _reference(reference: Reference, *, is_source: bool) -> _Row:
    level = reference.evidence_level
    return (
        reference.id,
        reference.number,
        reference.title,
        reference.journal,
        reference.year,
        reference.volume,
        reference.issue,
        reference.pages,
        reference.article_number,
        reference.doi,
        reference.study_design.value,
        None if level is None else level.value,
        reference.verification.value,
        reference.notes,
        int(is_source),
    )
