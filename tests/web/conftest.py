"""Fixtures for the web tests: the real server (waitress, as `drafter serve` runs it) on loopback,
the writer's data folder in a temporary directory, and headless Chromium (Debian's chromium driven
by Playwright's driver; no browser download). Pages run under their own Content-Security-Policy:
waits use function expressions, which Playwright evaluates without eval()."""
from __future__ import annotations

import re
import shutil
import threading

import pytest

from drafter.web import create_app, make_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("userdata")


@pytest.fixture(scope="module")
def server(data_dir):
    app = create_app(data=str(data_dir))
    srv = make_server(app, "127.0.0.1", 0)
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    srv.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def new_page(browser, server, **options):
    opts = dict(accept_downloads=True, base_url=server, locale="zh-CN", viewport={"width": 1366, "height": 768})
    opts.update(options)
    context = browser.new_context(**opts)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    external: list[str] = []
    context.route(re.compile(r"^(?!http://127\.0\.0\.1).*"), lambda route: (external.append(route.request.url),
                                                                          route.abort()))
    context.set_default_timeout(15_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    dialogs: list[str] = []
    pg.dialogs = dialogs           # type: ignore[attr-defined]
    pg.prompt_answer = ""          # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (dialogs.append(d.type),
                               d.accept(pg.prompt_answer) if d.type == "prompt" else d.accept()))
    return context, pg, external, errors


@pytest.fixture
def page(browser, server):
    context, pg, external, errors = new_page(browser, server)
    yield pg
    assert external == []          # nothing was asked of the internet
    assert errors == []            # no script error, nothing the CSP had to block
    context.close()


def wait_preview(page, words: str = "", longer: int = 100) -> str:
    page.wait_for_function("([w, n]) => { const t = document.querySelector('#preview').textContent;"
                           " return t.length > n && t.includes(w) && document.querySelector('#stale').hidden; }",
                           arg=[words, longer])
    return page.locator("#preview").inner_text()
