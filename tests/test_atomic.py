"""Files are replaced atomically, with the mode a plain open() would give, and the umask untouched.

Every writer (dump, the SQLite, GraphML, KGX, SSSOM and nanopublication
exports, the command line's output files) writes through
:func:`nmda_pain._atomic.replacing` or :func:`~nmda_pain._atomic.replacing_all`;
most of these tests go through dump or the context managers themselves, the
writers' own tests check that they leave no temporary file behind. What is
promised is written in ``docs/security.md``.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from nmda_pain import Registry, default_registry, dump
from nmda_pain._atomic import replacing, replacing_all
from nmda_pain.exports import kgx, write_kgx


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


# -- the umask is read, never set ------------------------------------------------------


def test_a_new_files_mode_is_found_without_setting_the_umask(tmp_path, monkeypatch):
    # Setting it, even for a moment, makes files that other threads create then world-writable.
    previous = os.umask(0o027)
    try:

        def refuse(_mask: int) -> int:
            message = "the umask was set"
            raise AssertionError(message)

        monkeypatch.setattr(os, "umask", refuse)
        dump(Registry(), tmp_path / "registry.json")
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert (tmp_path / "registry.json").stat().st_mode & 0o777 == 0o640


def test_the_temporary_file_has_the_final_mode_before_anything_is_written(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")
    path.chmod(0o640)
    with replacing(path) as temporary:
        assert temporary.stat().st_mode & 0o777 == 0o640
        temporary.write_text("new", encoding="utf-8")
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_temporary_the_caller_made_anew_still_gets_the_mode(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")
    path.chmod(0o644)
    with replacing(path) as temporary:
        temporary.unlink()
        previous = os.umask(0o077)
        try:
            temporary.write_text("new", encoding="utf-8")
        finally:
            os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o644
    assert path.read_text(encoding="utf-8") == "new"


# -- synced to disk ---------------------------------------------------------------------


def test_the_file_is_synced_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")
    synced: list[tuple[bool, str]] = []  # (a folder?, the target's content then)
    real_fsync = os.fsync

    def record(handle: int) -> None:
        folder = stat.S_ISDIR(os.fstat(handle).st_mode)
        synced.append((folder, path.read_text(encoding="utf-8")))
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", record)
    with replacing(path) as temporary:
        temporary.write_text("new", encoding="utf-8")
    assert synced == [(False, "old content"), (True, "new")]


# -- removed on every failure ----------------------------------------------------------


def test_a_failed_sync_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")

    def crash(_fd: int) -> None:
        message = "disk full"
        raise OSError(message)

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"), replacing(path) as temporary:
        temporary.write_text("new", encoding="utf-8")  # the writer itself does not sync
    assert path.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_an_interrupt_while_the_temporary_is_made_leaves_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    path.write_text("old content", encoding="utf-8")

    def interrupt(_self: Path, _mode: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "chmod", interrupt)
    with pytest.raises(KeyboardInterrupt), replacing(path):
        pytest.fail("not reached")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_directory_at_the_target_is_refused_before_anything_is_written(tmp_path):
    path = tmp_path / "out"
    path.mkdir()
    with pytest.raises(IsADirectoryError) as caught, replacing(path):
        pytest.fail("not reached")
    assert caught.value.filename == str(path)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_taken_temporary_name_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    taken = tmp_path / f".out.txt.{b'took'.hex()}.tmp"
    taken.write_text("someone else's", encoding="utf-8")
    names = iter([b"took", b"free"])
    monkeypatch.setattr(os, "urandom", lambda _n: next(names))
    with replacing(path) as temporary:
        assert temporary.name == f".out.txt.{b'free'.hex()}.tmp"
        temporary.write_text("new", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "new"
    assert taken.read_text(encoding="utf-8") == "someone else's"


def test_no_free_temporary_name_is_an_error_naming_the_target(tmp_path, monkeypatch):
    path = tmp_path / "out.txt"
    taken = f".out.txt.{b'took'.hex()}.tmp"
    (tmp_path / taken).write_text("someone else's", encoding="utf-8")
    monkeypatch.setattr(os, "urandom", lambda _n: b"took")
    with pytest.raises(FileExistsError) as caught, replacing(path):
        pytest.fail("not reached")
    assert caught.value.filename == str(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken]


# -- symbolic links and read-only files ------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symbolic links")
def test_a_symbolic_link_is_replaced_and_what_it_points_to_is_left(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not ours", encoding="utf-8")
    elsewhere.chmod(0o600)
    link = tmp_path / "registry.json"
    link.symlink_to(elsewhere)
    previous = os.umask(0o022)
    try:
        dump(Registry(), link)
    finally:
        os.umask(previous)
    assert not link.is_symlink()
    assert json.loads(link.read_text(encoding="utf-8"))["agents"] == []
    assert link.stat().st_mode & 0o777 == 0o644  # a new file's mode, not the linked file's
    assert elsewhere.read_text(encoding="utf-8") == "not ours"


def test_a_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "registry.json"
    path.write_text("old content", encoding="utf-8")
    path.chmod(0o444)
    try:
        with pytest.raises(PermissionError) as caught:
            dump(Registry(), path)
        assert caught.value.filename == str(path)
        assert "read-only" in str(caught.value)
        assert path.read_text(encoding="utf-8") == "old content"
        assert [p.name for p in tmp_path.iterdir()] == ["registry.json"]
    finally:
        path.chmod(0o644)


# -- several files together -------------------------------------------------------------


def test_an_error_while_writing_several_files_replaces_none(tmp_path):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in paths:
        path.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError, match="second"), replacing_all(paths) as (first, _second):  # noqa: PT012
        first.write_text("new", encoding="utf-8")
        message = "the second failed"
        raise ValueError(message)
    assert [path.read_text(encoding="utf-8") for path in paths] == ["old", "old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_target_that_cannot_be_replaced_removes_the_temporaries_made_before(tmp_path):
    first = tmp_path / "a.txt"
    (tmp_path / "b").mkdir()
    with pytest.raises(IsADirectoryError), replacing_all([first, tmp_path / "b"]):
        pytest.fail("not reached")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b"]


def test_kgx_replaces_its_three_files_or_none(tmp_path, monkeypatch):
    nodes, edges, context = write_kgx(default_registry(), tmp_path)
    for path in (nodes, edges, context):
        path.write_text("old", encoding="utf-8")

    def crash(_nodes: object) -> str:
        message = "the context failed"
        raise RuntimeError(message)

    monkeypatch.setattr(kgx, "_context", crash)  # after the nodes and edges are written
    with pytest.raises(RuntimeError, match="context failed"):
        write_kgx(default_registry(), tmp_path)
    assert [path.read_text(encoding="utf-8") for path in (nodes, edges, context)] == ["old"] * 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (nodes, edges, context)
    )


def test_kgx_with_a_directory_at_the_context_replaces_neither_other_file(tmp_path):
    nodes, edges, context = write_kgx(default_registry(), tmp_path)
    for path in (nodes, edges):
        path.write_text("old", encoding="utf-8")
    context.unlink()
    context.mkdir()
    with pytest.raises(IsADirectoryError):
        write_kgx(default_registry(), tmp_path)
    assert [path.read_text(encoding="utf-8") for path in (nodes, edges)] == ["old"] * 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (nodes, edges, context)
    )
