"""Which agents treat neuropathic pain, on which references? Asked in Cypher of the KGX files.

The KGX files of the extended registry are loaded, as they are written, into
LadybugDB (``pip install real_ladybug``), an embedded graph database: one node
table and one relationship table, whose columns are the files' own
(:data:`~nmda_pain.exports.NODE_COLUMNS`, :data:`~nmda_pain.exports.EDGE_COLUMNS`).
Run it with ``python examples/kgx_graphdb.py``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, NamedTuple

import real_ladybug as lb

from nmda_pain import extended_registry
from nmda_pain.exports import EDGE_COLUMNS, NODE_COLUMNS, write_kgx

# Biolink's treatment predicates: "treats or applied or studied to treat" and its descendants.
TREATS = (
    "biolink:treats_or_applied_or_studied_to_treat",
    "biolink:treats",
    "biolink:applied_to_treat",
    "biolink:studied_to_treat",
    "biolink:in_clinical_trials_for",
    "biolink:in_preclinical_trials_for",
    "biolink:beneficial_in_models_for",
)

# The files are tab-separated and never quoted. LadybugDB's CSV reader always has a quote
# character (its QUOTE option takes one character, never none), so give it one the files
# cannot hold: a carriage return, which write_kgx refuses in a cell and never ends a line with.
# A .tsv file is read as CSV only when told so (file_format).
TSV = "(file_format='csv', header=true, delim='\\t', quote='\\r')"


def load(connection: lb.Connection, nodes: Path, edges: Path) -> None:
    """Create a ``Node`` and an ``Edge`` table from the files' columns and copy the files in.

    Every column is a ``STRING``, as in the files: a list stays one string
    (``string_split`` makes it a list) and ``true``/``false`` stay text.
    """
    properties = ", ".join(f"`{column}` STRING" for column in NODE_COLUMNS)
    connection.execute(f"CREATE NODE TABLE Node({properties}, PRIMARY KEY (id))")
    # An edge's endpoints are its FROM and TO; every other column is a property.
    rest = [column for column in EDGE_COLUMNS if column not in ("subject", "object")]
    properties = ", ".join(f"`{column}` STRING" for column in rest)
    connection.execute(f"CREATE REL TABLE Edge(FROM Node TO Node, {properties})")
    connection.execute(f"COPY Node FROM '{nodes.as_posix()}' {TSV}")
    # COPY reads a relationship's FROM and TO from the first two columns, and the edges
    # file starts with the edge's id: read the file with LOAD FROM and return them first.
    # LOAD FROM guesses the columns' types (true becomes True) unless it is given them.
    columns = ", ".join(f"`{column}` STRING" for column in EDGE_COLUMNS)
    returned = ", ".join(f"`{column}`" for column in ("subject", "object", *rest))
    connection.execute(
        f"COPY Edge FROM (LOAD WITH HEADERS ({columns}) FROM '{edges.as_posix()}' {TSV} "
        f"RETURN {returned})"
    )


# A Biolink slot's list (publications) is |-delimited, a list of this package's own
# (references) ;-delimited text.
QUERY = """
MATCH (agent:Node)-[claim:Edge]->(condition:Node {name: $condition})
WHERE claim.predicate IN $predicates
RETURN agent.name, claim.predicate, claim.certainty,
       coalesce(string_split(claim.`references`, ';'), []),
       coalesce(string_split(claim.publications, '|'), [])
ORDER BY agent.name, claim.predicate
"""


class Treatment(NamedTuple):
    """One edge of a treatment predicate to the condition, as the query returns it."""

    agent: str
    predicate: str
    certainty: str
    references: list[str]
    publications: list[str]


def _one(result: lb.QueryResult | list[lb.QueryResult]) -> lb.QueryResult:
    """The result of a single statement (``execute`` returns a list for several)."""
    if isinstance(result, list):
        msg = f"expected one statement's result, got {len(result)}"
        raise TypeError(msg)
    return result


def treatments(connection: lb.Connection, condition: str) -> list[Treatment]:
    """The edges of a treatment predicate to the node named *condition*, by agent."""
    parameters: dict[str, Any] = {"condition": condition, "predicates": list(TREATS)}
    rows = _one(connection.execute(QUERY, parameters)).get_all()
    return [Treatment(*row) for row in rows if isinstance(row, list)]


def main() -> None:
    registry = extended_registry()
    condition = registry.resolve("neuropathic pain")
    with tempfile.TemporaryDirectory() as folder:
        paths = write_kgx(registry, folder)
        database = lb.Database()  # in memory; give it a path to keep the database
        connection = lb.Connection(database)
        load(connection, paths[0], paths[1])
        answer = treatments(connection, condition.name)
        connection.close()
        database.close()
    print(f"Agents for {condition.name.lower()}, from the KGX files in LadybugDB:\n")
    for row in answer:
        print(f"{row.agent}: {row.predicate} ({row.certainty.replace('_', ' ')})")
        print(f"  references: {', '.join(row.references)}")
        print(f"  publications: {', '.join(row.publications) or 'none'}")


if __name__ == "__main__":
    main()
