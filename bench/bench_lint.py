"""Lint speed: `drafter lint` over 1 MB of real speech text (the seed texts, names and numbers
varied, in one file), goal under 2 s, and as a ratio to the same Python that only reads the file
and splits it into sentences (the least any linter must do), measured in the same run.

Run: python bench/bench_lint.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_of, compile_bytecode, make_corpus, row  # noqa: E402

SPLIT = ("import re,sys; t=open(sys.argv[1],encoding='utf-8').read(); "
         "print(len(re.findall('[^。！？\\n]+[。！？]?', t)))")


def main(megabytes: float = 1.0) -> list[str]:
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        parts = make_corpus(Path(tmp) / "c", megabytes)
        big = Path(tmp) / "big.txt"
        big.write_bytes(b"\n".join(p.read_bytes() for p in parts))
        size = big.stat().st_size / 2**20
        base = best_of([sys.executable, "-c", SPLIT, str(big)], n=3)
        cmd = [sys.executable, "-m", "drafter", "lint", str(big), "--json", "--date", "2026-11-22"]
        took = best_of_lint(cmd)
        heavy = subprocess.run(
            [sys.executable, "-c", "import sys, runpy; sys.argv=['drafter','lint',sys.argv[1],'--json'];"
             "\ntry: runpy.run_module('drafter', run_name='__main__')\nexcept SystemExit: pass\n"
             "print([m for m in ('jieba','sklearn','numpy','scipy') if m in sys.modules], file=sys.stderr)",
             str(big)], capture_output=True, text=True).stderr.strip().splitlines()[-1]
    return [
        row(f"drafter lint, {size:.2f} MB in one file",
            f"{took:.2f} s = {took / base:.1f} x reading and splitting it ({base * 1000:.0f} ms)",
            "< 2 s", took < 2.0),
        row("heavy modules imported by lint", heavy, "[]", heavy == "[]"),
    ]


def best_of_lint(cmd: list[str], n: int = 3) -> float:
    """lint exits 1 when it finds errors (the seed texts have them): time it without check=True."""
    import time

    from common import ROOT
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t)
    return best


if __name__ == "__main__":
    print("| measure | value | goal | |\n|---|---|---|---|")
    print("\n".join(main()))
