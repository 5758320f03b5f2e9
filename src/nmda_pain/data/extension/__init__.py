"""The extension layer: vetted pharmacology beyond the article, added to a registry in one call.

Its records come only from values the project's reference table marks
confirmed, one module per family (agents, receptors, enzymes, conditions,
claims, mappings), each citing its references
(:mod:`nmda_pain.data.extension.references`, and the releases
:mod:`nmda_pain.data.grounding` already cites). :func:`extend` adds them to
the registry it is given and replaces nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nmda_pain.data.extension.agents import AGENTS
from nmda_pain.data.extension.claims import CLAIMS
from nmda_pain.data.extension.conditions import CONDITIONS
from nmda_pain.data.extension.enzymes import ENZYMES
from nmda_pain.data.extension.mappings import MAPPINGS
from nmda_pain.data.extension.receptors import RECEPTORS
from nmda_pain.data.extension.references import REFERENCES

if TYPE_CHECKING:
    from nmda_pain.registry import Registry

__all__ = [
    "AGENTS",
    "CLAIMS",
    "CONDITIONS",
    "ENZYMES",
    "MAPPINGS",
    "RECEPTORS",
    "REFERENCES",
    "extend",
]


def extend(registry: Registry) -> Registry:
    """*registry* with the extension's records added, checked as a whole.

    *registry* must hold what the extension names: the article's entities and
    the releases of :mod:`nmda_pain.data.grounding`, as
    :func:`nmda_pain.default_registry` does.
    """
    return registry.extend(
        agents=AGENTS,
        receptors=RECEPTORS,
        conditions=CONDITIONS,
        enzymes=ENZYMES,
        references=REFERENCES,
        claims=CLAIMS,
        mappings=MAPPINGS,
    )
