"""The phrase bank on disk: one human-editable YAML file per section, plus ``names.yaml`` (the
de-identified corpus names) and ``index.yaml``. Loading, saving and browsing; no jieba, no sklearn."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..atomic import deferred_signals, write_text
from ..errors import PhraseBankError
from ..i18n import _, yaml_problem
from ..resources import load_yaml, phrasebank_dir
from .sections import SLOT_RE, sections, slot_ids

try:
    _Loader: Any = yaml.CSafeLoader
    _Dumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover
    _Loader, _Dumper = yaml.SafeLoader, yaml.SafeDumper

SCHEMA = 1
ENV_VAR = "DRAFTER_BANK"


@dataclass
class Phrase:
    id: str
    section: str
    text: str
    slots: list[str] = field(default_factory=list)
    specific: list[str] = field(default_factory=list)
    shape: str = "sentence"
    kinds: list[str] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    occasions: list[str] = field(default_factory=list)
    count: int = 0
    sources: list[dict[str, Any]] = field(default_factory=list)
    curated: bool = False
    era: str | None = None

    @property
    def usable(self) -> bool:
        """May a draft use it? Not when it carries a name, figure or specialty it could not slot."""
        return not self.specific

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "text": self.text, "section": self.section,
                             "slots": self.slots, "specific": self.specific, "shape": self.shape,
                             "kinds": self.kinds, "sides": self.sides, "occasions": self.occasions,
                             "count": self.count,
                             "sources": self.sources}
        if self.curated:
            d["curated"] = True
        if self.era:
            d["era"] = self.era
        return d


def bank_dir(explicit: str | None = None) -> Path:
    """--bank wins, then $DRAFTER_BANK, then the built-in bank."""
    chosen = explicit or os.environ.get(ENV_VAR)
    return Path(chosen) if chosen else phrasebank_dir()


# ------------------------------------------------------------------ reading

class PhraseBank:
    """A bank folder; each section file is read the first time that section is asked for."""

    def __init__(self, root: Path, files: dict[str, Path], names: dict[str, list[str]] | None = None,
                 names_file: Path | None = None) -> None:
        self.root = root
        self._files = files
        self._sections: dict[str, list[Phrase]] = {}
        self._names = names
        self._names_file = names_file

    @property
    def names(self) -> dict[str, list[str]]:
        if self._names is None:
            loaded = _load_yaml(self._names_file) if self._names_file and self._names_file.exists() else None
            self._names = loaded or {}
        return self._names

    def by_section(self, section: str) -> list[Phrase]:
        if section not in self._sections:
            path = self._files.get(section)
            self._sections[section] = _load_section(path) if path else []
        return self._sections[section]

    @property
    def phrases(self) -> list[Phrase]:
        return [p for s in self._files for p in self.by_section(s)]

    def get(self, phrase_id: str) -> Phrase | None:
        section = phrase_id.rsplit("-", 1)[0]
        pool = self.by_section(section) if section in self._files else self.phrases
        return next((p for p in pool if p.id == phrase_id), None)

    def search(self, text: str | None = None, *, section: str | None = None,
               role: str | None = None, kind: str | None = None) -> list[Phrase]:
        out = []
        for p in (self.by_section(section) if section else self.phrases):
            if text and text not in p.text:
                continue
            if role and role not in p.sides:
                continue
            if kind and kind not in p.kinds:
                continue
            out.append(p)
        return out

    def counts(self) -> dict[str, int]:
        c = {s: 0 for s in sections()}
        for s in self._files:
            c[s] = len(self.by_section(s))
        return c


def load_bank(root: str | Path | None = None) -> PhraseBank:
    """Open a bank folder (sections load on first use); a broken file gets a message naming the
    file and line."""
    folder = bank_dir(str(root) if root else None)
    if not folder.is_dir():
        raise PhraseBankError(_("phrase bank folder not found"), path=str(folder))
    known = sections()
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem in ("names", "index"):
            continue
        if path.stem not in known:
            raise PhraseBankError(_("unknown section '{section}' (known: {known})").format(
                section=path.stem, known=", ".join(known)),
                                  path=str(path))
        files[path.stem] = path
    return PhraseBank(folder, files, names_file=folder / "names.yaml")


def _load_yaml(path: Path) -> Any:
    try:
        return load_yaml(path)
    except yaml.MarkedYAMLError as err:
        problem, line = yaml_problem(err, path.read_text(encoding="utf-8", errors="replace"))
        raise PhraseBankError(problem, path=str(path), line=line) from err
    except (OSError, UnicodeDecodeError) as err:
        raise PhraseBankError(_("cannot be read: {reason}").format(reason=err), path=str(path)) from err


def _load_section(path: Path) -> list[Phrase]:
    raw = _load_yaml(path)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise PhraseBankError(_("must be a list of phrases"), path=str(path), line=1)
    lines = _item_lines(path)
    labels = slot_ids()
    out = []
    for i, item in enumerate(raw):
        line = lines[i] if i < len(lines) else None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item.get("id"):
            raise PhraseBankError(_("each phrase needs an id and a text"), path=str(path), line=line,
                                  field=f"[{i}]")
        for label in SLOT_RE.findall(item["text"]):
            if label not in labels:
                raise PhraseBankError(_("unknown slot 〔{label}〕 (known: {known})").format(
                    label=label, known="、".join(sorted(labels))),
                                      path=str(path), line=line, field=f"[{i}].text")
        try:
            out.append(Phrase(
                id=str(item["id"]), section=path.stem, text=item["text"],
                slots=list(item.get("slots") or []), specific=list(item.get("specific") or []),
                shape=str(item.get("shape", "sentence")), kinds=list(item.get("kinds") or []),
                sides=list(item.get("sides") or []), occasions=list(item.get("occasions") or []),
                count=int(item.get("count", 0)),
                sources=list(item.get("sources") or []), curated=bool(item.get("curated", False)),
                era=item.get("era")))
        except (TypeError, ValueError) as err:
            raise PhraseBankError(_("malformed phrase: {reason}").format(reason=err), path=str(path), line=line,
                                  field=f"[{i}]") from err
    return out


def _item_lines(path: Path) -> list[int]:
    """1-based line of each top-level list item (for messages)."""
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.startswith("- ")]


# ------------------------------------------------------------------ writing

def slots_in(text: str) -> list[str]:
    """The slot ids a phrase's text carries (the text is the one source of truth)."""
    by_label = slot_ids()
    return sorted({by_label[label] for label in SLOT_RE.findall(text) if label in by_label})


def _dump(obj: Any) -> str:
    return yaml.dump(obj, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000,
                     default_flow_style=None)


def entry_dicts(entries: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """Bank entries (from the miner) as sorted, plain dicts per section."""
    from ..checking.rules import era_label, formulas_in

    per: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        sources = sorted({(s["file"], s["line"], s.get("year")) for s in e.sources})
        d = {"id": e.id, "text": e.text, "slots": slots_in(e.text), "specific": list(e.specific),
             "shape": e.shape, "kinds": sorted(e.kinds), "sides": sorted(e.sides),
             "occasions": sorted(e.occasions), "count": e.count,
             "sources": [{"file": f, "line": ln, **({"year": y} if y else {})} for f, ln, y in sources]}
        era = "; ".join(dict.fromkeys(era_label(f) for _, _, f in formulas_in(e.text)))
        if era:
            d["era"] = era       # the same table lint judges by (drafter/data/formulas.yaml)
        per.setdefault(e.section, []).append(d)
    for items in per.values():
        items.sort(key=lambda d: (-d["count"], bool(d["specific"]), d["id"]))
    return per


def save_bank(folder: Path, per_section: dict[str, list[dict[str, Any]]], names: dict[str, Any],
              inputs: list[str]) -> list[Path]:
    """Write the bank; curated entries already in ``folder`` survive. Every file's text is made
    first; then all are replaced (each atomically, by rename) with SIGINT and SIGTERM held, so
    that an interrupted run leaves the old bank or the new one, never a mix."""
    if folder.exists() and not folder.is_dir():
        raise PhraseBankError(_("is a file; the phrase bank is a folder"), path=str(folder))
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            if path.stem in sections():
                kept = [p.as_dict() for p in _load_section(path) if p.curated]
                mined_ids = {d["id"] for d in per_section.get(path.stem, [])}
                for d in kept:
                    if d["id"] not in mined_ids:
                        per_section.setdefault(path.stem, []).append(d)
    labels = sections()
    texts: dict[Path, str] = {}
    for section, items in sorted(per_section.items()):
        head = (f"# {labels[section].label} {section}: {labels[section].about_en or labels[section].about}\n"
                f"# Mined by drafter; edit freely. Entries marked `curated: true` survive re-mining.\n")
        texts[folder / f"{section}.yaml"] = head + _dump(items)
    texts[folder / "names.yaml"] = ("# Corpus names that de-identification turned into slots (lint checks "
                                    "drafts for them).\n" + _dump(names))
    index = {"schema": SCHEMA, "inputs": inputs,
             "sections": {s: len(items) for s, items in sorted(per_section.items())}}
    texts[folder / "index.yaml"] = _dump(index)
    stale = [path for path in sorted(folder.glob("*.yaml")) if path.stem in labels
             and path.stem not in per_section] if folder.is_dir() else []
    with deferred_signals():
        folder.mkdir(parents=True, exist_ok=True)
        for path, text in texts.items():
            write_text(path, text)
        for path in stale:
            path.unlink()
    return [path for path in texts if path.stem in labels]


def highlight_slots(text: str, style: Any) -> str:
    """Render slots with ``style(slot_text)`` (the CLI passes a click style)."""
    return re.sub(SLOT_RE, lambda m: style(m.group(0)), text)
