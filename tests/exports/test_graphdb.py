"""The KGX files in a graph database: LadybugDB loads them as written and answers as the registry does.

The load and the query are the how-to's own, from ``examples/kgx_graphdb.py``
(docs/howto.md includes that file), so the docs, the example and this test run
one piece of code.
"""

from __future__ import annotations

import csv
import importlib.util
import runpy
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Evidence,
    Predicate,
    Reference,
    ReferenceKind,
    extended_registry,
)
from nmda_pain.biolink import claim_predicate
from nmda_pain.exports import EDGE_COLUMNS, NODE_COLUMNS, write_kgx
from nmda_pain.provenance import is_from_article
from tests.builders import users_registry

if TYPE_CHECKING:
    from types import ModuleType

    from nmda_pain import Registry

lb = pytest.importorskip("real_ladybug")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kgx_graphdb.py"
CONDITION = "neuropathic pain"
QUOTED_NAME = '"Compound Q"'  # a name wholly in quotes, which a reader that quotes would strip


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kgx_graphdb", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


example = _example()


def loaded(registry: Registry, folder: Path):
    """A connection to an in-memory database holding *registry*'s KGX files, loaded as the how-to does."""
    paths = write_kgx(registry, folder)
    connection = lb.Connection(lb.Database())
    example.load(connection, paths[0], paths[1])
    return connection, paths[0], paths[1]


def treatment_claims(registry: Registry) -> list[Claim]:
    """The claims the question is about, read from the registry: a treatment predicate, to the condition."""
    condition = registry.resolve(CONDITION)
    return [
        claim
        for claim in registry.claims
        if claim.object == condition.id and claim_predicate(claim).predicate in example.TREATS
    ]


def expected_answer(registry: Registry) -> list[tuple[str, str, str, list[str]]]:
    """Agent, Biolink predicate, certainty and supporting reference ids of each such claim."""
    return sorted(
        (
            registry.resolve(claim.subject).name,
            claim_predicate(claim).predicate,
            claim.certainty.value,
            [evidence.reference for evidence in claim.evidence if not evidence.disputes],
        )
        for claim in treatment_claims(registry)
    )


def answer(registry: Registry, folder: Path) -> list:
    connection, _, _ = loaded(registry, folder)
    return example.treatments(connection, registry.resolve(CONDITION).name)


@pytest.mark.parametrize(
    "registry",
    [extended_registry(), users_registry(extended_registry())],
    ids=["extended", "users"],
)
def test_the_graph_names_the_agents_that_treat_neuropathic_pain_and_their_references(
    registry, tmp_path
):
    rows = answer(registry, tmp_path)
    expected = expected_answer(registry)
    assert expected  # the question has an answer in both registries
    assert sorted((r.agent, r.predicate, r.certainty, r.references) for r in rows) == expected


def test_the_answer_covers_every_treatment_predicate_the_files_use(tmp_path):
    # More than one predicate of the family occurs (demonstrated and promising claims differ),
    # and the query returns edges of each: a WHERE on biolink:treats alone would miss some.
    registry = users_registry(extended_registry())
    used = {claim_predicate(claim).predicate for claim in treatment_claims(registry)}
    assert len(used) > 1
    assert {row.predicate for row in answer(registry, tmp_path)} == used


def test_each_publication_is_the_article_or_an_identifier_of_a_supporting_reference(tmp_path):
    registry = users_registry(extended_registry())
    article = registry.article
    assert article is not None
    assert article.doi is not None
    article_doi = f"doi:{article.doi}"
    claims = {
        (registry.resolve(c.subject).name, claim_predicate(c).predicate): c
        for c in treatment_claims(registry)
    }
    rows = answer(registry, tmp_path)
    assert len(rows) == len(claims)
    for row in rows:
        claim = claims[row.agent, row.predicate]
        assert (article_doi in row.publications) == is_from_article(claim, registry)
        cited: list[str] = []
        for evidence in claim.evidence:
            if evidence.disputes:
                continue
            reference = registry.reference(evidence.reference)
            curies = {
                f"{prefix}:{value}"
                for prefix, value in (
                    ("PMID", reference.pmid),
                    ("PMC", reference.pmcid),
                    ("doi", reference.doi),
                )
                if value is not None
            }
            found = [p for p in row.publications if p in curies]
            # a reference with an identifier is named once, by one of them; one without is not
            assert len(found) == (1 if curies else 0)
            cited.extend(found)
        article_cited = {article_doi} if is_from_article(claim, registry) else set()
        assert set(row.publications) == {*cited, *article_cited}
        assert len(row.publications) == len(set(row.publications))


def _file(path: Path) -> list[dict[str, str | None]]:
    """The rows of a KGX file, read as KGX writes it (tabs, no quoting), empty cells as None."""
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [{key: value or None for key, value in row.items()} for row in reader]


def quoted_registry() -> Registry:
    """The extended registry with an agent of one's own whose texts hold ``"``.

    Its name is wholly in quotes, which a reader that quotes would strip, and
    its claim's notes open a quote they never close, which such a reader would
    run on into the next lines. The claim rests on two references, so that its
    list of references has two items.
    """
    notes = tuple(
        Reference(id=f"q-notes-{n}", kind=ReferenceKind.SECONDARY_SOURCE, title="Notes", year=2026)
        for n in (1, 2)
    )
    return extended_registry().extend(
        agents=(Agent(id="compound-q", name=QUOTED_NAME),),
        references=notes,
        claims=(
            Claim(
                subject="compound-q",
                predicate=Predicate.TREATS,
                object="neuropathic-pain",
                evidence=tuple(Evidence(reference=note.id) for note in notes),
                certainty=Certainty.THEORIZED,
                notes='"Works like memantine, said the reviewer.',
            ),
        ),
    )


@pytest.mark.parametrize(
    "registry",
    [users_registry(extended_registry()), quoted_registry()],
    ids=["users", "quoted"],
)
def test_every_cell_of_the_files_arrives_unchanged(registry, tmp_path):
    connection, nodes, edges = loaded(registry, tmp_path)
    stored_nodes = [
        {column: node[column] for column in NODE_COLUMNS}
        for (node,) in connection.execute("MATCH (n:Node) RETURN n").get_all()
    ]
    assert sorted(stored_nodes, key=lambda n: n["id"]) == sorted(
        _file(nodes), key=lambda n: n["id"]
    )
    stored_edges = []
    for subject, obj, edge in connection.execute(
        "MATCH (s:Node)-[e:Edge]->(o:Node) RETURN s.id, o.id, e"
    ).get_all():
        row = {column: edge.get(column) for column in EDGE_COLUMNS}
        row.update(subject=subject, object=obj)
        stored_edges.append(row)
    assert sorted(stored_edges, key=lambda e: e["id"]) == sorted(
        _file(edges), key=lambda e: e["id"]
    )


def test_an_agent_in_quotes_with_two_references_is_answered_as_written(tmp_path):
    registry = quoted_registry()
    rows = answer(registry, tmp_path)
    (mine,) = [row for row in rows if row.agent == QUOTED_NAME]
    assert mine.references == ["q-notes-1", "q-notes-2"]
    assert sorted((r.agent, r.predicate, r.certainty, r.references) for r in rows) == (
        expected_answer(registry)
    )


def test_the_example_prints_the_answer(capsys):
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    registry = extended_registry()
    for agent, predicate, certainty, references in expected_answer(registry):
        assert f"{agent}: {predicate} ({certainty.replace('_', ' ')})" in out
        assert f"  references: {', '.join(references)}" in out
