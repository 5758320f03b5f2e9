"""Registries as files: :func:`load` and :func:`dump`, the file face of :mod:`~nmda_pain.interchange.document`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from nmda_pain._atomic import replacing
from nmda_pain.interchange.document import from_json, to_json

if TYPE_CHECKING:
    from nmda_pain.registry import Registry

__all__ = ["dump", "load"]


def load(path: str | os.PathLike[str]) -> Registry:
    """Read a registry from the JSON file at *path* (UTF-8).

    The file's content is handled as by :func:`from_json`; nothing named in
    the document (paths, URLs) is followed.

    Raises:
        RegistryFormatError: The file is not a valid registry document.
        OSError: The file cannot be read.

    .. versionadded:: 0.1.0
    """
    return from_json(Path(path).read_bytes())


def dump(registry: Registry, path: str | os.PathLike[str], *, indent: int | None = 2) -> Path:
    """Write *registry* to *path* as UTF-8 JSON, atomically.

    The document goes to a temporary file in the same directory, which is
    flushed to disk and then renamed over *path*: a crash leaves either the
    old file or the new one, never half of one.

    Args:
        registry: The registry to write.
        path: Where to write it.
        indent: As for :func:`to_json`; two spaces by default, so curated
            files diff line by line.

    Returns:
        The path written, as the exports' writers return theirs.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Returns the path written.
    """
    data = (to_json(registry, indent=indent) + "\n").encode("utf-8")
    target = Path(path)
    with replacing(target) as temporary, temporary.open("wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    return target
