#!/usr/bin/env python3
"""Reads a Kingside GraphML file with networkx and compares every attribute (value and
type) with the expectation the C++ test wrote as JSON. Exit 0 when identical."""
import json
import sys

import networkx as nx


def expected_value(entry):
    kind, text = entry
    if kind == "int":
        return int(text)
    if kind == "double":
        return float(text)
    if kind == "bool":
        return text == "true"
    return text


def expected_attrs(attrs):
    return {name: expected_value(entry) for name, entry in attrs.items()}


def same(actual, expected):
    if set(actual) != set(expected):
        return False
    for key, value in expected.items():
        got = actual[key]
        if type(got) is not type(value) or got != value:
            return False
    return True


def main():
    graph = nx.read_graphml(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as handle:
        expected = json.load(handle)
    problems = []
    graph_attrs = expected_attrs(expected["graph"])
    # networkx adds its own empty node_default / edge_default dictionaries.
    read_graph = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    if not same(read_graph, graph_attrs):
        problems.append(f"graph: {read_graph!r} != {graph_attrs!r}")
    nodes = {node: expected_attrs(attrs) for node, attrs in expected["nodes"].items()}
    if set(graph.nodes) != set(nodes):
        problems.append(f"nodes differ: {sorted(set(graph.nodes) ^ set(nodes))}")
    for node, attrs in nodes.items():
        if node in graph.nodes and not same(graph.nodes[node], attrs):
            problems.append(f"node {node}: {graph.nodes[node]!r} != {attrs!r}")
    edges = {}
    for data in graph.edges(keys=True, data=True) if graph.is_multigraph() else graph.edges(data=True):
        if graph.is_multigraph():
            source, target, key, attrs = data
            edge_id = attrs.get("id", key)
        else:
            source, target, attrs = data
            edge_id = attrs.get("id")
        attrs = {k: v for k, v in attrs.items() if k != "id"}
        edges[edge_id] = (source, target, attrs)
    expected_edges = expected["edges"]
    if len(edges) != len(expected_edges):
        problems.append(f"{len(edges)} edges read, {len(expected_edges)} expected")
    for edge_id, (source, target, attrs) in expected_edges.items():
        found = edges.get(edge_id)
        want = expected_attrs(attrs)
        if found is None:
            problems.append(f"edge {edge_id} missing")
        elif found[0] != source or found[1] != target or not same(found[2], want):
            problems.append(f"edge {edge_id}: {found!r} != {(source, target, want)!r}")
    if not graph.is_directed():
        problems.append("the graph was read as undirected")
    for problem in problems[:20]:
        print(problem)
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
