#!/usr/bin/env python3
"""Rebuild drafter/data/sections_model.json from the hand labels in drafter/data/labels.tsv.

The labels point into the seeds (corpus/) and the development archive (../shared/corpus-dev by
default; --archive to give another place). Deterministic: the same labels give the same bytes.

    python scripts/train_sections.py            # write the model
    python scripts/train_sections.py --check    # exit 1 when the shipped file differs from a rebuild
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus-dev"


def build(archive: Path) -> str:
    from drafter.mining.classify import train

    return train(archive).to_json()


def main(argv: list[str] | None = None) -> int:
    from drafter.mining.classify import MODEL

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE, help="the development archive")
    ap.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = ap.parse_args(argv)
    if not args.archive.is_dir():
        print(f"no development archive at {args.archive}", file=sys.stderr)
        return 2
    text = build(args.archive)
    if args.check:
        same = MODEL.read_text(encoding="utf-8") == text
        print("the shipped model equals a rebuild" if same else "the shipped model differs from a rebuild")
        return 0 if same else 1
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
