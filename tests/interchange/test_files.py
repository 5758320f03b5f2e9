"""Registries as files: dump writes the document that load reads back, and a bad file is a format error.

load reads only a regular file within the size limit, and refuses anything
else before reading it (docs/security.md).

That dump replaces a file atomically is tested in ``tests/test_atomic.py``; merge
and evolve in ``tests/registry/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nmda_pain import Registry, RegistryFormatError, default_registry, dump, load, to_json
from nmda_pain.interchange import files
from nmda_pain.interchange.document import MAX_DOCUMENT_SIZE


def test_dump_then_load_gives_the_same_registry(tmp_path):
    path = tmp_path / "registry.json"
    written = dump(default_registry(), str(path))
    assert written == path  # as a Path, like the exports' writers return theirs
    assert load(written) == default_registry()
    assert path.read_text(encoding="utf-8") == to_json(default_registry(), indent=2) + "\n"
    assert load(str(path)) == default_registry()


def test_load_reports_a_bad_file_as_a_format_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff")
    with pytest.raises(RegistryFormatError, match="not valid UTF-8"):
        load(path)


# -- only a regular file, and not too large, is read -------------------------------------


def test_load_follows_a_symbolic_link_to_a_regular_file(tmp_path):
    path = tmp_path / "registry.json"
    dump(Registry(), path)
    link = tmp_path / "link.json"
    try:
        link.symlink_to(path)
    except OSError:  # pragma: no cover -- Windows without the right to make links
        pytest.skip("symbolic links cannot be made here")
    assert load(link) == Registry()


def test_load_of_a_missing_file_is_an_os_error_naming_it(tmp_path):
    path = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError) as caught:
        load(path)
    assert caught.value.filename == str(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_load_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    # Read as a file, a FIFO that no one writes to blocks forever.
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    with pytest.raises(RegistryFormatError, match="a FIFO") as caught:
        load(path)
    assert str(path) in str(caught.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a POSIX device")
def test_load_refuses_a_device_before_reading_it():
    # Read as a file, /dev/zero grows until MemoryError.
    with pytest.raises(RegistryFormatError, match="/dev/zero is a character device"):
        load("/dev/zero")


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot open a directory: PermissionError")
def test_load_refuses_a_directory(tmp_path):
    with pytest.raises(RegistryFormatError, match="is a directory, not a regular file") as caught:
        load(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_load_refuses_a_file_over_the_size_limit_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_SIZE + 1)  # sparse: nothing is stored, nothing need be read
    with pytest.raises(RegistryFormatError) as caught:
        load(path)
    (problem,) = caught.value.errors
    assert problem == (
        f"$: {path} is {MAX_DOCUMENT_SIZE + 1:,} bytes long, "
        f"more than the {MAX_DOCUMENT_SIZE:,} bytes a registry may be"
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux's /proc")
def test_load_reads_at_most_one_byte_over_the_limit(monkeypatch):
    # /proc files say they are empty and hold more; a file may grow while it is read.
    monkeypatch.setattr(files, "MAX_DOCUMENT_SIZE", 10)
    with pytest.raises(RegistryFormatError, match="/proc/self/status holds more than"):
        load("/proc/self/status")


def test_load_reads_a_file_of_exactly_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "registry.json"
    dump(Registry(), path, indent=None)
    monkeypatch.setattr(files, "MAX_DOCUMENT_SIZE", path.stat().st_size)
    assert load(path) == Registry()
