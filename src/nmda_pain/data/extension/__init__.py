"""The extended layer: the article's registry plus facts from the vetted reference table."""

from __future__ import annotations

from nmda_pain.data.article import build_registry
from nmda_pain.data.extension import records
from nmda_pain.data.extension.sources import REFERENCE_TABLE
from nmda_pain.registry import Registry

__all__ = ["build_extended_registry"]


def build_extended_registry() -> Registry:
    """The article's records, enriched with identifiers, and the table's own records and claims."""
    article = build_registry()
    return Registry(
        agents=(*(records.ARTICLE_AGENTS.get(a.id, a) for a in article.agents), *records.AGENTS),
        receptors=(records.NMDA_RECEPTOR, *records.SUBUNITS),
        mechanisms=article.mechanisms,
        adverse_effects=article.adverse_effects,
        conditions=(
            *(records.CONDITIONS.get(c.id, c) for c in article.conditions),
            records.PSEUDOBULBAR_AFFECT,
        ),
        references=(*article.references, REFERENCE_TABLE),
        claims=(*article.claims, *records.CLAIMS),
        enzymes=(records.CYP2D6,),
        source=article.source,
    )
