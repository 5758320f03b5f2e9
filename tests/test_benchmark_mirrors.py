"""The benchmarks' strict mirrors (issue 15) refuse every bad document ``from_json`` refuses.

``benchmarks/_strict_mirrors.py`` holds msgspec and pydantic mirrors of the
registry document with the validation ``from_json`` does, so that the load
benchmark compares equal work. Here each bad document breaks one rule of a
valid one (the extended registry's: it gives nearly every field a value); each
must be refused by ``from_json`` and by both mirrors, each with its own error,
and the valid documents must load with all three: the shipped and synthetic
ones, valid edge cases, and every registry the test strategies draw. Drawn
texts put in fields of each kind (names, prose, units, DOIs, URLs, CURIEs)
must get the same verdict from all three readers. The rules the mirrors leave
out (a key repeated in one object, a number that reads as 0.0) are listed in
that module's docstring and are not in the corpus.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nmda_pain
from nmda_pain import RegistryFormatError, from_json, to_json
from nmda_pain.testing import synthetic_registry
from tests.strategies import registries

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if not (BENCHMARKS / "_strict_mirrors.py").is_file():  # the sdist holds no benchmarks/
    pytest.skip("no benchmarks/ beside tests/", allow_module_level=True)  # a failure in CI
if str(BENCHMARKS) not in sys.path:  # the benchmarks import each other from their folder
    sys.path.insert(0, str(BENCHMARKS))
strict_mirrors = importlib.import_module("_strict_mirrors")

Document = dict[str, Any]
Change = Callable[[Document], "str | bytes | None"]


BASE_TEXT = to_json(nmda_pain.extended_registry())


def _base() -> Document:
    """A fresh copy of the extended registry's document."""
    return json.loads(BASE_TEXT)


BASE = _base()


def _dump(document: Document, *, ascii_only: bool = False) -> str:
    return json.dumps(document, ensure_ascii=ascii_only, separators=(",", ":"))


def _first(items: list[Document], **wanted: object) -> Document:
    return next(item for item in items if all(item[k] == v for k, v in wanted.items()))


def _entity_ids(document: Document, family: str) -> set[str]:
    return {record["id"] for record in document[family]}


def _rename(value: Any, old: str, new: str) -> Any:
    """*value* with every string equal to *old* replaced by *new*: an id renamed everywhere."""
    if isinstance(value, dict):
        return {key: _rename(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [_rename(item, old, new) for item in value]
    return new if value == old else value


def _renamed(old: str, new: str) -> Change:
    def change(document: Document) -> str:
        return _dump(_rename(document, old, new))

    return change


def _measured(document: Document) -> Document:
    """A claim with a measured value."""
    return next(claim for claim in document["claims"] if claim["affinities"])


def _numbered(document: Document) -> Document:
    return next(ref for ref in document["references"] if ref["number"] is not None)


def _unnumbered(document: Document) -> Document:
    return next(ref for ref in document["references"] if ref["number"] is None)


def _set(path: tuple[Any, ...], *, to: object) -> Change:
    """Set the value at *path*; a callable step picks an item from the value before it."""

    def change(document: Document) -> None:
        target: Any = document
        for step in path[:-1]:
            target = step(target) if callable(step) else target[step]
        target[path[-1]] = to

    return change


def _with_placeholder(path: tuple[Any, ...], raw: str) -> Change:
    """Put *raw*, JSON text the json module does not write, at *path*."""

    def change(document: Document) -> str:
        _set(path, to="@@placeholder@@")(document)
        return _dump(document).replace('"@@placeholder@@"', raw)

    return change


def _agent(index: int) -> Callable[[Document], Document]:
    return lambda document: document["agents"][index]


def _claim_of(predicate: str) -> Callable[[Document], Document]:
    return lambda document: _first(document["claims"], predicate=predicate)


# -- Changes that need more than one assignment ------------------------------------------------


def _not_an_object(_document: Document) -> str:
    return "[]"


def _not_json(document: Document) -> str:
    return _dump(document)[:-1]


def _not_utf8(document: Document) -> bytes:
    document["agents"][0]["name"] = "@@placeholder@@"
    return _dump(document).encode().replace(b"@@placeholder@@", b"Keta\xffmine")


def _lone_surrogate(document: Document) -> str:
    document["agents"][0]["name"] = "Keta\ud800mine"
    return _dump(document, ascii_only=True)  # written as the escape \ud800, as a file holds it


def _raw_lone_surrogate(document: Document) -> str:
    document["agents"][0]["name"] = "Keta\ud800mine"
    return _dump(document)  # the surrogate itself in the str, as no file can hold it


def _without_family(document: Document) -> None:
    del document["mappings"]


def _without_name(document: Document) -> None:
    del document["agents"][0]["name"]


def _unknown_key(document: Document) -> None:
    document["agents"][0]["drug_class"] = None


def _unknown_top_level_key(document: Document) -> None:
    document["provenance"] = "a free-text source"


def _unknown_nested_key(document: Document) -> None:
    claim = next(claim for claim in document["claims"] if claim["mode"] is not None)
    claim["mode"]["source"] = "a free-text source"


def _synonyms(*names: str) -> Change:
    def change(document: Document) -> None:
        document["agents"][0]["synonyms"] = list(names)

    return change


def _synonym_is_the_name(document: Document) -> None:
    agent = document["agents"][0]
    agent["synonyms"] = [agent["name"].upper()]


def _name_of_another_entity(document: Document) -> None:
    document["agents"][1]["synonyms"].append(document["conditions"][0]["name"])


def _repeat_first(key: str) -> Change:
    """Repeat the first item of the array *key* of the first record that has one."""

    def change(document: Document) -> None:
        for family in ("agents", "receptors", "references", "claims", "mappings"):
            for record in document[family]:
                if record.get(key):
                    record[key].append(record[key][0])
                    return
                for item in record.get("evidence", ()):
                    if item.get(key):
                        item[key].append(item[key][0])
                        return
        raise AssertionError(key)

    return change


def _repeated_author(document: Document) -> None:
    reference = next(ref for ref in document["references"] if ref["authors"])
    reference["authors"].append(reference["authors"][0])


def _repeated_affinity(document: Document) -> None:
    claim = _measured(document)
    claim["affinities"].append(copy.deepcopy(claim["affinities"][0]))


def _evidence_cites_twice(document: Document) -> None:
    claim = document["claims"][0]
    twice = copy.deepcopy(claim["evidence"][0])
    twice["sections"] = (
        ["introduction"] if twice["sections"] != ["introduction"] else ["conclusion"]
    )
    claim["evidence"].append(twice)


def _mode_where_none_is_taken(document: Document) -> None:
    claim = _first(document["claims"], predicate="acts_via")
    claim["mode"] = {"action": "antagonist", "binding_site": None, "trapping": None}


def _affinity_where_none_is_taken(document: Document) -> None:
    affinity = copy.deepcopy(_measured(document)["affinities"][0])
    _first(document["claims"], predicate="treats")["affinities"] = [affinity]


def _via_where_none_is_taken(document: Document) -> None:
    claim = _first(document["claims"], predicate="antagonizes")
    claim["via"] = [document["mechanisms"][0]["id"]]


def _subject_is_object(document: Document) -> None:
    claim = _first(document["claims"], predicate="treats")
    claim["object"] = claim["subject"]


def _direction_on_exact_match(document: Document) -> None:
    _first(document["mappings"], predicate="exact_match")["direction"] = "decreased"


def _nothing_to_cite_by(document: Document) -> None:
    reference = _unnumbered(document)
    for key in ("title", "journal", "doi", "pmid", "pmcid", "accession", "url"):
        reference[key] = None
    reference["authors"] = []
    reference["institutional_authors"] = []


def _institutional(authors: list[str], institutional: list[str]) -> Change:
    def change(document: Document) -> None:
        reference = _unnumbered(document)
        reference["authors"] = authors
        reference["institutional_authors"] = institutional

    return change


def _unknown_subject(document: Document) -> None:
    document["claims"][0]["subject"] = "no-such-agent"


def _object_of_another_family(document: Document) -> None:
    _first(document["claims"], predicate="treats")["object"] = document["mechanisms"][0]["id"]


def _unknown_evidence_reference(document: Document) -> None:
    document["claims"][0]["evidence"][0]["reference"] = "no-such-reference"


def _via_not_a_mechanism(document: Document) -> None:
    claim = next(claim for claim in document["claims"] if claim["via"])
    claim["via"] = [document["conditions"][0]["id"]]


def _affinity_target_unknown(document: Document) -> None:
    _measured(document)["affinities"][0]["target"] = "no-such-receptor"


def _affinity_target_off_the_claim(document: Document) -> None:
    claim, receptor = next(
        (claim, receptor["id"])
        for claim in document["claims"]
        if claim["affinities"]
        for receptor in document["receptors"]
        if claim["object"] not in {receptor["id"], receptor["subunit_of"]}
    )
    claim["affinities"][0]["target"] = receptor


def _affinity_reference_unknown(document: Document) -> None:
    _measured(document)["affinities"][0]["references"] = ["no-such-reference"]


def _subunit_of(kind: str) -> Change:
    def change(document: Document) -> None:
        receptor = next(r for r in document["receptors"] if r["subunit_of"])
        receptor["subunit_of"] = (
            "no-such-receptor" if kind == "unknown" else document["enzymes"][0]["id"]
        )

    return change


def _mapping_subject_unknown(document: Document) -> None:
    document["mappings"][0]["subject"] = "no-such-entity"


def _mapping_reference_unknown(document: Document) -> None:
    document["mappings"][0]["references"] = ["no-such-reference"]


def _id_in_two_families(document: Document) -> None:
    document["conditions"].append(
        {"id": document["agents"][0]["id"], "name": "A condition of its own", "kind": "condition"}
    )


def _reference_id_twice(document: Document) -> None:
    twin = copy.deepcopy(_unnumbered(document))
    twin["title"] = "Another title"
    document["references"].append(twin)


def _reference_number_twice(document: Document) -> None:
    _unnumbered(document)["number"] = _numbered(document)["number"]


def _article_among_its_references(document: Document) -> None:
    document["article"]["id"] = document["references"][0]["id"]


def _claim_twice(document: Document) -> None:
    document["claims"].append(copy.deepcopy(document["claims"][0]))


def _mapping_twice(spelling: Callable[[str], str]) -> Change:
    def change(document: Document) -> None:
        twin = copy.deepcopy(document["mappings"][0])
        prefix, _, local = twin["object"].partition(":")
        twin["object"] = f"{spelling(prefix)}:{local}"
        twin["predicate"] = "close_match"
        document["mappings"].append(twin)

    return change


def _exact_match_of_two_entities(document: Document) -> None:
    twin = copy.deepcopy(_first(document["mappings"], predicate="exact_match"))
    mapped = {(m["subject"], m["object"]) for m in document["mappings"]}
    twin["subject"] = next(
        a["id"] for a in document["agents"] if (a["id"], twin["object"]) not in mapped
    )
    document["mappings"].append(twin)


def _numbered_reference_without_sections(document: Document) -> None:
    numbered = {ref["id"] for ref in document["references"] if ref["number"] is not None}
    for claim in document["claims"]:
        for item in claim["evidence"]:
            if item["reference"] in numbered:
                item["sections"] = []
                return
    raise AssertionError


def _member_of_a_drug(document: Document) -> None:
    kinds = {agent["id"]: agent["kind"] for agent in document["agents"]}
    claim = _first(document["claims"], predicate="member_of")
    taken = {(c["subject"], c["object"]) for c in document["claims"]}
    claim["object"] = next(
        agent
        for agent, kind in kinds.items()
        if kind == "drug" and agent != claim["subject"] and (claim["subject"], agent) not in taken
    )


def _class_cycle(document: Document) -> None:
    kinds = {agent["id"]: agent["kind"] for agent in document["agents"]}
    claim = next(
        c
        for c in document["claims"]
        if c["predicate"] == "member_of" and kinds[c["subject"]] == "drug_class"
    )
    back = copy.deepcopy(claim)
    back["subject"], back["object"] = claim["object"], claim["subject"]
    document["claims"].append(back)


def _reference_cited_by_nothing(document: Document) -> None:
    document["references"].append({"id": "uncited-2020", "title": "Cited by nothing"})


def _direction_on_a_non_mechanism(document: Document) -> None:
    mechanisms = _entity_ids(document, "mechanisms")
    mapping = next(m for m in document["mappings"] if m["subject"] not in mechanisms)
    mapping["predicate"] = "related_match"
    mapping["direction"] = "decreased"


BAD: dict[str, Change] = {
    # the document as a whole
    "not_json": _not_json,
    "not_utf8": _not_utf8,
    "not_an_object": _not_an_object,
    "format_other": _set(("format",), to="other"),
    "format_version_1": _set(("format_version",), to=1),
    "format_version_3": _set(("format_version",), to=3),
    "format_version_float": _set(("format_version",), to=2.0),
    "format_version_string": _set(("format_version",), to="2"),
    "format_version_boolean": _set(("format_version",), to=True),
    "family_missing": _without_family,
    "family_not_an_array": _set(("agents",), to={}),
    "record_not_an_object": _set(("claims", 0), to=[]),
    "article_not_an_object": _set(("article",), to="el-sayed-2025"),
    # keys
    "required_field_missing": _without_name,
    "unknown_key": _unknown_key,
    "unknown_top_level_key": _unknown_top_level_key,
    "unknown_nested_key": _unknown_nested_key,
    # types, never coerced
    "string_as_number": _set(("references", 0, "title"), to=123),
    "string_as_null": _set(("agents", 0, "id"), to=None),
    "integer_as_string": _set(("references", 0, "year"), to="2022"),
    "integer_as_float": _set(("references", 0, "year"), to=2022.0),
    "integer_as_boolean": _set(("references", 0, "year"), to=True),
    "boolean_as_integer": _set(("claims", 0, "evidence", 0, "disputes"), to=0),
    "number_as_string": _set((_measured, "affinities", 0, "value"), to="6.18"),
    "number_as_boolean": _set((_measured, "affinities", 0, "value"), to=True),
    "array_as_string": _set(("agents", 0, "synonyms"), to="abc"),
    "array_item_of_another_type": _set(("agents", 0, "synonyms"), to=[1]),
    # enum values
    "enum_unknown": _set(("claims", 0, "predicate"), to="treatz"),
    "enum_in_another_case": _set(("agents", 0, "kind"), to="Drug_Class"),
    "enum_as_number": _set(("claims", 0, "certainty"), to=5),
    "enum_in_an_array": _set(("claims", 0, "evidence", 0, "sections"), to=["prologue"]),
    # id patterns (renamed everywhere, so nothing dangles)
    "id_uppercase": _renamed("memantine", "Memantine"),
    "id_with_a_final_line_break": _renamed("memantine", "memantine\n"),
    "id_double_hyphen": _renamed("ketamine", "keta--mine"),
    "id_with_an_underscore": _renamed("tsuruoka-2022", "tsuruoka_2022"),
    # text
    "text_leading_space": _set(("agents", 0, "name"), to=" NMDA receptor antagonists"),
    "text_trailing_no_break_space": _set(("agents", 0, "name"), to="NMDA receptor antagonists\xa0"),
    "text_empty": _set(("agents", 0, "name"), to=""),
    "text_blank": _set(("agents", 0, "name"), to="   "),
    "text_control_character": _set(("agents", 0, "name"), to="NMDA\x1b[31m antagonists"),
    "text_line_break": _set(("agents", 0, "name"), to="NMDA receptor\nantagonists"),
    "text_c1_control": _set(("agents", 0, "name"), to="NMDA\x85antagonists"),
    "text_lone_surrogate": _lone_surrogate,
    "text_lone_surrogate_in_a_str": _raw_lone_surrogate,
    "text_noncharacter": _set(("agents", 0, "name"), to="NMDA\ufffe antagonists"),
    "text_noncharacter_beyond_the_bmp": _set(("agents", 0, "name"), to="NMDA \U0010ffff"),
    "text_noncharacter_block": _set(("agents", 0, "name"), to="NMDA \ufdd0"),
    "text_in_an_array_empty": _set(("agents", 0, "synonyms"), to=[""]),
    "optional_text_empty": _set(("mappings", 0, "object_label"), to=""),
    "optional_text_trailing_tab": _set((_measured, "affinities", 0, "unit"), to="nM\t"),
    "prose_carriage_return": _set(("agents", 0, "notes"), to="one\rtwo"),
    "prose_trailing_space": _set(("agents", 0, "description"), to="A description "),
    "prose_leading_line_break": _set(("claims", 0, "notes"), to="\nA note"),
    # names
    "synonym_repeated": _synonyms("NMDA antagonists", "NMDA antagonists"),
    "synonym_repeated_once_folded": _synonyms("NMDA antagonists", "nmda-antagonists"),
    "synonym_repeated_in_full_width": _synonyms("NMDA", "\uff2e\uff2d\uff24\uff21"),
    "synonym_is_the_name": _synonym_is_the_name,
    "synonym_names_nothing": _synonyms("\u200b"),
    "name_names_nothing": _set(("agents", 0, "name"), to="-"),
    "name_mixes_scripts": _set(("agents", 0, "name"), to="NMDA r\u0435ceptor antagonists"),
    "name_of_another_entity": _name_of_another_entity,
    # duplicate-free arrays
    "sections_repeated": _repeat_first("sections"),
    "via_repeated": _repeat_first("via"),
    "permeant_ions_repeated": _repeat_first("permeant_ions"),
    "mapping_references_repeated": _repeat_first("references"),
    "authors_repeated": _repeated_author,
    "affinity_repeated": _repeated_affinity,
    "evidence_cites_a_reference_twice": _evidence_cites_twice,
    # arrays that need an item
    "evidence_empty": _set(("claims", 0, "evidence"), to=[]),
    "mapping_references_empty": _set(("mappings", 0, "references"), to=[]),
    "affinity_references_empty": _set((_measured, "affinities", 0, "references"), to=[]),
    # ranges
    "year_too_early": _set(("references", 0, "year"), to=1799),
    "year_too_late": _set(("references", 0, "year"), to=2101),
    "number_zero": _set((_numbered, "number"), to=0),
    "number_too_large": _set((_numbered, "number"), to=1_000_001),
    "value_too_large_for_a_float": _with_placeholder(
        (_measured, "affinities", 0, "value"), "1e400"
    ),
    "value_integer_too_large_for_a_float": _with_placeholder(
        (_measured, "affinities", 0, "value"), "1" + "0" * 400
    ),
    # identifier formats
    "doi_with_a_prefix": _set((_numbered, "doi"), to="doi:10.1000/xyz"),
    "doi_with_a_space": _set((_numbered, "doi"), to="10.1000/x yz"),
    "pmid_leading_zero": _set((_numbered, "pmid"), to="0123"),
    "pmcid_without_digits": _set((_numbered, "pmcid"), to="PMC"),
    "url_not_http": _set((_unnumbered, "url"), to="ftp://example.org/file"),
    "curie_unknown_prefix": _set(("mappings", 0, "object"), to="foo:60643"),
    "curie_without_prefix": _set(("mappings", 0, "object"), to="60643"),
    "curie_bad_local_id": _set(("mappings", 0, "object"), to="chebi:CHEBI60643"),
    "curie_space_in_local_id": _set(("mappings", 0, "object"), to="chebi: 60643"),
    # one record's rules
    "mode_on_a_predicate_without_one": _mode_where_none_is_taken,
    "affinity_on_a_predicate_without_one": _affinity_where_none_is_taken,
    "via_on_a_predicate_without_one": _via_where_none_is_taken,
    "subject_is_object": _subject_is_object,
    "direction_on_an_exact_match": _direction_on_exact_match,
    "reference_with_nothing_to_cite_it_by": _nothing_to_cite_by,
    "institutional_author_not_an_author": _institutional(["A. Author"], ["A Consortium"]),
    "institutional_authors_out_of_order": _institutional(
        ["A Consortium", "B. Author", "C Society"], ["C Society", "A Consortium"]
    ),
    # the registry's rules across records
    "claim_subject_unknown": _unknown_subject,
    "claim_object_of_another_family": _object_of_another_family,
    "evidence_reference_unknown": _unknown_evidence_reference,
    "via_not_a_mechanism": _via_not_a_mechanism,
    "affinity_target_unknown": _affinity_target_unknown,
    "affinity_target_off_the_claim": _affinity_target_off_the_claim,
    "affinity_reference_unknown": _affinity_reference_unknown,
    "subunit_of_unknown": _subunit_of("unknown"),
    "subunit_of_not_a_receptor": _subunit_of("enzyme"),
    "mapping_subject_unknown": _mapping_subject_unknown,
    "mapping_reference_unknown": _mapping_reference_unknown,
    "id_in_two_families": _id_in_two_families,
    "reference_id_twice": _reference_id_twice,
    "reference_number_twice": _reference_number_twice,
    "article_among_its_references": _article_among_its_references,
    "claim_twice": _claim_twice,
    "mapping_twice": _mapping_twice(str),
    "mapping_twice_in_another_spelling": _mapping_twice(str.upper),
    "exact_match_of_two_entities": _exact_match_of_two_entities,
    "numbered_reference_without_sections": _numbered_reference_without_sections,
    "member_of_a_drug": _member_of_a_drug,
    "drug_classes_in_a_cycle": _class_cycle,
    "reference_cited_by_nothing": _reference_cited_by_nothing,
    "direction_on_a_non_mechanism": _direction_on_a_non_mechanism,
}
"""Each bad document: a change to the extended registry's that breaks one rule."""


def _valid_variant(change: Callable[[Document], None]) -> str:
    document = _base()
    change(document)
    return _dump(document)


def _prose_with_tabs_and_line_breaks(document: Document) -> None:
    document["agents"][0]["notes"] = "First line.\n\tSecond line, indented."


def _curie_spellings(document: Document) -> None:
    document["mappings"][0]["object"] = document["mappings"][0]["object"].upper()
    document["mappings"][1]["object"] = f" {document['mappings'][1]['object']} "


def _names_in_other_scripts(document: Document) -> None:
    document["agents"][0]["synonyms"] = ["\u03b12\u03b4", "Keta\u00a0mine class", "\u00c9"]


def _integer_value(document: Document) -> None:
    _measured(document)["affinities"][0]["value"] = 7


def _institutional_authors_in_order(document: Document) -> None:
    reference = _unnumbered(document)
    reference["authors"] = ["A Consortium", "B. Author", "C Society"]
    reference["institutional_authors"] = ["A Consortium", "C Society"]


def _defaults_left_out(document: Document) -> None:
    for agent in document["agents"]:
        for key in ("kind", "synonyms", "other_uses", "description", "notes"):
            if agent[key] in ("drug", [], ""):
                del agent[key]


GOOD: dict[str, Callable[[], str | bytes]] = {
    "default_registry": lambda: to_json(nmda_pain.default_registry()),
    "extended_registry": lambda: to_json(nmda_pain.extended_registry()),
    "extended_registry_as_bytes": lambda: to_json(nmda_pain.extended_registry()).encode(),
    "extended_registry_indented": lambda: to_json(nmda_pain.extended_registry(), indent=2),
    "synthetic_registry_300": lambda: to_json(synthetic_registry(300)),
    "synthetic_registry_2000_seed_7": lambda: to_json(synthetic_registry(2_000, seed=7)),
    "prose_with_tabs_and_line_breaks": lambda: _valid_variant(_prose_with_tabs_and_line_breaks),
    "curie_in_other_spellings": lambda: _valid_variant(_curie_spellings),
    "names_in_other_scripts": lambda: _valid_variant(_names_in_other_scripts),
    "integer_value": lambda: _valid_variant(_integer_value),
    "institutional_authors_in_order": lambda: _valid_variant(_institutional_authors_in_order),
    "defaults_left_out": lambda: _valid_variant(_defaults_left_out),
}
"""Documents every reader accepts: the shipped and synthetic ones, and valid edge cases."""

READERS = ("nmda_pain", "msgspec", "pydantic")


def _bad(name: str) -> str | bytes:
    document = _base()
    text = BAD[name](document)
    return _dump(document) if text is None else text


def _refuses(reader: str, text: str | bytes) -> None:
    if reader == "nmda_pain":
        with pytest.raises(RegistryFormatError):
            from_json(text)
        return
    mirror = (
        strict_mirrors.msgspec_mirror() if reader == "msgspec" else strict_mirrors.pydantic_mirror()
    )
    with pytest.raises(mirror.errors):
        mirror.decode(text)


def _accepts(reader: str, text: str | bytes) -> None:
    if reader == "nmda_pain":
        from_json(text)
    elif reader == "msgspec":
        strict_mirrors.msgspec_mirror().decode(text)
    else:
        strict_mirrors.pydantic_mirror().decode(text)


def test_the_corpus_covers_many_kinds_of_rule():
    assert len(BAD) >= 16
    assert all(_bad(name) != _dump(BASE) for name in BAD)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", list(BAD))
def test_each_reader_refuses_each_bad_document(name: str, reader: str) -> None:
    _refuses(reader, _bad(name))


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", list(GOOD))
def test_each_reader_accepts_each_valid_document(name: str, reader: str) -> None:
    _accepts(reader, GOOD[name]())


def test_the_mirrors_decode_the_document_whole() -> None:
    text = to_json(nmda_pain.extended_registry())
    document = json.loads(text)
    for mirror in strict_mirrors.strict_mirrors():
        decoded = mirror.decode(text)
        assert [claim.subject for claim in decoded.claims] == [  # type: ignore[attr-defined]
            claim["subject"] for claim in document["claims"]
        ]
        assert decoded.article.id == document["article"]["id"]  # type: ignore[attr-defined]


# Few examples: this file runs on every supported CPython within the CI budget, and a
# one-off sweep of 300 registries and 10,500 values found no disagreement.
@settings(max_examples=15)
@given(registries())
def test_the_mirrors_accept_every_drawn_registry(registry) -> None:
    text = to_json(registry)
    for mirror in strict_mirrors.strict_mirrors():
        mirror.decode(text)


def _accepted(reader: str, text: str) -> bool:
    try:
        _accepts(reader, text)
    except (RegistryFormatError, msgspec.DecodeError, pydantic.ValidationError):
        return False
    return True


def _verdicts(text: str) -> dict[str, bool]:
    return {reader: _accepted(reader, text) for reader in READERS}


_PLACES = {
    "name": ("agents", 0, "name"),
    "synonym": ("agents", 0, "synonyms"),
    "notes": ("claims", 0, "notes"),
    "unit": (_measured, "affinities", 0, "unit"),
    "doi": (_numbered, "doi"),
    "url": (_unnumbered, "url"),
    "curie": ("mappings", 0, "object"),
}
_VALUES = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=6).map(lambda t: f"10.1000/{t}"),
    st.sampled_from(("chebi", "CHEBI", "mesh", "pmid", "doi", "go")).flatmap(
        lambda prefix: st.text(max_size=8).map(lambda local: f"{prefix}:{local}")
    ),
)


@pytest.mark.parametrize("place", list(_PLACES))
@settings(max_examples=20)
@given(value=_VALUES)
def test_the_readers_agree_on_any_value(place: str, value: str) -> None:
    document = _base()
    _set(_PLACES[place], to=[value] if place == "synonym" else value)(document)
    verdicts = _verdicts(_dump(document))
    assert len(set(verdicts.values())) == 1, verdicts
