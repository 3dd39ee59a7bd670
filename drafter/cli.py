"""The command line: option parsing and output only. Library errors become messages and exit
statuses in one place (:class:`_Group`); heavy modules are imported inside the commands that need them."""
from __future__ import annotations

import json
import sys
import warnings
from typing import Any

import click

from .errors import DrafterError


class _Group(click.Group):
    """The one choke point: a DrafterError becomes ``Error: …`` on stderr and its exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return super().invoke(ctx)
            except DrafterError as err:
                click.echo(f"Error: {err}", err=True)
                ctx.exit(err.exit_code)
            finally:
                for w in caught:
                    click.echo(f"Warning: {w.message}", err=True)
        return None  # pragma: no cover


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
    from .corpus import load_document

    doc = load_document(file)
    if as_json:
        _json(doc.as_dict())
        return
    click.echo(f"{doc.file}  [{doc.kind}, {doc.encoding}]")
    if doc.title:
        click.secho(f"{doc.title_line:>4}  {doc.title}", bold=True)
    for s in doc.sentences:
        flags = "".join(f for f, on in (("!", s.garbled), ("…", s.incomplete)) if on)
        section = f"[{s.section}] " if s.section else ""
        text = click.style(s.text, bold=True) if s.heading else s.text
        click.echo(f"{s.line:>4}{flags:<2}{section}{text}")
    for d in doc.dropped:
        click.secho(f"{d['line']:>4}- ({d['reason']}) {d['text']}", dim=True)


@corpus.command("stats")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def corpus_stats(paths: tuple[str, ...], as_json: bool) -> None:
    """Count files, sentences, placeholders and problems under PATHS (files or folders)."""
    from .corpus import stats

    result = stats(list(paths))
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


def main() -> None:
    cli(prog_name="drafter")
