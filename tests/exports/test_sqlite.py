"""The SQLite export: every record survives, keys hold, the file appears whole or not at all."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from contextlib import closing

import polars as pl
import pytest
from hypothesis import given

from nmda_pain import (
    ActionType,
    AdverseEffect,
    AdverseEffectCategory,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    ClinicalSetting,
    Condition,
    ConditionKind,
    Curie,
    Direction,
    Enzyme,
    Evidence,
    Mapping,
    MatchPredicate,
    Mechanism,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.data.article import build_registry
from nmda_pain.exports import SCHEMA_VERSION, write_sqlite
from nmda_pain.exports import sqlite as sqlite_export
from nmda_pain.provenance import is_from_article
from tests.builders import users_registry
from tests.strategies import registries


def connect(path):
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    return closing(connection)


def _optional(enum_type, value):
    return None if value is None else enum_type(value)


def _listed(db, table, owner, value):
    found = defaultdict(list)
    for row in db.execute(f"SELECT * FROM {table} ORDER BY {owner}, position"):  # noqa: S608
        found[row[owner]].append(row[value])
    return {key: tuple(values) for key, values in found.items()}


def _rows(db, table):
    return db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()  # noqa: S608


def read_entities(db):
    synonyms = _listed(db, "synonyms", "entity_id", "synonym")
    other_uses = _listed(db, "agent_other_uses", "agent_id", "use")
    ions = _listed(db, "receptor_permeant_ions", "receptor_id", "ion")

    def common(row):
        return {
            "id": row["id"],
            "name": row["name"],
            "synonyms": synonyms.get(row["id"], ()),
            "description": row["description"],
            "notes": row["notes"],
        }

    return {
        "agents": tuple(
            Agent(
                **common(row), kind=AgentKind(row["kind"]), other_uses=other_uses.get(row["id"], ())
            )
            for row in _rows(db, "agents")
        ),
        "receptors": tuple(
            Receptor(
                **common(row),
                permeant_ions=ions.get(row["id"], ()),
                subunit_of=row["subunit_of"],
                species=row["species"],
            )
            for row in _rows(db, "receptors")
        ),
        "mechanisms": tuple(Mechanism(**common(row)) for row in _rows(db, "mechanisms")),
        "adverse_effects": tuple(
            AdverseEffect(**common(row), category=AdverseEffectCategory(row["category"]))
            for row in _rows(db, "adverse_effects")
        ),
        "conditions": tuple(
            Condition(**common(row), kind=ConditionKind(row["kind"]))
            for row in _rows(db, "conditions")
        ),
        "enzymes": tuple(Enzyme(**common(row)) for row in _rows(db, "enzymes")),
    }


REFERENCE_TEXT = (
    "number",
    "title",
    "journal",
    "year",
    "volume",
    "issue",
    "pages",
    "article_number",
    "version",
    "doi",
    "pmid",
    "pmcid",
    "accession",
    "url",
    "notes",
)


def read_references(db):
    authors = _listed(db, "authors", "reference_id", "name")
    institutional = defaultdict(list)
    for row in db.execute(
        "SELECT * FROM authors WHERE institutional ORDER BY reference_id, position"
    ):
        institutional[row["reference_id"]].append(row["name"])
    references = []
    source = None
    for row in _rows(db, "refs"):
        reference = Reference(
            id=row["id"],
            kind=ReferenceKind(row["kind"]),
            authors=authors.get(row["id"], ()),
            institutional_authors=tuple(institutional.get(row["id"], ())),
            study_design=StudyDesign(row["study_design"]),
            verification=VerificationStatus(row["verification"]),
            **{name: row[name] for name in REFERENCE_TEXT},
        )
        level = reference.evidence_level
        assert row["evidence_level"] == (None if level is None else level.value)
        if row["is_article"]:
            source = reference
        else:
            references.append(reference)
    return {"references": tuple(references), "article": source}


def read_mappings(db):
    sources = _listed(db, "mapping_references", "mapping_id", "reference_id")
    mappings = []
    for row in db.execute("SELECT * FROM mappings ORDER BY id"):
        assert row["id"] == len(mappings)
        curie = Curie(row["prefix"], row["identifier"])
        assert row["object"] == curie.canonical
        mappings.append(
            Mapping(
                subject=row["subject"],
                predicate=MatchPredicate(row["predicate"]),
                object=curie,
                object_label=row["object_label"],
                references=sources[row["id"]],
                notes=row["notes"],
                direction=None if row["direction"] is None else Direction(row["direction"]),
            )
        )
    return {"mappings": tuple(mappings)}


def read_claims(db):
    sections = defaultdict(list)
    for row in db.execute(
        "SELECT * FROM evidence_sections ORDER BY claim_id, reference_id, position"
    ):
        sections[row["claim_id"], row["reference_id"]].append(Section(row["section"]))
    evidence = defaultdict(list)
    for row in db.execute("SELECT * FROM evidence ORDER BY claim_id, position"):
        key = (row["claim_id"], row["reference_id"])
        evidence[row["claim_id"]].append(
            Evidence(
                reference=row["reference_id"],
                sections=tuple(sections[key]),
                disputes=bool(row["disputes"]),
            )
        )
    affinity_sources = defaultdict(list)
    for row in db.execute(
        "SELECT * FROM affinity_references ORDER BY claim_id, affinity, position"
    ):
        affinity_sources[row["claim_id"], row["affinity"]].append(row["reference_id"])
    affinities = defaultdict(list)
    for row in db.execute("SELECT * FROM affinities ORDER BY claim_id, position"):
        affinities[row["claim_id"]].append(
            Affinity(
                parameter=AffinityParameter(row["parameter"]),
                value=row["value"],
                unit=row["unit"],
                target=row["target"],
                conditions=row["conditions"],
                references=tuple(affinity_sources[row["claim_id"], row["position"]]),
            )
        )
    via = _listed(db, "claim_via", "claim_id", "mechanism_id")
    claims = []
    for row in db.execute("SELECT * FROM claims ORDER BY id"):
        assert row["id"] == len(claims)
        certainty = Certainty(row["certainty"])
        assert row["certainty_rank"] == certainty.rank
        mode = None
        if row["action"] is not None:
            mode = ModeOfAction(
                action=ActionType(row["action"]),
                binding_site=_optional(BindingSite, row["binding_site"]),
                trapping=_optional(Trapping, row["trapping"]),
            )
        claim = Claim(
            subject=row["subject"],
            predicate=Predicate(row["predicate"]),
            object=row["object"],
            evidence=tuple(evidence[row["id"]]),
            certainty=certainty,
            mode=mode,
            affinities=tuple(affinities[row["id"]]),
            via=via.get(row["id"], ()),
            setting=_optional(ClinicalSetting, row["setting"]),
            notes=row["notes"],
        )
        assert row["contested"] == int(claim.contested)
        claims.append((claim, row["from_article"]))
    return claims


def read_registry(path):
    """Rebuild a registry from the database alone, to prove nothing was lost."""
    with connect(path) as db:
        claims = read_claims(db)
        registry = Registry(
            **read_entities(db),
            **read_references(db),
            **read_mappings(db),
            claims=tuple(claim for claim, _ in claims),
        )
        families = {row["id"]: row["family"] for row in _rows(db, "entities")}
        identifiers = db.execute("SELECT entity_id, curie FROM identifiers").fetchall()
    assert families == {entity.id: entity.FAMILY for entity in registry.entities}
    assert [flag for _, flag in claims] == [int(is_from_article(c, registry)) for c, _ in claims]
    assert [tuple(row) for row in identifiers] == [
        (m.subject, m.object.canonical)
        for m in registry.mappings
        if m.predicate is MatchPredicate.EXACT
    ]
    return registry


@pytest.fixture(params=["article", "default", "extended", "users"])
def shipped(request):
    """A shipped registry, or the shipped one with a user's own records."""
    makers = {
        "article": build_registry,
        "default": default_registry,
        "extended": extended_registry,
        "users": users_registry,
    }
    return makers[request.param]()


def test_the_shipped_registries_survive_the_round_trip(shipped, tmp_path):
    path = write_sqlite(shipped, tmp_path / "registry.sqlite")
    assert path == tmp_path / "registry.sqlite"
    assert read_registry(path) == shipped


@given(registries())
def test_any_registry_survives_the_round_trip(registry):
    import tempfile  # noqa: PLC0415 -- hypothesis forbids function-scoped fixtures such as tmp_path
    from pathlib import Path  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        path = write_sqlite(registry, Path(folder) / "registry.sqlite")
        assert read_registry(path) == registry


def test_foreign_keys_hold_and_the_file_is_sound(shipped, tmp_path):
    path = write_sqlite(shipped, tmp_path / "registry.sqlite")
    with closing(sqlite3.connect(path, isolation_level=None)) as db:  # each statement commits
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO evidence VALUES (0, 'no-such-reference', 9, 0)")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE evidence SET disputes = 2 WHERE claim_id = 0")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE claims SET action = NULL, trapping = 'trapping' WHERE id = 0")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE claims SET certainty_rank = certainty_rank + 1 WHERE id = 0")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            db.execute("UPDATE claims SET certainty = 'certain' WHERE id = 0")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            db.execute(
                "INSERT INTO claims SELECT 100000, subject, predicate, object, certainty, "
                "certainty_rank, action, binding_site, trapping, setting, from_article, contested, notes "
                "FROM claims WHERE id = 0"
            )


def test_every_table_has_a_primary_key_and_the_lookups_have_indexes(tmp_path):
    path = write_sqlite(default_registry(), tmp_path / "registry.sqlite")
    with connect(path) as db:
        tables = [
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        assert {
            "entities",
            "agents",
            "refs",
            "claims",
            "evidence",
            "synonyms",
            "mappings",
            "mapping_references",
            "affinities",
            "affinity_references",
            "claim_via",
        } <= set(tables)
        assert not {"xrefs", "modes_of_action", "receptor_gated_by"} & set(tables)
        for table in tables:
            keys = [row["name"] for row in db.execute(f"PRAGMA table_info({table})") if row["pk"]]
            assert keys, table
        indexed = set()
        for table in ("claims", "evidence", "mappings", "affinities"):
            for index in db.execute(f"PRAGMA index_list({table})"):
                columns = [row["name"] for row in db.execute(f"PRAGMA index_info({index['name']})")]
                indexed.add((table, tuple(columns)))
        assert {
            ("claims", ("subject",)),
            ("claims", ("object",)),
            ("claims", ("predicate",)),
            ("claims", ("certainty_rank",)),
            ("evidence", ("reference_id",)),
            ("mappings", ("object",)),
            ("affinities", ("target",)),
        } <= indexed


def test_the_article_is_kept_apart_from_the_references(tmp_path):
    path = write_sqlite(default_registry(), tmp_path / "registry.sqlite")
    with connect(path) as db:
        rows = db.execute("SELECT id, number FROM refs WHERE is_article = 1").fetchall()
        assert [tuple(row) for row in rows] == [("el-sayed-2025", None)]
        numbers = [
            row[0]
            for row in db.execute(
                "SELECT number FROM refs WHERE is_article = 0 AND number NOT NULL"
            )
        ]
        assert sorted(numbers) == list(range(1, 11))


def test_agents_for_neuropathic_pain_with_their_reference_numbers(tmp_path):
    path = write_sqlite(default_registry(), tmp_path / "registry.sqlite")
    query = """
        SELECT s.name, c.certainty, group_concat(r.number, ',')
        FROM claims AS c
        JOIN entities AS s ON s.id = c.subject
        JOIN entities AS o ON o.id = c.object
        JOIN evidence AS e ON e.claim_id = c.id
        JOIN refs AS r ON r.id = e.reference_id
        WHERE o.name = 'Neuropathic pain' AND c.predicate = 'treats'
        GROUP BY c.id ORDER BY c.id
    """
    with connect(path) as db:
        found = [tuple(row) for row in db.execute(query)]
    assert found == [
        ("NMDA receptor antagonists", "under_investigation", "1"),
        ("Memantine", "promising", "3"),
        ("Dextromethorphan", "demonstrated", "5"),
    ]


def at_least_promising(registry):
    """The ids of the claims at least promising, by the enum's own comparison."""
    return [
        index
        for index, claim in enumerate(registry.claims)
        if claim.certainty >= Certainty.PROMISING
    ]


def test_the_rank_is_the_certaintys_and_higher_is_stronger(shipped, tmp_path):
    path = write_sqlite(shipped, tmp_path / "registry.sqlite")
    with connect(path) as db:
        ranks = dict(db.execute("SELECT DISTINCT certainty, certainty_rank FROM claims"))
    assert ranks == {claim.certainty.value: claim.certainty.rank for claim in shipped.claims}
    # the highest rank is the strongest certainty the registry holds
    assert max(ranks, key=ranks.__getitem__) == max(ranks, key=Certainty)


@pytest.mark.parametrize("make", [default_registry, extended_registry, users_registry])
def test_sql_on_the_rank_keeps_exactly_the_claims_at_least_promising(make, tmp_path):
    registry = make()
    path = write_sqlite(registry, tmp_path / "registry.sqlite")
    query = "SELECT id FROM claims WHERE certainty_rank >= ? ORDER BY id"
    with connect(path) as db:
        kept = [row[0] for row in db.execute(query, (Certainty.PROMISING.rank,))]
        # the text compares by alphabet, which is what the rank is for
        by_text = db.execute("SELECT count(*) FROM claims WHERE certainty >= 'promising'")
        alphabetical = by_text.fetchone()[0]
    assert kept == at_least_promising(registry)
    assert alphabetical == sum(c.certainty.value >= "promising" for c in registry.claims)


@pytest.mark.parametrize("make", [default_registry, extended_registry, users_registry])
def test_polars_reads_the_claims_and_filters_the_rank(make, tmp_path):
    registry = make()
    path = write_sqlite(registry, tmp_path / "registry.sqlite")
    with closing(sqlite3.connect(path)) as db:
        claims = pl.read_database("SELECT id, certainty, certainty_rank FROM claims", db)
    assert claims.schema["certainty_rank"] == pl.Int64
    kept = claims.filter(pl.col("certainty_rank") >= Certainty.PROMISING.rank)
    assert kept["id"].to_list() == at_least_promising(registry)
    assert set(kept["certainty"]) == {
        c.certainty.value for c in registry.claims if c.certainty >= Certainty.PROMISING
    }


def test_the_sources_of_an_identifier_and_of_a_claim_are_a_join_away(tmp_path):
    registry = extended_registry()
    path = write_sqlite(registry, tmp_path / "registry.sqlite")
    identifier = """
        SELECT r.id, r.kind, r.verification
        FROM identifiers AS i
        JOIN mappings AS m ON m.subject = i.entity_id AND m.object = i.curie
        JOIN mapping_references AS mr ON mr.mapping_id = m.id
        JOIN refs AS r ON r.id = mr.reference_id
        WHERE i.curie = 'chebi:6121' ORDER BY mr.position
    """
    claim = """
        SELECT r.id, r.kind, r.verification, e.disputes
        FROM claims AS c
        JOIN evidence AS e ON e.claim_id = c.id
        JOIN refs AS r ON r.id = e.reference_id
        WHERE c.subject = ? AND c.predicate = ? AND c.object = ? ORDER BY e.position
    """
    (ketamine,) = [
        m for m in registry.mappings_of("ketamine") if m.object.canonical == "chebi:6121"
    ]
    with connect(path) as db:
        found = [tuple(row) for row in db.execute(identifier)]
        assert found == [
            (r.id, r.kind.value, r.verification.value) for r in registry.references_of(ketamine)
        ]
        for record in registry.claims:
            rows = [
                tuple(row)
                for row in db.execute(
                    claim, (record.subject, record.predicate.value, record.object)
                )
            ]
            assert rows == [
                (r.id, r.kind.value, r.verification.value, int(e.disputes))
                for r, e in zip(registry.references_of(record), record.evidence, strict=True)
            ]
        beyond = db.execute("SELECT count(*) FROM claims WHERE from_article = 0").fetchone()[0]
        assert beyond == len(registry.claims) - len(default_registry().claims)
        contested = db.execute("SELECT count(*) FROM claims WHERE contested = 1").fetchone()[0]
        assert contested == sum(c.contested for c in registry.claims) > 0
        measured = db.execute(
            "SELECT count(*) FROM affinities WHERE typeof(value) = 'real'"
        ).fetchone()[0]
        assert measured == sum(len(c.affinities) for c in registry.claims) > 0


def test_an_existing_file_is_replaced(tmp_path):
    path = tmp_path / "registry.sqlite"
    path.write_bytes(b"not a database")
    write_sqlite(default_registry(), path)
    assert read_registry(path) == default_registry()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry.sqlite"]


def test_the_database_is_readable_as_the_umask_allows_not_owner_only(tmp_path):
    new, existing = tmp_path / "new.sqlite", tmp_path / "existing.sqlite"
    existing.write_bytes(b"")
    existing.chmod(0o640)
    previous = os.umask(0o022)
    try:
        write_sqlite(default_registry(), new)
        write_sqlite(default_registry(), existing)
    finally:
        os.umask(previous)
    assert new.stat().st_mode & 0o777 == 0o644
    assert existing.stat().st_mode & 0o777 == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "registry.sqlite"
    path.write_bytes(b"the old file")

    def fail(*_):
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(sqlite_export, "_insert", fail)
    with pytest.raises(OSError, match="disk full"):
        write_sqlite(default_registry(), path)
    assert path.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry.sqlite"]


def test_a_directory_in_the_way_is_an_error_and_leaves_nothing_behind(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):  # noqa: PT011 -- IsADirectoryError on POSIX, PermissionError on Windows
        write_sqlite(default_registry(), tmp_path / "taken")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


def test_a_missing_folder_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_sqlite(default_registry(), tmp_path / "missing" / "registry.sqlite")


def test_a_string_path_works_and_an_empty_registry_gives_empty_tables(tmp_path):
    path = write_sqlite(Registry(), str(tmp_path / "empty.sqlite"))
    with connect(path) as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert read_registry(path) == Registry()
