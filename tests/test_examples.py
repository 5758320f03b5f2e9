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


def test_extend_registry_adds_an_agent_and_refuses_a_typo(capsys):
    out = run("extend_registry.py", capsys)
    assert (
        "Agents for postoperative pain: ['NMDA receptor antagonists', 'Ketamine', 'Compound X']"
        in out
    )
    assert "unknown id 'postop-pain' (did you mean 'postoperative-pain'?)" in out


def test_mechanism_network_draws_the_png(tmp_path, monkeypatch, capsys):
    pytest.importorskip("matplotlib")
    pytest.importorskip("networkx")
    output = tmp_path / "network.png"
    monkeypatch.setattr("sys.argv", ["mechanism_network.py", str(output)])
    out = run("mechanism_network.py", capsys)
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(29 nodes, 28 edges)" in out


def test_every_example_is_tested():
    tested = {"neuropathic_pain.py", "extend_registry.py", "mechanism_network.py"}
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested
