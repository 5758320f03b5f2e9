"""CSL-JSON: what the references hold, nothing more, in the variables and types of CSL 1.0.2."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON
from hypothesis import given

from nmda_pain import (
    Reference,
    ReferenceKind,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import CSL_TYPES, to_csl_json
from tests.data.reference_table import IDENTIFIERS
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
    "annote",
}
REGISTRIES = {"default": default_registry(), "extended": extended_registry()}


def short_note(reference):
    """The note every style may print: the verification status, and nothing longer."""
    return f"Verification: {reference.verification.value}."


def full_note(reference):
    """The whole remark, in ``annote``: the accession, the status, the curator's notes."""
    accession = () if reference.accession is None else (f"Accession: {reference.accession}.",)
    return " ".join((*accession, short_note(reference), *filter(None, (reference.notes,))))


# --- what a rendering must show, derived from the records and the reference table -------------


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _table_authors():
    """The reference table's author lists, by reference number: ``"Abo El-Fetouh RAM, ..."``.

    The table writes names as PubMed does, family name then initials, so it
    says where each family name ends, independently of the shipped strings.
    """
    return {row["n"]: row["cited"]["authors"] for row in IDENTIFIERS.get("references", ())}


TABLE_AUTHORS = _table_authors()


def family_names(reference):
    """The family name of each author of *reference*, as the reference list prints it.

    From the reference table where it lists the reference (the initials after
    each name dropped); else a one-word name is its own family name, and the
    first author's is the words of the name that the reference's id, named
    after its first author (``abo-el-fetouh-2022``), spells. A name that none
    of these settles gives its last word: a weaker check, but still one.
    """
    table = TABLE_AUTHORS.get(reference.number) if reference.number is not None else None
    if table is not None:
        names = [name.rsplit(" ", 1)[0] for name in table.split(", ")]
        assert len(names) == len(reference.authors), reference.id
        return names
    named_after = reference.id.rsplit("-", 1)[0]
    families = []
    for index, author in enumerate(reference.authors):
        words = author.split()
        candidates = [" ".join(words[:end]) for end in range(1, len(words) + 1)]
        candidates += [" ".join(words[start:]) for start in range(len(words))]
        spelled = [c for c in candidates if index == 0 and named_after.startswith(slug(c))]
        families.append(max(spelled, key=len) if spelled else words[-1])
    return families


def without_identifiers(text, reference):
    """*text* without the reference's DOI, URL and PubMed ids, whose digits would match anything."""
    for identifier in (reference.doi, reference.url, reference.pmid, reference.pmcid):
        if identifier:
            text = text.replace(identifier, " ")
    return text


def shows(text, value):
    """Whether *value* stands in *text* as a whole token, dashes read as hyphens."""
    text = text.replace("\u2013", "-").replace("--", "-")
    return re.search(rf"(?<![\w.]){re.escape(value)}(?![\w])", text) is not None


def assert_rendering_shows_the_reference(text, reference, printed_authors):
    """The checks every rendering must pass: the volume, the pages or article number, the names."""
    text = without_identifiers(text, reference)
    if reference.volume is not None:
        assert shows(text, reference.volume), (reference.id, text)
    locator = reference.pages or reference.article_number
    if locator is not None:
        assert shows(text, locator), (reference.id, text)
    for family in family_names(reference)[:printed_authors]:
        assert family in text, (reference.id, family, text)


HARVARD = CitationStylesStyle("harvard-cite-them-right", validate=False)
# The style's bibliography lists the first author alone from four authors on (et-al-min="4").
HARVARD_ET_AL_MIN = 4


def harvard(item):
    """*item* rendered by citeproc-py in the Harvard style it ships, as plain text."""
    bibliography = CitationStylesBibliography(
        HARVARD, CiteProcJSON([item]), citeproc_formatter.plain
    )
    bibliography.register(Citation([CitationItem(item["id"])]))
    (entry,) = bibliography.bibliography()
    return str(entry)


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
        "note": "Verification: unverified.",
        "annote": "Verification: unverified. No DOI or PubMed record matching this citation "
        "could be found; it is known only from the article's reference list.",
    }
    assert by_id["shaban-2021"]["number"] == "674524"
    assert by_id["shaban-2021"]["page"] == "674524"
    assert "DOI" not in by_id["shaban-2021"]


def test_csl_keeps_the_doi_and_the_verification_status_of_the_source():
    (item,) = to_csl_json([default_registry().article])
    assert item["DOI"] == "10.37421/2684-5997.2025.8.296"
    assert item["note"] == "Verification: unverified."
    assert item["annote"].startswith("Verification: unverified. The article prints")
    verified = [r for r in extended_registry().references if r.is_verified]
    assert verified
    for item in to_csl_json(verified):
        assert item["note"] == "Verification: verified."


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
        "note": "Verification: verified.",
        "annote": "Accession: ligand_id_mapping.csv at commit 371d1ab9. Verification: verified.",
    }
    assert second == {
        "type": "document",
        "id": "a-label",
        "title": "NUEDEXTA US prescribing information",
        "URL": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=c8cce784",
        "note": "Verification: unverified.",
        "annote": "Verification: unverified.",
    }
    assert third == {
        "type": "article-journal",
        "id": "p",
        "PMID": "10229619",
        "PMCID": "PMC7760600",
        "note": "Verification: unverified.",
        "annote": "Verification: unverified.",
    }


def test_csl_names_keep_compound_family_names_whole():
    reference = Reference(
        id="x-2020",
        authors=(
            "Rania A. M. Abo El-Fetouh",
            "Plato",
            "  Ada   Lovelace ".strip(),
            "Williams K",
            "Abo El-Fetouh RAM",
            "J. Robert Oppenheimer",
            "J. R. R. Tolkien",
            "Jan van der Berg",
            "Rania Abo El-Fetouh",
            "Dick Van Dyke",
            "van Beethoven",
            "Van Morrison",
        ),
        title="T",
        journal="J",
        year=2020,
        verification=VerificationStatus.VERIFIED,
    )
    (item,) = to_csl_json([reference])
    assert item["author"] == [
        {"family": "Abo El-Fetouh", "given": "Rania A. M."},
        {"family": "Plato"},
        {"family": "Lovelace", "given": "Ada"},
        {"family": "Williams", "given": "K"},
        {"family": "Abo El-Fetouh", "given": "RAM"},
        {"family": "Oppenheimer", "given": "J. Robert"},
        {"family": "Tolkien", "given": "J. R. R."},
        {"family": "van der Berg", "given": "Jan"},
        {"family": "Abo El-Fetouh", "given": "Rania"},
        {"family": "Van Dyke", "given": "Dick"},
        {"family": "van Beethoven"},
        {"family": "Morrison", "given": "Van"},
    ]
    assert item["note"] == "Verification: verified."


def test_csl_keeps_an_institutional_author_whole_as_a_literal():
    institutions = (
        "nmda_pain curators",
        "World Health Organization",
        "HUGO Gene Nomenclature Committee",
        "Johnson & Johnson",
        "GO Consortium, EBI",
        "Wikipedia contributors",
        "Group 4",
    )
    reference = Reference(
        id="r",
        kind=ReferenceKind.DATABASE_RELEASE,
        authors=(*institutions, "Ada Lovelace"),
        institutional_authors=institutions,
        title="T",
    )
    (item,) = to_csl_json([reference])
    assert item["author"] == [
        *({"literal": name} for name in institutions),
        {"family": "Lovelace", "given": "Ada"},
    ]
    for name, author in zip(institutions, item["author"], strict=False):
        rendered = harvard({**item, "author": [author]})
        assert rendered.startswith(f"{name} (no date)"), rendered


def test_csl_splits_a_person_whose_name_has_an_institutions_word():
    # Whether a name is a person's is data: "Center" and "Group" are family names too.
    reference = Reference(
        id="r", authors=("Mary Center", "Anna Group", "Tom and Jerry"), title="T", year=2020
    )
    (item,) = to_csl_json([reference])
    assert item["author"] == [
        {"family": "Center", "given": "Mary"},
        {"family": "Group", "given": "Anna"},
        {"literal": "Tom and Jerry"},
    ]


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


@pytest.mark.parametrize("name", REGISTRIES)
def test_citeproc_renders_every_reference_with_its_volume_pages_and_family_names(name):
    registry = REGISTRIES[name]
    references = [registry.article, *registry.references]
    for reference, item in zip(references, to_csl_json(registry), strict=True):
        printed = None if len(reference.authors) < HARVARD_ET_AL_MIN else 1
        assert_rendering_shows_the_reference(harvard(item), reference, printed)


def test_the_rendering_check_fails_on_a_family_name_split_at_its_last_word():
    """The check above can fail: a name split as the old export split it is caught."""
    reference = extended_registry().reference("abo-el-fetouh-2022")
    (item,) = to_csl_json([reference])
    item["author"][0] = {"family": "El-Fetouh", "given": "Rania A. M. Abo"}
    with pytest.raises(AssertionError, match="Abo El-Fetouh"):
        assert_rendering_shows_the_reference(harvard(item), reference, None)
    williams = extended_registry().reference("williams-1993")
    (item,) = to_csl_json([williams])
    item["author"] = [{"family": "K", "given": "Williams"}]
    with pytest.raises(AssertionError, match="Williams"):
        assert_rendering_shows_the_reference(harvard(item), williams, None)
    wang = default_registry().reference("wang-2023")
    (item,) = to_csl_json([wang])
    del item["page"]
    with pytest.raises(AssertionError, match="wang-2023"):
        assert_rendering_shows_the_reference(harvard(item), wang, None)


def test_the_family_names_expected_come_from_the_table_and_the_ids():
    registry = extended_registry()
    assert family_names(registry.reference("abo-el-fetouh-2022"))[0] == "Abo El-Fetouh"
    assert family_names(registry.article) == ["El-Sayed"]
    assert family_names(registry.reference("williams-1993")) == ["Williams"]
    assert family_names(registry.reference("johnson-kotermanski-2006")) == [
        "Johnson",
        "Kotermanski",
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
            assert_name_cuts(name, author)
        year = None if reference.year is None else {"date-parts": [[reference.year]]}
        assert item.get("issued") == year
        for variable, value in (
            ("title", reference.title),
            ("container-title", reference.journal),
            ("volume", reference.volume),
            ("issue", reference.issue),
            ("page", reference.pages or reference.article_number),
            ("number", reference.article_number),
            ("version", reference.version),
            ("DOI", reference.doi),
            ("PMID", reference.pmid),
            ("PMCID", reference.pmcid),
            ("URL", reference.url),
        ):
            assert item.get(variable) == value
        assert item["note"] == short_note(reference)
        assert item["annote"] == full_note(reference)


def assert_name_cuts(name, author):
    """*name* is *author* whole, or cut in two at a comma or between two words, nothing lost."""
    if "literal" in name:
        assert name == {"literal": author}
        return
    family, comma, given = (part.strip() for part in author.partition(","))
    if comma:
        assert name == {"family": family, "given": given}
        return
    words = author.split()
    family_words = name["family"].split()
    given_words = name.get("given", "").split()
    assert given_words or len(words) == len(family_words)
    assert words in ([*given_words, *family_words], [*family_words, *given_words])


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
