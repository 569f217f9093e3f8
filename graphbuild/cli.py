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
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="RDF file to write when the build completes; format by extension "
                   "(.ttl .nt .nq .trig .jsonld .rdf).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=None,
              help="pyoxigraph store folder to write each document into as it completes; "
                   "a re-run skips documents whose text is unchanged.")
@click.option("--endpoint", metavar="URL", default=None,
              help="SPARQL 1.1 Graph Store Protocol URL to PUT each document graph to.")
@MODEL_OPTION
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, each loading the pipeline once (default: the number of cores).")
@click.option("--dask", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' "
                   "for a LocalCluster of --workers processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Documents per nlp.pipe batch (the unit of work of a worker).")
@click.option("--batch-words", type=click.IntRange(min=1), default=None,
              help="A batch also ends before it would exceed this many words, which bounds "
                   "the memory of each worker [default: 2000 with --workers or --dask, 16000 in one process].")
@click.option("--recycle-words", type=click.IntRange(min=1), default=300_000, show_default=True,
              help="With --workers, each worker process is replaced by a fresh one after about "
                   "this many words, so memory stays flat on long builds.")
@click.option("--recycle-docs", type=click.IntRange(min=1), default=1_000, show_default=True,
              help="... or after this many documents, whichever comes first.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def build(ctx, inputs, output, store_dir, endpoint, model, workers, dask, batch_size, batch_words,
          recycle_words, recycle_docs, quiet):
    """Extract actors and relations from INPUTS into an RDF file, store or endpoint.

    INPUTS are .txt and .html files, folders of them (searched recursively), .jsonl corpora
    (one {"id", "text", ...} object per line) or - for stdin. Unreadable files and failed
    documents are skipped with a warning and counted; the build fails only when nothing could
    be built. Ctrl-C keeps every completed document in --store/--endpoint and leaves -o unwritten.

    Example: graphbuild build ../shared/corpus/news.jsonl --store news.store -o news.trig
    """
    import signal
    import threading
    import time

    from tqdm import tqdm

    from .build import BuildInterrupted, build_graph, default_workers
    from .corpus import count_documents

    total = count_documents(inputs)
    bar = tqdm(total=total, unit="doc", disable=quiet or None, file=sys.stderr, desc="build",
               dynamic_ncols=True)
    words, started, shown = [0], time.perf_counter(), [0.0]

    def progress(result):
        words[0] += result.words if result.ok else 0
        bar.update(1)
        now = time.perf_counter()
        if now - shown[0] > 0.5:
            shown[0] = now
            bar.set_postfix_str(f"{words[0] / max(now - started, 1e-9):,.0f} words/s", refresh=False)

    def warn(message):
        bar.write(f"warning: {message}", file=sys.stderr)

    def terminate(_signum, _frame):
        raise KeyboardInterrupt

    main_thread = threading.current_thread() is threading.main_thread()
    old_term = signal.signal(signal.SIGTERM, terminate) if main_thread else None
    try:
        summary = build_graph(inputs, output, store=store_dir, endpoint=endpoint, model=model,
                              workers=workers or default_workers(), dask=dask,
                              batch_size=batch_size, batch_words=batch_words or "auto", recycle_words=recycle_words,
                              recycle_docs=recycle_docs,
                              progress=progress, warn=warn)
    except BuildInterrupted as exc:
        bar.close()
        click.echo(str(exc), err=True)
        ctx.exit(130)
    finally:
        bar.close()
        if main_thread:
            signal.signal(signal.SIGTERM, old_term)
    targets = ", ".join(str(t) for t in (output, store_dir, endpoint) if t)
    click.echo(f"wrote {targets}: {summary}")


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


@main.command()
@click.argument("graph")
@click.option("--shapes", type=click.Path(dir_okay=False, exists=True), default=None,
              help="SHACL shapes file (default: the shapes shipped with graphbuild).")
@click.pass_context
def validate(ctx, graph, shapes):
    """Check GRAPH (an RDF file or a store folder) against the graphbuild SHACL shapes.

    Prints one line per violation (focus node and label, property, message) and exits with
    status 1 when there is any.

    Example: graphbuild validate graph.ttl
    """
    from .rdf import load_dataset
    from .validate import format_violations, load_shapes, validate_graph

    violations = validate_graph(load_dataset(graph), load_shapes(shapes) if shapes else None)
    click.echo(format_violations(violations) if violations else f"{graph}: conforms to the graphbuild shapes")
    if violations:
        ctx.exit(1)


@main.command()
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="RDF file to write; format by extension (.ttl .nt .nq .trig .jsonld .rdf).")
@click.option("--to-store", "to_store", type=click.Path(file_okay=False), default=None,
              help="Copy the named graphs of SOURCE into this store folder instead of writing a file.")
@click.option("--to-endpoint", "to_endpoint", metavar="URL", default=None,
              help="Push each named graph of SOURCE to this SPARQL endpoint (Graph Store Protocol PUT).")
@click.option("--gsp", metavar="URL", default=None,
              help="Graph Store Protocol URL, when it cannot be derived from --to-endpoint.")
@click.option("--rdf12", is_flag=True,
              help="Also write statement nodes as RDF 1.2 reifiers of their triples (pyoxigraph reads it).")
def convert(source, output, to_store, to_endpoint, gsp, rdf12):
    """Convert SOURCE (an RDF file or a store folder) to another RDF format, a store or a server.

    The format follows the extension of --output: .ttl .nt .nq .trig .jsonld .rdf. Quad formats
    keep one named graph per document. Output is sorted, so the same graph gives the same file.

    Example: graphbuild convert g.ttl -o g.nq
    """
    targets = [x for x in (output, to_store, to_endpoint) if x]
    if len(targets) != 1:
        raise click.UsageError("give exactly one of -o FILE, --to-store DIR or --to-endpoint URL")
    if output:
        from .serialize import convert_rdf

        click.echo(f"wrote {convert_rdf(source, output, rdf12=rdf12)}")
    elif to_store:
        from .store import import_into_store

        click.echo(f"{to_store}: wrote {import_into_store(source, to_store)} document graphs, summary recomputed")
    else:
        from .endpoint import push_dataset
        from .rdf import load_dataset

        click.echo(f"{to_endpoint}: pushed {push_dataset(to_endpoint, load_dataset(source), gsp=gsp)} graphs")


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@MODEL_OPTION
@click.option("--corpus", type=click.Path(file_okay=False), default=None,
              help="Folder of .jsonl corpora for gold texts given as corpus:<id> "
                   "(default: ../shared/corpus when it exists).")
@click.option("--aliases", type=click.Path(dir_okay=False, exists=True), default=None,
              help="common_aliases.json (default: the one beside a gold file or in a parent folder).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def evaluate(gold, model, corpus, aliases, fmt):
    """Score extraction against GOLD annotation files (or folders of them).

    Prints precision, recall and F1 per relation, per document and overall (micro-averaged),
    missed and spurious edges, plain edges the gold marks hypothetical or negated, and how many
    hypothetical/negated statements kept their modality.

    Example: graphbuild evaluate ../shared/examples/dev-gold --corpus ../shared/corpus
    """
    from pathlib import Path

    from .evaluate import evaluate_gold, format_report
    from .nlp import load_pipeline

    if corpus is None and Path("../shared/corpus").is_dir():
        corpus = "../shared/corpus"
    report = evaluate_gold(gold, load_pipeline(model), corpus=corpus, aliases=aliases)
    click.echo(format_report(report, fmt))


def _network_filters(relation, modality, min_confidence, since, until, actor_type=()):
    """Options shared by view and analyze -> keyword arguments of ``actor_network``."""
    return {k: v for k, v in {
        "relations": list(relation) or None, "modalities": list(modality) or None,
        "min_confidence": min_confidence, "since": since, "until": until,
        "actor_types": list(actor_type) or None,
    }.items() if v is not None}


def _filter_options(fn):
    for option in reversed([
        click.option("--relation", multiple=True, metavar="R", help="Keep only this relation (repeatable)."),
        click.option("--modality", multiple=True, metavar="M",
                     help="Keep only this modality (repeatable; default: asserted, hedged, reported; "
                          "view keeps all and hides hypothetical and negated until ticked)."),
        click.option("--min-confidence", type=float, default=None, metavar="X", help="Drop edges below this confidence."),
        click.option("--since", metavar="DATE", default=None, help="Keep evidence dated on or after DATE (ISO)."),
        click.option("--until", metavar="DATE", default=None, help="Keep evidence dated on or before DATE (ISO)."),
        click.option("--actor-type", multiple=True, metavar="T", help="Keep only actors of this type (repeatable)."),
    ]):
        fn = option(fn)
    return fn


@main.command()
@click.argument("graph", type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@click.option("--between", nargs=2, metavar="A B", default=None, help="Shortest paths between two actors, with evidence.")
@click.option("--actor", metavar="A", default=None, help="An actor's ego network and its relations over time.")
@click.option("--top", type=int, default=10, show_default=True, metavar="N", help="Rows per ranking.")
@_filter_options
def analyze(graph, fmt, between, actor, top, relation, modality, min_confidence, since, until, actor_type):
    """Analyse the actor network of GRAPH: central actors, communities, strongest ties, relation counts.

    Actors are named by label, alias or Wikidata id, case-insensitive.

    Example: graphbuild analyze graph.ttl --between Russia "United States"
    """
    from .analysis import actor_network
    from .report import format_report, network_report

    G = actor_network(graph, **_network_filters(relation, modality, min_confidence, since, until, actor_type))
    click.echo(format_report(network_report(G, top=top, between=between, actor=actor), fmt))


@main.command()
@click.argument("graph", type=click.Path(dir_okay=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", default=None, help="Page title (default: the output file name).")
@click.option("--max-nodes", type=int, default=2500, show_default=True,
              help="Show at most this many actors (those with the most relations); the page notes the rest.")
@_filter_options
def view(graph, output, title, max_nodes, relation, modality, min_confidence, since, until, actor_type):
    """Write an interactive HTML explorer of GRAPH: one self-contained file that works offline.

    All modalities are included; hypothetical and negated edges are dashed and hidden until ticked.

    Example: graphbuild view graph.ttl -o graph.html
    """
    from .viz import write_html

    filters = _network_filters(relation, modality, min_confidence, since, until, actor_type)
    path = write_html(graph, output, title=title or None, max_nodes=max_nodes, **filters)
    click.echo(f"wrote {path}")



@main.command()
@click.argument("graph", type=click.Path(dir_okay=True))
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Output by extension: .graphml, .gexf, .csv (edge list), .neo4j or a folder (Neo4j "
                   "bulk-import CSV), or an RDF extension (.ttl .nt .nq .trig .jsonld).")
@_filter_options
def export(graph, output, relation, modality, min_confidence, since, until, actor_type):
    """Export the actor network of GRAPH for Gephi, Neo4j, spreadsheets or other RDF tools.

    Example: graphbuild export graph.ttl -o graph.gexf
    """
    from .export import export_graph

    filters = _network_filters(relation, modality, min_confidence, since, until, actor_type)
    for path in export_graph(graph, output, **filters):
        click.echo(f"wrote {path}")

# --- end of analyze/view/export commands ---
