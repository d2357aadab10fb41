"""The benchmark itself: it judges each target from the measurements, and a small run
prints the whole table (speed is measured by running it, never asserted here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run
from run import Corpus, Results, Sample, Series, targets


def _series(label: str, seconds: float, peak_kib: int = 20_000) -> Series:
    return Series(label, [Sample(seconds, peak_kib)])


def _results(j1: float = 1.0, j2: float = 0.5, cold: float = 0.05, hit: float = 0.03,
             imports: float = 0.1, peak_n: int = 20_000, peak_quarter: int = 20_000) -> Results:
    corpus = Corpus(Path("c"), Path("c/a"), Path("one.txt"), 1000, 250, 8_000_000)
    return Results(corpus, _series("j1", j1, peak_n), _series("j2", j2),
                   _series("floor", 0.1), _series("quarter", 0.25, peak_quarter),
                   _series("cold", cold), _series("hit", hit), _series("first", 0.2),
                   _series("bare", 0.01), _series("imports", imports), "-")


def _verdicts(results: Results) -> dict[str, bool]:
    return {t.name.split()[0] + (" hit" if "hit" in t.name else ""): t.passed
            for t in targets(results)}


def test_every_target_passes_at_its_bound_and_fails_beyond_it():
    assert all(_verdicts(_results()).values())
    assert _verdicts(_results(j1=1.0))["bulk"]  # 1,000 files in 1.0 s: exactly the target
    assert not _verdicts(_results(j1=1.002))["bulk"]
    assert not _verdicts(_results(j1=1.0, j2=0.6))["-j2"]  # 1.67 x
    assert _verdicts(_results(j1=1.0, j2=1 / 1.7))["-j2"]
    assert _verdicts(_results(cold=0.06))["cold"]  # 0.6 x the import line
    assert not _verdicts(_results(cold=0.061))["cold"]
    assert not _verdicts(_results(hit=0.07))["cold hit"]
    assert not _verdicts(_results(peak_n=31_000))["memory"]  # 1.55 x the memory at N/4


def test_a_small_run_prints_the_table(capsys):
    if run.find_linter(None) is None:
        pytest.skip("disclosure-lint is not installed next to this Python")
    code = run.main(["-n", "8", "--runs", "1"])
    out = capsys.readouterr().out
    assert code in (0, 1), out
    for label in ("bulk -j1", "bulk -j2", "floor: read + decode", "bulk -j1 on N/4",
                  "cold: check one.txt --no-cache", "cold: check one.txt, no caches at all",
                  "cold: check one.txt (cache hit)", "cold: python -c pass",
                  "cold: import lark, rich, pydantic", "lint -j1 / floor (files/s)",
                  "cold start / import line (no cache)", "memory N / N/4"):
        assert f"  {label}" in out, label
    assert "findings in" in out  # the -j1 output was read back as JSON
    verdicts = [line.split()[0] for line in out.splitlines()
                if line.startswith(("  PASS", "  FAIL"))]
    assert len(verdicts) == 5
    assert (code == 0) == (verdicts == ["PASS"] * 5)
