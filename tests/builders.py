"""Small records and registries that several test modules build, in one place.

Each builder gives a fresh, valid value and takes keyword changes where a test
needs a variant. The expected-value helpers spell out what an export promises
from the records themselves, not from the export's own code.

- :func:`small`: a registry of a user's own (aspirin, a drug class, headache,
  one numbered reference), and :func:`claim` for more claims citing it;
  :func:`problems_of` for the problems a change to it makes.
- :func:`users_registry`: the shipped registry extended with a user's agent,
  subunit, references of every kind, claims with a mode, an affinity and a
  disputing source, and mappings: what the CLI and the cards show beside the
  article's records.
- :func:`make_reference`, :func:`make_affinity`: one record with defaults.
- :func:`verified`: a registry in which one reference has been verified.
- :func:`expected_claim_attributes`, :func:`expected_note`: what the exports
  write for a claim and in a reference's note.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Curie,
    Evidence,
    InvalidRegistryError,
    Mapping,
    MatchPredicate,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    ReferenceKind,
    Registry,
    Section,
    StudyDesign,
    Trapping,
    VerificationStatus,
    default_registry,
)
from nmda_pain.provenance import is_from_article

# -- a small registry of a user's own -----------------------------------------------------

CITES = (Evidence(reference="notes-2026", sections=(Section.DESCRIPTION,)),)

NOTES = Reference(
    id="notes-2026", number=1, authors=("Me",), title="My notes", journal="Lab book", year=2026
)

DRUGS = Agent(id="drugs", name="Drugs", kind=AgentKind.DRUG_CLASS)

ASPIRIN = Agent(id="aspirin", name="Aspirin", synonyms=("ASA",))

HEADACHE = Condition(id="headache", name="Headache", kind=ConditionKind.CONDITION)


def claim(subject: str, predicate: Predicate, obj: str, **changes: object) -> Claim:
    """A stated claim citing :data:`NOTES` (its description), with *changes*."""
    fields: dict[str, object] = {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "evidence": CITES,
        "certainty": Certainty.STATED,
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


MEMBERSHIP = claim("aspirin", Predicate.MEMBER_OF, "drugs")

MAPPING = Mapping(
    subject="aspirin",
    predicate=MatchPredicate.EXACT,
    object=Curie.parse("CHEBI:15365"),
    references=("notes-2026",),
)

TREATS = claim("aspirin", Predicate.TREATS, "headache")


def small(**changes: object) -> Registry:
    """Aspirin, member of a drug class, treats headache, citing one numbered reference."""
    fields: dict[str, object] = {
        "agents": (DRUGS, ASPIRIN),
        "conditions": (HEADACHE,),
        "references": (NOTES,),
        "claims": (MEMBERSHIP, TREATS),
    }
    fields.update(changes)
    return Registry(**fields)  # type: ignore[arg-type]


def problems_of(**changes: object) -> tuple[str, ...]:
    """The problems :func:`small` with *changes* is refused with."""
    with pytest.raises(InvalidRegistryError) as caught:
        small(**changes)
    return caught.value.problems


# -- single records ----------------------------------------------------------------------


def make_reference(**changes: object) -> Reference:
    """An unverified journal article with authors, title, journal and year."""
    fields: dict[str, object] = {
        "id": "smith-2020",
        "authors": ("Ann Smith",),
        "title": "A title",
        "journal": "A journal",
        "year": 2020,
    }
    fields.update(changes)
    return Reference(**fields)  # type: ignore[arg-type]


def make_affinity(**changes: object) -> Affinity:
    """A pIC50 of 6 at ``b``, read in ``ref``."""
    fields: dict[str, object] = {
        "parameter": AffinityParameter.PIC50,
        "value": 6.0,
        "target": "b",
        "references": ("ref",),
    }
    fields.update(changes)
    return Affinity(**fields)  # type: ignore[arg-type]


# -- registries changed as a curator would -------------------------------------------------


def verified(registry: Registry, number: int, design: StudyDesign) -> Registry:
    """*registry* with reference *number* verified and given *design*, as if someone had found it."""
    found = registry.reference(number)
    checked = attrs.evolve(found, verification=VerificationStatus.VERIFIED, study_design=design)
    return attrs.evolve(
        registry, references=tuple(checked if r is found else r for r in registry.references)
    )


# -- the shipped registry with a user's own records ---------------------------------------

MY_NOTES = Reference(
    id="my-notes",
    kind=ReferenceKind.SECONDARY_SOURCE,
    title="My lab notes",
    year=2026,
)
MY_TRIAL = Reference(
    id="doe-2024",
    authors=("J. Doe",),
    title="A trial of my drug",
    journal="J Pain Res",
    year=2024,
    pmid="39000001",
    study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
    verification=VerificationStatus.VERIFIED,
)
MY_DATABASE = Reference(
    id="my-database-7",
    kind=ReferenceKind.DATABASE_RELEASE,
    title="My pharmacology database",
    version="7",
    accession="export.csv at commit 0123abc",
    verification=VerificationStatus.VERIFIED,
)
MY_ONTOLOGY = Reference(
    id="my-ontology-2026",
    kind=ReferenceKind.ONTOLOGY_RELEASE,
    title="ChEBI",
    version="2026-01",
    url="https://example.org/chebi",
    verification=VerificationStatus.VERIFIED,
)
MY_DISPUTE = Reference(
    id="roe-2025",
    authors=("R. Roe",),
    title="No block by my drug",
    journal="Mol Pharmacol",
    year=2025,
    doi="10.1000/roe.2025",
    verification=VerificationStatus.VERIFIED,
)


def users_registry(base: Registry | None = None) -> Registry:
    """*base* (the shipped registry by default) extended with a user's own records.

    An agent of the user's (``my-drug``), member of the article's class, that
    treats neuropathic pain by the user's notes and antagonizes the NMDA
    receptor as a channel blocker with partial trapping at the pore, with a pKi
    measured at the user's rat subunit ``my-subunit`` (in a database release) and
    a disputing paper; an exact and a broad ChEBI term for the drug and an HGNC
    gene for the subunit. Its references are of every kind a user cites: notes
    (a secondary source), a verified trial with a PMID, a database release, an
    ontology release and a paper with a DOI.
    """
    return (default_registry() if base is None else base).extend(
        agents=(Agent(id="my-drug", name="My drug"),),
        receptors=(
            Receptor(id="my-subunit", name="GluNX", subunit_of="nmda-receptor", species="rat"),
        ),
        references=(MY_NOTES, MY_TRIAL, MY_DATABASE, MY_ONTOLOGY, MY_DISPUTE),
        claims=(
            Claim(
                subject="my-drug",
                predicate=Predicate.MEMBER_OF,
                object="nmda-receptor-antagonists",
                evidence=(Evidence(reference="my-notes"),),
                certainty=Certainty.STATED,
            ),
            Claim(
                subject="my-drug",
                predicate=Predicate.TREATS,
                object="neuropathic-pain",
                evidence=(Evidence(reference="my-notes"),),
                certainty=Certainty.THEORIZED,
                notes="My own reading.",
            ),
            Claim(
                subject="my-drug",
                predicate=Predicate.ANTAGONIZES,
                object="nmda-receptor",
                evidence=(
                    Evidence(reference="doe-2024"),
                    Evidence(reference="my-database-7"),
                    Evidence(reference="roe-2025", disputes=True),
                ),
                certainty=Certainty.STATED,
                mode=ModeOfAction(
                    action=ActionType.CHANNEL_BLOCKER,
                    binding_site=BindingSite.CHANNEL_PORE,
                    trapping=Trapping.PARTIAL_TRAPPING,
                ),
                affinities=(
                    Affinity(
                        parameter=AffinityParameter.PKI,
                        value=6.5,
                        target="my-subunit",
                        references=("my-database-7",),
                    ),
                ),
            ),
        ),
        mappings=(
            Mapping(
                subject="my-drug",
                predicate=MatchPredicate.EXACT,
                object=Curie.parse("CHEBI:999999"),
                object_label="my drug",
                references=("my-ontology-2026",),
            ),
            Mapping(
                subject="my-drug",
                predicate=MatchPredicate.BROAD,
                object=Curie.parse("CHEBI:999998"),
                object_label="channel blocker",
                references=("my-ontology-2026",),
            ),
            Mapping(
                subject="my-subunit",
                predicate=MatchPredicate.EXACT,
                object=Curie.parse("HGNC:99999"),
                object_label="GRINX",
                references=("my-database-7",),
            ),
        ),
    )


# -- what the exports promise ---------------------------------------------------------------


def expected_claim_attributes(claim: Claim, registry: Registry) -> dict[str, Any]:
    """A claim's columns in the DataFrame and attributes on its networkx edge, as plain values."""
    mode = claim.mode
    return {
        "predicate": claim.predicate.value,
        "certainty": claim.certainty.value,
        "references": tuple(e.reference for e in claim.evidence),
        "sections": tuple(s.value for s in claim.sections),
        "from_article": is_from_article(claim, registry),
        "contested": any(e.disputes for e in claim.evidence),
        "disputed_by": tuple(e.reference for e in claim.evidence if e.disputes),
        "action": None if mode is None else mode.action.value,
        "binding_site": None
        if mode is None or mode.binding_site is None
        else mode.binding_site.value,
        "trapping": None if mode is None or mode.trapping is None else mode.trapping.value,
        "affinities": tuple(
            {
                "parameter": a.parameter.value,
                "value": a.value,
                "unit": a.unit,
                "target": a.target,
                "conditions": a.conditions,
                "references": a.references,
            }
            for a in claim.affinities
        ),
        "via": claim.via,
        "setting": None if claim.setting is None else claim.setting.value,
        "notes": claim.notes,
    }


def expected_note(reference: Reference) -> str:
    """The note CSL-JSON and BibTeX write: the accession, the verification status, the notes."""
    parts = [] if reference.accession is None else [f"Accession: {reference.accession}."]
    parts.append(f"Verification: {reference.verification.value}.")
    return " ".join([*parts, reference.notes] if reference.notes else parts)
