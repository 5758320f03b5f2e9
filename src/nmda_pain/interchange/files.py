"""Registries as files: :func:`load` and :func:`dump`, the file face of :mod:`~nmda_pain.interchange.document`."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Final

from nmda_pain._atomic import replacing
from nmda_pain.errors import RegistryFormatError
from nmda_pain.interchange.document import MAX_DOCUMENT_SIZE, from_json, to_json

if TYPE_CHECKING:
    from nmda_pain.registry import Registry

__all__ = ["dump", "load"]


def load(path: str | os.PathLike[str]) -> Registry:
    """Read a registry from the JSON file at *path* (UTF-8).

    The file's content is handled as by :func:`from_json`; nothing named in
    the document (paths, URLs) is followed. Only a regular file is read (a
    symbolic link to one is followed): a FIFO, a device or a directory is
    refused before anything is read from it, and so is a file larger than
    :data:`~nmda_pain.interchange.document.MAX_DOCUMENT_SIZE`, which is never
    read into memory.

    Raises:
        RegistryFormatError: The file is not a valid registry document, is
            not a regular file, or is too large; the error names *path*.
        OSError: The file cannot be opened or read (on Windows, a directory
            raises :class:`PermissionError`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Refuses what is not a regular file, and a file over the size limit,
       before reading it.
    """
    return from_json(_read_document(Path(path)))


_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO without a writer opens at once instead of blocking
    | getattr(os, "O_NOCTTY", 0)  # a terminal never becomes the process's controlling one
    | getattr(os, "O_BINARY", 0)
)

_LIMIT: Final = f"{MAX_DOCUMENT_SIZE:,} bytes a registry may be"

_KINDS: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _read_document(path: Path) -> bytes:
    """The bytes of the regular file at *path*, if it holds at most :data:`MAX_DOCUMENT_SIZE`.

    The checks are made on the opened file (``fstat``), so the file checked is
    the file read; at most one byte more than the limit is ever read, for a
    file that grows while it is read.
    """
    handle = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
            msg = f"$: {path} is {kind}, not a regular file; a registry is read from a file"
            raise RegistryFormatError((msg,))
        if info.st_size > MAX_DOCUMENT_SIZE:
            msg = f"$: {path} is {info.st_size:,} bytes long, more than the {_LIMIT}"
            raise RegistryFormatError((msg,))
        with open(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_DOCUMENT_SIZE + 1)
    finally:
        os.close(handle)
    if len(data) > MAX_DOCUMENT_SIZE:  # a file that grew, or one whose size says nothing (/proc)
        msg = f"$: {path} holds more than the {_LIMIT}"
        raise RegistryFormatError((msg,))
    return data


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
