"""Names and places, measured on ../shared/corpus-dev against the gold annotated by hand
(tests/data/gold_names.yaml, 33 texts) and the hand-checked sample of slots
(tests/data/slot_sample.yaml): learned names' precision and recall, usable phrases that still carry
a gold name, slots where there was no name, and what the names pass costs in a mining run.

Run: python bench/bench_names.py   (rows say so when corpus-dev is absent)
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, row  # noqa: E402

sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "corpus-dev"
DATA = ROOT / "tests" / "data"


def main() -> list[str]:
    if not DEV.is_dir():
        return [row("names and places", f"{DEV} is absent: not measured", "", None)]
    import drafter
    from drafter.mining.mine import BATCH
    from drafter.mining.names import clear_caches, find_names_many
    from drafter.text.reader import iter_paths, read_file
    from drafter.text.segment import build

    gold_doc = yaml.safe_load((DATA / "gold_names.yaml").read_text(encoding="utf-8"))
    gold: dict[str, set[str]] = defaultdict(set)
    for r in gold_doc["names"]:
        gold[r["file"]].add(r["name"])
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        drafter.mine([str(DEV)]).save(Path(tmp) / "bank")
        mine_s = time.perf_counter() - t
        bank = Path(tmp) / "bank"
        names = yaml.safe_load((bank / "names.yaml").read_text(encoding="utf-8"))
        entries = [d for f in sorted(bank.glob("*.yaml")) if f.name not in ("names.yaml", "index.yaml")
                   for d in yaml.safe_load(f.read_text(encoding="utf-8")) or []]
    learned = {d["source"].split("/", 1)[1]: set(d["places"]) | set(d["persons"]) for d in names["documents"]}
    tp = fp = fn = 0
    for f in gold_doc["texts"]:
        got = learned.get(f, set())
        tp, fp, fn = tp + len(got & gold[f]), fp + len(got - gold[f]), fn + len(gold[f] - got)
    p, r = tp / (tp + fp), tp / (tp + fn)
    all_gold = {n for ns in gold.values() for n in ns}
    usable = [d for d in entries if not d.get("specific")]
    carry = sum(1 for d in usable if any(n in d["text"] for n in all_gold))
    sample = yaml.safe_load((DATA / "slot_sample.yaml").read_text(encoding="utf-8"))["sample"]
    false = sum(1 for s in sample if s["verdict"] != "ok")
    # the names pass alone: reading, segmenting and tagging every text once, in batches of
    # documents as mining tags them, its caches cold (the mining run above tagged the same texts)
    clear_caches()
    t = time.perf_counter()
    sentences = 0
    batch: list[list[str]] = []
    for path in iter_paths([str(DEV)]):
        doc = build(read_file(path))
        sentences += len(doc.sentences)
        batch.append([s.text for s in doc.sentences])
        if len(batch) >= BATCH:
            find_names_many(batch)
            batch.clear()
    find_names_many(batch)
    names_s = time.perf_counter() - t
    return [
        row(f"learned names, precision on gold ({len(gold_doc['texts'])} texts, {len(gold_doc['names'])} names)",
            f"{p:.3f} ({tp} right, {fp} wrong)", ">= 0.95", p >= 0.95),
        row("learned names, recall on gold", f"{r:.3f} ({fn} missed)", ">= 0.90", r >= 0.90),
        row("usable phrases carrying a gold name", f"{carry} of {len(usable)} = {carry / len(usable):.2%}",
            "<= 1%", carry / len(usable) <= 0.01),
        row("slots where there was no name, or of the wrong type (100 checked by hand)", f"{false} of {len(sample)}",
            "<= 3%", false <= 3),
        row(f"names pass over corpus-dev ({sentences} sentences)",
            f"{names_s:.1f} s of a {mine_s:.1f} s mining run", "", None),
        row("archive names learnt", f"{len(names['persons'])} persons, {len(names['places'])} places", "", None),
    ]


if __name__ == "__main__":
    print("| measure | value | goal | |\n|---|---|---|---|")
    print("\n".join(main()))
