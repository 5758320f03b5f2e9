"""CSL-JSON and BibTeX: what the references hold, nothing more, readable by real parsers."""

from __future__ import annotations

import json
import re

import bibtexparser
import pytest
from bibtexparser import middlewares
from hypothesis import given
from hypothesis import strategies as st

from nmda_pain import (
    Reference,
    ReferenceKind,
    Registry,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import CSL_TYPES, to_bibtex, to_csl_json

from ..strategies import references, slugs

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

UNESCAPES = {
    r"\textbackslash{}": "\\",
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
}
_ESCAPED = re.compile("|".join(re.escape(escaped) for escaped in UNESCAPES))


def unescape(text):
    return _ESCAPED.sub(lambda match: UNESCAPES[match.group()], text)


def unbrace(text):
    assert text.startswith("{")
    assert text.endswith("}")
    return text[1:-1]


def en_dashes(pages):
    return re.sub(r"(?<!-)-(?!-)", "--", pages)


def parse(text):
    library = bibtexparser.parse_string(text, append_middleware=[middlewares.SeparateCoAuthors()])
    assert library.failed_blocks == []
    return library.entries


def value_of(entry, key, default=None):
    """The parsed value of a field of *entry*, or *default* where it has none.

    (bibtexparser's ``Entry.get`` gives the ``Field``, not its value.)
    """
    field = entry.fields_dict.get(key)
    return default if field is None else field.value


def unique_references(max_size=4):
    return st.lists(references(slugs), min_size=1, max_size=max_size, unique_by=lambda r: r.id).map(
        tuple
    )


ALL_SHIPPED = (*extended_registry().references, extended_registry().source)


def expected_note(reference):
    parts = [] if reference.accession is None else [f"Accession: {reference.accession}."]
    parts.append(f"Verification: {reference.verification.value}.")
    return " ".join([*parts, reference.notes] if reference.notes else parts)


# -- CSL-JSON --------------------------------------------------------------------------


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
    (item,) = to_csl_json([default_registry().source])
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


# -- BibTeX ----------------------------------------------------------------------------


def test_bibtex_of_the_shipped_references_parses_and_round_trips():
    text = to_bibtex(ALL_SHIPPED)
    entries = parse(text)
    assert len(entries) == len(ALL_SHIPPED)
    for entry, reference in zip(entries, ALL_SHIPPED, strict=True):
        fields = {key: field.value for key, field in entry.fields_dict.items()}
        is_article = reference.kind is ReferenceKind.JOURNAL_ARTICLE and reference.journal
        assert entry.entry_type == ("article" if is_article else "misc")
        assert entry.key == reference.id
        assert unescape(fields.pop("note")) == expected_note(reference)
        expected = {
            "author": list(reference.authors) or None,
            "title": None if reference.title is None else f"{{{reference.title}}}",
            "journal" if is_article else "howpublished": reference.journal,
            "year": None if reference.year is None else str(reference.year),
            "volume": reference.volume,
            "number": reference.issue,
            "pages": None if reference.pages is None else reference.pages.replace("-", "--"),
            "eid": reference.article_number,
            "version": reference.version,
            "doi": reference.doi,
            "pmid": reference.pmid,
            "pmcid": reference.pmcid,
            "url": reference.url,
        }
        fields = {
            key: unescape(value) if key in {"title", "journal", "howpublished"} else value
            for key, value in fields.items()
        }
        assert fields == {key: value for key, value in expected.items() if value is not None}
    assert {entry.entry_type for entry in entries} == {"article", "misc"}
    (ragab,) = [entry for entry in entries if entry.key == "ragab-2021"]
    assert ragab["pages"] == "E1029--E1044"


@given(unique_references())
def test_bibtex_round_trips_any_text(refs):
    entries = parse(to_bibtex(refs))
    assert [entry.key for entry in entries] == [r.id for r in refs]
    for entry, reference in zip(entries, refs, strict=True):
        is_article = reference.kind is ReferenceKind.JOURNAL_ARTICLE and reference.journal
        assert entry.entry_type == ("article" if is_article else "misc")
        authors = [
            unbrace(name) if name.startswith("{") and name.endswith("}") else name
            for name in value_of(entry, "author", [])
        ]
        assert [unescape(name) for name in authors] == list(reference.authors)
        title = value_of(entry, "title")
        assert (None if title is None else unescape(unbrace(title))) == reference.title
        journal = "journal" if is_article else "howpublished"
        assert (unescape(entry[journal]) if journal in entry else None) == reference.journal
        assert value_of(entry, "year") == (None if reference.year is None else str(reference.year))
        if reference.pages is not None:
            assert unescape(entry["pages"]) == en_dashes(reference.pages)
        for field, value in (
            ("volume", reference.volume),
            ("number", reference.issue),
            ("eid", reference.article_number),
            ("version", reference.version),
            ("doi", reference.doi),
            ("pmid", reference.pmid),
            ("pmcid", reference.pmcid),
            ("url", reference.url),
        ):
            assert (unescape(entry[field]) if field in entry else None) == value
        assert unescape(entry["note"]) == expected_note(reference)
        assert all(field.value != "" for field in entry.fields)


def test_bibtex_escapes_every_special_character():
    reference = Reference(
        id="odd-2020",
        authors=("Smith, John", "Tom and Jerry", "Ann Andrews", "_Under Score", "A, B, C"),
        title="50% of {A} & $B$ #1 a_b ~c^d \\e",
        journal="J & J",
        year=2020,
        pages="1-2--3",
        doi="10.1000/a_{b}",
    )
    text = to_bibtex([reference])
    assert (
        "  author = {Smith, John and {Tom and Jerry} and Ann Andrews and {\\_Under Score} and {A, B, C}},\n"
        in text
    )
    assert (
        r"  title = {{50\% of \textbraceleft{}A\textbraceright{} \& \$B\$ \#1 a\_b "
        r"\textasciitilde{}c\textasciicircum{}d \textbackslash{}e}},"
    ) in text
    assert "  journal = {J \\& J},\n" in text
    assert "  pages = {1--2--3},\n" in text
    assert "  doi = {10.1000/a_\\textbraceleft{}b\\textbraceright{}},\n" in text
    (entry,) = parse(text)
    assert entry["author"] == [
        "Smith, John",
        "{Tom and Jerry}",
        "Ann Andrews",
        "{\\_Under Score}",
        "{A, B, C}",
    ]


def test_bibtex_of_a_source_that_is_no_paper_is_a_misc_entry_without_empty_fields():
    release = Reference(
        id="gtopdb-2025",
        kind=ReferenceKind.DATABASE_RELEASE,
        title="IUPHAR/BPS Guide to Pharmacology",
        journal="GtoPdb downloads",
        version="2025.4",
        accession="ligand_id_mapping.csv",
        url="https://www.guidetopharmacology.org/download.jsp#x_{y}",
        verification=VerificationStatus.VERIFIED,
    )
    paper = Reference(id="bare-2020", pmid="10229619")
    text = to_bibtex([release, paper])
    assert text == (
        "@misc{gtopdb-2025,\n"
        "  title = {{IUPHAR/BPS Guide to Pharmacology}},\n"
        "  howpublished = {GtoPdb downloads},\n"
        "  version = {2025.4},\n"
        "  url = {https://www.guidetopharmacology.org/download.jsp#x_\\textbraceleft{}y\\textbraceright{}},\n"
        "  note = {Accession: ligand\\_id\\_mapping.csv. Verification: verified.}\n"
        "}\n"
        "\n"
        "@misc{bare-2020,\n"
        "  pmid = {10229619},\n"
        "  note = {Verification: unverified.}\n"
        "}\n"
    )
    first, second = parse(text)
    assert (first.entry_type, second.entry_type) == ("misc", "misc")
    assert second.fields_dict.keys() == {"pmid", "note"}


def test_bibtex_separates_entries_with_blank_lines_and_ends_with_a_newline():
    text = to_bibtex(default_registry().references[:2])
    assert text.count("\n\n@article{") == 1
    assert text.startswith("@article{tsuruoka-2022,\n")
    assert text.endswith("}\n")
    assert to_bibtex([]) == ""


def test_bibtex_refuses_a_repeated_key():
    reference = default_registry().reference(2)
    with pytest.raises(ValueError, match="'ragab-2021' appears more than once"):
        to_bibtex(iter([reference, reference]))


def test_a_registry_gives_its_source_then_its_references():
    registry = default_registry()
    ids = [item["id"] for item in to_csl_json(registry)]
    assert ids == ["el-sayed-2025", *(reference.id for reference in registry.references)]
    assert to_bibtex(registry) == to_bibtex([registry.source, *registry.references])
    assert to_bibtex(Registry()) == ""
