"""Replacing files atomically, with the permissions a plain ``open(path, "w")`` would give.

Every writer (:func:`~nmda_pain.dump`, the exports' writers, the command
line's output files) writes through :func:`replacing` or, for several files
that belong together, :func:`replacing_all`. What they promise (see
``docs/security.md``):

* The new content goes to a temporary file beside the target, which is synced
  to disk and renamed over the target, and the directory is synced after the
  rename: a reader sees the old file or the whole new one, never half of one.
* On any exception, :class:`KeyboardInterrupt` included, the temporary file is
  removed and the target is left as it was.
* The finished file has the mode of the regular file it replaces, or the one a
  new file gets from ``open(path, "w")``. That mode is found by creating the
  temporary file with ``0o666`` and letting the operating system apply the
  umask (and a directory's default ACL): the process umask is never changed,
  not even for a moment, since another thread may be creating a file then.
* A symbolic link at the target is replaced by the new file; the file the link
  points to is neither written nor followed.
* A read-only file (no write permission for anyone, ``chmod a-w``) is not
  replaced: :class:`PermissionError` names it. A directory at the target is
  refused with :class:`IsADirectoryError` before anything is written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Final

__all__ = ["replacing", "replacing_all"]

_ATTEMPTS: Final = 100
"""How many temporary names are tried before giving up (as :data:`tempfile.TMP_MAX` bounds mkstemp)."""

_WRITE_BITS: Final = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH

_SYNC_FLAGS: Final = os.O_RDWR if os.name == "nt" else os.O_RDONLY
"""Windows' fsync (``_commit``) needs a handle open for writing; POSIX syncs a read-only one."""


@contextlib.contextmanager
def replacing(target: Path) -> Generator[Path, None, None]:
    """Yield a temporary path beside *target*; on success, rename it over *target*.

    A reader sees the old file or the complete new one, never half of one; on
    any exception the temporary file is removed and *target* is left as it was.

    Raises:
        PermissionError: *target* is a read-only file.
        IsADirectoryError: *target* is a directory.
        OSError: The temporary file cannot be created (named as *target*),
            written, synced or renamed.
    """
    with replacing_all((target,)) as (temporary,):
        yield temporary


@contextlib.contextmanager
def replacing_all(targets: Sequence[Path]) -> Generator[tuple[Path, ...], None, None]:
    """Yield a temporary path beside each of *targets*; on success, rename each over its target.

    Every temporary file is written before any target is replaced, so an
    exception while writing (or while creating a temporary file) replaces none
    of them, and every temporary file is removed. The renames come last, one
    target after the other: a crash between two of them (power loss, a
    killed process), or a later rename that fails (rare, since a directory or
    a read-only file at a target is refused before anything is written), can
    leave some targets replaced and not others.
    """
    created: list[tuple[Path, Path, int]] = []  # (target, temporary, mode)
    try:
        for target in targets:
            created.append(_create(target))  # noqa: PERF401 -- kept one by one, for removal on a failure
        yield tuple(temporary for _, temporary, _ in created)
        for _, temporary, mode in created:
            temporary.chmod(mode)  # in case the caller made the file anew
            _sync(temporary, _SYNC_FLAGS)
        for target, temporary, _ in created:
            temporary.replace(target)
    except BaseException:
        for _, temporary, _ in created:
            temporary.unlink(missing_ok=True)
        raise
    for folder in dict.fromkeys(target.parent for target in targets):
        _sync_folder(folder)


def _create(target: Path) -> tuple[Path, Path, int]:
    """A new, empty temporary file beside *target*, and the mode the finished file is to have."""
    mode = _existing_mode(target)
    for _ in range(_ATTEMPTS):
        # os.urandom, not the secrets module: the same bytes, without its import (7 ms).
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            # 0o666 as open() uses: the operating system applies the umask, which is never set here.
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as error:  # name the file the caller asked for, not the temporary one
            raise type(error)(error.errno, error.strerror, str(target)) from None
        try:
            try:
                umask_mode = stat.S_IMODE(os.fstat(handle).st_mode)
            finally:
                os.close(handle)
            if mode is None:
                mode = umask_mode
            else:  # before anything is written: a private file's content is never more readable
                temporary.chmod(mode)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return target, temporary, mode
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


def _existing_mode(target: Path) -> int | None:
    """The mode of the regular file at *target*, or ``None`` if there is none to keep.

    A symbolic link's own mode means nothing and the file it points to is not
    the one replaced, so a link, like a missing file, gives the new file the
    mode the umask allows.
    """
    try:
        info = target.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not stat.S_ISREG(info.st_mode):
        return None
    mode = stat.S_IMODE(info.st_mode)
    if not mode & _WRITE_BITS:
        message = "read-only file, not replaced (make it writable to replace it)"
        raise PermissionError(errno.EACCES, message, str(target))
    return mode


def _sync(path: Path, flags: int) -> None:
    handle = os.open(path, flags)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Sync *folder*, so that a rename in it survives a crash (POSIX; Windows cannot open a folder)."""
    if (
        os.name != "nt"
    ):  # pragma: no branch -- the tests run on POSIX and on Windows, coverage on POSIX
        _sync(folder, os.O_RDONLY)
