"""Draw the article's agents -> mechanisms -> conditions network to a PNG.

Needs the ``plot`` extra (``pip install 'nmda_pain[plot]'``: matplotlib and networkx).
Run it with ``python examples/mechanism_network.py [OUTPUT.png]``; it writes
``mechanism_network.png`` in the current directory by default.
"""

# matplotlib annotates none of its **kwargs, which pyright's strict mode reports at each call.
# pyright: reportUnknownMemberType=false

from __future__ import annotations  # nx.MultiDiGraph[str] is for type checkers only

import sys
import textwrap
from collections import Counter
from pathlib import Path

try:
    import matplotlib as mpl
    import networkx as nx
except ImportError as error:
    sys.exit(f"{error.name} is not installed; run: pip install 'nmda_pain[plot]'")

mpl.use("Agg")  # no screen needed
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

from nmda_pain import Certainty, Predicate, default_registry

# The claims drawn, each predicate in its colour: what agents act via, and what they
# treat, attenuate or prevent.
COLOURS = {
    Predicate.ACTS_VIA: "tab:orange",
    Predicate.TREATS: "tab:green",
    Predicate.ATTENUATES: "tab:blue",
    Predicate.PREVENTS: "tab:purple",
}
registry = default_registry()
claims = [claim for claim in registry.claims if claim.predicate in COLOURS]
entities = {entity.id: entity for entity in registry.entities}

# One edge per claim, keyed by its predicate: the multigraph keeps parallel claims
# (the class both treats and attenuates chronic pain) apart.
graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
for claim in claims:
    graph.add_edge(claim.subject, claim.object, key=claim.predicate.value)

# Three columns (x, top, row spacing), each sorted by name. The conditions sit high and
# the mechanisms low, so the therapeutic edges pass above the mechanisms, not through them.
COLUMNS = {"agent": (0.0, -2.0, 1.1), "mechanism": (1.0, -6.9, 0.65), "condition": (2.0, 0.0, 0.42)}
positions: dict[str, tuple[float, float]] = {}
for family, (x, top, step) in COLUMNS.items():
    column = sorted(
        (entities[node] for node in graph.nodes if family == entities[node].FAMILY),
        key=lambda entity: entity.name,
    )
    positions |= {entity.id: (x, top - row * step) for row, entity in enumerate(column)}

LINES = {  # certainty -> line width and style: firm claims thick, hedged ones dashed
    (Certainty.ESTABLISHED, Certainty.DEMONSTRATED): (3.0, "solid"),
    (Certainty.STATED,): (1.2, "solid"),
    (Certainty.PROMISING, Certainty.UNDER_INVESTIGATION, Certainty.THEORIZED): (1.2, "dashed"),
}
LINE = {certainty: line for group, line in LINES.items() for certainty in group}

figure, axes = plt.subplots(figsize=(14, 11))
for claim in claims:
    width, style = LINE[claim.certainty]
    # Therapeutic edges bend upwards, each parallel claim more than the one before.
    parallel = list(graph[claim.subject][claim.object]).index(claim.predicate.value)
    bend = 0 if claim.predicate is Predicate.ACTS_VIA else -0.1 - 0.12 * parallel
    nx.draw_networkx_edges(
        graph,
        positions,
        edgelist=[(claim.subject, claim.object, claim.predicate.value)],
        ax=axes,
        edge_color=COLOURS[claim.predicate],
        width=width,
        style=style,
        arrowsize=10,
        connectionstyle=f"arc3,rad={bend}",
    )
nx.draw_networkx_nodes(graph, positions, node_size=300, node_color="#444444", ax=axes)
for node, (x, y) in positions.items():
    left = entities[node].FAMILY == "agent"  # agents named left of their node
    name = textwrap.fill(entities[node].name, 44)
    axes.text(x - 0.05 if left else x + 0.05, y, name, ha="right" if left else "left", va="center")
for family, (x, top, _) in COLUMNS.items():
    axes.text(x, top + 0.45, f"{family.capitalize()}s", ha="center", weight="bold", fontsize=12)

handles = [Line2D([], [], color=c, label=p.value.replace("_", " ")) for p, c in COLOURS.items()]
handles += [
    Line2D(
        [],
        [],
        color="black",
        lw=width,
        ls=style,
        label=", ".join(c.value for c in group).replace("_", " "),
    )
    for group, (width, style) in LINES.items()
]
axes.legend(handles=handles, loc="lower left", ncol=2, title="predicate / certainty")
axes.set_title("What agents act via and what they treat, attenuate or prevent, in El-Sayed (2025)")
axes.axis("off")
output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("mechanism_network.png")
figure.tight_layout()
figure.savefig(output, dpi=110)
print(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")
counts = Counter(claim.predicate for claim in claims)
print("claims drawn:", ", ".join(f"{counts[p]} {p.value.replace('_', ' ')}" for p in COLOURS))
