"""Grounding as data: how an entity relates to a term of a public ontology or database.

A :class:`Mapping` is one row of an SSSOM mapping set: the entity, a SKOS
match predicate, the term, and the sources the term was read in. An entity's
identifiers are its exact mappings; close, broad, narrow and related terms say
where it sits among the field's vocabularies without claiming to be them.
"""

from __future__ import annotations

from typing import Final

import attrs
from attrs import field, frozen

from nmda_pain.model._frozen import Sealed
from nmda_pain.model._repr import short_repr
from nmda_pain.model._validators import (
    AT_LEAST_ONE_SCHEMA,
    ID_SCHEMA,
    PROSE_SCHEMA,
    TEXT_SCHEMA,
    check_curie,
    check_enum,
    check_optional_enum,
    check_optional_text,
    check_prose,
    check_slug,
    check_sources,
)
from nmda_pain.model.enums import Direction, MatchPredicate
from nmda_pain.model.identifiers import Curie

__all__ = ["Mapping"]

_DIRECTION: Final = check_optional_enum(Direction)


def _check_direction(
    instance: Mapping, attribute: attrs.Attribute[Direction | None], value: Direction | None
) -> None:
    _DIRECTION(instance, attribute, value)
    if value is not None and instance.predicate is not MatchPredicate.RELATED:
        msg = (
            f"'direction' is only for a related match (the process the entity changes), "
            f"not a {instance.predicate.value}"
        )
        raise ValueError(msg)


@frozen(kw_only=True, weakref_slot=False)
class Mapping(Sealed):
    """One grounding of an entity in a public vocabulary, with the sources it was read in.

    The mappings of the shipped registries are the curators' grounding, not a
    statement of the source article: the article names no identifiers.

    Attributes:
        subject: Id of the entity mapped.
        predicate: How the term relates to the entity (exact, close, broad, narrow, related).
        object: The term's identifier.
        object_label: The term's label as the source gives it, where it has one.
        references: Ids of the :class:`~nmda_pain.Reference` records the term
            and its label were read in, at least one.
        notes: Curator remarks: why this predicate, which look-alike terms were refused.
        direction: For a related term that is the process the entity changes
            (a mechanism that blocks calcium import is related to calcium
            import), which way it changes it; ``None`` otherwise. Only a
            related match can have one: an exact or close term would be the
            change itself, not the process changed. The Biolink exports write a
            claim acting via such an entity as affecting the process, with this
            direction (:func:`nmda_pain.biolink.acted_on`).

    .. versionadded:: 0.2.0
    """

    subject: str = field(validator=check_slug, metadata=ID_SCHEMA)
    predicate: MatchPredicate = field(validator=check_enum(MatchPredicate))
    object: Curie = field(validator=check_curie)
    object_label: str | None = field(
        default=None, validator=check_optional_text, metadata=TEXT_SCHEMA
    )
    references: tuple[str, ...] = field(validator=check_sources, metadata=AT_LEAST_ONE_SCHEMA)
    notes: str = field(default="", validator=check_prose, metadata=PROSE_SCHEMA)
    direction: Direction | None = field(default=None, validator=_check_direction)

    @property
    def key(self) -> tuple[str, str]:
        """The (subject, term) pair that identifies the mapping in a registry."""
        return (self.subject, self.object.canonical)

    def __repr__(self) -> str:
        shown = short_repr(self, "subject", "predicate").removesuffix(")")
        return f"{shown}, object={self.object.canonical!r})"
