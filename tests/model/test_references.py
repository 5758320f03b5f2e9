"""References: validated fields, citations, and an evidence level only once verified."""

from __future__ import annotations

import re

import attrs
import pytest

from nmda_pain import EvidenceLevel, Reference, ReferenceKind, StudyDesign, VerificationStatus
from tests.builders import make_reference


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"year": 1799}, "'year' must be between 1800 and 2100, not 1799"),
        ({"year": 2101}, "'year' must be between 1800 and 2100, not 2101"),
        ({"year": 2**63}, f"'year' must be between 1800 and 2100, not {2**63}"),
        ({"year": "2020"}, "'year' must be an int or None, not str"),
        ({"year": True}, "'year' must be an int or None, not bool"),
        ({"year": 2020.0}, "'year' must be an int or None, not float"),
        ({"doi": "doi:10.1000/x"}, "'doi' must be a bare DOI"),
        ({"doi": "https://doi.org/10.1000/x"}, "'doi' must be a bare DOI"),
        ({"doi": "10.1/x"}, "'doi' must be a bare DOI"),
        ({"doi": 10}, "'doi' must be a string or None, not int"),
        ({"pmid": "PMID:123"}, "'pmid' must look like '16368266', not 'PMID:123'"),
        ({"pmid": "0123"}, "'pmid' must look like '16368266'"),
        ({"pmid": 16368266}, "'pmid' must be a string or None, not int"),
        ({"pmcid": "7760600"}, "'pmcid' must look like 'PMC7760600'"),
        ({"url": "ftp://x"}, "'url' must look like 'https://example.org/page'"),
        ({"url": "https://x/\ufffe"}, "'url' must look like 'https://example.org/page'"),
        ({"url": "https://x/\U0010ffff"}, "'url' must look like 'https://example.org/page'"),
        ({"doi": "10.1000/x\ud800"}, "'doi' must be a bare DOI"),
        ({"doi": "10.1000/x\ufdd0"}, "'doi' must be a bare DOI"),
        (
            {"title": "A \ufffe title"},
            "'title' must not contain lone surrogates or Unicode noncharacters: a Unicode noncharacter (U+FFFE) at character 2",
        ),
        ({"authors": ("Ann\ud800",)}, "'authors[0]' must not contain lone surrogates"),
        ({"kind": "drug_label"}, "'kind' must be a ReferenceKind"),
        ({"version": " 1"}, "'version' must not start or end with whitespace"),
        (
            {"authors": (), "title": None, "journal": None},
            "reference 'smith-2020' needs something to be cited by: a title, a journal, an author, or an identifier",
        ),
        ({"authors": ("A", "A")}, "'authors' lists 'A' more than once"),
        (
            {"authors": ("A",), "institutional_authors": ("WHO",)},
            "reference 'smith-2020': each of institutional_authors must also be one of its authors, and 'WHO' is not; add it to authors",
        ),
        (
            {"authors": ("WHO",), "institutional_authors": ("WHO", "WHO")},
            "'institutional_authors' lists 'WHO' more than once",
        ),
        (
            {"authors": ("WHO", "IASP"), "institutional_authors": ("IASP", "WHO")},
            "reference 'smith-2020': institutional_authors must be listed in the order of authors, and 'IASP' comes too early; reorder them",
        ),
        ({"institutional_authors": ("",)}, "'institutional_authors[0]' must not be empty"),
        ({"number": 0}, "'number' must be between 1 and 1000000, not 0"),
        ({"number": 1_000_001}, "'number' must be between 1 and 1000000, not 1000001"),
        # beyond the 64-bit integers of SQLite and pandas
        ({"number": 2**63}, f"'number' must be between 1 and 1000000, not {2**63}"),
        ({"number": True}, "'number' must be an int or None, not bool"),
        ({"number": "1"}, "'number' must be an int or None, not str"),
        ({"title": ""}, "'title' must not be empty"),
        ({"volume": ""}, "'volume' must not be empty"),
        ({"study_design": "narrative_review"}, "'study_design' must be a StudyDesign"),
    ],
)
def test_reference_rejects_invalid_fields(changes, message):
    with pytest.raises((TypeError, ValueError), match=re.escape(message)):
        make_reference(**changes)


def test_a_source_that_is_not_a_paper_needs_no_journal_authors_or_year():
    release = Reference(
        id="gtopdb-2025-4",
        kind=ReferenceKind.DATABASE_RELEASE,
        title="IUPHAR/BPS Guide to Pharmacology",
        version="2025.4",
        accession="ligand_id_mapping.csv",
        verification=VerificationStatus.VERIFIED,
    )
    assert release.citation == (
        "IUPHAR/BPS Guide to Pharmacology. Release 2025.4. ligand_id_mapping.csv"
    )
    label = Reference(
        id="label",
        kind=ReferenceKind.DRUG_LABEL,
        title="NUEDEXTA prescribing information",
        url="https://dailymed.nlm.nih.gov/x",
        pmid="123",
    )
    assert (
        label.citation
        == "NUEDEXTA prescribing information. PMID:123 https://dailymed.nlm.nih.gov/x"
    )


def test_only_a_verified_reference_has_an_evidence_level():
    trial = make_reference(study_design=StudyDesign.RANDOMIZED_CONTROLLED_TRIAL)
    assert trial.evidence_level is None  # the title says RCT; nobody could check it
    checked = attrs.evolve(trial, verification=VerificationStatus.VERIFIED)
    assert checked.evidence_level is EvidenceLevel.LEVEL_2
    assert checked.is_verified
    assert not trial.is_verified
    label = attrs.evolve(checked, kind=ReferenceKind.DRUG_LABEL)
    assert label.evidence_level is None  # a label or a release is no study, whatever it says


def test_reference_accepts_boundary_years_and_numbers_and_a_bare_doi():
    assert make_reference(year=1800).year == 1800
    assert make_reference(year=2100).year == 2100
    assert make_reference(number=1).number == 1
    assert make_reference(number=1_000_000).number == 1_000_000
    assert make_reference(number=None, year=None).number is None
    assert make_reference(doi="10.1000/x\U0001f600", url="https://x/\u00e9").doi is not None
    assert make_reference(doi="10.37421/2684-5997.2025.8.296").doi_url == (
        "https://doi.org/10.37421/2684-5997.2025.8.296"
    )
    assert make_reference().doi_url is None


def test_citation_formats_volume_issue_and_locator():
    full = make_reference(volume="36", issue="3", pages="247-263", doi="10.1000/xyz")
    assert full.citation == "Ann Smith (2020). A title. A journal 36(3):247-263. doi:10.1000/xyz"
    bare = make_reference()
    assert bare.citation == "Ann Smith (2020). A title. A journal."
    article = make_reference(volume="12", article_number="674524")
    assert article.citation.endswith("A journal 12:674524.")
