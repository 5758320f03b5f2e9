"""msgspec and pydantic v2 mirrors of the nmda_pain document, for side-by-side benchmarks.

The mirrors are generated from the attrs model itself (field names, order,
types and defaults), so they track the model as it changes: the same JSON
document that :func:`nmda_pain.to_json` writes decodes into them, and they
encode back to the same text (``run.py`` checks this before timing anything).

* msgspec: ``msgspec.Struct`` classes, ``frozen=True``, ``kw_only=True``,
  ``forbid_unknown_fields=True``; typed fields, no further constraints.
* pydantic: ``BaseModel`` classes with ``frozen=True``, ``extra="forbid"``
  and ``strict=True`` (no coercion, as nmda_pain's converter).

Neither mirror checks what nmda_pain's validators check beyond types (id
slugs, text without surrounding whitespace, duplicate-free tuples, the
registry's cross-record consistency). That is part of what the ratios measure.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

import nmda_pain
from nmda_pain import Registry

# Types that travel as a JSON string although they are classes in the model.
_AS_STRING: dict[type, type] = {}
try:  # the model may or may not have CURIE cross-references yet
    from nmda_pain.model import Curie  # type: ignore[attr-defined]

    _AS_STRING[Curie] = str
except ImportError:  # pragma: no cover - depends on the model version
    pass

HEADER_FIELDS = (("format", str), ("format_version", int))


def record_fields() -> list[tuple[str, Any]]:
    """The document's record fields (``agents`` .. ``claims``, ``source``) with their model types."""
    hints = typing.get_type_hints(Registry)
    return [(f.name, hints[f.name]) for f in attrs.fields(Registry)]


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
                    default = default.factory()  # type: ignore[union-attr]
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
