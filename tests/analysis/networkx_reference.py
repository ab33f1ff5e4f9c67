#!/usr/bin/python3
"""Reference answers for Kingside's relationship analysis, computed with networkx.

Reads one account straight from a Kingside workspace (SQLite) and builds the graphs
independently of the C++ code:
  network:       every person of the account; every relationship except tension lines
                 joins two people (undirected, simple);
  client:        the same restricted to client people;
  introduction:  the network without lines across a wall and without pairs in tension;
                 weight of a pair = 6 - the strongest line's strength.
Prints JSON: betweenness (unnormalised), client betweenness, articulation points,
bridges, connected components, Dijkstra costs from the team (mentor aside) and from
each team member, and the time networkx took for betweenness.

usage: networkx_reference.py WORKSPACE ACCOUNT_ID [--betweenness-only]
"""
import json
import sqlite3
import sys
import time

import networkx as nx


def main():
    path, account = sys.argv[1], int(sys.argv[2])
    only_betweenness = "--betweenness-only" in sys.argv
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    people = db.execute(
        "SELECT id, side, team_role, department_id, level_id FROM people "
        "WHERE account_id = ? ORDER BY id", (account,)).fetchall()
    lines = db.execute(
        "SELECT from_id, to_id, kind, strength FROM relationships WHERE account_id = ?",
        (account,)).fetchall()
    walls = db.execute(
        "SELECT kind, department_a, department_b, level_a, level_b FROM walls "
        "WHERE account_id = ?", (account,)).fetchall()

    ids = {p[0] for p in people}
    department = {p[0]: p[3] for p in people}
    level = {p[0]: p[4] for p in people}
    clients = [p[0] for p in people if p[1] == "client"]
    team = [p[0] for p in people if p[1] == "team" and p[2] != "mentor"]

    network = nx.Graph()
    network.add_nodes_from(p[0] for p in people)
    tension = set()
    strongest = {}
    for a, b, kind, strength in lines:
        if a == b or a not in ids or b not in ids:
            continue
        pair = frozenset((a, b))
        if kind == "tension":
            tension.add(pair)
            continue
        network.add_edge(a, b)
        strongest[pair] = max(strongest.get(pair, 0), strength)

    started = time.perf_counter()
    betweenness = nx.betweenness_centrality(network, normalized=False)
    seconds = time.perf_counter() - started
    result = {"betweenness": {str(k): v for k, v in betweenness.items()},
              "betweenness_seconds": seconds}
    if only_betweenness:
        print(json.dumps(result))
        return

    client_network = network.subgraph(clients)
    result["client_betweenness"] = {
        str(k): v for k, v in nx.betweenness_centrality(client_network, normalized=False).items()}
    result["articulation_points"] = sorted(nx.articulation_points(network))
    result["bridges"] = sorted(sorted(edge) for edge in nx.bridges(network))
    result["components"] = sorted(sorted(c) for c in nx.connected_components(network))

    department_walls = set()
    level_walls = set()
    for kind, da, db_, la, lb in walls:
        if kind == "department":
            department_walls.add(frozenset((da, db_)))
        else:
            level_walls.add(frozenset((la, lb)))

    def crosses(a, b):
        da, db_ = department.get(a), department.get(b)
        la, lb = level.get(a), level.get(b)
        if da is not None and db_ is not None and da != db_ and frozenset((da, db_)) in department_walls:
            return True
        if la is not None and lb is not None and la != lb and frozenset((la, lb)) in level_walls:
            return True
        return False

    introduction = nx.Graph()
    introduction.add_nodes_from(p[0] for p in people)
    for pair, strength in strongest.items():
        a, b = tuple(pair)
        if pair in tension or crosses(a, b):
            continue
        introduction.add_edge(a, b, weight=6 - strength)
    if team:
        costs = nx.multi_source_dijkstra_path_length(introduction, set(team), weight="weight")
        result["team_cost"] = {str(k): v for k, v in costs.items()}
    else:
        result["team_cost"] = {}
    result["member_cost"] = {
        str(member): {str(k): v for k, v in
                      nx.single_source_dijkstra_path_length(introduction, member, weight="weight").items()}
        for member in team}
    result["team"] = team
    print(json.dumps(result))


if __name__ == "__main__":
    main()
