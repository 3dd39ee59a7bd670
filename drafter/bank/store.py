"""The phrase bank on disk: one human-editable YAML file per section, plus ``names.yaml`` (the
de-identified corpus names) and ``index.yaml``. Loading, saving and browsing; no jieba, no sklearn."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from ..recache import regex
from ..atomic import FolderLock, current_umask, deferred_signals, exchange, fsync_dir
from ..errors import PhraseBankError
from ..i18n import _, yaml_problem
from ..resources import phrasebank_dir
from ..text.safety import UNSAFE_LINE_RE, describe, unsafe_char
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
    """A phrase of the bank, with where it was found."""
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
            self._names = _check_names(loaded, str(self._names_file))
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


MAX_FILE_BYTES = 16 * 1024 * 1024   # a bank of 100 000 phrases has section files of a few MB
MAX_NESTING = 20                    # a bank file nests four levels (list, phrase, sources, source)
MAX_NODES = 5_000_000               # values in one file (about 30 per phrase)
_BRACKETS_RE = regex(r"[\[\]{}]")
_DEEP_BLOCK_RE = regex(r"^[ \t-]{%d}" % (2 * MAX_NESTING), re.M)


def _load_yaml(path: Path) -> Any:
    """A bank file parsed with the guards event files have: a size limit, nesting refused before
    libyaml (which crashes at tens of thousands of levels), aliases refused unexpanded, only the
    standard tags. The parse is kept in the user's cache like ``resources.load_yaml`` does."""
    from ..resources import cached_parse

    name = str(path)
    try:
        st = path.stat()
        if not path.is_file():
            raise PhraseBankError(_("is not a regular file"), path=name)
        if st.st_size > MAX_FILE_BYTES:
            raise PhraseBankError(_("is too large for a phrase bank file ({size} bytes; the limit is "
                                    "{limit})").format(size=st.st_size, limit=MAX_FILE_BYTES), path=name)
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise PhraseBankError(_("cannot be read ({reason})").format(reason=err.strerror or err),
                              path=name) from err
    if len(data) > MAX_FILE_BYTES:
        raise PhraseBankError(_("is too large for a phrase bank file (the limit is {limit} bytes)")
                              .format(limit=MAX_FILE_BYTES), path=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise PhraseBankError(_("is not UTF-8 text"), path=name,
                              line=data[:err.start].count(b"\n") + 1) from err

    def parse() -> Any:
        _refuse_deep_nesting(text, name)        # (before libyaml, which crashes on deep nesting)
        return _parse(text, name)

    # the check runs only where the file is parsed: a parse kept from an earlier run passed it (one
    # that fails is never kept), and the bound is in the key. It reads every bracket of the file in
    # Python: 3.6M instructions for hopes.yaml, on every run
    return cached_parse(path, data, parse, salt=f"bank|{MAX_NESTING}|")


def _refuse_deep_nesting(text: str, name: str) -> None:
    too_deep = _("nested more than {n} levels deep (a phrase bank file needs four)").format(n=MAX_NESTING)
    if text.count("[") + text.count("{") > MAX_NESTING:
        depth = 0
        for m in _BRACKETS_RE.finditer(text):
            if m.group(0) in "[{":
                depth += 1
                if depth > MAX_NESTING:
                    raise PhraseBankError(too_deep, path=name, line=text.count("\n", 0, m.start()) + 1)
            else:
                depth = max(0, depth - 1)
    m = _DEEP_BLOCK_RE.search(text)
    if m:
        raise PhraseBankError(too_deep, path=name, line=text.count("\n", 0, m.start()) + 1)


_STD_TAGS = {f"tag:yaml.org,2002:{t}" for t in
             ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}


def _parse(text: str, name: str) -> Any:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        seen: set[int] = set()
        stack: list[tuple[yaml.Node, yaml.Node]] = [(root, root)]
        while stack:
            node, where = stack.pop()
            if id(node) in seen:        # an alias: the same node met twice, refused unexpanded
                raise PhraseBankError(_("YAML aliases (*name) are not allowed in a phrase bank file"),
                                      path=name, line=where.start_mark.line + 1)
            seen.add(id(node))
            if len(seen) > MAX_NODES:
                raise PhraseBankError(_("too many values for a phrase bank file"), path=name, line=1)
            if node.tag not in _STD_TAGS:
                raise PhraseBankError(_("the tag {tag} is not allowed in a phrase bank file")
                                      .format(tag=node.tag), path=name, line=node.start_mark.line + 1)
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    stack.extend(((v, k), (k, k)))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend((v, node) for v in reversed(node.value))
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as err:
        problem, line = yaml_problem(err, text)
        raise PhraseBankError(problem, path=name, line=line) from err
    except yaml.YAMLError as err:
        problem, line = yaml_problem(err, text)
        raise PhraseBankError(problem, path=name, line=line) from err
    except RecursionError as err:
        raise PhraseBankError(_("nested too deeply"), path=name) from err
    finally:
        loader.dispose()


def _check_names(loaded: Any, name: str) -> dict[str, list[str]]:
    """``names.yaml``: a mapping of kinds of name (places, persons …) to lists of text."""
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise PhraseBankError(_("must be a mapping of kinds of name to lists of names, not {what}")
                              .format(what=type(loaded).__name__), path=name, line=1)
    def texts(value: Any) -> bool:
        return value is None or (isinstance(value, list) and all(isinstance(x, str) for x in value))

    for key in ("places", "persons"):
        if not texts(loaded.get(key)):
            raise PhraseBankError(_("must be a list of names (text)"), path=name,
                                  line=_key_line(Path(name), key), field=key)
    docs = loaded.get("documents")
    if docs is not None and not (isinstance(docs, list) and all(
            isinstance(d, dict) and texts(d.get("places")) and texts(d.get("persons")) for d in docs)):
        raise PhraseBankError(_("must be a list of documents, each with lists of places and persons"),
                              path=name, line=_key_line(Path(name), "documents"), field="documents")
    return loaded


def _key_line(path: Path, key: str) -> int | None:
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.startswith(f"{key}:"):
                return n
    except (OSError, UnicodeDecodeError):
        pass
    return None


_TEMPLATE_MARKS = ("{{", "}}", "{%", "%}", "{#", "#}")
MAX_PHRASE = 2000          # characters of one phrase (a sentence or a paragraph)


def _strings_of(value: Any, where: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings_of(v, f"{where}.{k}")
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from _strings_of(v, f"{where}[{n}]")
_TEXT_LISTS = ("slots", "specific", "kinds", "sides", "occasions")


def _all_safe(value: Any) -> bool:
    """No text in ``value`` holds a character ``unsafe_char`` refuses (a line break too): the test
    of every text ``_strings_of`` gives, without the names of where they are (a phrase's fields and
    sources are a dozen texts: 120K instructions a phrase through the generators, every run)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if UNSAFE_LINE_RE.search(v):
                return False
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return True


def _check_phrase(item: dict[str, Any], name: str, line: Callable[[int], int | None], i: int) -> None:
    """The types of a phrase's fields, and a text that may reach a speech: no template code, no
    control, bidi or zero-width characters. ``line(i)`` is the i-th phrase's line, for a message."""
    text = item["text"]
    if len(text) > MAX_PHRASE:
        raise PhraseBankError(_("a phrase longer than {n} characters").format(n=MAX_PHRASE), path=name,
                              line=line(i), field=f"[{i}].text")
    # the text, and what `phrases` prints: where a character is, looked for only where there is one
    for where, value in _strings_of(item, f"[{i}]") if not _all_safe(item) else ():
        bad = unsafe_char(value, newline=True)
        if bad is not None:
            raise PhraseBankError(_("contains the character {char}, which must not reach a speech "
                                    "or a terminal").format(char=describe(bad[1])), path=name, line=line(i),
                                  field=where)
    mark = next((m for m in _TEMPLATE_MARKS if m in text), None)
    if mark:
        raise PhraseBankError(_("contains template code ({mark}): a phrase is plain text with slots "
                                "such as 〔我方〕").format(mark=mark), path=name, line=line(i),
                              field=f"[{i}].text")
    for key in _TEXT_LISTS:
        value = item.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(x, str) for x in value)):
            raise PhraseBankError(_("expected a list of text"), path=name, line=line(i), field=f"[{i}].{key}")
    for key in ("shape", "era"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise PhraseBankError(_("expected text"), path=name, line=line(i), field=f"[{i}].{key}")
    count = item.get("count", 0)
    if isinstance(count, bool) or not isinstance(count, int):
        raise PhraseBankError(_("expected a whole number"), path=name, line=line(i), field=f"[{i}].count")
    sources = item.get("sources")
    if sources is not None and (not isinstance(sources, list)
                                or not all(isinstance(x, dict) and isinstance(x.get("file"), str)
                                           for x in sources)):
        raise PhraseBankError(_("expected a list of sources, each with a file and a line"), path=name,
                              line=line(i), field=f"[{i}].sources")


def _load_section(path: Path) -> list[Phrase]:
    raw = _load_yaml(path)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise PhraseBankError(_("must be a list of phrases"), path=str(path), line=1)
    read: list[list[int]] = []

    def line_of(i: int) -> int | None:
        # (the file is read again for its lines only for a message: 2M instructions a run otherwise)
        if not read:
            read.append(_item_lines(path))
        return read[0][i] if i < len(read[0]) else None

    labels = slot_ids()
    out = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item.get("id"):
            raise PhraseBankError(_("each phrase needs an id and a text"), path=str(path), line=line_of(i),
                                  field=f"[{i}]")
        _check_phrase(item, str(path), line_of, i)
        for label in SLOT_RE.findall(item["text"]):
            if label not in labels:
                raise PhraseBankError(_("unknown slot 〔{label}〕 (known: {known})").format(
                    label=label, known="、".join(sorted(labels))),
                                      path=str(path), line=line_of(i), field=f"[{i}].text")
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
            raise PhraseBankError(_("malformed phrase: {reason}").format(reason=err), path=str(path), line=line_of(i),
                                  field=f"[{i}]") from err
    return out


def _item_lines(path: Path) -> list[int]:
    """1-based line of each top-level list item (for messages)."""
    return [n for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1)
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


LOCK_WAIT = 120.0        # seconds a second `mine` into the same folder waits for the first
_STALE_PREFIXES = (".new-", ".old-")


def save_bank(folder: Path, per_section: dict[str, list[dict[str, Any]]], names: dict[str, Any],
              inputs: list[str]) -> list[Path]:
    """Write the bank as one unit; curated entries already in ``folder`` survive.

    The new bank is written whole into a folder beside the old one (``.NAME.new-…``), then put in
    its place in one step: on Linux one rename exchanges the two folders, elsewhere two renames,
    which the next run repairs if a crash falls between them. A reader sees the old bank or the
    new one, never a mix; a failed write (a full disk) leaves the old one as it was. A lock
    (``.NAME.lock`` beside the folder) makes a second run into the same folder wait; the leftovers
    of a run that was killed are removed by the next one. SIGINT and SIGTERM are held meanwhile."""
    folder = check_target(folder)
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PhraseBankError(_("cannot be created ({reason})").format(reason=err.strerror or err),
                              path=str(folder)) from err
    wait = float(os.environ.get("DRAFTER_LOCK_WAIT", LOCK_WAIT))
    with FolderLock(folder, wait), deferred_signals():
        _repair(folder)
        texts = _bank_texts(folder, per_section, names, inputs)
        _switch(folder, texts)
    labels = sections()
    return [folder / name for name in texts if Path(name).stem in labels]


def check_target(folder: str | Path) -> Path:
    """The folder ``save_bank`` will write, checked before the work of mining: not a file, not a
    folder of other things; a symbolic link to a folder is followed (the link stays)."""
    folder = Path(folder)
    if folder.is_symlink() and folder.is_dir():
        folder = folder.resolve()           # switch the folder the link points to, keep the link
    if folder.exists() and not folder.is_dir():
        raise PhraseBankError(_("is a file; the phrase bank is a folder"), path=str(folder))
    if folder.is_dir() and not _is_bank(folder):
        raise PhraseBankError(_("is a folder that holds other things, not a phrase bank (no index.yaml or "
                                "section files); give a new or an empty folder"), path=str(folder))
    return folder


def _is_bank(folder: Path) -> bool:
    """An empty folder, or one with a bank's files: mining replaces it whole, carrying its other
    files over, which is right for a bank and wrong for a home folder."""
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise PhraseBankError(_("cannot be read ({reason})").format(reason=err.strerror or err),
                              path=str(folder)) from err
    known = sections()
    return not entries or any(e.name == "index.yaml" or (e.suffix == ".yaml" and e.stem in known)
                              for e in entries)


def _bank_texts(folder: Path, per_section: dict[str, list[dict[str, Any]]], names: dict[str, Any],
                inputs: list[str]) -> dict[str, str]:
    """File name → text of the whole new bank (the old folder's curated entries merged in)."""
    labels = sections()
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            if path.stem in labels:
                kept = [p.as_dict() for p in _load_section(path) if p.curated]
                mined_ids = {d["id"] for d in per_section.get(path.stem, [])}
                for d in kept:
                    if d["id"] not in mined_ids:
                        per_section.setdefault(path.stem, []).append(d)
    texts: dict[str, str] = {}
    for section, items in sorted(per_section.items()):
        head = (f"# {labels[section].label} {section}: {labels[section].about_en or labels[section].about}\n"
                f"# Mined by drafter; edit freely. Entries marked `curated: true` survive re-mining.\n")
        texts[f"{section}.yaml"] = head + _dump(items)
    texts["names.yaml"] = ("# Corpus names that de-identification turned into slots (lint checks "
                           "drafts for them).\n" + _dump(names))
    index = {"schema": SCHEMA, "inputs": inputs,
             "sections": {s: len(items) for s, items in sorted(per_section.items())}}
    texts["index.yaml"] = _dump(index)
    return texts


def _switch(folder: Path, texts: dict[str, str]) -> None:
    """Write ``texts`` into a new folder beside ``folder`` and put it in ``folder``'s place."""
    import shutil
    import tempfile

    parent = folder.parent
    try:
        new = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=parent))
    except OSError as err:
        raise PhraseBankError(_("cannot be written ({reason}); the old bank is unchanged")
                              .format(reason=err.strerror or err), path=str(folder)) from err
    live = False
    try:
        old_mode = folder.stat().st_mode if folder.is_dir() else None
        os.chmod(new, (old_mode & 0o7777) if old_mode is not None else 0o777 & ~current_umask())
        if folder.is_dir():       # what else the folder holds (a README, notes) moves along
            for entry in sorted(folder.iterdir()):
                if entry.name in texts or (entry.suffix == ".yaml" and entry.stem in sections()) \
                        or entry.name.endswith(".tmp"):
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.copytree(entry, new / entry.name, symlinks=True)
                else:
                    shutil.copy2(entry, new / entry.name, follow_symlinks=False)
        for n, (name, text) in enumerate(texts.items(), 1):
            _write_file(new / name, text)
            _crash_point(f"file-{n}")
        fsync_dir(new)
        if not folder.is_dir():
            os.rename(new, folder)
            live = True
            fsync_dir(parent)
            return
        if exchange(new, folder):
            live, old = True, new               # the old bank is now at the new folder's name
        else:
            old = parent / f".{folder.name}.old-{new.name.rsplit('-', 1)[-1]}"
            os.rename(folder, old)
            os.rename(new, folder)              # a crash in between: _repair puts `old` back
            live = True
        _crash_point("switched")
        fsync_dir(parent)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        raise PhraseBankError(_("cannot be written ({reason}); the old bank is unchanged")
                              .format(reason=err.strerror or err), path=str(folder)) from err
    finally:
        if not live:
            shutil.rmtree(new, ignore_errors=True)


def _write_file(path: Path, text: str) -> None:
    with open(path, "x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def _repair(folder: Path) -> None:
    """Remove what a killed run left beside ``folder`` (called with the lock held, so nothing else
    is writing): half-written new folders, old ones not yet removed. When a crash fell between
    the two renames (systems without an exchange), the old bank is put back first."""
    import shutil

    parent = folder.parent
    leftovers = sorted(p for p in parent.glob(f".{glob_escape(folder.name)}.*-*")
                       if p.is_dir() and not p.is_symlink()
                       and any(p.name.startswith(f".{folder.name}{x}") for x in _STALE_PREFIXES))
    olds = [p for p in leftovers if p.name.startswith(f".{folder.name}.old-")]
    if not folder.exists() and olds:
        os.rename(olds[-1], folder)
        leftovers.remove(olds[-1])
    for p in leftovers:
        shutil.rmtree(p, ignore_errors=True)


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def _crash_point(point: str) -> None:
    """For the tests of a crash during the save: ``DRAFTER_TEST_CRASH_AT=file-2`` (after the second
    file) or ``switched`` (after the switch, before the old folder is removed) kills the process
    there, as a power cut or SIGKILL would."""
    if os.environ.get("DRAFTER_TEST_CRASH_AT") == point:
        import signal

        kill = getattr(signal, "SIGKILL", None)
        if kill is None:                        # pragma: no cover - Windows
            os._exit(137)
        os.kill(os.getpid(), kill)


def highlight_slots(text: str, style: Any) -> str:
    """Render slots with ``style(slot_text)`` (the CLI passes a click style)."""
    return re.sub(SLOT_RE, lambda m: style(m.group(0)), text)
