"""A mutation fuzzer over valid documents: only RegistryFormatError ever escapes from_json.

Each example takes a valid document and damages it: deletes a field, retypes
or corrupts a value, duplicates a record, nests a value thousands of levels
deep, or damages the encoded bytes. from_json must then either return a valid
registry or raise RegistryFormatError whose every problem names a JSON path.

The documents are the article's registry (its records as curated), a
synthetic registry that holds every record type and qualifier (mappings,
modes, affinities, mediating mechanisms, disputing evidence, nested classes),
and registries drawn by ``tests/strategies.py``, whose every field varies.
"""

from __future__ import annotations

import functools
import json

from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import Registry, RegistryFormatError, from_json, to_json
from nmda_pain.data.article import build_registry
from nmda_pain.testing import synthetic_registry
from tests.strategies import registries

ARTICLE = json.loads(to_json(build_registry()))
SYNTHETIC = json.loads(to_json(synthetic_registry(40, seed=5)))


def _paths(value: object, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


def test_the_synthetic_document_holds_every_qualifier_and_mappings():
    claims = SYNTHETIC["claims"]
    assert SYNTHETIC["mappings"]
    assert SYNTHETIC["enzymes"]
    assert any(claim["mode"] for claim in claims)
    assert any(claim["affinities"] for claim in claims)
    assert any(claim["via"] for claim in claims)
    assert any(item["disputes"] for claim in claims for item in claim["evidence"])
    assert {reference["kind"] for reference in SYNTHETIC["references"]} >= {
        "journal_article",
        "ontology_release",
    }


# Fixed documents and their paths are computed once; drawn ones on each example.
_FIXED = [(document, _paths(document)[1:]) for document in (ARTICLE, SYNTHETIC)]
_DRAWN = registries(max_claims=6).map(lambda r: json.loads(to_json(r)))
_DRAWN_OR_FIXED = st.one_of(st.sampled_from(_FIXED), _DRAWN.map(lambda d: (d, _paths(d)[1:])))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


_PLACEHOLDER = "\u0000nested here\u0000"
_DAMAGES = st.sampled_from(["delete", "retype", "corrupt", "duplicate", "nest", "bytes"])
_BYTE_DAMAGES = st.sampled_from(["flip", "drop", "insert"])


@functools.cache  # one strategy per size: hypothesis validates each new strategy it draws from
def _index(size: int) -> st.SearchStrategy[int]:
    return st.integers(0, size - 1)


def _copy(document: dict) -> dict:
    return json.loads(json.dumps(document))


def _parent(document: dict, path: tuple) -> tuple[object, object]:
    target: object = document
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    return target, path[-1]


@st.composite
def damaged_documents(draw: st.DrawFn) -> str | bytes:
    original, paths = draw(_DRAWN_OR_FIXED)
    document = _copy(original)
    path = paths[draw(_index(len(paths)))]
    parent, key = _parent(document, path)
    kind = draw(_DAMAGES)
    if kind == "delete":
        del parent[key]  # type: ignore[attr-defined]
    elif kind == "retype":
        parent[key] = draw(json_values)  # type: ignore[index]
    elif kind == "corrupt":
        parent[key] = draw(st.text(alphabet=st.characters(codec=None), max_size=12))  # type: ignore[index]
    elif kind == "duplicate" and isinstance(parent, list):
        parent.insert(key, parent[key])
    nested = ""
    if kind == "nest":  # written as text: json.dumps itself cannot nest this deep
        depth = draw(st.integers(1, 100_000))
        nested = "[" * depth + json.dumps(parent[key]) + "]" * depth  # type: ignore[index]
        parent[key] = _PLACEHOLDER  # type: ignore[index]
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    if nested:
        text = text.replace(json.dumps(_PLACEHOLDER), nested, 1)
    if kind != "bytes":
        return text
    return _damage_bytes(draw, bytearray(text.encode("utf-8", "surrogatepass")))


def _damage_bytes(draw: st.DrawFn, data: bytearray) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        position = draw(_index(len(data)))
        action = draw(_BYTE_DAMAGES)
        if action == "flip":
            data[position] ^= draw(st.integers(1, 255))
        elif action == "drop":
            del data[position]
        else:
            data.insert(position, draw(st.integers(0, 255)))
    return bytes(data)


@given(damaged_documents())
def test_damaged_documents_give_a_registry_or_one_error_naming_paths(damaged):
    errors: tuple[str, ...] = ()
    try:
        result = from_json(damaged)
    except RegistryFormatError as exc:
        errors = exc.errors or ("(no problem listed)",)
    else:
        assert isinstance(result, Registry)
    assert all(error.startswith("$") for error in errors), errors
