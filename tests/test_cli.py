"""The nmda-pain command prints the overview and fails cleanly on bad input."""

from __future__ import annotations

import runpy
import subprocess
import sys

import pytest

from nmda_pain import Agent, Registry, __version__, to_json
from nmda_pain.cli import main


def test_the_overview_shows_counts_agents_and_references(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "Source: Ahmed Hassan El-Sayed (2025)" in out
    assert "not clinical advice" in out
    assert (
        "Counts: 9 agents, 1 receptor, 11 mechanisms, 6 adverse effects, 13 conditions, 10 references, 51 claims"
        in out
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


def test_a_users_registry_file_is_used(tmp_path, capsys):
    path = tmp_path / "mine.json"
    path.write_text(to_json(Registry(agents=(Agent(id="x", name="Drug X"),))), encoding="utf-8")
    assert main(["--registry", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Counts: 1 agent, 0 receptors" in out
    assert "Source:" not in out
    assert "Drug X (drug)" in out
    assert "  conditions:      -" in out


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
    assert main(["--registry", str(tmp_path / "absent.json")]) == 1
    assert "No such file" in capsys.readouterr().err


def test_usage_errors_exit_2_and_version_exits_0(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["no-such-command"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"nmda-pain {__version__}"


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
