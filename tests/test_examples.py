"""The scripts in examples/ run and print what their docstrings promise."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(name: str, capsys: pytest.CaptureFixture[str]) -> str:
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    return capsys.readouterr().out


def test_neuropathic_pain_lists_the_three_agents_with_their_references(capsys):
    out = run("neuropathic_pain.py", capsys)
    assert "NMDA receptor antagonists: under investigation" in out
    assert "Memantine: promising" in out
    assert "Dextromethorphan: demonstrated" in out
    assert out.count("reference unverified") == 3
    assert "[5] Sanjeev N. Madan" in out


def test_extend_registry_adds_an_agent_in_the_shipped_class_and_refuses_a_typo(capsys):
    out = run("extend_registry.py", capsys)
    assert "Classes of Compound X: ['NMDA receptor antagonists']" in out
    # The class's own mechanisms, which the article states of the class, not of its members.
    assert "Mechanisms of Compound X, by its class: 9" in out
    assert (
        "Agents for postoperative pain: ['NMDA receptor antagonists', 'Ketamine', 'Compound X']"
        in out
    )
    assert "according to: A. Researcher (2026). Journal club notes on NMDA antagonists." in out
    assert "a secondary source, unverified" in out
    assert "(1 problem)" in out
    assert "unknown id 'postop-pain' (did you mean 'postoperative-pain'?)" in out


def test_mechanism_network_draws_the_png(tmp_path, monkeypatch, capsys):
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    output = tmp_path / "network.png"
    monkeypatch.setattr("sys.argv", ["mechanism_network.py", str(output)])
    out = run("mechanism_network.py", capsys)
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The curated claims the figure draws, counted by hand from the article: the class acts via
    # nine mechanisms, ketamine and quinidine via one each; 11 treats claims, 5 attenuates and
    # 4 prevents (the development of hyperalgesia and allodynia [1], opioid-induced hyperalgesia
    # [6], chronic post-surgical pain [9]). Parallel edges join one pair of nodes where the class
    # both treats and attenuates chronic pain, and attenuates and prevents hyperalgesia and
    # allodynia. 5 agents, 11 mechanisms, 13 conditions.
    assert f"wrote {output} (29 nodes, 31 edges)" in out
    assert "claims drawn: 11 acts via, 11 treats, 5 attenuates, 4 prevents" in out


def executed_notebook(name: str):
    """The notebook *name*, executed top to bottom in a fresh python3 kernel."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(EXAMPLES / name, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    return notebook


def outputs(cell) -> str:
    """Everything a code cell printed or displayed, as one text."""
    parts: list[str] = []
    for output in cell.get("outputs", ()):
        parts.append(output.get("text", ""))
        parts.extend(v for v in output.get("data", {}).values() if isinstance(v, str))
    return "\n".join(parts)


def test_the_explore_notebook_is_stored_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(EXAMPLES / "explore.ipynb", as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # from the Jupyter machinery, not ours
def test_the_explore_notebook_runs_and_shows_cards():
    notebook = executed_notebook("explore.ipynb")
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(output.output_type != "error" for cell in code for output in cell.outputs)
    shown = "\n".join(outputs(cell) for cell in code)
    assert '<div class="nmda-pain-card nmda-pain-registry"' in shown
    assert '<div class="nmda-pain-card nmda-pain-agent"' in shown
    # The three claims behind the neuropathic-pain answer, and ketamine's antagonism.
    assert shown.count('<div class="nmda-pain-card nmda-pain-claim"') == 4
    assert "pIC50" in shown  # the antagonism's card shows its measured affinity
    assert "did you mean 'Ketamine'?" in shown
    assert "['NMDA receptor antagonists', 'Memantine', 'Dextromethorphan']" in shown
    assert "[3] Michael Rowbotham" in shown
    assert "journal_article, unverified; the title suggests: randomized_controlled_trial" in shown
    assert "evidence level: None" in shown  # an unverified reference grades nothing
    assert "doi:10.37421/2684-5997.2025.8.296" in shown  # the source, in the registry card
    assert "https://bioregistry.io/chebi:6121" in shown
    assert "'hp:6000040'" in shown  # neuropathic pain's exact mappings...
    assert "close_match mondo:0021667 'neuralgia': Mondo Disease Ontology" in shown  # ...and others
    assert "best_evidence_level" not in shown  # the filter's column is not displayed...
    assert "reference_numbers" in shown  # ...but the selected ones are, as a DataFrame
    assert shown.count("@article{") == 3  # the references behind the neuropathic-pain answer


def test_every_example_is_tested():
    # kgx_graphdb.py is run by tests/exports/test_graphdb.py, beside the graph database it needs
    tested = {"neuropathic_pain.py", "extend_registry.py", "mechanism_network.py", "kgx_graphdb.py"}
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested
    assert {path.name for path in EXAMPLES.glob("*.ipynb")} == {"explore.ipynb"}
