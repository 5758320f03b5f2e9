"""Pharmacology as typed qualifiers of claims: modes of action and measured affinities.

The shipped values come from beyond the source article and appear only in
:func:`nmda_pain.extended_registry`; each is stated on the claim it qualifies,
whose evidence names its sources.
"""

from __future__ import annotations

from typing import Final

from attrs import field, frozen

from nmda_pain._text import shown_value
from nmda_pain.model._frozen import Sealed
from nmda_pain.model._validators import (
    AT_LEAST_ONE_SCHEMA,
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    check_enum,
    check_optional_enum,
    check_optional_text,
    check_prose,
    check_slug,
    check_sources,
)
from nmda_pain.model.enums import ActionType, AffinityParameter, BindingSite, Trapping

__all__ = ["Affinity", "ModeOfAction"]

_INFINITY: Final = float("inf")


def _finite_float(value: float) -> float:
    """*value* as a float, refused unless it is a finite number.

    An int is stored as the float it equals, as a document's number is loaded, so
    that a registry writes the same text before and after a round trip (``7.0``,
    never ``7`` then ``7.0``).
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may ignore the type hints
        msg = f"'value' must be a number, not {shown_value(value)}"
        raise TypeError(msg)
    try:
        number = float(value)
    except OverflowError:  # an int beyond the float range
        number = _INFINITY
    if not -_INFINITY < number < _INFINITY:  # also refuses NaN, which compares false
        msg = f"'value' must be a finite number, not {shown_value(value)}"
        raise ValueError(msg)
    return number


@frozen(kw_only=True, weakref_slot=False)
class ModeOfAction(Sealed):
    """How an agent acts on the target of the claim this qualifies.

    A mode of action is no record of its own: it rides on the one
    ``antagonizes`` or ``inhibits`` claim it explains (:attr:`Claim.mode
    <nmda_pain.Claim.mode>`), so its target and its sources are that claim's
    object and evidence, stated once.

    Attributes:
        action: The kind of action (channel blocker, negative allosteric modulator...).
        binding_site: Where the agent binds, where the sources say.
        trapping: Trapping behaviour of a channel blocker, where the sources say.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``target``, ``contested``, ``source`` and ``notes`` moved to the claim.
    """

    action: ActionType = field(validator=check_enum(ActionType))
    binding_site: BindingSite | None = field(
        default=None, validator=check_optional_enum(BindingSite)
    )
    trapping: Trapping | None = field(default=None, validator=check_optional_enum(Trapping))


@frozen(kw_only=True, weakref_slot=False)
class Affinity(Sealed):
    """A measured potency or affinity of the claim's subject at a receptor or subunit.

    It qualifies the ``antagonizes`` claim whose object is :attr:`target` or the
    receptor :attr:`target` is a subunit of, and names its own sources, since
    a value is read in one place even when the claim cites several.

    Attributes:
        parameter: What the value measures (pIC50, pKi, IC50).
        value: The number.
        unit: The unit (``"µM"``, ``"nM"``), or ``None`` for the unitless p-values.
        target: Id of the receptor or subunit measured; its species is the target's.
        conditions: The assay and conditions, as the sources describe them.
        references: Ids of the references the value was read in, at least one.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``source`` became ``references`` (ids); ``species`` is the target's.
    """

    parameter: AffinityParameter = field(validator=check_enum(AffinityParameter))
    value: float = field(converter=_finite_float)
    unit: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    target: str = field(validator=check_slug, metadata=ID_SCHEMA)
    conditions: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    references: tuple[str, ...] = field(validator=check_sources, metadata=AT_LEAST_ONE_SCHEMA)
