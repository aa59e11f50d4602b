"""Summarizes the alternating runs: medians, ratio of medians and MFU of both trainers."""
import json
import os
import re
import statistics
import sys


def peak_flops():
    """Theoretical fp32 peak of this CPU: logical cores x clock x FMA flops per cycle."""
    info = open("/proc/cpuinfo", encoding="utf-8").read()
    mhz = max(float(m) for m in re.findall(r"cpu MHz\s*:\s*([\d.]+)", info))
    flags = set(re.search(r"flags\s*:\s*(.*)", info).group(1).split())
    intel = "GenuineIntel" in info
    # Two FMA pipes: 2 x (vector width / 32 bits) x 2 flops. AMD runs AVX-512 on 256-bit pipes.
    per_cycle = 64 if ("avx512f" in flags and intel) else 32 if "fma" in flags else 16
    return os.cpu_count() * mhz * 1e6 * per_cycle, mhz, per_cycle


def main():
    work, n_layer, n_head, n_embd, block, vocab = sys.argv[1:7]
    L, H, C, T, V = int(n_layer), int(n_head), int(n_embd), int(block), int(vocab)
    java = [json.loads(line) for line in open(os.path.join(work, "java.jsonl"), encoding="utf-8")]
    torch = [json.loads(line) for line in open(os.path.join(work, "torch.jsonl"), encoding="utf-8")]
    java_median = statistics.median(r["median_tokens_per_second"] for r in java)
    torch_median = statistics.median(r["median_tokens_per_second"] for r in torch)
    n = torch[0]["parameters"]
    flops_per_token = 6 * n + 12 * L * H * (C // H) * T
    peak, mhz, per_cycle = peak_flops()
    result = {
        "model": {"n_layer": L, "n_head": H, "n_embd": C, "block_size": T, "vocab": V,
                  "parameters_without_positions": n, "precision": "fp32"},
        "rounds": len(java),
        "plumbline_tokens_per_second_runs": [r["median_tokens_per_second"] for r in java],
        "pytorch_tokens_per_second_runs": [r["median_tokens_per_second"] for r in torch],
        "plumbline_median_tokens_per_second": java_median,
        "pytorch_median_tokens_per_second": torch_median,
        "ratio_plumbline_over_pytorch": java_median / torch_median,
        "goal": 0.95,
        "flops_per_token": flops_per_token,
        "cpu_peak_flops": peak,
        "cpu_peak_basis": f"{os.cpu_count()} logical cores x {mhz:.0f} MHz x {per_cycle} flops/cycle",
        "plumbline_mfu": java_median * flops_per_token / peak,
        "pytorch_mfu": torch_median * flops_per_token / peak,
        "pytorch_engine": torch[0]["engine"],
        "load_average_at_end": os.getloadavg()[0],
    }
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2)
    print(f"[INFO] Plumbline (DJL) median {java_median:,.0f} tok/s, MFU {result['plumbline_mfu']:.2%}")
    print(f"[INFO] nanoGPT-style {torch[0]['engine']} median {torch_median:,.0f} tok/s,"
          f" MFU {result['pytorch_mfu']:.2%}")
    verdict = "meets" if result["ratio_plumbline_over_pytorch"] >= 0.95 else "misses"
    print(f"[INFO] Ratio of medians {result['ratio_plumbline_over_pytorch']:.3f} ({verdict} the"
          f" 0.95 goal); load average {result['load_average_at_end']:.1f}; details in"
          f" {os.path.join(work, 'results.json')}")


if __name__ == "__main__":
    main()
