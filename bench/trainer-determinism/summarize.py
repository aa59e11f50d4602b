"""Summarises bench/trainer-determinism: identical final states and the first differing step."""
import collections
import sys


def main(path):
    runs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = dict(part.split("=", 1) for part in line.split())
            runs.append((fields["state"], fields["losses"].split(",")))
    states = collections.Counter(state for state, _ in runs)
    mode, count = states.most_common(1)[0]
    reference = next(losses for state, losses in runs if state == mode)
    print(f"[INFO] {len(runs)} runs, {len(states)} distinct final states;"
          f" {count} of {len(runs)} bit-identical to the most common one")
    for i, (state, losses) in enumerate(runs, 1):
        if state == mode:
            continue
        first = next((s + 1 for s, (a, b) in enumerate(zip(losses, reference)) if a != b), None)
        print(f"[INFO]   run {i}: differs; first differing loss at step {first}")


if __name__ == "__main__":
    main(sys.argv[1])
