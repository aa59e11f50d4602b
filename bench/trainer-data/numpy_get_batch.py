"""nanoGPT's get_batch on a uint16 token file, with Debian's numpy (no torch needed).

Mirrors nanoGPT train.py: the memmap is re-created on every call (nanoGPT does this to avoid a
memory leak), offsets come from randint(len(data) - block_size), and each row is cast to int64.
"""
import statistics
import sys
import time

import numpy as np

BATCH = 64
BLOCK = 1024


def get_batch(path, rng):
    data = np.memmap(path, dtype=np.uint16, mode="r")
    ix = rng.integers(len(data) - BLOCK, size=BATCH)
    x = np.stack([data[i:i + BLOCK].astype(np.int64) for i in ix])
    y = np.stack([data[i + 1:i + 1 + BLOCK].astype(np.int64) for i in ix])
    return x, y


def main():
    path, warmup, measured = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = np.random.default_rng(1337)
    checksum = 0
    for _ in range(warmup):
        checksum += int(get_batch(path, rng)[0][0, 0])
    times = []
    for _ in range(measured):
        start = time.perf_counter_ns()
        x, y = get_batch(path, rng)
        times.append(time.perf_counter_ns() - start)
        checksum += int(y[-1, -1])
    print("[INFO] RESULT numpy_median_us=%.1f checksum=%d numpy=%s"
          % (statistics.median(times) / 1e3, checksum, np.__version__), flush=True)


if __name__ == "__main__":
    main()
