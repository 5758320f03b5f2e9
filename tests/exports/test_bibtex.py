"""BibTeX: what the references hold, nothing more, readable by a real parser."""

from __future__ import annotations

import re

import bibtexparser
import pytest
from bibtexparser import middlewares
from hypothesis import given

from nmda_pain import (
    Reference,
    ReferenceKind,
    Registry,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import to_bibtex
from tests.builders import expected_note
from tests.strategies import unique_references

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


ALL_SHIPPED = (*extended_registry().references, extended_registry().article)


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
    assert to_bibtex(registry) == to_bibtex([registry.article, *registry.references])
    assert to_bibtex(Registry()) == ""
