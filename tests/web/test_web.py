"""`drafter serve`: the API answers like the command line, and the real pages work end to end in
headless Chromium (Debian's chromium driven by Playwright's driver; no browser download)."""
from __future__ import annotations

import io
import json
import re
import shutil
import threading

import docx
import pytest
from werkzeug.serving import make_server

from drafter.web import create_app

from ..conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
EVENT = {"kind": "welcome", "event": {"name": "协作会议", "date": "2026-04-28"},
         "speaker": {"name": "李明", "title": "县委书记", "side": "host"},
         "host": {"name": "青山县"}, "guest": {"name": "滨江区", "leaders": [{"name": "欧阳建国", "title": "区委书记"}]}}


@pytest.fixture(scope="module")
def client():
    return create_app().test_client()


# ------------------------------------------------------------------ the API, like the command line

def test_draft_api_is_the_library_draft(client):
    from drafter.drafting.draft import draft
    from drafter.drafting.event import parse_event
    from drafter.web import event_yaml

    r = client.post("/api/draft", json={"event": EVENT, "seed": 7})
    assert r.status_code == 200
    expected = draft(parse_event(event_yaml(EVENT), "表单"), seed=7).text
    assert r.json["text"] == expected and r.json["seed"] == 7
    assert "欧阳书记" in r.json["text"]


@pytest.mark.parametrize("event, status, field, words", [
    ({**EVENT, "kind": "party"}, 400, "kind", "must be one of welcome, reply, symposium, news, toast"),
    ({**EVENT, "event": {"name": "会议", "date": "28/4/2026"}}, 400, "event.date", "expected a date"),
    ({**EVENT, "guest": {"name": "滨江区", "leaders": [{"name": ["x"]}]}}, 400, "guest.leaders[0].name", "expected text"),
    ({**EVENT, "event": {"name": "深化東西部協作", "date": "2026-04-28"}}, 400, "event.name", "traditional character 東"),
    ({**EVENT, "kind": "reply"}, 400, "speaker.side", "a reply is spoken by the guest side"),
])
def test_draft_api_validates_like_the_command_line(client, event, status, field, words):
    r = client.post("/api/draft", json={"event": event})
    assert r.status_code == status
    assert r.json["field"] == field and words in r.json["error"]


@pytest.mark.parametrize("call, status, words", [
    (lambda c: c.post("/api/draft", data="garbage", content_type="application/json"), 400, "expected a JSON object"),
    (lambda c: c.post("/api/draft", json={"event": EVENT, "seed": -1}), 400, "seed: expected a whole number"),
    (lambda c: c.post("/api/draft", json={"event": "x"}), 400, "expected an 'event' object"),
    (lambda c: c.post("/api/download/pdf", json={"event": EVENT}), 404, "unknown format 'pdf'"),
    (lambda c: c.get("/api/phrases?section=nope"), 400, "unknown section 'nope'"),
    (lambda c: c.post("/api/lint", json={"text": ""}), 400, "paste a text or choose a file"),
    (lambda c: c.post("/api/lint", data={"file": (io.BytesIO(b"\x00" * 99), "x.txt")}), 400, "looks binary"),
    (lambda c: c.post("/api/event/load", data={"file": (io.BytesIO(b"kind: [\n"), "e.yaml")}), 400, "not valid YAML"),
    (lambda c: c.post("/api/event/load", data={"file": (io.BytesIO(b"a" * (3 << 20)), "big.yaml")}), 413, ""),
    (lambda c: c.get("/etc/passwd"), 404, "404 Not Found"),
    (lambda c: c.get("/static/../__init__.py"), 404, ""),
])
def test_bad_requests_get_4xx_and_a_message_never_a_traceback(client, call, status, words):
    r = call(client)
    assert r.status_code == status
    body = r.get_data(as_text=True)
    assert "Traceback" not in body and words in body


def test_event_round_trip_and_downloads(client):
    r = client.post("/api/event", json={"event": EVENT})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/yaml")
    saved = r.data
    r = client.post("/api/event/load", data={"file": (io.BytesIO(saved), "活动.yaml")})
    assert r.json["event"] == EVENT and r.json["warnings"] == []
    example = (ROOT / "examples" / "welcome.yaml").read_bytes()
    r = client.post("/api/event/load", data={"file": (io.BytesIO(example + b"lenght: 3\n"), "w.yaml")})
    line = example.count(b"\n") + 1
    assert r.json["warnings"] == [f"w.yaml:{line}: lenght: unknown key, ignored (did you mean 'length'?)"]
    for fmt, check in (("txt", lambda b: b.decode().startswith("在协作会议上的致辞\n")),
                       ("md", lambda b: b.decode().startswith("# 在协作会议上的致辞\n")),
                       ("docx", lambda b: docx.Document(io.BytesIO(b)).paragraphs[0].text == "在协作会议上的致辞")):
        r = client.post(f"/api/download/{fmt}", json={"event": EVENT})
        assert r.status_code == 200 and check(r.data), fmt


def test_lint_api_reads_docx_uploads(client):
    d = docx.Document()
    d.add_paragraph("第一，深化合作。")
    d.add_paragraph("第三，XX协作。")
    buf = io.BytesIO()
    d.save(buf)
    r = client.post("/api/lint?date=2026-01-01", data={"file": (io.BytesIO(buf.getvalue()), "稿.docx")})
    assert r.status_code == 200 and r.json["lines"] == ["第一，深化合作。", "第三，XX协作。"]
    assert sorted(f["rule"] for f in r.json["findings"] if f["severity"] == "error") == ["numbering", "placeholder"]


def test_server_writes_nothing(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    client.post("/api/download/docx", json={"event": EVENT})
    client.post("/api/lint", data={"file": (io.BytesIO("同志们".encode()), "a.txt")})
    assert list(tmp_path.iterdir()) == []


def test_serve_binds_to_this_machine_only_by_default():
    from drafter.cli import cli

    opts = {p.name: p for p in cli.commands["serve"].params}
    assert opts["host"].default == "127.0.0.1"


def test_pages_fetch_nothing_from_the_internet(client):
    for page in ("/", "/phrases", "/lint"):
        html = client.get(page).get_data(as_text=True)
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), page
    for asset in ("common.js", "draft.js", "phrases.js", "lint.js", "app.css"):
        body = client.get(f"/static/{asset}").get_data(as_text=True)
        assert "http://" not in body and "https://" not in body and "@import" not in body


# ------------------------------------------------------------------ end to end in Chromium

@pytest.fixture(scope="module")
def server():
    app = create_app()
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.port}"
    srv.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, base_url=server, locale="zh-CN",
                                  viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    external = []
    context.route(re.compile(r"^(?!http://127\.0\.0\.1).*"), lambda route: (external.append(route.request.url),
                                                                          route.abort()))
    pg = context.new_page()
    yield pg
    assert external == []          # nothing was asked of the internet
    context.close()


def _preview(page):
    return page.locator("#preview").inner_text()


def test_e2e_draft_form_preview_reseed_and_docx(page, tmp_path):
    page.goto("/")
    page.wait_for_function("document.querySelector('#preview').textContent.length > 500")
    page.fill("[data-field='guest.leaders']", "慕容清 区委书记\n周文 区长")
    page.wait_for_function("document.querySelector('#preview').textContent.includes('慕容书记')")
    first = _preview(page)
    assert "尊敬的慕容书记、周区长" in first
    page.click("#reseed")
    page.wait_for_function("t => document.querySelector('#preview').textContent !== t", arg=first)
    second = _preview(page)
    assert second != first and "慕容书记" in second
    assert "第 2027 种说法" in page.locator("#seed-info").inner_text()
    with page.expect_download() as info:
        page.click("[data-download='docx']")
    path = tmp_path / "d.docx"
    info.value.save_as(path)
    assert info.value.suggested_filename.endswith(".docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs if p.text)
    assert text == second.strip()


def test_e2e_validation_message_next_to_its_field(page):
    page.goto("/")
    page.wait_for_function("document.querySelector('#preview').textContent.length > 500")
    page.fill("[data-field='length']", "一千")
    error = page.locator("label:has([data-field='length']) .field-error")
    error.wait_for()
    assert "length：expected a whole number, got '一千'" in error.inner_text()
    assert "bad" in page.get_attribute("[data-field='length']", "class")
    page.fill("[data-field='length']", "1500")          # fixed: the message goes, the preview comes back
    error.wait_for(state="detached")
    assert "在东西部协作高层联席会议暨签约捐赠仪式上的致辞" in _preview(page)


def test_e2e_event_file_round_trip(page, tmp_path):
    page.goto("/")
    page.wait_for_function("document.querySelector('#preview').textContent.length > 500")
    page.set_input_files("#load", str(ROOT / "examples" / "symposium.yaml"))
    page.wait_for_function("document.querySelector('#preview').textContent.includes('座谈会')")
    assert page.input_value("[data-field='kind']") == "symposium"
    assert page.input_value("[data-field='event.name']") == "东西部协作挂职干部座谈会"
    with page.expect_download() as info:
        page.click("#save")
    saved = tmp_path / "e.yaml"
    info.value.save_as(saved)
    from drafter.drafting.event import load_event

    ev, original = load_event(saved), load_event(ROOT / "examples" / "symposium.yaml")
    assert (ev.kind, ev.event, ev.host.name, ev.points[0].heading) == \
           (original.kind, original.event, original.host.name, original.points[0].heading)


def test_e2e_phrase_search_and_copy(page):
    page.goto("/phrases")
    page.wait_for_selector("#phrases li")
    assert re.search(r"结束语 \(\d+\)", page.locator("#sections").inner_text())
    page.fill("#q", "友谊")
    page.wait_for_function("[...document.querySelectorAll('#phrases li .text')].every(e => e.textContent.includes('友谊'))"
                           " && document.querySelectorAll('#phrases li').length > 0")
    first = page.locator("#phrases li").first
    text = first.locator(".text").inner_text()
    assert "出处：corpus/" in first.locator(".meta").inner_text()
    first.locator("button.copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == text
    page.click("a[data-section='significance']")
    page.fill("#q", "")
    page.wait_for_selector("#phrases .era")
    assert "提法时限：" in page.locator("#phrases .era").first.inner_text()


def test_e2e_lint_pasted_text(page):
    page.goto("/lint")
    page.fill("#lint-date", "2026-11-22")
    page.fill("#lint-text", "借此机会，我讲三点意见：\n第一，深化东西部扶贫协作。\n第二，加强XX合作。")
    page.click("#lint-run")
    page.wait_for_selector("#lint-result tr")
    rows = page.locator("#lint-result tr")
    assert rows.count() == 3
    assert "formula-era" in rows.nth(1).locator(".findings").inner_text()
    assert "placeholder" in rows.nth(2).locator(".findings").inner_text()
    assert "points-count" in rows.nth(0).locator(".findings").inner_text()
    assert "3 个错误" in page.locator("#lint-summary").inner_text()


def test_preview_is_json_the_page_can_use(client):
    r = client.post("/api/draft", json={"event": EVENT})
    assert set(json.loads(r.data)) == {"text", "seed", "length", "template", "warnings"}


def test_a_users_template_that_never_ends_is_stopped(tmp_path, monkeypatch):
    """With --templates the server answers in the main thread, where the time limit works."""
    from drafter.drafting import environment as render

    monkeypatch.setattr(render, "MAX_SECONDS", 1)
    (tmp_path / "welcome.txt.jinja").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", encoding="utf-8")
    r = create_app(templates=str(tmp_path)).test_client().post("/api/draft", json={"event": EVENT})
    assert r.status_code == 400 and "template ran longer than 1 s; stopped" in r.json["error"]
