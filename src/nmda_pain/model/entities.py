"""The things claims talk about: agents, receptors, mechanisms, adverse effects, conditions.

Every entity has a stable lowercase ``id`` (``ketamine``, ``neuropathic-pain``),
a display ``name`` and alternative ``synonyms``, all of which
:meth:`nmda_pain.Registry.resolve` accepts. ``description`` restates what the
source says about the entity in the curator's words; ``notes`` hold curator
remarks (inconsistencies in the source, what was left out and why).

All classes are frozen, slotted and keyword-only: make changed copies with
:func:`attrs.evolve`, which validates again.
"""

from __future__ import annotations

from typing import ClassVar, TypeAlias

from attrs import field, frozen

from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    TEXTS_SCHEMA,
    XREFS_SCHEMA,
    check_enum,
    check_instances,
    check_optional_slug,
    check_optional_text,
    check_prose,
    check_provenance,
    check_slug,
    check_synonyms,
    check_text,
    check_text_tuple,
    check_xrefs,
)
from nmda_pain.model.enums import AdverseEffectCategory, AgentKind, ConditionKind
from nmda_pain.model.identifiers import Curie
from nmda_pain.model.pharmacology import Affinity, ModeOfAction

__all__ = [
    "AdverseEffect",
    "Agent",
    "Condition",
    "Entity",
    "Enzyme",
    "Mechanism",
    "Receptor",
]


@frozen(kw_only=True)
class Agent:
    """A drug or a class of drugs.

    Attributes:
        id: Stable lowercase slug, e.g. ``"ketamine"``.
        name: Display name, e.g. ``"Ketamine"``.
        kind: A single drug or a drug class.
        drug_class: Id of the class agent this agent belongs to, if any. The
            registry requires a ``member_of`` claim that gives the evidence.
        synonyms: Other names the agent goes by.
        xrefs: Identifiers of the same agent in other databases (beyond the source).
        other_uses: Established uses outside pain, as the source names them
            (dextromethorphan: ``("cough suppressant",)``).
        modes_of_action: How the agent acts on the NMDA receptor (beyond the source).
        affinities: Measured potencies at receptor subunits (beyond the source).
        description: What the source says the agent is, in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "agent"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    kind: AgentKind = field(default=AgentKind.DRUG, validator=check_enum(AgentKind))
    drug_class: str | None = field(default=None, validator=check_optional_slug, metadata=ID_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    other_uses: tuple[str, ...] = field(
        default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA
    )
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    modes_of_action: tuple[ModeOfAction, ...] = field(
        default=(), validator=check_instances(ModeOfAction)
    )
    affinities: tuple[Affinity, ...] = field(default=(), validator=check_instances(Affinity))
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __attrs_post_init__(self) -> None:
        if self.drug_class == self.id:
            msg = f"agent {self.id!r} cannot be a member of itself; set drug_class to another agent's id"
            raise ValueError(msg)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "kind")

    def _repr_html_(self) -> str:
        """This agent as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


@frozen(kw_only=True)
class Receptor:
    """A receptor that agents act on.

    Attributes:
        id: Stable lowercase slug, e.g. ``"nmda-receptor"``.
        name: Display name.
        gated_by: The transmitters that open the channel (``("glutamate",)``).
        permeant_ions: Ions that flow through the open channel (``("calcium",)``).
        xrefs: Identifiers of the same receptor in other databases (beyond the source).
        subunit_of: For a subunit, the id of the receptor it is part of.
        gene: The gene symbol of a subunit (``"GRIN1"``).
        synonyms: Other names.
        description: What the source says of the receptor, in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "receptor"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    gated_by: tuple[str, ...] = field(default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA)
    permeant_ions: tuple[str, ...] = field(
        default=(), validator=check_text_tuple, metadata=TEXTS_SCHEMA
    )
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    subunit_of: str | None = field(default=None, validator=check_optional_slug, metadata=ID_SCHEMA)
    gene: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")

    def _repr_html_(self) -> str:
        """This receptor as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


@frozen(kw_only=True)
class Mechanism:
    """Something an agent does that the source links to pain relief.

    Attributes:
        id: Stable lowercase slug, e.g. ``"calcium-influx-blockade"``.
        name: Display name.
        synonyms: Other names.
        xrefs: Identifiers in other vocabularies (beyond the source).
        description: The mechanism in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "mechanism"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")

    def _repr_html_(self) -> str:
        """This mechanism as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


@frozen(kw_only=True)
class AdverseEffect:
    """An effect of an agent beyond pain relief, usually unwanted.

    Some of these the source also presents as properties used on purpose (the
    amnestic and psychotomimetic properties in anaesthesia); claims with the
    ``produces_effect`` predicate record those, ``causes_adverse_effect`` the harms.

    Attributes:
        id: Stable lowercase slug, e.g. ``"hallucinations"``.
        name: Display name.
        category: The domain the effect belongs to.
        synonyms: Other names.
        xrefs: Identifiers in other vocabularies (beyond the source).
        description: The effect in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "adverse_effect"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    category: AdverseEffectCategory = field(validator=check_enum(AdverseEffectCategory))
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "category")

    def _repr_html_(self) -> str:
        """This adverse effect as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


@frozen(kw_only=True)
class Condition:
    """A pain condition, a pain phenomenon, or a broad category of pain.

    Attributes:
        id: Stable lowercase slug, e.g. ``"neuropathic-pain"``.
        name: Display name.
        kind: Condition, symptom or category (tells CRPS from allodynia from chronic pain).
        xrefs: Identifiers of the same condition in other vocabularies (beyond the source).
        synonyms: Other names and abbreviations (``"CRPS"``).
        description: The condition in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "condition"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    kind: ConditionKind = field(validator=check_enum(ConditionKind))
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name", "kind")

    def _repr_html_(self) -> str:
        """This condition as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


@frozen(kw_only=True)
class Enzyme:
    """An enzyme that metabolises agents or that agents inhibit.

    Attributes:
        id: Stable lowercase slug, e.g. ``"cyp2d6"``.
        name: Display name.
        gene: The gene symbol.
        xrefs: Identifiers in other databases.
        synonyms: Other names.
        description: The enzyme in the curator's words.
        notes: Curator remarks.
        provenance: ``None`` for what the source article states; for a record
            from beyond the article, its source as the reference table gives it.

    .. versionadded:: 0.1.0
    """

    FAMILY: ClassVar[str] = "enzyme"

    id: str = field(validator=check_slug, metadata=ID_SCHEMA)
    name: str = field(validator=check_text, metadata=TEXT_SCHEMA)
    gene: str | None = field(default=None, validator=check_optional_text, metadata=TEXT_SCHEMA)
    xrefs: tuple[Curie, ...] = field(default=(), validator=check_xrefs, metadata=XREFS_SCHEMA)
    synonyms: tuple[str, ...] = field(default=(), validator=check_synonyms, metadata=TEXTS_SCHEMA)
    description: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    provenance: str | None = field(default=None, validator=check_provenance, metadata=TEXT_SCHEMA)

    def __repr__(self) -> str:
        return short_repr(self, "id", "name")

    def _repr_html_(self) -> str:
        """This enzyme as an HTML card, for Jupyter."""
        from nmda_pain._html import entity_html  # noqa: PLC0415 -- deferred: only notebooks ask for it

        return entity_html(self)


Entity: TypeAlias = Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme
"""Anything a claim can name as its subject or object."""
