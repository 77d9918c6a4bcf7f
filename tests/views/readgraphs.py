#!/usr/bin/env python3
"""Reads Lagebild's graph exports back the way analysts' tools do: GraphML with networkx and
igraph, GEXF with networkx (igraph has no GEXF reader), the CSV edge list into igraph. Every
link must come back with its endpoints in order, its kind, its `directed` flag and its weight;
every entity with its name and `entity_type`. Usage: readgraphs.py DIR (with expected.json,
graph.graphml, graph.gexf, graph.csv, as tst_views writes them). Prints "<file> <reader> ok"."""

import collections
import csv
import json
import sys
from pathlib import Path

import igraph
import networkx


def fail(what, expected, seen):
    missing = expected - seen
    extra = seen - expected
    sys.exit(f"{what}: {len(missing)} expected missing, e.g. {list(missing.elements())[:3]}; "
             f"{len(extra)} unexpected, e.g. {list(extra.elements())[:3]}")


def compare(what, directed, nodes, edges, want_nodes, want_edges):
    if not directed:
        sys.exit(f"{what}: read as an undirected graph")
    if nodes != want_nodes:
        fail(what + " nodes", collections.Counter(want_nodes.items()), collections.Counter(nodes.items()))
    if edges != want_edges:
        fail(what + " edges", want_edges, edges)
    print(what, "ok")


def main(folder):
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    want_nodes = {n["id"]: (n["name"], n["entity_type"]) for n in data["nodes"]}
    want_edges = collections.Counter(
        (e["source"], e["target"], e["kind"], e["directed"], e["weight"]) for e in data["edges"])
    if not any(d for (_, _, _, d, _) in want_edges) or all(d for (_, _, _, d, _) in want_edges):
        sys.exit("expected.json should hold both directed and undirected links")

    g = networkx.read_graphml(folder / "graph.graphml")
    compare("graphml networkx", g.is_directed(),
            {n: (a["name"], a["entity_type"]) for n, a in g.nodes(data=True)},
            collections.Counter((u, v, a["kind"], a["directed"], int(a["weight"]))
                                for u, v, a in g.edges(data=True)),
            want_nodes, want_edges)

    g = igraph.Graph.Read_GraphML(str(folder / "graph.graphml"))
    ids = g.vs["id"]
    compare("graphml igraph", g.is_directed(),
            {v["id"]: (v["name"], v["entity_type"]) for v in g.vs},
            collections.Counter((ids[e.source], ids[e.target], e["kind"], bool(e["directed"]), int(e["weight"]))
                                for e in g.es),
            want_nodes, want_edges)

    g = networkx.read_gexf(folder / "graph.gexf")
    compare("gexf networkx", g.is_directed(),
            {n: (a["label"], a["entity_type"]) for n, a in g.nodes(data=True)},
            collections.Counter((u, v, a["kind"], a["directed"], int(a["weight"]))
                                for u, v, a in g.edges(data=True)),
            want_nodes, want_edges)

    # The CSV names entities by name: compare by name.
    name = {i: n for i, (n, _) in want_nodes.items()}
    by_name = collections.Counter((name[s], name[t], k, d, w) for (s, t, k, d, w) in want_edges.elements())
    with open(folder / "graph.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    g = igraph.Graph.TupleList(
        ((r["source"], r["target"], r["kind"], r["directed"] == "true", int(r["weight"])) for r in rows),
        directed=True, edge_attrs=["kind", "directed", "weight"])
    names = g.vs["name"]
    compare("csv igraph", g.is_directed(), {},
            collections.Counter((names[e.source], names[e.target], e["kind"], e["directed"], e["weight"])
                                for e in g.es),
            {}, by_name)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
