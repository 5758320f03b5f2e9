"""Draw the article's agents -> mechanisms -> conditions network to a PNG.

Needs the ``plot`` extra (``pip install 'nmda_pain[plot]'``: matplotlib and networkx).
Run it with ``python examples/mechanism_network.py [OUTPUT.png]``; it writes
``mechanism_network.png`` in the current directory by default.
"""

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

from nmda_pain import Predicate, default_registry
from nmda_pain.exports import to_networkx
from nmda_pain.queries import THERAPEUTIC_PREDICATES

# One edge per claim, keyed by its predicate: the MultiDiGraph keeps parallel claims
# (the class both treats and attenuates chronic pain) apart.
DRAWN = {Predicate.ACTS_VIA.value} | {p.value for p in THERAPEUTIC_PREDICATES}
everything = to_networkx(default_registry())
graph = everything.edge_subgraph(e for e in everything.edges(keys=True) if e[2] in DRAWN)

# Three columns (x, top, row spacing), each sorted by name. The conditions sit high and
# the mechanisms low, so the therapeutic edges pass above the mechanisms, not through them.
COLUMNS = {"agent": (0, -2.0, 1.1), "mechanism": (1, -6.9, 0.65), "condition": (2, 0.0, 0.42)}
positions = {}
for family, (x, top, step) in COLUMNS.items():
    nodes = [n for n, f in graph.nodes(data="family") if f == family]
    nodes.sort(key=lambda node: graph.nodes[node]["name"])
    positions |= {node: (x, top - row * step) for row, node in enumerate(nodes)}

COLOURS = {
    "acts_via": "tab:orange",
    "treats": "tab:green",
    "attenuates": "tab:blue",
    "prevents": "tab:purple",
}
LINES = {  # certainty -> line width and style: firm claims thick, hedged ones dashed
    ("established", "demonstrated"): (3.0, "solid"),
    ("stated",): (1.2, "solid"),
    ("promising", "under_investigation", "theorized"): (1.2, "dashed"),
}
CERTAINTY = {certainty: line for group, line in LINES.items() for certainty in group}

figure, axes = plt.subplots(figsize=(14, 11))
for source, target, predicate, certainty in graph.edges(keys=True, data="certainty"):
    width, style = CERTAINTY[certainty]
    # Therapeutic edges bend upwards, each parallel claim more than the one before.
    parallel = list(graph[source][target]).index(predicate)
    bend = 0 if predicate == "acts_via" else -0.1 - 0.12 * parallel
    nx.draw_networkx_edges(
        graph,
        positions,
        edgelist=[(source, target, predicate)],
        ax=axes,
        edge_color=COLOURS[predicate],
        width=width,
        style=style,
        arrowsize=10,
        connectionstyle=f"arc3,rad={bend}",
    )
nx.draw_networkx_nodes(graph, positions, node_size=300, node_color="#444444", ax=axes)
for node, (x, y) in positions.items():
    left = graph.nodes[node]["family"] == "agent"  # agents named left of their node
    name = textwrap.fill(graph.nodes[node]["name"], 44)
    axes.text(x - 0.05 if left else x + 0.05, y, name, ha="right" if left else "left", va="center")
for family, (x, top, _) in COLUMNS.items():
    axes.text(x, top + 0.45, f"{family.capitalize()}s", ha="center", weight="bold", fontsize=12)

handles = [Line2D([], [], color=c, label=p.replace("_", " ")) for p, c in COLOURS.items()]
handles += [
    Line2D([], [], color="black", lw=width, ls=style, label=", ".join(group).replace("_", " "))
    for group, (width, style) in LINES.items()
]
axes.legend(handles=handles, loc="lower left", ncol=2, title="predicate / certainty")
axes.set_title("What agents act via and what they treat, attenuate or prevent, in El-Sayed (2025)")
axes.axis("off")
output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("mechanism_network.png")
figure.tight_layout()
figure.savefig(output, dpi=110)
print(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")
counts = Counter(predicate for _, _, predicate in graph.edges(keys=True))
print("claims drawn:", ", ".join(f"{counts[p]} {p.replace('_', ' ')}" for p in COLOURS))
