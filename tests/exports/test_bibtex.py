"""BibTeX: what the references hold, nothing more, readable by a real parser."""

from __future__ import annotations

import re

import bibtexparser
import pytest
from bibtexparser import middlewares
from hypothesis import example, given
from pybtex.database import parse_string as pybtex_parse
from pybtex.plugin import find_plugin

from nmda_pain import (
    Reference,
    ReferenceKind,
    Registry,
    VerificationStatus,
    default_registry,
    extended_registry,
)
from nmda_pain.exports import to_bibtex
from tests.exports.test_csl import (
    REGISTRIES,
    assert_rendering_shows_the_reference,
    family_names,
    full_note,
    short_note,
)
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
# The fields BibTeX's plain.bst, and pybtex, require of an @article.
ARTICLE_FIELDS = ("authors", "title", "journal", "year")

PLAIN = find_plugin("pybtex.style.formatting", "plain")()
TEXT = find_plugin("pybtex.backends", "text")()


def is_article(reference):
    """Whether *reference* is written as an @article: a journal article with every required field."""
    complete = all(getattr(reference, name) not in (None, ()) for name in ARTICLE_FIELDS)
    return reference.kind is ReferenceKind.JOURNAL_ARTICLE and complete


def howpublished(reference):
    """An @misc's ``howpublished``: the journal, then volume(issue):pages where the record has them."""
    locator = reference.pages or reference.article_number
    location = (reference.volume or "") + (f"({reference.issue})" if reference.issue else "")
    if locator is not None:
        location = f"{location}:{en_dashes(locator)}" if location else en_dashes(locator)
    return " ".join(part for part in (reference.journal, location) if part) or None


def plain(text):
    """Each entry of the BibTeX *text*, by key, rendered by pybtex's plain style as plain text."""
    database = pybtex_parse(text, "bibtex")
    return {
        entry.key: entry.text.render(TEXT)
        for entry in PLAIN.format_entries(database.entries.values())
    }, database


def unbrace_words(text):
    """*text*, a part of a name as written (escaped), without the braces around a word with an escape.

    A word of escaped text that starts with a brace is one the export braced:
    a brace of the name itself is written ``\\textbraceleft{}``.
    """
    return re.sub(r"(?<!\S)\{(\S*)\}(?!\S)", r"\1", text)


def assert_name_cuts(written, author):
    """*written* (as parsed, escaped) is *author* braced whole, or cut in two as ``Family, Given``.

    Independent of how the export chose the cut: whatever it chose, BibTeX
    must read back every word of the name, in the name's order.
    """
    if unescape(written) == f"{{{author}}}":
        return
    family, comma, given = (unescape(unbrace_words(part)) for part in written.partition(", "))
    words = author.split()
    if not comma:
        assert family.split() == words
    elif "," in author:
        stored_family, _, stored_given = author.partition(",")
        assert (family, given) == (stored_family.strip(), stored_given.strip())
    else:
        assert words in ([*given.split(), *family.split()], [*family.split(), *given.split()])


def test_bibtex_of_the_shipped_references_parses_and_round_trips():
    text = to_bibtex(ALL_SHIPPED)
    entries = parse(text)
    assert len(entries) == len(ALL_SHIPPED)
    for entry, reference in zip(entries, ALL_SHIPPED, strict=True):
        fields = {key: field.value for key, field in entry.fields_dict.items()}
        article = is_article(reference)
        assert entry.entry_type == ("article" if article else "misc")
        assert entry.key == reference.id
        assert unescape(fields.pop("note")) == short_note(reference)
        assert unescape(fields.pop("annote")) == full_note(reference)
        for written, author in zip(fields.pop("author", ()), reference.authors, strict=True):
            assert_name_cuts(written, author)
        locator = reference.pages or reference.article_number
        expected = {
            "title": None if reference.title is None else f"{{{reference.title}}}",
            "journal" if article else "howpublished": (
                reference.journal if article else howpublished(reference)
            ),
            "year": None if reference.year is None else str(reference.year),
            "volume": reference.volume,
            "number": reference.issue,
            "pages": None if locator is None else locator.replace("-", "--"),
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
    by_key = {entry.key: entry for entry in entries}
    assert by_key["ragab-2021"]["pages"] == "E1029--E1044"
    assert by_key["abo-el-fetouh-2022"]["author"][0] == "Abo El-Fetouh, Rania A. M."
    assert by_key["williams-1993"]["author"] == ["Williams, K"]
    assert by_key["wang-2023"]["pages"] == by_key["wang-2023"]["eid"] == "421"
    assert by_key["phillips-2020"]["howpublished"] == "Brain Sci 10:928"


@pytest.mark.parametrize("name", REGISTRIES)
def test_pybtex_renders_every_reference_with_its_volume_pages_and_family_names(name):
    registry = REGISTRIES[name]
    references = [registry.article, *registry.references]
    rendered, database = plain(to_bibtex(registry))
    assert rendered.keys() == {reference.id for reference in references}
    for reference in references:
        assert_rendering_shows_the_reference(rendered[reference.id], reference, None)
        persons = database.entries[reference.id].persons.get("author", [])
        read = [" ".join((*person.prelast_names, *person.last_names)) for person in persons]
        assert read == family_names(reference), reference.id


def test_pybtex_prints_an_institution_as_written():
    reference = Reference(
        id="r",
        kind=ReferenceKind.DATABASE_RELEASE,
        authors=("nmda_pain curators", "World Health Organization", "Jan van der Berg"),
        institutional_authors=("nmda_pain curators", "World Health Organization"),
        title="T",
    )
    text = to_bibtex([reference])
    assert (
        "  author = {{nmda\\_pain curators} and {World Health Organization} and van der Berg, Jan},\n"
        in text
    )
    rendered, database = plain(text)
    assert rendered["r"].startswith(
        "nmda_pain curators, World Health Organization, and Jan van der Berg. T."
    )
    (curators, _, berg) = database.entries["r"].persons["author"]
    assert (curators.first_names, berg.prelast_names, berg.last_names) == (
        [],
        ["van", "der"],
        ["Berg"],
    )


def test_pybtex_splits_a_person_whose_name_has_an_institutions_word():
    reference = Reference(id="r", authors=("Mary Center", "Tom and Jerry"), title="T")
    text = to_bibtex([reference])
    assert "  author = {Center, Mary and {Tom and Jerry}},\n" in text
    _, database = plain(text)
    (center, jerry) = database.entries["r"].persons["author"]
    assert (center.first_names, center.last_names) == (["Mary"], ["Center"])
    assert (jerry.first_names, jerry.last_names) == ([], ["{Tom and Jerry}"])


def test_a_paper_without_the_fields_of_an_article_is_a_misc_that_keeps_its_location():
    paper = Reference(
        id="p",
        authors=("Lord",),
        journal="Eur J Pharmacol",
        year=2013,
        volume="715",
        issue="2",
        pages="21-25",
    )
    bare = Reference(id="q", volume="3", issue="1", article_number="e7", pmid="10229619")
    pages_only = Reference(id="s", journal="J", pages="5-6")
    text = to_bibtex([paper, bare, pages_only])
    assert (
        "@misc{p,\n  author = {Lord},\n  howpublished = {Eur J Pharmacol 715(2):21--25},\n" in text
    )
    assert "@misc{q,\n  howpublished = {3(1):e7},\n" in text
    assert "@misc{s,\n  howpublished = {J 5--6},\n" in text
    rendered, _ = plain(text)
    assert (
        rendered["p"] == "Lord. Eur J Pharmacol 715(2):21\u201325, 2013. Verification: unverified."
    )
    assert rendered["q"].startswith("3(1):e7. Verification: unverified.")


def pybtex_cut(person):
    """The family and the given names pybtex reads in a name, as lists of words."""
    family = [*person.prelast_names, *person.last_names]
    given = [*person.first_names, *person.middle_names]
    return [" ".join(family).split(), " ".join(given).split()]


def written_cut(written, author):
    """The family and the given names of *written* (one name as bibtexparser splits it), as words."""
    if unescape(written) == f"{{{author}}}":
        return [written.split(), []]
    family, _, given = written.partition(", ")
    return [family.split(), given.split()]


# Found by hypothesis: bibtexparser lost a word of escapes alone before the "and" after it.
@example((Reference(id="00", authors=("% '", "% %", "0")), Reference(id="0", authors=("% %", "0"))))
@example((Reference(id="r", authors=("Smith, a%nd", "%B Jones", "x $", "$ $ $")),))
@given(unique_references())
def test_bibtex_round_trips_any_text(refs):
    text = to_bibtex(refs)
    entries = parse(text)
    database = pybtex_parse(text, "bibtex")
    assert [entry.key for entry in entries] == [r.id for r in refs]
    for entry, reference in zip(entries, refs, strict=True):
        article = is_article(reference)
        assert entry.entry_type == ("article" if article else "misc")
        persons = database.entries[reference.id].persons.get("author", [])
        written = value_of(entry, "author", [])
        for name, person, author in zip(written, persons, reference.authors, strict=True):
            assert_name_cuts(name, author)
            assert pybtex_cut(person) == written_cut(name, author)
        title = value_of(entry, "title")
        assert (None if title is None else unescape(unbrace(title))) == reference.title
        if article:
            assert unescape(entry["journal"]) == reference.journal
        else:
            assert (
                unescape(entry["howpublished"]) if "howpublished" in entry else None
            ) == howpublished(reference)
        assert value_of(entry, "year") == (None if reference.year is None else str(reference.year))
        locator = reference.pages or reference.article_number
        if locator is not None:
            assert unescape(entry["pages"]) == en_dashes(locator)
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
        assert unescape(entry["note"]) == short_note(reference)
        assert unescape(entry["annote"]) == full_note(reference)
        assert all(field.value != "" for field in entry.fields)


def test_bibtex_escapes_every_special_character():
    reference = Reference(
        id="odd-2020",
        authors=(
            "Smith, John",
            "Tom and Jerry",
            "Ann Andrews",
            "_Under Score",
            "A, B, C",
            "Ann %Percent",
            "%Odd Name",
        ),
        title="50% of {A} & $B$ #1 a_b ~c^d \\e",
        journal="J & J",
        year=2020,
        pages="1-2--3",
        doi="10.1000/a_{b}",
    )
    text = to_bibtex([reference])
    assert (
        "  author = {Smith, John and {Tom and Jerry} and Andrews, Ann and Score, {\\_Under} and "
        "{A, B, C} and {\\%Percent}, Ann and Name, {\\%Odd}},\n"
    ) in text
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
        "Andrews, Ann",
        "Score, {\\_Under}",
        "{A, B, C}",
        "{\\%Percent}, Ann",
        "Name, {\\%Odd}",
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
        "  note = {Verification: verified.},\n"
        "  annote = {Accession: ligand\\_id\\_mapping.csv. Verification: verified.}\n"
        "}\n"
        "\n"
        "@misc{bare-2020,\n"
        "  pmid = {10229619},\n"
        "  note = {Verification: unverified.},\n"
        "  annote = {Verification: unverified.}\n"
        "}\n"
    )
    first, second = parse(text)
    assert (first.entry_type, second.entry_type) == ("misc", "misc")
    assert second.fields_dict.keys() == {"pmid", "note", "annote"}


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
