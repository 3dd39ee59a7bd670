"""The command line: option parsing and output only. Library errors become messages and exit
statuses in one place (:class:`_Group`); heavy modules are imported inside the commands that need them."""
from __future__ import annotations

import errno
import json
import sys
import warnings
from typing import Any

import click

from .errors import DrafterError
from .i18n import _


class _Group(click.Group):
    """The one choke point: a DrafterError becomes ``Error: …`` on stderr and its exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = super().invoke(ctx)
                _flush_stdout()
                return result
            except DrafterError as err:
                click.echo(f"Error: {err}", err=True)
                ctx.exit(err.exit_code)
            except OSError as err:      # writing standard output: a full disk, a closed pipe
                if err.errno not in _OUTPUT_ERRNOS:
                    raise
                _silence_stdout()
                if err.errno != errno.EPIPE:        # `| head` closing the pipe is no news
                    click.echo("Error: " + _("cannot write to standard output ({reason})").format(
                        reason=err.strerror or err), err=True)
                ctx.exit(2)
            finally:
                for w in caught:
                    click.echo(f"Warning: {w.message}", err=True)
        return None  # pragma: no cover


_OUTPUT_ERRNOS = {getattr(errno, n) for n in ("EPIPE", "ENOSPC", "EFBIG", "EIO", "EDQUOT") if hasattr(errno, n)}


def _silence_stdout() -> None:
    """Point file descriptor 1 at the null device: what is still buffered is dropped quietly at
    exit instead of failing again there with a traceback."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _flush_stdout() -> None:
    """Flush standard output now, so that a full disk or a closed pipe (``> /dev/full``) is one
    message and exit 2, not a traceback at exit; what could not be written goes nowhere after."""
    from .errors import InputError

    try:
        sys.stdout.flush()
    except OSError as err:
        _silence_stdout()
        if err.errno == errno.EPIPE:
            raise click.exceptions.Exit(2) from err
        raise InputError(_("cannot write to standard output ({reason})").format(
            reason=err.strerror or err)) from err


def _minutes(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """``--minutes nan`` and ``inf`` pass a range check (every comparison with nan is false)."""
    import math

    if value is not None and not math.isfinite(value):
        raise click.BadParameter(_("expected a number of minutes between 0.5 and 120, got {value}")
                                 .format(value=value))
    return value


def _shown(text: str) -> str:
    """Text from a file, safe to print on a terminal: control, bidi and zero-width characters
    (an ESC starts a terminal escape) shown as \\uXXXX."""
    from .text.safety import UNSAFE_RE

    return UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _json_list(items: Any) -> None:
    """A JSON list, the same text ``_json`` writes, one item at a time (bounded memory)."""
    out, first = sys.stdout, True
    for obj in items:
        out.write(("[" if first else ",") + "\n  "
                  + json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@click.group(cls=_Group)
@click.version_option(package_name="drafter", prog_name="drafter")
def cli() -> None:
    """Draft 东西部协作 speeches, mine and browse a phrase bank, lint speech texts."""


@cli.group(cls=_Group)
def corpus() -> None:
    """Look at texts as the miner sees them after cleaning."""


@corpus.command("show")
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def corpus_show(file: str, as_json: bool) -> None:
    """Show FILE cleaned and segmented: title, kind, sentences with their source lines."""
    from . import api

    doc = api.read_document(file)
    if as_json:
        _json(doc.as_dict())
        return
    click.echo(f"{doc.file}  [{doc.kind}, {doc.encoding}]")
    if doc.title:
        click.secho(f"{doc.title_line:>4}  {doc.title}", bold=True)
    for s in doc.sentences:
        flags = "".join(f for f, on in (("!", s.garbled), ("…", s.incomplete)) if on)
        section = f"[{s.section}] " if s.section else ""
        text = click.style(_shown(s.text), bold=True) if s.heading else _shown(s.text)
        click.echo(f"{s.line:>4}{flags:<2}{section}{text}")
    for d in doc.dropped:
        click.secho(f"{d['line']:>4}- ({d['reason']}) {_shown(d['text'])}", dim=True)


@corpus.command("stats")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def corpus_stats(paths: tuple[str, ...], as_json: bool) -> None:
    """Count files, sentences, placeholders and problems under PATHS (files or folders)."""
    from . import api

    result = api.corpus_stats(paths)
    for s in result["skipped"]:
        click.echo(f"Skipped: {s['reason']}", err=True)
    if as_json:
        _json(result)
    else:
        cols = ("kind", "encoding", "sentences", "characters", "placeholders", "garbled", "incomplete")
        click.echo("file\t" + "\t".join(cols))
        for r in result["files"]:
            click.echo(r["file"] + "\t" + "\t".join(str(r[c]) for c in cols))
        t = result["totals"]
        click.echo(f"total: {t['files']} files ({t['speech']} speech, {t['news']} news), "
                   f"{t['sentences']} sentences, {t['characters']} characters, "
                   f"{t['garbled']} garbled, {len(result['skipped'])} skipped")
    if not result["files"]:
        raise click.exceptions.Exit(2)


@cli.command("mine")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "out", required=True, type=click.Path(file_okay=False),
              help="Folder of the phrase bank to write (curated entries in it are kept).")
def mine_cmd(paths: tuple[str, ...], out: str) -> None:
    """Mine texts (files or folders) into a phrase bank in OUT."""
    from . import api
    from .bank.store import check_target

    check_target(out)                      # before the minutes of mining, not after
    total = api.count_inputs(paths)
    with click.progressbar(length=total, label="mining", file=sys.stderr,
                           item_show_func=lambda n: n) as bar:
        def step(name: str) -> None:
            bar.update(1, name)
        result = api.mine(paths, progress=step)
    for s in result.skipped:
        click.echo(f"Skipped: {s.reason}", err=True)
    if not result.files:
        raise click.ClickException("nothing could be read; the bank was not written")
    per = result.sections()
    result.save(out)
    usable = sum(1 for items in per.values() for d in items if not d["specific"])
    click.echo(f"{result.files} files, {sum(map(len, per.values()))} phrases "
               f"({usable} usable in drafts) in {len(per)} sections → {out}")


@cli.command("phrases", context_settings={"ignore_unknown_options": False})
@click.argument("args", nargs=-1)
@click.option("--search", "-s", "search", help="Only phrases containing TEXT.")
@click.option("--role", type=click.Choice(["host", "guest"]), help="Only phrases said by this side.")
@click.option("--kind", type=click.Choice(["speech", "news"]), help="Only phrases from this kind of text.")
@click.option("--bank", type=click.Path(file_okay=False), help="Phrase bank folder (default: $DRAFTER_BANK or the built-in bank).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def phrases_cmd(args: tuple[str, ...], search: str | None, role: str | None, kind: str | None,
                bank: str | None, as_json: bool) -> None:
    """Browse the phrase bank: sections with counts, one SECTION, or `show ID`.

    \b
    drafter phrases                 sections, labels and counts
    drafter phrases closing         the closing formulas
    drafter phrases --search 友谊    every phrase containing 友谊
    drafter phrases show closing-1a2b3c
    """
    from . import api
    from .bank.browse import list_phrases, list_sections, show_phrase
    from .errors import InputError

    pb = api.load_bank(bank)
    if args and args[0] == "show":
        if len(args) != 2:
            raise InputError("usage: drafter phrases show ID")
        show_phrase(pb, args[1], as_json=as_json)
    elif len(args) > 1:
        raise InputError(f"expected one SECTION, got {len(args)} arguments")
    elif not args and not (search or role or kind or as_json):
        list_sections(pb, as_json=False)
    else:
        list_phrases(pb, args[0] if args else None, search=search, role=role, kind=kind,
                     as_json=as_json)


KINDS = ["welcome", "reply", "symposium", "news", "toast"]


@cli.command("draft")
@click.argument("event_file", metavar="EVENT")
@click.option("--seed", type=int, default=None, help="Seed of the wording (default: derived from the event).")
@click.option("--kind", type=click.Choice(KINDS), help="Draft this kind instead of the file's.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write FILE (.txt, .md or .docx).")
@click.option("--format", "fmt", type=click.Choice(["txt", "md", "docx"]), help="Output format (default: from the suffix).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--variants", type=click.IntRange(1, 1000), default=1, help="Print N drafts (seeds SEED…SEED+N-1).")
@click.option("--minutes", type=click.FloatRange(0.5, 120), callback=_minutes, help="Target speaking time instead of `length`.")
@click.option("--templates", type=click.Path(file_okay=False), help="Your templates, searched before the built-in ones.")
@click.option("--bank", type=click.Path(file_okay=False), help="Phrase bank folder.")
@click.option("--pair", is_flag=True, help="Draft the host's welcome and the guest's reply together.")
@click.option("--gaps", is_flag=True, help="Leave a visible 【待补：…】 where the event gives a move no material.")
@click.option("--trace", "trace_file", type=click.Path(dir_okay=False), help="Write where each sentence came from (JSON); a .docx also gets it as Word comments.")
def draft_cmd(event_file: str, seed: int | None, kind: str | None, output: str | None, fmt: str | None,
              force: bool, variants: int, minutes: float | None, templates: str | None,
              bank: str | None, pair: bool, trace_file: str | None, gaps: bool = False) -> None:
    """Draft a speech (or news release) from an EVENT file."""
    from dataclasses import replace

    from . import api
    from .output.files import render_output, write_output

    ev = api.load_event(event_file)
    pb = api.load_bank(bank)
    base = api.default_seed(ev) if seed is None else seed
    if pair:
        drafts = list(api.draft_pair(replace(ev, kind=kind) if kind else ev, seed=base,
                                     templates=templates, bank=pb))
    else:
        drafts = [api.draft(ev, seed=base + i, templates=templates, bank=pb, minutes=minutes, kind=kind,
                            gaps=gaps) for i in range(variants)]
    if variants > 1 and not pair:      # each variant says its seed, to draft it again with --seed
        from .i18n import _

        text = "\n".join("―" * 20 + "\n" + _("variant {n}: --seed {seed}").format(n=i + 1, seed=d.seed)
                         + "\n\n" + d.text for i, d in enumerate(drafts))
    else:
        text = ("\n" + "―" * 20 + "\n\n").join(d.text for d in drafts)
    if trace_file:
        write_output(trace_file, json.dumps([t for d in drafts for t in d.trace], ensure_ascii=False,
                                            indent=2) + "\n", "txt", force=force)
    # with --trace, a single draft's .docx carries a comment on each sentence naming its origin
    notes = drafts[0].trace if trace_file and len(drafts) == 1 else None
    if output:
        write_output(output, text, fmt, force=force, trace=notes)
        click.echo(f"wrote {output} ({sum(d.length for d in drafts)} characters)", err=True)
    else:
        sys.stdout.buffer.write(render_output(text, fmt or "txt", notes))


@cli.command("check")
@click.argument("event_file", metavar="EVENT")
def check_cmd(event_file: str) -> None:
    """Validate an EVENT file only."""
    from . import api

    ev = api.load_event(event_file)
    click.echo(f"ok: {event_file}: {ev.kind}, {ev.event.name}, {ev.host.short} ← {ev.guest.short}")


@cli.command("new")
@click.argument("kind", type=click.Choice(KINDS))
def new_cmd(kind: str) -> None:
    """Print a fully commented example event file for KIND to start from."""
    from . import api

    click.echo(api.new_event_text(kind), nl=False)


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of event files (for editors: # yaml-language-server: $schema=…)."""
    from . import api

    _json(api.event_schema())


@cli.command("lint")
@click.argument("files", nargs=-1, required=True)
@click.option("--date", "on", help="Judge policy formulas as of this date (YYYY-MM-DD; default today).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--bank", help="Phrase bank whose corpus names to look for (default: $DRAFTER_BANK or built-in).")
def lint_cmd(files: tuple[str, ...], on: str | None, as_json: bool, bank: str | None) -> None:
    """Check speech texts (.txt, .md, .docx) for what embarrasses a writer. Exit 1 on any error."""
    import datetime as dt

    from . import api
    from .errors import InputError

    try:
        day = dt.date.fromisoformat(on) if on else dt.date.today()
    except ValueError as err:
        raise InputError(f"--date: expected YYYY-MM-DD, got '{on}'") from err
    pb = api.load_bank(bank)               # once for all the files
    results = {f: api.lint_file(f, date=day, bank=pb) for f in files}
    if as_json:      # written finding by finding: 16 MB of text can have 400 000 of them
        _json_list(({"file": f, **x.as_dict()} for f, xs in results.items() for x in xs)
                   if len(files) > 1 else (x.as_dict() for x in results[files[0]]))
    else:
        for f, xs in results.items():
            for x in xs:
                colour = {"error": "red", "warning": "yellow"}.get(x.severity)
                click.echo(f"{_shown(f)}:{x.line}:{x.column}: " + click.style(x.severity, fg=colour)
                           + f" {x.rule} {_shown(x.message)}")
    if any(x.severity == "error" for xs in results.values() for x in xs):
        raise click.exceptions.Exit(1)


@cli.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free one).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine by default; give 0.0.0.0 to let others in.")
@click.option("--bank", type=click.Path(file_okay=False), help="Phrase bank folder.")
@click.option("--templates", type=click.Path(file_okay=False), help="Your templates, searched first.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another name the pages may be opened by (this machine's name or address when others "
                   "connect); only the address served and localhost are answered otherwise.")
def serve_cmd(port: int, host: str, bank: str | None, templates: str | None, allow_hosts: tuple[str, ...]) -> None:
    """The drafting, phrase and lint pages in your browser, served from this machine (offline)."""
    from .web import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host}: other machines can reach these pages", err=True)
    serve(host, port, bank, templates, allow_hosts)


def main() -> None:
    cli(prog_name="drafter")
