"""Regenerate drafter/data/traditional.txt: characters that OpenCC's t2s changes.

The checks then spot traditional characters without importing OpenCC (drafting stays fast).
Run: python scripts/make_traditional_list.py
"""
from pathlib import Path

import opencc

cc = opencc.OpenCC("t2s")
chars = [chr(c) for c in range(0x3400, 0xA000) if cc.convert(chr(c)) != chr(c)]
chars += [chr(c) for c in range(0xF900, 0xFB00) if cc.convert(chr(c)) != chr(c)]
out = Path(__file__).resolve().parent.parent / "drafter" / "data" / "traditional.txt"
out.write_text("# characters OpenCC t2s maps to another character; made by scripts/make_traditional_list.py\n"
               + "".join(chars) + "\n", encoding="utf-8")
print(len(chars), "characters")
