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

from .recache import regex

DOMAIN = "drafter"
CLICK_DOMAIN = "click"
# os.path, not pathlib: this module is imported by every command, and pathlib costs milliseconds
LOCALE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")
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
        _cache[key] = _load(domain, lang)
    return _cache[key]


def _load(domain: str, lang: str) -> _gettext.NullTranslations:
    """``gettext.translation(domain, LOCALE_DIR, languages=[lang], fallback=True)``, without the
    locale module (imported by gettext to expand ``zh_CN`` into the folder names it tries) nor the
    copy module (for a copy nobody changes) when the answer is plain: every name gettext tries for
    ``lang`` begins with its language (``zh`` of ``zh_CN``), so when the only such folder shipped is
    ``lang`` itself, that folder's catalogue is the one, and with no such folder there is none."""
    try:
        folders = [f for f in os.listdir(LOCALE_DIR) if f.split("_")[0].split(".")[0].split("@")[0] == lang.split("_")[0]]
    except OSError:
        folders = None
    if folders == []:
        return _gettext.NullTranslations()
    mofile = os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{domain}.mo")
    if folders == [lang]:
        if not os.path.exists(mofile):
            return _gettext.NullTranslations()
        with open(mofile, "rb") as fp:
            return _gettext.GNUTranslations(fp)
    return _gettext.translation(domain, LOCALE_DIR, languages=[lang], fallback=True)


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


_INDEX_RE = regex(r"\[(\d+)\]")


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


# ---------------------------------------------------------------------------- YAML parser messages

def yaml_problem(err: Exception, text: str) -> tuple[str, int | None]:
    """A YAML parser error in ``text`` as a writer can act on it: (message, line). libyaml's own
    words are not shown; its line is corrected where it reports the line after the mistake (an
    unclosed bracket or quote is reported where it opens, a Tab where it is)."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    line = mark.line + 1 if mark else None
    lines = text.split("\n")
    upto = line or len(lines)
    for n, ln in enumerate(lines[:upto], 1):       # a tab in the indentation, at or before the error
        if "\t" in ln[: len(ln) - len(ln.lstrip(" \t"))]:
            return _("indentation must not use the Tab key; use spaces"), n
    problem = str(getattr(err, "problem", "") or err)
    context = str(getattr(err, "context", "") or "")
    if "unacceptable character" in problem or "special characters are not allowed" in problem:
        code = re.search(r"#x[0-9a-fA-F]+", problem)
        return _("not valid YAML: unacceptable character {code} (a control character; copy the text "
                 "into a new file and save it again)").format(code=code.group(0) if code else "?"), line
    if "tab" in problem.lower():
        return _("indentation must not use the Tab key; use spaces"), line
    if "quoted scalar" in context:
        start = getattr(err, "context_mark", None)
        return _("not valid YAML: a quotation mark is opened and not closed"), \
            (start.line + 1 if start else line)
    if "flow sequence" in context or "flow mapping" in context or "flow node" in context:
        return _("not valid YAML: a bracket [ or { is opened and not closed (or a comma is missing)"), \
            _unclosed_bracket_line(text, mark.index if mark else len(text)) or line
    if "mapping values are not allowed" in problem and line and len(lines) >= line \
            and len(re.findall(r":(?:\s|$)", lines[line - 1])) < 2:
        return _("not valid YAML: the indentation does not line up; fields of one level need the same "
                 "number of spaces"), line
    if "mapping values are not allowed" in problem:
        return _("not valid YAML: a second colon followed by a space on one line; put text that contains "
                 "“: ” in quotation marks, or check the indentation of the line above"), line
    if "block end" in problem or "expected key" in problem or "block mapping" in context \
            or "block collection" in context:
        return _("not valid YAML: the indentation does not line up; fields of one level need the same "
                 "number of spaces"), line
    if "alias" in problem or "anchor" in problem:
        return _("not valid YAML: an alias (*name) refers to no anchor (&name)"), line
    if "document" in problem or "document" in context:
        return _("not valid YAML: more than one document (a line with --- or ...); keep one per file"), line
    return _("not valid YAML: check the colons, quotation marks, brackets and indentation on this line"), line


def _unclosed_bracket_line(text: str, end: int) -> int | None:
    """The line of the last [ or { still open at ``end`` (quoted text and comments skipped)."""
    opened: list[int] = []
    line, quote = 1, ""
    for ch in text[:end]:
        if ch == "\n":
            line += 1
            quote = "" if quote == "#" else quote
        elif quote:
            quote = "" if ch == quote and quote != "#" else quote
        elif ch in "'\"#":
            quote = ch
        elif ch in "[{":
            opened.append(line)
        elif ch in "]}" and opened:
            opened.pop()
    return opened[-1] if opened else None
