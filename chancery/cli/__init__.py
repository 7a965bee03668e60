"""The ``chancery`` command line: a thin skin over the library."""

from __future__ import annotations

import click

from chancery.about import __version__
from chancery.cli.coding import code_cmd
from chancery.cli.demo import demo_cmd
from chancery.cli.evaluate import eval_cmd
from chancery.cli.ingest import ingest_cmd
from chancery.cli.kb import kb_group
from chancery.cli.query import events_cmd, export_cmd, show_cmd
from chancery.cli.serve import serve_cmd
from chancery.cli.watch import watch_cmd


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="chancery")
def cli() -> None:
    """chancery: who did what to whom, when and where, from news in English, French and Turkish.

    \b
    Example:
      chancery code article.txt            # events as JSON Lines, no database
      chancery ingest corpus/              # read, code and store in chancery.duckdb
      chancery events --dyad TUR,FRA       # query what is stored
      chancery serve                       # dashboard and REST API on http://127.0.0.1:8000
    """


for command in (
    code_cmd,
    ingest_cmd,
    events_cmd,
    show_cmd,
    export_cmd,
    demo_cmd,
    eval_cmd,
    kb_group,
    serve_cmd,
    watch_cmd,
):
    cli.add_command(command)


def main() -> None:
    cli()
