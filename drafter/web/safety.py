"""What keeps `drafter serve` safe on a shared office machine: only the served address is answered
(no DNS rebinding), state-changing requests come from the page itself (no cross-site POST), every
answer carries a Content-Security-Policy and no-sniff / no-framing headers, JSON bodies nested too
deeply are refused before they are parsed, and zip uploads are measured before they are opened."""
from __future__ import annotations

import io
import re
import zipfile
from typing import Iterable

from ..i18n import _

MAX_JSON_DEPTH = 20            # an event is four levels deep; the page's requests six at most
MAX_UNZIPPED = 32 * 1024 * 1024  # a .docx that unpacks to more than this is refused unopened
MAX_ZIP_MEMBERS = 2000

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


class Refused(Exception):
    """A request the server will not answer: ``status`` and a message (and a code for the page)."""

    def __init__(self, message: str, status: int, code: str) -> None:
        super().__init__(message)
        self.message, self.status, self.code = message, status, code


def allowed_hosts(host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host names (without port) the server answers to: the address it listens on, and the
    loopback names when it listens on loopback (or on every interface)."""
    names = {host.strip("[]").lower(), *[h.lower() for h in extra]}
    if host in LOOPBACK or host in ("0.0.0.0", "::", ""):
        names |= {"127.0.0.1", "localhost", "::1"}
    names.discard("0.0.0.0")
    names.discard("::")
    return frozenset(n for n in names if n)


def host_name(header: str) -> str:
    """'localhost:8000' → 'localhost'; '[::1]:8000' → '::1'."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def check_host(header: str | None, allowed: frozenset[str]) -> None:
    if not header or host_name(header) not in allowed:
        raise Refused(_("this page is served only as its own address (the Host header names another)"),
                      421, "bad-host")


def check_origin(method: str, host_header: str, origin: str | None, fetch_site: str | None) -> None:
    """A state-changing request must come from this page: its Origin (when the browser sends one)
    names this server, and Sec-Fetch-Site (when sent) is same-origin or none."""
    if method in SAFE_METHODS:
        return
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        raise Refused(_("refused: the request did not come from this page"), 403, "cross-origin")
    if origin is not None:
        bare = re.sub(r"^https?://", "", origin.strip().lower())
        if origin == "null" or bare != host_header.strip().lower():
            raise Refused(_("refused: the request did not come from this page"), 403, "cross-origin")


_STRING_RE = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)
_BRACKET_RE = re.compile(rb"[\[\]{}]")


def check_json_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than ``limit`` before parsing it (strings do not count)."""
    depth = 0
    for m in _BRACKET_RE.finditer(_STRING_RE.sub(b'""', body)):
        if m.group(0) in b"[{":
            depth += 1
            if depth > limit:
                raise Refused(_("the request is nested too deeply"), 400, "too-deep")
        else:
            depth -= 1


def check_zip(data: bytes, name: str) -> None:
    """A .docx (a zip) is refused when its members would unpack to more than MAX_UNZIPPED, or
    when it has more than MAX_ZIP_MEMBERS members: measured from the directory, nothing inflated."""
    if data[:4] != b"PK\x03\x04":
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise Refused(_("{name}: is not a readable Word file").format(name=name), 400, "bad-file") from err
    if len(infos) > MAX_ZIP_MEMBERS or sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise Refused(_("{name}: unpacks to more than 32 MB; not opened").format(name=name), 413, "too-big")
