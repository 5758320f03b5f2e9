"""A mutation fuzzer over valid documents: only RegistryFormatError ever escapes from_json.

Each example takes the shipped document and damages it: deletes a field,
retypes or corrupts a value, duplicates a record, nests a value thousands of
levels deep, or damages the encoded bytes. from_json must then either return a
valid registry or raise RegistryFormatError whose every problem names a JSON path.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import Registry, RegistryFormatError, default_registry, from_json, to_json

DOCUMENT = json.loads(to_json(default_registry()))


def _paths(value: object, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


PATHS = _paths(DOCUMENT)[1:]  # every place below the root

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


def _copy() -> dict:
    return json.loads(json.dumps(DOCUMENT))


def _parent(document: dict, path: tuple) -> tuple[object, object]:
    target: object = document
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    return target, path[-1]


@st.composite
def damaged_documents(draw: st.DrawFn) -> str | bytes:
    document = _copy()
    path = draw(st.sampled_from(PATHS))
    parent, key = _parent(document, path)
    kind = draw(st.sampled_from(["delete", "retype", "corrupt", "duplicate", "nest", "bytes"]))
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
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "drop", "insert"]))
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
