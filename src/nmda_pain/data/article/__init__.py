"""The article's curated records, as named constants, one module per family.

Importing this package builds every record, so :func:`nmda_pain.default_registry`
imports it only on its first call.
"""

from __future__ import annotations

from nmda_pain.data.article.adverse_effects import ADVERSE_EFFECTS
from nmda_pain.data.article.agents import AGENTS
from nmda_pain.data.article.claims import CLAIMS
from nmda_pain.data.article.conditions import CONDITIONS
from nmda_pain.data.article.mechanisms import MECHANISMS
from nmda_pain.data.article.receptors import RECEPTORS
from nmda_pain.data.article.references import ARTICLE, REFERENCES
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
        article=ARTICLE,
    )
