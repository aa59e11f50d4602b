# Copyright (c) 2026 The Plumbline Authors
"""NOT WIRED modules of each application before and after, from the two runs' wiring.json.

Usage: compare.py APP_DIR...   (each with before/ and after/ output folders, and optionally
declared/: the run with the roots a user declares)
"""
import collections
import json
import os
import sys


def report(app_dir, run):
    with open(os.path.join(app_dir, run, "META-INF", "plumbline", "wiring.json"), encoding="utf-8") as f:
        return json.load(f)


def not_wired(wiring):
    return {m["name"]: m for m in wiring["modules"] if m["status"] == "NOT_WIRED"}


def main():
    for app_dir in sys.argv[1:]:
        name = os.path.basename(app_dir.rstrip("/"))
        before, after = report(app_dir, "before"), report(app_dir, "after")
        lost, left = not_wired(before), not_wired(after)
        print(f"== {name}: {len(before['modules'])} modules")
        for run, wiring in (("before", before), ("after", after)):
            s = wiring["summary"]
            print(f"  {run}: {s['wired']} WIRED, {s['notWired']} NOT WIRED, {s['duplicate']} DUPLICATE,"
                  f" partial={wiring['partial']}")
        kinds = collections.Counter(r["kind"] for r in after.get("roots", []))
        print("  after, roots by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        modules = {m["name"]: m for m in after["modules"]}
        now_wired = sorted(m for m in set(lost) - set(left) if modules[m]["status"] == "WIRED")
        print(f"  NOT WIRED before, WIRED after ({len(now_wired)}):")
        for module in now_wired:
            hops = [k for k in modules[module]["pathKinds"] if k not in ("entry point", "code reference")]
            first = modules[module]["path"][0]
            print(f"    {module}: from {first} via {', '.join(dict.fromkeys(hops)) or 'code reference'}")
        other = sorted(m for m in set(lost) - set(left) if modules[m]["status"] != "WIRED")
        if other:
            print(f"  NOT WIRED before, neither after ({len(other)}): "
                  + ", ".join(f"{m} {modules[m]['status']}" for m in other))
        if after["partial"]:
            print("  after is partial: " + "; ".join(after["partialReasons"]))
        print(f"  still NOT WIRED after ({len(left)}):")
        for module in sorted(left):
            classes = left[module]["classes"]
            print(f"    {module} ({len(classes)} classes, e.g. {classes[0]})")
        newly = sorted(set(left) - set(lost))
        if newly:
            print(f"  NOT WIRED after only ({len(newly)}): {', '.join(newly)}")
        if os.path.isdir(os.path.join(app_dir, "declared")):
            declared = report(app_dir, "declared")
            s = declared["summary"]
            print(f"  declared roots: {s['wired']} WIRED, {s['notWired']} NOT WIRED,"
                  f" {s['duplicate']} DUPLICATE; still NOT WIRED: "
                  + (", ".join(sorted(not_wired(declared))) or "none"))


if __name__ == "__main__":
    main()
