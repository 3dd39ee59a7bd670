"""Where the built-in templates, phrase bank, corpus and data files live, installed or in a checkout."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

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


@functools.lru_cache(maxsize=None)
def data(name: str) -> Any:
    """Load ``drafter/data/<name>.yaml`` once per process."""
    with open(_PACKAGE / "data" / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)
