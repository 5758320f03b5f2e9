"""Registries as JSON documents.

A document is one JSON object::

    {"format": "nmda_pain.registry", "format_version": 2,
     "agents": [...], "receptors": [...], "mechanisms": [...],
     "adverse_effects": [...], "conditions": [...], "enzymes": [...],
     "references": [...], "claims": [...], "mappings": [...],
     "article": {...} or null}

The arrays are the registry's record families, in the order of its fields.

Records appear with every field, in the model's field order, so the same
registry always gives the same text. Reading is strict: anything that is not
exactly such a document raises :class:`~nmda_pain.RegistryFormatError` listing
every problem with its JSON path, and nothing half-built is returned.

Reading costs time and memory linear in the document's size, valid or not:
the error keeps the first :data:`MAX_ERRORS` problems and counts the rest,
"did you mean" is looked for only for those it keeps, and every value a
message quotes is cut to a short prefix with its length.

cattrs is imported on the first call, not at ``import nmda_pain``. Where orjson is installed (the ``fast`` extra), :func:`to_json`
uses it; the text is the same either way. Loading never executes code, never
follows a path or URL named in a document, and uses no pickle or eval.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Final, cast

from nmda_pain._text import json_path_step
from nmda_pain.errors import (
    MAX_REPORTED_PROBLEMS,
    InvalidRegistryError,
    RegistryFormatError,
    cut,
    quoted,
)
from nmda_pain.registry import FAMILIES, Registry

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_DOCUMENT_SIZE",
    "MAX_ERRORS",
    "from_json",
    "record_data",
    "to_json",
]

FORMAT: Final = "nmda_pain.registry"
"""The value of a document's ``format`` field."""

FORMAT_VERSION: Final = 2
"""The document format this version writes and reads.

Version 2 (nmda_pain 0.2) holds every source as a reference, mappings, and
modes of action and affinities on claims; version 1 documents are refused.
"""

MAX_DOCUMENT_SIZE: Final = 1 << 30
"""The largest document :func:`from_json` reads, in characters or bytes (1 GiB)."""

MAX_ERRORS: Final = MAX_REPORTED_PROBLEMS
"""How many problems a :class:`~nmda_pain.RegistryFormatError` lists before it counts the rest (100)."""

_ORJSON_INDENTS: Final = frozenset({None, 2})


def to_json(registry: Registry, *, indent: int | None = None) -> str:
    """Write *registry* as a JSON document.

    The output is deterministic: the same registry always gives the same
    text, and ``from_json(to_json(registry)) == registry``.

    >>> from nmda_pain import default_registry, from_json
    >>> text = to_json(default_registry())
    >>> from_json(text) == default_registry()
    True

    Args:
        registry: The registry to write.
        indent: Indent nested levels by this many spaces; ``None`` writes one compact line.

    Returns:
        The JSON text.

    .. versionadded:: 0.1.0
    """
    from nmda_pain.interchange._converter import CONVERTER  # noqa: PLC0415 -- the cattrs boundary: imported on first use

    return _dumps(registry, CONVERTER.unstructure, indent)


def record_data(record: object) -> object:
    """The JSON value a registry document holds for *record* (a record of any family)."""
    from nmda_pain.interchange._converter import CONVERTER  # noqa: PLC0415 -- the cattrs boundary: imported on first use

    data: object = CONVERTER.unstructure(record)
    return data


def _dumps(registry: Registry, unstructure: Callable[[object], object], indent: int | None) -> str:
    """The document's text, written one record at a time.

    Each record's dict is encoded as soon as it is made and dropped: the text
    is the same as encoding the whole document at once (JSON strings hold no
    raw line breaks, so a record's text is indented by prefixing its lines),
    but no tree of a million dicts and lists lives until the end, which the
    garbage collector would traverse again and again while it grows (at 10^5
    claims, most of what writing the tree cost).
    """
    encode = _encoder(indent)
    line = "" if indent is None else "\n"
    pad = "" if indent is None else " " * indent
    colon = ":" if indent is None else ": "

    def nested(value: object, depth: str) -> str:
        text = encode(value)
        return text if indent is None else text.replace("\n", "\n" + depth)

    fields = [f"{line}{pad}{encode('format')}{colon}{encode(FORMAT)}"]
    fields.append(f"{line}{pad}{encode('format_version')}{colon}{encode(FORMAT_VERSION)}")
    inner = pad + pad
    for name in FAMILIES:  # the registry's field order, which the text's determinism rests on
        records = getattr(registry, name)
        items = f",{line}{inner}".join(nested(unstructure(record), inner) for record in records)
        array = f"[{line}{inner}{items}{line}{pad}]" if records else "[]"
        fields.append(f"{line}{pad}{encode(name)}{colon}{array}")
    article = "null" if registry.article is None else nested(unstructure(registry.article), pad)
    fields.append(f"{line}{pad}{encode('article')}{colon}{article}")
    return "{" + ",".join(fields) + line + "}"


def _encoder(indent: int | None) -> Callable[[object], str]:
    """JSON text of one value: orjson where installed and able, else the json module; same text."""
    if indent in _ORJSON_INDENTS:  # orjson writes these two layouts byte for byte as json does here
        try:
            import orjson  # noqa: PLC0415 -- optional (the 'fast' extra), looked up on use
        except ImportError:
            pass
        else:
            option = orjson.OPT_INDENT_2 if indent == 2 else 0  # noqa: PLR2004 -- the one indent orjson offers
            dumps = orjson.dumps

            def fast(value: object) -> str:
                return dumps(value, option=option, default=_python_float).decode("utf-8")

            return fast
    separators = (",", ":") if indent is None else (",", ": ")
    return json.JSONEncoder(
        ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    ).encode


def _python_float(value: object) -> object:
    """The fallback of orjson: a float (the converter's ``WrittenFloat``) in the json module's text."""
    if isinstance(value, float):
        import orjson  # noqa: PLC0415 -- optional, and imported already by the caller

        return orjson.Fragment(float.__repr__(value))
    msg = f"{type(value).__name__} is not a JSON value"  # pragma: no cover -- the converter writes none
    raise TypeError(msg)  # pragma: no cover


def from_json(text: str | bytes) -> Registry:
    """Read a registry from a JSON document written by :func:`to_json`.

    Args:
        text: The document, as text or as UTF-8 bytes.

    Returns:
        The registry, validated like any other.

    Raises:
        RegistryFormatError: *text* is not a valid registry document; the
            error's ``errors`` list every problem with its JSON path.

    .. versionadded:: 0.1.0
    """
    document = _parse(text)
    if not isinstance(document, dict):
        raise RegistryFormatError((f"$: expected a JSON object, got {_type_name(document)}",))
    _check_header(document)  # pyright: ignore[reportUnknownArgumentType] -- JSON object keys are str
    return _build(document)  # pyright: ignore[reportUnknownArgumentType] -- JSON object keys are str


def _shown(value: object) -> str:
    from nmda_pain.interchange._converter import show  # noqa: PLC0415 -- deferred: imports cattrs

    return show(value)


def _type_name(value: object) -> str:
    from nmda_pain.interchange._converter import json_type_name  # noqa: PLC0415 -- deferred: imports cattrs

    return json_type_name(value)


def _parse(text: str | bytes) -> object:
    if not isinstance(text, (str, bytes, bytearray)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"$: expected the document as str or bytes, got {type(text).__name__}"
        raise RegistryFormatError((msg,))
    if len(text) > MAX_DOCUMENT_SIZE:
        msg = f"$: the document is {len(text):,} long, more than the {MAX_DOCUMENT_SIZE:,} a registry may be"
        raise RegistryFormatError((msg,))
    if not isinstance(text, str):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"$: not valid UTF-8 (byte {exc.start}: {exc.reason}); save the file as UTF-8"
            raise RegistryFormatError((msg,)) from None
    objects = _Objects()
    try:
        document = json.loads(
            text,
            object_pairs_hook=objects.make,
            parse_constant=_reject_constant,
            parse_float=_read_float,
        )
    except json.JSONDecodeError as exc:
        msg = f"$: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise RegistryFormatError((msg,)) from None
    except RecursionError:
        msg = "$: the document is nested too deeply to be a registry"
        raise RegistryFormatError((msg,)) from None
    except _JSONValueError as exc:
        raise RegistryFormatError((f"$: {exc}",)) from None
    except ValueError as exc:  # an integer literal beyond Python's digit limit, for one
        msg = f"$: the document holds a value that cannot be read: {exc}"
        raise RegistryFormatError((msg,)) from None
    if objects.repeating:
        raise _repeated_keys(document)
    return document


_INFINITY: Final = float("inf")


class _JSONValueError(ValueError):
    """A JSON construct that parses but has no place in a registry document."""


class _Repeating(dict[str, object]):
    """A JSON object that gave a key more than once: the repeated keys, in order, kept for the message."""

    __slots__ = ("repeated",)

    repeated: tuple[str, ...]


# The keys whose values name a record by its id: a claim's subject and object, an evidence
# item's reference, a mapping's subject, and the records' own ids.
_ID_KEYS: Final = ("id", "subject", "object", "reference")


class _Objects:
    """The parser's object hook: a plain dict per object, noting any that repeats a key.

    A repeated key is not refused where it is met, since the hook does not know
    where in the document it is; the objects that repeat one are marked, and
    :func:`_repeated_keys` finds each with its path once the parse is done.

    The parser makes a new string for every occurrence of an id, and a claim
    repeats the ids of the entities and references it names: the hook gives
    each id one string object for the whole document, which the records then
    share (about a third of what a loaded registry keeps).
    """

    __slots__ = ("ids", "repeating")

    def __init__(self) -> None:
        self.repeating = False
        self.ids: dict[str, str] = {}

    def make(self, pairs: list[tuple[str, object]]) -> dict[str, object]:
        made = dict(pairs)
        ids = self.ids
        for key in _ID_KEYS:
            value = made.get(key)
            if type(value) is str:
                made[key] = ids.setdefault(value, value)
        if len(made) == len(pairs):
            return made
        self.repeating = True
        counts: dict[str, int] = {}
        for key, _ in pairs:
            counts[key] = counts.get(key, 0) + 1
        repeating = _Repeating(made)
        repeating.repeated = tuple(key for key, count in counts.items() if count > 1)
        return repeating


_Steps = tuple["_Steps", "str | int"] | None
"""A JSON path as a chain: the parent's steps and the last key or index; ``None`` for ``$``."""


def _repeated_keys(document: object) -> RegistryFormatError:
    """The error listing every repeated key of *document* with the path of its object.

    The walk visits each value once, with an explicit stack (the parse has
    bounded the depth already). A path is kept as a chain of steps, each
    pointing at its parent's, and written out only for the first
    :data:`MAX_ERRORS` problems, so a deep document costs no more than its size.
    """
    errors: list[str] = []
    hidden = 0
    stack: list[tuple[_Steps, object]] = [(None, document)]
    while stack:
        steps, value = stack.pop()
        if isinstance(value, _Repeating):
            for key in value.repeated:
                if len(errors) < MAX_ERRORS:
                    errors.append(f"{_path(steps)}: the key {quoted(key)} appears more than once")
                else:
                    hidden += 1
        if isinstance(value, dict):
            items = list(cast("dict[str, object]", value).items())
            stack.extend(((steps, key), item) for key, item in reversed(items))
        elif isinstance(value, list):
            values = cast("list[object]", value)
            stack.extend(
                ((steps, index), values[index]) for index in range(len(values) - 1, -1, -1)
            )
    return _format_error(errors, hidden)


def _path(steps: _Steps) -> str:
    parts: list[str] = []
    while steps is not None:
        steps, step = steps
        parts.append(f"[{step}]" if isinstance(step, int) else json_path_step(step))
    return "$" + "".join(reversed(parts))


def _read_float(text: str) -> float:
    """A JSON number with a fraction or exponent, refused where no float holds it.

    Python reads ``1E-400`` as 0.0 and ``1E400`` as infinity without a word; a
    value so far out of range is no measurement, and silently changing it
    would change the document.
    """
    value = float(text)
    if value in (_INFINITY, -_INFINITY):
        msg = f"the number {quoted(text)} is too large for a float"
        raise _JSONValueError(msg)
    mantissa = text.lower().partition("e")[0]
    if value == 0.0 and mantissa.strip("-+0.") != "":
        msg = f"the number {quoted(text)} is too small for a float (it would read as 0)"
        raise _JSONValueError(msg)
    return value


def _reject_constant(name: str) -> object:
    msg = f"{name} is not a valid JSON number"
    raise _JSONValueError(msg)


def _check_header(document: dict[str, object]) -> None:
    errors: list[str] = []
    if document.get("format") != FORMAT:
        errors.append(f"$.format: expected {FORMAT!r}, got {_shown(document.get('format'))}")
    version = document.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        errors.append(f"$.format_version: expected an integer, got {_shown(version)}")
    elif version > FORMAT_VERSION:
        errors.append(
            f"$.format_version: the document uses format version {version}, but this version of "
            f"nmda_pain reads versions up to {FORMAT_VERSION}; upgrade nmda_pain"
        )
    elif version < 1:
        errors.append(f"$.format_version: {version} is not a format version (they start at 1)")
    elif version < FORMAT_VERSION:
        errors.append(
            f"$.format_version: the document uses format version {version}, which this version of "
            f"nmda_pain no longer reads; it reads format version {FORMAT_VERSION} (sources as "
            "references, mappings, modes of action on claims). Rebuild the document from its "
            "records with nmda_pain 0.2"
        )
    if errors:
        raise _format_error(errors)


def _build(document: dict[str, object]) -> Registry:
    from nmda_pain.interchange._converter import (  # noqa: PLC0415 -- deferred: imports cattrs
        CONVERTER,
        Document,
        ParsedArray,
        Problems,
        error_messages,
    )

    # The parse is this function's own: its records' objects can go as they are read.
    for name in FAMILIES:
        value = document.get(name)
        if type(value) is list:
            document[name] = ParsedArray(cast("list[object]", value))
    problems = Problems()
    try:
        parsed = cast("object", CONVERTER.structure(document, Document))
    except Exception as exc:  # noqa: BLE001 -- every structuring error becomes a message with its path
        error_messages(exc, "$", problems)
    else:
        return _registry(parsed)
    # Raised outside the handler, so that the error does not keep cattrs' tree as its context.
    raise _format_error(problems.lines, problems.hidden)


def _registry(parsed: object) -> Registry:
    try:
        return Registry(
            **{name: getattr(parsed, name) for name in FAMILIES},
            article=getattr(parsed, "article"),  # noqa: B009 -- a field of the generated Document class
        )
    except InvalidRegistryError as exc:
        found = exc.problems
        listed = [f"$.{problem}" for problem in found[:MAX_ERRORS]]
        raise _format_error(listed, len(found) - len(listed)) from None


def _format_error(errors: list[str], hidden: int = 0) -> RegistryFormatError:
    """The error for *errors* (at most :data:`MAX_ERRORS`) and *hidden* more, only counted."""
    listed = [cut(error) for error in errors]
    if hidden:
        listed.append(f"$: ... and {hidden:,} more problems, not listed")
    return RegistryFormatError(tuple(listed))
