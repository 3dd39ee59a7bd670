"""A .docx through a real office suite: headless LibreOffice to PDF, poppler to text and PNG.

Used by the tests that check the Word export as a reader sees it, and by ``scripts/render_docs.py``
for the picture of the first page in the README. Each conversion gets its own LibreOffice profile
(two conversions sharing one fail silently) and drafter's fontconfig file (``data/fonts.conf``),
which maps the GB/T 9704 font names to installed CJK fonts. LibreOffice exits 0 even when it
could not load its input, so success is judged by the PDF it leaves, not by its exit status."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from ..errors import DrafterError
from ..i18n import _
from ..resources import data_file

FONTS_CONF = data_file("fonts.conf")
TIMEOUT = 180


def _env() -> dict[str, str]:
    return {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if not found:
        raise DrafterError(_("{name} not found: install {package} (see scripts/install-system-deps)").format(
            name=name, package=package))
    return found


def docx_to_pdf(docx: str | Path, outdir: str | Path) -> Path:
    """Convert ``docx`` with headless LibreOffice; the PDF's path."""
    soffice = _tool("soffice", "libreoffice-writer-nogui")
    docx, outdir = Path(docx).resolve(), Path(outdir).resolve()
    if not zipfile.is_zipfile(docx):      # LibreOffice would convert it as plain text, silently
        raise DrafterError(_("{file} is not a Word document").format(file=docx))
    outdir.mkdir(parents=True, exist_ok=True)
    pdf = outdir / (docx.stem + ".pdf")
    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as profile:
        r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                           capture_output=True, text=True, env=_env(), timeout=TIMEOUT)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise DrafterError(_("LibreOffice made no PDF of {file} (exit {code}): {stderr}").format(
            file=docx, code=r.returncode, stderr=r.stderr.strip()[-300:]))
    return pdf


def pdf_text(pdf: str | Path, *, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext), pages split at form feeds."""
    args = [_tool("pdftotext", "poppler-utils")] + (["-layout"] if layout else []) + [str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=_env()).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(pdf: str | Path) -> list[dict[str, str]]:
    """The fonts in a PDF (pdffonts): name, type, and whether embedded."""
    out = subprocess.run([_tool("pdffonts", "poppler-utils"), str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    fonts = []
    for line in out[2:]:
        cols = line.split()
        if len(cols) >= 7:
            # name type [type…] encoding emb sub uni object ID: count from the right
            fonts.append({"name": cols[0], "emb": cols[-5], "sub": cols[-4], "uni": cols[-3]})
    return fonts


def pdf_page_png(pdf: str | Path, png: str | Path, *, page: int = 1, dpi: int = 80) -> Path:
    """Render one page to PNG (pdftoppm)."""
    png = Path(png)
    stem = png.with_suffix("")
    subprocess.run([_tool("pdftoppm", "poppler-utils"), "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True, capture_output=True, env=_env())
    return png
