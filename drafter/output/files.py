"""Library entry points the CLI uses for output: write a draft as .txt, .md or .docx, atomically."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..atomic import write_bytes
from ..errors import InputError
from ..i18n import _


def render_output(text: str, fmt: str, trace: list[dict[str, Any]] | None = None) -> bytes:
    """``trace`` (a draft's) puts a comment naming each sentence's origin into a .docx."""
    if fmt == "docx":
        from .export import to_docx

        return to_docx(text, trace)
    if fmt == "md":
        from .export import to_markdown

        return to_markdown(text).encode("utf-8")
    return text.encode("utf-8")


def write_output(path: str, text: str, fmt: str | None, *, force: bool,
                 trace: list[dict[str, Any]] | None = None) -> None:
    suffix = Path(path).suffix.lower().lstrip(".")
    fmt = fmt or {"md": "md", "markdown": "md", "docx": "docx", "txt": "txt", "json": "txt"}.get(suffix)
    if fmt is None:
        raise InputError(_("unknown output format '.{suffix}' (use .txt, .md or .docx)").format(suffix=suffix), path=path)
    write_bytes(path, render_output(text, fmt, trace), force=force)
