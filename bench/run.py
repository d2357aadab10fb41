"""Benchmark: is disclosure-lint fast enough for a pre-commit hook and for bulk review?

Usage::

    python bench/run.py [-n 2000] [--runs 5] [--keep DIR] [--quick] [--linter PATH]

Generates N reports (bench/generate.py, 20 % with one planted defect) into a temporary
folder and times whole processes:

* bulk:  ``disclosure-lint check --format json --exit-zero DIR -j1`` and ``-j2``;
* floor: a Python process that only reads and decodes the same files;
* cold start on one report vs ``python -c pass`` vs importing lark + rich + pydantic:
  without the result cache (the target), with every cache off (the first run after an
  install, for information) and with a result-cache hit;
* peak RSS of the bulk -j1 run at N and at N/4 (memory must be flat in N).

Each measured process is started by a fresh small Python wrapper that times it with
``time.perf_counter`` and reads its peak RSS with ``resource.getrusage(RUSAGE_CHILDREN)``,
so the wrapper's own start-up is neither timed nor counted.

Exit status: 0 all targets met, 1 a target missed, 2 the linter is missing or failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_corpus, generate_report, write_report

LINTER_NAME = "disclosure-lint"
DEFECT_RATE = 0.2
SEED = 1

TARGET_FILES_PER_S = 1000.0
TARGET_SPEEDUP = 1.7
TARGET_COLD_RATIO = 0.6
TARGET_MEMORY_RATIO = 1.5

# Runs one command, its stdout into argv[1]; prints seconds, peak RSS (KiB), exit code, stderr tail.
WRAPPER = """\
import json, resource, subprocess, sys, time
with open(sys.argv[1], "wb") as out:
    start = time.perf_counter()
    proc = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
print(json.dumps({"seconds": seconds, "peak_kib": peak, "rc": proc.returncode, "stderr": tail}))
"""

FLOOR = """\
import pathlib, sys
count = size = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    data = path.read_bytes()
    data.decode("utf-8")
    count += 1
    size += len(data)
print(count, size)
"""

IMPORT_LINE = "import lark; from rich.console import Console; from pydantic import BaseModel"


class ToolFailed(Exception):
    """The linter could not run (exit 2 or a crash)."""


@dataclass
class Sample:
    seconds: float
    peak_kib: int


@dataclass
class Series:
    """Repeated measurements of one command."""

    label: str
    samples: list[Sample]

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def low(self) -> float:
        return min(s.seconds for s in self.samples)

    @property
    def high(self) -> float:
        return max(s.seconds for s in self.samples)

    @property
    def peak_mib(self) -> float:
        return statistics.median(s.peak_kib for s in self.samples) / 1024


@dataclass
class Corpus:
    root: Path  # all N reports (two sub-folders)
    quarter: Path  # the first N/4 reports
    one: Path  # a single clean report for the cold-start run
    files: int
    quarter_files: int
    size: int


def find_linter(override: str | None) -> Path | None:
    """The console script next to this interpreter (same venv), else on PATH."""
    if override:
        path = Path(override)
        return path if path.is_file() else None
    beside = Path(sys.executable).parent / LINTER_NAME
    if beside.is_file():
        return beside
    found = shutil.which(LINTER_NAME)
    return Path(found) if found else None


def build_corpus(root: Path, count: int, one_dir: Path) -> Corpus:
    quarter_count = max(1, count // 4)
    quarter = root / "a"
    generate_corpus(quarter, quarter_count, SEED, DEFECT_RATE, sidecars=False)
    generate_corpus(root / "b", count - quarter_count, SEED, DEFECT_RATE, start=quarter_count, sidecars=False)
    size = sum(p.stat().st_size for p in root.rglob("*.txt"))
    return Corpus(root, quarter, _clean_report(one_dir), count, quarter_count, size)


def _clean_report(directory: Path) -> Path:
    """The pre-commit case: one correct report, outside the bulk corpus."""
    directory.mkdir(parents=True, exist_ok=True)
    text, _ = generate_report(random.Random(f"{SEED}-cold"), "tab", None)
    return write_report(directory, "one", text, None)


def measure(command: list[str], stdout_path: Path, check: bool = True,
            env: dict[str, str] | None = None) -> Sample:
    """Run ``command`` once under a fresh wrapper process (with ``env``, if given)."""
    wrapper = [sys.executable, "-c", WRAPPER, str(stdout_path), *command]
    done = subprocess.run(wrapper, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise ToolFailed(f"could not run {command[0]}: {done.stderr.strip()[-300:]}")
    result = json.loads(done.stdout)
    if check and result["rc"] not in (0, 1):
        detail = " | ".join(result["stderr"]) or "no message"
        raise ToolFailed(f"{Path(command[0]).name} exited {result['rc']}: {detail}")
    return Sample(result["seconds"], result["peak_kib"])


def repeat(label: str, command: list[str], runs: int, stdout_path: Path,
           env: dict[str, str] | None = None) -> Series:
    return Series(label, [measure(command, stdout_path, env=env) for _ in range(runs)])


def lint_command(linter: Path, target: Path, jobs: int | None = None,
                 cache: bool = False) -> list[str]:
    """Bulk form with JSON output and ``-jN``; without ``jobs`` the plain pre-commit form.

    Bulk runs never use the result cache (every run must lint every file); the cold
    start is measured both ways.
    """
    no_cache = [] if cache else ["--no-cache"]
    if jobs is None:
        return [str(linter), "check", *no_cache, str(target)]
    return [str(linter), "check", "--format", "json", "--exit-zero", *no_cache, str(target),
            f"-j{jobs}"]


def count_findings(path: Path) -> str:
    """A sanity line from the JSON output: the linter must have looked at the files."""
    try:
        findings = json.loads(path.read_text("utf-8") or "[]")
    except (OSError, ValueError) as exc:
        return f"output is not a JSON list ({exc.__class__.__name__})"
    if not isinstance(findings, list):
        return "output is not a JSON list"
    files = {f.get("path") for f in findings if isinstance(f, dict)}
    return f"{len(findings)} findings in {len(files)} files"


@dataclass
class Results:
    corpus: Corpus
    j1: Series
    j2: Series
    floor: Series
    quarter: Series
    cold: Series
    cold_cached: Series
    cold_first: Series  # no start-up caches either: the first run after an install
    bare: Series
    imports: Series
    findings: str


def run_all(linter: Path, corpus: Corpus, runs: int, scratch: Path) -> Results:
    out = scratch / "out.json"
    python = sys.executable
    measure([python, "-c", FLOOR, str(corpus.root)], scratch / "warm.txt")  # warm the page cache
    j1 = repeat("bulk -j1", lint_command(linter, corpus.root, 1), runs, out)
    findings = count_findings(out)
    j2 = repeat("bulk -j2", lint_command(linter, corpus.root, 2), runs, scratch / "out2.json")
    floor = repeat("floor: read + decode", [python, "-c", FLOOR, str(corpus.root)], runs, scratch / "floor.txt")
    quarter = repeat(f"bulk -j1 on N/4 ({corpus.quarter_files})", lint_command(linter, corpus.quarter, 1),
                     runs, scratch / "quarter.json")
    cold_runs = max(5, runs * 3)
    cold = repeat("cold: check one.txt --no-cache", lint_command(linter, corpus.one), cold_runs,
                  scratch / "one.txt")
    # Every cache off (DISCLOSURE_LINT_NO_CACHE=1): what the first run after installing
    # or upgrading anything costs, before the start-up caches are written.
    first = repeat("cold: check one.txt, no caches at all", lint_command(linter, corpus.one),
                   cold_runs, scratch / "one.txt", env=dict(os.environ, DISCLOSURE_LINT_NO_CACHE="1"))
    cached = lint_command(linter, corpus.one, cache=True)
    measure(cached, scratch / "one.txt")  # fills the cache; the runs below are hits
    cold_cached = repeat("cold: check one.txt (cache hit)", cached, cold_runs,
                         scratch / "one.txt")
    bare = repeat("cold: python -c pass", [python, "-c", "pass"], cold_runs, scratch / "pass.txt")
    imports = repeat("cold: import lark, rich, pydantic", [python, "-c", IMPORT_LINE], cold_runs,
                     scratch / "imports.txt")
    return Results(corpus, j1, j2, floor, quarter, cold, cold_cached, first, bare, imports,
                   findings)


# ---------------------------------------------------------------- report


def _rate(series: Series, files: int, size: int) -> str:
    return (f"{files / series.median:8.0f} files/s  ({files / series.high:.0f}–{files / series.low:.0f})"
            f"  {size / series.median / 1e6:6.2f} MB/s")


def _row(series: Series, extra: str = "") -> str:
    timing = f"{series.median:8.3f} s  ({series.low:.3f}–{series.high:.3f})"
    return f"  {series.label:<40} {timing:<28} {extra}"


@dataclass
class Target:
    name: str
    value: float
    passed: bool
    shown: str


def targets(r: Results) -> list[Target]:
    files_per_s = r.corpus.files / r.j1.median
    speedup = r.j1.median / r.j2.median
    cold_ratio = r.cold.median / r.imports.median
    cached_ratio = r.cold_cached.median / r.imports.median
    memory_ratio = r.j1.peak_mib / r.quarter.peak_mib
    return [
        Target("bulk -j1 >= 1000 reports/s", files_per_s, files_per_s >= TARGET_FILES_PER_S,
               f"{files_per_s:.0f} reports/s"),
        Target("-j2 >= 1.7 x -j1", speedup, speedup >= TARGET_SPEEDUP, f"{speedup:.2f} x"),
        Target("cold start, no cache <= 0.6 x import", cold_ratio,
               cold_ratio <= TARGET_COLD_RATIO, f"{cold_ratio:.2f} x"),
        Target("cold start, cache hit <= 0.6 x import", cached_ratio,
               cached_ratio <= TARGET_COLD_RATIO, f"{cached_ratio:.2f} x"),
        Target("memory at N <= 1.5 x memory at N/4", memory_ratio, memory_ratio <= TARGET_MEMORY_RATIO,
               f"{memory_ratio:.2f} x"),
    ]


def report(r: Results, linter: Path, runs: int) -> list[str]:
    c = r.corpus
    one_size = c.one.stat().st_size
    lines = [
        f"disclosure-lint benchmark: N={c.files} reports, {c.size / 1e6:.2f} MB, "
        f"{runs} runs (cold start {len(r.cold.samples)}), median (min–max)",
        f"linter: {linter}",
        "",
        "throughput",
        _row(r.j1, _rate(r.j1, c.files, c.size)),
        _row(r.j2, _rate(r.j2, c.files, c.size)),
        _row(r.floor, _rate(r.floor, c.files, c.size)),
        _row(r.quarter, _rate(r.quarter, c.quarter_files, c.size * c.quarter_files // c.files)),
        f"  output of -j1: {r.findings}",
        "",
        f"cold start (one report, {one_size} bytes)",
        _row(r.cold), _row(r.cold_first), _row(r.cold_cached), _row(r.bare), _row(r.imports),
        "",
        "peak memory (RSS)",
        f"  {'bulk -j1 at N':<40} {r.j1.peak_mib:8.1f} MiB",
        f"  {'bulk -j1 at N/4':<40} {r.quarter.peak_mib:8.1f} MiB",
        "",
        "ratios",
        f"  {'lint -j1 / floor (files/s)':<40} {r.floor.median / r.j1.median:8.3f}",
        f"  {'-j2 / -j1 speed-up':<40} {r.j1.median / r.j2.median:8.2f} x",
        f"  {'cold start / import line (no cache)':<40} {r.cold.median / r.imports.median:8.2f}",
        f"  {'cold start / import line (no caches)':<40} "
        f"{r.cold_first.median / r.imports.median:8.2f}",
        f"  {'cold start / import line (cache hit)':<40} "
        f"{r.cold_cached.median / r.imports.median:8.2f}",
        f"  {'cold start - python -c pass':<40} {(r.cold.median - r.bare.median) * 1000:8.1f} ms",
        f"  {'memory N / N/4':<40} {r.j1.peak_mib / r.quarter.peak_mib:8.2f}",
        "",
        "targets",
    ]
    lines += [f"  {'PASS' if t.passed else 'FAIL'}  {t.name:<38} {t.shown}" for t in targets(r)]
    return lines


# ---------------------------------------------------------------- command line


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Time disclosure-lint on a generated corpus.")
    parser.add_argument("-n", type=int, default=2000, help="number of reports (default 2000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="generate the corpus into DIR and keep it")
    parser.add_argument("--quick", action="store_true", help="smoke run: n=200, runs=2")
    parser.add_argument("--linter", metavar="PATH", help="the disclosure-lint executable to time")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.runs = 200, 2
    if args.n < 4 or args.runs < 1:
        parser.error("need -n >= 4 and --runs >= 1")
    return args


def _with_corpus(args: argparse.Namespace, work: Callable[[Corpus, Path], int]) -> int:
    with tempfile.TemporaryDirectory(prefix="dl-bench-") as tmp:
        scratch = Path(tmp)
        root = args.keep if args.keep else scratch / "corpus"
        if args.keep and any(args.keep.rglob("*.txt")):
            print(f"{args.keep} already holds .txt files; use an empty or new folder", file=sys.stderr)
            return 2
        print(f"generating {args.n} reports in {root} ...", flush=True)
        corpus = build_corpus(root, args.n, scratch / "single")
        outputs = scratch / "out"
        outputs.mkdir()
        return work(corpus, outputs)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    linter = find_linter(args.linter)
    if linter is None:
        print(f"{LINTER_NAME} not found next to {sys.executable} or on PATH; install the package first.")
        return 2

    def work(corpus: Corpus, scratch: Path) -> int:
        os.environ["DISCLOSURE_LINT_CACHE_DIR"] = str(scratch / "result-cache")  # never the user's
        try:
            results = run_all(linter, corpus, args.runs, scratch)
        except ToolFailed as exc:
            print(f"benchmark aborted: {exc}")
            return 2
        print("\n".join(report(results, linter, args.runs)))
        return 0 if all(t.passed for t in targets(results)) else 1

    return _with_corpus(args, work)


if __name__ == "__main__":
    sys.exit(main())
