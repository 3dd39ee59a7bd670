"""Write files so that a reader never sees half of one: a temporary file in the same folder, then rename."""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Iterator

from .errors import InputError
from .i18n import _


def write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = True) -> None:
    target = Path(path)
    if target.is_dir():
        raise InputError(_("is a directory; give a file name"), path=str(path))
    if target.exists() and not force:
        raise InputError(_("exists already; use --force to overwrite it"), path=str(path))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(_("folder {folder} does not exist").format(folder=folder), path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(_("cannot write here ({reason})").format(reason=err.strerror or err), path=str(path)) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as err:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise InputError(_("cannot be written ({reason}); the old file is unchanged").format(
                reason=err.strerror or err),
                             path=str(path)) from err
        raise


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then deliver them: a run stopped while it
    writes several files (the phrase bank) finishes writing them all first, so the set on disk is
    the old one or the new one, never a mix. Only the main thread can set signal handlers; elsewhere
    the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = [s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, lambda sig, frame: caught.append(sig)) for s in held}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if caught:
            signal.raise_signal(caught[0])


def write_text(path: str | os.PathLike[str], text: str, *, force: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), force=force)
