"""Registries as files: dump writes the document that load reads back, and a bad file is a format error.

That dump replaces a file atomically is tested in ``tests/test_atomic.py``; merge
and evolve in ``tests/registry/``.
"""

from __future__ import annotations

import pytest

from nmda_pain import RegistryFormatError, default_registry, dump, load, to_json


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
