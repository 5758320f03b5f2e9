"""Registries as files, combined with merge, and edited with attrs.evolve."""

from __future__ import annotations

import json
import os

import attrs
import pytest
from hypothesis import assume, given, settings

from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    InvalidRegistryError,
    MergeConflictError,
    Predicate,
    Reference,
    Registry,
    RegistryFormatError,
    Section,
    agents_for_condition,
    default_registry,
    dump,
    from_json,
    load,
    to_json,
)
from nmda_pain.interchange import document as serialization

from ..strategies import registries


def test_dump_then_load_gives_the_same_registry(tmp_path):
    path = tmp_path / "registry.json"
    written = dump(default_registry(), str(path))
    assert written == path  # as a Path, like the exports' writers return theirs
    assert load(written) == default_registry()
    assert path.read_text(encoding="utf-8") == to_json(default_registry(), indent=2) + "\n"
    assert load(str(path)) == default_registry()


def test_dump_replaces_a_file_atomically(tmp_path):
    path = tmp_path / "registry.json"
    path.write_text("old content", encoding="utf-8")
    dump(Registry(), path)
    assert json.loads(path.read_text(encoding="utf-8"))["agents"] == []
    assert [p.name for p in tmp_path.iterdir()] == ["registry.json"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_dump_gives_a_new_file_the_mode_the_umask_allows(tmp_path, umask, mode):
    # A temporary file is created owner-only; the finished file must not stay that way.
    path = tmp_path / "registry.json"
    previous = os.umask(umask)
    try:
        dump(Registry(), path)
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == mode


def test_dump_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "registry.json"
    path.write_text("old content", encoding="utf-8")
    path.chmod(0o640)
    dump(Registry(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_crash_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "registry.json"
    path.write_text("old content", encoding="utf-8")

    def crash(_fd: int) -> None:
        message = "disk full"
        raise OSError(message)

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        dump(default_registry(), path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["registry.json"]


def test_load_reports_a_bad_file_as_a_format_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff")
    with pytest.raises(RegistryFormatError, match="not valid UTF-8"):
        load(path)


def test_an_oversized_document_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(serialization, "MAX_DOCUMENT_SIZE", 10)
    with pytest.raises(RegistryFormatError) as caught:
        from_json(b"[" + b" " * 20 + b"]")
    assert caught.value.errors == (
        "$: the document is 22 long, more than the 10 a registry may be",
    )


def test_the_errors_are_capped_and_the_rest_counted():
    document = json.loads(to_json(Registry()))
    document["agents"] = [{"id": f"a{n}"} for n in range(150)]
    with pytest.raises(RegistryFormatError) as caught:
        from_json(json.dumps(document))
    errors = caught.value.errors
    assert len(errors) == serialization.MAX_ERRORS + 1
    assert errors[-1] == "$: ... and 50 more problems, not listed"
    assert "(101 problems)" in str(caught.value)


# --- merge ----------------------------------------------------------------------------------

NOTES = Reference(id="my-notes", authors=("Me",), title="My notes", journal="Lab book", year=2026)
CITES = (Evidence(reference="my-notes", sections=(Section.DESCRIPTION,)),)
COMPOUND = Agent(id="compound-x", name="Compound X")


def mine(**changes: object) -> Registry:
    fields: dict[str, object] = {
        "agents": (COMPOUND,),
        "references": (NOTES,),
        "claims": (
            Claim(
                subject="compound-x",
                predicate=Predicate.TREATS,
                object="neuropathic-pain",
                evidence=CITES,
                certainty=Certainty.THEORIZED,
            ),
        ),
        "conditions": (default_registry().resolve("neuropathic pain"),),
    }
    fields.update(changes)
    return Registry(**fields)  # type: ignore[arg-type]


def test_merge_adds_new_records_and_keeps_identical_ones_once():
    shipped = default_registry()
    merged = shipped.merge(mine())
    assert merged.agents == (*shipped.agents, COMPOUND)
    assert merged.conditions == shipped.conditions
    assert merged.references == (*shipped.references, NOTES)
    assert len(merged.claims) == len(shipped.claims) + 1
    assert merged.source == shipped.source
    assert [a.id for a in agents_for_condition("neuropathic pain", registry=merged)] == [
        "nmda-receptor-antagonists",
        "memantine",
        "dextromethorphan",
        "compound-x",
    ]


def test_merge_refuses_different_records_under_one_id_naming_the_fields():
    changed = attrs.evolve(
        default_registry().resolve("neuropathic pain"), name="Nerve pain", notes="mine"
    )
    with pytest.raises(MergeConflictError) as caught:
        default_registry().merge(mine(conditions=(changed,)))
    assert caught.value.conflicts == (
        "conditions 'neuropathic-pain': the two registries differ in name, notes",
    )
    assert str(caught.value).startswith("the registries disagree (1 conflict):")


def test_merge_refuses_a_claim_with_other_content_and_a_different_source():
    shipped = default_registry()
    claim = shipped.claims[0]
    other = attrs.evolve(
        shipped,
        claims=(attrs.evolve(claim, certainty=Certainty.THEORIZED), *shipped.claims[1:]),
        source=attrs.evolve(shipped.source, year=2024),
    )
    with pytest.raises(MergeConflictError) as caught:
        shipped.merge(other)
    assert caught.value.conflicts == (
        "claims 'nmda-receptor-antagonists acts_via central-sensitization-interference': the two registries differ in certainty",
        "source: the two registries differ in year",
    )


def test_merge_validates_the_combined_records():
    clash = Registry(
        conditions=(Condition(id="ketamine", name="Ketamine pain", kind=ConditionKind.SYMPTOM),)
    )
    with pytest.raises(InvalidRegistryError, match="'ketamine' is already the id of agents"):
        default_registry().merge(clash)


def test_merge_takes_the_other_source_when_it_has_none():
    assert Registry().merge(default_registry()).source == default_registry().source


@given(registries())
def test_merging_a_registry_with_itself_is_identity(registry):
    assert registry.merge(registry) == registry


@settings(max_examples=25)
@given(registries(prefix="a-"), registries(prefix="b-"), registries(prefix="c-"))
def test_merge_is_associative_when_nothing_conflicts(first, second, third):
    try:
        left = first.merge(second).merge(third)
    except (MergeConflictError, InvalidRegistryError):  # two random names may fold to one
        assume(False)  # noqa: FBT003 -- hypothesis's way to discard an example
    assert first.merge(second.merge(third)) == left
    assert left.merge(second) == left  # records already present are kept once


def test_evolve_on_a_registry_is_validated_again():
    shipped = default_registry()
    with pytest.raises(InvalidRegistryError, match="unknown id 'ketamine'"):
        attrs.evolve(shipped, agents=tuple(a for a in shipped.agents if a.id != "ketamine"))


def test_a_missing_folder_is_reported_with_the_path_asked_for(tmp_path):
    path = tmp_path / "no-such-folder" / "registry.json"
    with pytest.raises(FileNotFoundError) as caught:
        dump(Registry(), path)
    assert caught.value.filename == str(path)
    assert ".tmp" not in str(caught.value)
