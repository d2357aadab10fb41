"""The result cache: a hit gives the same output without loading the parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import FIXTURES


def run(*args: str, cache: str, cwd: str | None = None, importtime: bool = False
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=cache)
    command = [sys.executable, *(["-X", "importtime"] if importtime else []),
               "-m", "disclosure_lint", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                          cwd=cwd)


def _entries(cache) -> list:
    return sorted(p for p in cache.rglob("*.json"))


def test_hit_gives_identical_output_without_importing_lark(tmp_path):
    cache = tmp_path / "cache"
    report = tmp_path / "r.txt"
    report.write_bytes((FIXTURES / "huimeng-2021.txt").read_bytes())
    for fmt in ("text", "json"):
        first = run("check", "--format", fmt, str(report), cache=str(cache))
        second = run("check", "--format", fmt, str(report), cache=str(cache),
                     importtime=True)
        assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
        imported = {line.split("|")[-1].strip() for line in second.stderr.splitlines()}
        assert "lark" not in imported and "disclosure_lint.parser" not in imported
    assert len(_entries(cache)) == 1  # one file, one settings → one entry


def test_changed_file_or_configuration_or_settings_is_a_miss(tmp_path):
    cache = tmp_path / "cache"
    report = tmp_path / "r.txt"
    report.write_bytes((FIXTURES / "huimeng-2021.txt").read_bytes())
    first = json.loads(run("check", "--format", "json", str(report), cache=str(cache)).stdout)
    assert "DL301" in {r["code"] for r in first}
    (tmp_path / "disclosure-lint.toml").write_text('ignore = ["DL301"]\n')
    second = json.loads(run("check", "--format", "json", str(report), cache=str(cache)).stdout)
    assert "DL301" not in {r["code"] for r in second}
    report.write_bytes((FIXTURES / "huimeng-2021-fixed.txt").read_bytes())
    third = run("check", "--format", "json", str(report), cache=str(cache))
    assert json.loads(third.stdout) == [] and third.returncode == 0
    english = json.loads(run("check", "--format", "json", "--lang", "en", "--isolated",
                             str(FIXTURES / "huimeng-2021.txt"), cache=str(cache)).stdout)
    assert all("应为" not in r["message"] for r in english)
    assert len(_entries(cache)) == 4


def test_no_cache_and_a_broken_cache(tmp_path):
    cache = tmp_path / "cache"
    report = str(FIXTURES / "huimeng-2021.txt")
    run("check", "--no-cache", report, cache=str(cache))
    assert _entries(cache) == []  # no result stored (the start-up caches may be)
    off = tmp_path / "off"
    offline = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(off), DISCLOSURE_LINT_NO_CACHE="1")
    subprocess.run([sys.executable, "-m", "disclosure_lint", "check", report],
                   capture_output=True, env=offline, timeout=120)
    assert not off.exists()  # with the variable set nothing at all is written
    good = run("check", "--format", "json", report, cache=str(cache))
    (entry,) = _entries(cache)
    entry.write_text("{not json")
    again = run("check", "--format", "json", report, cache=str(cache))
    assert again.stdout == good.stdout and again.stderr == ""
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache folder should be")  # unwritable, even as root
    other = run("check", "--format", "json", str(FIXTURES / "clean-2022-tab.txt"),
                cache=str(blocked))
    assert (other.returncode, other.stdout.strip(), other.stderr) == (0, "[]", "")
    assert blocked.read_text() == "a file where the cache folder should be"


def test_editing_the_package_a_rule_or_the_grammar_starts_afresh(tmp_path, monkeypatch):
    """The cache key covers this package's own source tree: an edited rule or grammar
    (an editable install, a patched deployment) must never be answered from the cache."""
    from disclosure_lint import cache

    package = tmp_path / "disclosure_lint"
    for folder, name in ((package, "engine.py"), (tmp_path / "rules", "row_total.py"),
                         (tmp_path / "grammar", "report.lark"),
                         (package / "__pycache__", "engine.cpython-311.pyc")):
        folder.mkdir(exist_ok=True)
        (folder / name).write_text("x = 1\n")
    monkeypatch.setattr(cache, "__file__", str(package / "cache.py"))
    before = cache.environment()
    assert cache.environment() == before  # stable
    (package / "__pycache__" / "engine.cpython-311.pyc").write_text("compiled again")
    assert cache.environment() == before  # compiled files do not count
    for edited in (package / "engine.py", tmp_path / "rules" / "row_total.py",
                   tmp_path / "grammar" / "report.lark"):
        key = cache.environment()
        edited.write_text(edited.read_text() + "y = 2\n")
        assert cache.environment() != key, edited
    key = cache.environment()
    (tmp_path / "rules" / "new_rule.py").write_text("")
    assert cache.environment() != key  # a rule added
