"""Which agents does the article put forward for neuropathic pain, and on what evidence?

Run it with ``python examples/neuropathic_pain.py``.
"""

from nmda_pain import default_registry, find_claims

registry = default_registry()

print("Agents for neuropathic pain, as the article states them:\n")
for claim in find_claims(object="neuropathic pain", predicate="treats"):
    agent = registry.resolve(claim.subject)
    print(f"{agent.name}: {claim.certainty.value.replace('_', ' ')}")
    for evidence in claim.evidence:
        reference = registry.reference(evidence.reference)
        sections = ", ".join(section.value for section in evidence.sections)
        print(f"  [{reference.number}] {reference.citation}")
        print(f"      stated in: {sections}; reference {reference.verification.value}")
    if claim.notes:
        print(f"  curator: {claim.notes}")
    print()
