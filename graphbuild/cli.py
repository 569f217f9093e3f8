"""The ``graphbuild`` command line: each command parses options, calls one library function, prints."""

from __future__ import annotations

import os
import sys

import click

from .errors import GraphbuildError

__all__ = ["main"]


class _Group(click.Group):
    """Turns user errors into one line and a non-zero exit, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GraphbuildError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
        except Exception as exc:
            if os.environ.get("GRAPHBUILD_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (set GRAPHBUILD_DEBUG=1 for the traceback)"
            ) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphbuild")
def main():
    """Build knowledge graphs of actors and their relations from news and government text."""


MODEL_OPTION = click.option(
    "--model", metavar="NAME", default=None,
    help="spaCy pipeline to use (default: the best installed English pipeline).",
)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="RDF file to write; format by extension (.ttl .nt .nq .trig .jsonld).")
@MODEL_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs, output, model, quiet):
    """Extract actors and relations from INPUTS into an RDF graph.

    INPUTS are .txt files, folders of them, .jsonl corpora (one {"id", "text", ...} object per
    line) or - for stdin.

    Example: graphbuild build examples/articles -o graph.ttl
    """
    from tqdm import tqdm

    from .build import build_graph

    with tqdm(unit="doc", disable=quiet or None, file=sys.stderr, desc="build") as bar:
        summary = build_graph(inputs, output, model=model, progress=lambda _e: bar.update(1))
    click.echo(f"wrote {output}: {summary}")


@main.command()
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def query(graph, query, fmt):
    """Run a SPARQL QUERY (a .rq file or SPARQL text) on GRAPH; IRIs print as labels.

    Example: graphbuild query graph.ttl examples/queries/who-blames-whom.rq
    """
    from .query import format_result, label_index, read_query, run_query
    from .rdf import load_dataset

    ds = load_dataset(graph)
    result = run_query(ds, read_query(query))
    click.echo(format_result(result, fmt, labels=label_index(ds)))
