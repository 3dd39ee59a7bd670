"""Write files so that a reader never sees half of one: a temporary file in the same folder, then rename."""
from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

from .errors import InputError
from .i18n import _


def current_umask() -> int:
    """The process's umask (read, not changed, where /proc tells it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_bytes(path: str | os.PathLike[str], data: bytes, *, force: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it and one rename.

    A new file gets the mode the umask gives (0644 under umask 022); a file replaced under
    ``force`` keeps its mode. Without ``force`` nothing existing is replaced: not a file, not a
    symbolic link (dangling or not), not a pipe or socket. A device node is refused even with it
    (writing "over" /dev/sda is never what was meant)."""
    from .i18n import _

    target = Path(path)
    name = str(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as err:
        raise InputError(_("cannot be checked ({reason})").format(reason=err.strerror or err), path=name) from err
    if target.is_dir():
        raise InputError(_("is a directory; give a file name"), path=name)
    if st is not None:
        if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
            raise InputError(_("is a device, not a file; refused (give the name of a file)"), path=name)
        if not force:
            if stat.S_ISLNK(st.st_mode):
                raise InputError(_("is a symbolic link (to {target}); use --force to replace the link "
                                   "with the file").format(target=os.readlink(target)), path=name)
            if not stat.S_ISREG(st.st_mode):
                raise InputError(_("exists and is not a regular file (a pipe or a socket); use --force "
                                   "to replace it with the file"), path=name)
            raise InputError(_("exists already; use --force to overwrite it"), path=name)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(_("folder {folder} does not exist").format(folder=folder), path=name)
    mode = stat.S_IMODE(st.st_mode) if st is not None and stat.S_ISREG(st.st_mode) \
        else 0o666 & ~current_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise InputError(_("cannot write here ({reason})").format(reason=err.strerror or err), path=name) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if not hasattr(os, "fchmod"):            # pragma: no cover - Windows
            os.chmod(tmp, mode)
        if force:
            os.replace(tmp, target)
        else:
            _place_new(tmp, target, name)
    except BaseException as err:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise InputError(_("cannot be written ({reason}); the old file is unchanged").format(
                reason=err.strerror or err), path=name) from err
        raise


def _place_new(tmp: str, target: Path, name: str) -> None:
    """Rename ``tmp`` to ``target`` only if nothing is there, even something that appeared since
    the check (a hard link fails when the name exists; where links cannot be made, a rename)."""
    try:
        os.link(tmp, target)
    except FileExistsError as err:
        raise InputError(_("exists already; use --force to overwrite it"), path=name) from err
    except OSError:
        if os.path.lexists(target):
            raise InputError(_("exists already; use --force to overwrite it"), path=name) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


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


# ------------------------------------------------------------------ folders switched as one unit

def _renameat2() -> Any:
    """Linux's renameat2, which can exchange two paths in one step (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn


def exchange(new: Path, old: Path) -> bool:
    """Put folder ``new`` in the place of folder ``old`` and ``old`` in the place of ``new``, in one
    rename that a reader or a crash cannot see half of (Linux: renameat2 RENAME_EXCHANGE). Returns
    False where the system cannot exchange; the caller then renames twice."""
    fn = _renameat2()
    if fn is None:
        return False
    import ctypes

    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(new), at_fdcwd, os.fsencode(old), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP if hasattr(errno, "ENOTSUP") else errno.EINVAL):
        return False                  # a file system that cannot exchange: rename twice
    raise OSError(code, os.strerror(code), str(old))


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# a symbolic link planted at the lock's name is not followed (the open fails: a message)
_LOCK_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)


class FolderLock:
    """An exclusive lock on a folder's name, held in a file beside it (``.NAME.lock``), so that two
    runs writing the same folder take turns. Waits up to ``wait`` seconds, then raises
    :class:`InputError`. POSIX: flock; Windows: msvcrt.locking; released when the process ends,
    however it ends."""

    def __init__(self, folder: Path, wait: float) -> None:
        self.path = folder.parent / f".{folder.name}.lock"
        self.wait = wait
        self.fd: int | None = None

    def __enter__(self) -> "FolderLock":
        import time

        from .i18n import _

        try:
            self.fd = os.open(self.path, _LOCK_FLAGS, 0o666)
        except OSError as err:
            raise InputError(_("cannot create the lock file ({reason})").format(reason=err.strerror or err),
                             path=str(self.path)) from err
        deadline = time.monotonic() + self.wait
        while not self._try() or not self._still_there():
            if time.monotonic() >= deadline:
                os.close(self.fd)
                self.fd = None
                raise InputError(_("another drafter run is writing this phrase bank (it holds {lock}); "
                                   "try again when it has finished").format(lock=self.path.name),
                                 path=str(self.path.parent / self.path.name[1:-5]))
            time.sleep(0.1)
        return self

    def _still_there(self) -> bool:
        """The lock file is removed by its holder when it is done; a run that locked the removed
        file opens the path again."""
        assert self.fd is not None
        try:
            same = os.path.samestat(os.fstat(self.fd), os.stat(self.path))
        except OSError:
            same = False
        if not same:
            os.close(self.fd)
            self.fd = os.open(self.path, _LOCK_FLAGS, 0o666)
        return same

    def _try(self) -> bool:
        assert self.fd is not None
        try:
            import fcntl
        except ImportError:                       # Windows
            import msvcrt

            try:
                msvcrt.locking(self.fd, msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                return False
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as err:
            if err.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return False
            raise

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            try:
                os.unlink(self.path)     # while still held: no litter beside the bank
            except OSError:
                pass                     # Windows cannot remove an open file: it stays
            os.close(self.fd)            # closing releases flock and msvcrt locks
            self.fd = None
