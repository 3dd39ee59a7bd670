"""Terminal and JSON output for ``drafter phrases`` (kept out of the CLI module: no logic there)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import InputError
from ..i18n import _
from .store import Phrase, PhraseBank, highlight_slots
from ..resources import corpus_dir
from .sections import sections


def _echo_json(obj: object) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def list_sections(pb: PhraseBank, *, as_json: bool) -> None:
    counts = pb.counts()
    usable = {s: sum(1 for p in pb.by_section(s) if p.usable) for s in counts}
    if as_json:
        _echo_json([{"section": s, "label": sec.label, "count": counts.get(s, 0),
                     "usable": usable.get(s, 0)} for s, sec in sections().items()])
        return
    for s, sec in sections().items():
        click.echo(f"{s:<14}{sec.label:<6}\t{counts.get(s, 0):>4}  "
                   + click.style(_("({n} usable in drafts)").format(n=usable.get(s, 0)) + f"  {sec.description()}",
                                 dim=True))


def list_phrases(pb: PhraseBank, section: str | None, *, search: str | None, role: str | None,
                 kind: str | None, as_json: bool) -> None:
    if section and section not in sections():
        raise InputError(_("unknown section '{section}'; known: {known}").format(
            section=section, known=", ".join(f"{k} {v.label}" for k, v in sections().items())))
    found = pb.search(search, section=section, role=role, kind=kind)
    if as_json:
        _echo_json([{**p.as_dict(), "usable": p.usable} for p in found])
        return
    for p in found:
        _echo_phrase(p, search)
    if not found:
        click.echo(_("no phrase matches"), err=True)


def _echo_phrase(p: Phrase, search: str | None) -> None:
    text = highlight_slots(p.text, lambda t: click.style(t, fg="cyan"))
    if search:
        text = text.replace(search, click.style(search, bold=True, underline=True))
    src = p.sources[0] if p.sources else {}
    where = f"{src.get('file', '?')}:{src.get('line', '?')}" + (f" +{len(p.sources) - 1}" if len(p.sources) > 1 else "")
    flag = click.style(" [" + _("specific") + "]", fg="yellow") if p.specific else ""
    era = f" [{p.era}]" if p.era else ""
    click.echo(f"{text}{flag}{era}")
    click.echo(click.style(f"    {p.id}  ×{p.count}  {where}", dim=True))


def show_phrase(pb: PhraseBank, phrase_id: str, *, as_json: bool) -> None:
    p = pb.get(phrase_id)
    if p is None:
        raise InputError(_("no phrase with id '{id}' in {bank}").format(id=phrase_id, bank=pb.root))
    contexts = [_context(pb, src) for src in p.sources]
    if as_json:
        _echo_json({**p.as_dict(), "contexts": contexts})
        return
    label = sections()[p.section].label
    click.echo(f"{p.id}  {label} ({p.section})  ×{p.count}")
    click.echo(highlight_slots(p.text, lambda t: click.style(t, fg="cyan")))
    if p.specific:
        click.secho(_("specific (never drafted): {what}").format(what="、".join(map(_, p.specific))), fg="yellow")
    if p.era:
        click.secho(_("era: {era}").format(era=p.era), fg="magenta")
    for src, ctx in zip(p.sources, contexts):
        click.secho(f"\n{src['file']}:{src['line']}" + (f" ({src['year']})" if src.get("year") else ""), bold=True)
        for line in ctx:
            mark = ">" if line["line"] == src["line"] else " "
            click.echo(f"{mark}{line['line']:>4}  {line['text']}")


def _context(pb: PhraseBank, src: dict, around: int = 1) -> list[dict]:
    """The cleaned sentences around a source line, when the source file can be found."""
    from ..text.corpus import load_document
    from ..errors import ReadError

    rel = Path(src["file"])
    for base in (Path.cwd(), pb.root.parent, corpus_dir().parent):
        path = base / rel
        if path.is_file():
            break
    else:
        return []
    try:
        doc = load_document(str(path))
    except ReadError:
        return []
    lines = sorted({s.line for s in doc.sentences})
    want = [ln for ln in lines if abs(lines.index(ln) - lines.index(src["line"])) <= around] \
        if src["line"] in lines else []
    return [{"line": s.line, "text": s.text} for s in doc.sentences if s.line in want]
