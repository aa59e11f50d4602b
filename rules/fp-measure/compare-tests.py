# Copyright (c) 2026 The Plumbline Authors
"""Compares two JUnit XML report folders test by test (rules/fp-measure/patch.sh).

Usage: python3 compare-tests.py BEFORE_DIR AFTER_DIR DETAILS_FILE
Prints the last three cells of patch.sh's table row: tests before, tests after (run/failed/
skipped), and whether every test has the same outcome; DETAILS_FILE lists every difference.
"""

import pathlib
import sys
import xml.etree.ElementTree as ElementTree


def outcomes(folder):
    """Maps 'class#test' to passed, failed or skipped for every test case in the folder."""
    result = {}
    for report in sorted(pathlib.Path(folder).glob("*.xml")):
        for case in ElementTree.parse(report).getroot().iter("testcase"):
            name = case.get("classname", "") + "#" + case.get("name", "")
            if case.find("failure") is not None or case.find("error") is not None:
                outcome = "failed"
            elif case.find("skipped") is not None:
                outcome = "skipped"
            else:
                outcome = "passed"
            key = name
            suffix = 2
            while key in result:  # repeated and parameterised tests may share a display name
                key = f"{name} [{suffix}]"
                suffix += 1
            result[key] = outcome
    return result


def counts(tests):
    values = list(tests.values())
    return f"{len(values)}/{values.count('failed')}/{values.count('skipped')}"


def main(before_dir, after_dir, details_file):
    before = outcomes(before_dir)
    after = outcomes(after_dir)
    differences = [
        f"{name}: {before.get(name, 'absent')} -> {after.get(name, 'absent')}"
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    ]
    failed = sorted(name for name, outcome in before.items() if outcome == "failed")
    pathlib.Path(details_file).write_text(
        "differences:\n" + "".join(f"  {line}\n" for line in differences)
        + "failed before (and after, unless listed above):\n"
        + "".join(f"  {name}\n" for name in failed),
        encoding="utf-8")
    same = "yes" if not differences else f"**no**: {len(differences)} differ"
    print(f" {counts(before)} | {counts(after)} | {same} |")


if __name__ == "__main__":
    main(*sys.argv[1:4])
