"""Messages in the reader's language: gettext catalogues under ``drafter/locale/<lang>/LC_MESSAGES/``.

Code marks every message a person reads with ``_()`` (English source text, the catalogue's id);
the words users see live in the catalogues. The language is, in order: ``set_language()`` (the
``--lang`` option), ``$DRAFTER_LANG``, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``): English when it names English, Chinese otherwise — Chinese is the default.
"""
from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

DOMAIN = "drafter"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("zh_CN", "en")

_chosen: str | None = None
_cache: dict[str, _gettext.NullTranslations] = {}


def set_language(lang: str | None) -> None:
    """Choose the language for this process (None: from the environment again)."""
    global _chosen
    _chosen = normalise(lang) if lang else None


def normalise(lang: str) -> str:
    """'en_US.UTF-8', 'en', 'English' → 'en'; anything Chinese → 'zh_CN'."""
    low = lang.strip().lower()
    return "en" if low.startswith("en") else "zh_CN"


def language() -> str:
    if _chosen:
        return _chosen
    for var in ("DRAFTER_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return normalise(value)
    return "zh_CN"


def translations() -> _gettext.NullTranslations:
    lang = language()
    if lang not in _cache:
        _cache[lang] = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    return _cache[lang]


def _(message: str) -> str:
    """``message`` (English source text) in the chosen language."""
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations().ngettext(singular, plural, n)
