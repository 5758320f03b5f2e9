"""msgspec and pydantic v2 mirrors of the nmda_pain document, for side-by-side benchmarks.

The mirrors are generated from the attrs model itself (field names, order,
types and defaults), so they track the model as it changes: the same format 2
document that :func:`nmda_pain.to_json` writes decodes into them, and they
encode back to the same text (``run.py`` checks this before timing anything).
The document is the converter's: the header (``format``, ``format_version``),
one array per record family of :data:`nmda_pain.registry.FAMILIES` (agents,
receptors, mechanisms, adverse effects, conditions, enzymes, references,
claims, mappings), then ``source``. Every record type the families reach is
mirrored, nested ones included: ``Evidence`` (with ``disputes``), the
``ModeOfAction`` and ``Affinity`` qualifiers of a claim, ``Mapping`` with its
CURIE, which travels as its canonical string.

* msgspec: ``msgspec.Struct`` classes, ``frozen=True``, ``kw_only=True``,
  ``forbid_unknown_fields=True``; typed fields, no further constraints.
* pydantic: ``BaseModel`` classes with ``frozen=True``, ``extra="forbid"``
  and ``strict=True`` (no coercion, as nmda_pain's converter).

Both take the header as literal values, so that, like ``from_json``, they
refuse a document of another format version, and both refuse the fields
format 2 removed (``provenance``, ``drug_class``, ``xrefs``...) as unknown keys.
Neither checks what nmda_pain's validators check beyond types (id slugs,
text without surrounding whitespace, duplicate-free tuples, which predicates
take a mode, the registry's cross-record consistency). That is part of what
the ratios measure.

``python benchmarks/_mirrors.py`` checks the mirrors on their own: the round
trips of the shipped and synthetic documents, and the refusals above.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any, Literal

import attrs

import nmda_pain
from nmda_pain.interchange.document import FORMAT, FORMAT_VERSION
from nmda_pain.model import Curie
from nmda_pain.registry import FAMILIES, RECORD_TYPES

# Types that travel as a JSON string although they are classes in the model.
_AS_STRING: dict[type, type] = {Curie: str}

HEADER_FIELDS: tuple[tuple[str, Any], ...] = (
    ("format", Literal[FORMAT]),
    ("format_version", Literal[FORMAT_VERSION]),
)


def record_fields() -> list[tuple[str, Any]]:
    """The document's fields after the header, with their model types: each family, then ``source``."""
    fields: list[tuple[str, Any]] = [
        (name, types.GenericAlias(tuple, (RECORD_TYPES[name], ...))) for name in FAMILIES
    ]
    fields.append(("article", nmda_pain.Reference | None))
    return fields


def _is_union(tp: object) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


class _Mirror:
    """Translate model types into another library's types, class by class."""

    def __init__(
        self, make_class: typing.Callable[[str, list[tuple[str, Any, Any]]], type]
    ) -> None:
        self._make_class = make_class
        self.classes: dict[type, type] = {}

    def translate(self, tp: Any) -> Any:
        if tp in _AS_STRING:
            return _AS_STRING[tp]
        if tp in (str, int, float, bool, type(None)):
            return tp
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return tp  # the same enum classes on every side: values on the wire
        if typing.get_origin(tp) is tuple:
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple[self.translate(args[0]), ...]  # type: ignore[misc]
            return tuple[tuple(self.translate(a) for a in args)]  # type: ignore[misc]
        if _is_union(tp):
            members = tuple(self.translate(a) for a in typing.get_args(tp))
            return typing.Union[members]  # noqa: UP007
        if isinstance(tp, type) and attrs.has(tp):
            return self.record(tp)
        msg = f"no mirror for the model type {tp!r}"
        raise TypeError(msg)

    def record(self, cls: type) -> type:
        if cls not in self.classes:
            hints = typing.get_type_hints(cls)
            fields: list[tuple[str, Any, Any]] = []
            for field in attrs.fields(cls):
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = default.factory()
                fields.append((field.name, self.translate(hints[field.name]), default))
            self.classes[cls] = self._make_class(cls.__name__, fields)
        return self.classes[cls]

    def document(self) -> type:
        fields: list[tuple[str, Any, Any]] = [(n, t, attrs.NOTHING) for n, t in HEADER_FIELDS]
        fields += [(n, self.translate(t), attrs.NOTHING) for n, t in record_fields()]
        return self._make_class("Document", fields)


def msgspec_types() -> tuple[type, dict[type, type]]:
    """The msgspec ``Document`` Struct and the Struct for each model class."""
    import msgspec

    def make(name: str, fields: list[tuple[str, Any, Any]]) -> type:
        spec = [(n, t) if d is attrs.NOTHING else (n, t, d) for n, t, d in fields]
        return msgspec.defstruct(
            name, spec, frozen=True, kw_only=True, forbid_unknown_fields=True, module=__name__
        )

    mirror = _Mirror(make)
    document = mirror.document()
    return document, mirror.classes


def pydantic_types() -> tuple[type, dict[type, type]]:
    """The pydantic ``Document`` model and the model for each model class."""
    import pydantic

    config = pydantic.ConfigDict(frozen=True, extra="forbid", strict=True)

    def make(name: str, fields: list[tuple[str, Any, Any]]) -> type:
        spec = {n: (t, ... if d is attrs.NOTHING else d) for n, t, d in fields}
        return pydantic.create_model(name, __config__=config, __module__=__name__, **spec)  # type: ignore[call-overload,no-any-return]

    mirror = _Mirror(make)
    document = mirror.document()
    return document, mirror.classes


def check_same_document(text: str) -> dict[str, bool]:
    """Decode *text* with each mirror and re-encode it: is the text unchanged?"""
    import msgspec

    ms_document, _ = msgspec_types()
    pd_document, _ = pydantic_types()
    ms = msgspec.json.encode(msgspec.json.decode(text, type=ms_document)).decode()
    pd = pd_document.model_validate_json(text).model_dump_json()  # type: ignore[attr-defined]
    ours = nmda_pain.to_json(nmda_pain.from_json(text))
    return {"msgspec": ms == text, "pydantic": pd == text, "nmda_pain": ours == text}


def document_field_names() -> tuple[str, ...]:
    """The top-level keys of a document, as nmda_pain's converter reads them."""
    from nmda_pain.interchange._converter import Document

    return tuple(field.name for field in attrs.fields(Document))


def shipped_documents() -> dict[str, str]:
    """The documents of the shipped registries: between them, nearly every field has a value."""
    return {
        "default_registry": nmda_pain.to_json(nmda_pain.default_registry()),
        "extended_registry": nmda_pain.to_json(nmda_pain.extended_registry()),
    }


def _altered(text: str, change: typing.Callable[[dict[str, Any]], None]) -> str:
    import json

    document = json.loads(text)
    change(document)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _refusals(text: str) -> dict[str, str]:
    """Documents derived from *text* that no reader of format 2 may load."""

    def version_1(document: dict[str, Any]) -> None:
        document["format_version"] = 1

    def claim_provenance(document: dict[str, Any]) -> None:
        document["claims"][0]["provenance"] = "a free-text source"

    def agent_drug_class(document: dict[str, Any]) -> None:
        document["agents"][0]["drug_class"] = None

    def agent_xrefs(document: dict[str, Any]) -> None:
        document["agents"][0]["xrefs"] = []

    def no_mappings(document: dict[str, Any]) -> None:
        del document["mappings"]

    def mode_source(document: dict[str, Any]) -> None:
        claim = next(c for c in document["claims"] if c["mode"] is not None)
        claim["mode"]["source"] = "a free-text source"

    def disputes_not_boolean(document: dict[str, Any]) -> None:
        document["claims"][0]["evidence"][0]["disputes"] = 0

    changes = (
        version_1,
        claim_provenance,
        agent_drug_class,
        agent_xrefs,
        no_mappings,
        mode_source,
        disputes_not_boolean,
    )
    return {change.__name__: _altered(text, change) for change in changes}


def _refuses(
    read: typing.Callable[[str], object], text: str, errors: tuple[type[Exception], ...]
) -> bool:
    """Whether *read* refuses *text* with one of *errors* (any other exception propagates)."""
    try:
        read(text)
    except errors:
        return True
    return False


def check_mirrors(text: str) -> dict[str, Any]:
    """Everything the mirrors must do before they are timed, on *text* and the shipped documents.

    The mirrors' document has the converter's keys in its order; each shipped
    document and *text* come back unchanged from each mirror; each mirror and
    ``from_json`` refuse a format 1 header and the fields format 2 removed.
    """
    import msgspec
    import pydantic

    ms_document, _ = msgspec_types()
    pd_document, _ = pydantic_types()
    expected = document_field_names()
    report: dict[str, Any] = {
        "fields": {
            "msgspec": ms_document.__struct_fields__ == expected,  # type: ignore[attr-defined]
            "pydantic": tuple(pd_document.model_fields) == expected,  # type: ignore[attr-defined]
        },
        "round_trips": {"document": check_same_document(text)},
        "refused": {},
    }
    shipped = shipped_documents()
    for name, document in shipped.items():
        report["round_trips"][name] = check_same_document(document)
    readers: dict[str, typing.Callable[[str], object]] = {
        "msgspec": lambda bad: msgspec.json.decode(bad, type=ms_document),
        "pydantic": pd_document.model_validate_json,  # type: ignore[attr-defined]
        "nmda_pain": nmda_pain.from_json,
    }
    refused_by = (msgspec.ValidationError, pydantic.ValidationError, nmda_pain.RegistryFormatError)
    for name, bad in _refusals(shipped["extended_registry"]).items():
        report["refused"][name] = {
            reader: _refuses(read, bad, refused_by) for reader, read in readers.items()
        }
    return report


def failures(report: dict[str, Any]) -> list[str]:
    """The checks of a :func:`check_mirrors` report that did not hold, as ``path.to.check``."""
    found: list[str] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif value is not True:
            found.append(path)

    walk(report, "")
    return found


if __name__ == "__main__":
    import json
    import sys

    from nmda_pain.testing import synthetic_registry

    result = check_mirrors(nmda_pain.to_json(synthetic_registry(1_000)))
    print(json.dumps(result, indent=1))
    broken = failures(result)
    print("mirrors agree with nmda_pain" if not broken else f"FAILED: {', '.join(broken)}")
    sys.exit(1 if broken else 0)
