"""Short, readable ``repr`` for records whose full field list would fill a screen.

attrs' generated ``repr`` prints every field, which for an agent from the
extended registry runs to over a thousand characters. The records show the
fields that identify them instead; ``attrs.asdict(record)`` gives all of them.
"""

from __future__ import annotations

import enum

__all__ = ["short_repr"]


def short_repr(record: object, *names: str) -> str:
    """``Class(name=value, ...)`` for *names*, with enum members as ``Enum.MEMBER``."""
    shown = ", ".join(f"{name}={_value(getattr(record, name))}" for name in names)
    return f"{type(record).__name__}({shown})"


def _value(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, tuple):
        members: tuple[object, ...] = value  # pyright: ignore[reportUnknownVariableType] -- a field's tuple holds any items
        items = [_value(item) for item in members]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    return repr(value)
