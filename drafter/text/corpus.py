"""The corpus as the miner sees it: read, clean and segment files; report what could not be read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from ..errors import ReadError
from .reader import iter_paths, read_file
from .segment import Document, build


def load_document(path: str) -> Document:
    """Read, clean and segment one file (raises :class:`ReadError`)."""
    return build(read_file(path))


@dataclass
class Skipped:
    path: str
    reason: str


@dataclass
class CorpusWalk:
    """Documents one at a time (memory stays at one document), with the files that were skipped."""

    paths: list[str]
    skipped: list[Skipped] = field(default_factory=list)

    def __iter__(self) -> Iterator[Document]:
        for path in map(str, iter_paths(self.paths)):
            try:
                yield load_document(path)
            except ReadError as err:
                self.skipped.append(Skipped(path, str(err)))


def stats(paths: list[str]) -> dict[str, Any]:
    """Per-file and total counts for ``drafter corpus stats``."""
    walk = CorpusWalk(paths)
    rows = []
    for doc in walk:
        rows.append({
            "file": doc.file, "kind": doc.kind, "encoding": doc.encoding, "title": doc.title,
            "paragraphs": doc.n_paragraphs, "sentences": len(doc.sentences),
            "characters": sum(len(s.text) for s in doc.sentences),
            "garbled": sum(s.garbled for s in doc.sentences),
            "incomplete": sum(s.incomplete for s in doc.sentences),
            "placeholders": sum(len(s.placeholders) for s in doc.sentences),
            "markers": sum(s.marker is not None for s in doc.sentences),
            "dropped_lines": len(doc.dropped),
        })
    totals = {k: sum(r[k] for r in rows) for k in
              ("paragraphs", "sentences", "characters", "garbled", "incomplete", "placeholders",
               "markers", "dropped_lines")}
    totals["files"] = len(rows)
    totals["speech"] = sum(r["kind"] == "speech" for r in rows)
    totals["news"] = sum(r["kind"] == "news" for r in rows)
    return {"files": rows, "totals": totals,
            "skipped": [{"file": s.path, "reason": s.reason} for s in walk.skipped]}
