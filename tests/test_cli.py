"""The nmda-pain command: every command, both output formats, exit codes, and piping.

Where a record comes from is computed from the registry in hand: the tests
give the command registries of their own (a user's records on top of the
shipped ones, a registry with no source) and check that each claim is shown
as the article's only when its evidence cites the article, and otherwise with
the kind and verification status of the references it cites.
"""

from __future__ import annotations

import io
import json
import os
import re
import runpy
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import nmda_pain.data
import nmda_pain.exports
from nmda_pain import (
    Agent,
    AgentKind,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    Predicate,
    Reference,
    Registry,
    VerificationStatus,
    __version__,
    cli,
    default_registry,
    extended_registry,
    from_json,
    json_schema,
    to_json,
)
from nmda_pain.cli import main
from nmda_pain.interchange import MAX_DOCUMENT_SIZE
from nmda_pain.model import PREDICATES, ReferenceKind
from nmda_pain.provenance import is_from_article
from nmda_pain.registry import FAMILIES
from nmda_pain.views import Fields, Table
from nmda_pain.views._text import emit, render_plain
from tests.builders import users_registry

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLI_DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


class Terminal(io.StringIO):
    """A captured stdout that says it is a terminal."""

    def isatty(self):
        return True


def flat(text):
    """*text* with every run of whitespace one space: what it says, however it wraps."""
    return " ".join(text.split())


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *argv):
    status, out, err = run(capsys, "--format", "json", *argv)
    assert (status, err) == (0, "")
    return json.loads(out)


def write(tmp_path, registry, name="registry.json"):
    path = tmp_path / name
    path.write_text(to_json(registry), encoding="utf-8")
    return path


def row_of(out, first_cell):
    """The line of a plain table whose first cell is *first_cell*."""
    return next(line for line in out.splitlines() if line.lstrip().startswith(first_cell + "  "))


def cells(line):
    return [cell.strip() for cell in re.split(r"\s{2,}", line.strip())]


def field(out, label):
    """The value of the row *label* of a card's fields (the first such row)."""
    prefix = f"  {label}:"
    line = next(line for line in out.splitlines() if line.startswith(prefix))
    return line[len(prefix) :].strip()


# -- registries of a user's own ------------------------------------------------------------


@pytest.fixture
def users_file(tmp_path):
    """A registry with one agent, nothing else, and no source."""
    return write(tmp_path, Registry(agents=(Agent(id="x", name="Drug X"),)), "mine.json")


@pytest.fixture
def my_registry():
    return users_registry()


@pytest.fixture
def mixed_file(tmp_path, my_registry):
    """The shipped registry (with its source) plus a user's own records."""
    return write(tmp_path, my_registry, "mixed.json")


# -- overview ----------------------------------------------------------------------------


def test_the_overview_shows_counts_agents_and_references(capsys):
    registry = default_registry()
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Source: Ahmed Hassan El-Sayed (2025)")
    assert flat(
        "The claims restate this one review article; they are not clinical advice."
    ) in flat(out)
    counts = ", ".join(
        f"{len(getattr(registry, f))} {f.replace('_', ' ')}" for f in FAMILIES
    ).replace("1 receptors", "1 receptor")
    assert flat(f"Counts: {counts}") in flat(out)
    assert flat("9 agents, 1 receptor, 11 mechanisms, 6 adverse effects, 13 conditions") in flat(
        out
    )
    assert "Ketamine (drug; member of NMDA receptor antagonists, Analgesics)\n" in out
    assert flat("treats Complex regional pain syndrome (established [2])") in flat(out)
    assert flat("Raising dextromethorphan's bioavailability (stated [5])") in flat(out)
    assert flat("increases bioavailability of Dextromethorphan (stated [5])") in flat(out)
    assert flat("other uses:      cough suppressant") in flat(out)
    assert "Anesthetic agents (drug class)" in out  # every agent, even one only named as an object
    references = out.split("\nReferences\n")[1]
    assert flat(references).count("(unverified journal article)") == 10
    assert "  [10] Pardis Rasti" in references


def test_the_overview_says_identifiers_are_the_curators_grounding(capsys):
    registry = default_registry()
    _, out, _ = run(capsys)
    subjects = {mapping.subject for mapping in registry.mappings}
    assert (
        f"Identifiers: {len(registry.mappings)} mappings of {len(subjects)} entities, "
        "the curators' grounding in public vocabularies" in out
    )
    grounding = out.split("Sources of the identifiers and other mappings only\n")[1]
    mapped = {ref for mapping in registry.mappings for ref in mapping.references}
    for ref_id in mapped:
        assert f"  [{ref_id}] " in grounding
    assert "[not in the article's reference list]" not in out  # every claim cites the article


def test_overview_is_the_default_command(capsys):
    main(["overview"])
    explicit = capsys.readouterr().out
    main([])
    assert capsys.readouterr().out == explicit


def test_the_overview_as_json_has_counts_agents_with_their_claims_and_references(capsys):
    data = run_json(capsys, "overview")
    registry = default_registry()
    assert data["counts"] == {family: len(getattr(registry, family)) for family in FAMILIES}
    assert data["counts"]["claims"] == 56
    assert data["article"]["doi"] == "10.37421/2684-5997.2025.8.296"
    assert [item["agent"]["id"] for item in data["agents"]] == [a.id for a in registry.agents]
    ketamine = next(item for item in data["agents"] if item["agent"]["id"] == "ketamine")
    assert [c["object"] for c in ketamine["claims"]] == [
        c.object for c in registry.claims if c.subject == "ketamine"
    ]
    numbered = [r["number"] for r in data["references"] if r["number"] is not None]
    assert numbered == list(range(1, 11))


def test_a_registry_without_a_source_marks_every_record_by_its_sources(users_file, capsys):
    assert main(["--registry", str(users_file)]) == 0
    out = capsys.readouterr().out
    assert flat("Counts: 1 agent, 0 receptors") in flat(out)
    assert "Source:" not in out
    assert flat("The registry names no source article") in flat(out)
    assert flat("Drug X (drug) [no source (no claim or mapping names it)]") in flat(out)
    assert flat("  conditions:      -") in flat(out)


def test_the_overview_of_a_registry_without_source_has_null_source_in_json(users_file, capsys):
    data = run_json(capsys, "--registry", str(users_file))
    assert data["article"] is None
    assert data["counts"]["agents"] == 1


def test_the_overview_marks_a_users_claims_by_their_sources_not_as_the_articles(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file))
    assert out.startswith("Source: Ahmed Hassan El-Sayed (2025)")
    assert "restate this one review article" not in out
    assert flat("Not every claim here is the article's") in flat(out)
    assert (
        "My drug (drug; member of NMDA receptor antagonists) "
        "[sources: unverified secondary source, verified journal article (level 2), "
        "verified database release, verified journal article, verified ontology release]"
        in flat(out)
    )
    assert flat(
        "treats Neuropathic pain (theorized [my-notes]; unverified secondary source)"
    ) in flat(out)
    assert (
        "antagonizes NMDA receptor (stated, contested [doe-2024, my-database-7, roe-2025]; "
        "verified journal article (level 2), verified database release, verified journal article)"
        in flat(out)
    )
    assert (
        "Ketamine (drug; member of NMDA receptor antagonists, Analgesics)\n" in out
    )  # the article's
    assert flat("treats Severe pain (established [2])") in flat(out)
    assert flat(
        "  [my-notes] (2026). My lab notes. (unverified secondary source) [not in the"
    ) in flat(out)
    assert "source not stated" not in out


def test_the_extended_overview_marks_every_claim_that_is_not_the_articles(capsys):
    registry = extended_registry()
    _, out, _ = run(capsys, "--extended")
    assert "restate this one review article" not in out
    assert flat("Not every claim here is the article's") in flat(out)
    beyond = [
        claim
        for claim in registry.claims
        if not is_from_article(claim, registry) and claim.predicate is not Predicate.MEMBER_OF
    ]
    assert beyond
    for claim in beyond:  # each names its references, then says what kind of sources they are
        labels = ", ".join(
            str(r.number) if r.number is not None else r.id for r in registry.references_of(claim)
        )
        target = re.escape(registry.index.by_id[claim.object].name)
        assert re.search(
            target + r" \([^()]*\[" + re.escape(labels) + r"\]; (un)?verified ", flat(out)
        )
    for claim in registry.claims:  # and the article's claims carry no such mark
        if is_from_article(claim, registry) and claim.subject in registry.index.by_id:
            labels = ", ".join(str(r.number) for r in registry.references_of(claim))
            assert flat(f"[{labels}])") in flat(out)


# -- list --------------------------------------------------------------------------------


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_list_prints_every_record_of_the_family_as_table_and_json(capsys, family, make):
    registry = make()
    extended = ["--extended"] if make is extended_registry else []
    records = getattr(registry, family)
    status, out, err = run(capsys, *extended, "list", family.replace("_", "-"))
    assert (status, err) == (0, "")
    assert out.splitlines()[0].startswith(f"{len(records)} ")
    data = run_json(capsys, *extended, "list", family.replace("_", "-"))
    assert len(data) == len(records)
    if family == "claims":
        assert [(c["subject"], c["predicate"], c["object"]) for c in data] == [
            (c.subject, c.predicate.value, c.object) for c in records
        ]
    elif family == "mappings":
        assert [(m["subject"], m["object"]) for m in data] == [
            (m.subject, m.object.canonical) for m in records
        ]
        for mapping in records:
            assert mapping.object.canonical in out
    else:
        assert [item["id"] for item in data] == [record.id for record in records]
        for record in records:
            assert record.id in out


def test_list_agents_shows_kind_class_from_member_of_claims_and_synonyms(capsys):
    _, out, _ = run(capsys, "list", "agents")
    lines = out.splitlines()
    assert lines[0] == "9 agents"
    assert lines[1].split() == ["Id", "Name", "Kind", "Drug", "class", "Synonyms"]
    assert set(lines[2].replace(" ", "")) == {"-"}
    assert cells(row_of(out, "ketamine"))[:4] == [
        "ketamine",
        "Ketamine",
        "drug",
        "NMDA receptor antagonists, Analgesics",
    ]
    assert cells(row_of(out, "quinidine"))[:3] == ["quinidine", "Quinidine", "drug"]
    assert "NMDA receptor antagonists" not in row_of(out, "quinidine")
    assert all(line == line.rstrip() for line in lines)


def test_list_claims_names_the_entities_and_the_evidence_with_sections(capsys):
    _, out, _ = run(capsys, "list", "claims")
    row = next(line for line in out.splitlines() if "Complex regional pain syndrome" in line)
    assert cells(row) == [
        "Ketamine",
        "treats",
        "Complex regional pain syndrome",
        "established",
        "[2] introduction, description",
    ]
    assert "Source" not in out.splitlines()[1]  # every claim is the article's


def test_list_references_shows_number_kind_design_verification_and_no_level(capsys):
    _, out, _ = run(capsys, "list", "references")
    assert cells(out.splitlines()[1]) == [
        "No.",
        "Id",
        "Kind",
        "Year",
        "Design",
        "Verification",
        "Level",
        "Title",
    ]
    row = cells(row_of(out, "3"))
    assert row == [
        "3",
        "rowbotham-2020",
        "journal article",
        "2020",
        "randomized controlled trial",
        "unverified",
        "Memantine in Neuropathic Pain: A Randomized, Double-Blind, Placebo-Controlled Study",
    ]  # no level: the Level cell is empty


def test_list_references_gives_a_verified_references_level(my_registry, tmp_path, capsys):
    path = write(tmp_path, my_registry)
    _, out, _ = run(capsys, "--registry", str(path), "list", "references")
    assert cells(row_of(out, "doe-2024")) == [
        "doe-2024",
        "journal article",
        "2024",
        "randomized controlled trial",
        "verified",
        "2",
        "A trial of my drug",
    ]
    assert cells(row_of(out, "my-database-7"))[:2] == ["my-database-7", "database release"]


def test_list_mappings_shows_each_term_with_its_sources(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "list", "mappings")
    assert cells(row_of(out, "My drug"))[:4] == [
        "My drug",
        "exact match",
        "chebi:999999",
        "my drug",
    ]
    assert cells(row_of(out, "My drug"))[4] == "[my-ontology-2026] verified ontology release"
    broad = next(line for line in out.splitlines() if "chebi:999998" in line)
    assert cells(broad)[:4] == [
        "My drug",
        "broad match",
        "chebi:999998",
        "channel blocker",
    ]


def test_list_receptors_gives_the_gene_from_the_hgnc_mapping_and_the_species(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "list", "receptors")
    assert cells(out.splitlines()[1])[:5] == ["Id", "Name", "Subunit of", "Species", "Gene"]
    assert cells(row_of(out, "my-subunit"))[:5] == [
        "my-subunit",
        "GluNX",
        "NMDA receptor",
        "rat",
        "GRINX",
    ]


def test_list_of_an_empty_family_says_none(capsys):
    status, out, _ = run(capsys, "list", "enzymes")
    assert status == 0
    assert out == "0 enzymes\n  (none)\n"


def test_list_of_one_record_uses_the_singular(users_file, capsys):
    _, out, _ = run(capsys, "--registry", str(users_file), "list", "agents")
    assert out.startswith("1 agent\n")


def test_an_unknown_family_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["list", "drugs"])
    assert caught.value.code == 2
    assert "invalid choice: 'drugs'" in capsys.readouterr().err


# -- show --------------------------------------------------------------------------------


def test_show_prints_an_entity_card_with_claims_in_and_out_evidence_and_notes(capsys):
    status, out, _ = run(capsys, "show", "ketamine")
    assert status == 0
    assert out.startswith("Ketamine\n  id:")
    assert "  class:        agent (drug); member of NMDA receptor antagonists" in out
    assert "Claims about Ketamine (8)" in out
    assert "Claims naming Ketamine as their object (2)" in out
    treats = next(line for line in out.splitlines() if "Severe pain" in line)
    assert cells(treats) == [
        "treats",
        "Severe pain",
        "established",
        "[2] introduction, description, conclusion",
    ]
    incoming = next(line for line in out.splitlines() if "better tolerated than" in line)
    assert incoming.split()[0] == "Memantine"
    assert "theorized" in incoming
    assert "Curator notes on these claims" in out
    assert "  - Ketamine treats Postoperative pain: Named with CRPS" in out
    assert "  source:       the article" in out


def test_an_article_claim_shows_its_numbered_reference_as_unverified_with_no_level(capsys):
    _, out, _ = run(capsys, "show", "ketamine")
    table = out.split("References behind these claims and identifiers")[1]
    assert cells(row_of(table, "[2]")) == [
        "[2]",
        "journal article",
        "unverified",
        "none (unverified)",
        "Ketamine for the Treatment of Chronic Pain: A Systematic Review and Meta-Analysis",
    ]
    assert "Oxford CEBM" not in out  # the title says meta-analysis, but nobody verified it


def test_show_gives_identifiers_from_the_exact_mappings_and_lists_every_mapping(capsys):
    registry = default_registry()
    _, out, _ = run(capsys, "show", "ketamine")
    identifiers = ", ".join(curie.canonical for curie in registry.identifiers("ketamine"))
    assert identifiers
    assert flat(f"  identifiers:  {identifiers}\n") in flat(out)
    mappings = registry.mappings_of("ketamine")
    table = out.split("Identifiers and other mappings of Ketamine")[1].split("\n\n")[0]
    assert table.startswith(f" ({len(mappings)}): the curators' grounding, not statements")
    for mapping in mappings:
        row = cells(
            row_of(
                table, mapping.predicate.value.replace("_", " ") + "  " + mapping.object.canonical
            )
        )
        assert row[:2] == [mapping.predicate.value.replace("_", " "), mapping.object.canonical]
        for reference in registry.references_of(mapping):
            assert f"[{reference.id}] {reference.verification.value} " in row[-1]


def test_a_users_identifiers_are_their_exact_mappings_only(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")
    assert "  identifiers:  chebi:999999\n" in out  # the broad match is no identifier
    table = out.split("Identifiers and other mappings of My drug (2)")[1]
    assert cells(row_of(table, "exact match")) == [
        "exact match",
        "chebi:999999",
        "my drug",
        "[my-ontology-2026] verified ontology release",
    ]
    assert cells(row_of(table, "broad match"))[:3] == [
        "broad match",
        "chebi:999998",
        "channel blocker",
    ]


def test_a_users_own_claim_shows_its_own_reference_and_its_kind(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")
    assert "source not stated" not in out
    claims = out.split("Claims about My drug (3)")[1].split("\n\n")[0]
    assert cells(claims.splitlines()[1])[-1] == "Source"
    treats = cells(row_of(claims, "treats"))
    assert treats == [
        "treats",
        "Neuropathic pain",
        "theorized",
        "[my-notes]",
        "unverified secondary source",
    ]
    references = out.split("References behind these claims and identifiers")[1]
    assert cells(row_of(references, "[my-notes]")) == [
        "[my-notes]",
        "secondary source",
        "unverified",
        "none (unverified)",
        "My lab notes",
    ]
    assert "  source:       unverified secondary source, verified journal article (level 2)" in out


def test_a_beyond_article_claim_is_labelled_by_its_sources_not_as_the_articles(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")
    row = cells(row_of(out, "antagonizes"))
    assert row[2] == "stated, contested"
    assert row[3] == "[doe-2024]; [my-database-7]; [roe-2025] (disputes)"
    assert row[4] == (
        "verified journal article (level 2), verified database release, verified journal article"
    )
    assert "the article" not in row
    references = out.split("References behind these claims and identifiers")[1]
    assert cells(row_of(references, "[doe-2024]"))[:4] == [
        "[doe-2024]",
        "journal article",
        "verified",
        "2 (Oxford CEBM 2011)",
    ]
    assert cells(row_of(references, "[my-database-7]"))[:4] == [
        "[my-database-7]",
        "database release",
        "verified",
        "none (not a study)",
    ]
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "ketamine")
    assert "  source:       the article\n" in out  # the article's records stay the article's
    assert "Source" not in out.split("Claims about Ketamine")[1].splitlines()[1]


def test_show_gives_modes_of_action_affinities_and_disputes_from_the_claims(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")
    block = out.split("Modes of action, affinities, mediating mechanisms and settings\n")[1].split(
        "\n\n"
    )[0]
    assert block.splitlines() == [
        "  claim:             My drug antagonizes NMDA receptor",
        "    mode of action:  channel blocker (channel pore, partial trapping)",
        "    contested by:    [roe-2025] verified journal article",
        "    affinity:        pKi 6.5 at GluNX (rat) [my-database-7]",
    ]
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "GluNX")
    assert "    affinity:        pKi 6.5 at GluNX (rat) [my-database-7]" in out


def test_show_a_subunit_gives_its_gene_from_its_hgnc_mapping(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "GluNX")
    assert field(out, "class") == "receptor (subunit of NMDA receptor)"
    assert field(out, "species") == "rat"
    assert field(out, "gene") == "GRINX"
    assert field(out, "identifiers") == "hgnc:99999"


def test_show_an_entity_with_only_a_name(users_file, capsys):
    status, out, _ = run(capsys, "--registry", str(users_file), "show", "drug x")
    assert status == 0
    assert out.startswith(
        "Drug X\n  id:      x\n  class:   agent (drug)\n"
        "  source:  no source (no claim or mapping names it)\n"
    )
    assert "Curator notes" not in out
    assert "References behind" not in out


def test_show_accepts_any_name_synonym_and_identifier(capsys):
    _, by_synonym, _ = run(capsys, "show", "CRPS")
    _, by_id, _ = run(capsys, "show", "complex-regional-pain-syndrome")
    assert by_synonym == by_id
    assert by_id.startswith("Complex regional pain syndrome\n")
    assert field(by_id, "class") == "condition"  # not "condition (condition)"
    assert "synonyms:" in by_id
    curie = default_registry().identifiers("ketamine")[0]
    _, by_curie, _ = run(capsys, "show", curie.biolink)
    assert by_curie.startswith("Ketamine\n")


def test_show_an_entity_as_json_lists_its_claims_sources_and_mappings(capsys):
    registry = default_registry()
    data = run_json(capsys, "show", "memantine")
    assert data["family"] == "agent"
    assert data["record"]["id"] == "memantine"
    assert data["source"] == "the article"
    assert data["from_article"] is True
    assert [c["object"] for c in data["claims_out"]] == [
        c.object for c in registry.claims if c.subject == "memantine"
    ]
    assert data["claims_in"] == []
    treats = next(c for c in data["claims_out"] if c["object"] == "neuropathic-pain")
    assert treats["evidence"] == [
        {
            "reference": "rowbotham-2020",
            "sections": ["introduction", "description", "conclusion"],
            "disputes": False,
        }
    ]
    assert [m["object"] for m in data["mappings"]] == [
        m.object.canonical for m in registry.mappings_of("memantine")
    ]
    rowbotham = next(r for r in data["references"] if r["id"] == "rowbotham-2020")
    assert (rowbotham["kind"], rowbotham["verification"]) == ("journal_article", "unverified")


def test_show_in_json_says_where_the_entity_comes_from(capsys, users_file, mixed_file):
    assert run_json(capsys, "show", "ketamine")["source"] == "the article"
    mine_ = run_json(capsys, "--registry", str(mixed_file), "show", "My drug")
    assert mine_["from_article"] is False
    assert mine_["source"].startswith("unverified secondary source")
    assert {r["id"] for r in mine_["references"]} >= {"my-notes", "doe-2024", "my-ontology-2026"}
    alone = run_json(capsys, "--registry", str(users_file), "show", "Drug X")
    assert alone["source"] == "no source (no claim or mapping names it)"
    assert alone["references"] == []


def test_show_a_drug_class_lists_its_members_from_member_of_claims(capsys, mixed_file):
    _, out, _ = run(capsys, "show", "NMDA receptor antagonists")
    assert (
        "members:        Ketamine, Memantine, Dextromethorphan, Selective NMDA receptor antagonists"
        in out
        or "members:        Selective NMDA receptor antagonists, Ketamine, Memantine, Dextromethorphan"
        in out
    )
    assert "curator notes:  Statements the article makes of the class" in out
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "NMDA receptor antagonists")
    members = flat(out).split("members: ")[1].split(" description:")[0]
    assert members.endswith(", My drug")
    _, out, _ = run(capsys, "show", "dextromethorphan")
    assert "other uses:" in out


def test_show_receptors_effects_and_mechanisms(capsys):
    _, out, _ = run(capsys, "show", "NMDA receptor")
    assert "permeant ions:  calcium" in out
    assert "gated by" not in out
    _, out, _ = run(capsys, "show", "hallucinations")
    assert "adverse effect (psychotomimetic)" in out
    _, out, _ = run(capsys, "show", "calcium-influx-blockade")
    assert "class:        mechanism" in out
    assert "Claims about Blockade of calcium influx (0)\n  (none)" in out


@pytest.mark.parametrize("name", ["3", "rowbotham-2020"])
def test_show_a_reference_by_number_or_id(capsys, name):
    status, out, _ = run(capsys, "show", name)
    assert status == 0
    assert out.startswith("[3] Memantine in Neuropathic Pain")
    assert flat("  kind:            journal article\n") in flat(out)
    assert (
        "study design: randomized controlled trial (as the title suggests; unverified, "
        "so it grades nothing)" in flat(out)
    )
    assert flat("  evidence level:  none (unverified)\n") in flat(out)
    assert flat("  verification:    unverified\n") in flat(out)
    assert flat("Claims citing [3] (5)") in flat(out)
    data = run_json(capsys, "show", name)
    assert data["family"] == "reference"
    assert data["record"]["id"] == "rowbotham-2020"
    assert len(data["claims"]) == 5
    assert data["mappings"] == []


def test_show_a_verified_reference_gives_its_level_and_identifiers(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "doe-2024")
    assert out.startswith("[doe-2024] A trial of my drug\n")
    assert "  number:          not numbered\n" in out
    assert "  evidence level:  2 (Oxford CEBM 2011)\n" in out
    assert "  study design:    randomized controlled trial\n" in out
    assert "  pmid:            39000001\n" in out
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "roe-2025")
    assert "  doi:             https://doi.org/10.1000/roe.2025\n" in out
    assert "  evidence level:  none (the design is not stated)\n" in out


def test_show_a_release_lists_the_mappings_and_values_read_in_it(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my-database-7")
    assert "  kind:            database release\n" in out
    assert "  evidence level:  none (not a study)\n" in out
    assert "  accession:       export.csv at commit 0123abc\n" in out
    assert "Claims citing [my-database-7] (1)" in out
    assert "Values read in [my-database-7] (1)" in out
    assert "My drug antagonizes NMDA receptor  pKi 6.5 at GluNX (rat)" in out
    assert "Mappings read in [my-database-7] (1)" in out
    assert "GluNX    exact match  hgnc:99999  GRINX" in out
    data = run_json(capsys, "--registry", str(mixed_file), "show", "my-database-7")
    assert [m["subject"] for m in data["mappings"]] == ["my-subunit"]


def test_show_a_reference_with_a_doi_links_it(tmp_path, capsys):
    registry = Registry(
        agents=(Agent(id="drug-x", name="Drug X"),),
        conditions=(Condition(id="pain-y", name="Pain Y", kind=ConditionKind.CONDITION),),
        references=(
            Reference(
                id="doe-2020",
                authors=("J. Doe",),
                title="T",
                journal="J",
                year=2020,
                doi="10.1000/xyz",
            ),
        ),
        claims=(
            Claim(
                subject="drug-x",
                predicate=Predicate.TREATS,
                object="pain-y",
                evidence=(Evidence(reference="doe-2020"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    path = write(tmp_path, registry, "doi.json")
    _, out, _ = run(capsys, "--registry", str(path), "show", "doe-2020")
    assert "doi:             https://doi.org/10.1000/xyz" in out
    row = cells(row_of(out, "Drug X"))
    assert row == [
        "Drug X",
        "treats",
        "Pain Y",
        "stated",
        "[doe-2020]",
        "unverified journal article",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["show", "ketamin"],
            "nmda-pain: no entity is called 'ketamin'; did you mean 'Ketamine'?\n",
        ),
        (["show", "99"], "nmda-pain: no entity is called '99', and no known name is close to it\n"),
        (
            ["show", "CHEBI:1"],
            (
                "nmda-pain: no entity is called 'CHEBI:1', and no known name is close to it "
                "(no entity here has an exact mapping to chebi:1)\n"
            ),
        ),
    ],
)
def test_an_unknown_name_exits_1_with_suggestions(capsys, argv, message):
    status, out, err = run(capsys, *argv)
    assert status == 1
    assert out == ""
    assert err.startswith(message)


# -- agents-for and claims ---------------------------------------------------------------


def test_agents_for_lists_each_agent_with_certainty_and_evidence(capsys):
    status, out, _ = run(capsys, "agents-for", "neuropathic pain")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Agents the article names for Neuropathic pain (3)"
    assert [cells(line)[0] for line in lines[3:6]] == [
        "NMDA receptor antagonists",
        "Memantine",
        "Dextromethorphan",
    ]
    assert cells(lines[5])[3:] == ["demonstrated", "[5] introduction, description, conclusion"]
    assert "names the class, not each member" in out


def test_agents_for_labels_a_users_claim_by_its_source(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file), "agents-for", "neuropathic pain")
    assert out.startswith("Agents the registry names for Neuropathic pain (4)")
    assert cells(out.splitlines()[1])[-1] == "Source"
    assert cells(row_of(out, "My drug")) == [
        "My drug",
        "drug",
        "treats",
        "theorized",
        "[my-notes]",
        "unverified secondary source",
    ]
    assert cells(row_of(out, "Memantine"))[-1] == "the article"


def test_agents_for_includes_approvals_labelled_as_such(tmp_path, capsys):
    label = Reference(
        id="my-label",
        kind=ReferenceKind.DRUG_LABEL,
        title="My drug prescribing information",
        accession="setid 0000",
        verification=VerificationStatus.VERIFIED,
    )
    product = Agent(id="my-product", name="My product", kind=AgentKind.PRODUCT)
    registry = default_registry().extend(
        agents=(product,),
        references=(label,),
        claims=(
            Claim(
                subject="my-product",
                predicate=Predicate.APPROVED_FOR,
                object="neuropathic-pain",
                evidence=(Evidence(reference="my-label"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    path = write(tmp_path, registry)
    status, out, _ = run(
        capsys, "--registry", str(path), "agents-for", "neuropathic pain", "--include-approved"
    )
    assert status == 0
    assert out.startswith("Agents the registry names for Neuropathic pain (4)")
    assert cells(row_of(out, "My product")) == [
        "My product",
        "product",
        PREDICATES[Predicate.APPROVED_FOR].label,
        "stated",
        "[my-label]",
        "verified drug label",
    ]
    assert "'approved for' is a regulator's approval" in out
    data = run_json(
        capsys, "--registry", str(path), "agents-for", "neuropathic pain", "--include-approved"
    )
    assert [c["predicate"] for c in data[-1]["claims"]] == ["approved_for"]
    without = run_json(capsys, "--registry", str(path), "agents-for", "neuropathic pain")
    assert "my-product" not in [
        item["agent"]["id"] for item in without
    ]  # as the library leaves it out
    _, out, _ = run(capsys, "agents-for", "CRPS")
    assert "approval" not in out
    assert out.startswith("Agents the article names for")


def test_agents_for_as_json_gives_the_agents_and_their_claims(capsys):
    data = run_json(capsys, "agents-for", "CRPS")
    assert [item["agent"]["id"] for item in data] == ["ketamine"]
    assert [c["predicate"] for c in data[0]["claims"]] == ["treats"]
    assert data[0]["claims"][0]["certainty"] == "established"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("neuropatic pain", "did you mean 'Neuropathic pain', "),
        ("ketamine", "'ketamine' names an agent, not a condition"),
    ],
)
def test_agents_for_an_unknown_condition_exits_1(capsys, name, message):
    status, _, err = run(capsys, "agents-for", name)
    assert status == 1
    assert message in err


def test_claims_filters_by_subject_predicate_and_object(capsys):
    _, out, _ = run(capsys, "claims", "--subject", "memantine", "--predicate", "treats")
    assert out.splitlines()[0] == "2 claims"
    data = run_json(capsys, "claims", "--subject", "memantine", "--object", "neuropathic pain")
    assert [(c["predicate"], c["certainty"]) for c in data] == [("treats", "promising")]


@pytest.mark.parametrize("reference", ["5", "madan-2020"])
def test_claims_by_reference_number_or_id(capsys, reference):
    data = run_json(capsys, "claims", "--reference", reference)
    assert len(data) == 6
    assert all("madan-2020" in [e["reference"] for e in c["evidence"]] for c in data)


def test_claims_with_no_match_print_an_empty_table(capsys):
    status, out, _ = run(capsys, "claims", "--subject", "quinidine", "--predicate", "treats")
    assert status == 0
    assert out == "0 claims\n  (none)\n"
    _, out, _ = run(capsys, "claims", "--subject", "opioids", "--predicate", "induces")
    assert out.startswith("1 claim\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--predicate", "treatz"], "no predicate is called 'treatz'; did you mean 'treats'?"),
        (["--reference", "11"], "no reference is called '11'"),
        (["--reference", "madan"], "no reference is called 'madan'"),
        (["--subject", "ketamin"], "did you mean 'Ketamine'?"),
    ],
)
def test_claims_with_an_unknown_filter_exit_1(capsys, argv, message):
    status, _, err = run(capsys, "claims", *argv)
    assert status == 1
    assert message in err


@pytest.mark.parametrize("predicate", [*Predicate])
def test_every_predicate_is_read_as_the_tables_print_it(capsys, predicate):
    label = PREDICATES[predicate].label
    as_printed = run_json(capsys, "--extended", "claims", "--predicate", label)
    as_stored = run_json(capsys, "--extended", "claims", "--predicate", predicate.value)
    assert as_printed == as_stored
    assert {c["predicate"] for c in as_printed} <= {predicate.value}


@pytest.mark.parametrize(
    "predicate", ["causes adverse effect", "Causes-Adverse_Effect", "causes_adverse_effect"]
)
def test_predicates_ignore_case_spaces_hyphens_and_underscores(capsys, predicate):
    data = run_json(capsys, "claims", "--predicate", predicate)
    assert data
    assert {c["predicate"] for c in data} == {"causes_adverse_effect"}


def test_a_misspelt_predicate_suggests_the_closest(capsys):
    status, _, err = run(capsys, "claims", "--predicate", "causes adverse efect")
    assert status == 1
    assert "did you mean 'causes_adverse_effect'?" in err


def test_a_reference_whose_id_is_all_digits_is_found_by_id_first(tmp_path, capsys):
    registry = default_registry().extend(
        references=(Reference(id="2021", authors=("x",), title="t", journal="j", year=2000),),
        claims=(
            Claim(
                subject="ketamine",
                predicate=Predicate.TREATS,
                object="acute-pain",
                evidence=(Evidence(reference="2021"),),
                certainty=Certainty.STATED,
            ),
        ),
    )
    path = write(tmp_path, registry, "numid.json")
    data = run_json(capsys, "--registry", str(path), "claims", "--reference", "2021")
    assert [(c["subject"], c["object"]) for c in data] == [("ketamine", "acute-pain")]
    data = run_json(capsys, "--registry", str(path), "claims", "--reference", "3")
    assert len(data) == 5  # no id "3": the reference numbered 3


def test_suggestions_include_reference_ids_and_the_extended_registry(capsys):
    status, _, err = run(capsys, "show", "ragab-2020")
    assert status == 1
    assert "did you mean 'ragab-2021'" in err
    only_extended = next(
        agent.name
        for agent in extended_registry().agents
        if agent.id not in default_registry().index.by_id
    )
    _, _, err = run(capsys, "show", only_extended)
    assert f"{only_extended!r} is a name in the extended registry" in err
    assert "add --extended" in err
    _, _, err = run(capsys, "--extended", "show", only_extended + "x")
    assert "extended registry" not in err
    _, _, err = run(capsys, "show", "nothing-like-it")
    assert "extended registry" not in err


# -- export ------------------------------------------------------------------------------


def test_export_json_to_stdout_is_the_registry_document(capsys):
    status, out, _ = run(capsys, "export", "json")
    assert status == 0
    assert out == to_json(default_registry(), indent=2) + "\n"
    assert from_json(out) == default_registry()


def test_export_json_to_a_file_loads_back(tmp_path, capsys):
    path = tmp_path / "out.json"
    status, out, err = run(capsys, "--extended", "export", "json", "-o", str(path))
    assert (status, out) == (0, "")
    assert err == f"nmda-pain: wrote {path}\n"
    assert from_json(path.read_bytes()) == extended_registry()


def test_export_kgx_writes_the_nodes_the_edges_and_their_context(tmp_path, capsys):
    folder = tmp_path / "kgx"
    status, _, err = run(capsys, "export", "kgx", "-o", str(folder))
    assert status == 0
    nodes, edges = folder / "nmda_pain_nodes.tsv", folder / "nmda_pain_edges.tsv"
    context = folder / "nmda_pain_context.jsonld"
    assert (
        err == f"nmda-pain: wrote {nodes}\nnmda-pain: wrote {edges}\nnmda-pain: wrote {context}\n"
    )
    assert len(edges.read_text(encoding="utf-8").splitlines()) > 51
    registry = default_registry()
    processes = {m.object for m in registry.mappings if m.direction is not None}
    rows = len(nodes.read_text(encoding="utf-8").splitlines())
    assert rows == 1 + len(registry.entities) + len(processes)  # header, entities, processes


@pytest.mark.parametrize("target", ["kgx", "sqlite", "graphml", "sssom", "nanopubs"])
def test_exports_that_write_files_need_an_output_path(capsys, target):
    with pytest.raises(SystemExit) as caught:
        main(["export", target])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: nmda-pain export")
    assert f"export {target} writes files: give a" in err


def test_export_sqlite_writes_a_database(tmp_path, capsys):
    path = tmp_path / "nmda.sqlite"
    status, _, err = run(capsys, "export", "sqlite", "-o", str(path))
    assert status == 0
    assert err == f"nmda-pain: wrote {path}\n"
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        assert "claims" in tables
        assert connection.execute("select count(*) from claims").fetchone() == (56,)
    finally:
        connection.close()


def test_export_graphml_writes_a_graph_networkx_reads_back(tmp_path, capsys):
    networkx = pytest.importorskip("networkx")
    path = tmp_path / "graph.graphml"
    status, _, _ = run(capsys, "--extended", "export", "graphml", "-o", str(path))
    assert status == 0
    graph = networkx.read_graphml(path)
    registry = extended_registry()
    assert graph.number_of_nodes() == len(registry.entities)
    assert graph.number_of_edges() == len(registry.claims)
    assert graph.nodes["ketamine"]["family"] == "agent"


def test_export_graphml_without_networkx_names_the_extra(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    status, _, err = run(capsys, "export", "graphml", "-o", str(tmp_path / "g.graphml"))
    assert status == 1
    assert "pip install 'nmda_pain[networkx]'" in err


WRITERS = {"sssom": nmda_pain.exports.write_sssom, "nanopubs": nmda_pain.exports.write_nanopubs}


@pytest.mark.parametrize("extended", [False, True], ids=["shipped", "extended"])
@pytest.mark.parametrize(("target", "name"), [("sssom", "m.sssom.tsv"), ("nanopubs", "np.trig")])
def test_export_sssom_and_nanopubs_write_what_the_library_writes(
    tmp_path, capsys, target, name, extended
):
    if target == "nanopubs":
        pytest.importorskip("rdflib")
    path = tmp_path / name
    flags = ["--extended"] if extended else []
    status, out, err = run(capsys, *flags, "export", target, "-o", str(path))
    assert (status, out, err) == (0, "", f"nmda-pain: wrote {path}\n")
    registry = extended_registry() if extended else default_registry()
    expected = WRITERS[target](registry, tmp_path / f"library-{name}")
    assert path.read_bytes() == expected.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, expected.name])


def test_export_sssom_writes_one_row_per_mapping(tmp_path, capsys):
    path = tmp_path / "m.sssom.tsv"
    assert run(capsys, "export", "sssom", "-o", str(path))[0] == 0
    rows = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    assert rows[0].startswith("subject_id\t")
    assert len(rows) == len(default_registry().mappings) + 1


# rdflib 7.6 warns about its own use of names it deprecates when a Dataset is parsed
# (RDFLib/rdflib#3475); ignored only where rdflib's code is the caller, as in tests/exports.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
def test_export_nanopubs_writes_one_nanopublication_per_claim(tmp_path, capsys):
    rdflib = pytest.importorskip("rdflib")
    path = tmp_path / "np.trig"
    assert run(capsys, "export", "nanopubs", "-o", str(path))[0] == 0
    dataset = rdflib.Dataset()
    dataset.parse(data=path.read_text(encoding="utf-8"), format="trig")
    kind = rdflib.URIRef("http://www.nanopub.org/nschema#Nanopublication")
    nanopubs = {quad[0] for quad in dataset.quads((None, rdflib.RDF.type, kind, None))}
    assert len(nanopubs) == len(default_registry().claims)


def test_export_nanopubs_without_rdflib_names_the_extra(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "rdflib", None)
    path = tmp_path / "np.trig"
    status, out, err = run(capsys, "export", "nanopubs", "-o", str(path))
    assert (status, out) == (1, "")
    assert err == (
        "nmda-pain: write_nanopubs needs rdflib, which is not installed; "
        "run: pip install 'nmda_pain[rdf]'\n"
    )
    assert not path.exists()
    assert err in CLI_DOCS.read_text(encoding="utf-8")  # as docs/cli.md shows it


def test_export_csl_json_to_stdout_includes_the_source_and_every_reference(capsys):
    status, out, _ = run(capsys, "export", "csl-json")
    assert status == 0
    items = json.loads(out)
    registry = default_registry()
    assert [item["id"] for item in items] == [
        "el-sayed-2025",
        *(r.id for r in registry.references),
    ]


def test_export_bibtex_parses_with_a_bibtex_parser(capsys, tmp_path):
    bibtexparser = pytest.importorskip("bibtexparser")
    status, out, _ = run(capsys, "export", "bibtex")
    assert status == 0
    library = bibtexparser.parse_string(out)
    assert len(library.entries) == 1 + len(default_registry().references)
    assert library.entries[0].key == "el-sayed-2025"
    path = tmp_path / "refs.bib"
    status, written, err = run(capsys, "export", "bibtex", "-o", str(path))
    assert (status, written, err) == (0, "", f"nmda-pain: wrote {path}\n")
    assert path.read_text(encoding="utf-8") == out


def test_export_of_a_registry_without_source_lists_only_its_references(users_file, capsys):
    status, out, _ = run(capsys, "--registry", str(users_file), "export", "csl-json")
    assert status == 0
    assert json.loads(out) == []


def test_an_export_that_cannot_be_written_exits_1(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    target = blocker / "refs.json"
    status, _, err = run(capsys, "export", "csl-json", "-o", str(target))
    assert status == 1
    assert err == f"nmda-pain: cannot write {target}: Not a directory\n"


# -- validate and schema -----------------------------------------------------------------


def test_validate_a_good_document_exits_0_with_a_success_line(users_file, capsys):
    status, out, _ = run(capsys, "validate", str(users_file))
    assert status == 0
    assert out == (
        f"{users_file}: a valid registry document (1 agent, 0 receptors, 0 mechanisms, "
        "0 adverse effects, 0 conditions, 0 enzymes, 0 references, 0 claims, 0 mappings)\n"
    )
    data = run_json(capsys, "validate", str(users_file))
    assert data == {
        "file": str(users_file),
        "valid": True,
        "problems": [],
        "counts": {family: 1 if family == "agents" else 0 for family in FAMILIES},
    }


def bad_document(tmp_path):
    document = json.loads(to_json(default_registry()))
    document["claims"][3]["predicate"] = "treatz"
    document["agents"][2]["kind"] = "pill"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_validate_lists_every_problem_with_its_path_and_exits_1(tmp_path, capsys):
    path = bad_document(tmp_path)
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 1
    lines = out.splitlines()
    assert lines[0] == f"{path}: not a valid registry document (2 problems):"
    assert any(line.startswith("  $.agents[2].kind: ") for line in lines[1:])
    assert any(line.startswith("  $.claims[3].predicate: ") for line in lines[1:])
    assert "treatz" in out


def test_validate_as_json_lists_the_problems(tmp_path, capsys):
    path = bad_document(tmp_path)
    status, out, _ = run(capsys, "--format", "json", "validate", str(path))
    assert status == 1
    data = json.loads(out)
    assert data["valid"] is False
    assert len(data["problems"]) == 2
    assert all(problem.startswith("$.") for problem in data["problems"])


def test_validate_reports_cross_record_problems_with_paths(tmp_path, capsys):
    document = json.loads(to_json(default_registry()))
    document["claims"][0]["object"] = "nowhere"
    path = tmp_path / "dangling.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 1
    assert "(1 problem):" in out
    assert "  $.claims[0].object: " in out


def test_validate_a_file_that_is_not_json(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_bytes(b"{")
    status, out, _ = run(capsys, "validate", str(path))
    assert status == 1
    assert "$: not JSON" in out


def test_validate_a_missing_file_exits_1(tmp_path, capsys):
    status, out, err = run(capsys, "validate", str(tmp_path / "absent.json"))
    assert (status, out) == (1, "")
    assert err.startswith(f"nmda-pain: cannot read {tmp_path / 'absent.json'}:")


def test_schema_prints_the_json_schema(capsys):
    status, out, _ = run(capsys, "schema")
    assert status == 0
    assert json.loads(out) == json_schema()


# -- global options and exit codes -------------------------------------------------------


def test_global_options_work_before_and_after_the_command(users_file, capsys):
    before = run_json(capsys, "--registry", str(users_file), "list", "agents")
    status, out, _ = run(
        capsys, "list", "agents", "--registry", str(users_file), "--format", "json"
    )
    assert status == 0
    assert json.loads(out) == before
    assert [item["id"] for item in before] == ["x"]


def test_an_option_after_the_command_does_not_undo_one_before_it(users_file, capsys):
    data = run_json(capsys, "list", "agents", "--registry", str(users_file))
    assert [item["id"] for item in data] == ["x"]


def test_registry_and_extended_together_are_a_usage_error(users_file, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--registry", str(users_file), "--extended", "list", "agents"])
    assert caught.value.code == 2
    assert "give --registry FILE or --extended, not both" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{", "not JSON"),
        (b'{"format": "nmda_pain.registry", "format_version": 9}', "format version 9"),
    ],
)
def test_a_bad_registry_file_exits_1_with_the_problem(tmp_path, capsys, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main(["--registry", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"nmda-pain: cannot use {path}:")
    assert message in err


def test_a_missing_registry_file_exits_1(tmp_path, capsys):
    assert main(["--registry", str(tmp_path / "absent.json"), "list", "agents"]) == 1
    assert "No such file" in capsys.readouterr().err


def test_usage_errors_exit_2_and_version_exits_0(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["--format", "yaml"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"nmda-pain {__version__}"


def test_help_lists_every_command_and_family(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for command in (
        "overview",
        "list",
        "show",
        "agents-for",
        "claims",
        "export",
        "validate",
        "schema",
    ):
        assert command in out
    assert "Exit status: 0 success, 1 invalid data" in out
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert ", ".join(family.replace("_", "-") for family in FAMILIES) in out
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "json, kgx, sqlite, csl-json, bibtex, graphml, sssom, nanopubs" in out
    assert "nanopubs the rdf extra" in out
    assert "json, csl-json and bibtex go to stdout without it" in out


def test_every_query_command_prints_json_a_script_can_use(capsys):
    # Expected values from the article: 56 curated claims on its ten references; ketamine is
    # a member of the class, and memantine is compared with it [3]; reference [5] is the
    # dextromethorphan-quinidine paragraph; chronic pain is treated by the class [1] and by
    # memantine [3]; eleven acts-via claims (the class's mechanisms, ketamine's, quinidine's).
    overview = run_json(capsys, "overview")
    assert overview["counts"]["claims"] == 56
    numbered = [r for r in overview["references"] if r["number"] is not None]
    assert len(numbered) == 10
    assert overview["article"]["doi"] == "10.37421/2684-5997.2025.8.296"

    claims = run_json(capsys, "list", "claims")
    assert len(claims) == 56
    assert all(claim["evidence"] for claim in claims)

    ketamine = run_json(capsys, "show", "ketamine")
    assert (ketamine["family"], ketamine["record"]["id"]) == ("agent", "ketamine")
    assert any(
        (c["predicate"], c["object"]) == ("member_of", "nmda-receptor-antagonists")
        for c in ketamine["claims_out"]
    )
    assert {c["subject"] for c in ketamine["claims_in"]} == {"memantine"}

    fifth = run_json(capsys, "show", "5")
    assert (fifth["family"], fifth["record"]["number"]) == ("reference", 5)
    assert {c["subject"] for c in fifth["claims"]} == {"dextromethorphan", "quinidine"}

    chronic = run_json(capsys, "agents-for", "chronic pain")
    assert [row["agent"]["id"] for row in chronic] == ["nmda-receptor-antagonists", "memantine"]

    acting = run_json(capsys, "claims", "--predicate", "acts_via")
    assert len(acting) == 11
    assert {c["predicate"] for c in acting} == {"acts_via"}


def test_presentation_asks_only_the_registry_in_hand(monkeypatch, mixed_file, capsys):
    """With the shipped registries out of reach, a registry file is shown the same."""
    _, expected, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")

    def unreachable():
        msg = "presentation consulted a shipped registry"
        raise AssertionError(msg)

    for module in (cli, nmda_pain.data):
        monkeypatch.setattr(module, "default_registry", unreachable)
        monkeypatch.setattr(module, "extended_registry", unreachable)
    for argv in ([], ["show", "my drug"], ["show", "ketamine"], ["list", "claims"]):
        status, out, _ = run(capsys, "--registry", str(mixed_file), *argv)
        assert status == 0
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "my drug")
    assert out == expected


# -- terminals, rich and pipes -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["list", "agents"], ["show", "ketamine"], ["agents-for", "CRPS"], ["claims"]]
)
def test_in_a_terminal_tables_render_with_rich(monkeypatch, argv):
    pytest.importorskip("rich")
    monkeypatch.setenv("COLUMNS", "200")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(argv) == 0
    out = ANSI.sub("", terminal.getvalue())
    assert "━" in out or "─" in out  # rich's box drawing
    assert "Ketamine" in out
    assert "  -----" not in out  # not the plain rule


def test_rich_prints_the_datas_brackets_as_they_are(monkeypatch):
    pytest.importorskip("rich")
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["show", "ketamine"]) == 0
    out = terminal.getvalue()
    assert "[2] introduction, description, conclusion" in out  # not read as rich markup
    assert "severe pain [2]." in out
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["overview"]) == 0
    assert "Ketamine (drug; member of NMDA receptor antagonists, Analgesics)" in terminal.getvalue()
    assert "(established [2])" in terminal.getvalue()


def test_rich_renders_untitled_fields_and_empty_tables(monkeypatch):
    pytest.importorskip("rich")
    monkeypatch.setenv("NO_COLOR", "1")
    terminal = Terminal()
    emit((Fields("", (("label", "[value]"),)), Table("Empty", ("A", "B"), ())), terminal)
    out = ANSI.sub("", terminal.getvalue())
    assert out.splitlines()[0].split() == ["label", "[value]"]
    assert "Empty" in out
    assert "(none)" in out


def test_in_a_terminal_without_rich_tables_are_plain(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "rich", None)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["list", "agents"]) == 0
    plain = terminal.getvalue()
    monkeypatch.undo()
    _, piped, _ = run(capsys, "list", "agents")
    assert plain == piped
    assert "  ---" in plain
    assert "─" not in plain


def test_a_closed_pipe_stops_the_command_quietly(monkeypatch, tmp_path):
    class ClosedPipe(io.StringIO):
        def __init__(self, descriptor):
            super().__init__()
            self.descriptor = descriptor

        def write(self, _text):
            raise BrokenPipeError

        def fileno(self):
            return self.descriptor

    with (tmp_path / "stdout").open("w") as target:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(target.fileno()))
        assert main(["list", "claims"]) == 0
        os.write(target.fileno(), b"still open")


def test_a_closed_captured_pipe_stops_quietly_too(monkeypatch):
    class ClosedPipe(io.StringIO):
        def write(self, _text):
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["list", "claims"]) == 0


def test_piped_output_has_no_colour_codes_and_no_box_drawing():
    result = subprocess.run(
        [sys.executable, "-m", "nmda_pain", "show", "ketamine"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "FORCE_COLOR": "", "TERM": "xterm-256color"},
    )
    assert not ANSI.search(result.stdout)
    assert "─" not in result.stdout
    assert result.stdout.startswith("Ketamine\n  id:")


def test_a_reader_that_goes_away_gets_no_traceback():
    """More output than a pipe holds, and the reader closes after the first bytes."""
    with subprocess.Popen(
        [sys.executable, "-m", "nmda_pain", "--extended", "export", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(10) == b'{\n  "forma'
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert err == b""


def test_the_module_entry_point_exits_with_mains_status(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["nmda-pain"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("nmda_pain", run_name="__main__")
    assert caught.value.code == 0
    assert "Counts: 9 agents" in capsys.readouterr().out


def test_python_dash_m_runs_the_same_command():
    result = subprocess.run(
        [sys.executable, "-m", "nmda_pain"], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.startswith("Source: Ahmed Hassan El-Sayed (2025)")


def test_python_dash_m_exits_1_for_an_unknown_name():
    result = subprocess.run(
        [sys.executable, "-m", "nmda_pain", "show", "ketamin"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "nmda-pain: no entity is called 'ketamin'; did you mean 'Ketamine'?\n"


# -- unsafe text -------------------------------------------------------------------------


def test_control_characters_never_reach_the_terminal(monkeypatch, capsys):
    with attrs.validators.disabled():  # the model refuses them; the command must not rely on it
        agent = Agent(id="esc", name="Red\x1b[31mX\x1b]0;pwned\x07", synonyms=("a\rb", "c\nd"))
        registry = Registry(agents=(agent,))
    monkeypatch.setattr(cli, "_load", lambda _arguments: registry)
    for argv in (["list", "agents"], ["show", "esc"], []):
        _, out, _ = run(capsys, *argv)
        assert "\x1b" not in out
        assert "\x07" not in out
        assert "\r" not in out
        assert "Red\\x1b[31mX\\x1b]0;pwned\\x07" in out
    _, out, _ = run(capsys, "list", "agents")
    lines = out.splitlines()
    assert len(lines) == 4  # title, heading, rule, one row: the line break is folded
    assert "a\\x0db, c d" in lines[3]
    pytest.importorskip("rich")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["show", "esc"]) == 0
    shown = ANSI.sub("", terminal.getvalue())
    assert "]0;pwned" in shown
    assert "\x07" not in shown
    assert "\\x1b" in shown


def test_plain_tables_align_wide_and_combining_characters():
    table = Table("T", ("Name", "Kind"), (("鎮痛薬", "x"), ("Cafe\u0301", "y"), ("abc", "z")))
    lines = render_plain((table,)).splitlines()
    assert lines[3] == "  鎮痛薬  x"
    assert lines[4] == "  Cafe\u0301    y"
    assert lines[5] == "  abc     z"


def test_graphml_escapes_control_characters(tmp_path, monkeypatch, capsys):
    networkx = pytest.importorskip("networkx")
    with attrs.validators.disabled():
        agent = Agent(id="esc", name="Red\x1b[31mX\x07", description="tab\there\nline")
        registry = Registry(agents=(agent,))
    monkeypatch.setattr(cli, "_load", lambda _arguments: registry)
    path = tmp_path / "esc.graphml"
    assert run(capsys, "export", "graphml", "-o", str(path))[0] == 0
    node = networkx.read_graphml(path).nodes["esc"]
    assert node["name"] == "Red\\x1b[31mX\\x07"
    assert node["description"] == "tab\there\nline"


@pytest.mark.parametrize(
    "target", ["json", "csl-json", "bibtex", "sqlite", "graphml", "sssom", "nanopubs"]
)
def test_an_export_error_names_the_path_given_and_leaves_nothing(tmp_path, capsys, target):
    if target == "graphml":
        pytest.importorskip("networkx")
    if target == "nanopubs":
        pytest.importorskip("rdflib")
    path = tmp_path / "missing" / "out.x"
    status, _, err = run(capsys, "export", target, "-o", str(path))
    assert status == 1
    assert err.startswith(f"nmda-pain: cannot write {path}: ")
    assert ".tmp" not in err
    assert not (tmp_path / "missing").exists()


def test_file_exports_replace_the_target_atomically(tmp_path, capsys):
    path = tmp_path / "refs.bib"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    assert run(capsys, "export", "bibtex", "-o", str(path))[0] == 0
    assert path.read_text(encoding="utf-8").startswith("@")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]


# -- the documentation's examples --------------------------------------------------------


def console_examples():
    """Each ``$ nmda-pain ...`` line of the console blocks in docs/cli.md, with the lines it prints."""
    text = CLI_DOCS.read_text(encoding="utf-8")
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL):
        command, lines = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    yield command, lines
                command, lines = line[2:], []
            else:
                lines.append(line)
        yield command, lines


def as_pattern(lines):
    """A line ``...`` stands for any number of lines; every other line must match exactly."""
    return "".join(r"(?:.*\n)*" if line == "..." else re.escape(line) + "\n" for line in lines)


EXAMPLES = list(console_examples())


def test_the_docs_have_examples_of_every_command():
    words = {word for command, _ in EXAMPLES for word in shlex.split(command)}
    assert {"list", "show", "agents-for", "claims", "export", "validate", "--format"} <= words
    assert EXAMPLES[0][0] == "nmda-pain"  # the overview


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_the_docs_show_what_each_command_prints(tmp_path, monkeypatch, capsys, command, expected):
    monkeypatch.chdir(tmp_path)
    bad_document(tmp_path).rename(tmp_path / "mine.json")
    (tmp_path / "good.json").write_text(to_json(default_registry()), encoding="utf-8")
    argv = shlex.split(command)
    assert argv[0] == "nmda-pain"
    main(argv[1:])
    captured = capsys.readouterr()
    assert re.fullmatch(as_pattern(expected), captured.out + captured.err), (
        captured.out + captured.err
    )


def test_show_says_which_claims_are_made_for_anaesthesia(capsys):
    _, out, _ = run(capsys, "show", "NMDA antagonists")
    qualifiers = out.split("Modes of action, affinities, mediating mechanisms and settings")[1]
    assert (
        "  claim:          NMDA receptor antagonists produces effect Amnesia\n"
        "    setting:      anaesthesia\n"
    ) in qualifiers
    assert qualifiers.count("setting:") == 7  # the seven claims of paragraph [9]


# -- the command line and the library answer alike ------------------------------------------


@pytest.mark.parametrize(
    ("argv", "query"),
    [
        (["--predicate", "causes adverse effect"], {"predicate": "causes adverse effect"}),
        (["--predicate", "Causes-Adverse_Effect"], {"predicate": "causes_adverse_effect"}),
        (
            ["--subject", "NMDA antagonists", "--predicate", "treats"],
            {"subject": "NMDA antagonists", "predicate": "treats"},
        ),
        (
            ["--object", "neuropathic pain", "--min-certainty", "promising"],
            {"object": "neuropathic pain", "min_certainty": "promising"},
        ),
        (["--reference", "3"], {"reference": "3"}),
        (["--min-certainty", "established"], {"min_certainty": "established"}),
        (["--verified-only"], {"include_unverified": False}),
        (["--min-evidence-level", "2"], {"min_evidence_level": 2}),
    ],
)
@pytest.mark.parametrize("extended", [False, True])
def test_claims_on_the_command_line_are_find_claims_answers(capsys, argv, query, extended):
    registry = extended_registry() if extended else default_registry()
    flags = ["--extended"] if extended else []
    data = run_json(capsys, *flags, "claims", *argv)
    expected = nmda_pain.find_claims(**query, registry=registry)
    assert [Claim_key(c) for c in data] == [Claim_key(record_json(c)) for c in expected]
    if query.get("predicate") == "causes adverse effect":
        assert len(data) >= 5  # the label works in both, and answers something


def record_json(claim):
    from nmda_pain.interchange.document import record_data  # noqa: PLC0415

    return record_data(claim)


def Claim_key(data):  # noqa: N802 -- reads as the claim's key
    return (data["subject"], data["predicate"], data["object"])


@pytest.mark.parametrize("approved", [False, True])
@pytest.mark.parametrize("condition", ["neuropathic pain", "pseudobulbar affect", "CRPS"])
def test_agents_for_on_the_command_line_is_agents_for_condition(capsys, approved, condition):
    registry = extended_registry()
    flags = ["--include-approved"] if approved else []
    data = run_json(capsys, "--extended", "agents-for", condition, *flags)
    expected = nmda_pain.agents_for_condition(
        condition, include_approved=approved, registry=registry
    )
    assert [item["agent"]["id"] for item in data] == [agent.id for agent in expected]
    for item in data:  # each agent with exactly the claims that put it in the answer
        assert item["claims"]


def test_show_suggests_what_resolve_suggests(capsys):
    with pytest.raises(nmda_pain.UnknownEntityError) as caught:
        default_registry().resolve("NMDA")
    assert caught.value.suggestions  # the library has suggestions...
    status, _, err = run(capsys, "show", "NMDA")
    assert status == 1
    for suggestion in caught.value.suggestions:  # ...and the command line shows them
        assert repr(suggestion) in err


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["shwo", "ketamine"], "'show'"),
        (["list", "agent"], "'agents'"),
        (["export", "kgxx"], "'kgx'"),
        (["export", "ssom"], "'sssom'"),
        (["export", "nanopub"], "'nanopubs'"),
        (["--format", "jsn"], "'json'"),
    ],
)
def test_a_mistyped_choice_gets_a_did_you_mean(capsys, argv, suggestion):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert f"did you mean {suggestion}" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "refused"),
    [
        (["schema", "--format", "table"], "--format has no effect on schema"),
        (["--format", "json", "export", "json"], "--format has no effect on export"),
        (["validate", "--extended", "x.json"], "--extended has no effect on validate"),
        (["--registry", "x.json", "schema"], "--registry has no effect on schema"),
    ],
)
def test_an_option_without_effect_is_a_usage_error(capsys, argv, refused):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert refused in capsys.readouterr().err


def test_a_filter_value_the_query_refuses_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["claims", "--min-certainty", "sure"])
    assert exit_.value.code == 2
    assert "min_certainty must be a Certainty or one of 'established'" in capsys.readouterr().err


def test_validate_checks_several_files_and_standard_input(tmp_path, monkeypatch, capsys):
    good = write(tmp_path, default_registry(), "good.json")
    bad = bad_document(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good.read_bytes())))
    status, out, _ = run(capsys, "validate", str(good), "-", str(bad))
    assert status == 1  # one of them is invalid
    lines = out.splitlines()
    assert lines[0].startswith(f"{good}: a valid registry document")
    assert lines[1].startswith("standard input: a valid registry document")
    assert lines[2].startswith(f"{bad}: not a valid registry document (2 problems)")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good.read_bytes())))
    data = run_json_status(capsys, "validate", "-", str(good))
    assert [report["valid"] for report in data] == [True, True]
    with pytest.raises(SystemExit):
        main(["validate", "-", "-"])
    assert "standard input (-) can be read only once" in capsys.readouterr().err


def run_json_status(capsys, *argv):
    _, out, _ = run(capsys, "--format", "json", *argv)
    return json.loads(out)


def test_validate_never_prints_control_characters_from_a_document(tmp_path, capsys):
    document = json.loads(to_json(default_registry()))
    document["agents"][0]["\x1b[2J\x1b[Hvalid\x07"] = 1
    document["claims"][0]["predicate"] = "\x1b[31mred\ud800"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, err = run(capsys, "validate", str(path))
    assert status == 1
    assert "\x1b" not in out + err
    assert "\x07" not in out + err
    assert "\\x1b[2J" in out


@pytest.mark.parametrize("data_format", ["table", "json"])
def test_validate_shows_a_hostile_key_as_escapes_on_a_strict_utf8_stream(
    tmp_path, monkeypatch, data_format
):
    """A key that clears the screen, holds a lone surrogate or fakes a line reaches no terminal."""
    document = json.loads(to_json(default_registry()))
    document["agents"][0]["\x1b[2J\ud800"] = 1
    document["agents"][1]["x\nfake.json: valid\r"] = 1
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # the surrogate as \\ud800
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", stdout)
    status = main(["--format", data_format, "validate", str(path)])
    stdout.flush()
    out = raw.getvalue().decode("utf-8")  # strictly: no lone surrogate was written
    assert status == 1
    assert "\x1b" not in out
    assert "\r" not in out
    if data_format == "json":
        problems = json.loads(out)["problems"]
        assert "$.agents[0]['\\x1b[2J\\ud800']: unknown field" in "".join(problems)
        return
    # the path quotes a key that is no plain name, escapes and all, as repr() writes it
    assert "$.agents[0]['\\x1b[2J\\ud800']: unknown field" in out
    assert not any(line.startswith("fake") for line in out.splitlines())
    assert "$.agents[1]['x\\nfake.json: valid\\r']: unknown field" in out


def test_text_a_stream_cannot_encode_is_escaped_not_a_traceback():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    emit((Fields("Kétamine", (("name", "\uff2b\uff45\uff54\uff41 \ud800"),)),), stream)
    stream.flush()
    text = raw.getvalue().decode("ascii")
    assert "K\\xe9tamine" in text
    assert "\\uff2b" in text


@pytest.mark.parametrize("flags", [[], ["--extended"]])
def test_the_overview_fits_100_columns(capsys, flags):
    _, out, _ = run(capsys, *flags)
    assert max(len(line) for line in out.splitlines()) <= 100


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX feature")
def test_validate_and_registry_refuse_what_is_not_a_regular_file_before_reading(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # reading it would block forever: nothing writes to it
    status, out, _ = run(capsys, "validate", str(fifo))
    assert status == 1
    assert f"{fifo}: not a valid registry document" in out
    assert "not a regular file" in out
    status, _, err = run(capsys, "--registry", str(fifo), "overview")
    assert status == 1
    assert err.startswith(f"nmda-pain: cannot use {fifo}:")
    assert "not a regular file" in err


def test_validate_refuses_a_file_over_the_limit_without_reading_it(tmp_path, capsys):
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_SIZE + 1)  # sparse: nothing stored, nothing need be read
    status, out, _ = run(capsys, "validate", str(big))
    assert status == 1
    assert f"{MAX_DOCUMENT_SIZE + 1:,} bytes" in out
