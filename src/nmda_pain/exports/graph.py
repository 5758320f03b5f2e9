"""A registry as a networkx graph (extra ``networkx``).

networkx is imported when :func:`to_networkx` is called, never on import;
without it the call raises an :class:`ImportError` that says to
``pip install 'nmda_pain[networkx]'``.

Nodes
    One per entity, keyed by its id (``"ketamine"``), with the attributes
    ``family`` (``"agent"``, ``"receptor"``, ``"mechanism"``,
    ``"adverse_effect"``, ``"condition"`` or ``"enzyme"``), ``category`` (its
    Biolink category, from :func:`nmda_pain.biolink.category`) and every other
    field of the record (``name``, ``synonyms``, ``xrefs``, ``kind``,
    ``description``...), as plain values: enums as their values, CURIEs as
    canonical strings, tuples as tuples, nested records (modes of action,
    affinities) as tuples of dicts. An adverse effect's own ``category``
    field (``"psychotomimetic"``...) is the attribute
    ``adverse_effect_category``, since ``category`` is the Biolink one.

Edges
    One per claim, from its subject to its object, keyed by the predicate's
    value (``"treats"``), so ``graph["memantine"]["neuropathic-pain"]["treats"]``
    is that claim's attributes: ``predicate``, ``certainty`` (values),
    ``references`` (ids, in evidence order), ``sections`` (values, in article
    order), ``notes`` and ``provenance`` (``None`` for a claim the source
    article states). A registry holds one claim per subject, predicate and
    object, so keys never collide.

References are not nodes; look them up with
:meth:`nmda_pain.Registry.reference`. Modes of action stay node attributes of
their agent (the KGX export makes them edges).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from nmda_pain.biolink import category
from nmda_pain.exports._common import import_extra, plain, record_values

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from nmda_pain.registry import Registry

__all__ = ["to_networkx"]

# An adverse effect's own category field; the node attribute "category" is the Biolink one.
_RENAMED: Final = MappingProxyType({"category": "adverse_effect_category"})


def to_networkx(registry: Registry) -> nx.MultiDiGraph[str]:
    """*registry* as a :class:`networkx.MultiDiGraph`: entities as nodes, claims as edges.

    The module docstring lists the attributes of nodes and edges.

    >>> from nmda_pain import default_registry
    >>> graph = to_networkx(default_registry())
    >>> graph.nodes["memantine"]["family"], graph.nodes["memantine"]["category"]
    ('agent', 'biolink:SmallMolecule')
    >>> graph["memantine"]["neuropathic-pain"]["treats"]["certainty"]
    'promising'
    >>> graph.number_of_nodes() == len(default_registry().entities)
    True

    Args:
        registry: The registry to convert.

    Returns:
        A new graph; change it freely, the registry stays as it is.

    Raises:
        ImportError: networkx is not installed (``pip install 'nmda_pain[networkx]'``).

    .. versionadded:: 0.1.0
    """
    networkx = import_extra("networkx", "networkx", "to_networkx")
    graph = networkx.MultiDiGraph()
    for entity in registry.entities:
        attributes = {
            _RENAMED.get(name, name): value
            for name, value in record_values(entity).items()
            if name != "id"
        }
        graph.add_node(entity.id, family=entity.FAMILY, category=category(entity), **attributes)
    for claim in registry.claims:
        graph.add_edge(
            claim.subject,
            claim.object,
            key=claim.predicate.value,
            predicate=claim.predicate.value,
            certainty=claim.certainty.value,
            references=claim.references,
            sections=plain(claim.sections),
            notes=claim.notes,
            provenance=claim.provenance,
        )
    return graph  # type: ignore[no-any-return, unused-ignore]  # networkx has no type stubs of its own
