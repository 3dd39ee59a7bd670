#!/usr/bin/env python3
"""Grouped k-fold (by document) accuracy of section classification: the cue-then-model pipeline of
mining, each fold's documents classified by a model trained on the other folds only. A fast
stand-in for the leave-one-document-out evaluation (drafter/mining/evaluate.py) while experimenting.

    python scripts/cv_sections.py [--folds 5]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARCHIVE = ROOT.parent / "shared" / "corpus-dev"


def grouped_kfold(folds: int = 5, archive: Path = ARCHIVE, confusions: int = 12) -> dict:
    from drafter.mining.classify import SectionModel, labelled_documents, labelled_sentences, load_labels
    from drafter.mining.mine import classify_docs

    labels = load_labels()
    docs = labelled_documents(archive, labels)
    rows = labelled_sentences(docs, labels)
    per: dict[str, list[int]] = {}
    confusion: dict[tuple[str, str], int] = {}
    for f in range(folds):
        held = [d for k, d in enumerate(docs) if k % folds == f]     # documents in file order, dealt round
        held_ids = {id(d) for d in held}
        model = SectionModel.fit([r for r in rows if id(r[0]) not in held_ids])
        for doc in held:
            test = [r for r in rows if r[0] is doc]
            if not test:
                continue
            secs = classify_docs([doc], model, only=[i for _, _, i, _ in test])[0]
            for _, _, i, truth in test:
                ok = per.setdefault(truth, [0, 0])
                ok[0] += secs[i] == truth
                ok[1] += 1
                if secs[i] != truth:
                    confusion[(truth, secs[i])] = confusion.get((truth, secs[i]), 0) + 1
    total = sum(v[1] for v in per.values())
    right = sum(v[0] for v in per.values())
    return {"overall": right / total, "n": total, "documents": len(docs),
            "per_section": {k: (v[0] / v[1], v[1]) for k, v in sorted(per.items())},
            "confusion": sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))[:confusions]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    r = grouped_kfold(args.folds)
    print(f"overall {r['overall']:.3f} of {r['n']} sentences, {r['documents']} documents, {args.folds} folds")
    for k, (acc, n) in r["per_section"].items():
        print(f"  {k:14s} {acc:.2f}  n={n}")
    for (t, p), n in r["confusion"]:
        print(f"  {t} -> {p}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
