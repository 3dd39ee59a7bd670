"""Messages in the reader's language: gettext catalogues under ``drafter/locale/<lang>/LC_MESSAGES/``.

Code marks every message a person reads with ``_()`` (English source text, the catalogue's id);
the words users see live in the catalogues (``drafter/locale/zh_CN/LC_MESSAGES/drafter.po``,
compiled to ``drafter.mo``; ``scripts/i18n`` extracts, updates and compiles them with Babel).
Text that is defined before the language is known (option help in decorators) is marked with
``N_()`` and translated when it is shown. The language is, in order: ``set_language()`` (the
``--lang`` option), ``$DRAFTER_LANG``, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
``LANGUAGE``): English when it names English, Chinese otherwise — Chinese is the default.

click marks its own words ("Usage:", "Options:", "Show this message and exit.", "No such option")
with the standard library's ``gettext``; :func:`install_click` points those at the ``click``
catalogue shipped here, in the same language as drafter's own messages.

Light: the standard library's gettext only (no Babel at run time).
"""
from __future__ import annotations

import gettext as _gettext
import os
import re
from pathlib import Path

DOMAIN = "drafter"
CLICK_DOMAIN = "click"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("zh_CN", "en")

_chosen: str | None = None
_cache: dict[tuple[str, str], _gettext.NullTranslations] = {}


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


def chinese() -> bool:
    return language() == "zh_CN"


def translations(domain: str = DOMAIN) -> _gettext.NullTranslations:
    lang = language()
    key = (domain, lang)
    if key not in _cache:
        _cache[key] = _gettext.translation(domain, LOCALE_DIR, languages=[lang], fallback=True)
    return _cache[key]


def _(message: str) -> str:
    """``message`` (English source text) in the chosen language."""
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it now (translated where shown)."""
    return message


# ---------------------------------------------------------------------------- click's own words

def click_gettext(message: str) -> str:
    return translations(CLICK_DOMAIN).gettext(message)


def _click_ngettext(singular: str, plural: str, n: int) -> str:
    return translations(CLICK_DOMAIN).ngettext(singular, plural, n)


def install_click() -> None:
    """Let click's own words ("Usage:", "Options:", "Error: No such option") follow drafter's
    language. click's modules bound the standard library's ``gettext``/``ngettext`` when they were
    imported; rebind exactly those names (nothing else is touched, and calling this twice is harmless)."""
    import sys

    import click  # noqa: F401  (its modules must be loaded to be rebound)

    for name, module in list(sys.modules.items()):
        if name != "click" and not name.startswith("click."):
            continue
        if getattr(module, "_", None) is _gettext.gettext:
            module._ = click_gettext                   # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is _gettext.ngettext:
            module.ngettext = _click_ngettext           # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- event fields by name

def kind_name(kind: str) -> str:
    """A kind as the reader calls it: welcome in English, 欢迎致辞 in Chinese."""
    if not chinese():
        return kind
    from .resources import data

    return next((zh for zh, en in data("event")["kinds"].items() if en == kind), kind)


def side_name(side: str) -> str:
    """A side as the reader calls it: host in English, 东道方 in Chinese."""
    if not chinese():
        return side
    from .resources import data

    return next((zh for zh, en in data("event")["sides"].items() if en == side), side)


_INDEX_RE = re.compile(r"\[(\d+)\]")


def _field_names() -> tuple[dict[str, str], dict[str, str]]:
    from .resources import data

    ev = data("event")
    by_key: dict[str, str] = {}
    for alias, key in ev["aliases"].items():
        by_key.setdefault(key, alias)                   # the first alias listed is the usual name
    return by_key, dict(ev.get("labels") or {})


def field_part(path: str, quoted: bool = True) -> str:
    """How a message names one key of an event file: ``“全称”（name）`` in Chinese, ``name`` in English."""
    key = _INDEX_RE.sub("", path).rsplit(".", 1)[-1]
    if not chinese():
        return key
    by_key, labels = _field_names()
    plain = _INDEX_RE.sub("", path)
    label = labels.get(plain) or labels.get(".".join(plain.split(".")[-2:])) or by_key.get(key)
    if not label:
        return key
    return (_("“{label}” ({key})") if quoted else _("{label} ({key})")).format(label=label, key=key)


def field_label(path: str, quoted: bool = True) -> str:
    """How a message names a field: ``guest.leaders[0].title`` in English; in Chinese
    ``来访方（guest）的领导（leaders）第1项的“职务”（title）``."""
    if not path or not chinese():
        return path
    out = []
    parts = path.split(".")
    prefix = ""
    for i, part in enumerate(parts):
        m = _INDEX_RE.search(part)
        key = _INDEX_RE.sub("", part)
        prefix = f"{prefix}.{key}" if prefix else key
        shown = field_part(prefix, quoted=quoted and i == len(parts) - 1 and not m)
        for idx in _INDEX_RE.findall(part):
            shown = _("{field} item {n}").format(field=shown, n=int(idx) + 1)
        out.append(shown)
    text = out[0]
    for part in out[1:]:
        text = _("{parent}: {child}").format(parent=text, child=part)
    return text
