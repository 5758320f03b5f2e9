"""Field validators for the record types.

They check the invariants that hold for every record, wherever it came from:
the shapes of ids and DOIs, non-empty text, duplicate-free tuples, sane
years. Checks that need other records (does this id exist?) belong to the
registry, not here. Each message names the field and says what would be valid.
"""

from __future__ import annotations

import enum
import re
from types import MappingProxyType
from typing import Final, TypeVar

import attrs

from nmda_pain._text import (
    NOT_TEXT_RANGES,
    name_problem,
    normalize_name,
    not_text_problem,
    python_class,
    quoted,
    shown_value,
    with_article,
)
from nmda_pain.model.identifiers import Curie

__all__ = [
    "AT_LEAST_ONE_SCHEMA",
    "DOI_PATTERN",
    "DOI_SCHEMA",
    "ID_SCHEMA",
    "MAX_REFERENCE_NUMBER",
    "MAX_YEAR",
    "MIN_YEAR",
    "NONEMPTY_TEXTS_SCHEMA",
    "PROSE_SCHEMA",
    "REFERENCE_NUMBER_SCHEMA",
    "SLUG_PATTERN",
    "TEXTS_SCHEMA",
    "TEXT_SCHEMA",
    "UNIQUE_SCHEMA",
    "UNSPACED_CLASS",
    "UNSPACED_SCHEMA_CLASS",
    "YEAR_SCHEMA",
    "check_curie",
    "check_doi",
    "check_enum",
    "check_enum_tuple",
    "check_instances",
    "check_int_range",
    "check_nonempty_text_tuple",
    "check_optional_enum",
    "check_optional_slug",
    "check_optional_text",
    "check_prose",
    "check_reference_number",
    "check_slug",
    "check_slug_tuple",
    "check_sources",
    "check_synonyms",
    "check_text",
    "check_text_tuple",
    "check_year",
    "int_range_schema",
]

SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""An id: lowercase ASCII letters and digits in words joined by single hyphens."""

# -- Characters no text may hold ---------------------------------------------------------
# One definition, rendered twice: as a Python class for the validators and as a JSON
# Schema (ECMA-262) class for the shipped schema.

_BMP_LAST: Final = 0xFFFF


def _utf16_escape(code: int) -> str:
    r"""*code* as ``\uXXXX``, or as its two surrogate escapes beyond the BMP."""
    if code <= _BMP_LAST:
        return f"\\u{code:04x}"
    offset = code - 0x10000
    return f"\\u{0xD800 | offset >> 10:04x}\\u{0xDC00 | offset & 0x3FF:04x}"


def _schema_class(ranges: tuple[tuple[int, int], ...]) -> str:
    r"""*ranges* as the inside of a JSON Schema (ECMA-262) character class.

    JSON Schema 2020-12 reads a pattern with ECMA-262's ``u`` flag, where a
    pair of surrogate escapes (``\ud83f\udffe``) is one code point beyond the
    BMP (U+1FFFE). Each of those is listed alone, never as a range: a
    validator built on Python's ``re`` (the ``jsonschema`` package) reads the
    pair as two surrogates, which the surrogate range refuses anyway, and a
    range of them would not compile there.
    """
    parts: list[str] = []
    for low, high in ranges:
        if high <= _BMP_LAST:
            parts.append(f"{_utf16_escape(low)}-{_utf16_escape(high)}")
        else:
            parts.extend(_utf16_escape(code) for code in range(low, high + 1))
    return "".join(parts)


_NOT_TEXT: Final = python_class(NOT_TEXT_RANGES)
_NOT_TEXT_SCHEMA: Final = _schema_class(NOT_TEXT_RANGES)
_C0_C1: Final = r"\u0000-\u001f\u007f-\u009f"
_DOI_PREFIX: Final = r"10\.\d{4,9}/"

DOI_PATTERN = re.compile(f"{_DOI_PREFIX}[^\\s{_C0_C1}{_NOT_TEXT}]+")
"""A DOI in its bare form (``10.<registrant>/<suffix>``), without ``doi:`` or a URL prefix."""

UNSPACED_SCHEMA_CLASS: Final = f"[^\\s{_C0_C1}{_NOT_TEXT_SCHEMA}]"
"""A character of a DOI's suffix or a URL, in a JSON Schema pattern: no space, control or
:data:`NOT_TEXT_RANGES` code point."""
UNSPACED_CLASS: Final = f"[^\\s{_C0_C1}{_NOT_TEXT}]"
"""The same class, for Python's ``re``."""

MIN_YEAR: Final = 1800
"""The earliest year a reference may give."""
MAX_YEAR: Final = 2100
"""The latest year a reference may give."""
MAX_REFERENCE_NUMBER: Final = 1_000_000
"""The highest number a reference may have in its article: far beyond any reference list,
and well inside the 64-bit integers SQLite and pandas store."""

# JSON Schema fragments for the fields these validators guard, attached to each field
# as attrs metadata so that nmda_pain.interchange.schema derives the document schema from the model.
# "json_schema" applies to a value (or to each item of an array), "json_schema_array"
# to the array itself.
# A text: no surrounding whitespace, no control characters (C0, DEL, C1), which could
# rewrite a terminal, break a table or make invalid XML, and none of NOT_TEXT_RANGES.
# Prose may also hold tabs and line breaks.
_CONTROL = _C0_C1 + _NOT_TEXT_SCHEMA
_PROSE_CONTROL = r"\u0000-\u0008\u000b-\u001f\u007f-\u009f" + _NOT_TEXT_SCHEMA
_TEXT_PATTERN = rf"^[^\s{_CONTROL}](?:[^{_CONTROL}]*[^\s{_CONTROL}])?$"
_PROSE_PATTERN = rf"^(?:[^\s{_CONTROL}](?:[^{_PROSE_CONTROL}]*[^\s{_CONTROL}])?)?$"
_CONTROL_CHARACTER = re.compile(f"[{_C0_C1}]")
_PROSE_CONTROL_CHARACTER = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f]")
ID_SCHEMA: Final = MappingProxyType({"json_schema": {"pattern": f"^{SLUG_PATTERN.pattern}$"}})
TEXT_SCHEMA: Final = MappingProxyType({"json_schema": {"minLength": 1, "pattern": _TEXT_PATTERN}})
TEXTS_SCHEMA: Final = MappingProxyType(
    {
        "json_schema": {"minLength": 1, "pattern": _TEXT_PATTERN},
        "json_schema_array": {"uniqueItems": True},
    }
)
NONEMPTY_TEXTS_SCHEMA: Final = MappingProxyType(
    {
        "json_schema": {"minLength": 1, "pattern": _TEXT_PATTERN},
        "json_schema_array": {"minItems": 1, "uniqueItems": True},
    }
)
PROSE_SCHEMA: Final = MappingProxyType({"json_schema": {"pattern": _PROSE_PATTERN}})
DOI_SCHEMA: Final = MappingProxyType(
    {"json_schema": {"pattern": f"^{_DOI_PREFIX}{UNSPACED_SCHEMA_CLASS}+$"}}
)
UNIQUE_SCHEMA: Final = MappingProxyType({"json_schema_array": {"uniqueItems": True}})
AT_LEAST_ONE_SCHEMA: Final = MappingProxyType(
    {"json_schema_array": {"minItems": 1, "uniqueItems": True}}
)

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


def _require_text(name: str, value: object, *, prose: bool = False) -> None:
    if not isinstance(value, str):
        msg = f"{name!r} must be a string, not {type(value).__name__}"
        raise TypeError(msg)
    if not value.strip():
        msg = f"{name!r} must not be empty"
        raise ValueError(msg)
    if value != value.strip():
        msg = f"{name!r} must not start or end with whitespace: {quoted(value)}"
        raise ValueError(msg)
    control = (_PROSE_CONTROL_CHARACTER if prose else _CONTROL_CHARACTER).search(value)
    if control is not None:
        allowed = "; only a description or notes may hold tabs and line breaks" if not prose else ""
        msg = (
            f"{name!r} must not contain control characters: {control.group()!r} at "
            f"position {control.start()} of {quoted(value)}{allowed}"
        )
        raise ValueError(msg)
    problem = not_text_problem(value)
    if problem is not None:
        msg = f"{name!r} must not contain lone surrogates or Unicode noncharacters: {problem} of {quoted(value)}"
        raise ValueError(msg)


def _require_slug(name: str, value: object) -> None:
    if not isinstance(value, str):
        msg = f"{name!r} must be a string id, not {type(value).__name__}"
        raise TypeError(msg)
    if SLUG_PATTERN.fullmatch(value) is None:
        msg = (
            f"{name!r} must be a lowercase slug of letters, digits and single "
            f"hyphens (like 'neuropathic-pain'), not {quoted(value)}"
        )
        raise ValueError(msg)


def check_text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """Require a string with visible content and no surrounding whitespace."""
    _require_text(attribute.name, value)


def check_optional_text(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    """Like :func:`check_text`, but also accept ``None``."""
    if value is not None:
        _require_text(attribute.name, value)


def check_slug(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """Require an id such as ``ketamine`` or ``neuropathic-pain``."""
    _require_slug(attribute.name, value)


def check_optional_slug(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    """Like :func:`check_slug`, but also accept ``None``."""
    if value is not None:
        _require_slug(attribute.name, value)


def _check_tuple(attribute_name: str, value: object) -> tuple[object, ...]:
    if not isinstance(value, tuple):
        msg = f"{attribute_name!r} must be a tuple, not {type(value).__name__}"
        raise TypeError(msg)
    return value  # pyright: ignore[reportUnknownVariableType] -- narrowed to tuple above


def _refuse_duplicates(attribute_name: str, items: tuple[object, ...]) -> None:
    """Refuse an item listed twice; called after the items' types are checked, so all hash."""
    if len(items) < 2 or len(set(items)) == len(items):  # the common case, counted in C  # noqa: PLR2004 -- one item cannot repeat
        return
    seen: set[object] = set()
    for item in items:
        if item in seen:
            msg = f"{attribute_name!r} lists {shown_value(item)} more than once"
            raise ValueError(msg)
        seen.add(item)


def check_text_tuple(
    _instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """Require a duplicate-free tuple of non-empty strings."""
    items = _check_tuple(attribute.name, value)
    for index, item in enumerate(items):
        _require_text(f"{attribute.name}[{index}]", item)
    _refuse_duplicates(attribute.name, items)


def check_enum(enum_type: type[_E]) -> attrs._ValidatorType[_E]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """Build a validator that requires a member of *enum_type*."""

    def validate(_instance: object, attribute: attrs.Attribute[_E], value: _E) -> None:
        if not isinstance(value, enum_type):
            allowed = ", ".join(repr(member.value) for member in enum_type)
            msg = f"{attribute.name!r} must be {with_article(enum_type.__name__)} (one of {allowed}), not {shown_value(value)}"
            raise TypeError(msg)

    return validate


def check_optional_enum(enum_type: type[_E]) -> attrs._ValidatorType[_E | None]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """Build a validator that requires ``None`` or a member of *enum_type*."""

    def validate(
        _instance: object, attribute: attrs.Attribute[_E | None], value: _E | None
    ) -> None:
        if value is not None and not isinstance(value, enum_type):
            allowed = ", ".join(repr(member.value) for member in enum_type)
            msg = f"{attribute.name!r} must be None or {with_article(enum_type.__name__)} (one of {allowed}), not {shown_value(value)}"
            raise TypeError(msg)

    return validate


def check_enum_tuple(
    enum_type: type[_E],
) -> attrs._ValidatorType[tuple[_E, ...]]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """Build a validator for a duplicate-free tuple of *enum_type* members."""

    def validate(
        _instance: object, attribute: attrs.Attribute[tuple[_E, ...]], value: tuple[_E, ...]
    ) -> None:
        items = _check_tuple(attribute.name, value)
        for index, item in enumerate(items):
            if not isinstance(item, enum_type):
                allowed = ", ".join(repr(member.value) for member in enum_type)
                msg = f"{attribute.name!r}[{index}] must be {with_article(enum_type.__name__)} (one of {allowed}), not {shown_value(item)}"
                raise TypeError(msg)
        _refuse_duplicates(attribute.name, items)

    return validate


def int_range_schema(minimum: int, maximum: int) -> MappingProxyType[str, object]:
    """The JSON Schema fragment of an integer field that :func:`check_int_range` guards."""
    return MappingProxyType({"json_schema": {"minimum": minimum, "maximum": maximum}})


def check_int_range(minimum: int, maximum: int) -> attrs._ValidatorType[int | None]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """Build a validator that requires ``None`` or an ``int`` (not a ``bool``) from *minimum* to *maximum*.

    Every integer field is bounded, so that every export can store it: SQLite
    and pandas hold 64-bit integers, and a number beyond them is no sane value.
    """

    def validate(
        _instance: object, attribute: attrs.Attribute[int | None], value: int | None
    ) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
            msg = f"{attribute.name!r} must be an int or None, not {type(value).__name__}"
            raise TypeError(msg)
        if not minimum <= value <= maximum:
            msg = f"{attribute.name!r} must be between {minimum} and {maximum}, not {shown_value(value)}"
            raise ValueError(msg)

    return validate


YEAR_SCHEMA: Final = int_range_schema(MIN_YEAR, MAX_YEAR)
REFERENCE_NUMBER_SCHEMA: Final = int_range_schema(1, MAX_REFERENCE_NUMBER)
check_year: Final = check_int_range(MIN_YEAR, MAX_YEAR)
"""Require ``None`` or a year from :data:`MIN_YEAR` to :data:`MAX_YEAR`."""
check_reference_number: Final = check_int_range(1, MAX_REFERENCE_NUMBER)
"""Require ``None`` or a reference number from 1 to :data:`MAX_REFERENCE_NUMBER`."""


def check_doi(_instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    """Require ``None`` or a bare DOI such as ``10.37421/2684-5997.2025.8.296``."""
    if value is None:
        return
    if not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"{attribute.name!r} must be a string or None, not {type(value).__name__}"
        raise TypeError(msg)
    if DOI_PATTERN.fullmatch(value) is None:
        msg = (
            f"{attribute.name!r} must be a bare DOI like '10.1000/xyz123' "
            f"(no 'doi:' or URL prefix), not {quoted(value)}"
        )
        raise ValueError(msg)


def check_prose(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """Require a string, possibly empty, without surrounding whitespace."""
    if value:
        _require_text(attribute.name, value, prose=True)
    elif not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"{attribute.name!r} must be a string, not {type(value).__name__}"
        raise TypeError(msg)


def _require_name(name: str, value: str) -> None:
    """Refuse a name that folds to nothing or mixes lookalike scripts (see :func:`name_problem`)."""
    problem = name_problem(value)
    if problem is not None:
        msg = f"{name!r} {problem}"
        raise ValueError(msg)


def check_synonyms(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """Require names that differ from each other and from the record's name, none a lookalike.

    Names are compared as :meth:`nmda_pain.Registry.resolve` compares them
    (see :func:`~nmda_pain._text.normalize_name`: ignoring case, spaces,
    hyphens, underscores, invisible characters and Unicode compatibility
    forms): ``("CRPS", "crps")`` is one synonym given twice. The record's name
    is checked here with its synonyms, which every named record has and
    declares after it: neither may fold to nothing nor mix Latin, Cyrillic and
    Greek letters (see :func:`~nmda_pain._text.name_problem`).
    """
    check_text_tuple(instance, attribute, value)
    name = getattr(instance, "name", None)
    if isinstance(name, str):
        _require_name("name", name)
        seen = {normalize_name(name): name}
    else:
        seen = {}
    for index, synonym in enumerate(value):
        _require_name(f"{attribute.name}[{index}]", synonym)
        key = normalize_name(synonym)
        if key in seen:
            msg = f"{attribute.name!r} lists {quoted(synonym)}, which is the same name as {quoted(seen[key])}; list each name once"
            raise ValueError(msg)
        seen[key] = synonym


def check_nonempty_text_tuple(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """Like :func:`check_text_tuple`, but require at least one item."""
    check_text_tuple(instance, attribute, value)
    if not value:
        msg = f"{attribute.name!r} needs at least one item"
        raise ValueError(msg)


def check_curie(_instance: object, attribute: attrs.Attribute[Curie], value: Curie) -> None:
    """Require a :class:`~nmda_pain.Curie`."""
    if not isinstance(value, Curie):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"{attribute.name!r} must be a Curie (build one with Curie.parse('CHEBI:6121')), not {shown_value(value)}"
        raise TypeError(msg)


def check_slug_tuple(
    _instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """Require a duplicate-free tuple of ids."""
    items = _check_tuple(attribute.name, value)
    for index, item in enumerate(items):
        _require_slug(f"{attribute.name}[{index}]", item)
    _refuse_duplicates(attribute.name, items)


def check_sources(
    _instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """Require at least one reference id, each once: every value names its sources."""
    items = _check_tuple(attribute.name, value)
    if not items:
        msg = f"{attribute.name!r} must name at least one reference id: every value needs a source"
        raise ValueError(msg)
    for index, item in enumerate(items):
        _require_slug(f"{attribute.name}[{index}]", item)
    _refuse_duplicates(attribute.name, items)


def check_instances(
    record_type: type[_T],
) -> attrs._ValidatorType[tuple[_T, ...]]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    """Build a validator for a duplicate-free tuple of *record_type* instances."""

    def validate(
        _instance: object, attribute: attrs.Attribute[tuple[_T, ...]], value: tuple[_T, ...]
    ) -> None:
        items = _check_tuple(attribute.name, value)
        for index, item in enumerate(items):
            if not isinstance(item, record_type):
                msg = f"{attribute.name!r}[{index}] must be {with_article(record_type.__name__)}, not {type(item).__name__}"
                raise TypeError(msg)
        _refuse_duplicates(attribute.name, items)

    return validate
