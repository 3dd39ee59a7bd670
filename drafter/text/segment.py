"""From raw text to a document: clean lines, paragraphs (PDF hard breaks re-joined), sentences with
their source line, structure markers, the title and the kind of text (speech or news report)."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from . import clean
from .markers import Marker, _lex, cn_to_int, find_marker  # noqa: F401 (cn_to_int re-exported)
from .reader import RawText


@dataclass
class Sentence:
    text: str
    line: int                      # 1-based line in the raw file where the sentence starts
    paragraph: int                 # 0-based paragraph index
    marker: Marker | None = None
    heading: bool = False          # a short line without final punctuation
    garbled: bool = False          # still holds mojibake: never mined
    incomplete: bool = False       # the text stops inside this sentence
    placeholders: list[str] = field(default_factory=list)
    section: str | None = None

    @property
    def usable(self) -> bool:
        return not (self.garbled or self.incomplete)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "section": self.section, "line": self.line,
                "paragraph": self.paragraph,
                "marker": self.marker.as_dict() if self.marker else None,
                "heading": self.heading, "garbled": self.garbled, "incomplete": self.incomplete,
                "placeholders": self.placeholders}


@dataclass
class Document:
    file: str
    encoding: str
    kind: str                      # speech | news
    title: str | None
    title_line: int | None
    sentences: list[Sentence]
    dropped: list[dict[str, Any]]  # boilerplate lines removed: {line, text, reason}
    n_paragraphs: int

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "encoding": self.encoding, "kind": self.kind,
                "title": self.title, "title_line": self.title_line,
                "sentences": [s.as_dict() for s in self.sentences], "dropped": self.dropped}


@dataclass
class _Para:
    pieces: list[tuple[int, str]]   # (raw line number, cleaned text)

    @property
    def text(self) -> str:
        return "".join(t for _, t in self.pieces)

    @property
    def line(self) -> int:
        return self.pieces[0][0]

    def line_at(self, offset: int) -> int:
        starts, acc = [], 0
        for _, t in self.pieces:
            starts.append(acc)
            acc += len(t)
        return self.pieces[max(0, bisect.bisect_right(starts, offset) - 1)][0]


def _width(text: str) -> float:
    """Display width: a Chinese character or full-width mark is 1, an ASCII character 1/2."""
    wide = (len(text.encode("utf-8")) - len(text)) / 2   # CJK takes 3 bytes in UTF-8
    return wide + (len(text) - wide) / 2


def _ends_final(text: str) -> bool:
    t = text.rstrip(_lex()["closers"])
    return bool(t) and t[-1] in _lex()["final_set"]


def _is_hard_wrapped(lines: list[tuple[int, str]]) -> tuple[bool, float]:
    """PDF extraction breaks lines at a fixed width, mostly without final punctuation."""
    texts = [t for _, t in lines if t]
    if len(texts) < 6:
        return False, 0.0
    open_lines = [t for t in texts if not _ends_final(t)]
    widths = sorted(_width(t) for t in texts)
    width = widths[int(0.8 * (len(widths) - 1))]   # the full line width: most wrapped lines reach it
    return len(open_lines) / len(texts) > 0.4, width


def paragraphs(lines: list[tuple[int, str]]) -> list[_Para]:
    """Group cleaned lines into paragraphs; in hard-wrapped text re-join lines broken at full width."""
    wrapped, width = _is_hard_wrapped(lines)
    paras: list[_Para] = []
    current: _Para | None = None
    for no, text in lines:
        if not text:
            current = None
            continue
        if current is None:
            current = _Para([(no, text)])
            paras.append(current)
        else:
            current.pieces.append((no, text))
        # a paragraph ends at a line that ends a sentence, or, in hard-wrapped text, at a short line;
        # a line ending in a comma goes on (a greeting over several lines: 尊敬的刘书记、)
        if text[-1] in "，、":
            continue
        if not wrapped or _ends_final(text) or _width(text) < 0.85 * width:
            current = None
    return paras


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split a paragraph after 。！？；…, keeping closing quotes and brackets attached.

    Returns (offset, sentence) pairs. A paragraph-final colon ends the last sentence too.
    """
    out = []
    for m in _lex()["sentence_re"].finditer(text):
        s = m.group(0)
        if s.strip():
            lead = len(s) - len(s.lstrip())
            out.append((m.start() + lead, s.strip()))
    return out


def _title(paras: list[_Para]) -> tuple[str | None, int | None, int]:
    """Leading short lines without final punctuation and without a marker form the title."""
    taken: list[_Para] = []
    for p in paras[:3]:
        t = p.text
        if _ends_final(t) or find_marker(t) or len(t) > 50:
            break
        taken.append(p)
    if not taken or len(taken) == len(paras):
        return None, None, 0
    return "".join(p.text for p in taken), taken[0].line, len(taken)


_HANZI = re.compile(r"[\u4e00-\u9fff]")
_CREDITED = re.compile(r"[。！？；][（(][^（）()]{1,30}[）)]$")     # 李某参加会议。（江吉）: a sentence and its credit


def _short_lines(paras: list[_Para]) -> tuple[list[tuple[_Para, bool]], list[dict[str, Any]]]:
    """Decide what a short paragraph without final punctuation is, from its context:

    - a point heading when it opens with a marker (一、/第一/一是), or when it stands between paragraphs
      of a points part (after a points intro or a marked heading, and a paragraph follows it);
    - the head of a wrapped line (it holds a clause, or the next line is only its tail, 干 / 杯！):
      joined to the next paragraph;
    - otherwise a title, byline, date or photo caption: dropped (never a sentence of the text).

    Returns the paragraphs with their heading flag, and the dropped lines."""
    lex = _lex()
    clause = lex["clause_punct"]
    out: list[tuple[_Para, bool]] = []
    dropped: list[dict[str, Any]] = []
    in_points = False
    pending: _Para | None = None
    for k, p in enumerate(paras):
        if pending is not None:               # a wrapped line's head waits for its tail
            p = _Para(pending.pieces + p.pieces)
            pending = None
        text = p.text
        nxt = paras[k + 1].text if k + 1 < len(paras) else None
        if _ends_final(text) or len(text) > 60 or _CREDITED.search(text):
            out.append((p, False))
            if text.endswith(("：", ":")) and lex["points_intro_re"].search(text):
                in_points = True
            continue
        if find_marker(text):
            out.append((p, True))
            in_points = True
            continue
        tail = nxt is not None and len(nxt) <= 4 and _ends_final(nxt)
        wrapped = nxt is not None and not find_marker(nxt) and (
            tail or (any(c in text for c in clause) and len(text) >= lex["wrap_min"]))
        if wrapped:
            pending = p
            continue
        if nxt is None and any(c in text for c in clause) and len(text) >= lex["wrap_min"]:
            out.append((p, False))            # the text stops here, inside a sentence
            continue
        if in_points and nxt is not None and _ends_final(nxt) and len(text) <= lex["heading_max"] \
                and not lex["not_heading_re"].search(text) and len(_HANZI.findall(text)) >= 2:
            out.append((p, True))
            continue
        for no, t in p.pieces:
            dropped.append({"line": no, "text": t, "reason": "short line"})
    if pending is not None:
        out.append((pending, False))
    return out, dropped


def detect_kind(sentences: list[Sentence], title: str | None = None) -> str:
    """news when the weighed cues of a report (a dateline, reported speech, narrated events, officials
    named by title) outweigh those of a speech (a salutation, the first and second person); cues are
    counted outside quotation marks, so a report's quoted speakers do not make it a speech."""
    cues = _kind_cues()
    texts = [cues["quoted"].sub("", s.text) for s in sentences]
    scope = {"any": texts, "top": texts[:5] + [title or ""], "start": texts[:6]}
    score = {}
    for kind in ("news", "speech"):
        score[kind] = sum(c["weight"] * sum(len(c["rx"].findall(t)) for t in scope[c["where"]])
                          for c in cues[kind])
    return "news" if score["news"] > score["speech"] else "speech"


@functools.lru_cache(maxsize=1)
def _kind_cues() -> dict[str, Any]:
    raw = _lex()["kind_cues"]
    out: dict[str, Any] = {"quoted": re.compile(raw["quoted"])}
    for kind in ("news", "speech"):
        out[kind] = [{"rx": re.compile(c["pattern"]), "weight": float(c["weight"]),
                      "where": c.get("where", "any")} for c in raw[kind]]
    return out


def build(raw: RawText) -> Document:
    """Clean and segment one text; every sentence keeps its raw line number."""
    lines: list[tuple[int, str]] = []
    dropped: list[dict[str, Any]] = []
    for no, rawline in enumerate(raw.text.split("\n"), 1):
        pre = clean.to_simplified(clean.strip_indent(rawline))
        if clean.is_boilerplate(pre):
            dropped.append({"line": no, "text": rawline.strip(), "reason": "boilerplate"})
            lines.append((no, ""))
            continue
        lines.append((no, clean.clean_line(rawline)))
    paras = paragraphs(lines)
    title, title_line, skip = _title(paras)
    body, short_dropped = _short_lines(paras[skip:])
    dropped = sorted(dropped + short_dropped, key=lambda d: d["line"])
    sentences: list[Sentence] = []
    for pi, (p, heading) in enumerate(body):
        ptext = p.text
        parts = [(0, ptext)] if heading else split_sentences(ptext)
        for off, s in parts:
            sent = Sentence(text=s, line=p.line_at(off), paragraph=pi, heading=heading,
                            marker=find_marker(s), garbled=clean.GARBLED in s,
                            placeholders=clean.find_placeholders(s))
            sentences.append(sent)
    if sentences and not sentences[-1].heading and not _ends_final(sentences[-1].text):
        sentences[-1].incomplete = True
    return Document(file=raw.path, encoding=raw.encoding, kind=detect_kind(sentences, title), title=title,
                    title_line=title_line, sentences=sentences, dropped=dropped,
                    n_paragraphs=len(body))
