"""`drafter serve`: the drafting, phrase, lint and my-bank pages on the writer's own machine.

A thin Flask layer over the library API (:mod:`drafter.api`) and the output helpers: the same
validation and the same messages as the command line, served by waitress (pure Python, Windows
and Linux). Stage 7: may import the API (:mod:`drafter.api`), the output stage and the base modules.
Every script and style is served from this package; nothing is fetched from the internet. The
server writes only into the user's data folder (banks the writer builds); uploads for linting and
event files are read in memory and downloads are made in memory.

Safety (:mod:`.safety`): only the served address is answered, state-changing requests must come
from the page, every answer carries CSP / nosniff / no-framing headers, and every error is JSON."""
from __future__ import annotations

import functools
import io
import re
import threading
from pathlib import Path
from typing import Any, Iterable

import yaml
from flask import Flask, Response, jsonify, render_template, request, send_file
from werkzeug.exceptions import HTTPException

from .. import api, i18n
from ..errors import DraftCheckError, DrafterError, InputError
from ..i18n import _
from . import forms
from .banks import MAX_FILES, MAX_TOTAL, SUFFIXES, Banks, data_dir
from .safety import HEADERS, Refused, allowed_hosts, check_host, check_json_depth, check_origin, check_zip

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 2 * 1024 * 1024           # an event file or a speech; a 2 MB .docx is a long one
FORM_NAME = "表单"                      # what messages call the form instead of a file name
PAGE_SIZE = 50                          # phrases per page on 常用语库
MIME = {"txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}



def N_(message: str) -> str:
    """Marks a message for the catalogue without translating it here (it is translated when shown)."""
    return message


# the HTTP errors the pages can meet, named in the reader's language ("404 Not Found" → 404 + its name)
_HTTP_NAMES = (N_("Not Found"), N_("Method Not Allowed"), N_("Request Entity Too Large"),
               N_("Request-URI Too Long"), N_("Request Header Fields Too Large"), N_("Bad Request"))


class BadRequest(Exception):
    def __init__(self, message: str, field: str | None = None, status: int = 400, code: str = "bad-request") -> None:
        super().__init__(message)
        self.message, self.field, self.status, self.code = message, field, status, code


def create_app(bank: str | None = None, templates: str | None = None, *, host: str = "127.0.0.1",
               hosts: Iterable[str] = (), data: str | None = None) -> Flask:
    """The web app. ``bank`` and ``templates`` as for `drafter draft --bank/--templates`; ``host``
    the address served (its Host header is the only one answered, with ``hosts``); ``data`` the
    folder of the writer's own banks (default: the platform's user data folder)."""
    app = Flask(__name__, static_folder=str(HERE / "static"), template_folder=str(HERE / "pages"))
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD
    app.json.ensure_ascii = False          # type: ignore[attr-defined]
    allowed = allowed_hosts(host, hosts)
    banks = Banks(data_dir(data))
    state: dict[str, Any] = {"name": None, "bank": None}
    lock = threading.Lock()

    def current() -> tuple[str | None, Any]:
        """The bank the pages use: --bank when given, else the writer's chosen bank, else the built-in."""
        if bank is not None:
            with lock:
                if state["bank"] is None:
                    state["bank"] = api.load_bank(bank)
                return None, state["bank"]
        name = banks.active()
        with lock:
            key = (name, banks.generation)
            if state["bank"] is None or state["name"] != key:
                state["bank"] = api.load_bank(banks.path(name) if name else None)
                state["name"] = key
            return name, state["bank"]

    # ---------------------------------------------------------------- safety, errors

    @app.before_request
    def guard() -> None:
        check_host(request.headers.get("Host"), allowed)
        check_origin(request.method, request.headers.get("Host", ""), request.headers.get("Origin"),
                     request.headers.get("Sec-Fetch-Site"))
        if request.is_json:
            check_json_depth(request.get_data(cache=True))

    @app.after_request
    def headers(res: Response) -> Response:
        for k, v in HEADERS.items():
            res.headers.setdefault(k, v)
        if request.path.startswith("/api/"):
            res.headers["Cache-Control"] = "no-store"
        return res

    def fail(message: str, status: int, code: str, field: str | None = None, **more: Any) -> tuple[Response, int]:
        return jsonify({"error": message, "code": code, "field": field, **more}), status

    @app.errorhandler(Refused)
    def refused(err: Refused) -> tuple[Response, int]:
        return fail(err.message, err.status, err.code)

    @app.errorhandler(BadRequest)
    def bad_request(err: BadRequest) -> tuple[Response, int]:
        return fail(err.message, err.status, err.code, err.field)

    @app.errorhandler(InputError)
    def input_error(err: InputError) -> tuple[Response, int]:
        return fail(err.problem, 400, "input", err.field, line=err.line)

    @app.errorhandler(DraftCheckError)
    def check_error(err: DraftCheckError) -> tuple[Response, int]:
        return fail(str(err), 422, "draft-check")

    @app.errorhandler(DrafterError)
    def drafter_error(err: DrafterError) -> tuple[Response, int]:
        return fail(str(err), 400, "input")

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException) -> tuple[Response, int]:
        code = err.code or 400
        return fail(f"{code} {_(err.name)}", code, f"http-{code}")

    @app.errorhandler(RecursionError)
    def too_deep(err: RecursionError) -> tuple[Response, int]:
        return fail(_("the request is nested too deeply"), 400, "too-deep")

    @app.errorhandler(Exception)
    def unexpected(err: Exception) -> tuple[Response, int]:
        app.logger.exception("unexpected error")     # to the terminal, never to the page
        return fail(_("something went wrong in the program; the terminal window says what"), 500, "internal")

    # ---------------------------------------------------------------- pages

    @app.get("/")
    def draft_page() -> str:
        return render_template("draft.html", page="draft", slots=slot_legend())

    @app.get("/phrases")
    def phrases_page() -> str:
        return render_template("phrases.html", page="phrases", slots=slot_legend())

    @app.get("/lint")
    def lint_page() -> str:
        return render_template("lint.html", page="lint")

    @app.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status=204)

    @app.get("/banks")
    def banks_page() -> str:
        return render_template("banks.html", page="banks")

    # ---------------------------------------------------------------- drafting

    @app.post("/api/draft")
    def api_draft() -> Response:
        ev, seed, body = _event_from_request()
        _name, pb = current()
        d = api.draft(ev, seed=seed, templates=templates, bank=pb)
        return jsonify({"text": d.text, "seed": seed, "length": d.length, "template": d.template,
                        "warnings": body.get("_warnings", []) + d.warnings, "readings": forms.readings(ev)})

    @app.post("/api/download/<fmt>")
    def api_download(fmt: str) -> Response:
        if fmt not in MIME:
            raise BadRequest(_("unknown format '{fmt}' (txt, md or docx)").format(fmt=fmt), status=404)
        ev, seed, body = _event_from_request()
        from ..output.files import render_output

        _name, pb = current()
        d = api.draft(ev, seed=seed, templates=templates, bank=pb)
        comments = fmt == "docx" and body.get("comments") is True
        data_ = render_output(d.text, fmt, d.trace if comments else None)
        return send_file(io.BytesIO(data_), mimetype=MIME[fmt], as_attachment=True,
                         download_name=f"{ev.event.name}.{fmt}")

    @app.post("/api/event")
    def api_event_save() -> Response:
        """The form as an event file (validated first, so what is saved can be drafted)."""
        _ev, seed, body = _event_from_request()
        event = forms.normalise(body["event"])
        event["seed"] = seed
        text = event_yaml(event)
        return send_file(io.BytesIO(text.encode("utf-8")), mimetype="text/yaml; charset=utf-8",
                         as_attachment=True, download_name=f"{_ev.event.name}.yaml")

    @app.post("/api/event/load")
    def api_event_load() -> Response:
        """An uploaded event file, validated like `drafter check`, as the form's data (the
        contract's English keys; every field kept, those the form does not show too)."""
        name, data_ = _upload()
        try:
            text = data_.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise BadRequest(_("{name}: is not UTF-8 text (save the file as UTF-8)").format(name=name),
                             field="file") from err
        warnings_ = _collect_warnings(lambda: api.parse_event(text, name))
        return jsonify({"event": forms.canonical(yaml.safe_load(text)), "warnings": warnings_})

    # ---------------------------------------------------------------- phrases

    @app.get("/api/phrases")
    def api_phrases() -> Response:
        sections = api.sections()
        section = request.args.get("section") or None
        query = (request.args.get("q") or "").strip() or None
        if section and section not in sections:
            raise BadRequest(_("unknown section '{section}'").format(section=section), field="section")
        if query and len(query) > 100:
            raise BadRequest(_("search text longer than 100 characters"), field="q")
        offset = _int_arg("offset", 0, 0, 10**6)
        limit = _int_arg("limit", PAGE_SIZE, 1, 200)
        name, pb = current()
        counts = pb.counts()
        found = pb.search(query, section=section)
        titles = banks.titles(name) if name else builtin_titles()
        page = []
        for p in found[offset: offset + limit]:
            d = p.as_dict()
            d["usable"] = p.usable
            d["outdated"] = _outdated(p.text, pb) if p.era else False
            for s in d["sources"]:
                s.update(titles.get(Path(str(s.get("file", ""))).name) or {"title": "", "kind": ""})
            page.append(d)
        return jsonify({
            "bank": name,
            "sections": [{"id": s, "label": sec.label, "about": sec.about, "count": counts.get(s, 0)}
                         for s, sec in sections.items()],
            "total": len(found), "offset": offset,
            "phrases": page,
        })

    # ---------------------------------------------------------------- lint

    @app.post("/api/lint")
    def api_lint() -> Response:
        if request.files:
            name, data_ = _upload()
            try:
                text = api.read_text_bytes(data_, name)
            except DrafterError as err:
                raise BadRequest(str(err), field="file") from err
            on_raw = request.args.get("date")
        else:
            body = _json_body()
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadRequest(_("paste a text or choose a file"), field="text")
            if len(text) > MAX_UPLOAD:
                raise BadRequest(_("text longer than 2 MB"), field="text")
            name = "粘贴的文本"
            on_raw = request.args.get("date") or body.get("date")
        on = _date(on_raw)
        text = text.replace("\r\n", "\n")
        _n, pb = current()
        findings = api.lint(text, date=on, bank=pb)
        lines = text.split("\n")
        return jsonify({"name": name, "lines": lines, "date": on.isoformat(), "text": text,
                        "findings": [_span(f.as_dict(), lines) for f in findings]})

    # ---------------------------------------------------------------- the writer's own banks

    @app.get("/api/banks")
    def api_banks() -> Response:
        name = None if bank is not None else banks.active()
        return jsonify({"banks": banks.names(), "active": name, "fixed": bank is not None,
                        "folder": str(banks.folder)})

    @app.post("/api/banks/build")
    def api_banks_build() -> Response:
        request.max_content_length = MAX_TOTAL + 1024 * 1024
        name = request.form.get("name", "")
        replace = request.form.get("replace") == "1"
        files = []
        for f in request.files.getlist("files"):
            fname = Path((f.filename or "").replace("\\", "/")).name
            if not fname.lower().endswith(SUFFIXES):
                continue                     # a folder's other files (pictures, spreadsheets) are passed over
            data_ = f.read(MAX_UPLOAD * 4 + 1)
            if len(data_) > MAX_UPLOAD * 4:
                raise BadRequest(_("{name}: larger than 8 MB").format(name=fname), field="files", status=413)
            check_zip(data_, fname)
            if data_.strip():
                files.append((fname, data_))
        if not files:
            raise BadRequest(_("choose .txt or .docx files of past speeches"), field="files")
        if len(files) > MAX_FILES:
            raise BadRequest(_("more than {n} files in one go").format(n=MAX_FILES), field="files", status=413)
        job = banks.start(name, files, replace)
        return jsonify({"job": job, "files": len(files)})

    @app.get("/api/banks/job/<job>")
    def api_banks_job(job: str) -> Response:
        if not re.fullmatch(r"[0-9a-f]{12}", job):
            raise BadRequest(_("no such mining job"), status=404)
        return jsonify(banks.status(job))

    @app.post("/api/banks/choose")
    def api_banks_choose() -> Response:
        body = _json_body()
        banks.choose(body.get("name") or None)
        return jsonify({"active": banks.active()})

    @app.post("/api/banks/rename")
    def api_banks_rename() -> Response:
        body = _json_body()
        banks.rename(body.get("name"), body.get("new"))
        return jsonify({"banks": banks.names(), "active": banks.active()})

    @app.post("/api/banks/delete")
    def api_banks_delete() -> Response:
        body = _json_body()
        banks.delete(body.get("name"))
        return jsonify({"banks": banks.names(), "active": banks.active()})

    return app


# -------------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=1)
def slot_legend() -> list[dict[str, str]]:
    """The slots a phrase may carry, 〔label〕, with what the draft puts there (for the legend)."""
    from ..resources import data

    return [{"id": s["id"], "label": s["label"]} for s in data("slots")]


@functools.lru_cache(maxsize=1)
def builtin_titles() -> dict[str, dict[str, str]]:
    """The built-in corpus's file names → how the page names the texts (read once)."""
    from ..resources import corpus_dir
    from .banks import describe

    try:
        return {f.name: describe(f) for f in sorted(corpus_dir().glob("*.txt"))}
    except OSError:
        return {}


_OUTDATED: dict[str, bool] = {}


def _outdated(text: str, pb: Any) -> bool:
    """Does the phrase carry a policy formula retired by today (lint's formula-era error)?"""
    import datetime as dt

    if text not in _OUTDATED:
        if len(_OUTDATED) > 20000:
            _OUTDATED.clear()
        _OUTDATED[text] = any(f.rule == "formula-era" and f.severity == "error"
                              for f in api.lint(text, date=dt.date.today(), bank=pb))
    return _OUTDATED[text]


_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_WHOLE_TEXT = ("numbering", "points-count", "length")
_PUNCT_RUN = re.compile(r"[。，、；：！？,.;:!?]+")
_BRACKETED = re.compile(r"[(（][^)）]{1,7}[)）]")


def _span(f: dict[str, Any], lines: list[str]) -> dict[str, Any]:
    """Where the finding's words are in its line (``start``/``end``, 0-based) so the page can mark
    them; ``apply`` when the fix replaces exactly those words."""
    line = lines[f["line"] - 1] if 0 < f["line"] <= len(lines) else ""
    start = max(0, f["column"] - 1)
    end = min(len(line), start + 1)
    rule = f["rule"]
    if rule == "formula-era":
        m = re.search(r"“([^”]+)”", f["message"])
        if m and line.startswith(m.group(1), start):
            end = start + len(m.group(1))
    elif rule == "doubled-punct":
        m = _PUNCT_RUN.match(line, start)
        end = m.end() if m else end
    elif rule == "pinyin":
        m = _BRACKETED.match(line, start + 1)
        end = m.end() if m else end
    elif rule == "half-width-punct" and line[start:start + 1] in _FULL_WIDTH:
        f.setdefault("fix", _FULL_WIDTH[line[start]])
    elif rule in _WHOLE_TEXT:
        end = start                      # about the whole text or line: nothing to mark
    elif rule in ("placeholder", "template-leftover"):
        m = re.compile(r"X+|x+|\*+|%+|×+|【待补[^】]*】|〔[^〔〕]{1,8}〕|\{\{|\}\}|\{%|%\}|None|undefined").match(line, start)
        end = m.end() if m else end
    f["start"], f["end"] = start, end
    f["apply"] = bool(f.get("fix")) and rule in ("traditional", "doubled-punct", "pinyin", "formula-era",
                                                  "half-width-punct")
    return f


ORDER = ("kind", "event", "speaker", "host", "guest", "cooperation", "points", "audience", "length", "seed",
         "name", "date", "place", "theme", "attendees", "title", "side", "short", "delegation", "leaders", "address",
         "facts", "industries", "since", "areas", "donation", "heading", "topic", "body")


def _ordered(value: Any, key: str | None = None) -> Any:
    """The contract's order of keys (unknown keys after), and the date as a YAML date."""
    import datetime as dt

    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER))
        return {k: _ordered(value[k], k) for k in keys}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    if key == "date" and isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)      # libyaml: a preview's YAML in 0.2 ms, not 6


def event_yaml(event: dict[str, Any]) -> str:
    return yaml.dump(_ordered(forms.canonical(event)), Dumper=_DUMPER, allow_unicode=True, sort_keys=False,
                     default_flow_style=False)


@functools.lru_cache(maxsize=64)
def _parsed(text: str) -> tuple[Any, tuple[str, ...]]:
    """The form's event validated, and its warnings; the same form again (another seed, a
    download) is not parsed twice. An Event is immutable, so sharing it is safe."""
    parsed: list[Any] = []
    warnings_ = _collect_warnings(lambda: parsed.append(api.parse_event(text, FORM_NAME)))
    return parsed[0], tuple(warnings_)


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise BadRequest(_("{name}: expected a whole number from {low} to {high}").format(
            name=name, low=low, high=high), field=name)
    return int(raw)


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequest(_("expected a JSON object"))
    return body


def _event_from_request() -> tuple[Any, int, dict[str, Any]]:
    """The form's event, normalised and validated by the same code as an event file; the seed."""
    body = _json_body()
    event = body.get("event")
    if not isinstance(event, dict):
        raise BadRequest(_("expected an 'event' object"), field="event")
    seed = body.get("seed", event.get("seed"))
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**31):
        raise BadRequest(_("seed: expected a whole number from 0"), field="seed")
    try:
        text = event_yaml(forms.normalise(event))
    except (yaml.YAMLError, TypeError, ValueError) as err:
        raise BadRequest(_("the form's values could not be read"), field="event") from err
    ev, warnings_ = _parsed(text)
    body["_warnings"] = list(warnings_)
    return ev, (_default_seed(ev) if seed is None else seed), body


def _default_seed(ev: Any) -> int:
    """The seed `drafter draft` uses for this event when none is given (the library decides)."""
    try:
        return api.default_seed(ev)          # type: ignore[call-arg]   # per event, where the API has it
    except TypeError:
        return api.default_seed()


def _collect_warnings(fn: Any) -> list[str]:
    import warnings

    from ..errors import DrafterWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DrafterWarning)
        fn()
    return [str(w.message) for w in caught if issubclass(w.category, DrafterWarning)]


def _upload() -> tuple[str, bytes]:
    f = request.files.get("file")
    if f is None:
        raise BadRequest(_("no file in the request (field 'file')"), field="file")
    name = Path((f.filename or "upload").replace("\\", "/")).name       # never a path from the client
    data_ = f.read(MAX_UPLOAD + 1)
    if len(data_) > MAX_UPLOAD:
        raise BadRequest(_("{name}: larger than 2 MB").format(name=name), field="file", status=413, code="too-big")
    if not data_.strip():
        raise BadRequest(_("{name}: is empty").format(name=name), field="file")
    check_zip(data_, name)
    return name, data_


def _date(raw: Any) -> Any:
    import datetime as dt

    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError as err:
        raise BadRequest(_("date: expected YYYY-MM-DD, got '{raw}'").format(raw=raw), field="date") from err


def make_server(app: Flask, host: str, port: int, threads: int = 4, timeout: int = 15) -> Any:
    """waitress, bounded: idle or stalled connections closed after ``timeout`` s, request bodies and
    headers capped, at most 256 connections (under Windows' select() limit). Reading a request
    holds no thread: stalled uploads cost a socket each, not a worker."""
    import logging

    from waitress.server import create_server

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)    # "Task queue depth is 2": not for writers
    return create_server(app, host=host, port=port, threads=threads, channel_timeout=timeout,
                         cleanup_interval=2, connection_limit=256, max_request_header_size=32 * 1024,
                         max_request_body_size=MAX_TOTAL + 2 * 1024 * 1024, ident="drafter",
                         expose_tracebacks=False, clear_untrusted_proxy_headers=True)


def serve(host: str, port: int, bank: str | None, templates: str | None,
          hosts: Iterable[str] = ()) -> None:  # pragma: no cover
    """Run the server until Ctrl-C."""
    import click

    app = create_app(bank, templates, host=host, hosts=hosts)
    server = make_server(app, host, port)
    # the bank, the source titles and the formula marks are read now, not on the writer's first click
    def warm() -> None:
        import gc

        app.test_client().get("/api/phrases")
        gc.freeze()                  # the bank and templates, read once, stay out of every collection
        # previews, as `drafter draft`, collect the young generation less often (YOUNG_GENERATION)
        from ..drafting.draft import YOUNG_GENERATION

        gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])

    threading.Thread(target=warm, daemon=True).start()
    shown = f"[{host}]" if ":" in host else host
    click.echo(_("drafter: open http://{host}:{port}/ in your browser (Ctrl-C stops it)").format(
        host=shown, port=server.effective_port))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
