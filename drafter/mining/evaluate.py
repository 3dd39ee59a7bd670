"""How well sections are recognised: leave-one-document-out accuracy over the labelled texts
(for the benchmarks and the README), kept apart from training so neither imports the other's user."""
from __future__ import annotations

from typing import Any

from .classify import SectionModel, labelled_sentences, load_labels


def leave_one_document_out() -> dict[str, Any]:
    """Accuracy per section when each seed document is classified by a model trained on the others
    (cue rules first, as in mining). Never tests on a document that was trained on."""
    from ..text.corpus import load_document
    from .mine import section_of
    from ..resources import corpus_dir

    labels = load_labels()
    files = sorted({lab.file for lab in labels})
    docs = {f: load_document(str(corpus_dir() / f)) for f in files}
    per: dict[str, list[int]] = {}
    for held in files:
        train = labelled_sentences([docs[f] for f in files if f != held], labels)
        model = SectionModel().fit(train)
        test = labelled_sentences([docs[held]], labels)
        for doc, s, i, truth in test:
            guess = section_of(doc, i, model)
            ok = per.setdefault(truth, [0, 0])
            ok[0] += guess == truth
            ok[1] += 1
    total = sum(v[1] for v in per.values())
    right = sum(v[0] for v in per.values())
    return {"overall": right / total, "n": total,
            "per_section": {k: (v[0] / v[1], v[1]) for k, v in sorted(per.items())}}
