#!/usr/bin/env python3
"""Regenerate the pictures the README shows: the first page of the example welcome speech as
LibreOffice renders the .docx (docs/welcome-page1.png), and the pages of `drafter serve` in
headless Chromium (docs/web-draft.png, web-draft-error.png, web-phrases.png, web-lint.png,
web-banks.png, web-zoom200.png). Needs LibreOffice,
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
    """The pages of `drafter serve` (waitress, a fresh data folder) in headless Chromium at
    1366×768: the drafting page, an error's banner, the phrase bank, lint, building a bank, and the
    drafting page at 200% zoom."""
    import shutil
    import threading

    from playwright.sync_api import sync_playwright

    from drafter.web import create_app, make_server

    data = Path(tempfile.gettempdir()) / "drafter-docs"       # a fixed name: the pictures stay the same
    shutil.rmtree(data, ignore_errors=True)
    srv = make_server(create_app(data=str(data)), "127.0.0.1", 0)
    threading.Thread(target=srv.run, daemon=True).start()
    base = f"http://127.0.0.1:{srv.effective_port}"
    out = []
    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    ready = "() => document.querySelector('#preview').textContent.length > 500"

    def shot(page, name: str) -> None:
        out.append(docs / name)
        page.screenshot(path=str(out[-1]))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=flags)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page.goto(base + "/")
        page.wait_for_function(ready)
        page.fill("#f-guest\\.leaders", "欧阳建国，区委书记\n区长周文")
        page.wait_for_function("() => document.querySelector('#r-guest\\\\.leaders').textContent.includes('职务 区长 ·')")
        page.locator("#f-guest\\.leaders").scroll_into_view_if_needed()
        shot(page, "web-draft.png")
        page.select_option("#f-kind", "toast")
        page.wait_for_selector("#stale:not([hidden])")
        shot(page, "web-draft-error.png")
        page.goto(base + "/phrases")
        page.fill("#q", "扶贫协作")
        page.wait_for_function("() => document.querySelectorAll('.phrase-list li').length > 0 && [...document."
                               "querySelectorAll('.phrase-list li .text')].every(e => e.textContent.includes('扶贫协作'))")
        page.click("summary")
        shot(page, "web-phrases.png")
        page.goto(base + "/lint")
        page.fill("#lint-date", "2026-11-22")
        page.fill("#lint-text", "借此机会，我讲三点意见：\n第一，深化东西部扶贫协作。。\n第二，加强XX合作，"
                                "推动東西部产业协作。\n" +
                  (ROOT / "corpus" / "004_4ccfaf24e3326002.txt").read_text(encoding="utf-8")[:300])
        page.click("#lint-run")
        page.wait_for_selector("#lint-result tr")
        shot(page, "web-lint.png")
        page.goto(base + "/banks")
        page.fill("#bank-name-input", "本县讲话稿")
        page.set_input_files("#bank-files", [str(f) for f in sorted((ROOT / "corpus").glob("0*.txt"))[:2]])
        page.click("#build-run")
        page.wait_for_function("() => document.querySelector('#build-msg').textContent.includes('已建成')",
                               timeout=120_000)
        shot(page, "web-banks.png")
        zoom = browser.new_page(viewport={"width": 683, "height": 384}, device_scale_factor=2, locale="zh-CN")
        zoom.goto(base + "/")
        zoom.wait_for_function(ready)
        shot(zoom, "web-zoom200.png")
        browser.close()
    srv.close()
    shutil.rmtree(data, ignore_errors=True)
    return out


def main() -> int:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    if "--web" not in sys.argv:                  # --web: only the pages of drafter serve
        print(welcome_page(docs / "welcome-page1.png"))
    for path in web_pages(docs):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
