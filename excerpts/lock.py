"""One writer at a time: an advisory lock on the corpus while a command writes it."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from excerpts.errors import ExcerptsError

LOCK_NAME = ".excerpts.lock"
DEFAULT_TIMEOUT = 60.0


@contextlib.contextmanager
def corpus_lock(locales_dir: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold ``locales/.excerpts.lock`` exclusively; wait up to ``timeout`` seconds for it.

    The lock is released by the kernel when the process dies, so a crashed command never
    leaves the corpus locked. ``EXCERPTS_LOCK_TIMEOUT`` overrides the default wait.
    """
    if timeout is None:
        timeout = float(os.environ.get("EXCERPTS_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
    path = locales_dir / LOCK_NAME
    try:
        locales_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise ExcerptsError(f"cannot create the lock file: {exc.strerror}", path) from None
    try:
        _acquire(fd, path, timeout)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _acquire(fd: int, path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise ExcerptsError(f"cannot lock the corpus: {exc.strerror}", path) from None
        if time.monotonic() >= deadline:
            holder = _holder(path)
            raise ExcerptsError(
                f"another excerpts command{holder} is writing this corpus; "
                f"waited {timeout:g} s. Try again when it has finished",
                path,
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""
