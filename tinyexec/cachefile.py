"""Reading and writing the files of a cache directory (weights, compiled
programs, guard proofs) and the weights ``tinyexec build`` writes."""
from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


def read_regular(path) -> bytes:
    """The bytes of ``path``, which must be a regular file: a FIFO or a device
    in its place would block or never end (opened without blocking, then
    checked, so nothing can swap it in between)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise OSError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return f.read()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file of this process's own beside ``path``,
    then rename it over ``path``: a reader (another process's first run, say)
    sees the old file or the whole new one, never part of one.  A symbolic
    link is written through to its target; anything else that is not a
    regular file (a FIFO, a device, a directory) is refused, not replaced."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    if path.exists() and not path.is_file():
        raise OSError(errno.EINVAL, "not a regular file")
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
