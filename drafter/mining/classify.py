"""The statistical layer of section classification: character n-gram TF-IDF plus position features,
a linear classifier, trained on the hand labels in ``drafter/data/labels.tsv``.

Imports scikit-learn; only ``drafter mine`` and the benchmarks load this module."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..resources import data_file
from .cues import features

LABELS = data_file("labels.tsv")


@dataclass(frozen=True)
class Labelled:
    file: str
    line: int
    section: str
    text: str


def load_labels(path: Path = LABELS) -> list[Labelled]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        file, line, section, text = raw.split("\t", 3)
        rows.append(Labelled(file, int(line), section, text))
    return rows


def labelled_sentences(docs: Iterable[Any], labels: list[Labelled]) -> list[tuple[Any, Any, int, str]]:
    """Match labels to the sentences of documents: (doc, sentence, index, section)."""
    by_key = {(lab.file, lab.line, lab.text): lab.section for lab in labels}
    out = []
    for doc in docs:
        name = Path(doc.file).name
        for i, s in enumerate(doc.sentences):
            section = by_key.get((name, s.line, s.text))
            if section is not None and s.usable:
                out.append((doc, s, i, section))
    return out


class SectionModel:
    """TF-IDF over characters 1–3 + position features → logistic regression."""

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                          min_df=1)
        self.model = LogisticRegression(C=8.0, max_iter=2000)

    def _matrix(self, rows: list[tuple[Any, Any, int, str | None]], fit: bool) -> Any:
        from scipy.sparse import csr_matrix, hstack

        texts = [s.text for _, s, _, _ in rows]
        grams = self.vectorizer.fit_transform(texts) if fit else self.vectorizer.transform(texts)
        extra = csr_matrix([features(s, i, len(d.sentences), d.kind) for d, s, i, _ in rows])
        return hstack([grams, extra]).tocsr()

    def fit(self, rows: list[tuple[Any, Any, int, str]]) -> "SectionModel":
        self.model.fit(self._matrix(rows, fit=True), [sec for *_, sec in rows])
        return self

    def predict(self, doc: Any, indexes: list[int]) -> list[str]:
        return self.predict_many([(doc, i) for i in indexes])

    def predict_many(self, items: list[tuple[Any, int]]) -> list[str]:
        if not items:
            return []
        rows = [(doc, doc.sentences[i], i, None) for doc, i in items]
        return [str(x) for x in self.model.predict(self._matrix(rows, fit=False))]


@functools.lru_cache(maxsize=1)
def trained_model() -> SectionModel:
    """The model trained on every labelled seed sentence (the seeds ship with drafter)."""
    from ..text.corpus import load_document
    from ..resources import corpus_dir

    labels = load_labels()
    docs = [load_document(str(corpus_dir() / f)) for f in sorted({lab.file for lab in labels})]
    return SectionModel().fit(labelled_sentences(docs, labels))
