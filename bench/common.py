"""Shared helpers for the benchmarks: synthetic corpora made from the seeds, timing, memory."""
from __future__ import annotations

import random
import subprocess
import sys
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))

# Varied per copy so that near-duplicate merging cannot collapse the corpus (names and numbers).
_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
_PLACE_CHARS = "东南西北安平宁和丰乐康泰兴华新阳山川河林云青白金石"


def make_corpus(folder: Path, megabytes: float, seed: int = 0) -> list[Path]:
    """Write copies of the seed files, with names and numbers varied, until ``megabytes`` is reached."""
    rng = random.Random(seed)
    texts = [(p.suffix, p.read_bytes().decode("utf-8")) for p in SEEDS]
    folder.mkdir(parents=True, exist_ok=True)
    written, paths, i = 0, [], 0
    target = int(megabytes * 1024 * 1024)
    while written < target:
        suffix, text = texts[i % len(texts)]
        place = "".join(rng.choice(_PLACE_CHARS) for _ in range(2))
        text = text.replace("X旗", place + "旗").replace("XX区", place + "区")
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 9999)), text)
        text = text.replace("X", rng.choice(_SURNAMES))
        data = text.encode("utf-8")
        path = folder / f"{i // 100:04d}" / f"{i:06d}{suffix}"   # archives come in folders
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
        written += len(data)
        i += 1
    return paths


def best_of(cmd: list[str], n: int = 7) -> float:
    """The fastest of n runs of a command (seconds), started from the project root."""
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t)
    return best


def compile_bytecode() -> None:
    """Measure drafter as installed: pip compiles bytecode at install time, while an editable
    checkout under PYTHONDONTWRITEBYTECODE=1 would recompile every module on every run."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "drafter")], check=True)


def timed(fn, *args, repeat: int = 1):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - t)
    return best, result


def row(name: str, value: str, goal: str, ok: bool | None) -> str:
    mark = "" if ok is None else ("ok" if ok else "MISSED")
    return f"| {name} | {value} | {goal} | {mark} |"
