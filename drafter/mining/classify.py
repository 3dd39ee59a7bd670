"""The statistical layer of section classification: character n-gram TF-IDF plus position features,
a linear classifier.

Mining never trains: it loads the model shipped in ``drafter/data/sections_model.json`` (vocabulary,
idf and coefficients, plain JSON, scored here in pure Python: no scikit-learn, no numpy at run time).
``scripts/train_sections.py`` rebuilds that file from the hand labels in ``drafter/data/labels.tsv``
(the seeds in ``corpus/`` and the development archive ``../shared/corpus-dev``); training is the only
place scikit-learn is used."""
from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..resources import data_file
from .cues import doc_features, model_text

LABELS = data_file("labels.tsv")
MODEL = data_file("sections_model.json")
NGRAMS = (1, 3)
MIN_DF = 5            # a gram seen in fewer sentences tells of one text, not of the genre
C = 16.0
CLASS_WEIGHT: str | None = None   # scikit-learn's class_weight
# the position, shape and lexicon features are scaled down beside the L2-normalised n-grams: with one
# C for both, this regularises them harder (5-fold: 1.0 -> 71.8%, 0.6 -> 72.6%, 0.3 -> 73.9%, 0.2 -> 73.5%);
# the shipped weights are scaled back, so scoring uses the features as they are
EXTRA_SCALE = 0.3
DIGITS = 5            # coefficients and idf are rounded: the file is the same bytes on every machine
_WHITE = re.compile(r"\s\s+")


@dataclass(frozen=True)
class Labelled:
    file: str
    line: int
    index: int          # which sentence starting on that line (0 = the first), as the segmenter gives it
    section: str
    key: str            # seeds: the sentence itself; the development archive: "#" + a digest of it


def sentence_key(text: str) -> str:
    """A digest that checks a label still points at the same sentence, without copying the text."""
    return "#" + hashlib.blake2b(text.encode("utf-8"), digest_size=4).hexdigest()


def load_labels(path: Path = LABELS) -> list[Labelled]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        file, line, index, section, key = raw.split("\t", 4)
        rows.append(Labelled(file, int(line), int(index), section, key))
    return rows


def sentence_refs(doc: Any) -> list[tuple[int, int]]:
    """(line, index within that line) of every sentence of a document."""
    out, prev, k = [], None, 0
    for s in doc.sentences:
        k = k + 1 if s.line == prev else 0
        prev = s.line
        out.append((s.line, k))
    return out


def _matches(lab: Labelled, text: str) -> bool:
    return lab.key == text or lab.key == sentence_key(text)


def labelled_sentences(docs: Iterable[Any], labels: list[Labelled]) -> list[tuple[Any, Any, int, str]]:
    """Match labels to the sentences of documents: (doc, sentence, index, section). A label matches the
    sentence at its file, line and index whose text (or digest) agrees; when segmentation has moved
    it, the sentence of that file with the same text nearest to the line is taken."""
    by_file: dict[str, list[Labelled]] = {}
    for lab in labels:
        by_file.setdefault(lab.file, []).append(lab)
    out = []
    for doc in docs:
        labs = by_file.get(Path(doc.file).name, [])
        refs = sentence_refs(doc)
        at = {ref: i for i, ref in enumerate(refs)}
        taken: set[int] = set()
        for lab in labs:
            i = at.get((lab.line, lab.index))
            if i is None or not _matches(lab, doc.sentences[i].text):
                near = [j for j, s in enumerate(doc.sentences) if _matches(lab, s.text)]
                i = min(near, key=lambda j: (abs(refs[j][0] - lab.line), j)) if near else None
            if i is None or i in taken or not doc.sentences[i].usable:
                continue
            taken.add(i)
            out.append((doc, doc.sentences[i], i, lab.section))
    return out


# ------------------------------------------------------------------ features

def grams(text: str) -> dict[str, int]:
    """Character n-grams (1–3) with their counts (as scikit-learn's char analyzer cuts them)."""
    t = _WHITE.sub(" ", text.lower())
    out: dict[str, int] = {}
    for n in range(NGRAMS[0], NGRAMS[1] + 1):
        for i in range(len(t) - n + 1):
            g = t[i:i + n]
            out[g] = out.get(g, 0) + 1
    return out


def vector(text: str, vocab: dict[str, int], idf: list[float]) -> dict[int, float]:
    """Sublinear TF × IDF, L2-normalised, over the known vocabulary."""
    v = {vocab[g]: (1.0 + math.log(c)) * idf[vocab[g]] for g, c in grams(text).items() if g in vocab}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items()}


def fit_vocabulary(texts: list[str]) -> tuple[dict[str, int], list[float]]:
    df: dict[str, int] = {}
    for t in texts:
        for g in grams(t):
            df[g] = df.get(g, 0) + 1
    kept = sorted(g for g, n in df.items() if n >= MIN_DF)
    n = len(texts)
    return {g: i for i, g in enumerate(kept)}, [round(math.log((1 + n) / (1 + df[g])) + 1, DIGITS) for g in kept]


# ------------------------------------------------------------------ the model

class SectionModel:
    """Linear scores over TF-IDF n-grams + position features; ``predict_many`` is pure Python."""

    def __init__(self, classes: list[str], vocab: dict[str, int], idf: list[float],
                 coef: list[list[float]], extra: list[list[float]], bias: list[float]) -> None:
        self.classes, self.vocab, self.idf = classes, vocab, idf
        self.coef, self.extra, self.bias = coef, extra, bias     # coef[gram][class], extra[feature][class]

    # training (scikit-learn: only the training script and the evaluation import it)
    @classmethod
    def fit(cls, rows: list[tuple[Any, Any, int, str]]) -> "SectionModel":
        from scipy.sparse import csr_matrix, hstack
        from sklearn.linear_model import LogisticRegression

        vocab, idf = fit_vocabulary([model_text(s.text) for _, s, _, _ in rows])
        grams_m = _sparse([vector(model_text(s.text), vocab, idf) for _, s, _, _ in rows], len(vocab))
        per_doc: dict[int, list[list[float]]] = {}
        extra = csr_matrix([[x * EXTRA_SCALE for x in _doc_features(per_doc, d)[i]] for d, _, i, _ in rows])
        lr = LogisticRegression(C=C, class_weight=CLASS_WEIGHT, max_iter=3000)
        lr.fit(hstack([grams_m, extra]).tocsr(), [sec for *_, sec in rows])
        classes = [str(c) for c in lr.classes_]
        w = lr.coef_
        if len(classes) == 2:      # binary: one row of weights; write both classes out
            w = [[-x for x in w[0]], list(w[0])]
            b = [-float(lr.intercept_[0]), float(lr.intercept_[0])]
        else:
            b = [float(x) for x in lr.intercept_]
        nv = len(vocab)
        coef = [[round(float(w[c][j]), DIGITS) for c in range(len(classes))] for j in range(nv)]
        ext = [[round(float(w[c][nv + j]) * EXTRA_SCALE, DIGITS) for c in range(len(classes))]
               for j in range(len(w[0]) - nv)]
        return cls(classes, vocab, idf, coef, ext, [round(x, DIGITS) for x in b])

    def predict_many(self, items: list[tuple[Any, int]]) -> list[str]:
        out = []
        k = len(self.classes)
        per_doc: dict[int, list[list[float]]] = {}
        for doc, i in items:
            score = list(self.bias)
            for j, x in vector(model_text(doc.sentences[i].text), self.vocab, self.idf).items():
                score = [a + x * b for a, b in zip(score, self.coef[j])]
            for j, x in enumerate(_doc_features(per_doc, doc)[i]):
                if x:
                    score = [a + x * b for a, b in zip(score, self.extra[j])]
            out.append(self.classes[max(range(k), key=lambda c: (score[c], -c))])
        return out

    def predict(self, doc: Any, indexes: list[int]) -> list[str]:
        return self.predict_many([(doc, i) for i in indexes])

    # the shipped file
    def to_json(self) -> str:
        grams_sorted = sorted(self.vocab, key=self.vocab.__getitem__)
        body = {"format": 1, "classes": self.classes, "bias": self.bias, "extra": self.extra,
                "grams": [[g, self.idf[self.vocab[g]], self.coef[self.vocab[g]]] for g in grams_sorted]}
        lines = ['{"format": 1,', f'"classes": {json.dumps(body["classes"])},',
                 f'"bias": {json.dumps(body["bias"])},', f'"extra": {json.dumps(body["extra"])},',
                 '"grams": [']
        rows = [json.dumps(r, ensure_ascii=False) for r in body["grams"]]
        return "\n".join(lines) + "\n" + ",\n".join(rows) + "\n]}\n"

    @classmethod
    def from_json(cls, text: str) -> "SectionModel":
        d = json.loads(text)
        vocab = {g: i for i, (g, _, _) in enumerate(d["grams"])}
        return cls(d["classes"], vocab, [r[1] for r in d["grams"]], [r[2] for r in d["grams"]],
                   d["extra"], d["bias"])


def _doc_features(cache: dict[int, list[list[float]]], doc: Any) -> list[list[float]]:
    if id(doc) not in cache:
        cache[id(doc)] = doc_features(doc)
    return cache[id(doc)]


def _sparse(rows: list[dict[int, float]], width: int) -> Any:
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for r in rows:
        for j in sorted(r):
            indices.append(j)
            values.append(r[j])
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(rows), width))


@functools.lru_cache(maxsize=1)
def trained_model() -> SectionModel:
    """The shipped model (built by ``scripts/train_sections.py``; never trained here)."""
    return SectionModel.from_json(MODEL.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the labelled documents

def labelled_documents(archive: Path | None, labels: list[Labelled] | None = None) -> list[Any]:
    """The documents the labels point into: seeds from ``corpus/``, the rest from ``archive``
    (the development archive). Files that cannot be found are left out."""
    from ..resources import corpus_dir
    from ..text.corpus import load_document

    labels = labels if labels is not None else load_labels()
    docs = []
    for f in sorted({lab.file for lab in labels}):
        for base in (corpus_dir(), archive):
            if base is not None and (base / f).is_file():
                docs.append(load_document(str(base / f)))
                break
    return docs


def train(archive: Path | None) -> SectionModel:
    labels = load_labels()
    return SectionModel.fit(labelled_sentences(labelled_documents(archive, labels), labels))
