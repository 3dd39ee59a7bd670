"""`drafter serve`: the drafting, phrase and lint pages on the writer's own machine.

A thin Flask layer over the library API (:mod:`drafter.api`) and the output helpers: the same
validation and the same messages as the command line. Stage 7: may import the API
(:mod:`drafter.api`), the output stage and the base modules.
Every script and style is served from this package; nothing is fetched from the internet. The
server writes no file: uploads are read in memory and downloads are made in memory."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import yaml
from flask import Flask, Response, jsonify, render_template, request, send_file

from .. import api, i18n
from ..errors import DraftCheckError, DrafterError, InputError

HERE = Path(__file__).resolve().parent
MAX_UPLOAD = 2 * 1024 * 1024           # an event file or a speech; a 2 MB .docx is a long one
FORM_NAME = "表单"                      # what messages call the form instead of a file name
MIME = {"txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


# the HTTP errors the pages can meet, named in the reader's language
_HTTP_NAMES = (i18n.N_("Not Found"), i18n.N_("Method Not Allowed"), i18n.N_("Request Entity Too Large"))


class BadRequest(Exception):
    def __init__(self, message: str, field: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.message, self.field, self.status = message, field, status


def create_app(bank: str | None = None, templates: str | None = None) -> Flask:
    """The web app. ``bank`` and ``templates`` as for `drafter draft --bank/--templates`."""
    app = Flask(__name__, static_folder=str(HERE / "static"), template_folder=str(HERE / "pages"))
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD
    app.json.ensure_ascii = False          # type: ignore[attr-defined]
    pb = api.load_bank(bank)

    @app.errorhandler(BadRequest)
    def bad_request(err: BadRequest) -> tuple[Response, int]:
        return jsonify({"error": err.message, "field": err.field}), err.status

    @app.errorhandler(InputError)
    def input_error(err: InputError) -> tuple[Response, int]:
        return jsonify({"error": err.problem, "field": err.field, "line": err.line}), 400

    @app.errorhandler(DraftCheckError)
    def check_error(err: DraftCheckError) -> tuple[Response, int]:
        return jsonify({"error": str(err), "field": None}), 422

    @app.errorhandler(DrafterError)
    def drafter_error(err: DrafterError) -> tuple[Response, int]:
        return jsonify({"error": str(err), "field": None}), 400

    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    def http_error(err: Any) -> tuple[Response, int]:
        return jsonify({"error": f"{err.code} {i18n._(err.name)}", "field": None}), err.code

    @app.errorhandler(Exception)
    def unexpected(err: Exception) -> tuple[Response, int]:
        app.logger.exception("unexpected error")     # to the terminal, never to the page
        return jsonify({"error": i18n._("internal error ({error}); see the terminal").format(
            error=type(err).__name__), "field": None}), 500

    # ---------------------------------------------------------------- pages

    @app.get("/")
    def draft_page() -> str:
        return render_template("draft.html", page="draft")

    @app.get("/phrases")
    def phrases_page() -> str:
        return render_template("phrases.html", page="phrases")

    @app.get("/lint")
    def lint_page() -> str:
        return render_template("lint.html", page="lint")

    # ---------------------------------------------------------------- drafting

    @app.post("/api/draft")
    def api_draft() -> Response:
        ev, seed, body = _event_from_request()
        d = api.draft(ev, seed=seed, templates=templates, bank=pb)
        return jsonify({"text": d.text, "seed": seed, "length": d.length, "template": d.template,
                        "warnings": body.get("_warnings", [])})

    @app.post("/api/download/<fmt>")
    def api_download(fmt: str) -> Response:
        if fmt not in MIME:
            raise BadRequest(i18n._("unknown format '{format}' (txt, md or docx)").format(format=fmt), status=404)
        ev, seed, _ = _event_from_request()
        from ..output.files import render_output

        d = api.draft(ev, seed=seed, templates=templates, bank=pb)
        data = render_output(d.text, fmt, d.trace if fmt == "docx" else None)
        return send_file(io.BytesIO(data), mimetype=MIME[fmt], as_attachment=True,
                         download_name=f"{ev.event.name}.{fmt}")

    @app.post("/api/event")
    def api_event_save() -> Response:
        """The form as an event file (validated first, so what is saved can be drafted)."""
        _, _, body = _event_from_request()
        text = event_yaml(body["event"])
        return send_file(io.BytesIO(text.encode("utf-8")), mimetype="text/yaml; charset=utf-8",
                         as_attachment=True, download_name="活动.yaml")

    @app.post("/api/event/load")
    def api_event_load() -> Response:
        """An uploaded event file, validated like `drafter check`, as the form's data."""
        name, data = _upload()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise BadRequest(i18n._("{file}: is not UTF-8 text (save the file as UTF-8)").format(file=name)) from err
        warnings_ = _collect_warnings(lambda: api.parse_event(text, name))
        return jsonify({"event": _plain(yaml.safe_load(text)), "warnings": warnings_})

    # ---------------------------------------------------------------- phrases

    @app.get("/api/phrases")
    def api_phrases() -> Response:
        sections = api.sections

        section = request.args.get("section") or None
        query = (request.args.get("q") or "").strip() or None
        if section and section not in sections():
            raise BadRequest(i18n._("unknown section '{section}'").format(section=section), field="section")
        if query and len(query) > 100:
            raise BadRequest(i18n._("search text longer than 100 characters"), field="q")
        counts = pb.counts()
        found = pb.search(query, section=section)
        limit = 200
        return jsonify({
            "sections": [{"id": s, "label": sec.label, "about": sec.about, "count": counts.get(s, 0)}
                         for s, sec in sections().items()],
            "total": len(found),
            "phrases": [p.as_dict() for p in found[:limit]],
        })

    # ---------------------------------------------------------------- lint

    @app.post("/api/lint")
    def api_lint() -> Response:
        if request.files:
            name, data = _upload()
            try:
                text = api.read_text_bytes(data, name)
            except DrafterError as err:
                raise BadRequest(str(err), field="file") from err
        else:
            body = _json_body()
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BadRequest(i18n._("paste a text or choose a file"), field="text")
            if len(text) > MAX_UPLOAD:
                raise BadRequest(i18n._("text longer than 2 MB"), field="text")
            name = "粘贴的文本"
        on = _date(request.args.get("date") or (request.get_json(silent=True) or {}).get("date"))
        findings = api.lint(text.replace("\r\n", "\n"), date=on, bank=pb)
        return jsonify({"name": name, "lines": text.split("\n"), "date": on.isoformat(),
                        "findings": [f.as_dict() for f in findings]})

    return app


# -------------------------------------------------------------------- helpers

def event_yaml(event: dict[str, Any]) -> str:
    return yaml.safe_dump(_plain(event), allow_unicode=True, sort_keys=False, default_flow_style=False)


def _plain(value: Any) -> Any:
    """YAML values as JSON can carry them (dates as YYYY-MM-DD)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise BadRequest(i18n._("expected a JSON object"))
    return body


def _event_from_request() -> tuple[Any, int, dict[str, Any]]:
    """The form's event, validated by the same code as an event file; and the seed."""
    body = _json_body()
    event = body.get("event")
    if not isinstance(event, dict):
        raise BadRequest(i18n._("expected an 'event' object"), field="event")
    seed = body.get("seed", api.default_seed())
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**31:
        raise BadRequest(i18n._("seed: expected a whole number from 0"), field="seed")
    text = event_yaml(event)
    parsed: list[Any] = []
    body["_warnings"] = _collect_warnings(lambda: parsed.append(api.parse_event(text, FORM_NAME)))
    return parsed[0], seed, body


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
        raise BadRequest(i18n._("no file in the request (field 'file')"), field="file")
    name = Path(f.filename or "upload").name       # never a path from the client
    data = f.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise BadRequest(i18n._("{file}: larger than 2 MB").format(file=name), field="file", status=413)
    if not data.strip():
        raise BadRequest(i18n._("{file}: is empty").format(file=name), field="file")
    return name, data


def _date(raw: Any) -> dt.date:
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(str(raw))
    except ValueError as err:
        raise BadRequest(i18n._("date: expected YYYY-MM-DD, got '{value}'").format(value=raw), field="date") from err


def serve(host: str, port: int, bank: str | None, templates: str | None) -> None:  # pragma: no cover
    """Run the server until Ctrl-C (werkzeug's server: a few local users)."""
    from werkzeug.serving import make_server

    app = create_app(bank, templates)
    # with the user's templates, requests are served one at a time in the main thread, where the
    # template time limit (render.MAX_SECONDS) can stop a template that never ends
    server = make_server(host, port, app, threaded=templates is None)
    import click

    click.echo(i18n._("drafter: http://{host}:{port}/  (Ctrl-C stops it)").format(host=host, port=server.port))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
