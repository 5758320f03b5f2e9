"""The registry shipped with the package: the article's curated records."""

from __future__ import annotations

import functools

from nmda_pain.registry import Registry

__all__ = ["default_registry", "extended_registry"]


@functools.cache
def default_registry() -> Registry:
    """Return the registry curated from the source article.

    It is built and validated on the first call and cached: every call
    returns the same object.

    >>> from nmda_pain import default_registry
    >>> registry = default_registry()
    >>> registry is default_registry()
    True
    >>> registry.source.doi
    '10.37421/2684-5997.2025.8.296'

    .. versionadded:: 0.1.0
    """
    from nmda_pain.data.article import build_registry  # noqa: PLC0415 -- building the records is deferred to the first call

    return build_registry()


@functools.cache
def extended_registry() -> Registry:
    """Return the article's registry plus facts beyond it, from the project's vetted table.

    :func:`default_registry` stays the article alone. This registry adds, only
    from values the reference table marks confirmed: cross-references
    (PubChem, ChEBI, DrugBank, ChEMBL, ATC, MeSH, GtoPdb, HGNC, UniProt, NCBI
    Gene, HP, MONDO) on the agents, the receptor and the conditions; the NMDA
    receptor subunits GluN1 to GluN3B; typed modes of action and affinities;
    further NMDA-active agents (esketamine, dextrorphan, amantadine, methadone,
    magnesium sulfate, nitrous oxide, dizocilpine, ifenprodil, traxoprodil) with
    no pain claims; quinine; the dextromethorphan/quinidine product with its
    approved indication (pseudobulbar affect, not pain); and CYP2D6, which
    quinidine inhibits. Every added record and claim names its source in
    ``provenance``, and its claims cite the reference table, whose
    verification status is verified.

    >>> from nmda_pain import extended_registry, find_claims
    >>> registry = extended_registry()
    >>> registry.resolve("CHEBI:6121").name
    'Ketamine'
    >>> [c.object for c in find_claims(subject="quinidine", predicate="inhibits", registry=registry)]
    ['cyp2d6']
    >>> sum(claim.beyond_article for claim in registry.claims)
    14

    .. versionadded:: 0.1.0
    """
    from nmda_pain.data.extension import build_extended_registry  # noqa: PLC0415 -- building the records is deferred to the first call

    return build_extended_registry()
