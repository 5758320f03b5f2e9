"""Pharmacology beyond the source article: modes of action and affinities as typed values.

These records appear only in the extended registry
(:func:`nmda_pain.extended_registry`), and each names its source as the
project's vetted reference table gives it.
"""

from __future__ import annotations

import enum
from typing import Final, TypeVar

import attrs
from attrs import field, frozen

from nmda_pain._text import with_article
from nmda_pain.model._validators import (
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    check_enum,
    check_optional_text,
    check_prose,
    check_slug,
    check_text,
)
from nmda_pain.model.enums import ActionType, AffinityParameter, BindingSite, Trapping

__all__ = ["Affinity", "ModeOfAction"]

_E = TypeVar("_E", bound=enum.Enum)
_INFINITY: Final = float("inf")


def _check_optional_enum(enum_type: type[_E]) -> attrs._ValidatorType[_E | None]:  # pyright: ignore[reportPrivateUsage] -- attrs exposes no public name for the validator signature
    def validate(
        _instance: object, attribute: attrs.Attribute[_E | None], value: _E | None
    ) -> None:
        if value is not None and not isinstance(value, enum_type):
            allowed = ", ".join(repr(member.value) for member in enum_type)
            msg = f"{attribute.name!r} must be None or {with_article(enum_type.__name__)} (one of {allowed}), not {value!r}"
            raise TypeError(msg)

    return validate


def _finite_float(value: float) -> float:
    """*value* as a float, refused unless it is a finite number.

    An int is stored as the float it equals, as a document's number is loaded, so
    that a registry writes the same text before and after a round trip (``7.0``,
    never ``7`` then ``7.0``).
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"'value' must be a number, not {value!r}"
        raise TypeError(msg)
    try:
        number = float(value)
    except OverflowError:  # an int beyond the float range
        number = _INFINITY
    if not -_INFINITY < number < _INFINITY:  # also refuses NaN, which compares false
        msg = f"'value' must be a finite number, not {value!r}"
        raise ValueError(msg)
    return number


@frozen(kw_only=True)
class ModeOfAction:
    """How an agent acts on a receptor or one of its subunits.

    Attributes:
        action: The kind of action (channel blocker, negative allosteric modulator...).
        target: Id of the receptor or subunit acted on.
        binding_site: Where the agent binds, where the source says.
        trapping: Trapping behaviour of a channel blocker, where the source says.
        contested: ``True`` when a source disputes that the agent acts this way.
        source: The source, as the reference table gives it.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    action: ActionType = field(validator=check_enum(ActionType))
    target: str = field(validator=check_slug, metadata=ID_SCHEMA)
    binding_site: BindingSite | None = field(
        default=None, validator=_check_optional_enum(BindingSite)
    )
    trapping: Trapping | None = field(default=None, validator=_check_optional_enum(Trapping))
    contested: bool = field(default=False, validator=attrs.validators.instance_of(bool))
    source: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)


@frozen(kw_only=True)
class Affinity:
    """A measured potency or affinity of an agent at a receptor subunit.

    Attributes:
        parameter: What the value measures (pIC50, pKi, IC50).
        value: The number.
        unit: The unit (``"µM"``, ``"nM"``), or ``None`` for the unitless p-values.
        target: Id of the subunit or receptor measured.
        species: The species of the receptor, where the source says.
        conditions: The assay and conditions, as the source describes them.
        source: The source, as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    parameter: AffinityParameter = field(validator=check_enum(AffinityParameter))
    value: float = field(converter=_finite_float)
    unit: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    target: str = field(validator=check_slug, metadata=ID_SCHEMA)
    species: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    conditions: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    source: str = field(validator=check_text, metadata=TEXT_SCHEMA)
