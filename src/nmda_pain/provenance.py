"""Where a record comes from: a pure function of the record and the registry in hand.

Nothing here knows which registries the package ships. A claim is the source
article's when its evidence cites the article (the registry's
:attr:`~nmda_pain.Registry.source`) or one of the article's numbered
references; a mapping is always the curators' grounding; an entity comes from
wherever the claims and mappings that name it come from. The CLI, the
notebook cards and the exports all ask these functions, so they agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from attrs import frozen

from nmda_pain._text import closest_names
from nmda_pain.errors import UnknownEntityError
from nmda_pain.model import (
    AdverseEffect,
    Agent,
    Claim,
    Condition,
    Enzyme,
    Mapping,
    Mechanism,
    Receptor,
    Reference,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from nmda_pain.registry import Registry

__all__ = ["Provenance", "Sourced", "article_reference_ids", "is_from_article", "provenance"]

Sourced: TypeAlias = (
    Claim | Mapping | Agent | Receptor | Mechanism | AdverseEffect | Condition | Enzyme
)
"""A record whose sources :func:`provenance` can tell."""


@frozen(kw_only=True)
class Provenance:
    """The sources behind one record.

    Attributes:
        references: Every reference behind the record, each once, in the order
            the record (or the claims and mappings naming it) cite them.
        from_article: The source article states it: a claim citing the article,
            or an entity one of the article's claims names.

    .. versionadded:: 0.2.0
    """

    references: tuple[Reference, ...]
    from_article: bool

    @property
    def verified(self) -> tuple[Reference, ...]:
        """The references whose verification status is verified."""
        return tuple(reference for reference in self.references if reference.is_verified)


def article_reference_ids(registry: Registry) -> frozenset[str]:
    """The ids of the references that are the source article or one of its numbered references.

    A reference's ``number`` is its number in the registry's source article,
    so the numbered references are the article's own; a registry with no
    :attr:`~nmda_pain.Registry.source` has no article, and none of its
    references is an article's.

    .. versionadded:: 0.2.0
    """
    if registry.source is None:
        return frozenset()
    ids = {reference.id for reference in registry.references if reference.number is not None}
    ids.add(registry.source.id)
    return frozenset(ids)


def is_from_article(claim: Claim, registry: Registry) -> bool:
    """Whether *claim* is a statement of the registry's source article.

    It is when a piece of its evidence that supports it (not one that disputes
    it) cites one of the article's numbered references (:func:`article_reference_ids`,
    kept on the registry's index).

    >>> from nmda_pain import default_registry, extended_registry, find_claims
    >>> claim, = find_claims(subject="memantine", object="neuropathic pain")
    >>> is_from_article(claim, default_registry())
    True
    >>> claim, = find_claims(subject="quinidine", object="cyp2d6", registry=extended_registry())
    >>> is_from_article(claim, extended_registry())
    False

    .. versionadded:: 0.2.0
    """
    article = registry.index.article_references
    return any(item.reference in article and not item.disputes for item in claim.evidence)


def provenance(record: Sourced, registry: Registry) -> Provenance:
    """The references behind *record* in *registry*, and whether the article states it.

    For a claim, its evidence and the sources of its measured values; for a mapping, the sources its term was read in;
    for an entity, the evidence of every claim that names it and the sources of
    its mappings.

    >>> from nmda_pain import default_registry
    >>> registry = default_registry()
    >>> found = provenance(registry.resolve("memantine"), registry)
    >>> found.from_article, found.references[0].id
    (True, 'rowbotham-2020')

    .. versionadded:: 0.2.0
    """
    references = _ReferencesOf(registry)
    if isinstance(record, Claim):
        measured = (ref_id for affinity in record.affinities for ref_id in affinity.references)
        return Provenance(
            references=_unique(references[ref_id] for ref_id in (*record.references, *measured)),
            from_article=is_from_article(record, registry),
        )
    if isinstance(record, Mapping):
        return Provenance(
            references=_unique(references[ref_id] for ref_id in record.references),
            from_article=False,
        )
    claims = (
        *registry.index.by_subject.get(record.id, ()),
        *registry.index.by_object.get(record.id, ()),
    )
    cited = [references[ref_id] for claim in claims for ref_id in claim.references]
    cited.extend(
        references[ref_id]
        for mapping in registry.mappings_of(record)
        for ref_id in mapping.references
    )
    return Provenance(
        references=_unique(cited),
        from_article=any(is_from_article(claim, registry) for claim in claims),
    )


class _ReferencesOf:
    """The registry's references by id; an id it lacks is the library's error, not a KeyError."""

    __slots__ = ("registry",)

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def __getitem__(self, ref_id: str) -> Reference:
        found = self.registry.index.references.get(ref_id)
        if found is None:
            raise _unknown_reference(ref_id, self.registry)
        return found


def _unknown_reference(ref_id: str, registry: Registry) -> UnknownEntityError:
    return UnknownEntityError(
        ref_id,
        closest_names(ref_id, registry.index.references),
        kind="reference",
        hint="the record names a reference this registry lacks; is it a record of another registry?",
    )


def _unique(references: Iterable[Reference]) -> tuple[Reference, ...]:
    seen: dict[str, Reference] = {}
    for reference in references:
        seen.setdefault(reference.id, reference)
    return tuple(seen.values())
