"""A registry as a networkx graph (extra ``networkx``).

networkx is imported when :func:`to_networkx` is called, never on import;
without it the call raises an :class:`ImportError` that says to
``pip install 'nmda_pain[networkx]'``.

Nodes
    One per entity, keyed by its id (``"ketamine"``), with the attributes
    ``family`` (``"agent"``, ``"receptor"``, ``"mechanism"``,
    ``"adverse_effect"``, ``"condition"`` or ``"enzyme"``), ``category`` (its
    Biolink category, from :func:`nmda_pain.biolink.category`),
    ``identifiers`` (the canonical CURIEs of its exact mappings,
    :meth:`nmda_pain.Registry.identifiers`, a tuple) and every other field of
    the record (``name``, ``synonyms``, ``kind``, ``description``...), as plain
    values: enums as their values, tuples as tuples. An adverse effect's own
    ``category`` field (``"psychotomimetic"``...) is the attribute
    ``adverse_effect_category``, since ``category`` is the Biolink one.

Edges
    One per claim, from its subject to its object, keyed by the predicate's
    value (``"treats"``), so ``graph["memantine"]["neuropathic-pain"]["treats"]``
    is that claim's attributes: ``predicate``, ``certainty`` (values),
    ``certainty_rank`` (:attr:`nmda_pain.Certainty.rank`, an int: higher is
    stronger, 5 for established down to 0 for theorized; compare it, since
    ``certainty`` strings compare by alphabet), ``references`` (ids, in
    evidence order, disputing ones included),
    ``sections`` (values, in article order), ``from_article``
    (:func:`nmda_pain.provenance.is_from_article`), ``contested`` and
    ``disputed_by`` (the ids of the disputing references), the mode of action
    as ``action``, ``binding_site`` and ``trapping`` (values, ``None`` where
    there is none), ``affinities`` (dicts of the :class:`~nmda_pain.Affinity`
    fields), ``via`` (ids of the mechanisms the outcome is mediated by) and
    ``notes``. A registry holds one claim per subject, predicate and object,
    so keys never collide.

References are not nodes; look them up with
:meth:`nmda_pain.Registry.reference` (the KGX export makes them nodes).

GraphML
    networkx's GraphML writer refuses ``None``, tuples and dicts.
    :func:`write_graphml` writes the same graph with every attribute made a
    GraphML scalar, and with what graph viewers look for:

    * each edge's GraphML id is its claim's key,
      ``<subject>.<predicate>.<object>`` (``"memantine.treats.neuropathic-pain"``,
      the local part of the KGX edge id), unique in the file and the same in
      every file of the claim; ``networkx.read_graphml(path,
      force_multigraph=True)`` makes it the edge key (without that, a graph
      with no parallel edges is read as a ``DiGraph`` with the id in an ``id``
      attribute);
    * each edge has ``interaction``, the predicate's value, which Cytoscape
      reads as the edge's interaction type, and every node and edge a
      ``label`` (Gephi's and yEd's label): a node's name, an edge's predicate
      as a person reads it (``"causes adverse effect"``);
    * numbers stay numbers: ``certainty_rank`` is a GraphML ``long``, and each
      affinity is flattened into attributes numbered from 1 in the claim's
      order, ``affinity_1_value`` a ``double`` beside ``affinity_1_parameter``,
      ``affinity_1_unit``, ``affinity_1_target``, ``affinity_1_conditions`` and
      ``affinity_1_references``; there is no ``affinities`` attribute;
    * ``None`` is left out (an absent attribute says the same), tuples of
      strings are joined with ``|`` (as KGX joins lists), and control
      characters XML cannot hold are escaped.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, cast

from nmda_pain._atomic import replacing
from nmda_pain._text import clean
from nmda_pain.biolink import category
from nmda_pain.exports._common import claim_slug, import_extra, plain, record_values
from nmda_pain.model import PREDICATES
from nmda_pain.provenance import is_from_article

if TYPE_CHECKING:
    from collections.abc import Mapping

    import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]

    from nmda_pain.model import Claim
    from nmda_pain.registry import Registry

__all__ = ["to_networkx", "write_graphml"]

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
    .. versionchanged:: 0.2.0
       Nodes carry ``identifiers``; edges carry ``certainty_rank``,
       ``from_article``, ``contested``, ``disputed_by``, the mode of action,
       ``affinities`` and ``via``, in place of ``provenance``.
    """
    networkx = import_extra("networkx", "networkx", "to_networkx")
    graph = networkx.MultiDiGraph()
    for entity in registry.entities:
        attributes = {
            _RENAMED.get(name, name): value
            for name, value in record_values(entity).items()
            if name != "id"
        }
        graph.add_node(
            entity.id,
            family=entity.FAMILY,
            category=category(entity),
            identifiers=plain(registry.identifiers(entity)),
            **attributes,
        )
    for claim in registry.claims:
        mode = claim.mode
        graph.add_edge(
            claim.subject,
            claim.object,
            key=claim.predicate.value,
            predicate=claim.predicate.value,
            certainty=claim.certainty.value,
            certainty_rank=claim.certainty.rank,
            references=claim.references,
            sections=plain(claim.sections),
            from_article=is_from_article(claim, registry),
            contested=claim.contested,
            disputed_by=tuple(item.reference for item in claim.evidence if item.disputes),
            action=None if mode is None else mode.action.value,
            binding_site=None if mode is None else plain(mode.binding_site),
            trapping=None if mode is None else plain(mode.trapping),
            affinities=plain(claim.affinities),
            setting=plain(claim.setting),
            via=claim.via,
            notes=claim.notes,
        )
    return graph  # type: ignore[no-any-return, unused-ignore]  # networkx has no type stubs of its own


def write_graphml(registry: Registry, path: str | os.PathLike[str]) -> Path:
    """Write :func:`to_networkx`'s graph of *registry* to a GraphML file, atomically.

    The module docstring says how attributes become GraphML scalars; Gephi,
    Cytoscape, yEd and ``networkx.read_graphml`` read the file.

    >>> import tempfile
    >>> from pathlib import Path
    >>> import networkx as nx
    >>> from nmda_pain import default_registry
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     graph = nx.read_graphml(write_graphml(default_registry(), Path(folder) / "nmda.graphml"))
    >>> graph.nodes["chronic-pain"]["synonyms"]
    'chronic pain states|chronic pain conditions'
    >>> graph.number_of_edges() == len(default_registry().claims)
    True
    >>> edge = graph["memantine"]["neuropathic-pain"]["memantine.treats.neuropathic-pain"]
    >>> edge["interaction"], edge["label"], edge["certainty_rank"]
    ('treats', 'treats', 2)

    Args:
        registry: The registry to write.
        path: Where to write the file; an existing file there is replaced.

    Returns:
        *path*, as a :class:`~pathlib.Path`.

    Raises:
        ImportError: networkx is not installed (``pip install 'nmda_pain[networkx]'``).
        OSError: The file cannot be written.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Edge ids from the claims' keys, not their predicates (which repeat);
       ``interaction`` and ``label`` attributes; ``certainty_rank`` and the
       affinities' values as GraphML numbers, not JSON text.
    """
    graph = to_networkx(registry)  # raises the ImportError that names the extra
    networkx = import_extra("networkx", "networkx", "write_graphml")
    written = networkx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        written.add_node(node, **_scalars({"label": data["name"], **data}))
    for claim in registry.claims:
        data = dict(graph[claim.subject][claim.object][claim.predicate.value])
        del data["affinities"]  # flattened below, so that the values stay numbers
        labels = {"label": PREDICATES[claim.predicate].label, "interaction": claim.predicate.value}
        written.add_edge(
            claim.subject,
            claim.object,
            key=claim_slug(claim),
            **_scalars({**labels, **data, **_affinities(claim)}),
        )
    target = Path(path)
    with replacing(target) as temporary:
        networkx.write_graphml(written, str(temporary))
    return target


def _affinities(claim: Claim) -> dict[str, object]:
    """The claim's affinities as flat attributes, ``affinity_<n>_<field>``, numbered from 1.

    GraphML holds no lists; flattening keeps each value a number a viewer can
    filter and plot, where JSON text is a string to it.
    """
    return {
        f"affinity_{number}_{name}": value
        for number, affinity in enumerate(claim.affinities, start=1)
        for name, value in record_values(affinity).items()
    }


def _scalars(data: Mapping[str, object]) -> dict[str, str | int | float]:
    """*data* without its ``None`` values and with every other value a GraphML scalar."""
    return {key: _graphml_value(value) for key, value in data.items() if value is not None}


def _graphml_value(value: object) -> str | int | float:
    """*value* as one of the scalar types GraphML can hold, in text XML 1.0 can hold.

    Every value of the graph is a string, a number, a boolean or a tuple of
    strings; numbers and booleans keep their types, which GraphML declares.
    """
    if isinstance(value, tuple):
        return clean("|".join(cast("tuple[str, ...]", value)), keep="\t\n")
    if isinstance(value, str):
        return clean(value, keep="\t\n")
    return cast("int | float", value)  # a bool is an int
