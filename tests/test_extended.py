"""The extended registry: facts beyond the article, each from the vetted reference table.

Every shipped identifier is checked against ``identifiers.json`` (beside the
repository in ``../shared/reference/``, or the file named by
``NMDA_PAIN_IDENTIFIERS``): it must be there, for the same entity, marked confirmed.
"""

from __future__ import annotations

import json

import pytest

from nmda_pain import (
    ActionType,
    Affinity,
    AffinityParameter,
    Agent,
    AgentKind,
    BindingSite,
    Curie,
    Enzyme,
    InvalidRegistryError,
    Predicate,
    Receptor,
    Registry,
    Trapping,
    UnknownEntityError,
    VerificationStatus,
    agents_for_condition,
    default_registry,
    extended_registry,
    find_claims,
    from_json,
    to_json,
)
from nmda_pain.model import ModeOfAction
from nmda_pain.queries import THERAPEUTIC_PREDICATES

from .shared_files import shared_file

TABLE_PATH = shared_file("NMDA_PAIN_IDENTIFIERS", "reference/identifiers.json")
TABLE = None if TABLE_PATH is None else json.loads(TABLE_PATH.read_text(encoding="utf-8"))
needs_table = pytest.mark.skipif(
    TABLE is None, reason="identifiers.json is not beside the repository"
)

# Our entity id -> (section, key) of the reference table.
TABLE_KEYS = {
    "ketamine": ("agents", "ketamine"),
    "esketamine": ("agents", "esketamine"),
    "memantine": ("agents", "memantine"),
    "dextromethorphan": ("agents", "dextromethorphan"),
    "dextrorphan": ("agents", "dextrorphan"),
    "quinidine": ("agents", "quinidine"),
    "quinine": ("agents", "quinine"),
    "amantadine": ("agents", "amantadine"),
    "methadone": ("agents", "methadone"),
    "magnesium-sulfate": ("agents", "magnesium sulfate"),
    "nitrous-oxide": ("agents", "nitrous oxide"),
    "dizocilpine": ("agents", "dizocilpine (MK-801)"),
    "ifenprodil": ("agents", "ifenprodil"),
    "traxoprodil": ("agents", "traxoprodil (CP-101,606)"),
    "dextromethorphan-quinidine": ("products", "dextromethorphan/quinidine"),
    "nmda-receptor": ("receptor_subunits", "_family"),
    "cyp2d6": ("receptor_subunits", "_CYP2D6 (for DXM/quinidine)"),
    **{
        f"glun{n}": ("receptor_subunits", f"GluN{n.upper()}")
        for n in ("1", "2a", "2b", "2c", "2d", "3a", "3b")
    },
    "neuropathic-pain": ("conditions", "neuropathic pain"),
    "inflammatory-pain": ("conditions", "inflammatory pain"),
    "postoperative-pain": ("conditions", "postoperative pain"),
    "complex-regional-pain-syndrome": ("conditions", "complex regional pain syndrome"),
    "hyperalgesia": ("conditions", "hyperalgesia"),
    "allodynia": ("conditions", "allodynia"),
    "opioid-induced-hyperalgesia": ("conditions", "opioid-induced hyperalgesia"),
    "chronic-pain": ("conditions", "chronic pain"),
    "chronic-post-surgical-pain": ("conditions", "chronic post-surgical pain"),
    "pseudobulbar-affect": ("conditions", "pseudobulbar affect (Nuedexta indication)"),
}
# Table field -> CURIE prefix. (CYP2D6's "mesh_inhibitors", the descriptor for its inhibitors,
# names another concept and is deliberately not an identifier of the enzyme.)
FIELDS = {
    "pubchem_cid": "pubchem.compound",
    "chebi": "chebi",
    "drugbank": "drugbank",
    "chembl": "chembl.compound",
    "atc": "atc",
    "mesh": "mesh",
    "gtopdb_ligand": "iuphar.ligand",
    "hgnc_id": "hgnc",
    "uniprot_human": "uniprot",
    "gtopdb_target_id": "iuphar.receptor",
    "ncbi_gene_id": "ncbigene",
    "hp": "hp",
    "mondo": "mondo",
}


def _confirmed(entry: dict) -> set[str]:
    values: set[str] = set()
    for field, prefix in FIELDS.items():
        cell = entry.get(field)
        if (
            not isinstance(cell, dict)
            or cell.get("status") != "confirmed"
            or cell.get("value") is None
        ):
            continue
        for value in cell["value"] if isinstance(cell["value"], list) else [cell["value"]]:
            values.add(Curie.parse(f"{prefix}:{str(value).split(':')[-1]}").canonical)
    return values


@needs_table
@pytest.mark.parametrize(
    "entity",
    [e for e in extended_registry().entities if e.xrefs],
    ids=lambda e: e.id,
)
def test_every_shipped_identifier_is_a_confirmed_value_of_the_table(entity):
    assert TABLE is not None
    section, key = TABLE_KEYS[entity.id]
    confirmed = _confirmed(TABLE[section][key])
    shipped = {xref.canonical for xref in entity.xrefs}
    assert shipped <= confirmed, (
        f"{entity.id}: {sorted(shipped - confirmed)} are not confirmed in the table"
    )


@needs_table
@pytest.mark.parametrize(
    ("entity_id", "missing"),
    [("ketamine", set()), ("glun2b", set()), ("cyp2d6", set()), ("esketamine", set())],
)
def test_the_confirmed_identifiers_are_all_shipped(entity_id, missing):
    assert TABLE is not None
    section, key = TABLE_KEYS[entity_id]
    entity = extended_registry().resolve(entity_id)
    assert _confirmed(TABLE[section][key]) - {x.canonical for x in entity.xrefs} == missing


def test_the_default_registry_stays_the_article_alone():
    article = default_registry()
    assert all(not e.xrefs for e in article.entities)
    assert all(e.provenance is None for e in article.entities)
    assert not any(claim.beyond_article for claim in article.claims)
    assert article.enzymes == ()
    assert "nmda-pain-reference-table" not in {r.id for r in article.references}


def test_every_record_and_claim_added_names_its_source():
    article = default_registry()
    extended = extended_registry()
    article_ids = {e.id for e in article.entities}
    added = [e for e in extended.entities if e.id not in article_ids]
    assert len(added) == 11 + 7 + 1 + 1  # agents, subunits, CYP2D6, pseudobulbar affect
    assert all(e.provenance for e in added)
    new_claims = [c for c in extended.claims if c not in article.claims]
    assert new_claims
    assert all(
        c.beyond_article and c.references == ("nmda-pain-reference-table",) for c in new_claims
    )
    assert extended.claims[: len(article.claims)] == article.claims
    assert (
        extended.reference("nmda-pain-reference-table").verification is VerificationStatus.VERIFIED
    )


def test_a_user_can_keep_only_the_article():
    extended = extended_registry()
    from_article = [c for c in extended.claims if not c.beyond_article]
    assert tuple(from_article) == default_registry().claims


def test_excluding_unverified_evidence_leaves_only_the_tables_claims():
    kept = find_claims(include_unverified=False, registry=extended_registry())
    assert kept
    assert all(claim.beyond_article for claim in kept)


def test_no_pain_claim_is_added_for_the_further_agents():
    extended = extended_registry()
    further = {a.id for a in extended.agents} - {a.id for a in default_registry().agents}
    for claim in extended.claims:
        if claim.subject in further:
            assert claim.predicate not in THERAPEUTIC_PREDICATES, claim
    assert [a.id for a in agents_for_condition("neuropathic pain", registry=extended)] == [
        "nmda-receptor-antagonists",
        "memantine",
        "dextromethorphan",
    ]


def test_the_product_is_approved_for_pseudobulbar_affect_not_pain():
    extended = extended_registry()
    product = extended.resolve("NUEDEXTA")
    assert isinstance(product, Agent)
    assert product.kind is AgentKind.PRODUCT
    approved = find_claims(subject=product, predicate=Predicate.APPROVED_FOR, registry=extended)
    assert [c.object for c in approved] == ["pseudobulbar-affect"]
    assert [
        c.object
        for c in find_claims(subject=product, predicate=Predicate.CONTAINS, registry=extended)
    ] == [
        "dextromethorphan",
        "quinidine",
    ]
    assert (
        agents_for_condition("pseudobulbar affect", registry=extended) == ()
    )  # approval is not a treats claim


def test_quinidine_inhibits_cyp2d6_which_metabolises_dextromethorphan():
    extended = extended_registry()
    cyp2d6 = extended.resolve("CYP2D6")
    assert isinstance(cyp2d6, Enzyme)
    assert cyp2d6.xrefs == (
        Curie.parse("HGNC:2625"),
        Curie.parse("UniProtKB:P10635"),
        Curie.parse("NCBIGene:1565"),
        Curie.parse("MESH:D019389"),
    )
    (inhibition,) = find_claims(subject="quinidine", predicate="inhibits", registry=extended)
    assert "Competitive" in inhibition.notes
    assert find_claims(
        subject="dextromethorphan", predicate="is_substrate_of", object="cyp2d6", registry=extended
    )


def test_subunits_belong_to_the_receptor_with_their_genes():
    extended = extended_registry()
    subunits = [r for r in extended.receptors if r.subunit_of == "nmda-receptor"]
    assert [(r.name, r.gene) for r in subunits] == [
        ("GluN1", "GRIN1"),
        ("GluN2A", "GRIN2A"),
        ("GluN2B", "GRIN2B"),
        ("GluN2C", "GRIN2C"),
        ("GluN2D", "GRIN2D"),
        ("GluN3A", "GRIN3A"),
        ("GluN3B", "GRIN3B"),
    ]
    assert extended.resolve("UniProtKB:Q13224").id == "glun2b"


def test_modes_of_action_are_typed_data():
    extended = extended_registry()

    def mode(agent_id: str) -> ModeOfAction:
        agent = extended.resolve(agent_id)
        assert isinstance(agent, Agent)
        (first,) = agent.modes_of_action
        return first

    assert (mode("ketamine").action, mode("ketamine").binding_site, mode("ketamine").trapping) == (
        ActionType.CHANNEL_BLOCKER,
        BindingSite.CHANNEL_PORE,
        Trapping.TRAPPING,
    )
    assert mode("memantine").trapping is Trapping.PARTIAL_TRAPPING
    assert mode("amantadine").trapping is Trapping.PARTIAL_TRAPPING
    assert (
        mode("ifenprodil").action,
        mode("ifenprodil").target,
        mode("ifenprodil").binding_site,
    ) == (
        ActionType.NEGATIVE_ALLOSTERIC_MODULATOR,
        "glun2b",
        BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN,
    )
    assert mode("methadone").contested
    assert mode("nitrous oxide").binding_site is None
    quinidine = extended.resolve("quinidine")
    assert isinstance(quinidine, Agent)
    assert quinidine.modes_of_action == ()


def test_affinities_only_where_the_table_gives_them():
    extended = extended_registry()
    values = {
        agent.id: [(a.parameter, a.value, a.unit, a.target, a.species) for a in agent.affinities]
        for agent in extended.agents
        if agent.affinities
    }
    assert values == {
        "ketamine": [(AffinityParameter.PIC50, 6.18, None, "glun2c", "human")],
        "memantine": [(AffinityParameter.PKI, 6.15, None, "glun2c", "rat")],
        "dextromethorphan": [(AffinityParameter.PIC50, 6.33, None, "glun2c", "human")],
        "dextrorphan": [(AffinityParameter.PIC50, 6.94, None, "glun2c", "human")],
        "amantadine": [(AffinityParameter.PIC50, 4.65, None, "glun2c", "human")],
        "ifenprodil": [
            (AffinityParameter.IC50, 0.34, "µM", "glun2b", None),
            (AffinityParameter.IC50, 146, "µM", "glun2a", None),
        ],
        "traxoprodil": [(AffinityParameter.IC50, 10, "nM", "nmda-receptor", None)],
    }
    traxoprodil = extended.resolve("traxoprodil")
    assert isinstance(traxoprodil, Agent)
    assert "not a binding constant" in traxoprodil.affinities[0].conditions


def test_conditions_without_an_exact_term_name_the_nearest_broader_one():
    extended = extended_registry()
    for name, broader in (
        ("inflammatory pain", "D010146"),
        ("opioid-induced hyperalgesia", "D006930"),
        ("chronic post-surgical pain", "D010149"),
    ):
        condition = extended.resolve(name)
        assert condition.xrefs == ()
        assert broader in condition.notes


def test_the_extended_registry_round_trips_through_json():
    text = to_json(extended_registry())
    assert from_json(text) == extended_registry()
    assert '"chebi:6121"' in text


def test_mode_of_action_and_affinity_targets_must_be_receptors():
    bad = Agent(
        id="x",
        name="X",
        modes_of_action=(ModeOfAction(action=ActionType.INHIBITOR, target="nowhere", source="s"),),
        affinities=(Affinity(parameter=AffinityParameter.PKI, value=5.0, target="y", source="s"),),
    )
    with pytest.raises(InvalidRegistryError) as caught:
        Registry(
            agents=(bad, Agent(id="y", name="Y")),
            receptors=(Receptor(id="r", name="R", subunit_of="y"),),
        )
    assert caught.value.problems == (
        "receptors[0].subunit_of: 'y' is an agent, not a receptor",
        "agents[0].modes_of_action[0].target: unknown id 'nowhere'",
        "agents[0].affinities[0].target: 'y' is an agent, not a receptor",
    )


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), 10**400])
def test_an_affinity_value_must_be_finite(value: float):
    with pytest.raises(ValueError, match="'value' must be a finite number"):
        Affinity(parameter=AffinityParameter.PKI, value=value, target="glun2b", source="s")


@pytest.mark.parametrize("value", ["7.1", True, None])
def test_an_affinity_value_must_be_a_number(value: object):
    with pytest.raises(TypeError, match="'value' must be a number"):
        Affinity(parameter=AffinityParameter.PKI, value=value, target="glun2b", source="s")  # type: ignore[arg-type]  # the wrong type is the point


@pytest.mark.parametrize("value", [7, 6.18, -1e300, 0])
def test_an_affinity_value_may_be_any_finite_int_or_float(value: float):
    Affinity(parameter=AffinityParameter.PKI, value=value, target="glun2b", source="s")


def test_an_int_affinity_is_stored_as_the_float_a_document_loads():
    affinity = Affinity(parameter=AffinityParameter.PKI, value=7, target="r", source="s")
    assert type(affinity.value) is float
    registry = Registry(
        agents=(Agent(id="x", name="X", affinities=(affinity,)),),
        receptors=(Receptor(id="r", name="R"),),
    )
    text = to_json(registry)
    assert '"value":7.0' in text
    assert to_json(from_json(text)) == text


def test_no_extended_record_states_what_the_table_calls_its_own_knowledge():
    # identifiers.json: dizocilpine's "'high-affinity' is own knowledge; no numeric affinity".
    dizocilpine = extended_registry().resolve("MK-801")
    assert "high-affinity" not in dizocilpine.description.lower()
    assert "PCP/MK-801 site" in dizocilpine.description


def test_magnesium_alone_does_not_resolve_to_the_sulfate_salt():
    # The table keeps the salt (PubChem 24083) apart from the Mg2+ ion (GtoPdb 708).
    registry = extended_registry()
    assert registry.resolve("magnesium sulfate").id == "magnesium-sulfate"
    with pytest.raises(UnknownEntityError):
        registry.resolve("magnesium")


def test_extended_quinidine_does_not_deny_the_quinine_record_it_sits_beside():
    registry = extended_registry()
    assert registry.resolve("quinine").id == "quinine"
    assert "quinine is not recorded" not in registry.resolve("quinidine").notes
    assert "quinine is not recorded" in default_registry().resolve("quinidine").notes


def test_esketamine_mode_of_action_keeps_the_tables_caveat():
    (mode,) = extended_registry().resolve("esketamine").modes_of_action
    assert mode.source.endswith("mechanism class inherited from ketamine")
