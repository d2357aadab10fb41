"""The start-up caches: compiled patterns and the rules' entry points.

Both exist only to make ``check`` start faster; neither may ever change a result.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import FIXTURES
from test_plugins import _install_plugin

from disclosure_lint import patterns, registry

SAMPLES = [
    (r"[\u4e00-\u9fff]{2,}(?P<n>\d+)", 0),
    (r"^(?:第(?P<part>[一二三四五六])部分|(?P<ord>[一二三四五六])、)(?P<title>.*)$", 0),
    (r"<(p|h[1-6])[^>]*>(.*?)</\1>", re.IGNORECASE),
    (r"""
        (?P<a>\d+) \s* 件   # a count
    """, re.VERBOSE),
    (r"(?<![上下])结转(?!下)", 0),
]
TEXTS = ["第三部分收到和处理政府信息公开申请情况", "三、依申请公开", "<P class=x>总体情况</p>",
         "新收申请 12 件", "上年结转3件，本年结转下年2件", "abc"]


def _same(ours: re.Pattern[str], theirs: re.Pattern[str]) -> None:
    assert ours == theirs  # same pattern, flags and matcher code
    assert (ours.groups, ours.groupindex) == (theirs.groups, theirs.groupindex)
    for text in TEXTS:
        assert [m.groupdict() or m.groups() for m in ours.finditer(text)] == \
            [m.groupdict() or m.groups() for m in theirs.finditer(text)]


def _reset(monkeypatch, directory) -> None:
    monkeypatch.setenv("DISCLOSURE_LINT_CACHE_DIR", str(directory))
    monkeypatch.delenv("DISCLOSURE_LINT_NO_CACHE", raising=False)
    monkeypatch.setattr(patterns, "_known", None)
    monkeypatch.setattr(patterns, "_added", False)


def test_a_pattern_compiled_afresh_equals_re_compile(tmp_path, monkeypatch):
    _reset(monkeypatch, tmp_path)
    for pattern, flags in SAMPLES:
        _same(patterns.compile(pattern, flags), re.compile(pattern, flags))


def _save_samples(monkeypatch, directory) -> None:
    _reset(monkeypatch, directory)
    for pattern, flags in SAMPLES:
        patterns.compile(pattern, flags)
    patterns.save()
    assert os.path.isfile(patterns._path()) and patterns._path().startswith(str(directory))


def _parsed_while_compiling(monkeypatch, directory) -> int:
    """How many samples ``patterns.compile`` parsed afresh, starting from the file; each
    result is checked against ``re.compile``."""
    _reset(monkeypatch, directory)
    expected = [re.compile(pattern, flags) for pattern, flags in SAMPLES]  # before the spy
    parsed: list[object] = []
    original = patterns._parser.parse
    monkeypatch.setattr(patterns._parser, "parse",
                        lambda *args: parsed.append(args) or original(*args))
    for (pattern, flags), theirs in zip(SAMPLES, expected):
        _same(patterns.compile(pattern, flags), theirs)
    return len(parsed)


def test_a_pattern_read_back_from_the_file_equals_re_compile(tmp_path, monkeypatch):
    _save_samples(monkeypatch, tmp_path)
    assert _parsed_while_compiling(monkeypatch, tmp_path) == 0  # all came from the file


def test_a_damaged_or_foreign_file_is_ignored(tmp_path, monkeypatch):
    for content in (b"", b"not marshal at all", b"\x00" * 64):
        _reset(monkeypatch, tmp_path)
        with open(patterns._path(), "wb") as handle:
            handle.write(content)
        for pattern, flags in SAMPLES:
            _same(patterns.compile(pattern, flags), re.compile(pattern, flags))


def test_a_changed_byte_in_the_pattern_file_is_never_used(tmp_path, monkeypatch):
    """A damaged matcher code could still pass ``_sre``'s check and match wrongly: the
    file is sealed with a CRC-32, and a damaged one is not read."""
    _save_samples(monkeypatch, tmp_path)
    path = patterns._path()
    good = open(path, "rb").read()
    for position in range(0, len(good), max(1, len(good) // 30)):
        damaged = bytearray(good)
        damaged[position] ^= 0x20
        with open(path, "wb") as handle:
            handle.write(bytes(damaged))
        monkeypatch.setattr(patterns, "_known", None)
        assert patterns._load() == {}
        for pattern, flags in SAMPLES:
            _same(patterns.compile(pattern, flags), re.compile(pattern, flags))


def test_a_file_of_another_user_is_not_trusted(tmp_path, monkeypatch):
    import pytest

    _save_samples(monkeypatch, tmp_path)
    try:
        os.chown(patterns._path(), os.getuid() + 4242, -1)
    except (PermissionError, AttributeError):
        pytest.skip("cannot give a file to another user here")
    assert _parsed_while_compiling(monkeypatch, tmp_path) == len(SAMPLES)  # file not read


def test_no_file_is_written_when_caching_is_off(tmp_path, monkeypatch):
    _reset(monkeypatch, tmp_path)
    monkeypatch.setenv("DISCLOSURE_LINT_NO_CACHE", "1")
    patterns.compile(r"无缓存(\d+)")
    patterns.save()
    assert list(tmp_path.iterdir()) == []


def _rules_listing(env: dict[str, str]) -> list[str]:
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "rules", "--format", "json"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return [r["code"] for r in json.loads(out.stdout)]


def test_entry_points_are_read_from_the_cache_and_a_new_plugin_is_still_found(tmp_path):
    cache, site = tmp_path / "cache", tmp_path / "site"
    site.mkdir()
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(cache), PYTHONPATH=str(site))
    env.pop("DISCLOSURE_LINT_NO_CACHE", None)
    before = _rules_listing(env)
    assert list(cache.glob("entry-points-*.marshal")) and "XX900" not in before
    # A warm cache: the same command loads the rules without importlib.metadata.
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "disclosure_lint", "rules",
                          "--format", "json"], capture_output=True, text=True, env=env,
                         timeout=60)
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines()}
    assert [r["code"] for r in json.loads(out.stdout)] == before
    assert "disclosure_lint.registry" in imported and "importlib.metadata" not in imported
    # Installing a distribution changes the fingerprint: the plugin is picked up.
    _install_plugin(site)
    assert _rules_listing(env) == sorted(before + ["XX900"])
    # So does editing its entry points in place (the folder's own time stays the same).
    info = site / "xx_plugin-0.1.dist-info"
    folder_time = info.stat().st_mtime_ns
    points = info / "entry_points.txt"
    points.write_text("[disclosure_lint.rules]\n")
    os.utime(points, ns=(points.stat().st_atime_ns, points.stat().st_mtime_ns + 10**9))
    os.utime(info, ns=(info.stat().st_atime_ns, folder_time))
    assert _rules_listing(env) == before


def test_a_damaged_entry_point_cache_is_read_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("DISCLOSURE_LINT_NO_CACHE", raising=False)
    path = registry._cache_path()
    assert os.path.dirname(path) == str(tmp_path)
    with open(path, "wb") as handle:
        handle.write(b"garbage")
    points = registry.entry_points()
    assert ("DL211", "disclosure_lint.rules.row_total:RULE") in points
    assert registry.entry_points() == points  # now written, and read back the same
    good = open(path, "rb").read()
    damaged = good.replace(b"row_total", b"row_tutal")  # a changed byte, still marshal
    assert damaged != good
    with open(path, "wb") as handle:
        handle.write(damaged)
    assert registry.entry_points() == points  # not read: scanned afresh


def test_results_are_the_same_with_cold_and_warm_start_caches(tmp_path):
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    env.pop("DISCLOSURE_LINT_NO_CACHE", None)
    command = [sys.executable, "-m", "disclosure_lint", "check", "--no-cache", "--format",
               "json", str(FIXTURES / "huimeng-2021.txt")]
    cold = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert list(tmp_path.glob("patterns-*.marshal"))
    warm = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert cold.returncode == warm.returncode == 1
    assert json.loads(cold.stdout) == json.loads(warm.stdout) != []


def test_package_and_rule_patterns_go_through_the_pattern_cache():
    """A module-level ``re.compile`` in the package or a built-in rule would be compiled
    afresh by every run (``patterns.compile`` is the cached equivalent)."""
    root = FIXTURES.parent
    offenders = []
    for folder in ("disclosure_lint", "rules"):
        for path in sorted((root / folder).rglob("*.py")):
            if path.name == "patterns.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "re.compile(" in line and 're.compile(rb"' not in line:
                    offenders.append(f"{path.relative_to(root)}:{number}")
    assert offenders == []


def test_a_fifo_or_folder_in_place_of_a_cache_file_does_not_block_or_fail(tmp_path):
    """Another user's FIFO named like a cache file must not hang the run (found by review)."""
    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    env.pop("DISCLOSURE_LINT_NO_CACHE", None)
    command = [sys.executable, "-m", "disclosure_lint", "check", "--no-cache", "--format",
               "json", str(FIXTURES / "huimeng-2021.txt")]
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    names = sorted(p.name for p in tmp_path.glob("*.marshal"))
    assert any(n.startswith("patterns-") for n in names) and \
        any(n.startswith("entry-points-") for n in names)
    for index, name in enumerate(names):
        (tmp_path / name).unlink()
        if index % 2:
            (tmp_path / name).mkdir()
        else:
            os.mkfifo(tmp_path / name)
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert (again.returncode, again.stdout, again.stderr) == \
        (first.returncode, first.stdout, first.stderr)


def _dist(folder, name, entry_points: str | None) -> None:
    info = folder / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points)


def test_the_fingerprint_sees_eggs_zips_odd_entries_and_nothing_else(tmp_path, monkeypatch):
    from pathlib import Path

    from disclosure_lint import cachedir

    site, egg, archive = tmp_path / "site", tmp_path / "x.egg", tmp_path / "plugin.zip"
    site.mkdir()
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "entry_points.txt").write_text("[disclosure_lint.rules]\n")
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    _dist(site, "alpha", "[disclosure_lint.rules]\n")
    (site / "broken.dist-info").symlink_to(tmp_path / "nowhere")  # a dangling link
    monkeypatch.setattr(sys, "path", [str(site), str(egg), Path(archive), 42])  # odd entries
    before = cachedir.distributions()
    assert "alpha-0.1.dist-info" in before and "broken.dist-info" in before
    (site / "report.txt").write_text("files other than distributions do not count")
    assert cachedir.distributions() == before

    def bump(path):
        info = path.stat()
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))

    for changed in (egg / "EGG-INFO" / "entry_points.txt", archive,
                    site / "alpha-0.1.dist-info" / "entry_points.txt"):
        bump(changed)
        after = cachedir.distributions()
        assert after != before, changed
        before = after
    _dist(site, "beta", None)
    assert cachedir.distributions() != before
    # a non-string entry on sys.path is no error either, and names its own file
    with_odd = registry._cache_path()
    monkeypatch.setattr(sys, "path", [str(site), str(egg), Path(archive)])
    assert os.path.basename(with_odd).startswith("entry-points-")
    assert registry._cache_path() != with_odd


def test_a_zip_plugin_rebuilt_in_place_is_seen(tmp_path):
    import zipfile

    from test_plugins import PLUGIN

    archive = tmp_path / "plugin.zip"

    def build(points: str) -> None:
        with zipfile.ZipFile(archive, "w") as out:
            out.writestr("xx_plugin.py", PLUGIN)
            out.writestr("xx_plugin-0.1.dist-info/METADATA",
                         "Metadata-Version: 2.1\nName: xx-plugin\nVersion: 0.1\n")
            out.writestr("xx_plugin-0.1.dist-info/entry_points.txt", points)

    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=str(archive))
    env.pop("DISCLOSURE_LINT_NO_CACHE", None)
    build("[disclosure_lint.rules]\nXX900 = xx_plugin:RULE\n")
    assert "XX900" in _rules_listing(env)
    build("[disclosure_lint.rules]\n")
    info = archive.stat()
    os.utime(archive, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))
    assert "XX900" not in _rules_listing(env)


@pytest.mark.parametrize("value, off", [("", False), ("0", False), ("false", False),
                                         ("no", False), ("1", True), ("yes", True)])
def test_the_no_cache_variable(monkeypatch, value, off):
    from disclosure_lint.cachedir import caching_disabled

    monkeypatch.setenv("DISCLOSURE_LINT_NO_CACHE", value)
    assert caching_disabled() is off
