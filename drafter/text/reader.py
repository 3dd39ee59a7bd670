"""Read a speech file as text: .txt in any common encoding (detected, not assumed) and .docx."""
from __future__ import annotations

import codecs
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..recache import regex
from ..records import Frozen, set_fields
from ..errors import ReadError
from ..i18n import _

TEXT_SUFFIXES = (".txt", ".md", ".text", "")
DOCX_SUFFIXES = (".docx",)
MAX_BYTES = 16 * 1024 * 1024       # a speech or a report is a few hundred kB; more is not one
_CONTROL_RE = regex(r"[\x00-\x08\x0e-\x1f]")


@dataclass(init=False, repr=False, eq=False)
class RawText(Frozen):
    """A file's text and the encoding it was read in. (Frozen: see records.py.)"""
    path: str
    text: str
    encoding: str

    def __init__(self, path: str, text: str, encoding: str) -> None:
        set_fields(self, path=path, text=text, encoding=encoding)


def read_bytes(path: str | os.PathLike[str], limit: int = MAX_BYTES, what: str | None = None) -> bytes:
    """The bytes of a file, or a :class:`ReadError` naming it (missing, a folder, too large, unreadable)."""
    p = Path(path)
    name = str(path)
    what = what or _("a file")
    try:
        if p.is_dir():
            raise ReadError(_("is a directory, not {what}").format(what=what), path=name)
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):       # a pipe would block the run forever
            raise ReadError(_("is not a regular file (a pipe, socket or device), not {what}").format(what=what), path=name)
        size = st.st_size
        if size > limit:
            raise ReadError(_("is too large ({size} bytes; the limit for {what} is {limit})").format(
                size=size, what=what, limit=limit), path=name)
        return p.read_bytes()
    except FileNotFoundError as err:
        if p.is_symlink():
            raise ReadError(_("is a broken symbolic link (to {target})").format(target=os.readlink(p)), path=name) from err
        raise ReadError(_("no such file"), path=name) from err
    except PermissionError as err:
        raise ReadError(_("permission denied"), path=name) from err
    except OSError as err:
        raise ReadError(_("cannot be read ({reason})").format(reason=err.strerror or err), path=name) from err


def read_file(path: str | os.PathLike[str]) -> RawText:
    """Read one file; raise :class:`ReadError` naming it when it cannot be read as text."""
    name = str(path)
    data = read_bytes(path, MAX_BYTES, _("a speech text"))
    if not data.strip():
        raise ReadError(_("is empty; skipped"), path=name)
    if data[:4] == b"PK\x03\x04":
        return RawText(name, read_docx_bytes(data, name), "docx")
    if Path(path).suffix.lower() in DOCX_SUFFIXES:
        raise ReadError(_("is named .docx but is not a Word document (not a zip file); skipped"), path=name)
    text, encoding = decode_bytes(data, name)
    return RawText(name, text, encoding)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode text bytes: a BOM wins; otherwise strict UTF-8, then GB18030 (a superset of GBK)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), name), encoding
            except UnicodeDecodeError as err:
                raise ReadError(_("starts with a {encoding} byte order mark but is not valid {encoding}").format(
                    encoding=encoding),
                                path=name) from err
    if b"\x00" in data[:8192]:
        raise ReadError(_("looks binary (NUL bytes) and has no UTF-16 byte order mark; skipped"), path=name)
    for encoding in ("utf-8", "gb18030"):
        try:
            return _check_text(data.decode(encoding), name), encoding
        except UnicodeDecodeError:
            continue
    raise ReadError(_("is neither UTF-8 nor GB18030/GBK text; skipped"), path=name)


def _check_text(text: str, name: str) -> str:
    sample = text[:20000]
    controls = len(_CONTROL_RE.findall(sample))
    if sample and controls / len(sample) > 0.01:
        raise ReadError(_("looks binary (control characters); skipped"), path=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


MAX_DOCX_PART = 32 * 1024 * 1024     # uncompressed bytes of one part (document.xml of a long report: a few MB)
MAX_DOCX_TOTAL = 64 * 1024 * 1024    # uncompressed bytes of all parts together
MAX_DOCX_PARTS = 2000


def check_docx_sizes(data: bytes, name: str = "<docx>") -> None:
    """Refuse a .docx that would expand beyond the limits, from its zip directory alone: a 5 MB
    file whose document.xml expands to 1 GB is stopped before a byte is inflated (zipfile never
    inflates a part beyond the size its directory declares)."""
    import zipfile          # (only for a .docx: not on every run)

    from ..i18n import _

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as err:
        raise ReadError(_("is a zip file but not a readable Word document"), path=name) from err
    if len(infos) > MAX_DOCX_PARTS:
        raise ReadError(_("has {n} parts, more than a Word document has (the limit is {limit}); skipped")
                        .format(n=len(infos), limit=MAX_DOCX_PARTS), path=name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_DOCX_PART or total > MAX_DOCX_TOTAL:
            raise ReadError(_("expands to more than {mb} MB ({part} alone is {size} bytes): too large "
                              "for a speech; skipped").format(
                                  mb=(MAX_DOCX_PART if info.file_size > MAX_DOCX_PART else MAX_DOCX_TOTAL) // 2**20,
                                  part=info.filename, size=info.file_size), path=name)


def read_docx_bytes(data: bytes, name: str = "<docx>") -> str:
    """The paragraphs of a .docx, one per line (tables after the body text, row by row). Its
    parts' sizes are checked before anything is inflated; malformed XML is a :class:`ReadError`."""
    import zipfile          # (only for a .docx: not on every run)

    import docx  # lazy: python-docx pulls in lxml
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    from ..i18n import _

    check_docx_sizes(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append("".join(cell.text for cell in row.cells))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise ReadError(_("is a zip file but not a readable Word document"), path=name) from err
    except etree.LxmlError as err:
        raise ReadError(_("is a Word document with malformed XML ({reason}); skipped").format(
            reason=str(err).splitlines()[0][:200] if str(err) else type(err).__name__), path=name) from err
    except (MemoryError, RecursionError, AttributeError, TypeError, IndexError, zlib_error()) as err:
        raise ReadError(_("is a Word document that cannot be read ({reason}); skipped").format(
            reason=type(err).__name__), path=name) from err
    return "\n".join(lines)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def iter_paths(paths: list[str], skipped: list[tuple[str, str]] | None = None) -> Iterator[Path]:
    """Expand folders into the readable files below them, in a stable order. A symbolic link back
    to a folder already walked (a loop) is not followed; it is put in ``skipped`` with the reason."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[Path] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                real = Path(root).resolve()
                if real in seen:
                    dirs[:] = []
                    if skipped is not None:
                        skipped.append((root, _("is a symbolic link loop (back to {folder}); not followed").format(folder=real)))
                    continue
                seen.add(real)
                dirs.sort()
                for f in sorted(files):
                    fp = Path(root) / f
                    if fp.suffix.lower() in TEXT_SUFFIXES + DOCX_SUFFIXES and not f.startswith(".") \
                            and f.lower() != "readme.md":
                        yield fp
        else:
            yield p
