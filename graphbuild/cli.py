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
@click.argument("args", nargs=-1, required=True, metavar="[GRAPH] QUERY")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=None,
              help="Query this store folder (from build --store) instead of a GRAPH file.")
@click.option("--endpoint", metavar="URL", default=None,
              help="Query this SPARQL 1.1 endpoint (Oxigraph, Fuseki, GraphDB, Virtuoso) instead.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def query(args, store_dir, endpoint, fmt):
    """Run a SPARQL QUERY (a .rq file or SPARQL text) on GRAPH; IRIs print as labels.

    GRAPH is an RDF file (.ttl .nt .nq .trig .jsonld .rdf) or a store folder; the default graph
    is the union of all document graphs. With --store or --endpoint give only QUERY.

    Example: graphbuild query graph.ttl examples/queries/who-blames-whom.rq
    """
    from .query import format_result, query_source, read_query

    sources = [x for x in (store_dir, endpoint) if x]
    if len(sources) > 1 or len(args) != (1 if sources else 2):
        raise click.UsageError("give GRAPH QUERY, or --store DIR QUERY, or --endpoint URL QUERY")
    sparql = args[-1]
    if endpoint:
        from .endpoint import query_endpoint_with_labels

        result, labels = query_endpoint_with_labels(endpoint, read_query(sparql))
    else:
        result, labels = query_source(store_dir or args[0], sparql)
    click.echo(format_result(result, fmt, labels=labels))
