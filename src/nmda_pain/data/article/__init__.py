"""The article's curated records, as named constants.

Importing this package builds every record, so :func:`nmda_pain.default_registry`
imports it only on its first call.
"""

from __future__ import annotations

from nmda_pain.data.article.claims import CLAIMS
from nmda_pain.data.article.entities import (
    ADVERSE_EFFECTS,
    AGENTS,
    CONDITIONS,
    MECHANISMS,
    RECEPTORS,
)
from nmda_pain.data.article.references import REFERENCES, SOURCE
from nmda_pain.registry import Registry

__all__ = ["build_registry"]


def build_registry() -> Registry:
    """Assemble (and so validate) the article's registry."""
    return Registry(
        agents=AGENTS,
        receptors=RECEPTORS,
        mechanisms=MECHANISMS,
        adverse_effects=ADVERSE_EFFECTS,
        conditions=CONDITIONS,
        references=REFERENCES,
        claims=CLAIMS,
        source=SOURCE,
    )
