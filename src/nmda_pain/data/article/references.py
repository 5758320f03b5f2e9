"""The source article and its ten numbered references, as the article prints them.

Metadata are copied from the article's reference list without correction. None
of the ten could be matched to a DOI or a PubMed record (see the project's
reference notes), so every one is ``unverified`` and carries no DOI.
"""

from __future__ import annotations

from typing import Final

from nmda_pain.model import Reference, StudyDesign, VerificationStatus

_NOT_FOUND: Final = (
    "No DOI or PubMed record matching this citation could be found; "
    "it is known only from the article's reference list."
)

ARTICLE: Final = Reference(
    id="el-sayed-2025",
    authors=("Ahmed Hassan El-Sayed",),
    title="NMDA Antagonists: Pain Management's Complex Mechanisms",
    journal="J Anesthesiol Pain Res",
    year=2025,
    volume="8",
    article_number="296",
    doi="10.37421/2684-5997.2025.8.296",
    study_design=StudyDesign.NARRATIVE_REVIEW,
    verification=VerificationStatus.UNVERIFIED,
    notes=(
        "The article prints the volume as '08' and the DOI on its first page; it is published "
        "under CC BY. The design is read from the text, which has no methods section: a narrative "
        "review of ten references. No PubMed record of the article itself was found."
    ),
)

TSURUOKA_2022: Final = Reference(
    id="tsuruoka-2022",
    number=1,
    authors=("Tatsuo Tsuruoka", "Junichi Kikuchi", "Shinya Tanaka"),
    title="NMDA Receptor Antagonists in Pain Management: A Review of Current Progress and Future Directions",
    journal="CNS Drugs",
    year=2022,
    volume="36",
    issue="3",
    pages="247-263",
    study_design=StudyDesign.NARRATIVE_REVIEW,
    notes=_NOT_FOUND,
)

RAGAB_2021: Final = Reference(
    id="ragab-2021",
    number=2,
    authors=("Amira N. Ragab", "Salma M. El-Ghobashy", "Abeer M. El-Sayed"),
    title="Ketamine for the Treatment of Chronic Pain: A Systematic Review and Meta-Analysis",
    journal="Pain Physician",
    year=2021,
    volume="24",
    issue="6",
    pages="E1029-E1044",
    study_design=StudyDesign.SYSTEMATIC_REVIEW_META_ANALYSIS,
    notes=_NOT_FOUND,
)

ROWBOTHAM_2020: Final = Reference(
    id="rowbotham-2020",
    number=3,
    authors=("Michael Rowbotham", "Catherine R. Davies", "Charles R. Via"),
    title="Memantine in Neuropathic Pain: A Randomized, Double-Blind, Placebo-Controlled Study",
    journal="Pain",
    year=2020,
    volume="161",
    issue="9",
    pages="2055-2062",
    study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL,
    notes=_NOT_FOUND,
)

LI_2023: Final = Reference(
    id="li-2023",
    number=4,
    authors=("Xiao-Jiao Li", "Yan-Ping Li", "Shu-Wen Guo"),
    title="NMDA Receptor Antagonists and Glial Activation in Chronic Pain",
    journal="Neuroscience Bulletin",
    year=2023,
    volume="39",
    issue="1",
    pages="1-11",
    study_design=StudyDesign.NOT_STATED,
    notes=_NOT_FOUND,
)

MADAN_2020: Final = Reference(
    id="madan-2020",
    number=5,
    authors=("Sanjeev N. Madan", "Prashant C. Patel", "Kalyani M. Patel"),
    title="Dextromethorphan/Quinidine for Neuropathic Pain",
    journal="Annals of Pharmacotherapy",
    year=2020,
    volume="54",
    issue="6",
    pages="602-608",
    study_design=StudyDesign.NOT_STATED,
    notes=(
        f"{_NOT_FOUND} The title describes a use outside the combination product's approved "
        "indication (beyond the article: the product is approved for pseudobulbar affect, not pain)."
    ),
)

EL_TAHAN_2022: Final = Reference(
    id="el-tahan-2022",
    number=6,
    authors=("Hala M. El-Tahan", "Samar A. El-Dahshan", "Mostafa H. El-Abd"),
    title="NMDA Receptor Antagonists as Adjuvants to Opioids for Pain Management",
    journal="Current Opinion in Anesthesiology",
    year=2022,
    volume="35",
    issue="1",
    pages="104-111",
    study_design=StudyDesign.NOT_STATED,
    notes=(
        f"{_NOT_FOUND} The journal's own title is spelled 'Current Opinion in Anaesthesiology' "
        "(beyond the article); the article's spelling is kept."
    ),
)

WANG_2023: Final = Reference(
    id="wang-2023",
    number=7,
    authors=("Xing-Long Wang", "Hong-Ping Wang", "Lei Zhang"),
    title="NMDA Receptor Antagonists: Mechanisms of Action and Therapeutic Applications in Pain",
    journal="Biomedicines",
    year=2023,
    volume="11",
    issue="2",
    article_number="421",
    study_design=StudyDesign.NOT_STATED,
    notes=_NOT_FOUND,
)

SHABAN_2021: Final = Reference(
    id="shaban-2021",
    number=8,
    authors=("Abbas E. Shaban", "Hassan A. Ahmed", "Mohamed S. El-Mesery"),
    title="Novel NMDA Receptor Antagonists for Pain Therapy: A Preclinical Perspective",
    journal="Frontiers in Pharmacology",
    year=2021,
    volume="12",
    article_number="674524",
    study_design=StudyDesign.PRECLINICAL_REVIEW,
    notes=_NOT_FOUND,
)

ABO_EL_FETOUH_2022: Final = Reference(
    id="abo-el-fetouh-2022",
    number=9,
    authors=("Rania A. M. Abo El-Fetouh", "Maha M. El-Mesery", "Asmaa H. El-Sayed"),
    title="NMDA Receptor Antagonists in Anesthesia and Pain Management: A Contemporary Review",
    journal="Egyptian Journal of Anesthesia",
    year=2022,
    volume="38",
    issue="1",
    pages="431-442",
    study_design=StudyDesign.NARRATIVE_REVIEW,
    notes=_NOT_FOUND,
)

RASTI_2023: Final = Reference(
    id="rasti-2023",
    number=10,
    authors=("Pardis Rasti", "Ali Rostami", "Mehdi Rasti"),
    title="The Role of Glutamatergic System in Pain Modulation: Focus on NMDA Receptors",
    journal="Frontiers in Pain Research",
    year=2023,
    volume="4",
    article_number="1162666",
    study_design=StudyDesign.NOT_STATED,
    notes=_NOT_FOUND,
)

REFERENCES: Final[tuple[Reference, ...]] = (
    TSURUOKA_2022,
    RAGAB_2021,
    ROWBOTHAM_2020,
    LI_2023,
    MADAN_2020,
    EL_TAHAN_2022,
    WANG_2023,
    SHABAN_2021,
    ABO_EL_FETOUH_2022,
    RASTI_2023,
)
