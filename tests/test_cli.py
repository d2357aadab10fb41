"""The command line as users and tools call it: exit codes, formats, stdin."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from conftest import FIXTURES

from disclosure_lint.cli import main

SEED = str(FIXTURES / "huimeng-2021.txt")
FIXED = str(FIXTURES / "huimeng-2021-fixed.txt")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "disclosure_lint", *args], input=stdin,
                          capture_output=True, timeout=120, text=stdin is None) \
        if stdin is None else subprocess.run(
            [sys.executable, "-m", "disclosure_lint", *args], input=stdin,
            capture_output=True, timeout=120)


def test_exit_codes(capsys):
    assert main(["check", FIXED]) == 0
    assert main(["check", SEED]) == 1
    assert main(["check", "--exit-zero", SEED]) == 0
    assert main(["check", "--select", "DL301", SEED]) == 0  # a warning only
    assert main(["check", "--select", "DL301", "--strict", SEED]) == 1
    assert main(["check", "no/such/file.txt"]) == 2
    assert main(["check", "--select", "DL999", SEED]) == 2
    assert main(["check", "--format", "yaml", SEED]) == 2
    assert main(["check", "--previous", SEED, SEED]) == 2  # cross-year checks: not yet
    err = capsys.readouterr().err
    assert "no such file or directory: no/such/file.txt" in err
    assert "unknown rule code or name: DL999" in err


def test_text_output_has_frame_and_summary():
    out = run("check", SEED)
    assert out.returncode == 1
    assert f"{SEED}:37:91: DL301 [警告]" in out.stdout
    assert " 37 │ " in out.stdout and "^^^^" in out.stdout
    assert out.stdout.rstrip().endswith("检查了 1 个文件，发现 13 个问题（错误 3，警告 4，提示 6）。")


def test_clean_run_is_one_line():
    out = run("check", FIXED)
    assert (out.returncode, out.stdout) == (0, "检查了 1 个文件，未发现问题。\n")
    assert run("check", "--lang", "en", FIXED).stdout == "Checked 1 file(s): no problems found.\n"


def test_json_output_contract():
    out = run("check", "--format", "json", SEED)
    records = json.loads(out.stdout)
    assert set(records[0]) == {"path", "line", "column", "end_line", "end_column", "code",
                               "name", "severity", "message", "hint", "related"}
    dup = next(r for r in records if r["code"] == "DL301")
    assert (dup["line"], dup["column"], dup["name"], dup["severity"]) == \
        (37, 91, "duplicate-listed-item", "warning")
    assert dup["end_column"] - dup["column"] == len("“会盟镇政府信息公开考核评议制度”")
    assert dup["related"] == [{"line": 37, "column": 73, "note": "第一次列出"}]


def test_select_and_ignore_by_prefix_and_name():
    out = json.loads(run("check", "--format", "json", "--select", "DL2", "--ignore",
                         "cell-count", SEED).stdout)
    assert {r["code"] for r in out} == {"DL205"}


def test_stdin_and_directories(tmp_path):
    data = (FIXTURES / "huimeng-2021.txt").read_bytes()
    out = run("check", "--format", "json", "-", stdin=data)
    records = json.loads(out.stdout)
    assert out.returncode == 1 and {r["path"] for r in records} == {"-"}
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_bytes(data)
    (tmp_path / "a" / "y.md").write_bytes((FIXTURES / "huimeng-2021-fixed.txt").read_bytes())
    (tmp_path / "a" / "ignored.json").write_text("{}")
    out = run("check", "--format", "json", "-j", "2", str(tmp_path))
    assert {r["path"].rsplit("/", 1)[-1] for r in json.loads(out.stdout)} == {"x.txt"}


def test_unreadable_input_is_a_finding_not_a_crash(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = run("check", "--format", "json", str(empty), str(binary))
    records = json.loads(out.stdout)
    assert [(r["code"], r["line"]) for r in records] == [("DL001", 1), ("DL001", 1)]
    assert out.returncode == 1 and "Traceback" not in out.stderr


def test_not_a_report(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("关于开展植树活动的通知\n各单位：请于3月12日参加。\n", encoding="utf-8")
    records = json.loads(run("check", "--format", "json", str(note)).stdout)
    assert [r["code"] for r in records] == ["DL002"]


@pytest.mark.parametrize("fmt", ["sarif", "github", "csv"])
def test_other_formats(fmt):
    out = run("check", "--format", fmt, SEED)
    assert out.returncode == 1
    if fmt == "sarif":
        log = json.loads(out.stdout)
        assert log["version"] == "2.1.0"
        assert len(log["runs"][0]["results"]) == 13
        assert {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]} >= {"DL301", "DL701"}
    elif fmt == "github":
        assert f"::warning file={SEED},line=37,col=91" in out.stdout
    else:
        rows = list(csv.reader(io.StringIO(out.stdout)))
        assert rows[0][:4] == ["path", "line", "column", "code"] and len(rows) == 14


def test_statistics():
    out = run("check", "--statistics", SEED)
    assert "     3  DL203  cell-count" in out.stdout


def test_rules_explain_parse():
    listing = json.loads(run("rules", "--format", "json").stdout)
    assert {"DL001", "DL211", "DL401"} <= {r["code"] for r in listing}
    text = run("rules").stdout
    assert "DL301" in text and "duplicate-listed-item" in text
    for key in ("DL211", "row-total", "dl211"):
        shown = run("explain", key)
        assert shown.returncode == 0 and shown.stdout.startswith("DL211 row-total")
        assert "Example (fails)" in shown.stdout and "Use instead" in shown.stdout
    assert run("explain", "DL999").returncode == 2
    fee = run("explain", "DL216", "--lang", "en").stdout  # options of a named tuple
    assert "Options ([tool.disclosure-lint.rules.fee-amount]):\n" \
           "  max-decimals (int) = 4\n  township-max (float) = 1000.0\n" in fee
    assert "Options: none" in run("explain", "DL211", "--lang", "en").stdout
    model = json.loads(run("parse", SEED).stdout)
    assert model["year"] == 2021 and model["agency"] == "会盟镇人民政府"
    assert [s["ordinal"] for s in model["sections"]] == [1, 2, 3, 4, 5, 6]
    assert len(model["tables"]["T3"]["rows"]) == 25


def test_console_script_is_installed():
    import shutil

    exe = shutil.which("disclosure-lint", path=str(__import__("pathlib").Path(
        sys.executable).parent))
    assert exe is not None
    out = subprocess.run([exe, "check", FIXED], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0


def test_progress_bar_keeps_standard_output_clean(tmp_path):
    out = run("check", "--progress", "--format", "json", "--exit-zero",
              str(FIXTURES / "generated"))
    records = json.loads(out.stdout)
    reports = {r["path"] for r in records if r["path"].endswith(".txt")}
    assert out.returncode == 0 and len(reports) == 32  # the 32 with a planted defect


def test_progress_bar_is_drawn_on_a_terminal(tmp_path):
    """On a terminal (FORCE_COLOR stands in for one) the bar counts up to every file and
    is erased at the end; standard output still holds only the JSON."""
    import os

    env = dict(os.environ, FORCE_COLOR="1", DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    files = len([p for p in (FIXTURES / "generated").iterdir() if p.suffix in (".txt", ".md")])
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check", "--progress",
                          "--format", "json", "--exit-zero", str(FIXTURES / "generated")],
                         capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0 and json.loads(out.stdout)
    assert "checking" in out.stderr
    assert f"0/{files}" in out.stderr and f"{files}/{files}" in out.stderr
    assert out.stderr.endswith("\x1b[2K")  # transient: the last thing written erases it


class _PidLinter:
    """A stand-in linter telling which process linted each file."""

    def lint_bytes(self, data: bytes, path: str):
        import os
        import time

        from disclosure_lint.diagnostics import FileResult

        time.sleep(0.01)  # long enough that both workers get chunks to lint
        return FileResult(path, errors=[str(os.getpid())])


def test_jobs_lint_in_worker_processes_and_keep_the_input_order(tmp_path):
    import os

    from disclosure_lint.commands.check import results

    paths = []
    for index in range(40):
        path = tmp_path / f"{index:02}.txt"
        path.write_text("x")
        paths.append(str(path))
    tasks = [(path, 0) for path in paths]
    serial = list(results([_PidLinter()], tasks, 1, "-"))
    assert {r.errors[0] for r in serial} == {str(os.getpid())}
    parallel = list(results([_PidLinter()], tasks, 2, "-"))
    assert [r.path for r in parallel] == paths
    workers = {r.errors[0] for r in parallel}
    assert str(os.getpid()) not in workers and len(workers) == 2


class _GcLinter:
    """A stand-in linter telling the collector's thresholds while it lints."""

    def lint_bytes(self, data: bytes, path: str):
        import gc

        from disclosure_lint.diagnostics import FileResult

        return FileResult(path, errors=[repr(gc.get_threshold())])


def test_a_bulk_run_tunes_the_collector_and_then_restores_it(tmp_path):
    import gc

    from disclosure_lint.commands.check import _BULK_THRESHOLDS, results

    paths = []
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text("x")
        paths.append(str(tmp_path / f"{index}.txt"))
    before = gc.get_threshold()
    assert before != _BULK_THRESHOLDS
    seen = {r.errors[0] for r in results([_GcLinter()], [(p, 0) for p in paths], 1, "-")}
    assert seen == {repr(_BULK_THRESHOLDS)}
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_jobs_with_spawned_workers_as_on_windows(tmp_path):
    """Windows starts worker processes with spawn, which pickles the linters (found by
    review: an empty default mapping that could not be pickled broke ``-j2`` there)."""
    import os
    import pickle

    from disclosure_lint.model import Span
    from disclosure_lint.rule import Finding
    from disclosure_lint.selection import Selection

    assert pickle.loads(pickle.dumps(Selection())) == Selection()
    assert pickle.loads(pickle.dumps(Finding("DL211", Span(0, 1), "m"))).args == {}
    probe = ("import multiprocessing, sys\n"
             "from disclosure_lint import cli\n"
             "real = multiprocessing.get_context\n"
             "multiprocessing.get_context = lambda method=None: real('spawn')\n"
             "sys.exit(cli.main(sys.argv[1:]))\n")
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    args = ["check", "--no-cache", "--format", "json", "--exit-zero",
            str(FIXTURES / "generated")]
    spawned = subprocess.run([sys.executable, "-c", probe, *args, "-j2"], capture_output=True,
                             text=True, timeout=300, env=env, cwd=tmp_path)
    serial = subprocess.run([sys.executable, "-m", "disclosure_lint", *args], capture_output=True,
                            text=True, timeout=300, env=env)
    assert spawned.returncode == 0, spawned.stderr[-800:]
    assert json.loads(spawned.stdout) == json.loads(serial.stdout) != []


def test_year_option_overrides_the_title_and_keys_the_cache(tmp_path):
    import os

    fixed = str(FIXTURES / "huimeng-2021-fixed.txt")
    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    command = [sys.executable, "-m", "disclosure_lint", "check", "--format", "json", fixed]
    plain = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert json.loads(plain.stdout) == []
    for _ in range(2):  # the second run is a cache hit: the year must be part of its key
        other = subprocess.run(command + ["--year", "2022"], capture_output=True, text=True,
                               env=env, timeout=60)
        found = [(r["code"], r["line"]) for r in json.loads(other.stdout)]
        assert ("DL401", 7) in found and all(code == "DL401" for code, _ in found)


def test_a_clean_report_is_checked_without_importing_rich(tmp_path):
    import os

    env = dict(os.environ, DISCLOSURE_LINT_CACHE_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "disclosure_lint", "check",
                          "--no-cache", str(FIXTURES / "huimeng-2021-fixed.txt")],
                         capture_output=True, text=True, env=env, timeout=60)
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines()}
    assert out.returncode == 0 and "disclosure_lint.engine" in imported
    assert not {name for name in imported if name == "rich" or name.startswith("rich.")}
    assert "pydantic" not in imported  # no configuration file to validate


def test_help_and_usage_errors_name_every_command(capsys):
    """Only the named command's parser is built; the others still show everywhere else."""
    for argv in (["--help"], ["--version"], ["chek", "x"], [], ["check", "--help"],
                 ["check", "x", "--bogus"]):
        with pytest.raises(SystemExit):
            from disclosure_lint.cli import _parser

            _parser(argv).parse_args(argv)
    out = capsys.readouterr()
    assert "usage: disclosure-lint [-h] [--version] {check,rules,explain,parse}" in out.out
    assert "  check " in out.out and "  parse " in out.out
    assert out.err.count("{check,rules,explain,parse}") == 3  # typo, no command, bad option
    assert "unrecognized arguments: --bogus" in out.err
    assert "invalid choice: 'chek'" in out.err
    assert "--no-cache" in out.out and "--cache-dir" in out.out  # check --help
    assert main(["chek", "x"]) == 2 and main(["explain"]) == 2


def _frame_text(diag) -> str:
    from disclosure_lint.render.text import TextRenderer

    frame = TextRenderer("zh", io.StringIO())._frame(diag)
    return "" if frame is None else frame.plain


def test_a_very_long_line_is_kept_as_a_window_with_the_same_frame():
    """A crawled page on one line (megabytes, thousands of findings): each diagnostic
    keeps a window of the line, not a copy of it (found by review: MemoryError), and the
    code frame shows the same excerpt and underline as from the whole line."""
    import random

    from disclosure_lint.diagnostics import SOURCE_LIMIT, Diagnostic, Severity, source_window

    rng = random.Random(7)
    text = "标题\n" + "".join(rng.choice("政府信息公开，年度报告。0123456789") for _ in range(5000))
    line_start, line_end = 3, len(text)
    for offset in [3, 4, 100, 560, 2500, 4400, 4999, len(text) - 1]:
        window, column = source_window(text, line_start, line_end, offset)
        assert len(window) == SOURCE_LIMIT and text.find(window, line_start) >= 0
        assert window == text[line_start + column - 1:line_start + column - 1 + SOURCE_LIMIT]
        for width in (1, 7):
            start = offset - line_start + 1
            whole = Diagnostic("p", 2, start, 2, start + width, "DL701", "x", Severity.INFO,
                               "m", None, (), text[line_start:line_end])
            kept = whole._replace(source_line=window, source_column=column)
            assert _frame_text(kept) == _frame_text(whole), offset
    short = source_window(text, 0, 2, 1)
    assert short == ("标题", 1)


def test_a_huge_one_line_report_keeps_small_diagnostics(tmp_path):
    from disclosure_lint.diagnostics import SOURCE_LIMIT
    from disclosure_lint.engine import Linter
    from disclosure_lint.registry import load_rules

    line = ("一、总体情况,本机关收到申请3件,公开2件," * 4000)
    result = Linter(load_rules()).lint_bytes(line.encode("utf-8"), "big.txt")
    assert len(result.diagnostics) > 10 and not result.errors
    assert all(len(d.source_line) <= SOURCE_LIMIT for d in result.diagnostics)
    assert {d.source_line for d in result.diagnostics} != {""}
