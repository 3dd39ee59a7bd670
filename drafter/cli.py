"""The command line: option parsing and output only. Library errors become messages and exit
statuses in one place (:class:`_Group`); heavy modules are imported inside the commands that need them."""
from __future__ import annotations

import errno
import gc
import json
import sys
import warnings
from typing import Any

import contextlib
import functools
import re
from typing import Iterator

import click

from . import i18n
from .errors import DrafterError
from .i18n import N_, _

i18n.install_click()          # click's own words ("Usage:", "Options:") in drafter's language


@contextlib.contextmanager
def _translated(obj: Any, *attrs: str) -> Iterator[None]:
    """Help texts are marked with N_() where they are defined and translated when shown, in the
    language chosen by then (--lang is parsed after the decorators ran)."""
    before = {a: getattr(obj, a) for a in attrs}
    for a, v in before.items():
        if v:
            setattr(obj, a, _(v))
    try:
        yield
    finally:
        for a, v in before.items():
            setattr(obj, a, v)


_WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"


@functools.lru_cache(maxsize=None)
def _wide_re(tokens: bool = False) -> re.Pattern[str]:
    """Compiled when help is shown only: classes of wide characters take milliseconds to compile."""
    return re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+|\\s+" if tokens else f"[{_WIDE}]")
_NO_LINE_START = set("，。、；：！？）》」』”’…")
_NO_LINE_END = set("（《「『“‘")


def _width(text: str) -> int:
    """Columns a text takes in a terminal: a Chinese character takes two."""
    return len(text) + len(_wide_re().findall(text))


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap ``text`` to ``width`` columns, breaking between Chinese characters as well as at spaces,
    never before a closing mark (，。）) nor after an opening one (（“)."""
    lines: list[str] = []
    toks: list[str] = []                   # the current line's tokens
    prefix = first
    for tok in _wide_re(tokens=True).findall(" ".join(text.split())):
        if _width(prefix + "".join(toks) + tok) > width and any(not t.isspace() for t in toks):
            keep = len(toks)
            while keep > 1 and (tok[0] in _NO_LINE_START if keep == len(toks) else toks[keep][0] in _NO_LINE_START) \
                    or keep > 1 and toks[keep - 1][-1] in _NO_LINE_END:
                keep -= 1                  # carry the last token(s) over with the mark
            lines.append((prefix + "".join(toks[:keep])).rstrip())
            toks, prefix = [t for t in toks[keep:] if not t.isspace()], rest
            if tok.isspace():
                continue
        toks.append(tok)
    lines.append((prefix + "".join(toks)).rstrip())
    return lines


class _Formatter(click.HelpFormatter):
    """click's help layout, measured in terminal columns, so Chinese help fits the window."""

    def write_text(self, text: str) -> None:
        if not _wide_re().search(text):
            return super().write_text(text)
        indent = " " * self.current_indent
        paragraphs = []
        for par in re.split(r"\n\s*\n", text.strip("\n")):
            if par.startswith("\b"):
                paragraphs.append("\n".join(indent + ln for ln in par.split("\n")[1:]))
            else:
                paragraphs.append("\n".join(_wrap(par, self.width, indent, indent)))
        self.write("\n\n".join(paragraphs) + "\n")

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        if not any(_wide_re().search(f"{a}{b}") for a, b in rows):
            return super().write_dl(rows, col_max, col_spacing)
        first_col = min(max((_width(a) for a, _b in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if _width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - _width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            pad = " " * (first_col + self.current_indent)
            lines = _wrap(second, self.width - first_col - self.current_indent)
            self.write(lines[0] + "\n" + "".join(f"{pad}{ln}\n" for ln in lines[1:]))


class _Context(click.Context):
    formatter_class = _Formatter


class _Option(click.Option):
    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        with _translated(self, "help"):
            return super().get_help_record(ctx)


class _Command(click.Command):
    context_class = _Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        opt = super().get_help_option(ctx)       # click keeps one; its help follows the language
        if opt is not None:
            opt.help = i18n.click_gettext("Show this message and exit.")
        return opt

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _translated(self, "help"):
            super().format_help_text(ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Every option's help in the reader's language, also of options declared without ``option()``."""
        with contextlib.ExitStack() as stack:
            for p in self.get_params(ctx):
                if not isinstance(p, _Option):
                    stack.enter_context(_translated(p, "help"))
            super().format_options(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _translated(self, "short_help", "help"):
            return super().get_short_help_str(limit)


class _Group(_Command, click.Group):
    """The one choke point: a DrafterError becomes ``Error: …`` on stderr and its exit status."""

    command_class = _Command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        i18n.set_language(None)             # each run chooses afresh (--lang, then the environment)
        try:
            return super().main(*args, **kwargs)
        finally:
            i18n.set_language(None)

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                result = super().invoke(ctx)
                _flush_stdout()
                return result
            except DrafterError as err:
                click.echo(_("Error: {message}").format(message=err), err=True)
                ctx.exit(err.exit_code)
            except OSError as err:      # writing standard output: a full disk, a closed pipe
                if err.errno not in _OUTPUT_ERRNOS:
                    raise
                _silence_stdout()
                if err.errno != errno.EPIPE:        # `| head` closing the pipe is no news
                    click.echo(_("Error: {message}").format(message=_(
                        "cannot write to standard output ({reason})").format(reason=err.strerror or err)), err=True)
                ctx.exit(2)
            finally:
                for w in caught:
                    click.echo(_("Warning: {message}").format(message=w.message), err=True)
        return None  # pragma: no cover


_Group.group_class = _Group

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


def option(*decls: str, **kwargs: Any) -> Any:
    return click.option(*decls, cls=_Option, **kwargs)


class _Choice(click.Choice):
    """A choice as the contract names it (welcome, host) or as a writer says it (欢迎致辞, 东道方):
    ``table`` names the Chinese words' table in drafter/data/event.yaml."""

    def __init__(self, choices: list[str], table: str) -> None:
        super().__init__(choices)
        self.table = table

    def _words(self) -> dict[str, str]:
        from .resources import data

        return data("event")[self.table]

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            value = self._words().get(value.strip(), value.strip())
        return super().convert(value, param, ctx)

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        names: dict[str, str] = {}
        for zh, en in self._words().items():
            names.setdefault(en, zh)
        shown = _(", ").join(_("{choice}").format(choice=c, name=names.get(c, c)) for c in self.choices)
        if self.table == "kinds":
            return _("'{value}' is not a kind; choose one of: {choices}").format(value=value, choices=shown)
        return _("'{value}' is not one of: {choices}").format(value=value, choices=shown)


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        i18n.set_language(value)


def _json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


@click.group(cls=_Group, help=N_("Draft 东西部协作 speeches, mine and browse a phrase bank, lint speech texts."))
@click.version_option(package_name="drafter", prog_name="drafter", message="%(prog)s %(version)s",
                      cls=_Option, help=N_("Show the version and exit."))
@option("--lang", metavar="zh|en", is_eager=True, expose_value=False, callback=_set_language,
        help=N_("Language of messages: zh (Chinese, the default) or en (English); also $DRAFTER_LANG."))
def cli() -> None:
    pass


@cli.group(cls=_Group, help=N_("Look at texts as the miner sees them after cleaning."))
def corpus() -> None:
    pass


@corpus.command("show", help=N_("Show FILE cleaned and segmented: title, kind, sentences with their source lines."),
                short_help=N_("Show a text as the miner sees it."))
@click.argument("file")
@option("--json", "as_json", is_flag=True, help=N_("Machine-readable output."))
def corpus_show(file: str, as_json: bool) -> None:
    from . import api

    doc = api.read_document(file)
    if as_json:
        _json(doc.as_dict())
        return
    click.echo(f"{doc.file}  [{_(doc.kind)}, {doc.encoding}]")
    if doc.title:
        click.secho(f"{doc.title_line:>4}  {doc.title}", bold=True)
    for s in doc.sentences:
        flags = "".join(f for f, on in (("!", s.garbled), ("…", s.incomplete)) if on)
        section = f"[{s.section}] " if s.section else ""
        text = click.style(_shown(s.text), bold=True) if s.heading else _shown(s.text)
        click.echo(f"{s.line:>4}{flags:<2}{section}{text}")
    for d in doc.dropped:
        click.secho(f"{d['line']:>4}- ({_(d['reason'])}) {_shown(d['text'])}", dim=True)


@corpus.command("stats", help=N_("Count files, sentences, placeholders and problems under PATHS (files or folders)."),
                short_help=N_("Count files, sentences and problems."))
@click.argument("paths", nargs=-1, required=True)
@option("--json", "as_json", is_flag=True, help=N_("Machine-readable output."))
def corpus_stats(paths: tuple[str, ...], as_json: bool) -> None:
    from . import api

    result = api.corpus_stats(paths)
    for s in result["skipped"]:
        click.echo(_("Skipped: {reason}").format(reason=s["reason"]), err=True)
    if as_json:
        _json(result)
    else:
        cols = ("kind", "encoding", "sentences", "characters", "placeholders", "garbled", "incomplete")
        heads = (N_("file"), N_("kind"), N_("encoding"), N_("sentences"), N_("characters"),
                 N_("placeholders"), N_("garbled"), N_("incomplete"))
        click.echo("\t".join(map(_, heads)))
        for r in result["files"]:
            click.echo(r["file"] + "\t" + "\t".join(str(r[c]) for c in cols))
        t = result["totals"]
        click.echo(_("total: {files} files ({speech} speech, {news} news), {sentences} sentences, "
                     "{characters} characters, {garbled} garbled, {skipped} skipped").format(
                         **t, skipped=len(result["skipped"])))
    if not result["files"]:
        raise click.exceptions.Exit(2)


@cli.command("mine", help=N_("Mine texts (files or folders) into a phrase bank in OUT."),
             short_help=N_("Mine texts into a phrase bank."))
@click.argument("paths", nargs=-1, required=True)
@option("-o", "--out", "out", required=True, type=click.Path(file_okay=False),
        help=N_("Folder of the phrase bank to write (curated entries in it are kept)."))
def mine_cmd(paths: tuple[str, ...], out: str) -> None:
    from . import api
    from .bank.store import check_target

    check_target(out)                      # before the minutes of mining, not after
    total = api.count_inputs(paths)
    with click.progressbar(length=total, label=_("mining"), file=sys.stderr,
                           item_show_func=lambda n: n) as bar:
        def step(name: str) -> None:
            bar.update(1, name)
        result = api.mine(paths, progress=step)
    for s in result.skipped:
        click.echo(_("Skipped: {reason}").format(reason=s.reason), err=True)
    if not result.files:
        raise click.ClickException(_("nothing could be read; the bank was not written"))
    per = result.sections()
    result.save(out)
    usable = sum(1 for items in per.values() for d in items if not d["specific"])
    click.echo(_("{files} files, {phrases} phrases ({usable} usable in drafts) in {sections} sections → {out}")
               .format(files=result.files, phrases=sum(map(len, per.values())), usable=usable,
                       sections=len(per), out=out))


@cli.command("phrases", context_settings={"ignore_unknown_options": False},
             help=N_("Browse the phrase bank: sections with counts, one SECTION, or `show ID`.\n\n"
                     "\b\n"
                     "drafter phrases                 sections, labels and counts\n"
                     "drafter phrases closing         the closing formulas (or: drafter phrases 结束语)\n"
                     "drafter phrases --search 友谊    every phrase containing 友谊\n"
                     "drafter phrases show closing-1a2b3c"),
             short_help=N_("Browse the phrase bank by section or keyword."))
@click.argument("args", nargs=-1)
@option("--search", "-s", "search", metavar="TEXT", help=N_("Only phrases containing TEXT."))
@option("--role", type=_Choice(["host", "guest"], "sides"), help=N_("Only phrases said by this side (host 东道方, guest 来访方)."))
@option("--kind", type=_Choice(["speech", "news"], "text_kinds"), help=N_("Only phrases from this kind of text (speech 讲话, news 新闻)."))
@option("--bank", type=click.Path(file_okay=False), help=N_("Phrase bank folder (default: $DRAFTER_BANK or the built-in bank)."))
@option("--json", "as_json", is_flag=True, help=N_("Machine-readable output."))
def phrases_cmd(args: tuple[str, ...], search: str | None, role: str | None, kind: str | None,
                bank: str | None, as_json: bool) -> None:
    from . import api
    from .bank.browse import list_phrases, list_sections, show_phrase
    from .bank.sections import sections
    from .errors import InputError

    pb = api.load_bank(bank)
    if args and args[0] in ("show", "查看"):
        if len(args) != 2:
            raise InputError(_("usage: drafter phrases show ID"))
        show_phrase(pb, args[1], as_json=as_json)
    elif len(args) > 1:
        raise InputError(_("expected one SECTION, got {n} arguments").format(n=len(args)))
    elif not args and not (search or role or kind or as_json):
        list_sections(pb, as_json=False)
    else:
        by_label = {s.label: s.id for s in sections().values()}      # 结束语 → closing
        section = by_label.get(args[0].strip(), args[0].strip()) if args else None
        list_phrases(pb, section, search=search, role=role, kind=kind, as_json=as_json)


KINDS = ["welcome", "reply", "symposium", "news", "toast"]
# words of the library's data shown by the commands (translated where shown)
_SHOWN = (N_("speech"), N_("news"), N_("boilerplate"), N_("figure"), N_("short line"))


@cli.command("draft", help=N_("Draft a speech (or news release) from an EVENT file."))
@click.argument("event_file", metavar="EVENT")
@option("--seed", type=int, default=None, help=N_("Seed of the wording (default: derived from the event)."))
@option("--kind", type=_Choice(KINDS, "kinds"), help=N_("Draft this kind instead of the file's (welcome 欢迎致辞, reply 答谢讲话, symposium 座谈会讲话, news 新闻通稿, toast 祝酒辞)."))
@option("-o", "--output", type=click.Path(dir_okay=False), help=N_("Write FILE (.txt, .md or .docx)."))
@option("--format", "fmt", type=click.Choice(["txt", "md", "docx"]), help=N_("Output format (default: from the suffix)."))
@option("--force", is_flag=True, help=N_("Overwrite an existing output file."))
@option("--variants", type=click.IntRange(1, 1000), default=1, help=N_("Print N drafts (seeds SEED…SEED+N-1)."))
@option("--minutes", type=click.FloatRange(0.5, 120), callback=_minutes, help=N_("Target speaking time instead of `length`."))
@option("--templates", type=click.Path(file_okay=False), help=N_("Your templates, searched before the built-in ones."))
@option("--bank", type=click.Path(file_okay=False), help=N_("Phrase bank folder."))
@option("--pair", is_flag=True, help=N_("Draft the host's welcome and the guest's reply together."))
@option("--gaps", is_flag=True, help=N_("Leave a visible 【待补：…】 where the event gives a move no material."))
@option("--trace", "trace_file", type=click.Path(dir_okay=False), help=N_("Write where each sentence came from (JSON); a .docx also gets it as Word comments."))
def draft_cmd(event_file: str, seed: int | None, kind: str | None, output: str | None, fmt: str | None,
              force: bool, variants: int, minutes: float | None, templates: str | None,
              bank: str | None, pair: bool, trace_file: str | None, gaps: bool = False) -> None:
    from dataclasses import replace

    from . import api
    from .output.files import render_output, write_output

    ev = api.load_event(event_file)
    pb = api.load_bank(bank)
    gc.freeze()     # (as in main: the drafting modules and data now loaded stay to the end; 14M)
    base = api.default_seed(ev) if seed is None else seed
    # the young generation collected less often while the drafts are made (YOUNG_GENERATION), as
    # before once they are
    from .drafting.draft import YOUNG_GENERATION

    threshold = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION, *threshold[1:])
    try:
        if pair:
            drafts = list(api.draft_pair(replace(ev, kind=kind) if kind else ev, seed=base,
                                         templates=templates, bank=pb))
        else:
            drafts = [api.draft(ev, seed=base + i, templates=templates, bank=pb, minutes=minutes, kind=kind,
                                gaps=gaps) for i in range(variants)]
    finally:
        gc.set_threshold(*threshold)
    if variants > 1 and not pair:      # each variant says its seed, to draft it again with --seed
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
        click.echo(_("wrote {file} ({n} characters)").format(file=output, n=sum(d.length for d in drafts)),
                   err=True)
    else:
        sys.stdout.buffer.write(render_output(text, fmt or "txt", notes))


@cli.command("check", help=N_("Validate an EVENT file only."))
@click.argument("event_file", metavar="EVENT")
def check_cmd(event_file: str) -> None:
    from . import api

    ev = api.load_event(event_file)
    click.echo(_("ok: {file}: {kind}, {name}, {host} ← {guest}").format(
        file=event_file, kind=i18n.kind_name(ev.kind), name=ev.event.name, host=ev.host.short,
        guest=ev.guest.short))


@cli.command("new", help=N_("Print a fully commented example event file for KIND to start from. "
                            "KIND: welcome 欢迎致辞, reply 答谢讲话, symposium 座谈会讲话, news 新闻通稿, toast 祝酒辞."),
             short_help=N_("Print an example event file to fill in."))
@click.argument("kind", type=_Choice(KINDS, "kinds"), metavar="KIND")
def new_cmd(kind: str) -> None:
    from . import api

    click.echo(api.new_event_text(kind), nl=False)


@cli.command("schema", help=N_("Print the JSON Schema of event files (for editors: # yaml-language-server: $schema=event.schema.json)."),
             short_help=N_("Print the JSON Schema of event files."))
def schema_cmd() -> None:
    from . import api

    _json(api.event_schema())


@cli.command("lint", help=N_("Check speech texts (.txt, .md, .docx) for what embarrasses a writer. Exit 1 on any error."),
             short_help=N_("Check speech texts for errors."))
@click.argument("files", nargs=-1, required=True)
@option("--date", "on", help=N_("Judge policy formulas as of this date (2026-05-12 or 2026年5月12日; default today)."))
@option("--json", "as_json", is_flag=True, help=N_("Machine-readable output."))
@option("--bank", help=N_("Phrase bank whose corpus names to look for (default: $DRAFTER_BANK or built-in)."))
def lint_cmd(files: tuple[str, ...], on: str | None, as_json: bool, bank: str | None) -> None:
    import datetime as dt

    from . import api
    from .errors import InputError
    from .text.cnlang import parse_date

    day = parse_date(on) if on else dt.date.today()
    if day is None:
        raise InputError(_("--date: expected a date such as 2026-05-12 or 2026年5月12日, got '{value}'").format(value=on))
    pb = api.load_bank(bank)               # once for all the files
    results = {f: api.lint_file(f, date=day, bank=pb) for f in files}
    if as_json:      # written finding by finding: 16 MB of text can have 400 000 of them
        _json_list(({"file": f, **x.as_dict()} for f, xs in results.items() for x in xs)
                   if len(files) > 1 else (x.as_dict() for x in results[files[0]]))
    else:
        for f, xs in results.items():
            for x in xs:
                colour = {"error": "red", "warning": "yellow"}.get(x.severity)
                message = x.message if not x.fix or x.fix in x.message else \
                    _("{message} (write {fix})").format(message=x.message, fix=x.fix)
                click.echo(f"{_shown(f)}:{x.line}:{x.column}: " + click.style(_(x.severity), fg=colour)
                           + f" {x.rule} {_shown(message)}")
    if any(x.severity == "error" for xs in results.values() for x in xs):
        raise click.exceptions.Exit(1)


@cli.command("serve", help=N_("The drafting, phrase and lint pages in your browser, served from this machine (offline)."),
             short_help=N_("Open the drafting, phrase and lint pages in a browser."))
@option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help=N_("Port (0: any free one)."))
@option("--host", default="127.0.0.1", show_default=True,
        help=N_("Address to listen on. Only this machine by default; give 0.0.0.0 to let others in."))
@option("--bank", type=click.Path(file_okay=False), help=N_("Phrase bank folder."))
@option("--templates", type=click.Path(file_okay=False), help=N_("Your templates, searched first."))
@option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
        help=N_("Another name the pages may be opened by (this machine's name or address when others "
                "connect); only the address served and localhost are answered otherwise."))
def serve_cmd(port: int, host: str, bank: str | None, templates: str | None, allow_hosts: tuple[str, ...]) -> None:
    from .web import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(_("Warning: {message}").format(
            message=_("listening on {host}: other machines can reach these pages").format(host=host)), err=True)
    serve(host, port, bank, templates, allow_hosts)


def main() -> None:
    # the objects the imports made live as long as the process: the collector's passes need not walk
    # them again (20M of the 730M instructions of a cold `drafter draft`)
    gc.freeze()
    cli(prog_name="drafter")


def run() -> None:
    """``drafter`` as a process (the console script, ``python -m drafter``): :func:`main`, then the
    process ends without the interpreter's teardown, which frees every object and module one by
    one only for the system to reclaim the memory at once (24M of the 650M instructions of a cold
    ``drafter draft``, a tenth of what drafting adds to the imports). The exit handlers
    still run (recache writes its copy there), and the streams are flushed; a run that leaves
    another thread going, or whose output cannot be flushed, ends the ordinary way. (Callers that
    go on after ``main`` in the same process, as the tests do, call ``main``.)"""
    import atexit
    import os
    import threading

    try:
        main()
        code: Any = 0
    except SystemExit as err:
        code = err.code
    if code is None:
        code = 0
    if not isinstance(code, int) or threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)
