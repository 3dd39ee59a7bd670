"""Where the built-in templates, phrase bank, corpus and data files live, installed or in a checkout."""
from __future__ import annotations

import functools
import hashlib
import json
import os
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


def _cache_dir() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "drafter" / "yaml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, or reuse its parse from an earlier run when the file has not changed
    (a JSON copy in the user's cache folder, keyed by path, size and modification time).

    Parsing errors propagate as ``yaml.YAMLError`` for the caller to report."""
    def parse() -> Any:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)

    return cached_parse(path, path.stat(), parse)


# the cache's format: a new one when what is cached changes (2: only values JSON gives back exactly)
CACHE_FORMAT = "2"


def _json_exact(value: Any) -> bool:
    """Does JSON give ``value`` back as it is? Not a mapping with a key that is not a string
    ({2: 两} would come back as {"2": 两}), not a date, not a tuple."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_exact(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_exact(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def cached_parse(path: Path, st: os.stat_result, parse: Callable[[], Any], salt: str = "") -> Any:
    """``parse()``, or its value from an earlier run when ``path`` has not changed since (a JSON copy
    in the user's cache folder, keyed by ``salt``, path, size and modification time). A value JSON
    would give back changed is not cached: a run reads the same value, first or later."""
    key = hashlib.blake2b(f"{CACHE_FORMAT}|{salt}{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode(),
                          digest_size=12).hexdigest()
    folder = _cache_dir()
    cached = folder / f"{key}.json" if folder else None
    if cached is not None and cached.exists():
        try:
            with open(cached, encoding="utf-8") as fh:
                return json.load(fh)
        except (OSError, ValueError):
            pass
    value = parse()
    if cached is not None and _json_exact(value):
        try:
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cached)
        except (OSError, ValueError):
            pass
    return value


def data_file(name: str) -> Path:
    """The path of a file in ``drafter/data/`` (word lists, labels, the font map)."""
    return _PACKAGE / "data" / name


@functools.lru_cache(maxsize=None)
def data(name: str) -> Any:
    """Load ``drafter/data/<name>.yaml`` once per process."""
    return load_yaml(_PACKAGE / "data" / f"{name}.yaml")
