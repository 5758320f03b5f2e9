"""The things claims talk about: agents, receptors, mechanisms, adverse effects, conditions.

Every entity has a stable lowercase ``id`` (``ketamine``, ``neuropathic-pain``),
a display ``name`` and alternative ``synonyms``, all of which
:meth:`nmda_pain.Registry.resolve` accepts. ``description`` restates what the
source says about the entity in the curator's words; ``notes`` hold curator
remarks (inconsistencies in the source, what was left out and why).

An entity holds what it is, never where a statement about it comes from: its
sources are the evidence of the claims that name it and of its mappings, and
its identifiers are its exact :class:`~nmda_pain.Mapping` records, so each is
stated once. All classes are frozen, slotted and keyword-only: make changed copies with
:func:`attrs.evolve`, which validates again.
"""

from __future__ import annotations

from typing import ClassVar, TypeAlias

from attrs import field, frozen

from nmda_pain.model._frozen import Sealed
from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    TEXTS_SCHEMA,
    check_enum,
    check_optional_slug,
    check_optional_text,
    check_prose,
    check_slug,
    check_synonyms,
    check_text,
    check_text_tuple,
)
from nmda_pain.model.enums import AdverseEffectCategory, AgentKind, ConditionKind

__all__ = [
    "AdverseEffect",
    "Agent",
    "Condition",
    "Entity",
    "Enzyme",
    "Mechanism",
    "Receptor",
]


@frozen(kw_only=True, weakref_slot=False)
class Agent(Sealed):
    """A drug or a class of drugs.

    Attributes:
        id: Stable lowercase slug, e.g. ``"ketamine"``.
        name: Display name, e.g. ``"Ketamine"``.
        kind: A single drug or a drug class.
        synonyms: Other names the agent goes by.
        other_uses: Established uses outside pain, as the source names them
            (dextromethorphan: ``("cough suppressant",)``).
        description: What the source says the agent is, in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "agent"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    kind: AgentKind = field(default=AgentKind.DRUG, validator=check_enum(AgentKind))
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    other_uses: tuple[str, ...] = field(
        default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA
    )
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "kind")


@frozen(kw_only=True, weakref_slot=False)
class Receptor(Sealed):
    """A receptor that agents act on.

    Attributes:
        id: Stable lowercase slug, e.g. ``"nmda-receptor"``.
        name: Display name.
        permeant_ions: Ions that flow through the open channel (``("calcium",)``).
        subunit_of: For a subunit, the id of the receptor it is part of.
        species: The organism, for a receptor or subunit of one species (``"rat"``);
            ``None`` where it is not one species' or the source does not say.
        synonyms: Other names.
        description: What the source says of the receptor, in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "receptor"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    permeant_ions: tuple[str, ...] = field(
        default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA
    )
    subunit_of: str | None = field(default=None, validator=check_optional_slug, metadata=ID_SCHEMA)
    species: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")


@frozen(kw_only=True, weakref_slot=False)
class Mechanism(Sealed):
    """Something an agent does that the source links to pain relief.

    Attributes:
        id: Stable lowercase slug, e.g. ``"calcium-influx-blockade"``.
        name: Display name.
        synonyms: Other names.
        description: The mechanism in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "mechanism"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")


@frozen(kw_only=True, weakref_slot=False)
class AdverseEffect(Sealed):
    """An effect of an agent beyond pain relief, usually unwanted.

    Some of these the source also presents as properties used on purpose (the
    amnestic and psychotomimetic properties in anaesthesia); claims with the
    ``produces_effect`` predicate record those, ``causes_adverse_effect`` the harms.

    Attributes:
        id: Stable lowercase slug, e.g. ``"hallucinations"``.
        name: Display name.
        category: The domain the effect belongs to.
        synonyms: Other names.
        description: The effect in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "adverse_effect"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    category: AdverseEffectCategory = field(validator=check_enum(AdverseEffectCategory))
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "category")


@frozen(kw_only=True, weakref_slot=False)
class Condition(Sealed):
    """A pain condition, a pain phenomenon, or a broad category of pain.

    Attributes:
        id: Stable lowercase slug, e.g. ``"neuropathic-pain"``.
        name: Display name.
        kind: Condition, symptom or category (tells CRPS from allodynia from chronic pain).
        synonyms: Other names and abbreviations (``"CRPS"``).
        description: The condition in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "condition"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    kind: ConditionKind = field(validator=check_enum(ConditionKind))
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "kind")


@frozen(kw_only=True, weakref_slot=False)
class Enzyme(Sealed):
    """An enzyme that metabolises agents or that agents inhibit.

    Attributes:
        id: Stable lowercase slug, e.g. ``"cyp2d6"``.
        name: Display name.
        synonyms: Other names.
        description: The enzyme in the curator's words.
        notes: Curator remarks.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "enzyme"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")


Entity: TypeAlias = Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme
"""Anything a claim can name as its subject or object."""
