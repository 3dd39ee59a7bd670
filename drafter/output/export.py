"""Draft text → Markdown or a Word document laid out after GB/T 9704 (A4, 37/28/35/26 mm margins,
二号小标宋 title, 三号仿宋 body with a two-character indent, 28.95 pt fixed lines, 黑体/楷体 headings)."""
from __future__ import annotations

import io
import re
from typing import Any

from ..text.markers import TRACE_PIECE_RE, find_marker

TITLE_FONT, BODY_FONT, BYLINE_FONT = "方正小标宋简体", "仿宋_GB2312", "楷体_GB2312"
# GB/T 9704: first-level points (一、 第一， 一是) in 黑体, second-level （一） in 楷体
LEVEL_FONTS = {"cn": "黑体", "di": "黑体", "yishi": "黑体", "paren_cn": "楷体_GB2312"}
_HEAD_RE = re.compile(r"[^。！？]+[。！？]?[”’）]*")
# characters XML 1.0 cannot hold (Word refuses the file): a user's template could print them
_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters a .docx cannot hold (NUL, BEL, ESC …)."""
    return _NOT_XML_RE.sub("", text)


def heading_split(line: str) -> tuple[str | None, str, str]:
    """(level font or None, heading, rest): a paragraph that opens a point starts with its heading
    sentence (一是深受鼓舞，深感温暖。……), set in the level's font; the rest stays in the body font."""
    mk = find_marker(line)
    font = LEVEL_FONTS.get(mk.style) if mk else None
    if not font:
        return None, "", line
    head = _HEAD_RE.match(line)
    end = head.end() if head else len(line)
    return font, line[:end], line[end:]


def _lines(text: str) -> tuple[str, list[str], list[str]]:
    lines = text.rstrip("\n").split("\n")
    title, rest = lines[0], lines[1:]
    byline = []
    while rest and (rest[0].startswith("（") and rest[0].endswith("）") or
                    (len(rest[0]) <= 20 and not re.search("[。！？：，]", rest[0]))):
        byline.append(rest.pop(0))
    return title, byline, rest


def to_markdown(text: str) -> str:
    """The title as a level-1 heading, the speaker and date in italics, each point's heading as a
    level-2 (一是, 第一, 一、) or level-3 （（一）) heading with the rest of its paragraph below."""
    title, byline, body = _lines(text)
    out = [f"# {title}", ""] + [f"*{b}*  " for b in byline] + [""]
    for para in body:
        font, head, rest = heading_split(para)
        if head:
            out += [f"{'###' if font == LEVEL_FONTS['paren_cn'] else '##'} {head}", ""]
            if rest:
                out += [rest, ""]
        else:
            out += [para, ""]
    return "\n".join(out).rstrip() + "\n"


def _east_asian(run_or_style: Any, name: str) -> None:
    from docx.oxml.ns import qn

    run_or_style.font.name = name
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def to_docx(text: str, trace: list[dict[str, Any]] | None = None) -> bytes:
    """The draft as a Word document in the official layout. With ``trace`` (Draft.trace), every
    sentence is a run of its own carrying a Word comment that names where it came from."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    title, byline, body = _lines(xml_safe(text))
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    _east_asian(normal, BODY_FONT)
    normal.font.size = Pt(16)
    rpr = normal.element.get_or_add_rPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), "-5")            # 28 characters a line in LibreOffice too
    rpr.get_or_add_sz().addprevious(spacing)
    lang = OxmlElement("w:lang")
    for a in ("w:val", "w:eastAsia"):
        lang.set(qn(a), "zh-CN")
    rpr.append(lang)
    pf = normal.paragraph_format
    pf.line_spacing_rule, pf.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(28.95)
    pf.space_before = pf.space_after = Pt(0)
    pf.widow_control = False                  # 22 lines on every page
    notes = _comments(trace) if trace is not None else None
    line_no = 0

    def para(content: str, font: str, size: float, *, center: bool = False, indent: bool = True) -> None:
        nonlocal line_no
        line_no += 1
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:        # Word reads firstLineChars (2 characters); LibreOffice only firstLine
            p.paragraph_format.first_line_indent = Pt(32)
            p.paragraph_format.element.get_or_add_pPr().get_or_add_ind().set(qn("w:firstLineChars"), "200")
        level_font, head, rest = heading_split(content) if font == BODY_FONT else (None, "", content)
        pieces = ([(head, level_font)] if head else []) + [(rest, font)]
        for piece, face in pieces:
            parts = TRACE_PIECE_RE.findall(piece) if notes is not None else [piece]
            for sentence in parts or [piece]:
                if not sentence:
                    continue
                run = p.add_run(sentence)
                _east_asian(run, face or font)
                run.font.size = Pt(size)
                note = notes.get((line_no, sentence)) if notes is not None else None
                if note:
                    doc.add_comment(run, text=note, author="drafter", initials="D")

    para(title, TITLE_FONT, 22, center=True, indent=False)
    for b in byline:
        para(b, BYLINE_FONT, 16, center=True, indent=False)
    for i, line in enumerate(body):
        para(line, BODY_FONT, 16, indent=not (i == 0 and line.endswith("：")))
    _page_numbers(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _comments(trace: list[dict[str, Any]]) -> dict[tuple[int, str], str]:
    """(line, sentence) → the comment naming its origin (labels in drafter/data/export.yaml)."""
    from ..resources import data

    labels = data("export")["comments"]
    out = {}
    for t in trace:
        if t.get("origin") == "phrase":
            src = "；".join(f"{s['file']}:{s['line']}" for s in t.get("sources", [])[:3])
            note = labels["phrase"].format(id=t["id"], section=t.get("section", ""), sources=src)
        else:
            note = labels["template"].format(template=t.get("template", ""))
        out[(t["line"], xml_safe(t["sentence"]))] = xml_safe(note)
    return out


def _page_numbers(doc: Any) -> None:
    """"— 1 —" centred in the footer, 四号 (14 pt)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def run(t: str) -> Any:
        r = footer.add_run(t)
        r.font.size = Pt(14)
        return r
    run("— ")
    r = run("")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r._r.append(el)
    run(" —")
