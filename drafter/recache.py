"""Regular expressions compiled once across runs: ``regex(pattern)`` is ``re.compile(pattern)``, with
the compiler's output (the parse of the pattern turned into the matcher's code) kept in the user's
cache folder, so that a run does not parse again the expressions an earlier run compiled.

Compiling is pure Python work in ``re``: the 79 expressions a first draft compiles cost more than
a quarter of the cold start beyond importing jinja2, yaml and click. The copy is keyed by the
Python build and the matcher's version (``_sre.MAGIC``), written once at the end of a run that met
a new expression, and read whole on the first call. A pattern built from the drafter's own code
and data files belongs here; one built from a user's input does not (the file would only grow).
A damaged or unreadable copy is ignored, and where the compiler's parts cannot be reached (another
Python) every call is plain ``re.compile``: a run gets the same patterns, from the copy or not.
"""
from __future__ import annotations

import atexit
import functools
import marshal
import os
import re
import sys
import zlib
from typing import Any

try:
    import _sre
    from re import _compiler, _parser        # (Python 3.11 and later)
except ImportError:  # pragma: no cover - older Python: no cache, plain re.compile
    _sre = None

# a copy holds at most so many expressions: more means patterns of data that changed since
MAX_ENTRIES = 4000
_CHECK = 4          # the copy opens on the CRC-32 of what follows
FORMAT = 2

_known: dict[tuple[str, int], tuple[Any, ...]] | None = None     # read on the first call
_new: dict[tuple[str, int], tuple[Any, ...]] = {}


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its compiled code taken from the cache when an earlier run
    compiled the same pattern."""
    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    known = _known if _known is not None else _load()
    parts = known.get(key) or _new.get(key)
    if parts is None:
        parts = _parts(pattern, flags)
        if not _new:
            atexit.register(_save)
        _new[key] = parts
    final_flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


@functools.lru_cache(maxsize=512)
def local(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern built from a user's input (an event's place names): compiled once in
    a run, never kept in the copy, where such patterns only pile up (3,600 of them, 4 MB read at every start, after
    the 760 review events were drafted: 30 ms of a cold start of 170)."""
    return re.compile(pattern, flags)


def _parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile``, computed as it does."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]      # (named opcodes: plain numbers)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _path() -> str | None:
    from .resources import cache_dir

    folder = cache_dir("regex")
    if folder is None:
        return None
    # (…and the copy's own version: 2 since the patterns of event names stopped being kept, so that a copy that
    # holds them is left behind)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{FORMAT}"
    return os.path.join(folder, f"{tag}.marshal")


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _known
    _known = {}
    path = _path()
    if path is not None:
        try:
            with open(path, "rb") as f:
                blob = f.read()
            if zlib.crc32(blob[_CHECK:]).to_bytes(_CHECK, "big") == blob[:_CHECK]:
                value = marshal.loads(blob[_CHECK:])
                if isinstance(value, dict):
                    _known = value
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return _known


def _save() -> None:
    """Write the known expressions and this run's new ones (at the end of the run that met them)."""
    path = _path()
    if path is None or not _new:
        return
    merged = dict(_known or {}) if len(_known or {}) + len(_new) <= MAX_ENTRIES else {}
    merged.update(_new)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        payload = marshal.dumps(merged)
        with open(tmp, "wb") as f:
            f.write(zlib.crc32(payload).to_bytes(_CHECK, "big") + payload)
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
