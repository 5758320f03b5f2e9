"""Replacing a file atomically, with the permissions a plain ``open(path, "w")`` would give.

:func:`tempfile.mkstemp` creates its file readable by the owner alone, which is
right for a secret and wrong for a registry or a database meant to be shared:
the finished file gets the mode of the file it replaces, or the one the umask
gives a new file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Generator
from pathlib import Path

__all__ = ["replacing"]


@contextlib.contextmanager
def replacing(target: Path) -> Generator[Path, None, None]:
    """Yield a temporary path beside *target*; on success, rename it over *target*.

    A reader sees the old file or the complete new one, never half of one; on
    any exception the temporary file is removed and *target* is left as it was.
    """
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:  # name the file the caller asked for, not the temporary one
        raise type(error)(error.errno, error.strerror, str(target)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.chmod(_mode_for(target))
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permission bits *target* has, or those the umask gives a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)  # the only portable way to read it is to set it
        os.umask(umask)
        return 0o666 & ~umask
