#!/usr/bin/env python3
"""Compares Plumbline's reached classes with jdeps class-level reachability from the main class.

Usage: compare.py WIRING_JSON JDEPS_OUTPUT MAIN_CLASS LABEL

jdeps edges are kept between the program's own classes (those Plumbline classified); anonymous
and local classes (Outer$1, Outer$1Local) are folded into their named class, as Plumbline does.
Each difference is printed with the shortest chain that reaches it in the graph that has it.
"""
import collections
import json
import re
import sys

ANONYMOUS_OR_LOCAL = re.compile(r"\$\d.*$")


def named(cls):
    return ANONYMOUS_OR_LOCAL.sub("", cls)


def main():
    wiring_path, jdeps_path, main_class, label = sys.argv[1:5]
    with open(wiring_path, encoding="utf-8") as f:
        wiring = json.load(f)
    program = set()
    plumbline = set()
    for module in wiring["modules"]:
        program.update(module["classes"])
        plumbline.update(module["reachedClasses"])

    edges = collections.defaultdict(set)
    line_format = re.compile(r"^\s+(\S+)\s+->\s+(\S+)\s")
    with open(jdeps_path, encoding="utf-8") as f:
        for line in f:
            match = line_format.match(line)
            if match:
                source, target = named(match.group(1)), named(match.group(2))
                if source in program and target in program and source != target:
                    edges[source].add(target)

    parent = {main_class: None}
    queue = collections.deque([main_class])
    while queue:
        current = queue.popleft()
        for target in sorted(edges[current]):
            if target not in parent:
                parent[target] = current
                queue.append(target)
    jdeps = set(parent)

    both = plumbline & jdeps
    union = plumbline | jdeps
    only_plumbline = sorted(plumbline - jdeps)
    only_jdeps = sorted(jdeps - plumbline)
    agreement = 100.0 * len(both) / len(union) if union else 100.0
    print(f"[INFO] {label}: {len(program)} program classes; reached by Plumbline {len(plumbline)},"
          f" by jdeps {len(jdeps)}, by both {len(both)}")
    print(f"✓ {label}: agreement {agreement:.1f}% ({len(both)}/{len(union)} classes),"
          f" {len(only_plumbline)} only Plumbline, {len(only_jdeps)} only jdeps")
    for cls in only_plumbline:
        print(f"[INFO]   only Plumbline: {cls}")
    for cls in only_jdeps:
        chain = []
        step = cls
        while step is not None:
            chain.append(step)
            step = parent[step]
        print(f"[INFO]   only jdeps: {cls}   via {' -> '.join(reversed(chain))}")


if __name__ == "__main__":
    main()
