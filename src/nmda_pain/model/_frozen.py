"""Records whose fields are set once: ``__init__`` and ``__setstate__`` refuse a built instance.

attrs' frozen classes refuse ``record.name = ...``, but their generated
``__init__`` (and the ``__setstate__`` that unpickling calls) set the fields
with ``object.__setattr__``, so ``Agent.__init__(agent, id="other", name="Other")``
would rewrite a record that every holder, and every registry, shares. Here
each runs only on an instance whose fields are unset, and unpickling builds
through ``__init__``, so a pickled state passes the same validators as any
constructor call. :func:`seal` applies both to a record class;
:class:`~nmda_pain.Registry` calls :func:`refuse_if_built` and :func:`restore`
from its own hooks.
"""

from __future__ import annotations

from typing import TypeVar, cast

import attrs
from attrs.exceptions import FrozenInstanceError

__all__ = [
    "AlreadyBuiltError",
    "Sealed",
    "is_built",
    "refuse_if_built",
    "restore",
    "seal",
    "state_of",
]

_C = TypeVar("_C", bound=type)


class AlreadyBuiltError(FrozenInstanceError):
    """``__init__`` or ``__setstate__`` was called on an instance whose fields are set.

    It is an :class:`attrs.exceptions.FrozenInstanceError`, what writing a field
    of a frozen record raises, and so an :class:`AttributeError`.
    """

    def __init__(self, instance: object) -> None:
        name = type(instance).__name__
        msg = (
            f"this {name} is already built and cannot be changed; "
            f"attrs.evolve(it, ...) makes a changed copy, {name}(...) a new one"
        )
        AttributeError.__init__(self, msg)  # FrozenInstanceError takes no message
        self.msg = msg


def is_built(instance: attrs.AttrsInstance) -> bool:
    """Whether the fields of *instance*, an attrs instance with slots, are set.

    It runs at the start of every record's ``__init__`` (:class:`Sealed`), so
    it reads the class's fields as attrs stores them, without the checks of
    :func:`attrs.fields`, and asks whether the first one's slot is set.
    """
    fields = cast("tuple[attrs.Attribute[object], ...]", type(instance).__attrs_attrs__)  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    return hasattr(instance, fields[0].name)


def refuse_if_built(instance: attrs.AttrsInstance) -> None:
    """Raise :class:`AlreadyBuiltError` if the fields of *instance* are set."""
    if is_built(instance):
        raise AlreadyBuiltError(instance)


def state_of(instance: attrs.AttrsInstance) -> dict[str, object]:
    """The pickled state of *instance*: its fields by name, and nothing cached."""
    return {field.name: getattr(instance, field.name) for field in attrs.fields(type(instance))}


def restore(instance: attrs.AttrsInstance, state: object) -> None:
    """Build *instance*, fresh from ``__new__``, from a pickled *state*, through its ``__init__``.

    Raises:
        AlreadyBuiltError: *instance* is already built.
        TypeError: *state* is not a dict of the class's fields, or a value is
            refused by the class's validators (which may raise ``ValueError``).
    """
    refuse_if_built(instance)
    cls = type(instance)
    if not isinstance(state, dict):
        msg = f"a pickled {cls.__name__} is a dict of its fields, not {type(state).__name__}"
        raise TypeError(msg)
    values = cast("dict[object, object]", state)
    aliases = {field.name: field.alias for field in attrs.fields(cls) if field.init}
    unknown = [key for key in values if key not in aliases]
    if unknown:
        msg = f"a pickled {cls.__name__} holds no field {', '.join(map(repr, unknown))}"
        raise TypeError(msg)
    arguments = {aliases[cast("str", key)]: value for key, value in values.items()}
    cls.__init__(instance, **arguments)


class Sealed:
    """The base of the model's record classes: their ``__init__`` refuses a built instance.

    attrs calls ``__attrs_pre_init__`` first thing in the ``__init__`` it
    writes, so the check is one method call per record built, where a wrapper
    around ``__init__`` would repack every argument (it doubled the cost of
    building an ``Evidence``). The check is :func:`is_built`; it works as soon
    as attrs has made the class, so the records a module builds while it is
    imported are guarded too.
    :func:`seal` makes ``__setstate__`` build through ``__init__``.
    """

    __slots__ = ()

    def __attrs_pre_init__(self) -> None:
        if is_built(self):  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType] -- attrs makes each subclass an attrs class
            raise AlreadyBuiltError(self)


def seal(cls: _C) -> _C:
    """Make ``__init__`` and ``__setstate__`` of the attrs record class *cls* refuse a built instance.

    *cls* derives from :class:`Sealed`, whose ``__attrs_pre_init__`` guards
    ``__init__``; here ``__setstate__`` is made to build through ``__init__``,
    so unpickling (and :mod:`copy`) runs its validators.

    Raises:
        TypeError: *cls* is not a :class:`Sealed` attrs class whose
            ``__init__`` runs the check.
    """
    if not _sealable(cls):
        msg = f"{cls.__name__} must be an attrs class deriving from Sealed to be sealed"
        raise TypeError(msg)
    cls.__setstate__ = restore  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
    return cls


def _sealable(cls: type) -> bool:
    """Whether *cls* is an attrs class deriving from :class:`Sealed` whose ``__init__`` runs its check."""
    init: object = vars(cls).get("__init__")
    code = getattr(init, "__code__", None)
    return (
        issubclass(cls, Sealed)
        and attrs.has(cls)
        and code is not None
        and "__attrs_pre_init__" in code.co_names
    )
