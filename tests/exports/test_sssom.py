"""The SSSOM export: read back and validated by the sssom toolkit, offline; every mapping comes back."""

from __future__ import annotations

import csv
import logging
import socket
import warnings
from collections import Counter
from pathlib import Path

import pytest
import yaml

from nmda_pain import (
    Agent,
    Curie,
    Mapping,
    MatchPredicate,
    Reference,
    ReferenceKind,
    Registry,
    __version__,
    default_registry,
    extended_registry,
)
from nmda_pain.biolink import LOCAL_NAMESPACE, LOCAL_PREFIX, category
from nmda_pain.exports import sssom as sssom_export
from nmda_pain.exports.sssom import SSSOM_COLUMNS, write_sssom
from nmda_pain.model import PREFIXES
from nmda_pain.model.identifiers import doi_url

with warnings.catch_warnings():
    # sssom 0.4.21 sets pandas' copy_on_write option on import, which pandas 3 deprecates.
    warnings.filterwarnings("ignore", message="The 'mode.copy_on_write' option is deprecated")
    from sssom.constants import SchemaValidationType
    from sssom.parsers import parse_sssom_table
    from sssom.validators import validate

# sssom 0.4.21 still calls pandas APIs that pandas 3 deprecates (``inplace=``); not our warnings.
# Pandas4Warning is a DeprecationWarning that pandas 2 (all Python 3.10 has) does not define.
# With pandas 2, the same calls warn of future behaviour instead.
pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning:sssom"),
    pytest.mark.filterwarnings("ignore::FutureWarning:sssom"),
]

# Every check the toolkit can run: SHACL and SPARQL validation raise NotImplementedError in it.
VALIDATIONS = [
    SchemaValidationType.JsonSchema,
    SchemaValidationType.PrefixMapCompleteness,
    SchemaValidationType.StrictCurieFormat,
]
SKOS = {
    MatchPredicate.EXACT: "skos:exactMatch",
    MatchPredicate.CLOSE: "skos:closeMatch",
    MatchPredicate.BROAD: "skos:broadMatch",
    MatchPredicate.NARROW: "skos:narrowMatch",
    MatchPredicate.RELATED: "skos:relatedMatch",
}
SHIPPED = pytest.mark.parametrize(
    "build", [default_registry, extended_registry], ids=["default", "extended"]
)


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    """Any attempt to reach the network fails the test: the toolkit must work offline."""

    def refuse(*args, **_kwargs):
        msg = f"network access attempted: {args!r}"
        raise AssertionError(msg)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def parse(path):
    with Path(path).open(encoding="utf-8") as stream:
        return parse_sssom_table(stream)


def header(path):
    """The YAML metadata block, read apart from the toolkit."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return yaml.safe_load("\n".join(line[1:] for line in lines if line.startswith("#")))


def records(msdf):
    return msdf.df.fillna("").to_dict("records")


def local(identifier):
    return f"{LOCAL_PREFIX}:{identifier}"


def source_uri(reference):
    """What a reference is in see_also, spelled out from its fields: Biolink's expansions."""
    if reference.pmid is not None:
        return f"http://www.ncbi.nlm.nih.gov/pubmed/{reference.pmid}"
    if reference.pmcid is not None:
        return f"http://europepmc.org/articles/{reference.pmcid}"
    if reference.doi is not None:
        return doi_url(reference.doi)
    return f"urn:nmda-pain:reference.{reference.id}"


# -- the shipped registries, through the toolkit ----------------------------------------------


@SHIPPED
def test_the_toolkit_reads_and_validates_the_shipped_sets_offline(build, tmp_path, caplog):
    registry = build()
    path = write_sssom(registry, tmp_path / "nmda_pain.sssom.tsv")
    assert path == tmp_path / "nmda_pain.sssom.tsv"
    with caplog.at_level(logging.WARNING):
        msdf = parse(path)
    # strict=True would say this, but it is inverted in sssom 0.4.21 (it fails valid metadata):
    # no non-standard metadata, no redefined built-in prefix, no mapping dropped.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    reports = validate(msdf, VALIDATIONS, fail_on_error=True)
    assert set(reports) == set(VALIDATIONS)
    assert all(report.results == [] for report in reports.values())

    expected = Counter(
        (local(m.subject), SKOS[m.predicate], m.object.biolink) for m in registry.mappings
    )
    got = Counter((r["subject_id"], r["predicate_id"], r["object_id"]) for r in records(msdf))
    assert got == expected
    assert len(msdf.df) == len(registry.mappings)


@SHIPPED
def test_every_cell_says_what_its_mapping_holds(build, tmp_path):
    registry = build()
    msdf = parse(write_sssom(registry, tmp_path / "set.sssom.tsv"))
    rows = {(r["subject_id"], r["object_id"]): r for r in records(msdf)}
    for mapping in registry.mappings:
        entity = registry.index.by_id[mapping.subject]
        row = rows[local(mapping.subject), mapping.object.biolink]
        assert row["subject_label"] == entity.name
        assert row["subject_category"] == category(entity)
        assert row["object_label"] == (mapping.object_label or "")
        assert row["mapping_justification"] == "semapv:ManualMappingCuration"
        assert row["author_label"] == "the nmda_pain developers"
        assert row["comment"] == " ".join(mapping.notes.split())
        sources = [registry.index.references[ref] for ref in mapping.references]
        assert row["see_also"].split("|") == [source_uri(ref) for ref in sources]
    assert list(msdf.df.columns) == list(SSSOM_COLUMNS)


@SHIPPED
def test_identifiers_expand_to_the_namespaces_iris(build, tmp_path):
    registry = build()
    msdf = parse(write_sssom(registry, tmp_path / "set.sssom.tsv"))
    for mapping in registry.mappings:
        assert msdf.converter.expand(local(mapping.subject)) == LOCAL_NAMESPACE + mapping.subject
        assert (
            msdf.converter.expand(mapping.object.biolink)
            == PREFIXES[mapping.object.prefix].iri + mapping.object.identifier
        )
    assert LOCAL_NAMESPACE == "urn:nmda-pain:"
    assert msdf.converter.expand("CHEBI:6121") == "http://purl.obolibrary.org/obo/CHEBI_6121"


@SHIPPED
def test_the_curie_map_holds_every_prefix_used_and_no_other(build, tmp_path):
    registry = build()
    metadata = header(write_sssom(registry, tmp_path / "set.sssom.tsv"))
    objects = {m.object.biolink.partition(":")[0] for m in registry.mappings}
    assert set(metadata["curie_map"]) == {LOCAL_PREFIX, "skos", "semapv", "biolink", *objects}
    assert metadata["curie_map"][LOCAL_PREFIX] == "urn:nmda-pain:"
    assert metadata["curie_map"]["skos"] == "http://www.w3.org/2004/02/skos/core#"
    assert metadata["curie_map"]["semapv"] == "https://w3id.org/semapv/vocab/"
    assert metadata["curie_map"]["biolink"] == "https://w3id.org/biolink/vocab/"


@SHIPPED
def test_the_set_metadata(build, tmp_path):
    path = write_sssom(build(), tmp_path / "set.sssom.tsv")
    metadata = header(path)
    assert metadata["license"] == "https://spdx.org/licenses/MIT.html"
    assert metadata["mapping_set_version"] == __version__
    assert metadata["creator_label"] == ["the nmda_pain developers"]
    assert metadata["mapping_set_id"].startswith("urn:nmda-pain:mapping-set.")
    assert metadata["mapping_set_title"]
    assert metadata["mapping_set_description"]
    assert parse(path).metadata["mapping_set_id"] == metadata["mapping_set_id"]


def test_the_validation_has_teeth(tmp_path, monkeypatch, caplog):
    """The checks above would fail on a wrong justification or a prefix left out."""
    monkeypatch.setattr(sssom_export, "MAPPING_JUSTIFICATION", "semapv:Guessing")
    msdf = parse(write_sssom(default_registry(), tmp_path / "bad.sssom.tsv"))
    with caplog.at_level(logging.CRITICAL):
        report = validate(msdf, [SchemaValidationType.JsonSchema], fail_on_error=False)
    assert report[SchemaValidationType.JsonSchema].results
    monkeypatch.undo()
    dropping = sssom_export._curie_map
    monkeypatch.setattr(
        sssom_export,
        "_curie_map",
        lambda rows: {k: v for k, v in dropping(rows).items() if k != "CHEBI"},
    )
    msdf = parse(write_sssom(default_registry(), tmp_path / "bare.sssom.tsv"))
    with caplog.at_level(logging.CRITICAL):
        report = validate(msdf, [SchemaValidationType.PrefixMapCompleteness], fail_on_error=False)
    assert "Missing prefix: CHEBI" in {
        r.message for r in report[SchemaValidationType.PrefixMapCompleteness].results
    }


# -- the prefixes ---------------------------------------------------------------------------


def test_each_vocabulary_expands_to_its_prefixs_iri_under_the_prefix_the_rows_use():
    expansions = sssom_export._expansions()
    for prefix, entry in PREFIXES.items():
        assert expansions[entry.biolink or prefix] == entry.iri
    assert expansions["CHEBI"] == "http://purl.obolibrary.org/obo/CHEBI_"
    assert expansions["atc"] == "https://bioregistry.io/atc:"


# -- a registry of one's own ----------------------------------------------------------------

ASPIRIN = Agent(id="aspirin", name="Aspirin")
PAPER = Reference(id="paper", title="A paper", pmid="123", pmcid="PMC77", doi="10.1000/x")
CENTRAL = Reference(id="central", title="A deposit", pmcid="PMC77", doi="10.1000/y")
ODD_DOI = Reference(id="odd", title="An odd DOI", doi='10.1002/(SICI)1097<x>|y"z#w')
RELEASE = Reference(id="release", kind=ReferenceKind.DATABASE_RELEASE, title="A DB", version="1")
SOURCES = (PAPER, CENTRAL, ODD_DOI, RELEASE)
MAPPING_FIELDS = {
    "subject": "aspirin",
    "predicate": MatchPredicate.CLOSE,
    "object": Curie.parse("CHEBI:15365"),
    "object_label": 'acetylsalicylic acid, "ASA"',
    "references": tuple(ref.id for ref in SOURCES),
    "notes": "two\nlines\tand a tab | and a bar",
}


def own(**changes):
    """Aspirin, mapped to ChEBI with an odd label and notes, citing every kind of source."""
    mapping = Mapping(**{**MAPPING_FIELDS, **changes})
    return Registry(agents=(ASPIRIN,), references=SOURCES, mappings=(mapping,))


def test_a_source_is_its_pubmed_then_pmc_then_doi_link_else_its_urn(tmp_path):
    msdf = parse(write_sssom(own(), tmp_path / "own.sssom.tsv"))
    (row,) = records(msdf)
    assert row["see_also"].split("|") == [
        "http://www.ncbi.nlm.nih.gov/pubmed/123",
        "http://europepmc.org/articles/PMC77",
        "https://doi.org/10.1002/(SICI)1097%3Cx%3E%7Cy%22z%23w",
        "urn:nmda-pain:reference.release",
    ]
    assert all(report.results == [] for report in validate(msdf, VALIDATIONS).values())


def test_texts_are_one_line_and_quotes_round_trip(tmp_path):
    path = write_sssom(own(), tmp_path / "own.sssom.tsv")
    (row,) = records(parse(path))
    assert row["object_label"] == 'acetylsalicylic acid, "ASA"'
    assert row["comment"] == "two lines and a tab | and a bar"
    assert row["subject_category"] == "biolink:SmallMolecule"
    body = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert len(body) == 2
    assert [len(line.split("\t")) for line in body] == [len(SSSOM_COLUMNS)] * 2


def test_two_records_of_one_publication_are_named_once(tmp_path):
    copy = Reference(id="paper-copy", title="The same paper", pmid="123")
    registry = Registry(
        agents=(ASPIRIN,),
        references=(PAPER, copy),
        mappings=(Mapping(**{**MAPPING_FIELDS, "references": ("paper", "paper-copy")}),),
    )
    (row,) = records(parse(write_sssom(registry, tmp_path / "own.sssom.tsv")))
    assert row["see_also"] == "http://www.ncbi.nlm.nih.gov/pubmed/123"


def test_a_mapping_without_label_or_notes_leaves_those_cells_empty(tmp_path):
    path = write_sssom(own(object_label=None, notes=""), tmp_path / "own.sssom.tsv")
    with path.open(encoding="utf-8", newline="") as stream:
        lines = [line for line in stream if not line.startswith("#")]
    (row,) = csv.DictReader(lines, delimiter="\t")
    assert row["object_label"] == ""
    assert row["comment"] == ""
    (parsed,) = records(parse(path))  # the toolkit drops the empty columns, and reads the rest
    assert parsed["object_id"] == "CHEBI:15365"


def test_the_set_id_licence_and_author_can_be_given(tmp_path):
    path = write_sssom(
        own(),
        tmp_path / "own.sssom.tsv",
        mapping_set_id="https://example.org/my.sssom.tsv",
        license="https://creativecommons.org/publicdomain/zero/1.0/",
        author="Ann  Smith",
    )
    metadata = header(path)
    assert metadata["mapping_set_id"] == "https://example.org/my.sssom.tsv"
    assert metadata["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert metadata["creator_label"] == ["Ann Smith"]
    (row,) = records(parse(path))
    assert row["author_label"] == "Ann Smith"


def test_an_author_with_the_list_delimiter_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(ValueError, match=r"'A \| B' holds a '\|'"):
        write_sssom(own(), tmp_path / "own.sssom.tsv", author="A | B")
    assert list(tmp_path.iterdir()) == []


def test_the_default_set_id_follows_the_mappings(tmp_path):
    first = header(write_sssom(default_registry(), tmp_path / "a.tsv"))["mapping_set_id"]
    again = header(write_sssom(default_registry(), tmp_path / "b.tsv"))["mapping_set_id"]
    extended = header(write_sssom(extended_registry(), tmp_path / "c.tsv"))["mapping_set_id"]
    assert first == again
    assert extended != first


def test_an_empty_registry_writes_the_header_alone(tmp_path):
    path = write_sssom(Registry(), str(tmp_path / "empty.sssom.tsv"))
    assert isinstance(path, Path)
    assert header(path)["curie_map"] == {}
    assert path.read_text(encoding="utf-8").splitlines()[-1] == "\t".join(SSSOM_COLUMNS)


# -- writing --------------------------------------------------------------------------------


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    path = tmp_path / "set.sssom.tsv"
    path.write_text("the old file", encoding="utf-8")

    def fail(*_args, **_kwargs):
        msg = "disk full"
        raise OSError(msg)

    monkeypatch.setattr(Path, "write_text", fail)
    with pytest.raises(OSError, match="disk full"):
        write_sssom(default_registry(), path)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "the old file"
    assert [p.name for p in tmp_path.iterdir()] == ["set.sssom.tsv"]


def test_a_missing_folder_is_an_error_that_names_the_path(tmp_path):
    target = tmp_path / "missing" / "set.sssom.tsv"
    with pytest.raises(FileNotFoundError) as info:
        write_sssom(default_registry(), target)
    assert info.value.filename == str(target)


def test_a_directory_in_the_way_is_an_error_and_leaves_nothing_behind(tmp_path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "inside").touch()
    with pytest.raises(OSError) as info:  # noqa: PT011 -- IsADirectoryError on POSIX, PermissionError on Windows
        write_sssom(default_registry(), tmp_path / "taken")
    assert str(tmp_path / "taken") in str(info.value)
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
