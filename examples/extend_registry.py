"""Add your own records to the shipped registry and query the result.

The new registry is validated like the shipped one: a typo in an id or an
uncited reference is refused with the path of the offending field.
Run it with ``python examples/extend_registry.py``.
"""

import attrs

from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Evidence,
    InvalidRegistryError,
    Predicate,
    Reference,
    Section,
    agents_for_condition,
    default_registry,
)

shipped = default_registry()

my_notes = Reference(
    id="lab-notes-2026",
    authors=("A. Researcher",),
    title="Journal club notes on NMDA antagonists",
    journal="Unpublished lab notes",
    year=2026,
)
compound_x = Agent(
    id="compound-x",
    name="Compound X",
    drug_class="nmda-receptor-antagonists",
    description="A hypothetical compound from my own notes; not from the article.",
)
claims = (
    Claim(
        subject="compound-x",
        predicate=Predicate.MEMBER_OF,
        object="nmda-receptor-antagonists",
        evidence=(Evidence(reference="lab-notes-2026", sections=(Section.DESCRIPTION,)),),
        certainty=Certainty.STATED,
        notes="My own reading, not the article's.",
    ),
    Claim(
        subject="compound-x",
        predicate=Predicate.TREATS,
        object="postoperative-pain",
        evidence=(Evidence(reference="lab-notes-2026", sections=(Section.DESCRIPTION,)),),
        certainty=Certainty.UNDER_INVESTIGATION,
    ),
)

mine = attrs.evolve(
    shipped,
    agents=(*shipped.agents, compound_x),
    references=(*shipped.references, my_notes),
    claims=(*shipped.claims, *claims),
)
print(
    "Agents for postoperative pain:",
    [a.name for a in agents_for_condition("postoperative pain", registry=mine)],
)

try:
    attrs.evolve(mine, claims=(*mine.claims[:-1], attrs.evolve(claims[-1], object="postop-pain")))
except InvalidRegistryError as error:
    print(error)
