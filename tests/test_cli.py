"""The nmda-pain command: every command, both output formats, exit codes, and piping."""

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

from nmda_pain import (
    Agent,
    Certainty,
    Claim,
    Condition,
    ConditionKind,
    Evidence,
    Predicate,
    Reference,
    Registry,
    Section,
    __version__,
    cli,
    default_registry,
    extended_registry,
    find_claims,
    from_json,
    json_schema,
    to_json,
)
from nmda_pain._render import Fields, Table, emit, render_plain
from nmda_pain.cli import main

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CLI_DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


class Terminal(io.StringIO):
    """A captured stdout that says it is a terminal."""

    def isatty(self):
        return True


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def run_json(capsys, *argv):
    status, out, err = run(capsys, "--format", "json", *argv)
    assert (status, err) == (0, "")
    return json.loads(out)


@pytest.fixture
def users_file(tmp_path):
    path = tmp_path / "mine.json"
    path.write_text(to_json(Registry(agents=(Agent(id="x", name="Drug X"),))), encoding="utf-8")
    return path


# -- overview ----------------------------------------------------------------------------


def test_the_overview_shows_counts_agents_and_references(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Source: Ahmed Hassan El-Sayed (2025)" in out
    assert "not clinical advice" in out
    assert (
        "Counts: 9 agents, 1 receptor, 11 mechanisms, 6 adverse effects, 13 conditions, "
        "0 enzymes, 10 references, 51 claims" in out
    )
    assert "Ketamine (drug; member of NMDA receptor antagonists)" in out
    assert "treats Complex regional pain syndrome (established [2])" in out
    assert "Raising dextromethorphan's bioavailability (stated [5])" in out
    assert "increases bioavailability of Dextromethorphan (stated [5])" in out
    assert "other uses:      cough suppressant" in out
    assert "[10] Pardis Rasti" in out
    assert out.count("(unverified)") == 10
    assert (
        "Anesthetic agents (drug class)" in out
    )  # every agent is listed, even one only named as an object


def test_overview_is_the_default_command(capsys):
    main(["overview"])
    explicit = capsys.readouterr().out
    main([])
    assert capsys.readouterr().out == explicit


def test_the_overview_as_json_has_counts_agents_with_their_claims_and_references(capsys):
    data = run_json(capsys, "overview")
    registry = default_registry()
    assert data["counts"] == {
        "agents": 9,
        "receptors": 1,
        "mechanisms": 11,
        "adverse_effects": 6,
        "conditions": 13,
        "enzymes": 0,
        "references": 10,
        "claims": 51,
    }
    assert data["source"]["doi"] == "10.37421/2684-5997.2025.8.296"
    assert [item["agent"]["id"] for item in data["agents"]] == [a.id for a in registry.agents]
    ketamine = next(item for item in data["agents"] if item["agent"]["id"] == "ketamine")
    assert len(ketamine["claims"]) == len(find_claims(subject="ketamine"))
    assert [r["number"] for r in data["references"]] == list(range(1, 11))


def test_a_users_registry_file_is_used(users_file, capsys):
    assert main(["--registry", str(users_file)]) == 0
    out = capsys.readouterr().out
    assert "Counts: 1 agent, 0 receptors" in out
    assert "Source:" not in out
    assert "Drug X (drug)" in out
    assert "  conditions:      -" in out


def test_the_overview_of_a_registry_without_source_has_null_source_in_json(users_file, capsys):
    data = run_json(capsys, "--registry", str(users_file))
    assert data["source"] is None
    assert data["counts"]["agents"] == 1


# -- list --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "attribute"),
    [
        ("agents", "agents"),
        ("receptors", "receptors"),
        ("mechanisms", "mechanisms"),
        ("adverse-effects", "adverse_effects"),
        ("conditions", "conditions"),
        ("enzymes", "enzymes"),
        ("references", "references"),
        ("claims", "claims"),
    ],
)
@pytest.mark.parametrize("make", [default_registry, extended_registry])
def test_list_prints_every_record_of_the_family_as_table_and_json(capsys, family, attribute, make):
    registry = make()
    extended = ["--extended"] if make is extended_registry else []
    records = getattr(registry, attribute)
    status, out, err = run(capsys, *extended, "list", family)
    assert (status, err) == (0, "")
    first_line = out.splitlines()[0]
    assert first_line.startswith(f"{len(records)} ")
    data = run_json(capsys, *extended, "list", family)
    assert len(data) == len(records)
    if attribute == "claims":
        assert [(c["subject"], c["predicate"], c["object"]) for c in data] == [
            (c.subject, c.predicate.value, c.object) for c in records
        ]
    else:
        assert [item["id"] for item in data] == [record.id for record in records]
        for record in records:
            assert record.id in out


def test_list_agents_shows_kind_class_and_synonyms(capsys):
    _, out, _ = run(capsys, "list", "agents")
    lines = out.splitlines()
    assert lines[0] == "9 agents"
    assert lines[1].split() == ["Id", "Name", "Kind", "Drug", "class", "Synonyms"]
    assert set(lines[2].replace(" ", "")) == {"-"}
    row = next(line for line in lines if line.lstrip().startswith("ketamine "))
    assert "NMDA receptor antagonists" in row
    assert "drug" in row
    assert all(line == line.rstrip() for line in lines)


def test_list_claims_names_the_entities_and_the_evidence_with_sections(capsys):
    _, out, _ = run(capsys, "list", "claims")
    row = next(line for line in out.splitlines() if "Complex regional pain syndrome" in line)
    assert row.split("  ")[1] == "Ketamine"
    assert "established" in row
    assert row.endswith("[2] introduction, description")


def test_list_references_shows_number_design_and_verification(capsys):
    _, out, _ = run(capsys, "list", "references")
    row = next(line for line in out.splitlines() if "rowbotham-2020" in line)
    assert row.split()[:3] == ["3", "rowbotham-2020", "2020"]
    assert "randomized controlled trial" in row
    assert "unverified" in row


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
    assert "Claims about Ketamine (7)" in out
    assert "Claims naming Ketamine as their object (2)" in out
    treats = next(line for line in out.splitlines() if "Severe pain" in line)
    assert "treats" in treats
    assert "established" in treats
    assert "[2] introduction, description, conclusion" in treats
    incoming = next(line for line in out.splitlines() if "better tolerated than" in line)
    assert incoming.split()[0] == "Memantine"
    assert "theorized" in incoming
    assert "Curator notes on these claims" in out
    assert "  - Ketamine treats Postoperative pain: Named with CRPS" in out
    assert "  source:       the article" in out


def test_show_an_entity_with_only_a_name(users_file, capsys):
    status, out, _ = run(capsys, "--registry", str(users_file), "show", "drug x")
    assert status == 0
    assert out.startswith(
        "Drug X\n  id:      x\n  class:   agent (drug)\n"
        "  source:  not stated (no provenance, and not a record of the article's registry)\n"
    )
    assert "Curator notes" not in out


def test_show_accepts_any_name_and_synonym(capsys):
    _, by_synonym, _ = run(capsys, "show", "CRPS")
    _, by_id, _ = run(capsys, "show", "complex-regional-pain-syndrome")
    assert by_synonym == by_id
    assert by_id.startswith("Complex regional pain syndrome\n")
    assert "  class:        condition\n" in by_id  # not "condition (condition)"
    assert "synonyms:" in by_id


def test_show_an_entity_as_json_lists_its_claims(capsys):
    data = run_json(capsys, "show", "memantine")
    assert data["family"] == "agent"
    assert data["record"]["id"] == "memantine"
    assert [c["object"] for c in data["claims_out"]] == [
        c.object for c in find_claims(subject="memantine")
    ]
    assert data["claims_in"] == []
    assert data["claims_out"][1]["evidence"] == [
        {"reference": "rowbotham-2020", "sections": ["introduction", "description", "conclusion"]}
    ]


def test_show_a_drug_class_lists_its_members_and_curator_notes(capsys):
    _, out, _ = run(capsys, "show", "NMDA receptor antagonists")
    assert (
        "members:        Selective NMDA receptor antagonists, Ketamine, Memantine, Dextromethorphan"
        in out
    )
    assert "curator notes:  Statements the article makes of the class" in out
    _, out, _ = run(capsys, "show", "dextromethorphan")
    assert "other uses:" in out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CHEBI:6121", "Ketamine"),
        ("pubchem.compound:3821", "Ketamine"),
        ("MONDO:0021667", "Neuropathic pain"),
        ("mesh:D016194", "NMDA receptor"),
    ],
)
def test_show_resolves_curies_in_the_extended_registry(capsys, name, expected):
    status, out, _ = run(capsys, "--extended", "show", name)
    assert status == 0
    assert out.startswith(f"{expected}\n")


def test_show_in_the_extended_registry_gives_identifiers_and_pharmacology(capsys):
    _, out, _ = run(capsys, "--extended", "show", "ketamine")
    card, beyond = out.split("\n\n")[:2]
    assert "  source:       the article" in card  # the record is the article's...
    assert "identifiers" not in card
    assert "channel blocker" not in card
    lines = beyond.splitlines()  # ...its identifiers and pharmacology are not, and say so
    assert lines[0] == "Beyond the article: identifiers and pharmacology of Ketamine"
    assert lines[1].startswith("  identifiers:     pubchem.compound:3821, chebi:6121")
    assert lines[2].startswith("    source:        nmda_pain reference table (identifiers.json)")
    assert (
        lines[3] == "  mode of action:  channel blocker at NMDA receptor (channel pore, trapping)"
    )
    assert lines[4].startswith("    source:        GtoPdb interactions aggregated")
    assert lines[5] == "  affinity:        pIC50 6.18 at GluN2C (human)"
    assert lines[6].endswith("primary source Dravid et al. 2007, J Physiol (PMID 17303642)")
    _, out, _ = run(capsys, "--extended", "show", "methadone")
    assert "(channel pore, contested)" in out
    assert "  source:       beyond the article: nmda_pain reference table" in out
    _, out, _ = run(capsys, "--extended", "show", "dextromethorphan")
    assert "mode of action:  channel blocker at GluN2C\n    source:  " in out
    _, out, _ = run(capsys, "--extended", "show", "ifenprodil")
    assert "affinity:        IC50 0.34 µM at" in out


def test_show_receptors_enzymes_effects_and_mechanisms(capsys):
    _, out, _ = run(capsys, "--extended", "show", "GluN1")
    assert "class:        receptor (subunit of NMDA receptor)" in out
    assert "gene:         GRIN1" in out
    _, out, _ = run(capsys, "show", "NMDA receptor")
    assert "gated by:" in out
    assert "permeant ions:" in out
    _, out, _ = run(capsys, "--extended", "show", "cyp2d6")
    assert "class:        enzyme" in out
    assert "gene:         CYP2D6" in out
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
    assert "evidence level:  2 (Oxford CEBM 2011)" in out
    assert "verification:    unverified" in out
    assert "Claims citing [3] (5)" in out
    data = run_json(capsys, "show", name)
    assert data["family"] == "reference"
    assert data["record"]["id"] == "rowbotham-2020"
    assert len(data["claims"]) == 5


def test_show_a_reference_outside_the_numbered_list_without_a_level(capsys):
    _, out, _ = run(capsys, "--extended", "show", "nmda-pain-reference-table")
    assert "number:          not numbered" in out
    assert "Claims citing [nmda-pain-reference-table]" in out
    assert "evidence level:  none (the design is not stated)" in out
    assert "doi:" not in out


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
    path = tmp_path / "doi.json"
    path.write_text(to_json(registry), encoding="utf-8")
    _, out, _ = run(capsys, "--registry", str(path), "show", "doe-2020")
    assert "doi:             https://doi.org/10.1000/xyz" in out
    assert "  Drug X   treats     Pain Y  stated     [doe-2020]" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["show", "ketamin"],
            "nmda-pain: no entity is called 'ketamin'; did you mean 'Ketamine'?\n",
        ),
        (["show", "99"], "nmda-pain: no entity is called '99', and no known name is close to it\n"),
        (["show", "CHEBI:6121"], "nmda-pain: no entity is called 'CHEBI:6121'"),
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
    rows = [line.split("  ")[1] for line in lines[3:6]]
    assert rows == ["NMDA receptor antagonists", "Memantine", "Dextromethorphan"]
    assert "demonstrated" in lines[5]
    assert "[5] introduction, description, conclusion" in lines[5]
    assert "names the class, not each member" in out


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


def test_export_kgx_writes_the_two_files(tmp_path, capsys):
    folder = tmp_path / "kgx"
    status, _, err = run(capsys, "export", "kgx", "-o", str(folder))
    assert status == 0
    nodes, edges = folder / "nmda_pain_nodes.tsv", folder / "nmda_pain_edges.tsv"
    assert err == f"nmda-pain: wrote {nodes}\nnmda-pain: wrote {edges}\n"
    assert len(edges.read_text(encoding="utf-8").splitlines()) == 1 + 51


@pytest.mark.parametrize("target", ["kgx", "sqlite", "graphml"])
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
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        assert "claims" in tables
        assert connection.execute("select count(*) from claims").fetchone() == (51,)


def test_export_graphml_writes_a_graph_networkx_reads_back(tmp_path, capsys):
    networkx = pytest.importorskip("networkx")
    path = tmp_path / "graph.graphml"
    status, _, _ = run(capsys, "--extended", "export", "graphml", "-o", str(path))
    assert status == 0
    graph = networkx.read_graphml(path)
    registry = extended_registry()
    assert graph.number_of_nodes() == len(registry.entities)
    assert graph.number_of_edges() == len(registry.claims)
    ketamine = graph.nodes["ketamine"]
    assert ketamine["family"] == "agent"
    assert "chebi:6121" in ketamine["xrefs"]
    assert "drug_class" in ketamine
    assert "provenance" not in ketamine  # None has no GraphML value: the attribute is left out


def test_export_graphml_without_networkx_names_the_extra(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "networkx", None)
    status, _, err = run(capsys, "export", "graphml", "-o", str(tmp_path / "g.graphml"))
    assert status == 1
    assert "pip install 'nmda_pain[networkx]'" in err


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
    assert len(library.entries) == 11
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
        "0 adverse effects, 0 conditions, 0 enzymes, 0 references, 0 claims)\n"
    )
    data = run_json(capsys, "validate", str(users_file))
    assert data == {
        "file": str(users_file),
        "valid": True,
        "problems": [],
        "counts": {
            "agents": 1,
            "receptors": 0,
            "mechanisms": 0,
            "adverse_effects": 0,
            "conditions": 0,
            "enzymes": 0,
            "references": 0,
            "claims": 0,
        },
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


def test_help_lists_every_command(capsys):
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


def test_every_query_command_prints_json_a_script_can_use(capsys):
    # Expected values from the article: 51 curated claims on its ten references; ketamine is
    # a member of the class, and memantine is compared with it [3]; reference [5] is the
    # dextromethorphan-quinidine paragraph; chronic pain is treated by the class [1] and by
    # memantine [3]; eleven acts-via claims (the class's mechanisms, ketamine's, quinidine's).
    overview = run_json(capsys, "overview")
    assert overview["counts"]["claims"] == 51
    assert overview["counts"]["references"] == 10
    assert overview["source"]["doi"] == "10.37421/2684-5997.2025.8.296"

    claims = run_json(capsys, "list", "claims")
    assert len(claims) == 51
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
    assert "Ketamine (drug; member of NMDA receptor antagonists)" in terminal.getvalue()
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


# -- where records come from, names, predicates, unsafe text, exports -------------------


@pytest.fixture
def mixed_file(tmp_path):
    """The article's registry (and source) with one agent and one claim of the user's own."""
    shipped = default_registry()
    mine = Agent(id="drug-z", name="Drug Z")
    claim = Claim(
        subject="drug-z",
        predicate=Predicate.TREATS,
        object="acute-pain",
        evidence=(Evidence(reference="ragab-2021", sections=(Section.DESCRIPTION,)),),
        certainty=Certainty.STATED,
    )
    registry = Registry(
        agents=(*shipped.agents, mine),
        receptors=shipped.receptors,
        mechanisms=shipped.mechanisms,
        adverse_effects=shipped.adverse_effects,
        conditions=shipped.conditions,
        references=shipped.references,
        claims=(*shipped.claims, claim),
        source=shipped.source,
    )
    path = tmp_path / "mixed.json"
    path.write_text(to_json(registry), encoding="utf-8")
    return path


def test_the_extended_overview_marks_what_is_not_the_articles(capsys):
    _, out, _ = run(capsys, "--extended")
    assert "restate this one review article" not in out
    assert "Not every record here is the article's" in out
    assert "1 enzyme, 11 references, 65 claims" in out
    assert "Esketamine (drug) [beyond the article]" in out
    assert "Dextromethorphan/quinidine (product) [beyond the article]" in out
    assert (
        "  approved for:    Pseudobulbar affect (stated [nmda-pain-reference-table]; beyond the article)"
        in out
    )
    assert "other claims:    contains Dextromethorphan" in out
    assert "Ketamine (drug; member of NMDA receptor antagonists)\n" in out  # the article's
    assert "(verified) [not in the article's reference list]" in out
    assert "Agents (what the registry states of each" in out


def test_a_users_own_records_are_not_presented_as_the_articles(mixed_file, capsys):
    _, out, _ = run(capsys, "--registry", str(mixed_file))
    assert out.startswith("Source: Ahmed Hassan El-Sayed (2025)")
    assert "restate this one review article" not in out
    assert "Drug Z (drug) [source not stated]" in out
    assert (
        "treats Acute pain (stated [2]; source not stated)" in out
    )  # cites [2], not the article's
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "drug z")
    assert "source:  not stated" in out
    assert "Source" in out.splitlines()[6]  # the claims table says where each claim comes from
    _, out, _ = run(capsys, "--registry", str(mixed_file), "show", "ketamine")
    assert "  source:       the article" in out
    _, out, _ = run(capsys, "--registry", str(mixed_file), "agents-for", "acute pain")
    assert out.startswith("Agents the registry names for Acute pain (2)")
    assert "source not stated" in out
    _, out, _ = run(capsys, "--registry", str(mixed_file), "list", "agents")
    assert out.splitlines()[1].rstrip().endswith("Source")


def test_agents_for_includes_approvals_labelled_as_such(capsys):
    status, out, _ = run(capsys, "--extended", "agents-for", "pseudobulbar affect")
    assert status == 0
    assert out.startswith("Agents the registry names for Pseudobulbar affect (1)")
    assert "Dextromethorphan/quinidine  product  approved for" in out
    assert "beyond the article" in out
    assert "a regulator's approval" in out
    data = run_json(capsys, "--extended", "agents-for", "pseudobulbar affect")
    assert [c["predicate"] for c in data[0]["claims"]] == ["approved_for"]
    _, out, _ = run(capsys, "agents-for", "CRPS")
    assert "approval" not in out
    assert out.startswith("Agents the article names for")


@pytest.mark.parametrize(
    "predicate", ["causes adverse effect", "Causes-Adverse_Effect", "causes_adverse_effect"]
)
def test_predicates_are_read_as_the_tables_print_them(capsys, predicate):
    data = run_json(capsys, "claims", "--predicate", predicate)
    assert data
    assert {c["predicate"] for c in data} == {"causes_adverse_effect"}


def test_a_misspelt_predicate_suggests_the_closest(capsys):
    status, _, err = run(capsys, "claims", "--predicate", "causes adverse efect")
    assert status == 1
    assert "did you mean 'causes_adverse_effect'?" in err


def test_a_reference_whose_id_is_all_digits_is_found_by_id_first(tmp_path, capsys):
    document = json.loads(to_json(default_registry()))
    document["references"].append(
        {"id": "2021", "authors": ["x"], "title": "t", "journal": "j", "year": 2000}
    )
    document["claims"].append(
        {
            "subject": "ketamine",
            "predicate": "treats",
            "object": "acute-pain",
            "evidence": [{"reference": "2021"}],
            "certainty": "stated",
        }
    )
    path = tmp_path / "numid.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    data = run_json(capsys, "--registry", str(path), "claims", "--reference", "2021")
    assert [(c["subject"], c["object"]) for c in data] == [("ketamine", "acute-pain")]
    data = run_json(capsys, "--registry", str(path), "claims", "--reference", "3")
    assert len(data) == 5  # no id "3": the reference numbered 3


def test_suggestions_include_reference_ids_and_the_extended_registry(capsys):
    status, _, err = run(capsys, "show", "ragab-2020")
    assert status == 1
    assert "did you mean 'ragab-2021'" in err
    _, _, err = run(capsys, "show", "CHEBI:6121")
    assert "'CHEBI:6121' is an identifier in the extended registry" in err
    assert "add --extended" in err
    _, _, err = run(capsys, "show", "esketamine")
    assert "'esketamine' is a name in the extended registry" in err
    _, _, err = run(capsys, "--extended", "show", "esketamin")
    assert "extended registry" not in err
    _, _, err = run(capsys, "show", "nothing-like-it")
    assert "extended registry" not in err


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


@pytest.mark.parametrize("target", ["json", "csl-json", "bibtex", "sqlite", "graphml"])
def test_an_export_error_names_the_path_given_and_leaves_nothing(tmp_path, capsys, target):
    if target == "graphml":
        pytest.importorskip("networkx")
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


def test_show_in_json_says_where_the_entity_comes_from(capsys, users_file):
    assert run_json(capsys, "show", "ketamine")["source"] == "the article"
    esketamine = run_json(capsys, "--extended", "show", "esketamine")
    assert esketamine["source"].startswith("beyond the article: ")
    assert esketamine["record"]["provenance"] in esketamine["source"]
    mine = run_json(capsys, "--registry", str(users_file), "show", "Drug X")
    assert mine["source"].startswith("not stated")
