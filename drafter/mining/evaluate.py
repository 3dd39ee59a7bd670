"""How well sections are recognised: leave-one-document-out accuracy over the labelled texts
(for the benchmarks and the README), kept apart from training so neither imports the other's user."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .classify import SectionModel, labelled_documents, labelled_sentences, load_labels


def leave_one_document_out(archive: Path | None = None) -> dict[str, Any]:
    """Accuracy per section when each labelled document is classified by a model trained on all the
    others (cue rules first, as in mining). Never tests on a document that was trained on.
    ``archive`` is the development archive the labels also point into (seeds alone without it)."""
    labels = load_labels()
    docs = labelled_documents(archive, labels)
    return held_out(docs, labelled_sentences(docs, labels), [[d] for d in docs])


def held_out(docs: list[Any], rows: list[tuple[Any, Any, int, str]], groups: list[list[Any]]) -> dict[str, Any]:
    """Accuracy per section when the documents of each group are classified by a model trained on
    the rows of every other group (leave one out: one document a group; k-fold: k groups)."""
    from .mine import classify_docs

    per: dict[str, list[int]] = {}
    confusion: dict[tuple[str, str], int] = {}
    for group in groups:
        ids = {id(d) for d in group}
        tests = [(doc, [r for r in rows if r[0] is doc]) for doc in group]
        tests = [(doc, test) for doc, test in tests if test]
        if not tests:
            continue
        model = SectionModel.fit([r for r in rows if id(r[0]) not in ids])
        for doc, test in tests:
            secs = classify_docs([doc], model, only=[i for _, _, i, _ in test])[0]
            for _, _, i, truth in test:
                ok = per.setdefault(truth, [0, 0])
                ok[0] += secs[i] == truth
                ok[1] += 1
                if secs[i] != truth:
                    confusion[(truth, secs[i])] = confusion.get((truth, secs[i]), 0) + 1
    total = sum(v[1] for v in per.values())
    right = sum(v[0] for v in per.values())
    return {"overall": right / total if total else 0.0, "n": total, "documents": len(docs),
            "per_section": {k: (v[0] / v[1], v[1]) for k, v in sorted(per.items())},
            "confusion": sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))}
