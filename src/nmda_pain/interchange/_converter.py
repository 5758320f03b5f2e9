"""The one configured cattrs converter, and the translation of its errors.

Stock cattrs is lenient: it turns ``"abc"`` into ``('a', 'b', 'c')`` for a
tuple field, ``None`` into ``'None'`` for a string and ``1999.7`` into
``1999`` for an int. A registry document must never be silently coerced, so
this converter installs strict hooks for every primitive, enum and tuple the
model uses, forbids unknown keys, and collects every error with its path.

Collecting costs time and memory linear in the document, however broken: an
array's bad items are flattened as they fail into short ``path: message``
lines (cattrs would keep each item's exception tree to the end), only the
first :data:`~nmda_pain.errors.MAX_REPORTED_PROBLEMS` are kept and the rest
counted, and a value a message quotes is cut to a short prefix with its
length (:func:`show`).

This is the only module that imports cattrs; :mod:`nmda_pain.interchange.document`
imports it on the first call, so ``import nmda_pain`` stays light.
"""

from __future__ import annotations

import enum
import json
import re
import types
import typing
from typing import TYPE_CHECKING, Final, NoReturn, cast

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn

from nmda_pain._text import escape_not_text, json_path_step, shown_value
from nmda_pain.errors import MAX_QUOTED, MAX_REPORTED_PROBLEMS, cut, quoted
from nmda_pain.model import Curie, Reference, enums
from nmda_pain.registry import FAMILIES, RECORD_TYPES
from nmda_pain.registry._checks import Names

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "CONVERTER",
    "Document",
    "Problems",
    "error_messages",
    "json_type_name",
    "make_converter",
    "show",
]


def _document_class() -> type:
    """The shape of a registry document, read from the :class:`~nmda_pain.Registry` fields.

    The header, then one array per record family, then the article: the
    families are the registry's, so a new family needs no second list here.
    Built here rather than in :mod:`nmda_pain.interchange.document` so that creating
    the class is paid on the first load, not by ``import nmda_pain``.
    """
    fields: dict[str, object] = {
        "format": attrs.field(type=str),
        "format_version": attrs.field(type=int),
    }
    for name in FAMILIES:
        family = types.GenericAlias(tuple, (RECORD_TYPES[name], ...))
        fields[name] = attrs.field(type=cast("type", family))
    fields["article"] = attrs.field(type=cast("type", Reference | None))
    return attrs.make_class("Document", fields, frozen=True, kw_only=True, slots=True)


Document: Final = _document_class()

_MODEL_ENUMS: Final[tuple[type[enum.Enum], ...]] = tuple(
    value
    for value in vars(enums).values()
    if isinstance(value, type)
    and issubclass(value, enum.Enum)
    and value.__module__ == enums.__name__
)
# bool before int: a JSON boolean is a Python int subclass.
_JSON_TYPE_NAMES: Final[tuple[tuple[type | tuple[type, ...], str], ...]] = (
    (bool, "a boolean"),
    ((int, float), "a number"),
    (str, "a string"),
    ((list, tuple), "an array"),
    (dict, "an object"),
)
_FIELD_PREFIX: Final = re.compile(r"^'(?P<field>\w+)'(?P<index>\[\d+\])? (?P<rest>.*)$", re.DOTALL)


def json_type_name(value: object) -> str:
    """The JSON name of *value*'s type, for messages about wrong types."""
    if value is None:
        return "null"
    for python_type, name in _JSON_TYPE_NAMES:
        if isinstance(value, python_type):
            return name
    return type(value).__name__  # pragma: no cover -- json.loads yields only the types above


def show(value: object) -> str:
    """*value* as JSON text for a message: a long one cut to its start, with its length.

    Only the start is ever written out, so a value of any size costs as little.

    >>> show(["a", 1])
    '["a", 1]'
    >>> show("x" * 100)
    '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (a string of 100 characters)'
    """
    text = _start(value, MAX_QUOTED + 1)
    if len(text) <= MAX_QUOTED:
        return escape_not_text(text)
    return f"{escape_not_text(text[: MAX_QUOTED - 3])}... ({_size(value)})"


def _start(value: object, budget: int) -> str:
    """The JSON text of *value*, or a text longer than *budget* that begins as it does."""
    if isinstance(value, str):
        return json.dumps(value[: max(budget, 0)], ensure_ascii=False)
    if isinstance(value, (list, dict)):
        if budget <= 0:  # the bracket alone is over budget: never descend, however deep it nests
            return "{" if isinstance(value, dict) else "["
        pairs = cast("dict[str, object]", value).items() if isinstance(value, dict) else None
        items = cast("list[object]", value) if pairs is None else pairs
        parts: list[str] = []
        length = 1  # the opening bracket
        for item in items:
            length += 2 if parts else 0
            if isinstance(item, tuple):
                key, member = cast("tuple[str, object]", item)
                shown_key = _start(key, budget - length)
                part = f"{shown_key}: {_start(member, budget - length - len(shown_key) - 2)}"
            else:
                part = _start(item, budget - length)
            parts.append(part)
            length += len(part)
            if length >= budget:  # the closing bracket makes it longer than the budget
                break
        brackets = "{}" if pairs is not None else "[]"
        return brackets[0] + ", ".join(parts) + brackets[1]
    return json.dumps(value)


def _size(value: object) -> str:
    """How big *value* is, for a message that shows only its start."""
    if isinstance(value, str):
        return f"a string of {_count(len(value), 'character')}"
    if isinstance(value, list):
        return f"an array of {_count(len(cast('list[object]', value)), 'item')}"
    if isinstance(value, dict):
        return f"an object of {_count(len(cast('dict[str, object]', value)), 'key')}"
    return _count(len(json.dumps(value)), "character")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _structure_str(value: object, _type: object) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {json_type_name(value)}: {show(value)}"
        raise TypeError(msg)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            msg = (
                f"the string has a lone surrogate (U+{ord(value[exc.start]):04X}) at character "
                f"{exc.start}, which cannot be written as UTF-8"
            )
            raise ValueError(msg) from None
    return value


def _structure_int(value: object, _type: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer, got {json_type_name(value)}: {show(value)}"
        raise TypeError(msg)
    return value


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {member.value: member for member in cls}
    allowed = ", ".join(repr(value) for value in members)
    names = Names(members)

    def structure(value: object, _type: object) -> enum.Enum:
        if not isinstance(value, str):
            msg = f"expected a string, one of {allowed}; got {json_type_name(value)}: {show(value)}"
            raise TypeError(msg)
        member = members.get(value)
        if member is None:
            suggestion = names.closest(value)
            hint = f" (did you mean {suggestion[0]!r}?)" if suggestion else ""
            msg = f"{quoted(value)} is not one of {allowed}{hint}"
            raise ValueError(msg)
        return member

    return structure


def _structure_float(value: object, _type: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {json_type_name(value)}: {show(value)}"
        raise TypeError(msg)
    try:
        return float(value)
    except OverflowError:  # an integer literal beyond a float's range, as 1e400 is refused
        msg = f"the number {shown_value(value)} is too large for a float"
        raise ValueError(msg) from None


def _structure_bool(value: object, _type: object) -> bool:
    if not isinstance(value, bool):
        msg = f"expected true or false, got {json_type_name(value)}: {show(value)}"
        raise TypeError(msg)
    return value


def _is_homogeneous_tuple(cls: object) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004 -- tuple[X, ...] has two type arguments


@attrs.define
class Problems:
    """Problems as ``path: message`` lines: the first :data:`MAX_REPORTED_PROBLEMS` kept, the rest counted."""

    lines: list[str] = attrs.field(factory=list[str])
    hidden: int = 0

    @property
    def full(self) -> bool:
        """Whether a further problem would only be counted."""
        return len(self.lines) >= MAX_REPORTED_PROBLEMS

    def add(self, path: str, message: str) -> None:
        """Keep the problem at *path*, or count it once the list is full."""
        if self.full:
            self.hidden += 1
        else:
            self.lines.append(cut(f"{path}: {message}"))

    def merge(self, other: Problems, path: str) -> None:
        """Add *other*'s problems, found below *path*."""
        for line in other.lines:
            if self.full:
                self.hidden += 1
            else:
                self.lines.append(path + line)
        self.hidden += other.hidden


class _ItemProblems(Exception):  # noqa: N818 -- not an error of its own: the problems of an array's items
    """The problems of an array's items, paths relative to the array (``[3].name: ...``)."""

    def __init__(self, problems: Problems) -> None:
        super().__init__(f"{len(problems.lines) + problems.hidden} problems")
        self.problems = problems


class ParsedArray(list[object]):
    """An array of the document :func:`~nmda_pain.from_json` parsed, which nothing else holds.

    Its items are released as they are structured: each record's parsed
    object is freed as soon as the record is built, so the parse tree and the
    registry never both live whole. That lowers the peak (and the resident
    memory a load leaves) and spares the collector traversing the tree while
    the records pile up. Only ``from_json`` makes one, from its own parse; an
    array a caller passes to :data:`CONVERTER` is never changed.
    """

    __slots__ = ()


def _structure_each(
    value: list[object],
    item_type: type[object],
    hook: Callable[[object, type[object]], object],
    *,
    start: int = 0,
) -> NoReturn:
    """Structure *value* item by item, turning each failure into problems at its index at once.

    Each item's exception is flattened and dropped before the next item is
    tried, so a million bad items hold a hundred lines and a count, not a
    million exception trees.
    """
    problems = Problems()
    for index in range(start, len(value)):
        item = value[index]
        try:
            hook(item, item_type)
        except Exception as exc:  # noqa: BLE001 -- every item error is collected with its index; a try per item is the point
            error_messages(exc, f"[{index}]", problems)
    raise _ItemProblems(problems)  # called after an item failed, so one fails again here


def _make_tuple_hook(
    converter: cattrs.Converter,
) -> Callable[[type], Callable[[object, object], tuple[object, ...]]]:
    def factory(cls: type) -> Callable[[object, object], tuple[object, ...]]:
        item_type: type[object] = typing.get_args(cls)[0]

        item_hook: list[Callable[[object, type[object]], object]] = []  # found on first use

        def structure(value: object, _type: object) -> tuple[object, ...]:
            if not isinstance(value, list):
                msg = f"expected an array, got {json_type_name(value)}: {show(value)}"
                raise TypeError(msg)
            items = cast("list[object]", value)  # a JSON array holds JSON values
            if not item_hook:
                item_hook.append(converter.get_structure_hook(item_type))
            hook = item_hook[0]
            if type(items) is not ParsedArray:
                try:  # the usual case, a valid array: one hook, no bookkeeping
                    return tuple([hook(item, item_type) for item in items])
                except Exception:  # noqa: BLE001 -- redone item by item below to name every bad index
                    return _structure_each(items, item_type, hook)
            built: list[object] = []
            index = 0
            try:
                for index, item in enumerate(items):
                    built.append(hook(item, item_type))
                    items[index] = None  # done with: freed now, not at the end
            except Exception:  # noqa: BLE001 -- the rest redone item by item to name every bad index
                return _structure_each(items, item_type, hook, start=index)
            return tuple(built)

        return structure

    return factory


def _structure_curie(value: object, _type: object) -> Curie:
    """A CURIE travels as its canonical string, ``"chebi:6121"``."""
    return Curie.parse(_structure_str(value, str))


def _make_record_hook(
    converter: cattrs.Converter,
) -> Callable[[type[object]], Callable[[object, object], object]]:
    """Structure attrs records from JSON objects only (cattrs would try any mapping-like value)."""

    def factory(cls: type[object]) -> Callable[[object, object], object]:
        generated = make_dict_structure_fn(cls, converter)

        def structure(value: object, _type: object) -> object:
            if not isinstance(value, dict):
                msg = f"expected an object, got {json_type_name(value)}"
                raise TypeError(msg)
            return generated(value, cls)  # pyright: ignore[reportUnknownArgumentType] -- a JSON object, so str keys

        return structure

    return factory


def _as_is(value: object) -> object:
    return value


def _is_plain_tuple(cls: object) -> bool:
    """``tuple[X, ...]`` of strings, numbers or str enums, which JSON encoders write directly."""
    if not _is_homogeneous_tuple(cls):
        return False
    item = typing.get_args(cls)[0]
    return item in (str, int, float) or (isinstance(item, type) and issubclass(item, str))


def _is_record_tuple(cls: object) -> bool:
    """``tuple[R, ...]`` of an attrs record class, such as a claim's evidence."""
    return _is_homogeneous_tuple(cls) and attrs.has(typing.get_args(cls)[0])


def _make_record_tuple_unstructure(
    converter: cattrs.Converter,
) -> Callable[[type], Callable[[tuple[object, ...]], list[object]]]:
    """A list of the records' dicts, from the record class's own hook, looked up once.

    cattrs' generic iterable hook dispatches on every item and builds the list
    from a generator; a tuple of records is the commonest value of a document
    (every claim's evidence), and a comprehension over the resolved hook
    halves what writing a claim costs.
    """

    def factory(cls: type) -> Callable[[tuple[object, ...]], list[object]]:
        item = converter.get_unstructure_hook(typing.get_args(cls)[0])

        def unstructure(value: tuple[object, ...]) -> list[object]:
            return [item(record) for record in value]

        return unstructure

    return factory


class WrittenFloat(float):
    """A float that orjson hands to its ``default``, so that both encoders write Python's text.

    orjson writes some floats in a form of its own (``1e-7``, ``0.00001``)
    where the json module writes ``1e-07`` and ``1e-05``; both read back the
    same number, but a document's text must not depend on whether an optional
    extra is installed. orjson serializes only exact floats natively; this
    subclass reaches the ``default`` of :func:`nmda_pain.to_json`, which
    writes ``float.__repr__``, the json module's text.
    """

    __slots__ = ()


def make_converter() -> cattrs.Converter:
    """Build a strict converter for the model's records.

    Unknown keys, wrong JSON types, unknown enum values and non-array
    sequences are errors; nothing is coerced.
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    # Each enum by its exact class: a str enum would otherwise dispatch to the str hook.
    for enum_type in _MODEL_ENUMS:
        converter.register_structure_hook(enum_type, _enum_hook(enum_type))
        # str enums and tuples of plain values are written by the JSON encoders as they are:
        # no per-value Python call on the way out.
        converter.register_unstructure_hook(enum_type, _as_is)
    converter.register_unstructure_hook(float, WrittenFloat)
    converter.register_unstructure_hook_func(_is_plain_tuple, _as_is)
    converter.register_unstructure_hook_factory(
        _is_record_tuple, _make_record_tuple_unstructure(converter)
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _make_tuple_hook(converter))
    converter.register_structure_hook(Curie, _structure_curie)
    converter.register_unstructure_hook(Curie, str)
    converter.register_structure_hook_factory(attrs.has, _make_record_hook(converter))
    return converter


CONVERTER: Final = make_converter()
"""The converter every (de)serialization in the package goes through."""


def error_messages(exc: BaseException, path: str, problems: Problems) -> None:
    """Flatten a cattrs error tree into *problems*, as ``"<json path>: <what is wrong>"`` lines."""
    if isinstance(exc, _ItemProblems):
        problems.merge(exc.problems, path)
    elif isinstance(exc, ClassValidationError):
        with_notes, without_notes = exc.group_exceptions()
        for error, attribute_note in with_notes:
            error_messages(error, f"{path}.{attribute_note.name}", problems)
        for error in without_notes:
            if isinstance(error, ForbiddenExtraKeysError):
                _unknown_fields(error, path, problems)
            else:
                _validator_message(error, path, problems)
    elif isinstance(exc, KeyError):
        problems.add(path, "required field is missing")
    else:
        problems.add(path, str(exc))


def _validator_message(exc: BaseException, path: str, problems: Problems) -> None:
    """The message of a record's own validator, which starts with the quoted field name."""
    text = cut(str(exc))
    match = _FIELD_PREFIX.match(text)
    if match is not None:
        problems.add(f"{path}.{match['field']}{match['index'] or ''}", match["rest"])
    else:
        problems.add(path, text)


def _unknown_fields(error: ForbiddenExtraKeysError, path: str, problems: Problems) -> None:
    known = [field.name for field in attrs.fields(error.cl)]
    names = Names(known)
    for key in sorted(error.extra_fields):
        if problems.full:  # counted, not written: no suggestion to look for
            problems.hidden += 1
            continue
        suggestion = names.closest(key)
        hint = f" (did you mean {suggestion[0]!r}?)" if suggestion else ""
        problems.add(
            f"{path}{json_path_step(key)}",
            f"unknown field{hint}; known fields: {', '.join(known)}",
        )
