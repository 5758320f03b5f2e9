"""CSL-JSON: what the references hold, nothing more, in the variables and types of CSL 1.0.2."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from nmda_pain import (
    Reference,
    ReferenceKind,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import CSL_TYPES, to_csl_json
from tests.builders import expected_note
from tests.strategies import unique_references

# The variables of CSL-JSON (csl-data.json) that a reference can carry.
CSL_VARIABLES = {
    "type",
    "id",
    "author",
    "title",
    "container-title",
    "issued",
    "volume",
    "issue",
    "page",
    "number",
    "version",
    "DOI",
    "PMID",
    "PMCID",
    "URL",
    "note",
}
# The item types of CSL 1.0.2 (csl-data.json).
CSL_ITEM_TYPES = {
    "article",
    "article-journal",
    "dataset",
    "document",
    "entry-encyclopedia",
    "legislation",
    "report",
    "webpage",
}


def test_csl_items_hold_the_reference_fields():
    items = to_csl_json(default_registry().references)
    assert len(items) == len(default_registry().references)
    by_id = {item["id"]: item for item in items}
    assert by_id["tsuruoka-2022"] == {
        "type": "article-journal",
        "id": "tsuruoka-2022",
        "author": [
            {"family": "Tsuruoka", "given": "Tatsuo"},
            {"family": "Kikuchi", "given": "Junichi"},
            {"family": "Tanaka", "given": "Shinya"},
        ],
        "title": "NMDA Receptor Antagonists in Pain Management: A Review of Current Progress and Future Directions",
        "container-title": "CNS Drugs",
        "issued": {"date-parts": [[2022]]},
        "volume": "36",
        "issue": "3",
        "page": "247-263",
        "note": "Verification: unverified. No DOI or PubMed record matching this citation "
        "could be found; it is known only from the article's reference list.",
    }
    assert by_id["shaban-2021"]["number"] == "674524"
    assert "page" not in by_id["shaban-2021"]
    assert "DOI" not in by_id["shaban-2021"]


def test_csl_keeps_the_doi_and_the_verification_status_of_the_source():
    (item,) = to_csl_json([default_registry().article])
    assert item["DOI"] == "10.37421/2684-5997.2025.8.296"
    assert item["note"].startswith("Verification: unverified. The article prints")
    verified = [r for r in extended_registry().references if r.is_verified]
    assert verified
    for item in to_csl_json(verified):
        assert "Verification: verified." in item["note"]


def test_csl_types_follow_the_reference_kind():
    assert set(CSL_TYPES) == set(ReferenceKind)
    assert set(CSL_TYPES.values()) <= CSL_ITEM_TYPES
    assert CSL_TYPES[ReferenceKind.JOURNAL_ARTICLE] == "article-journal"
    assert CSL_TYPES[ReferenceKind.DATABASE_RELEASE] == "dataset"
    assert CSL_TYPES[ReferenceKind.DRUG_LABEL] == "document"


def test_csl_of_a_source_that_is_no_paper_holds_what_it_has_and_nothing_empty():
    release = Reference(
        id="gtopdb-2025",
        kind=ReferenceKind.DATABASE_RELEASE,
        title="IUPHAR/BPS Guide to Pharmacology",
        version="2025.4",
        accession="ligand_id_mapping.csv at commit 371d1ab9",
        verification=VerificationStatus.VERIFIED,
    )
    label = Reference(
        id="a-label",
        kind=ReferenceKind.DRUG_LABEL,
        title="NUEDEXTA US prescribing information",
        url="https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=c8cce784",
    )
    paper = Reference(id="p", pmid="10229619", pmcid="PMC7760600")
    first, second, third = to_csl_json([release, label, paper])
    assert first == {
        "type": "dataset",
        "id": "gtopdb-2025",
        "title": "IUPHAR/BPS Guide to Pharmacology",
        "version": "2025.4",
        "note": "Accession: ligand_id_mapping.csv at commit 371d1ab9. Verification: verified.",
    }
    assert second == {
        "type": "document",
        "id": "a-label",
        "title": "NUEDEXTA US prescribing information",
        "URL": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=c8cce784",
        "note": "Verification: unverified.",
    }
    assert third == {
        "type": "article-journal",
        "id": "p",
        "PMID": "10229619",
        "PMCID": "PMC7760600",
        "note": "Verification: unverified.",
    }


def test_csl_names_split_at_the_last_word():
    reference = Reference(
        id="x-2020",
        authors=("Rania A. M. Abo El-Fetouh", "Plato", "  Ada   Lovelace "[2:-1].strip()),
        title="T",
        journal="J",
        year=2020,
        verification=VerificationStatus.VERIFIED,
    )
    (item,) = to_csl_json([reference])
    assert item["author"] == [
        {"family": "El-Fetouh", "given": "Rania A. M. Abo"},
        {"family": "Plato"},
        {"family": "Lovelace", "given": "Ada"},
    ]
    assert item["note"] == "Verification: verified."


def test_csl_reads_one_comma_as_family_then_given_and_keeps_other_commas_whole():
    reference = Reference(
        id="x-2020",
        authors=("Abo El-Fetouh, Rania A. M.", "Müller, Jürgen", "A, B, C", "Plato,"),
        title="T",
        journal="J",
        year=2020,
    )
    (item,) = to_csl_json([reference])
    assert item["author"] == [
        {"family": "Abo El-Fetouh", "given": "Rania A. M."},
        {"family": "Müller", "given": "Jürgen"},
        {"literal": "A, B, C"},
        {"literal": "Plato,"},
    ]


@given(unique_references())
def test_csl_round_trips_every_reference(refs):
    items = json.loads(json.dumps(to_csl_json(iter(refs))))
    assert [item["id"] for item in items] == [r.id for r in refs]
    for item, reference in zip(items, refs, strict=True):
        assert set(item) <= CSL_VARIABLES
        assert item["type"] == CSL_TYPES[reference.kind]
        assert None not in item.values()
        assert ("author" in item) == bool(reference.authors)
        for name, author in zip(item.get("author", ()), reference.authors, strict=True):
            family, comma, given = (part.strip() for part in author.partition(","))
            if not comma:
                assert " ".join(filter(None, (name.get("given"), name["family"]))) == " ".join(
                    author.split()
                )
            elif family and given and "," not in given:
                assert name == {"family": family, "given": given}
            else:
                assert name == {"literal": author}
        year = None if reference.year is None else {"date-parts": [[reference.year]]}
        assert item.get("issued") == year
        for variable, value in (
            ("title", reference.title),
            ("container-title", reference.journal),
            ("volume", reference.volume),
            ("issue", reference.issue),
            ("page", reference.pages),
            ("number", reference.article_number),
            ("version", reference.version),
            ("DOI", reference.doi),
            ("PMID", reference.pmid),
            ("PMCID", reference.pmcid),
            ("URL", reference.url),
        ):
            assert item.get(variable) == value
        assert item["note"] == expected_note(reference)


def test_csl_refuses_a_repeated_id():
    reference = default_registry().reference(1)
    with pytest.raises(ValueError, match="'tsuruoka-2022' appears more than once"):
        to_csl_json([reference, reference])


def test_csl_of_nothing_is_an_empty_list():
    assert to_csl_json([]) == []


def test_a_registry_gives_its_source_then_its_references():
    registry = default_registry()
    ids = [item["id"] for item in to_csl_json(registry)]
    assert ids == ["el-sayed-2025", *(reference.id for reference in registry.references)]
