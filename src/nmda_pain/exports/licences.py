"""The licence an export gives what it writes: one rule for every export, by who wrote it.

A statement comes under the licence of whoever wrote its content:

===========================================  ==========================================
What is written                              Licence
===========================================  ==========================================
A claim of the article (every source it      :data:`ARTICLE_LICENSE`, CC BY 4.0: the
cites is the article)                        claim restates an article published so,
                                             and the repository's ``LICENSE`` asks its
                                             reuse to credit the article
The curators' own grounding: the mappings    :data:`CURATION_LICENSE`, MIT: the
of entities to public terms (the article     package's licence, under which the
names no identifiers)                        repository's ``LICENSE`` ships them
A claim read in other sources (database      none: it restates those sources, whose
releases, drug labels, papers)               licences the registry does not record;
                                             the export says so (:data:`UNRECORDED`)
===========================================  ==========================================

The nanopublications (:func:`~nmda_pain.exports.write_nanopubs`) give each
claim its licence by :func:`claim_license`; the SSSOM mapping set
(:func:`~nmda_pain.exports.write_sssom`) is the curators' grounding, so its
``license`` defaults to :data:`CURATION_LICENSE`. Claiming CC BY or MIT for a
fact read in a database would not be honest, and the table above is the only
place these rules are written.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from nmda_pain.provenance import is_from_article

if TYPE_CHECKING:
    from nmda_pain.model import Claim
    from nmda_pain.registry import Registry

__all__ = ["ARTICLE_LICENSE", "CURATION_LICENSE", "UNRECORDED", "claim_license"]

ARTICLE_LICENSE: Final = "https://creativecommons.org/licenses/by/4.0/"
"""The source article's licence (CC BY 4.0), and so that of every claim of the article."""

CURATION_LICENSE: Final = "https://spdx.org/licenses/MIT.html"
"""The package's licence (MIT), and so that of the curators' own grounding: the mappings."""

UNRECORDED: Final = (
    "No licence is given: this claim goes beyond the CC BY 4.0 source article, and the "
    "licences of the sources it was read in are not recorded."
)
"""What an export says in place of a licence for a claim read in other sources."""


def claim_license(claim: Claim, registry: Registry) -> str | None:
    """The licence of *claim* in *registry*: :data:`ARTICLE_LICENSE` for the article's, else ``None``.

    >>> from nmda_pain import default_registry
    >>> article = default_registry()
    >>> claim_license(article.claims[0], article)
    'https://creativecommons.org/licenses/by/4.0/'
    """
    return ARTICLE_LICENSE if is_from_article(claim, registry) else None
