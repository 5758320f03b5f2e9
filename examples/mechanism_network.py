"""Draw the article's agents -> mechanisms -> conditions network to a PNG.

Needs the ``plot`` extra (``pip install 'nmda_pain[plot]'``: matplotlib and networkx).
Run it with ``python examples/mechanism_network.py [OUTPUT.png]``; it writes
``mechanism_network.png`` in the current directory by default.
"""

import sys
from pathlib import Path

try:
    import matplotlib as mpl
    import networkx as nx
except ImportError as error:
    sys.exit(f"{error.name} is not installed; run: pip install 'nmda_pain[plot]'")

mpl.use("Agg")  # no screen needed
import matplotlib.pyplot as plt

from nmda_pain import AgentKind, Predicate, default_registry, find_claims
from nmda_pain.queries import THERAPEUTIC_PREDICATES

registry = default_registry()
graph = nx.DiGraph()
columns = {"agent": 0, "mechanism": 1, "condition": 2}
colours = {"agent": "#4c72b0", "mechanism": "#dd8452", "condition": "#55a868"}

for claim in registry.claims:
    subject = registry.resolve(claim.subject)
    target = registry.resolve(claim.object)
    if claim.predicate is Predicate.ACTS_VIA or claim.predicate in THERAPEUTIC_PREDICATES:
        for entity in (subject, target):
            graph.add_node(entity.name, family=entity.FAMILY)
        graph.add_edge(subject.name, target.name, certainty=claim.certainty.value)

# Lay the three families out in columns, each sorted by name.
positions = {}
for family, column in columns.items():
    names = sorted(n for n, data in graph.nodes(data=True) if data["family"] == family)
    for row, name in enumerate(names):
        positions[name] = (column, -row * 10 / max(len(names), 1))

classes = {a.name for a in registry.agents if a.kind is AgentKind.DRUG_CLASS}
figure, axes = plt.subplots(figsize=(16, 11))
nx.draw_networkx_edges(
    graph, positions, ax=axes, alpha=0.35, arrows=True, arrowsize=8, edge_color="#777777"
)
for family, colour in colours.items():
    nodes = [n for n, data in graph.nodes(data=True) if data["family"] == family]
    sizes = [700 if n in classes else 300 for n in nodes]
    nx.draw_networkx_nodes(
        graph, positions, nodelist=nodes, node_color=colour, node_size=sizes, ax=axes, label=family
    )
LABEL_LENGTH = 40
labels = {
    name: name if len(name) <= LABEL_LENGTH else f"{name[:LABEL_LENGTH]}..." for name in graph.nodes
}
nx.draw_networkx_labels(graph, positions, labels=labels, font_size=7, ax=axes)
axes.set_title(
    "Agents -> mechanisms (acts via) and conditions (treats, attenuates, prevents), as El-Sayed (2025) states them",
    fontsize=11,
)
axes.legend(loc="lower center", ncol=3, frameon=False)
axes.axis("off")
output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("mechanism_network.png")
figure.tight_layout()
figure.savefig(output, dpi=110)
print(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")
print(f"{len(find_claims(predicate=Predicate.ACTS_VIA))} 'acts via' claims drawn")
