#!/usr/bin/env python3
"""Regenerate the pictures the README shows: the first page of the example welcome speech as
LibreOffice renders the .docx (docs/welcome-page1.png), and the three pages of `drafter serve` in
headless Chromium (docs/web-draft.png, web-phrases.png, web-lint.png). Needs LibreOffice,
poppler-utils and chromium (scripts/install-system-deps) and playwright (pip install -e '.[test]').
Run from the project root: python scripts/render_docs.py"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.output import office  # noqa: E402
from drafter.output.files import render_output  # noqa: E402
from drafter.drafting.draft import checked, draft  # noqa: E402
from drafter.drafting.event import load_event  # noqa: E402


def welcome_page(out: Path) -> Path:
    d = checked(draft(load_event(ROOT / "examples" / "welcome.yaml")))
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "welcome.docx"
        docx.write_bytes(render_output(d.text, "docx"))
        pdf = office.docx_to_pdf(docx, tmp)
        return office.pdf_page_png(pdf, out, page=1, dpi=80)


def web_pages(docs: Path) -> list[Path]:
    import shutil
    import threading

    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    from drafter.web import create_app

    srv = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.port}"
    out = []
    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=flags)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="zh-CN")
        page.goto(base + "/")
        page.wait_for_function("document.querySelector('#preview').textContent.length > 500")
        out.append(docs / "web-draft.png")
        page.screenshot(path=str(out[-1]))
        page.goto(base + "/phrases")
        page.fill("#q", "友谊")
        page.wait_for_function("document.querySelectorAll('#phrases li').length > 0 && [...document."
                               "querySelectorAll('#phrases li .text')].every(e => e.textContent.includes('友谊'))")
        out.append(docs / "web-phrases.png")
        page.screenshot(path=str(out[-1]))
        page.goto(base + "/lint")
        page.fill("#lint-date", "2026-11-22")
        page.fill("#lint-text", (ROOT / "corpus" / "000_a57adb3adab37112.txt").read_text(encoding="utf-8")[:700])
        page.click("#lint-run")
        page.wait_for_selector("#lint-result tr")
        out.append(docs / "web-lint.png")
        page.screenshot(path=str(out[-1]))
        browser.close()
    srv.shutdown()
    return out


def main() -> int:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    print(welcome_page(docs / "welcome-page1.png"))
    for path in web_pages(docs):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
