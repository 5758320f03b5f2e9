"""Add your own records to the shipped registry, in one call, and query the result.

``Registry.extend`` takes only the records you add: they may name the shipped
ids (here the drug class and a condition), and the result is checked as a whole.
A typo in an id or an uncited reference is refused with the path of the
offending field. Run it with ``python examples/extend_registry.py``.
"""

from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Evidence,
    InvalidRegistryError,
    Predicate,
    Reference,
    ReferenceKind,
    agents_for_condition,
    default_registry,
    mechanisms_of,
)
from nmda_pain.provenance import provenance

my_notes = Reference(
    id="lab-notes-2026",
    kind=ReferenceKind.SECONDARY_SOURCE,
    authors=("A. Researcher",),
    title="Journal club notes on NMDA antagonists",
    year=2026,
)
cites = (Evidence(reference="lab-notes-2026"),)
compound_x = Agent(
    id="compound-x",
    name="Compound X",
    description="A hypothetical compound from my own notes; not from the article.",
)
member = Claim(
    subject="compound-x",
    predicate=Predicate.MEMBER_OF,
    object="nmda-receptor-antagonists",
    evidence=cites,
    certainty=Certainty.STATED,
    notes="My own reading, not the article's.",
)
treats = Claim(
    subject="compound-x",
    predicate=Predicate.TREATS,
    object="postoperative-pain",
    evidence=cites,
    certainty=Certainty.UNDER_INVESTIGATION,
)

mine = default_registry().extend(
    agents=(compound_x,), references=(my_notes,), claims=(member, treats)
)
compound = mine.get(Agent, "Compound X")
print("Classes of Compound X:", [c.name for c in mine.classes_of(compound)])
print("Mechanisms of Compound X, by its class:", len(mechanisms_of(compound, registry=mine)))
print(
    "Agents for postoperative pain:",
    [a.name for a in agents_for_condition("postoperative pain", registry=mine)],
)
for reference in provenance(treats, mine).references:
    print(f"Compound X treats postoperative pain, according to: {reference.citation}")
    print(f"  a {reference.kind.value.replace('_', ' ')}, {reference.verification.value}")

typo = Claim(
    subject="compound-x",
    predicate=Predicate.TREATS,
    object="postop-pain",
    evidence=cites,
    certainty=Certainty.UNDER_INVESTIGATION,
)
try:
    default_registry().extend(agents=(compound_x,), references=(my_notes,), claims=(typo,))
except InvalidRegistryError as error:
    print(error)
