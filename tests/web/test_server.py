"""`drafter serve` without a browser: the API answers like the command line, accepts how writers
type, keeps every field of an event file, and is safe on a shared machine (only its own Host,
no cross-origin state change, CSP headers, JSON errors, bounded inputs and connections)."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import socket
import threading
import time
import zipfile
from dataclasses import replace

import docx
import pytest

from drafter.drafting.event import load_event, parse_event
from drafter.web import create_app, event_yaml, make_server

from ..conftest import ROOT

EVENT = {"kind": "welcome", "event": {"name": "协作会议", "date": "2026-04-28"},
         "speaker": {"name": "李明", "title": "县委书记", "side": "host"},
         "host": {"name": "青山县"}, "guest": {"name": "滨江区", "leaders": [{"name": "欧阳建国", "title": "区委书记"}]}}
# every optional field of the contract (and the Chinese keys writers may use), for the round trip
EVERY_FIELD = """\
类型: 欢迎致辞
活动:
  名称: 东西部协作高层联席会议暨签约捐赠仪式
  日期: 2026-04-28
  地点: 青山县
  主题: 推进乡村全面振兴
讲话人: {姓名: 李明华, 职务: 县委书记, 一方: 东道方}
host:
  name: 云川省白鹤市青山县
  short: 青山县
  leaders:
    - {name: 李明华, title: 县委书记, address: 李书记}
  facts: [2020年如期实现脱贫摘帽]
  industries: [高山蔬菜, 中药材]
guest:
  name: 海州市滨江区
  short: 滨江
  delegation: 党政代表团
  leaders:
    - {name: 欧阳建国, title: 区委书记, address: 欧阳书记}
    - {name: 周文, title: 区委副书记、区长}
  facts: [连续五年考核为好]
  industries: [电子信息]
cooperation:
  since: 2017
  areas: [产业合作, 劳务协作]
  facts: [累计投入财政帮扶资金8600万元]
  donation: 300万元
points:
  - heading: 深受鼓舞，深感温暖
  - topic: 产业合作
  - heading: 勠力同心，共促发展
    body: 希望双方在产业、人才方面深化合作。
audience: [各位领导, 同志们]
length: 1500
seed: 7
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return create_app(data=str(tmp_path_factory.mktemp("data"))).test_client()


def same_event(a, b) -> bool:
    return replace(a, source="", lines={}) == replace(b, source="", lines={})


# ------------------------------------------------------------------ the API, like the command line

def test_draft_api_is_the_library_draft(client):
    from drafter.drafting.draft import draft

    r = client.post("/api/draft", json={"event": EVENT, "seed": 7})
    assert r.status_code == 200
    expected = draft(parse_event(event_yaml(EVENT), "表单"), seed=7).text
    assert r.json["text"] == expected and r.json["seed"] == 7
    assert "欧阳书记" in r.json["text"]


def test_without_a_seed_the_draft_is_the_command_lines(client, tmp_path):
    from click.testing import CliRunner

    from drafter.cli import cli

    (tmp_path / "e.yaml").write_text(event_yaml(EVENT), encoding="utf-8")
    expected = CliRunner().invoke(cli, ["draft", str(tmp_path / "e.yaml")]).stdout
    r = client.post("/api/draft", json={"event": EVENT})
    assert r.status_code == 200 and r.json["text"].strip() == expected.strip()
    saved = client.post("/api/event", json={"event": EVENT}).get_data(as_text=True)
    assert f"seed: {r.json['seed']}\n" in saved                 # the wording shown is the one saved


@pytest.mark.parametrize("event, field", [
    ({**EVENT, "kind": "party"}, "kind"),
    ({**EVENT, "event": {"name": "会议", "date": "28/4/2026"}}, "event.date"),
    ({**EVENT, "guest": {"name": "滨江区", "leaders": [{"name": ["x"]}]}}, "guest.leaders[0].name"),
    ({**EVENT, "length": 30}, "length"),
    ({**EVENT, "event": {"name": "深化東西部協作", "date": "2026-04-28"}}, "event.name"),
    ({**EVENT, "kind": "reply"}, "speaker.side"),
])
def test_draft_api_validates_like_the_command_line(client, event, field):
    r = client.post("/api/draft", json={"event": event})
    assert r.status_code == 400 and r.json["field"] == field and r.json["code"] == "input"
    with pytest.raises(Exception) as info:
        parse_event(event_yaml(event), "表单")
    assert r.json["error"] in str(info.value)          # the library's own message, not a copy


def test_a_length_the_event_cannot_reach_drafts_the_closest_with_a_warning(client):
    """Contract rule 6: the closest draft is shown, with the warning that says how long it is."""
    r = client.post("/api/draft", json={"event": {**EVENT, "length": 9000}})
    assert r.status_code == 200 and r.json["length"] < 9000 * 0.85
    [warning] = r.json["warnings"]
    assert warning.startswith(f"the event gives material for {r.json['length']} characters, not 9000")


@pytest.mark.parametrize("call, status, code", [
    (lambda c: c.post("/api/draft", data="garbage", content_type="application/json"), 400, "bad-request"),
    (lambda c: c.post("/api/draft", json={"event": EVENT, "seed": -1}), 400, "bad-request"),
    (lambda c: c.post("/api/draft", json={"event": "x"}), 400, "bad-request"),
    (lambda c: c.post("/api/download/pdf", json={"event": EVENT}), 404, "bad-request"),
    (lambda c: c.get("/api/phrases?section=nope"), 400, "bad-request"),
    (lambda c: c.get("/api/phrases?offset=-1"), 400, "bad-request"),
    (lambda c: c.post("/api/lint", json={"text": ""}), 400, "bad-request"),
    (lambda c: c.post("/api/lint", data={"file": (io.BytesIO(b"\x00" * 99), "x.txt")}), 400, "bad-request"),
    (lambda c: c.post("/api/event/load", data={"file": (io.BytesIO(b"kind: [\n"), "e.yaml")}), 400, "input"),
    (lambda c: c.post("/api/event/load", data={"file": (io.BytesIO(b"a" * (3 << 20)), "big.yaml")}), 413, "http-413"),
    (lambda c: c.post("/api/draft", data="[" * 100000, content_type="application/json"), 400, "too-deep"),
    (lambda c: c.post("/api/draft", data='{"event":' + '{"a":' * 50 + "1" + "}" * 51, content_type="application/json"),
     400, "too-deep"),
    (lambda c: c.post("/api/draft", json={"event": {**EVENT, "points": [[[[[[["x"]]]]]]]}}), 400, "input"),
    (lambda c: c.post("/api/banks/rename", json={"name": "../x", "new": "y"}), 400, "bad-name"),
    (lambda c: c.get("/api/banks/job/zzz"), 404, "bad-request"),
    (lambda c: c.get("/etc/passwd"), 404, "http-404"),
    (lambda c: c.put("/api/draft"), 405, "http-405"),
    (lambda c: c.get("/static/../__init__.py"), 404, "http-404"),
])
def test_bad_requests_get_4xx_json_never_a_500(client, call, status, code):
    r = call(client)
    assert r.status_code == status
    assert r.headers["Content-Type"] == "application/json" and r.json["code"] == code, r.get_data(as_text=True)
    assert "Traceback" not in r.get_data(as_text=True)
    if code.startswith("http-"):
        assert r.json["error"] in ("404 Not Found", "405 Method Not Allowed", "413 Request Entity Too Large")


# ------------------------------------------------------------------ safety

def test_a_foreign_host_header_gets_4xx(client):
    r = client.get("/api/phrases", headers={"Host": "evil.example"})
    assert r.status_code == 421 and r.json["code"] == "bad-host"
    r = client.post("/api/draft", json={"event": EVENT}, headers={"Host": "evil.example:8000"})
    assert r.status_code == 421
    for ok in ("127.0.0.1:8000", "localhost:8000", "localhost", "[::1]:8000"):
        assert client.get("/api/banks", headers={"Host": ok}).status_code == 200, ok


def test_a_cross_origin_post_gets_4xx(client):
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"},
                    {"Origin": "http://localhost:9999", "Host": "localhost:8000"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}):
        for path, kw in (("/api/lint", {"json": {"text": "同志们"}}),
                         ("/api/event/load", {"data": {"file": (io.BytesIO(b"kind: welcome\n"), "e.yaml")}}),
                         ("/api/banks/delete", {"json": {"name": "x"}})):
            r = client.post(path, headers=headers, **kw)
            assert r.status_code == 403 and r.json["code"] == "cross-origin", (headers, path)
    r = client.post("/api/lint", json={"text": "同志们"},
                    headers={"Origin": "http://localhost:8000", "Host": "localhost:8000", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200


def test_every_answer_carries_the_security_headers(client):
    for r in (client.get("/"), client.get("/static/app.css"), client.get("/api/phrases"), client.get("/nope"),
              client.get("/", headers={"Host": "evil.example"})):
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        assert r.headers["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_script_or_style_and_fetch_nothing_from_the_internet(client):
    for page in ("/", "/phrases", "/lint", "/banks"):
        html = client.get(page).get_data(as_text=True)
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), page
        assert not re.search(r"<script>|<style|style=|\son[a-z]+=", html), page
    for asset in ("messages.js", "common.js", "draft.js", "phrases.js", "lint.js", "banks.js", "app.css"):
        body = client.get(f"/static/{asset}").get_data(as_text=True)
        assert "http://" not in body and "https://" not in body and "@import" not in body


def test_a_zip_bomb_is_refused_before_it_is_unzipped(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("word/document.xml", b"\0" * (40 << 20))     # 40 MB of zeros: about 40 KB zipped
    data = buf.getvalue()
    assert len(data) < 100_000
    r = client.post("/api/lint", data={"file": (io.BytesIO(data), "稿.docx")})
    assert r.status_code == 413 and r.json["code"] == "too-big"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    app = create_app(data=str(tmp_path_factory.mktemp("live")))
    srv = make_server(app, "127.0.0.1", 0, timeout=2)
    threading.Thread(target=srv.run, daemon=True).start()
    yield srv.effective_port
    srv.close()


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except ConnectionResetError:      # the server answered and closed while we still sent
            pass
        return out


def test_the_real_server_refuses_a_foreign_host_a_cross_origin_post_and_a_huge_header(live):
    out = _raw(live, b"GET /api/banks HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert out.startswith(b"HTTP/1.1 421") and b'"code":"bad-host"' in out
    body = json.dumps({"text": "同志们"}).encode()
    out = _raw(live, b"POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
    assert out.startswith(b"HTTP/1.1 403") and b'"code":"cross-origin"' in out
    out = _raw(live, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 40000 + b"\r\nConnection: close\r\n\r\n")
    assert out.split(b" ")[1] == b"431"        # waitress answers it before the app: its plain-text page


def test_an_idle_connection_is_closed(live):
    with socket.create_connection(("127.0.0.1", live), timeout=15) as s:
        s.sendall(b"POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nabc")  # then stalls
        t = time.monotonic()
        assert s.recv(100) == b""                 # closed by the server, not answered
        assert time.monotonic() - t < 10


def test_stalled_uploads_hold_no_thread_and_do_not_block_the_page(live):
    import http.client

    threads = threading.active_count()
    stalled = []
    for _ in range(150):
        s = socket.create_connection(("127.0.0.1", live), timeout=10)
        s.sendall(b"POST /api/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nabc")
        stalled.append(s)
    t = time.monotonic()
    c = http.client.HTTPConnection("127.0.0.1", live, timeout=10)
    c.request("GET", "/api/banks")
    assert c.getresponse().status == 200 and time.monotonic() - t < 2
    assert threading.active_count() <= threads + 1          # no thread per stalled upload
    for s in stalled:                                         # all closed by the server after its timeout
        s.settimeout(10)
        assert s.recv(100) == b""
        s.close()


# ------------------------------------------------------------------ how writers type

@pytest.mark.parametrize("typed, field, read", [
    ({"guest": {"name": "滨江区", "leaders": [{"name": "陈志强，区委书记"}]}}, "guest.leaders",
     [{"name": "陈志强", "title": "区委书记", "address": "陈书记"}]),
    ({"guest": {"name": "滨江区", "leaders": [{"name": "陈志强 区委书记"}]}}, "guest.leaders",
     [{"name": "陈志强", "title": "区委书记", "address": "陈书记"}]),
    ({"guest": {"name": "滨江区", "leaders": [{"name": "区委书记陈志强"}]}}, "guest.leaders",
     [{"name": "陈志强", "title": "区委书记", "address": "陈书记"}]),
    ({"guest": {"name": "滨江区", "leaders": [{"name": "区委副书记、区长 周文"}]}}, "guest.leaders",
     [{"name": "周文", "title": "区委副书记、区长", "address": "周区长"}]),
])
def test_leaders_as_writers_type_them(client, typed, field, read):
    r = client.post("/api/draft", json={"event": {**EVENT, **typed}})
    assert r.status_code == 200, r.json
    assert r.json["readings"][field] == read
    assert "尊敬的" + read[0]["address"] in r.json["text"]
    assert "尊敬的陈志强，区委书记" not in r.json["text"]


def test_a_final_full_stop_1500zi_and_2021nian_are_accepted(client):
    typed = {**EVENT, "length": "1500字", "cooperation": {"since": "2021年", "facts": ["累计投入资金8600万元。"]},
             "host": {"name": "青山县", "facts": ["2020年如期脱贫摘帽。"]}}
    r = client.post("/api/draft", json={"event": typed, "seed": 3})
    assert r.status_code == 200, r.json
    plain = {**EVENT, "length": 1500, "cooperation": {"since": 2021, "facts": ["累计投入资金8600万元"]},
             "host": {"name": "青山县", "facts": ["2020年如期脱贫摘帽"]}}
    assert r.json["text"] == client.post("/api/draft", json={"event": plain, "seed": 3}).json["text"]
    saved = client.post("/api/event", json={"event": typed, "seed": 3}).get_data(as_text=True)
    assert "length: 1500\n" in saved and "since: 2021\n" in saved and "8600万元\n" in saved and "seed: 3\n" in saved


# ------------------------------------------------------------------ lossless round trip

@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "examples").glob("*.yaml")) + ["every-field"])
def test_open_then_save_gives_back_an_equivalent_event(client, tmp_path, name):
    text = EVERY_FIELD if name == "every-field" else (ROOT / "examples" / name).read_text(encoding="utf-8")
    original = parse_event(text, name)
    r = client.post("/api/event/load", data={"file": (io.BytesIO(text.encode()), name)})
    assert r.status_code == 200 and r.json["warnings"] == []
    form = r.json["event"]
    saved = client.post("/api/event", json={"event": form, "seed": form.get("seed", 2026)})
    assert saved.status_code == 200
    (tmp_path / "saved.yaml").write_bytes(saved.data)
    assert same_event(load_event(tmp_path / "saved.yaml"), original)
    if name == "every-field":
        again = saved.get_data(as_text=True)
        for words in ("short: 滨江\n", "address: 欧阳书记\n", "topic: 产业合作\n", "body: 希望双方", "industries:\n  - 电子信息",
                      "audience:\n- 各位领导", "seed: 7\n", "date: 2026-04-28\n"):
            assert words in again, words


# ------------------------------------------------------------------ downloads, phrases, lint

def _comments(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if "word/comments.xml" not in z.namelist():
            return 0
        return z.read("word/comments.xml").count(b"<w:comment ")


def test_word_download_has_no_source_comments_unless_asked(client):
    plain = client.post("/api/download/docx", json={"event": EVENT})
    assert plain.status_code == 200 and _comments(plain.data) == 0
    assert docx.Document(io.BytesIO(plain.data)).paragraphs[0].text == "在协作会议上的致辞"
    traced = client.post("/api/download/docx", json={"event": EVENT, "comments": True})
    assert _comments(traced.data) > 5
    for fmt, check in (("txt", lambda b: b.decode().startswith("在协作会议上的致辞\n")),
                       ("md", lambda b: b.decode().startswith("# 在协作会议上的致辞\n"))):
        r = client.post(f"/api/download/{fmt}", json={"event": EVENT})
        assert r.status_code == 200 and check(r.data), fmt


def test_phrases_page_by_page_with_titles_years_and_out_of_date_marked(client):
    first = client.get("/api/phrases").json
    assert first["total"] == 318 and len(first["phrases"]) == 50 and first["offset"] == 0
    rest = [first]
    while sum(len(b["phrases"]) for b in rest) < first["total"]:
        rest.append(client.get(f"/api/phrases?offset={sum(len(b['phrases']) for b in rest)}").json)
    ids = [p["id"] for b in rest for p in b["phrases"]]
    assert len(ids) == len(set(ids)) == 318
    sources = [s for b in rest for p in b["phrases"] for s in p["sources"]]
    assert all(s["title"] and not re.fullmatch(r"\d+_[0-9a-f]+\.txt", s["title"]) for s in sources)
    assert {s["title"] for s in sources} >= {"在2025年市援派干部及东西部协作挂职干部座谈会上的讲话"}
    assert all(isinstance(s.get("year", 0), int) for s in sources) and any("year" in s for s in sources)
    era = [p for b in rest for p in b["phrases"] if p.get("era")]
    outdated = [p for p in era if p["outdated"]]
    from drafter import api

    def retired(text):
        return any(f.rule == "formula-era" and f.severity == "error" for f in api.lint(text, date=dt.date.today()))

    assert outdated and all(retired(p["text"]) for p in outdated)
    assert not any(retired(p["text"]) for p in era if not p["outdated"])
    assert all(not p["outdated"] for b in rest for p in b["phrases"] if not p.get("era"))


def test_lint_marks_the_words_and_says_which_fix_applies(client):
    text = "第一，深化东西部扶贫协作。。\n这是東西部（dōng）合作XX,好。"
    r = client.post("/api/lint", json={"text": text, "date": "2026-01-01"}).json
    got = {(f["rule"], f["line"], text.split("\n")[f["line"] - 1][f["start"]:f["end"]], f.get("fix"), f["apply"])
           for f in r["findings"] if f["rule"] != "length"}
    assert got == {("formula-era", 1, "东西部扶贫协作", "东西部协作", True), ("doubled-punct", 1, "。。", "。", True),
                   ("traditional", 2, "東", "东", True), ("pinyin", 2, "部（dōng）", "部", True),
                   ("placeholder", 2, "XX", None, False), ("half-width-punct", 2, ",", "，", True)}


def test_lint_api_reads_docx_uploads(client):
    d = docx.Document()
    d.add_paragraph("第一，深化合作。")
    d.add_paragraph("第三，XX协作。")
    buf = io.BytesIO()
    d.save(buf)
    r = client.post("/api/lint?date=2026-01-01", data={"file": (io.BytesIO(buf.getvalue()), "稿.docx")})
    assert r.status_code == 200 and r.json["lines"] == ["第一，深化合作。", "第三，XX协作。"]
    assert sorted(f["rule"] for f in r.json["findings"] if f["severity"] == "error") == ["numbering", "placeholder"]


def test_lint_and_drafting_write_nothing(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    client.post("/api/download/docx", json={"event": EVENT})
    client.post("/api/lint", data={"file": (io.BytesIO("同志们".encode()), "a.txt")})
    assert list(tmp_path.iterdir()) == []


def test_serve_binds_to_this_machine_only_by_default():
    from drafter.cli import cli

    opts = {p.name: p for p in cli.commands["serve"].params}
    assert opts["host"].default == "127.0.0.1"


def test_a_users_template_that_never_ends_is_stopped(tmp_path, monkeypatch):
    """In the test client (the main thread) the template time limit works."""
    from drafter.drafting import environment as render

    monkeypatch.setattr(render, "MAX_SECONDS", 1)
    (tmp_path / "welcome.txt.jinja").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", encoding="utf-8")
    app = create_app(templates=str(tmp_path), data=str(tmp_path / "data"))
    r = app.test_client().post("/api/draft", json={"event": EVENT})
    assert r.status_code == 400 and re.search(r"ran longer than 1 s; stopped", r.json["error"])


# ------------------------------------------------------------------ the writer's own banks

def _wait_job(client, job, limit=120):
    t = time.monotonic()
    while time.monotonic() - t < limit:
        st = client.get(f"/api/banks/job/{job}").json
        if st["state"] != "mining":
            return st
        time.sleep(0.2)
    raise AssertionError("mining did not finish")


def test_build_rename_choose_and_delete_a_bank(tmp_path):
    app = create_app(data=str(tmp_path / "data"))
    c = app.test_client()
    files = [(io.BytesIO((ROOT / "corpus" / n).read_bytes()), n) for n in sorted(p.name for p in (ROOT / "corpus").glob("0*.txt"))]
    gbk = (ROOT / "corpus" / "004_4ccfaf24e3326002.txt").read_text(encoding="utf-8").encode("gb18030")
    files.append((io.BytesIO(gbk), "座谈会讲话（GBK）.txt"))
    files.append((io.BytesIO(b"\x89PNG...."), "photo.png"))          # a folder's other files are passed over
    r = c.post("/api/banks/build", data={"name": "本县讲话", "files": files}, content_type="multipart/form-data")
    assert r.status_code == 200 and r.json["files"] == 6
    st = _wait_job(c, r.json["job"])
    assert st["state"] == "done" and st["phrases"] > 100, st
    assert c.get("/api/banks").json["active"] == "本县讲话"
    assert (tmp_path / "data" / "banks" / "本县讲话" / "index.yaml").is_file()
    assert c.get("/api/phrases").json["bank"] == "本县讲话"
    titles = {s["title"] for p in c.get("/api/phrases?limit=200").json["phrases"] for s in p["sources"]}
    assert "在2025年市援派干部及东西部协作挂职干部座谈会上的讲话" in titles
    # the same name again: refused unless replacing
    again = c.post("/api/banks/build", data={"name": "本县讲话", "files": [(io.BytesIO(gbk), "a.txt")]},
                   content_type="multipart/form-data")
    assert again.status_code == 409 and again.json["code"] == "name-taken"
    before = c.get("/api/phrases").json["total"]
    again = c.post("/api/banks/build", data={"name": "本县讲话", "replace": "1", "files": [(io.BytesIO(gbk), "a.txt")]},
                   content_type="multipart/form-data")
    assert again.status_code == 200 and _wait_job(c, again.json["job"])["state"] == "done"
    assert 0 < c.get("/api/phrases").json["total"] < before        # replaced by the bank of one text
    assert c.get("/api/banks").json["banks"] == ["本县讲话"]
    assert c.post("/api/banks/rename", json={"name": "本县讲话", "new": "2025年讲话"}).status_code == 200
    assert c.get("/api/banks").json == {**c.get("/api/banks").json, "banks": ["2025年讲话"], "active": "2025年讲话"}
    assert c.post("/api/draft", json={"event": EVENT}).status_code == 200
    assert c.post("/api/banks/choose", json={"name": None}).json["active"] is None
    assert c.get("/api/phrases").json["bank"] is None and c.get("/api/phrases").json["total"] == 318
    assert c.post("/api/banks/delete", json={"name": "2025年讲话"}).json["banks"] == []
    assert not (tmp_path / "data" / "banks" / "2025年讲话").exists()


def test_the_form_covers_every_field_of_the_event_schema(client):
    """Each leaf of `drafter schema` is a control of the form, or an item field the form's lines
    and rows carry (leaders' name and title, points' heading/topic/body), or kept from the file
    as it was (a leader's 称呼, the seed): tested against the schema, so a new optional field is
    either shown or noticed here."""
    from drafter import api

    html = client.get("/").get_data(as_text=True)
    shown = set(re.findall(r'data-field="([^"]+)"', html))
    kept = {"host.leaders.address", "guest.leaders.address", "answers.address", "seed"}   # kept, shown as read
    rows = {"points.heading", "points.topic", "points.body"}              # the point rows (draft.js)
    lines = {f"{side}.leaders.{k}" for side in ("host", "guest", "answers") for k in ("name", "title")}
    lines |= {"answers.name", "answers.title"}

    def leaves(schema, path=""):
        if schema.get("type") == "object":
            for k, sub in schema["properties"].items():
                yield from leaves(sub, f"{path}.{k}" if path else k)
        elif schema.get("type") == "array" and schema["items"].get("type") == "object":
            yield from leaves(schema["items"], path)
        else:
            yield path

    missing = [p for p in leaves(api.event_schema()) if p not in shown | kept | rows | lines]
    assert missing == []
    assert {"heading", "topic", "body"} == set(re.findall(r'\["(\w+)", "(?:标题|话题|内容)"\]',
                                                          client.get("/static/draft.js").get_data(as_text=True)))
