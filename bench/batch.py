#!/usr/bin/env python3
"""Measures the command line's JSONL batch mode: records/s and MB/s on 1 and 2 threads.

    python3 bench/batch.py [--corpus 1m|10m] [--runs N]

Builds the release binary, writes the benchmark corpus if it is missing (node
bench/make-corpus.mjs: articles separated by U+001E), turns it into JSON Lines
({"id": N, "text": "…"} per article) in bench/out/, then runs
`quotemark analyze --jsonl --threads T FILE` on it, output to /dev/null, and prints the best of
N runs per thread count (wall clock, and records per CPU second, steadier on a busy machine)
with the process's peak RSS (VmHWM, read from /proc while it runs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
BIN = ROOT / "target" / "release" / "quotemark"


def run(threads: int, jsonl: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (KB) of one batch run."""
    with open(os.devnull, "wb") as stdout:
        started = time.perf_counter()
        child = subprocess.Popen(
            [str(BIN), "analyze", "--jsonl", "--threads", str(threads), str(jsonl)], stdout=stdout
        )
        # The child's own high-water mark, read while it runs (its rusage would also count the
        # Python process it was forked from).
        peak = 0
        status_file = Path(f"/proc/{child.pid}/status")
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            try:
                for line in status_file.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.005)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"quotemark analyze --jsonl exited with {child.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="10m", choices=["100k", "1m", "10m"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    corpus = OUT / f"corpus-{args.corpus}.txt"
    if not corpus.exists():
        subprocess.run(["node", "bench/make-corpus.mjs"], cwd=ROOT, check=True)
    articles = corpus.read_text(encoding="utf-8").split("\u001e")
    jsonl = OUT / f"corpus-{args.corpus}.jsonl"
    with open(jsonl, "w", encoding="utf-8") as out:
        for i, text in enumerate(articles):
            out.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    text_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6

    version = subprocess.run([str(BIN), "--version"], capture_output=True, text=True).stdout.strip()
    print(
        f"{version}, {platform.machine()}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.2f}; corpus-{args.corpus}: "
        f"{len(articles):,} articles, {text_mb:.2f} MB of text, {jsonl.stat().st_size / 1e6:.2f} MB "
        f"of JSONL; best of {args.runs} runs"
    )
    print("| threads | seconds | records/s | MB/s of text | records per CPU second | peak RSS |")
    print("|---|---|---|---|---|---|")
    for threads in (1, 2):
        runs = [run(threads, jsonl) for _ in range(args.runs)]
        seconds = min(r[0] for r in runs)
        cpu = min(r[1] for r in runs)
        rss = max(r[2] for r in runs)
        print(
            f"| {threads} | {seconds:.2f} | {len(articles) / seconds:,.0f} | "
            f"{text_mb / seconds:.1f} | {len(articles) / cpu:,.0f} | {rss / 1024:.0f} MB |"
        )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
