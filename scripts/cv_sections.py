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
    from drafter.mining.classify import labelled_documents, labelled_sentences, load_labels
    from drafter.mining.evaluate import held_out

    labels = load_labels()
    docs = labelled_documents(archive, labels)
    # documents in file order, dealt round into the folds
    result = held_out(docs, labelled_sentences(docs, labels), [docs[f::folds] for f in range(folds)])
    result["confusion"] = result["confusion"][:confusions]
    return result


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
