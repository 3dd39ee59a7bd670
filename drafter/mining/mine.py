"""Mine a phrase bank from a corpus: classify sentences into sections, de-identify them into slots,
extract sub-sentence phrases, merge near-duplicates, and write the bank deterministically.

Streams one document at a time; near-duplicate merging uses MinHash with banding (no all-pairs pass),
so mining time grows linearly with the corpus."""
from __future__ import annotations

import hashlib
import pickle
import re
import tempfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from . import deid
from ..text.corpus import Skipped
from ..errors import InputError, ReadError
from ..i18n import _
from ..text.reader import iter_paths, read_file
from ..resources import data
from ..bank.sections import slot_text
from ..bank.store import PhraseBank, entry_dicts, load_bank, save_bank
from .cues import doc_cues
from ..text.segment import Document, build

_PUNCT_RE = re.compile(r"[\s，。、；：！？“”‘’（）《》〔〕,.;:!?()\"'…—]")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=年)")


@dataclass
class Candidate:
    section: str
    text: str
    slots: list[str]
    specific: list[str]
    shape: str           # sentence | heading | formula | quote | idiom | frame
    file: str
    line: int
    year: int | None
    kind: str            # speech | news (of the source)
    side: str | None     # host | guest: which side the words speak for
    occasion: str = "visit"   # visit | symposium
    sentence: int | None = None   # the index of the sentence this is (None for a phrase cut from one)


# ------------------------------------------------------------------ classification

def section_of(doc: Document, i: int, model: Any) -> str:
    """Cue rules first; the statistical model decides the rest."""
    return classify_doc(doc, model, only=[i])[i]


def classify_doc(doc: Document, model: Any, only: list[int] | None = None) -> dict[int, str]:
    return classify_docs([doc], model, only)[0]


def classify_docs(docs: list[Document], model: Any, only: list[int] | None = None) -> list[dict[int, str]]:
    """Sections of the sentences of several documents, the model run once over all of them: cue rules
    first, the model's scores for the rest, decoded along each text's usable sentences together
    (``SectionModel.decode``: the order sections follow), the sayings' shape last. The whole text is
    decoded even when ``only`` asks for some of its sentences."""
    outs: list[dict[int, str]] = []
    todo: list[tuple[int, int]] = []
    chains: list[list[int]] = []
    cued: list[list[str | None]] = []
    for d, doc in enumerate(docs):
        cues = doc_cues(doc)
        cued.append(cues)
        wanted = set(only if only is not None else range(len(doc.sentences)))
        chain = [i for i, s in enumerate(doc.sentences) if s.usable or i in wanted]
        chains.append(chain)
        todo.extend((d, i) for i in chain if not cues[i])
    scores = dict(zip(todo, model.scores_many([(docs[d], i) for d, i in todo])))
    for d, doc in enumerate(docs):
        cues, chain = cued[d], chains[d]
        usable = [i for i in chain if doc.sentences[i].usable]
        secs = dict(zip(usable, model.decode(doc.kind, [cues[i] or scores[(d, i)] for i in usable])))
        for i in chain:
            if i not in secs:      # a sentence mining drops, asked for all the same: on its own
                secs[i] = cues[i] or model.best(scores[(d, i)])
        outs.append({i: secs[i] for i in (only if only is not None else range(len(doc.sentences)))})
    for doc, out in zip(docs, outs):
        for i in out:
            # a list of names ending in 参加 has the shape of parallel clauses, not of a saying
            if out[i] != "attendance" and is_quote(doc, i):
                out[i] = "quote"
    return outs


def is_quote(doc: Document, i: int) -> bool:
    """A classical line or saying: one of the known quotes, or short parallel clauses opening a
    paragraph (a report's reporting frame, 他说，, set aside)."""
    rules = data("mining")
    s = doc.sentences[i]
    text = deid.strip_reporting(s.text)[0] if doc.kind == "news" else s.text
    text = text[len(s.marker.text):] if s.marker and text.startswith(s.marker.text) else text
    para_start = i == 0 or doc.sentences[i - 1].paragraph != s.paragraph
    return text.rstrip("。！") in deid._rules()["quote_list"] or (
        para_start and not s.marker and bool(re.match(rules["quote_shape"], text))
        and not any(c in text for c in rules["quote_stop"]))


def document_sections(doc: Document) -> Document:
    """Give every sentence of ``doc`` the section mining gives it (None for a sentence mining drops),
    for ``drafter corpus show``."""
    from .classify import trained_model

    secs = classify_doc(doc, trained_model())
    final = {c.sentence: c.section for c in candidates(doc, secs, deid.learn_names(doc), doc.file)
             if c.sentence is not None}
    for i, s in enumerate(doc.sentences):
        s.section = final.get(i)
    return doc


def doc_occasion(doc: Document) -> str:
    text = "".join(s.text for s in doc.sentences)
    for occasion, cues in data("mining")["occasion_cues"].items():
        if sum(text.count(w) for w in cues) >= 2:
            return str(occasion)
    return "visit"


def doc_side(doc: Document) -> str:
    """The side a speech speaks for (host | guest): the weightier cues, the default on a tie."""
    quoted = re.compile(r"“[^“”]*”")
    text = quoted.sub("", "".join(s.text for s in doc.sentences))
    rules = data("mining")
    cues = rules["side_cues"]
    host = sum(text.count(w) for w in cues["host"])
    guest = sum(text.count(w) for w in cues["guest"])
    if host == guest:
        return str(rules["side_default"])
    return "host" if host > guest else "guest"


# ------------------------------------------------------------------ candidates of one document

def _strip_marker(s: Any) -> str:
    return s.text[len(s.marker.text):] if s.marker else s.text


def candidates(doc: Document, secs: dict[int, str], names: deid.DocNames, file: str) -> Iterator[Candidate]:
    """Every phrase a document offers: its usable sentences and their sub-sentence phrases."""
    import jieba.posseg

    from .names import quoted_spans

    rules = data("mining")
    years = [int(y) for y in _YEAR_RE.findall("".join(s.text for s in doc.sentences))]
    year = max(years) if years else None
    side = doc_side(doc) if doc.kind == "speech" else None
    occasion = doc_occasion(doc)
    quote_re = re.compile(rules["quote_shape"])
    quotes = deid._rules()["quote_list"]
    formula_re, keep_re = re.compile(rules["formula"]), re.compile(rules["formula_keep"])
    paired_re = re.compile(rules["paired_heading"])
    count_re = re.compile(rules["points_count"])
    tab = jieba.posseg.dt.word_tag_tab
    quoted = names.archive.quoted if names.archive else set()
    prev_para = -1
    speaker: str | None = None
    for i, s in enumerate(doc.sentences):
        para_start = s.paragraph != prev_para
        prev_para = s.paragraph
        section = secs[i]
        text, s_side, speaker_place = s.text, side, None
        if doc.kind == "news":
            if section in ("news_body", "news_lead", "attendance"):
                speaker = None        # narration: nobody is speaking
            text, said_by = deid.strip_reporting(s.text)
            opener = next((p for p in names.persons if s.text.startswith(p)), None)
            if said_by and said_by not in ("他", "她"):
                speaker = said_by
            elif opener:
                speaker = opener      # 马越垠代表县委…表示感谢: the next sentences are his
            # reported speech goes on in the speaker's voice until narration or another speaker
            speaker_place = names.persons.get(speaker) if speaker else None
            s_side = names.places.get(speaker_place) if speaker_place else None
            if speaker and not s_side and names.guests:
                s_side = "host"
        if not s.usable:
            continue
        text = text[len(s.marker.text):] if s.marker and text.startswith(s.marker.text) else text
        if not text.strip("。！？；：，"):
            continue
        shape = "heading" if section == "point_heading" else "sentence"
        bare = text.rstrip("。！")
        if bare in quotes or (para_start and not s.marker and quote_re.match(text)
                              and not any(c in text for c in rules["quote_stop"])):
            section, shape = "quote", "quote"
        if section == "point_heading" and paired_re.match(text):
            shape = "paired"
        if section == "points_intro":
            text, shape = count_re.sub(slot_text("points"), text), "frame"
        slotted = deid.deidentify(text, names, speaker_place=speaker_place, speaker_side=s_side)
        base = dict(file=file, line=s.line, year=year, kind=doc.kind, side=s_side, occasion=occasion)
        named = [q for q in quoted_spans(text) if q in quoted] if quoted and "“" in text else []
        yield Candidate(section, slotted.text, slotted.slots, slotted.specific + named, shape, **base, sentence=i)
        # sub-sentence phrases
        for q in quotes:
            if q in text and bare != q:
                yield Candidate("quote", q + "。", [], [], "quote", **base)
        for m in formula_re.finditer(text):
            inner = m.group(1)
            if keep_re.search(inner) or len(inner) >= 4:
                f = deid.deidentify(f"“{inner}”", names, speaker_place=speaker_place,
                                    speaker_side=s_side)
                yield Candidate("formula", f.text, f.slots, f.specific + ([inner] if inner in quoted else []),
                                "formula", **base)
        for tok in slotted.tokens:
            if len(tok) >= 4 and (tab.get(tok) or "") in ("i", "l"):
                yield Candidate("idiom", tok, [], deid.word_reasons(tok), "idiom", **base)


# ------------------------------------------------------------------ the bank being built

@dataclass
class Entry:
    section: str
    text: str
    slots: list[str]
    specific: list[str]
    shape: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    sides: set[str] = field(default_factory=set)
    occasions: set[str] = field(default_factory=set)
    curated: bool = False
    files: int = 0                 # documents attesting it (counted as they arrive, one at a time)
    last_file: str | None = None

    @property
    def id(self) -> str:
        return f"{self.section}-{hashlib.blake2b(self.text.encode(), digest_size=3).hexdigest()}"

    @property
    def count(self) -> int:
        return self.files

    def attest(self, src: dict[str, Any]) -> None:
        """One more occurrence. Documents arrive one after the other, so a new file is a change of
        file; only the first MAX_SOURCES sources are kept, so memory stays flat however often a
        phrase recurs in a big archive (the count still counts every document)."""
        if src["file"] != self.last_file:
            self.files += 1
            self.last_file = src["file"]
        if len(self.sources) < MAX_SOURCES:
            self.sources.append(src)

    def absorb(self, other: "Entry") -> None:
        mine_ = {s["file"] for s in self.sources}
        theirs = {s["file"] for s in other.sources}
        self.files += other.files - len(mine_ & theirs)     # exact while both keep every source
        self.sources.extend(other.sources[:max(0, MAX_SOURCES - len(self.sources))])
        self.kinds |= other.kinds
        self.sides |= other.sides
        self.occasions |= other.occasions
        self.specific = sorted(set(self.specific) | set(other.specific))


def normal_key(text: str) -> str:
    return _PUNCT_RE.sub("", text)


class BankBuilder:
    """Exact duplicates collapse as they arrive; near duplicates are merged at the end (MinHash LSH)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], Entry] = {}

    def add(self, c: Candidate) -> None:
        key = (c.section, normal_key(c.text))
        e = self.entries.get(key)
        if e is None:
            e = self.entries[key] = Entry(c.section, c.text, c.slots, sorted(c.specific), c.shape)
        else:
            e.specific = sorted(set(e.specific) | set(c.specific))
        src = {"file": c.file, "line": c.line}
        if c.year:
            src["year"] = c.year
        e.attest(src)
        e.kinds.add(c.kind)
        e.occasions.add(c.occasion)
        if c.side:
            e.sides.add(c.side)

    def merged(self, threshold: float = 0.75) -> list[Entry]:
        by_section: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries.values():
            by_section[e.section].append(e)
        out: list[Entry] = []
        for section in sorted(by_section):
            out.extend(_merge_near(by_section[section], threshold))
        return out


BATCH = 32
MAX_SOURCES = 20       # sources kept per phrase (the count covers them all)
_SEEDS = tuple(range(1, 17))       # 16 hash functions: 8 bands of 2 rows


def _grams(text: str) -> set[str]:
    t = normal_key(text)
    return {t[i:i + 3] for i in range(max(len(t) - 2, 1))}


_SHIFTS: dict[int, Any] = {}      # byte length → what each seed's start value adds to a CRC


def _minhash(grams: set[str]) -> tuple[int, ...]:
    """For each seed, the least crc32(gram, start value of the seed). CRC-32 is affine in its
    start value: crc32(g, v) = crc32(g) ^ crc32(n zero bytes, v) ^ crc32(n zero bytes) for n =
    len(g), so one crc32 a gram and an XOR per seed (numpy) give the same values as 16 crc32
    calls a gram."""
    import numpy as np

    encoded = [g.encode() for g in grams]
    sizes = [len(g) for g in encoded]
    for n in set(sizes) - _SHIFTS.keys():
        zeros = bytes(n)
        _SHIFTS[n] = np.array([zlib.crc32(zeros, seed * 0x9E3779B1 & 0xFFFFFFFF) ^ zlib.crc32(zeros)
                               for seed in _SEEDS], dtype=np.uint32)
    base = np.array([zlib.crc32(g) for g in encoded], dtype=np.uint32)
    shifts = np.stack([_SHIFTS[n] for n in sizes], axis=1)          # (seeds, grams)
    return tuple(int(x) for x in (base ^ shifts).min(axis=1))


def _merge_near(entries: list[Entry], threshold: float) -> list[Entry]:
    """Union entries whose 3-gram Jaccard similarity reaches ``threshold``; candidates come from
    MinHash band buckets only, so the work is linear in the number of entries."""
    entries = sorted(entries, key=lambda e: (-e.count, e.sources[0]["file"], e.sources[0]["line"], e.text))
    grams = [_grams(e.text) for e in entries]
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        sig = _minhash(g)
        for band in range(0, len(sig), 2):
            buckets[(band, sig[band:band + 2])].append(i)
    for members in buckets.values():
        head = members[0]          # compare with the bucket's first member only: linear, not all pairs
        for j in members[1:]:
            a, b = find(head), find(j)
            if a != b and len(grams[head] & grams[j]) / len(grams[head] | grams[j]) >= threshold:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[find(i)].append(i)
    out = []
    for root in sorted(groups):
        head = entries[root]
        for j in groups[root][1:]:
            head.absorb(entries[j])
        out.append(head)
    return out


# ------------------------------------------------------------------ the whole run

@dataclass
class MineResult:
    files: int
    skipped: list[Skipped]
    entries: list[Entry]
    names: dict[str, Any]     # places, persons, and per document (lint's corpus-name rule)
    inputs: list[str] = field(default_factory=list)   # the paths mined, as the bank's index names them

    def sections(self) -> dict[str, list[dict[str, Any]]]:
        """The entries as the bank stores them: plain dicts per section, sorted."""
        return entry_dicts(self.entries)

    def save(self, folder: str | Path) -> PhraseBank:
        """Write the bank into ``folder`` as one unit (curated entries already there are kept)
        and return it opened."""
        save_bank(Path(folder), self.sections(), self.names, self.inputs)
        return load_bank(folder)


def _display_name(path: Path, root: Path) -> str:
    if root.is_dir():
        return (Path(root.name) / path.relative_to(root)).as_posix()
    return path.name


def mine(paths: list[str], progress: Callable[[str], None] | None = None) -> MineResult:
    """Mine the files under ``paths`` into bank entries (nothing written)."""
    from .classify import trained_model
    from .names import Found, find_names_many, programme_spans, quoted_names, quoted_spans

    national = set(data("mining")["national"])

    model = trained_model()
    builder = BankBuilder()
    skipped: list[Skipped] = []
    documents: list[dict[str, Any]] = []
    n = 0
    batch: list[tuple[Document, str]] = []
    # first pass: the names of every document, so that a name learnt anywhere is slotted
    # everywhere; second pass: sections and phrases. The documents built in the first pass wait
    # in a temporary file, not in memory: reading them back costs a tenth of building them again
    archive = deid.ArchiveNames()
    names_of: dict[str, dict[str, Any]] = {}     # the same lists names.yaml keeps per document

    def docs() -> Iterator[tuple[Document, str]]:
        loops: list[tuple[str, str]] = []
        for root in map(Path, paths):
            for path in iter_paths([str(root)], loops):
                name = _display_name(path, root)
                try:
                    doc = build(read_file(path))
                except ReadError as err:
                    skipped.append(Skipped(str(path), str(err)))
                    continue
                yield doc, name
        skipped.extend(Skipped(where, f"{where}: {why}") for where, why in loops)

    texts: list[tuple[list[str], str]] = []

    asked: set[str] = set()

    def learn() -> None:
        # the tagger runs once over a batch of documents: fewer, bigger model calls
        for (_, name), found in zip(texts, find_names_many(t for t, _ in texts)):
            entry = {"source": name, "places": sorted(found.places),
                     "persons": sorted(p for p in found.persons if p not in national)}
            archive.add(entry["persons"], entry["places"])
            names_of[name] = entry
            if found.places or found.persons:
                documents.append(entry)
        # quoted spans that name something of one place (“友成常青义教”): specific wherever they stand
        spans = {q for t, _ in texts for s in t for q in quoted_spans(s)} - asked
        schemes = {q for t, _ in texts for s in t if "“" in s for q in programme_spans(s)} - archive.quoted
        asked.update(spans)
        archive.quoted.update(quoted_names(spans, archive.persons | archive.places, schemes))
        texts.clear()

    def flush() -> None:
        for (doc, name), secs in zip(batch, classify_docs([d for d, _ in batch], model)):
            entry = names_of.get(name, {})
            found = Found(Counter(entry.get("persons", ())), Counter(entry.get("places", ())))
            names = deid.learn_names(doc, found, archive)
            for c in candidates(doc, secs, names, name):
                builder.add(c)
        batch.clear()

    with tempfile.TemporaryFile() as spool:
        for doc, name in docs():
            if progress:
                progress(name)
            texts.append(([s.text for s in doc.sentences], name))
            pickle.dump((doc, name), spool, protocol=pickle.HIGHEST_PROTOCOL)
            if len(texts) >= BATCH:
                learn()
        learn()
        spool.seek(0)
        while True:
            try:
                doc, name = pickle.load(spool)
            except EOFError:
                break
            n += 1
            batch.append((doc, name))
            if len(batch) >= BATCH:      # a bounded batch: memory stays flat, the model runs rarely
                flush()
        flush()
    return MineResult(n, skipped, builder.merged(),
                      {"places": sorted(archive.places), "persons": sorted(archive.persons),
                       "documents": sorted(documents, key=lambda d: d["source"])},
                      [Path(p).name for p in paths])


def count_inputs(paths: list[str]) -> int:
    total = 0
    for p in paths:
        if not Path(p).exists():
            raise InputError(_("no such file or folder"), path=p)
        total += sum(1 for _ in iter_paths([p]))
    return total
