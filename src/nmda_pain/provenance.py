"""Where a record comes from: a pure function of the record and the registry in hand.

Nothing here knows which registries the package ships. A claim is the source
article's when its evidence cites the article (the registry's
:attr:`~nmda_pain.Registry.article`) or one of the article's numbered
references; a mapping is always the curators' grounding; an entity comes from
wherever the claims and mappings that name it come from. The CLI, the
notebook cards and the exports all ask these functions, so they agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from attrs import frozen

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
    :attr:`~nmda_pain.Registry.article` has no article, and none of its
    references is an article's.

    .. versionadded:: 0.2.0
    """
    if registry.article is None:
        return frozenset()
    ids = {reference.id for reference in registry.references if reference.number is not None}
    ids.add(registry.article.id)
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
    cite = registry.references_of  # the library's error for an id the registry lacks
    if isinstance(record, Claim):
        return Provenance(
            references=_unique(
                (*cite(record), *(r for affinity in record.affinities for r in cite(affinity)))
            ),
            from_article=is_from_article(record, registry),
        )
    if isinstance(record, Mapping):
        return Provenance(references=_unique(cite(record)), from_article=False)
    claims = (
        *registry.index.by_subject.get(record.id, ()),
        *registry.index.by_object.get(record.id, ()),
    )
    cited = [reference for claim in claims for reference in cite(claim)]
    cited.extend(
        reference for mapping in registry.mappings_of(record) for reference in cite(mapping)
    )
    return Provenance(
        references=_unique(cited),
        from_article=any(is_from_article(claim, registry) for claim in claims),
    )


def _unique(references: Iterable[Reference]) -> tuple[Reference, ...]:
    seen: dict[str, Reference] = {}
    for reference in references:
        seen.setdefault(reference.id, reference)
    return tuple(seen.values())
