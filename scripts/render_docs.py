#!/usr/bin/env python3
"""Regenerate the pictures the README shows: the first page of the example welcome speech as
LibreOffice renders the .docx (docs/welcome-page1.png). Needs LibreOffice and poppler-utils
(scripts/install-system-deps). Run from the project root: python scripts/render_docs.py"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import office  # noqa: E402
from drafter.api import render_output  # noqa: E402
from drafter.draft import checked, draft  # noqa: E402
from drafter.event import load_event  # noqa: E402


def welcome_page(out: Path) -> Path:
    d = checked(draft(load_event(ROOT / "examples" / "welcome.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "welcome.docx"
        docx.write_bytes(render_output(d.text, "docx"))
        pdf = office.docx_to_pdf(docx, tmp)
        return office.pdf_page_png(pdf, out, page=1, dpi=80)


def main() -> int:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    print(welcome_page(docs / "welcome-page1.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
