"""Write files so that a reader never sees half of one: a temporary file in the same folder, then rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError


def write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = True) -> None:
    target = Path(path)
    if target.is_dir():
        raise InputError("is a directory; give a file name", path=str(path))
    if target.exists() and not force:
        raise InputError("exists already; use --force to overwrite it", path=str(path))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"folder {folder} does not exist", path=str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike[str], text: str, *, force: bool = True) -> None:
    write_bytes(path, text.encode("utf-8"), force=force)
