"""The published hook, run by pre-commit itself as a repository of reports would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("pre-commit") is None,
                                reason="pre-commit is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_hook_blocks_a_bad_report_and_passes_a_good_one(tmp_path):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "clerk@example.org")
    _git(tmp_path, "config", "user.name", "clerk")
    bad = tmp_path / "2021年报.txt"
    good = tmp_path / "2021年报-改.txt"
    bad.write_bytes((FIXTURES / "huimeng-2021.txt").read_bytes())
    good.write_bytes((FIXTURES / "huimeng-2021-fixed.txt").read_bytes())
    _git(tmp_path, "add", ".")
    run = [shutil.which("pre-commit"), "try-repo", str(ROOT), "disclosure-lint", "--files"]
    failed = subprocess.run([*run, bad.name], cwd=tmp_path, capture_output=True, text=True,
                            timeout=600)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "DL301" in failed.stdout and "DL203" in failed.stdout
    passed = subprocess.run([*run, good.name], cwd=tmp_path, capture_output=True, text=True,
                            timeout=600)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert bad.read_bytes() == (FIXTURES / "huimeng-2021.txt").read_bytes()  # never modified
