"""Cleaning + segmentation throughput against jieba.lcut on the same text, and memory per corpus size.

Run: python bench/bench_clean.py [--mb 10]
Goals (issue 2): cleaning at least 5x faster than jieba.lcut; peak memory flat in corpus size.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import make_corpus, row, timed  # noqa: E402

from drafter.text.corpus import CorpusWalk  # noqa: E402


def clean_all(folder: Path) -> int:
    n = 0
    for doc in CorpusWalk([str(folder)]):
        n += len(doc.sentences)
    return n


def peak_memory(folder: Path) -> int:
    tracemalloc.start()
    clean_all(folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> list[str]:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big"
        small = Path(tmp) / "small"
        paths = make_corpus(big, args.mb)
        make_corpus(small, max(args.mb / 10, 0.5))
        clean_all(big)  # warm up caches on the big set too, so peaks compare documents, not caches
        size = sum(p.stat().st_size for p in paths) / 1024 / 1024
        clean_all(small)  # warm up: opencc dictionary, regexes
        t_clean, n = timed(clean_all, big)
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        text = "\n".join(p.read_text(encoding="utf-8") for p in paths)
        t_jieba, _ = timed(jieba.lcut, text)
        mem_small, mem_big = peak_memory(small), peak_memory(big)
    ratio = t_jieba / t_clean
    rows = [
        row("clean+segment throughput", f"{size / t_clean:.1f} MB/s ({size:.1f} MB, {n} sentences)", "", None),
        row("jieba.lcut throughput", f"{size / t_jieba:.1f} MB/s", "", None),
        row("clean speed / jieba.lcut speed", f"{ratio:.1f}x", ">= 5x", ratio >= 5),
        row("peak memory, 10x corpus / 1x corpus", f"{mem_big / mem_small:.2f} "
            f"({mem_big / 1e6:.1f} MB vs {mem_small / 1e6:.1f} MB)", "<= 1.5", mem_big / mem_small <= 1.5),
    ]
    return rows


if __name__ == "__main__":
    print("| measure | value | goal | |\n|---|---|---|---|")
    print("\n".join(main()))
