"""The extension layer: pharmacology beyond the article, each value from the reference table.

Its mappings are checked against ``identifiers.json`` and ``mappings.json``
as the grounding's are; its references against what the table's notes
(``README.md``) say of each source; its claims for what they must and must not
state.
"""

from __future__ import annotations

import re

import pytest

from nmda_pain import (
    ActionType,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Certainty,
    Enzyme,
    Predicate,
    Receptor,
    ReferenceKind,
    Trapping,
    UnknownEntityError,
    agents_for_condition,
    default_registry,
    extended_registry,
    find_claims,
    from_json,
    to_json,
)
from nmda_pain.data import extension, grounding
from tests.data import reference_table as table

ADDED_AGENTS = (
    "esketamine",
    "dextrorphan",
    "amantadine",
    "methadone",
    "magnesium-sulfate",
    "nitrous-oxide",
    "dizocilpine",
    "ifenprodil",
    "traxoprodil",
    "quinine",
    "dextromethorphan-quinidine",
)
SUBUNITS = ("glun1", "glun2a", "glun2b", "glun2c", "glun2d", "glun3a", "glun3b")


def _fail_if(problems: list[str]) -> None:
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _added_ids() -> set[str]:
    default = {entity.id for entity in default_registry().entities}
    return {entity.id for entity in extended_registry().entities} - default


# --- against the reference table --------------------------------------------------------------


@table.needs_table
def test_every_extension_mapping_is_a_confirmed_value_with_the_tables_predicate_and_sources():
    _fail_if(table.check_mappings(extension.MAPPINGS))


@table.needs_table
def test_every_confirmed_value_for_an_added_entity_is_shipped():
    _fail_if(table.check_complete(extension.MAPPINGS, _added_ids()))


@table.needs_table
def test_the_close_matches_by_curation_are_the_ones_the_tables_notes_explain():
    for (entity, term), word in table.CLOSE_BY_CURATION.items():
        section, key = table.TABLE_KEYS[entity]
        cell = table.IDENTIFIERS[section][key]["mesh"]
        assert table.canonical("mesh", cell["value"]) == term
        assert word in cell["note"].lower(), (entity, term)


@table.needs_table
def test_each_beyond_article_reference_is_verified_exactly_where_the_table_reads_a_value_in_it():
    _fail_if(table.check_verification(extension.REFERENCES))


@table.needs_table
def test_pmids_pmcids_and_dois_are_the_ones_the_table_gives_for_that_work():
    texts = [*table.NOTES.splitlines(), *_identifier_sources()]
    for reference in (*grounding.REFERENCES, *extension.REFERENCES):
        for label, value in (
            ("PMID ", reference.pmid),
            ("", reference.pmcid),
            ("doi ", reference.doi),
        ):
            if value is None:
                continue
            lines = [line for line in texts if f"{label}{value}" in line]
            assert lines, f"{reference.id}: {label}{value} is not in the reference table"
            names = [name.split()[0] for name in reference.authors]
            names += [reference.journal] if reference.journal else []
            if names:  # a work the table knows by nothing but its PMID has nothing to match
                assert any(
                    name in line or _ascii(name) in line for line in lines for name in names
                ), f"{reference.id}: {label}{value} belongs to another work in the table"


@table.needs_table
def test_every_pmid_the_pharmacology_section_gives_is_a_shipped_reference():
    section = table.NOTES.split("## 3.")[1].split("## 4.")[0]
    pmids = set(re.findall(r"PMID (\d+)", section))
    assert pmids
    assert pmids <= {r.pmid for r in extension.REFERENCES}


def _identifier_sources() -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.extend(str(node[key]) for key in ("source", "note") if key in node)
            for child in node.values():
                walk(child)

    walk(table.IDENTIFIERS)
    return found


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("ćĆ", "cC"))


@table.needs_table
def test_affinities_are_the_tables_values_read_where_it_says():
    agents = table.IDENTIFIERS["agents"]
    claims = {c.subject: c for c in extension.CLAIMS if c.affinities}
    for agent, key in (
        ("ketamine", "ketamine"),
        ("memantine", "memantine"),
        ("dextromethorphan", "dextromethorphan"),
        ("dextrorphan", "dextrorphan"),
        ("amantadine", "amantadine"),
    ):
        value = agents[key]["affinity"]["value"]
        (affinity,) = claims[agent].affinities
        assert affinity.parameter.value == value["parameter"].lower()
        assert affinity.value == value["value"]
        pmid = re.search(r"PMID (\d+)", value["reference"]).group(1)  # type: ignore[union-attr]
        cited = {extended_registry().reference(ref).pmid for ref in affinity.references}
        assert pmid in cited
        assert "gtopdb-interactions" in affinity.references
    ifenprodil = agents["ifenprodil"]["affinity"]["value"]["value_uM"]
    assert [(a.target, a.value, a.unit) for a in claims["ifenprodil"].affinities] == [
        ("glun2b", ifenprodil["GluN1/GluN2B"], "µM"),
        ("glun2a", ifenprodil["GluN1/GluN2A"], "µM"),
    ]
    traxoprodil = agents["traxoprodil (CP-101,606)"]["affinity"]["value"]
    (functional,) = claims["traxoprodil"].affinities
    assert (functional.value, functional.unit) == (traxoprodil["value_nM"], "nM")
    assert "not a binding constant" in functional.conditions
    assert "rat GluN2C (UniProt Q00961)" in table.NOTES


# --- the records ------------------------------------------------------------------------------


def test_the_extension_adds_records_and_restates_none_of_the_articles():
    default = default_registry()
    extended = extended_registry()
    assert _added_ids() == {
        *ADDED_AGENTS,
        *SUBUNITS,
        "glun2c-rat",
        "cyp2d6",
        "pseudobulbar-affect",
    }
    for family in (
        "agents",
        "receptors",
        "conditions",
        "enzymes",
        "references",
        "claims",
        "mappings",
    ):
        shipped = getattr(default, family)
        assert getattr(extended, family)[: len(shipped)] == shipped, family
    article_keys = {claim.key for claim in default.claims}
    assert article_keys.isdisjoint(claim.key for claim in extension.CLAIMS)
    assert extension.extend(default) == extended


def test_every_reference_is_defined_once_and_cited():
    defined = [r.id for r in extension.REFERENCES]
    assert len(defined) == len(set(defined))
    assert set(defined).isdisjoint(r.id for r in default_registry().references)
    cited = {
        *(ref for mapping in extension.MAPPINGS for ref in mapping.references),
        *(item.reference for claim in extension.CLAIMS for item in claim.evidence),
        *(ref for claim in extension.CLAIMS for a in claim.affinities for ref in a.references),
    }
    assert set(defined) <= cited
    assert cited <= set(defined) | {r.id for r in grounding.REFERENCES}


def test_the_extensions_claims_cite_no_article_reference_and_are_stated():
    article = {r.id for r in default_registry().references} - {r.id for r in grounding.REFERENCES}
    for claim in extension.CLAIMS:
        assert claim.certainty is Certainty.STATED, claim
        assert all(not item.sections for item in claim.evidence), claim
        assert article.isdisjoint(claim.references), claim


def test_only_methadones_claim_is_contested_and_nothing_else_says_so():
    assert [c.subject for c in extension.CLAIMS if c.contested] == ["methadone"]
    (claim,) = find_claims(
        subject="methadone", predicate="antagonizes", registry=extended_registry()
    )
    assert [(e.reference, e.disputes) for e in claim.evidence] == [
        ("gorman-1997", False),
        ("mol-psychiatry-2024", True),
    ]
    texts = [
        *(c.notes for c in extension.CLAIMS),
        *(e.description + e.notes for e in (*extension.AGENTS, *extension.RECEPTORS)),
        *(m.notes for m in extension.MAPPINGS),
    ]
    assert not any(re.search(r"contest|debated", text, re.IGNORECASE) for text in texts)


def test_each_mode_of_action_rides_on_one_claim_at_the_target_the_sources_name():
    extended = extended_registry()
    moded = [c for c in extended.claims if c.mode is not None]
    subjects = [c.subject for c in moded]
    assert len(subjects) == len(set(subjects))  # one mode per agent, stated once
    modes = {
        c.subject: (c.object, c.mode.action, c.mode.binding_site, c.mode.trapping)
        for c in moded
        if c.mode is not None
    }
    pore, nam = BindingSite.CHANNEL_PORE, BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN
    blocker = ActionType.CHANNEL_BLOCKER
    assert modes == {
        "ketamine": ("nmda-receptor", blocker, pore, Trapping.TRAPPING),
        "memantine": ("nmda-receptor", blocker, pore, Trapping.PARTIAL_TRAPPING),
        "dextromethorphan": ("glun2c", blocker, None, None),
        "dextrorphan": ("glun2c", blocker, None, None),
        "amantadine": ("nmda-receptor", blocker, pore, Trapping.PARTIAL_TRAPPING),
        "esketamine": ("nmda-receptor", ActionType.NON_COMPETITIVE_ANTAGONIST, None, None),
        "methadone": ("nmda-receptor", ActionType.NON_COMPETITIVE_ANTAGONIST, pore, None),
        "magnesium-sulfate": ("nmda-receptor", blocker, pore, None),
        "nitrous-oxide": ("nmda-receptor", ActionType.INHIBITOR, None, None),
        "dizocilpine": ("nmda-receptor", blocker, pore, None),
        "ifenprodil": ("nmda-receptor", ActionType.NEGATIVE_ALLOSTERIC_MODULATOR, nam, None),
        "traxoprodil": ("nmda-receptor", ActionType.ANTAGONIST, nam, None),
        "quinidine": ("cyp2d6", ActionType.COMPETITIVE_INHIBITOR, None, None),
    }
    (ketamine,) = find_claims(subject="ketamine", predicate="antagonizes", registry=extended)
    assert ketamine.references == ("gtopdb-interactions", "phillips-2020", "lord-2013")


def test_affinities_carry_a_species_only_where_the_table_confirms_one():
    extended = extended_registry()
    values = {
        claim.subject: [
            (
                a.parameter,
                a.value,
                a.unit,
                a.target,
                extended.get(Receptor, a.target).species,
            )
            for a in claim.affinities
        ]
        for claim in extended.claims
        if claim.affinities
    }
    pic50 = AffinityParameter.PIC50
    assert values == {
        "ketamine": [(pic50, 6.18, None, "glun2c", None)],
        "memantine": [(AffinityParameter.PKI, 6.15, None, "glun2c-rat", "rat")],
        "dextromethorphan": [(pic50, 6.33, None, "glun2c", None)],
        "dextrorphan": [(pic50, 6.94, None, "glun2c", None)],
        "amantadine": [(pic50, 4.65, None, "glun2c", None)],
        "ifenprodil": [
            (AffinityParameter.IC50, 0.34, "µM", "glun2b", None),
            (AffinityParameter.IC50, 146.0, "µM", "glun2a", None),
        ],
        "traxoprodil": [(AffinityParameter.IC50, 10.0, "nM", "nmda-receptor", None)],
    }
    (ketamine,) = next(
        c for c in extended.claims if c.subject == "ketamine" and c.affinities
    ).affinities
    assert "human GluN2C target" in ketamine.conditions
    assert ketamine.references == ("gtopdb-interactions", "dravid-2007")
    assert [r.species for r in extended.receptors if r.species] == ["rat"]


def test_the_subunits_belong_to_the_receptor_with_their_genes_as_labels():
    extended = extended_registry()
    subunits = [r for r in extended.receptors if r.subunit_of == "nmda-receptor"]
    assert [r.id for r in subunits] == [*SUBUNITS, "glun2c-rat"]
    genes = {m.subject: m.object_label for m in extended.mappings if m.object.prefix == "hgnc"}
    assert genes == {
        **{s: "GRIN" + s.removeprefix("glun").upper() for s in SUBUNITS},
        "cyp2d6": "CYP2D6",
    }
    assert extended.resolve("UniProtKB:Q13224").id == "glun2b"
    assert extended.resolve("UniProtKB:Q00961").id == "glun2c-rat"
    assert extended.resolve("iuphar.receptor:458").id == "glun2c"


def test_the_product_is_approved_for_pseudobulbar_affect_not_pain():
    extended = extended_registry()
    product = extended.get(Agent, "NUEDEXTA")
    assert product.kind is AgentKind.PRODUCT
    approved = find_claims(subject=product, predicate=Predicate.APPROVED_FOR, registry=extended)
    assert [c.object for c in approved] == ["pseudobulbar-affect"]
    assert approved[0].references == ("nuedexta-label",)
    contains = find_claims(subject=product, predicate=Predicate.CONTAINS, registry=extended)
    assert [c.object for c in contains] == ["dextromethorphan", "quinidine"]
    assert "Not approved for pain" in product.notes
    assert agents_for_condition("pseudobulbar affect", registry=extended) == ()
    assert extended.identifiers(product) == ()  # its MeSH record is a close match only
    assert extended.identifiers("pseudobulbar-affect") == (
        extended.mappings_of("pseudobulbar-affect")[0].object,
    )
    label = extended.reference("nuedexta-label")
    assert label.kind is ReferenceKind.DRUG_LABEL
    assert label.accession == "DailyMed setid c8cce784-8c5f-415b-8068-76e5d481d159"


def test_quinidine_competitively_inhibits_cyp2d6_which_metabolises_dextromethorphan():
    extended = extended_registry()
    cyp2d6 = extended.get(Enzyme, "CYP2D6")
    assert [c.canonical for c in extended.identifiers(cyp2d6)] == [
        "hgnc:2625",
        "uniprot:P10635",
        "ncbigene:1565",
        "mesh:D019389",
    ]
    (inhibition,) = find_claims(subject="quinidine", predicate="inhibits", registry=extended)
    assert inhibition.mode is not None
    assert inhibition.mode.action is ActionType.COMPETITIVE_INHIBITOR
    assert inhibition.references[0] == "nuedexta-label"
    (substrate,) = find_claims(
        subject="dextromethorphan", predicate="is_substrate_of", registry=extended
    )
    assert substrate.object == "cyp2d6"


def test_class_membership_is_a_claim_citing_its_sources():
    extended = extended_registry()
    assert [a.id for a in extended.classes_of("esketamine")] == ["nmda-receptor-antagonists"]
    (member,) = find_claims(subject="esketamine", predicate="member_of", registry=extended)
    assert {extended.reference(r).kind for r in member.references} == {
        ReferenceKind.SECONDARY_SOURCE
    }
    (mode,) = find_claims(subject="esketamine", predicate="antagonizes", registry=extended)
    assert "from ketamine" in mode.notes  # the table's caveat: the mode is ketamine's


def test_no_pain_claim_is_added_for_the_further_agents():
    extended = extended_registry()
    therapeutic = {Predicate.TREATS, Predicate.ATTENUATES, Predicate.PREVENTS}
    for claim in extension.CLAIMS:
        assert claim.predicate not in therapeutic, claim
    assert [a.id for a in agents_for_condition("neuropathic pain", registry=extended)] == [
        a.id for a in agents_for_condition("neuropathic pain", registry=default_registry())
    ]


def test_excluding_unverified_sources_leaves_claims_beyond_the_article_only():
    kept = find_claims(include_unverified=False, registry=extended_registry())
    assert kept
    assert set(kept) <= set(extension.CLAIMS)
    assert find_claims(include_unverified=False, registry=default_registry()) == ()


def test_quinine_is_an_agent_with_identifiers_and_no_claims():
    extended = extended_registry()
    assert extended.resolve("quinine").id == "quinine"
    assert extended.resolve("CHEBI:15854").id == "quinine"
    assert not [c for c in extended.claims if "quinine" in (c.subject, c.object)]


def test_no_record_states_what_the_table_calls_its_own_knowledge():
    # identifiers.json: dizocilpine's "'high-affinity' is own knowledge"; dextrorphan as
    # dextromethorphan's CYP2D6 metabolite is unconfirmed.
    dizocilpine = extended_registry().get(Agent, "MK-801")
    assert "high-affinity" not in dizocilpine.description.lower()
    assert "PCP/MK-801 site" in dizocilpine.description
    assert not find_claims(
        subject="dextromethorphan", object="dextrorphan", registry=extended_registry()
    )


def test_magnesium_alone_does_not_resolve_to_the_sulfate_salt():
    registry = extended_registry()
    assert registry.resolve("magnesium sulfate").id == "magnesium-sulfate"
    with pytest.raises(UnknownEntityError):
        registry.resolve("magnesium")


def test_the_extended_registry_round_trips_through_json():
    text = to_json(extended_registry())
    assert from_json(text) == extended_registry()
    assert '"uniprot:Q00961"' in text
