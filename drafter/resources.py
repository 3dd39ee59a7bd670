"""Where the built-in templates, phrase bank, corpus and data files live, installed or in a checkout."""
from __future__ import annotations

import functools
import hashlib
import io
import marshal
import os
import zlib
from pathlib import Path
from typing import Any, Callable

import yaml

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader


def _locate(name: str) -> Path:
    installed = _PACKAGE / f"_{name}"
    return installed if installed.is_dir() else _CHECKOUT / name


def templates_dir() -> Path:
    return _locate("templates")


def phrasebank_dir() -> Path:
    return _locate("phrasebank")


def corpus_dir() -> Path:
    return _locate("corpus")


def cache_dir(kind: str) -> str | None:
    """The user's cache folder of drafter's copies of one ``kind`` (yaml, regex), made if need be;
    None when it cannot be written."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "drafter", kind)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


# the copies a cache folder keeps: a write beyond so many removes the oldest quarter (by the time
# they were written; one removed too soon is only parsed and written again), so copies of tests'
# and of old banks' files never pile up (72,000 files and 644 MB once, before this bound)
MAX_COPIES = 512


def prune(folder: str, limit: int | None = None) -> None:
    """Keep at most ``limit`` files in a cache folder: past it, remove the oldest until three
    quarters are left. Files another process removes meanwhile, or that cannot be removed, are
    passed over."""
    limit = MAX_COPIES if limit is None else limit
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if e.is_file(follow_symlinks=False)]
    except OSError:
        return
    if len(entries) <= limit:
        return
    aged = []
    for e in entries:
        try:
            aged.append((e.stat(follow_symlinks=False).st_mtime_ns, e.path))
        except OSError:
            pass
    aged.sort()
    for _, path in aged[:len(aged) - limit * 3 // 4]:
        try:
            os.unlink(path)
        except OSError:
            pass


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, or reuse its parse from an earlier run when the file has not changed
    (``cached_parse``).

    Parsing errors propagate as ``yaml.YAMLError`` for the caller to report."""
    content = path.read_bytes()

    def parse() -> Any:
        # the bytes read for the cache's key, read as a text file reads them (universal newlines),
        # named as the file in error messages
        stream = io.StringIO(content.decode("utf-8"), newline=None)
        stream.name = str(path)
        return yaml.load(stream, Loader=_Loader)

    return cached_parse(path, content, parse)


# the cache's format: a new one when what is cached changes (3: marshal, keyed by the content; 4:
# the copy opens on a CRC-32 of the rest, not a digest; 5: the path no longer in the key)
CACHE_FORMAT = "5"
_DIGEST = 16
# a copy opens on the CRC-32 of what follows: it finds damage (a torn write, a flipped bit) as a
# digest would, for a quarter of the instructions (3M of a cold draft, which reads 300 KB of copies)
_CHECK = 4


def cached_parse(path: Path, content: bytes, parse: Callable[[], Any], salt: str = "") -> Any:
    """``parse()`` of ``content`` (the bytes of ``path``), or its value from an earlier run: a
    marshal copy in the user's cache folder, keyed by ``salt`` and a digest of the content (not
    the path: a copy of a file elsewhere reads the same value), so that a changed file is parsed
    again whatever its size and time say; the folder keeps at most MAX_COPIES. marshal gives
    back exactly what it was given (keys that are numbers, floats, booleans); a value it cannot
    hold (a date) is parsed on every run. A copy that is damaged (its CRC does not match) or
    cannot be read or written is ignored: a run reads the same value, first or later."""
    h = hashlib.blake2b(f"{CACHE_FORMAT}|{salt}|{yaml.__version__}|".encode(), digest_size=_DIGEST)
    h.update(content)
    folder = cache_dir("yaml")
    cached = Path(folder) / f"{h.hexdigest()}.marshal" if folder else None
    if cached is not None:
        try:
            blob = cached.read_bytes()
            if zlib.crc32(blob[_CHECK:]).to_bytes(_CHECK, "big") == blob[:_CHECK]:
                return marshal.loads(blob[_CHECK:])
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = parse()
    if cached is not None:
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        try:
            payload = marshal.dumps(value)
            tmp.write_bytes(zlib.crc32(payload).to_bytes(_CHECK, "big") + payload)
            os.replace(tmp, cached)
            prune(folder)
        except (OSError, ValueError):
            try:
                tmp.unlink(missing_ok=True)     # no partial copy left behind
            except OSError:
                pass
    return value


def data_file(name: str) -> Path:
    """The path of a file in ``drafter/data/`` (word lists, labels, the font map)."""
    return _PACKAGE / "data" / name


@functools.lru_cache(maxsize=None)
def data(name: str) -> Any:
    """Load ``drafter/data/<name>.yaml`` once per process."""
    return load_yaml(_PACKAGE / "data" / f"{name}.yaml")
