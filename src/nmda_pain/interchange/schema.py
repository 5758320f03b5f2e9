"""The JSON Schema of registry documents, generated from the attrs model.

:func:`json_schema` walks the record classes: their field types give the JSON
types, their defaults say which fields are required, enums give the allowed
values, and the constraints each field's validator enforces (id pattern,
non-empty text, DOI shape, year range, at least one item) come from the
field's metadata, and each field's description from the ``Attributes:``
section of its class docstring. Nothing is written by hand, so the schema cannot drift from
the model. A copy ships inside the package as ``registry.schema.json`` for
tools that do not run Python; a test keeps it identical to a fresh generation.

The schema checks the shape of a document. What needs more than one record
(unique ids, ids that exist, claims linking the right families) is checked by
:func:`nmda_pain.from_json` only.
"""

from __future__ import annotations

import copy
import enum
import functools
import inspect
import re
import types
import typing
from typing import Final, Union

import attrs

from nmda_pain.interchange.document import FORMAT, FORMAT_VERSION
from nmda_pain.model import Curie, Reference
from nmda_pain.registry import FAMILIES, RECORD_TYPES, Registry

__all__ = ["SCHEMA_DIALECT", "json_schema"]

SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of :func:`json_schema`."""

_JSON_TYPES: Final[dict[object, str]] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
}

_ATTRIBUTE: Final = re.compile(r"^ {4}(?P<name>\w+): (?P<text>.*)$")
_CONTINUATION: Final = re.compile(r"^ {8}(?P<text>\S.*)$")


def field_descriptions(record_type: type) -> dict[str, str]:
    """Each field's description, read from the ``Attributes:`` section of *record_type*'s docstring.

    The docstring is where a field is documented for people; the schema reads it
    there rather than keeping a second copy.
    """
    descriptions: dict[str, str] = {}
    current: str | None = None
    inside = False
    # cleandoc first: Python 3.13 strips a docstring's indentation at compile time, older
    # versions keep it, and the section's layout must read the same on both.
    for line in inspect.cleandoc(record_type.__doc__ or "").splitlines():
        if line.strip() == "Attributes:":
            inside = True
            continue
        if not inside:
            continue
        if not line.strip() or not line.startswith(" " * 4):
            if descriptions:
                break
            continue
        attribute = _ATTRIBUTE.match(line)
        continuation = _CONTINUATION.match(line)
        if attribute is not None:
            current = str(attribute["name"])
            descriptions[current] = str(attribute["text"])
        elif continuation is not None and current is not None:
            descriptions[current] += " " + str(continuation["text"])
    return {name: _plain(text) for name, text in descriptions.items()}


def _plain(text: str) -> str:
    """Docstring markup made plain: roles and double backquotes removed."""
    text = re.sub(r":\w+:`~?(?:[\w.]+\.)?([^`<]+?)(?: <[^>]+>)?`", r"\1", text)
    return text.replace("``", "")


def json_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) of the documents :func:`~nmda_pain.to_json` writes.

    Each call returns a fresh copy, which the caller may change.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Claim"]["properties"]["certainty"]["enum"][:2]
    ['established', 'demonstrated']

    .. versionadded:: 0.1.0
    """
    return copy.deepcopy(_generate())


@functools.cache
def _generate() -> dict[str, object]:
    definitions: dict[str, object] = {}
    properties: dict[str, object] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
    }
    registry_fields = field_descriptions(Registry)
    for name in FAMILIES:
        properties[name] = {
            "description": registry_fields[name],
            "type": "array",
            "items": _reference_to(RECORD_TYPES[name], definitions),
        }
    properties["article"] = {
        "description": registry_fields["article"],
        "anyOf": [_reference_to(Reference, definitions), {"type": "null"}],
    }
    properties["format"]["description"] = "Always 'nmda_pain.registry'."  # type: ignore[index]
    properties["format_version"]["description"] = (  # type: ignore[index]
        f"The document format version: {FORMAT_VERSION}, the one this schema describes."
    )
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:nmda-pain:registry:{FORMAT_VERSION}",
        "title": "nmda_pain registry document",
        "description": (
            f"A registry of the nmda_pain knowledge model, format {FORMAT!r} version {FORMAT_VERSION}. "
            "Cross-record rules (unique ids, existing ids, predicate signatures, cited references) "
            "are checked by nmda_pain.from_json, not by this schema."
        ),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }


def _reference_to(record_type: type, definitions: dict[str, object]) -> dict[str, object]:
    name = record_type.__name__
    if name not in definitions:
        definitions[name] = {}  # placeholder, in case of self-reference
        definitions[name] = _record(record_type, definitions)
    return {"$ref": f"#/$defs/{name}"}


def _record(record_type: type, definitions: dict[str, object]) -> dict[str, object]:
    hints = typing.get_type_hints(record_type)
    descriptions = field_descriptions(record_type)
    properties: dict[str, object] = {}
    required: list[str] = []
    for field in attrs.fields(record_type):
        described = descriptions.get(field.name)
        if described is None:  # pragma: no cover -- a new field needs its line in the docstring
            msg = f"{record_type.__name__}.{field.name} has no description in the class docstring"
            raise TypeError(msg)
        properties[field.name] = {
            "description": described,
            **_field(hints[field.name], field.metadata, definitions),
        }
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (record_type.__doc__ or "").strip().split("\n", 1)[0]
    return {
        "title": record_type.__name__,
        "description": doc,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _field(
    annotation: object, metadata: typing.Mapping[str, object], definitions: dict[str, object]
) -> dict[str, object]:
    value_rules = _rules(metadata, "json_schema")
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (Union, types.UnionType) and type(None) in arguments:
        (inner,) = (argument for argument in arguments if argument is not type(None))
        return {"anyOf": [_field(inner, metadata, definitions), {"type": "null"}]}
    if origin is tuple:
        items = _value(arguments[0], value_rules, definitions)
        return {"type": "array", "items": items, **_rules(metadata, "json_schema_array")}
    return _value(annotation, value_rules, definitions)


def _value(
    annotation: object, rules: dict[str, object], definitions: dict[str, object]
) -> dict[str, object]:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"type": "string", "enum": [member.value for member in annotation]}
    if annotation is Curie:  # written as its canonical string
        return {"type": "string", **rules}
    if isinstance(annotation, type) and attrs.has(annotation):
        return _reference_to(annotation, definitions)
    json_type = _JSON_TYPES.get(annotation)
    if json_type is not None:
        return {"type": json_type, **rules}
    msg = f"no JSON Schema mapping for the field type {annotation!r}"  # pragma: no cover -- a new field type needs a mapping here
    raise TypeError(msg)  # pragma: no cover


def _rules(metadata: typing.Mapping[str, object], key: str) -> dict[str, object]:
    rules = metadata.get(key, {})
    assert isinstance(rules, dict)  # noqa: S101 -- the model's metadata constants are dicts
    return copy.deepcopy(typing.cast("dict[str, object]", rules))
