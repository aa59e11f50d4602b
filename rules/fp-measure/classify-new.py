# Copyright (c) 2026 The Plumbline Authors
"""Splits the new findings of a release compiled against an older release's baseline
(rules/fp-measure/baseline.sh) by the source diff between the two releases.

Usage: python3 classify-new.py FINDINGS_SARIF RELEASE_DIFF NEW_SRC DETAILS_FILE BASELINE_SARIF
RELEASE_DIFF is `diff -ru -U0 OLD_SRC NEW_SRC`. A new finding whose line the release added or
changed (or that lies in a file the release added) is genuinely new; one on an unchanged line
existed before, so the baseline should have known it: a false "new". Prints the table cells
findings | known | known on another line than in the baseline release | new | new on changed
lines | false "new" |; DETAILS_FILE lists every new one.
"""

import json
import pathlib
import re
import sys

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def changed_lines(diff_file, new_src):
    """Maps each file of the new tree (path relative to new_src) to its added or changed lines,
    or to None when the release added the whole file."""
    root = new_src.rstrip("/") + "/"
    changed = {}
    current = None
    for line in pathlib.Path(diff_file).read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("+++ ") and line[4:].startswith(root):
            current = line[4:].split("\t")[0][len(root):]
            changed.setdefault(current, set())
        elif line.startswith("Only in " + root.rstrip("/")):
            folder, name = line[len("Only in "):].split(": ", 1)
            relative = (folder + "/")[len(root):] + name
            changed[relative] = None
        match = HUNK.match(line)
        if match and current is not None:
            start = int(match.group(1))
            count = int(match.group(2)) if match.group(2) is not None else 1
            changed[current].update(range(start, start + max(count, 1)))
    return changed


def results_of(sarif_file):
    sarif = json.loads(pathlib.Path(sarif_file).read_text(encoding="utf-8"))
    return [result for run in sarif["runs"] for result in run["results"]]


def start_line(result):
    return result["locations"][0]["physicalLocation"]["region"]["startLine"]


def fingerprint(result):
    return next(iter(result["partialFingerprints"].values()))


def moved(known, baseline_results):
    """How many known findings sit on another line than in the baseline release."""
    old_lines = {}
    for result in baseline_results:
        old_lines.setdefault(fingerprint(result), []).append(start_line(result))
    return sum(1 for result in known
               if start_line(result) not in old_lines.get(fingerprint(result), []))


def main(sarif_file, diff_file, new_src, details_file, baseline_sarif):
    results = results_of(sarif_file)
    changed = changed_lines(diff_file, new_src)
    known = [result for result in results if result.get("baselineState") == "unchanged"]
    new = [result for result in results if result.get("baselineState") != "unchanged"]
    genuine, false_new = [], []
    for result in new:
        file = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        line = start_line(result)
        lines = changed.get(file, set())
        added_folder = any(value is None and file.startswith(key + "/")
                           for key, value in changed.items())
        is_changed = lines is None or added_folder or line in lines
        entry = f"{result['ruleId']} {file}:{line} ({result['properties']['member']}): " \
            + result["message"]["text"].splitlines()[0]
        (genuine if is_changed else false_new).append(entry)
    pathlib.Path(details_file).write_text(
        "new on changed lines:\n" + "".join(f"  {entry}\n" for entry in genuine)
        + "false new (line unchanged by the release):\n"
        + "".join(f"  {entry}\n" for entry in false_new), encoding="utf-8")
    print(f" {len(results)} | {len(known)} | {moved(known, results_of(baseline_sarif))} |"
          f" {len(new)} | {len(genuine)} | {len(false_new)} |", end="")


if __name__ == "__main__":
    main(*sys.argv[1:6])
