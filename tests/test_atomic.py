"""Files are replaced atomically, with the mode a plain open() would give.

Every writer (dump, the SQLite, GraphML and KGX exports, the command line's
output files) writes through :func:`nmda_pain._atomic.replacing`; most of these
tests go through dump, the writers' own tests check that they leave no
temporary file behind.
"""

from __future__ import annotations

import json
import os

import pytest

from nmda_pain import Registry, default_registry, dump
from nmda_pain._atomic import replacing


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


def test_a_missing_folder_is_reported_with_the_path_asked_for(tmp_path):
    path = tmp_path / "no-such-folder" / "registry.json"
    with pytest.raises(FileNotFoundError) as caught:
        dump(Registry(), path)
    assert caught.value.filename == str(path)
    assert ".tmp" not in str(caught.value)


def test_an_interrupt_while_writing_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), replacing(path) as temporary:  # noqa: PT012
        temporary.write_text("half of the new", encoding="utf-8")
        raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
