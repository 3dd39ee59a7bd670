"""Lint speed: `drafter lint` over 1 MB of real speech text (the seed texts, names and numbers
varied, in one file), goal under 2 s, and as a ratio to the same Python that only reads the file
and splits it into sentences (the least any linter must do), measured in the same run.

Linearity: the time per MB of `drafter lint` over one file of 1, 2, 4, 8 and 16 MB (just under
lint's own limit) must stay flat within 25%. Per MB is the processor time of the lint process
(user + system, which the other processes of a shared machine do not inflate as they do the wall
clock) less that of linting a one-line file (start-up), divided by the size; the wall clock is
shown beside it.

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
            # (the CLI leaves by os._exit once its output is flushed: here it raises SystemExit instead,
            # so the modules it imported can be listed after it)
            [sys.executable, "-c", "import os, sys, runpy; sys.argv=['drafter','lint',sys.argv[1],'--json'];"
             "\ndef _leave(code): raise SystemExit(code)\nos._exit = _leave"
             "\ntry: runpy.run_module('drafter', run_name='__main__')\nexcept SystemExit: pass\n"
             "print([m for m in ('jieba','sklearn','numpy','scipy') if m in sys.modules], file=sys.stderr)",
             str(big)], capture_output=True, text=True).stderr.strip().splitlines()[-1]
    rows = linearity() + hostile_lines()
    return [
        row(f"drafter lint, {size:.2f} MB in one file",
            f"{took:.2f} s = {took / base:.1f} x reading and splitting it ({base * 1000:.0f} ms)",
            "< 2 s", took < 2.0),
        row("heavy modules imported by lint", heavy, "[]", heavy == "[]"),
        *rows,
    ]


SIZES = (1, 2, 4, 8, 16)


def cpu_of(cmd: list[str], n: int = 2) -> tuple[float, float]:
    """(processor seconds, wall seconds) of the fastest of n runs of ``cmd``."""
    import resource
    import time

    from common import ROOT
    best = (float("inf"), float("inf"))
    for _ in range(n):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (cpu, wall))
    return best


def linearity() -> list[str]:
    """lint's processor time per MB at 1 to 16 MB: flat within 25% (issue 17)."""
    from drafter.text.reader import MAX_BYTES

    with tempfile.TemporaryDirectory() as tmp:
        parts = make_corpus(Path(tmp) / "c", 16.5)
        lint = [sys.executable, "-m", "drafter", "lint", "--json", "--date", "2026-11-22"]
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("各位领导，同志们：\n", encoding="utf-8")
        start, _ = cpu_of(lint + [str(tiny)], n=3)
        per: dict[int, tuple[float, float, float]] = {}
        for mb in SIZES:
            chunks, total = [], 0
            for p in parts:
                data = p.read_bytes()
                if total + len(data) + 1 > min(mb * 2**20, MAX_BYTES):
                    break
                chunks.append(data)
                total += len(data) + 1
            f = Path(tmp) / f"{mb}.txt"
            f.write_bytes(b"\n".join(chunks))
            size = f.stat().st_size / 2**20
            cpu, wall = cpu_of(lint + [str(f)])
            per[mb] = (size, (cpu - start) / size, wall / size)
    rows = [row(f"lint per MB at {size:.1f} MB", f"{cpu:.2f} s processor, {wall:.2f} s wall", "", None)
            for size, cpu, wall in per.values()]
    ratio = max(v[1] for v in per.values()) / min(v[1] for v in per.values())
    rows.append(row("lint per MB, slowest / fastest size (1–16 MB)", f"{ratio:.2f}", "≤ 1.25", ratio <= 1.25))
    return rows


# long lines full of hits (an outdated formula, a traditional character, pinyin, half-width
# punctuation, a title after a name): the overlap tests of formula hits were once quadratic
HOSTILE = ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接，东西部扶贫协作，区委书记王有国同志讲话。"
           "县长李明华（lǐ）指出,要精准扶贫。") * 40 + "\n"


def hostile_lines() -> list[str]:
    """lint's processor time on 0.5 MB and 2 MB of such lines: four times the text, about four
    times the time (it was 11 when the overlap tests were quadratic)."""
    with tempfile.TemporaryDirectory() as tmp:
        lint = [sys.executable, "-m", "drafter", "lint", "--json", "--date", "2026-11-22"]
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("各位领导，同志们：\n", encoding="utf-8")
        start, _ = cpu_of(lint + [str(tiny)], n=3)
        took = []
        for n in (150, 600):
            f = Path(tmp) / f"hostile{n}.txt"
            f.write_text(HOSTILE * n, encoding="utf-8")
            took.append(cpu_of(lint + [str(f)])[0] - start)
    ratio = took[1] / took[0]
    return [row("lint on lines full of hits, 4× the text (0.5 → 2 MB)",
                f"{ratio:.1f}× the processor time ({took[0]:.2f} s → {took[1]:.2f} s)", "< 6", ratio < 6)]


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
