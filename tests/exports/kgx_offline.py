"""Run KGX 2.6 and the Biolink Model Toolkit offline, on the schema of the pinned Biolink release.

KGX builds a Biolink toolkit at import, which downloads the schema, a predicate
map and a JSON-LD context. This script, run by the KGX interpreter that
``.ci/run`` installs beside the project (``NMDA_PAIN_KGX_PYTHON``), points all
three at what the ``biolink-model`` package ships, then runs:

* ``kgx ...``: KGX's own command line (``validate``, ``transform``);
* ``domains NODES EDGES``: every edge whose subject or object is not of its
  predicate's Biolink domain or range, as JSON;
* ``id-prefixes CATEGORY...``: Biolink's ``id_prefixes`` of each category, as JSON;
* ``rows PARQUET...``: the number of rows of each parquet file, as JSON;
* ``prefix-map``: the package's Biolink prefix map
  (``prefixmaps/biolink_model_prefix_map.json``), as JSON.

It is test tooling, not part of the package.
"""

import csv
import json
import sys
from importlib import resources
from pathlib import Path

import bmt
import bmt.toolkit

_SCHEMA = str(resources.files("biolink_model") / "schema" / "biolink_model.yaml")
_PREFIXES = json.loads(
    (resources.files("biolink_model") / "prefixmaps" / "biolink-model-prefix-map.json").read_text()
)
_init = bmt.toolkit.Toolkit.__init__


def _offline(self, schema=_SCHEMA, predicate_map=None, **options):
    _init(self, schema, predicate_map or {"predicate mappings": []}, **options)


bmt.toolkit.Toolkit.__init__ = _offline
bmt.Toolkit.__init__ = _offline


def _rows(path):
    with Path(path).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def _domains(nodes_path, edges_path):
    toolkit = bmt.Toolkit()
    nodes = {row["id"]: row["category"].split("|") for row in _rows(nodes_path)}
    found = []
    for edge in _rows(edges_path):
        predicate = toolkit.get_element(edge["predicate"])
        for side, slot in (("subject", predicate.domain), ("object", predicate.range)):
            if slot is None:
                continue
            wanted = toolkit.get_element(slot).name
            ancestors = {a for c in nodes[edge[side]] for a in toolkit.get_ancestors(c, mixin=True)}
            if wanted not in ancestors:
                found.append({"edge": edge["id"], "side": side, "wanted": wanted})
    return found


def main(argv):
    command, *rest = argv
    if command == "domains":
        sys.stdout.write(json.dumps(_domains(*rest)) + "\n")
        return 0
    if command == "rows":
        import pyarrow.parquet  # noqa: PLC0415 -- only this command needs it

        counts = [pyarrow.parquet.read_metadata(path).num_rows for path in rest]
        sys.stdout.write(json.dumps(counts) + "\n")
        return 0
    if command == "prefix-map":
        path = resources.files("biolink_model") / "prefixmaps" / "biolink_model_prefix_map.json"
        sys.stdout.write(json.dumps(json.loads(path.read_text())) + "\n")
        return 0
    if command == "predicates":
        toolkit = bmt.Toolkit()
        found = {}
        for name in rest:
            element = toolkit.get_element(name)
            found[name] = {
                "predicate": toolkit.is_predicate(name),
                "deprecated": element is not None and bool(element.deprecated),
            }
        sys.stdout.write(json.dumps(found) + "\n")
        return 0
    if command == "id-prefixes":
        toolkit = bmt.Toolkit()
        prefixes = {c: list(dict.fromkeys(toolkit.get_element(c).id_prefixes)) for c in rest}
        sys.stdout.write(json.dumps(prefixes) + "\n")
        return 0
    import kgx.config  # noqa: PLC0415 -- after the toolkit is made offline

    for name in ("biolink", "monarch_context", "obo_context"):
        kgx.config.jsonld_context_map[name] = dict(_PREFIXES)
    from kgx.cli import cli  # noqa: PLC0415

    return cli(argv[1:], standalone_mode=False) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
