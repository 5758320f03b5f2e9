"""CURIEs: pinned prefixes and patterns, canonical and Biolink forms, IRIs, resolvable links.

How a registry resolves an identifier is tested in ``tests/registry/test_registry.py``;
the shipped identifiers against the reference table in ``tests/data/``.
"""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from prefixmaps.io.parser import load_context

from nmda_pain import Curie, Reference
from nmda_pain.model import PREFIXES
from tests.strategies import curies


@pytest.mark.parametrize(
    ("text", "canonical", "biolink"),
    [
        ("CHEBI:6121", "chebi:6121", "CHEBI:6121"),
        ("chebi:6121", "chebi:6121", "CHEBI:6121"),
        ("pubchem.compound:3821", "pubchem.compound:3821", "PUBCHEM.COMPOUND:3821"),
        ("PUBCHEM.COMPOUND:3821", "pubchem.compound:3821", "PUBCHEM.COMPOUND:3821"),
        ("DRUGBANK:DB01221", "drugbank:DB01221", "DRUGBANK:DB01221"),
        ("CHEMBL.COMPOUND:CHEMBL742", "chembl.compound:CHEMBL742", "CHEMBL.COMPOUND:CHEMBL742"),
        ("UniProtKB:Q05586", "uniprot:Q05586", "UniProtKB:Q05586"),
        ("HGNC:4584", "hgnc:4584", "HGNC:4584"),
        ("NCBIGene:2902", "ncbigene:2902", "NCBIGene:2902"),
        ("MONDO:0021667", "mondo:0021667", "MONDO:0021667"),
        ("HP:6000040", "hp:6000040", "HP:6000040"),
        ("MESH:D007649", "mesh:D007649", "MESH:D007649"),
        ("GTOPDB:4233", "iuphar.ligand:4233", "GTOPDB:4233"),
        ("iuphar.receptor:455", "iuphar.receptor:455", "iuphar.receptor:455"),
        ("atc:N01AX03", "atc:N01AX03", "atc:N01AX03"),
        ("PMID:9058409", "pubmed:9058409", "PMID:9058409"),
        (
            "doi:10.37421/2684-5997.2025.8.296",
            "doi:10.37421/2684-5997.2025.8.296",
            "doi:10.37421/2684-5997.2025.8.296",
        ),
    ],
)
def test_parse_accepts_each_spelling_and_gives_both_forms(text, canonical, biolink):
    curie = Curie.parse(text)
    assert (curie.canonical, curie.biolink, str(curie)) == (canonical, biolink, canonical)


def test_urls_resolve_through_doi_org_or_bioregistry():
    assert Curie.parse("doi:10.1000/xyz").url == "https://doi.org/10.1000/xyz"
    assert Curie.parse("CHEBI:6121").url == "https://bioregistry.io/chebi:6121"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chebi", "is not a CURIE"),
        ("chebi:", "is not a CURIE"),
        ("foo:1", "'foo' is not a known prefix"),
        ("chebi:abc", "'abc' is not a valid ChEBI id"),
        ("drugbank:DB1", "'DB1' is not a valid DrugBank id"),
        ("mondo:21667", "'21667' is not a valid Mondo Disease Ontology id"),
        ("mesh:X123", "'X123' is not a valid MeSH id"),
        ("uniprot:q05586", "'q05586' is not a valid UniProt protein id"),
    ],
)
def test_malformed_curies_are_refused(text, message):
    with pytest.raises(ValueError, match=message):
        Curie.parse(text)


def test_the_constructor_checks_too():
    with pytest.raises(ValueError, match="not a known prefix"):
        Curie("CHEBI", "6121")
    with pytest.raises(TypeError, match="identifier must be a string"):
        Curie("chebi", 6121)  # type: ignore[arg-type]


def test_curies_order_and_compare_by_value():
    assert Curie.parse("CHEBI:6121") == Curie("chebi", "6121")
    assert sorted([Curie.parse("mesh:D1"), Curie.parse("chebi:2")]) == [
        Curie("chebi", "2"),
        Curie("mesh", "D1"),
    ]


@given(st.sampled_from(sorted(PREFIXES)), st.text(max_size=12))
def test_parse_either_succeeds_with_a_matching_id_or_raises_value_error(prefix, local):
    try:
        curie = Curie.parse(f"{prefix}:{local}")
    except ValueError:
        return
    assert PREFIXES[curie.prefix].pattern.fullmatch(curie.identifier)


@pytest.mark.parametrize(
    ("doi", "url"),
    [
        ("10.37421/2684-5997.2025.8.296", "https://doi.org/10.37421/2684-5997.2025.8.296"),
        # a SICI DOI: < and > may not stand in a URL
        (
            "10.1002/(SICI)1097-4636(199706)35:4<519::AID-JBM12>3.0.CO;2-J",
            "https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%3C519::AID-JBM12%3E3.0.CO;2-J",
        ),
        # '#' would start a fragment, '?' a query, and '%' an escape
        ("10.1000/a#b?c%d", "https://doi.org/10.1000/a%23b%3Fc%25d"),
        ("10.1000/a+b", "https://doi.org/10.1000/a%2Bb"),  # the DOI Handbook encodes '+' too
    ],
)
def test_doi_links_are_percent_encoded_where_a_url_requires(doi, url):
    assert Curie.parse(f"doi:{doi}").url == url
    reference = Reference(id="r", authors=("Roe J",), title="T", journal="J", year=2020, doi=doi)
    assert reference.doi_url == url


@pytest.mark.parametrize(
    "doi",
    [
        "10.1000/a\x1bb",
        "10.1000/a b",
        "10.1000/a\x85b",
        "10.1000/a\ufffeb",  # noncharacters and a lone surrogate: no text at all
        "10.1000/a\U0010ffffb",
        "10.1000/a\ufdd0b",
        "10.1000/a\ud800b",
    ],
)
def test_dois_and_curies_refuse_whitespace_control_characters_and_non_text(doi):
    with pytest.raises(ValueError, match=r"DOI|doi"):
        Reference(id="r", authors=("A B",), title="T", journal="J", year=2020, doi=doi)
    with pytest.raises(ValueError, match="whitespace, a control character, a lone surrogate"):
        Curie.parse(f"doi:{doi}")


# -- IRIs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("CHEBI:6121", "http://purl.obolibrary.org/obo/CHEBI_6121"),
        ("PUBCHEM.COMPOUND:3821", "http://identifiers.org/pubchem.compound/3821"),
        ("DRUGBANK:DB01221", "http://identifiers.org/drugbank/DB01221"),
        ("MESH:D007649", "http://id.nlm.nih.gov/mesh/D007649"),
        ("UniProtKB:Q05586", "http://purl.uniprot.org/uniprot/Q05586"),
        ("EFO:0005762", "http://www.ebi.ac.uk/efo/EFO_0005762"),
        ("PMID:9058409", "http://www.ncbi.nlm.nih.gov/pubmed/9058409"),
        ("atc:N01AX03", "https://bioregistry.io/atc:N01AX03"),
        ("iuphar.receptor:455", "https://bioregistry.io/iuphar.receptor:455"),
        ("FPLX:GRIN", "https://bioregistry.io/fplx:GRIN"),
        ("doi:10.1000/a#b", "https://doi.org/10.1000/a%23b"),
    ],
)
def test_a_curie_expands_to_its_prefixs_iri(text, iri):
    assert Curie.parse(text).iri == iri


def test_a_prefix_biolinks_map_lacks_expands_through_the_resolver_as_its_url_does():
    # which prefixes those are is checked against the map itself in tests/exports/test_kgx_tools.py
    resolved = {
        p for p, entry in PREFIXES.items() if entry.iri.startswith("https://bioregistry.io/")
    }
    assert {"atc", "iuphar.receptor", "fplx"} <= resolved
    for prefix in resolved:
        assert PREFIXES[prefix].iri == f"https://bioregistry.io/{prefix}:"
    for text in ("atc:N01AX03", "iuphar.receptor:455", "fplx:GRIN"):
        curie = Curie.parse(text)
        assert curie.iri == curie.url


def test_every_expansion_is_one_bioregistry_lists_for_the_namespace():
    listed: dict[str, set[str]] = {}
    for expansion in load_context("bioregistry").prefix_expansions:
        listed.setdefault(expansion.prefix.casefold(), set()).add(expansion.namespace)
    for prefix, entry in PREFIXES.items():
        assert entry.iri in listed[prefix], prefix
        assert "example.org" not in entry.iri


@given(curies())
def test_an_iri_is_its_prefixs_iri_and_the_id_percent_encoded_where_needed(curie):
    entry = PREFIXES[curie.prefix]
    assert curie.iri.startswith(entry.iri)
    local = curie.iri.removeprefix(entry.iri)
    assert unquote(local) == curie.identifier
    assert not set(local) & set(
        '<>"{}|\\^`#? '
    )  # nothing an IRI may not hold, no fragment or query
    if curie.prefix != "doi":  # no other pattern admits a character to encode
        assert local == curie.identifier
