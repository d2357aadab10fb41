"""Configuration files: discovery, every key, precedence with the command line, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import FIXTURES

from disclosure_lint import config as config_module
from disclosure_lint.cli import main
from disclosure_lint.config import ConfigFinder, Deadlines
from disclosure_lint.engine import Linter
from disclosure_lint.errors import UsageError
from disclosure_lint.model import Span
from disclosure_lint.registry import load_rules
from disclosure_lint.rule import Rule, Severity, Text, finding

SEED = FIXTURES / "huimeng-2021.txt"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def seed_copy(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEED, path)
    return path


def run(*args: str, cwd: Path, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "disclosure_lint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env=env, input=stdin)


def check_json(capsys, *args: str) -> tuple[int, list[dict]]:
    """``disclosure-lint check --format json ARGS`` in-process: exit status and records."""
    status = main(["check", "--format", "json", *args])
    out = capsys.readouterr().out
    return status, json.loads(out) if out.strip() else []


def found(records: list[dict]) -> set[tuple[str, str]]:
    return {(Path(r["path"]).name, r["code"]) for r in records}


# -- discovery -----------------------------------------------------------------------------


def test_discovery_nearest_wins(tmp_path):
    rules = load_rules()
    write(tmp_path / "disclosure-lint.toml", 'ignore = ["DL301"]\n')
    write(tmp_path / "a" / "b" / "disclosure-lint.toml", 'ignore = ["DL2"]\n')
    finder = ConfigFinder(rules)
    top = finder.for_path(str(tmp_path / "x.txt"))
    mid = finder.for_path(str(tmp_path / "a" / "x.txt"))
    deep = finder.for_path(str(tmp_path / "a" / "b" / "c" / "d" / "x.txt"))
    assert top is mid and top.ignore == ("DL301",)
    assert deep.ignore == ("DL2",) and deep.root == str(tmp_path / "a" / "b")


def test_discovery_file_beats_pyproject_and_pyproject_without_table_is_skipped(tmp_path):
    rules = load_rules()
    write(tmp_path / "pyproject.toml", """
        [tool.disclosure-lint]
        ignore = ["DL301"]
    """)
    write(tmp_path / "both" / "pyproject.toml", """
        [tool.disclosure-lint]
        ignore = ["DL203"]
    """)
    write(tmp_path / "both" / "disclosure-lint.toml", 'ignore = ["DL205"]\n')
    # a project of its own with another tool's settings (and our name in it): skipped
    write(tmp_path / "other" / "pyproject.toml", """
        [project]
        name = "reports"
        dependencies = ["disclosure-lint"]
        [tool.ruff]
        line-length = 99
    """)
    finder = ConfigFinder(rules)
    assert finder.for_path(str(tmp_path / "both" / "x.txt")).ignore == ("DL205",)
    skipped = finder.for_path(str(tmp_path / "other" / "deep" / "x.txt"))
    assert skipped.path == str(tmp_path / "pyproject.toml") and skipped.ignore == ("DL301",)


def test_no_configuration_anywhere(tmp_path):
    assert ConfigFinder(load_rules()).for_path(str(tmp_path / "x.txt")) is None


def test_each_configuration_file_is_parsed_once(tmp_path, monkeypatch):
    write(tmp_path / "disclosure-lint.toml", 'ignore = ["DL301"]\n')
    calls = []
    real = config_module._load
    monkeypatch.setattr(config_module, "_load", lambda *a: calls.append(a) or real(*a))
    finder = ConfigFinder(load_rules())
    for i in range(50):
        finder.for_path(str(tmp_path / f"d{i % 3}" / f"{i}.txt"))
    assert len(calls) == 1


def test_every_key_is_read(tmp_path):
    path = write(tmp_path / "pyproject.toml", """
        [tool.disclosure-lint]
        select = ["DL2", "duplicate-listed-item"]
        ignore = ["DL207"]
        extend-select = ["DL401"]
        severity = {DL3 = "error", DL302 = "info", cell-count = "warning"}
        per-file-ignores = {"drafts/*.txt" = ["DL4"]}
        template = "2019"
        lang = "en"

        [tool.disclosure-lint.deadline]
        township = "02-20"
    """)
    config = ConfigFinder(load_rules()).load(str(path), explicit=True)
    assert config.select == ("DL2", "duplicate-listed-item")
    assert (config.ignore, config.extend_select) == (("DL207",), ("DL401",))
    # a prefix sets its rules; a rule's own code or name overrides its prefix
    assert config.severity["DL301"] is Severity.ERROR
    assert config.severity["DL302"] is Severity.INFO
    assert config.severity["DL203"] is Severity.WARNING
    assert config.per_file_ignores == {"drafts/*.txt": ("DL4",)}
    assert (config.template, config.edition, config.lang) == ("2019", "2019", "en")
    # stored for the Art. 49 deadline checks; no rule uses them yet
    assert config.deadline == Deadlines(department="01-31", government="03-31",
                                        township="02-20")
    assert config.deadline.month_day("township") == (2, 20)


# -- keys at work on the seed report --------------------------------------------------------


def test_ignore_silences_dl301(tmp_path, capsys, monkeypatch):
    report = seed_copy(tmp_path / "reports" / "huimeng-2021.txt")
    monkeypatch.chdir(tmp_path)
    _, before = check_json(capsys, str(report))
    assert ("huimeng-2021.txt", "DL301") in found(before)
    write(tmp_path / "disclosure-lint.toml", 'ignore = ["DL301"]\n')
    _, after = check_json(capsys, str(report))
    assert "DL301" not in {r["code"] for r in after}
    assert {r["code"] for r in after} == {r["code"] for r in before} - {"DL301"}


def test_severity_override_changes_the_exit_code(tmp_path, capsys):
    report = seed_copy(tmp_path / "huimeng-2021.txt")
    status, records = check_json(capsys, "--select", "DL301", str(report))
    assert status == 0 and [r["severity"] for r in records] == ["warning"]
    write(tmp_path / "disclosure-lint.toml", 'severity = {duplicate-listed-item = "error"}\n')
    status, records = check_json(capsys, "--select", "DL301", str(report))
    assert status == 1 and [r["severity"] for r in records] == ["error"]
    # and the other way: errors turned into warnings no longer fail the run
    write(tmp_path / "disclosure-lint.toml", 'severity = {DL203 = "warning"}\n')
    assert check_json(capsys, "--select", "DL203", str(report))[0] == 0


def test_per_file_ignores_are_relative_to_the_configuration(tmp_path, capsys, monkeypatch):
    seed_copy(tmp_path / "drafts" / "a.txt")
    seed_copy(tmp_path / "final" / "a.txt")
    seed_copy(tmp_path / "final" / "legacy-2019.txt")
    write(tmp_path / "disclosure-lint.toml", """
        [per-file-ignores]
        "drafts/*.txt" = ["DL301"]
        "legacy-*.txt" = ["duplicate-listed-item"]
    """)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # globs do not depend on the current directory
    _, records = check_json(capsys, "--select", "DL301", str(tmp_path))
    assert {(Path(r["path"]).parent.name, Path(r["path"]).name) for r in records} == \
        {("final", "a.txt")}


def test_extend_select_adds_to_select(tmp_path, capsys):
    report = seed_copy(tmp_path / "huimeng-2021.txt")
    write(tmp_path / "disclosure-lint.toml", """
        select = ["DL203"]
        extend-select = ["DL301"]
    """)
    _, records = check_json(capsys, str(report))
    assert {r["code"] for r in records} == {"DL203", "DL301"}
    _, records = check_json(capsys, "--extend-select", "DL205", str(report))
    assert {r["code"] for r in records} == {"DL203", "DL205", "DL301"}


def test_command_line_takes_precedence(tmp_path, capsys):
    report = seed_copy(tmp_path / "huimeng-2021.txt")
    write(tmp_path / "disclosure-lint.toml", """
        select = ["DL203"]
        ignore = ["DL205"]
        lang = "en"
    """)
    _, records = check_json(capsys, str(report))
    assert {r["code"] for r in records} == {"DL203"}
    assert records[0]["message"].startswith("3.(7) total has 8 values")  # lang = "en"
    # --select replaces the configuration's select; its ignore still applies
    _, records = check_json(capsys, "--select", "DL2,DL301", str(report))
    assert {r["code"] for r in records} == {"DL203", "DL301"}
    # --ignore adds to the configuration's ignore
    _, records = check_json(capsys, "--select", "DL2,DL301", "--ignore", "DL203", str(report))
    assert {r["code"] for r in records} == {"DL301"}


def test_lang_from_configuration_and_from_the_command_line(tmp_path, capsys):
    report = seed_copy(tmp_path / "huimeng-2021.txt")
    write(tmp_path / "disclosure-lint.toml", 'lang = "en"\nselect = ["DL301"]\n')
    assert main(["check", str(report)]) == 0
    assert "Found 1 problem(s)" in capsys.readouterr().out
    write(tmp_path / "disclosure-lint.toml", 'lang = "zh"\nselect = ["DL301"]\n')
    assert main(["check", "--lang", "en", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Found 1 problem(s)" in out and "[warning]" in out
    write(tmp_path / "disclosure-lint.toml", 'lang = "en"\nselect = ["DL301"]\n')
    assert main(["check", "--lang", "zh", str(report)]) == 0
    out = capsys.readouterr().out
    assert "发现 1 个问题" in out and "[警告]" in out


def test_template_forces_the_edition_rules_see(tmp_path):
    def check(report, options):
        yield finding("XX950", Span(0, 1), "seen", edition=report.edition)

    only_2019 = Rule(code="XX950", name="only-2019", severity=Severity.WARNING,
                     summary=Text("仅2019", "2019 only"), check=check,
                     messages={"seen": {"zh": "{edition}", "en": "{edition}"}},
                     editions=frozenset({"2019"}))
    data = SEED.read_bytes()
    assert Linter([only_2019]).lint_bytes(data, "x.txt").diagnostics == []  # detected: 2021
    forced = Linter([only_2019], edition="2019").lint_bytes(data, "x.txt").diagnostics
    assert [(d.code, d.message) for d in forced] == [("XX950", "2019")]

    write(tmp_path / "disclosure-lint.toml", 'template = "2019"\n')
    config = ConfigFinder(load_rules()).for_path(str(tmp_path / "x.txt"))
    assert config.edition == "2019"
    write(tmp_path / "sub" / "disclosure-lint.toml", 'template = "auto"\n')
    assert ConfigFinder(load_rules()).for_path(str(tmp_path / "sub" / "x.txt")).edition is None


def test_parallel_workers_use_each_files_configuration(tmp_path):
    for unit in ("a", "b", "c"):
        for i in range(4):
            seed_copy(tmp_path / unit / f"{i}.txt")
    write(tmp_path / "a" / "disclosure-lint.toml", 'ignore = ["DL301"]\n')
    write(tmp_path / "b" / "pyproject.toml", """
        [tool.disclosure-lint]
        select = ["DL301"]
        severity = {DL301 = "info"}
    """)
    outputs = [run("check", "--format", "json", "-j", jobs, ".", cwd=tmp_path)
               for jobs in ("1", "3")]
    assert outputs[0].stdout == outputs[1].stdout
    assert outputs[0].returncode == outputs[1].returncode == 1
    by_unit: dict[str, set[tuple[str, str]]] = {}
    for record in json.loads(outputs[1].stdout):
        by_unit.setdefault(Path(record["path"]).parent.name, set()).add(
            (record["code"], record["severity"]))
    assert ("DL301", "warning") in by_unit["c"] and len(by_unit["c"]) > 1
    assert "DL301" not in {code for code, _ in by_unit["a"]}
    assert by_unit["b"] == {("DL301", "info")}


def test_stdin_is_configured_from_its_name_or_the_current_directory(tmp_path):
    write(tmp_path / "disclosure-lint.toml", 'select = ["DL301"]\n')
    write(tmp_path / "sub" / "disclosure-lint.toml", 'select = ["DL203"]\n')
    text = SEED.read_text(encoding="utf-8")
    out = run("check", "--format", "json", "-", cwd=tmp_path, stdin=text)
    assert {r["code"] for r in json.loads(out.stdout)} == {"DL301"}
    out = run("check", "--format", "json", "--stdin-filename", "sub/r.txt", "-", cwd=tmp_path,
              stdin=text)
    assert {(r["path"], r["code"]) for r in json.loads(out.stdout)} == {("sub/r.txt", "DL203")}


# -- --config and --isolated ------------------------------------------------------------------


def test_config_option_uses_one_file_for_every_input(tmp_path, capsys, monkeypatch):
    seed_copy(tmp_path / "a" / "r.txt")
    seed_copy(tmp_path / "b" / "r.txt")
    write(tmp_path / "a" / "disclosure-lint.toml", 'select = ["DL205"]\n')
    settings = write(tmp_path / "settings" / "strict.toml", 'select = ["DL301"]\n')
    monkeypatch.chdir(tmp_path)
    _, records = check_json(capsys, "--config", str(settings), "a", "b")
    assert {(Path(r["path"]).parent.name, r["code"]) for r in records} == \
        {("a", "DL301"), ("b", "DL301")}
    pyproject = write(tmp_path / "settings" / "pyproject.toml", """
        [tool.disclosure-lint]
        select = ["DL203"]
    """)
    _, records = check_json(capsys, "--config", str(pyproject), "a")
    assert {r["code"] for r in records} == {"DL203"}


@pytest.mark.parametrize("content, message", [
    (None, "configuration file not found: "),
    ("[tool.ruff]\nline-length = 99\n", "no [tool.disclosure-lint] table"),
    ("", "no settings"),
])
def test_config_option_errors(tmp_path, capsys, content, message):
    report = seed_copy(tmp_path / "r.txt")
    name = "pyproject.toml" if content and "tool" in content else "custom.toml"
    settings = tmp_path / "settings" / name
    if content is not None:
        write(settings, content)
    assert main(["check", "--config", str(settings), str(report)]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_isolated_ignores_configuration_files(tmp_path, capsys):
    report = seed_copy(tmp_path / "r.txt")
    write(tmp_path / "disclosure-lint.toml", 'select = ["DL301"]\nbad-key = 1\n')
    assert main(["check", str(report)]) == 2
    capsys.readouterr()
    _, records = check_json(capsys, "--isolated", str(report))
    assert {"DL203", "DL205", "DL301"} <= {r["code"] for r in records}
    assert main(["check", "--isolated", "--config", "x.toml", str(report)]) == 2
    assert "cannot be used together" in capsys.readouterr().err


# -- errors: exit 2 and one line naming the file and the key -----------------------------------


@pytest.mark.parametrize("name, content, line", [
    ("disclosure-lint.toml", 'selec = ["DL301"]\n',
     "disclosure-lint.toml: unknown key 'selec' (did you mean 'select'?)"),
    ("pyproject.toml", '[tool.disclosure-lint]\nseverity = {DL301 = "fatal"}\n',
     "pyproject.toml: tool.disclosure-lint.severity.DL301: 'fatal' is not one of error, "
     "warning, info"),
    ("pyproject.toml", '[tool.disclosure-lint.deadline]\ntownship = "02-30"\n',
     "pyproject.toml: tool.disclosure-lint.deadline.township: '02-30' is not a date of the year"),
    ("disclosure-lint.toml", '[deadline]\ntownship = "Jan 31"\n',
     "disclosure-lint.toml: deadline.township: 'Jan 31' is not a month-day like \"01-31\""),
    ("disclosure-lint.toml", 'ignore = ["DL301", "DL999"]\n',
     "disclosure-lint.toml: ignore[1]: unknown rule code or name 'DL999'"),
    ("disclosure-lint.toml", 'select = "DL301"\n',
     "disclosure-lint.toml: select: must be an array, got 'DL301'"),
    ("disclosure-lint.toml", 'severity = {DL999 = "error"}\n',
     "disclosure-lint.toml: severity.DL999: unknown rule code or name"),
    ("disclosure-lint.toml", '[per-file-ignores]\n"a/*.txt" = ["nope"]\n',
     "disclosure-lint.toml: per-file-ignores.\"a/*.txt\"[0]: unknown rule code or name 'nope'"),
    ("disclosure-lint.toml", 'template = "2020"\n',
     "disclosure-lint.toml: template: '2020' is not one of auto, 2021, 2019"),
    ("disclosure-lint.toml", 'lang = "fr"\n',
     "disclosure-lint.toml: lang: 'fr' is not one of zh, en"),
    ("disclosure-lint.toml", "[rules.year-mismatch]\nx = 1\n",
     "disclosure-lint.toml: rules.year-mismatch: DL401 (year-mismatch) has no options"),
    ("disclosure-lint.toml", "[rules.no-such-rule]\nx = 1\n",
     "disclosure-lint.toml: rules.no-such-rule: unknown rule code or name"),
    ("disclosure-lint.toml", "select = [\n",
     "disclosure-lint.toml: invalid TOML: "),
])
def test_bad_configuration_is_exit_2_naming_the_key(tmp_path, name, content, line):
    seed_copy(tmp_path / "reports" / "r.txt")
    write(tmp_path / name, content)
    out = run("check", "reports", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.startswith(f"disclosure-lint: {line}")
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_a_bad_configuration_deep_in_a_tree_fails_before_any_output(tmp_path):
    seed_copy(tmp_path / "a" / "r.txt")
    seed_copy(tmp_path / "z" / "r.txt")
    write(tmp_path / "z" / "disclosure-lint.toml", "ignore = [1]\n")
    out = run("check", "-j", "2", ".", cwd=tmp_path)
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr.strip() == (
        f"disclosure-lint: {os.path.join('z', 'disclosure-lint.toml')}: ignore[0]: "
        "must be a string, got 1")


# -- per-rule options, through a plugin rule with an options dataclass -----------------------


OPTIONS_PLUGIN = textwrap.dedent('''
    """XX910 word-count: a third-party rule with options."""
    from dataclasses import dataclass

    from disclosure_lint.rule import Rule, Severity, Text, finding


    @dataclass(frozen=True)
    class Options:
        word: str = "情况"
        limit: int = 100
        units: tuple[str, ...] = ("镇",)


    def check(report, options):
        count = report.text.count(options.word)
        if count > options.limit:
            yield finding("XX910", report.sections[0].heading.span, "many", word=options.word,
                          count=count, limit=options.limit, units="/".join(options.units))


    RULE = Rule(code="XX910", name="word-count", severity=Severity.WARNING,
                summary=Text("词频", "word count"), check=check, options=Options,
                messages={"many": {"zh": "{word} {count}>{limit} {units}",
                                   "en": "{word} {count}>{limit} {units}"}},
                doc=__doc__)
''')


@pytest.fixture
def plugin_env(tmp_path):
    root = tmp_path / "plugin"
    root.mkdir()
    (root / "xx_options_plugin.py").write_text(OPTIONS_PLUGIN, encoding="utf-8")
    info = root / "xx_options_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: xx-options-plugin\n"
                                   "Version: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[disclosure_lint.rules]\nXX910 = xx_options_plugin:RULE\n")
    return dict(os.environ, PYTHONPATH=str(root))


def test_rule_options_reach_the_rule(tmp_path, plugin_env):
    seed_copy(tmp_path / "r.txt")
    out = run("check", "--format", "json", "--select", "XX910", "r.txt", cwd=tmp_path,
              env=plugin_env)
    assert json.loads(out.stdout) == []  # defaults: limit 100
    write(tmp_path / "disclosure-lint.toml", """
        [rules.word-count]
        word = "公开"
        limit = 3
        units = ["镇", "街道"]
    """)
    out = run("check", "--format", "json", "--select", "XX910", "r.txt", cwd=tmp_path,
              env=plugin_env)
    [record] = json.loads(out.stdout)
    count = SEED.read_text(encoding="utf-8").count("公开")
    assert record["message"] == f"公开 {count}>3 镇/街道"
    # the rule may be named by its code as well
    write(tmp_path / "disclosure-lint.toml", "[rules.XX910]\nlimit = 3\n")
    out = run("check", "--format", "json", "--select", "XX910", "r.txt", cwd=tmp_path,
              env=plugin_env)
    assert json.loads(out.stdout)[0]["message"].endswith(">3 镇")


@pytest.mark.parametrize("options, line", [
    ('limit = "5"', "rules.word-count.limit: must be an integer, got '5'"),
    ("limit = 2.5", "rules.word-count.limit: must be an integer, got 2.5"),
    ("limt = 5", "rules.word-count.limt: unknown option (did you mean 'limit'?) "
                 "(options of word-count: word, limit, units)"),
    ('units = ["镇", 3]', "rules.word-count.units[1]: must be a string, got 3"),
    ('word = ["x"]', "rules.word-count.word: must be a string, got an array"),
])
def test_rule_options_are_validated(tmp_path, plugin_env, options, line):
    seed_copy(tmp_path / "r.txt")
    write(tmp_path / "pyproject.toml", f"[tool.disclosure-lint.rules.word-count]\n{options}\n")
    out = run("check", "r.txt", cwd=tmp_path, env=plugin_env)
    assert out.returncode == 2
    assert out.stderr.strip() == f"disclosure-lint: pyproject.toml: tool.disclosure-lint.{line}"


def test_rule_options_validated_in_process():
    @dataclass(frozen=True)
    class Options:
        tolerance: int = 0

    rule = Rule(code="XX920", name="with-options", severity=Severity.ERROR,
                summary=Text("x", "x"), check=lambda report, options: (), messages={},
                options=Options)
    config = config_module._validate({"rules": {"with-options": {"tolerance": 2}}},
                                     "/x/disclosure-lint.toml", (), (rule,))
    assert config.options == {"XX920": Options(tolerance=2)}
    with pytest.raises(UsageError, match=r"rules\.XX920\.tolerance: must be an integer"):
        config_module._validate({"rules": {"XX920": {"tolerance": True}}},
                                "/x/disclosure-lint.toml", (), (rule,))


# -- start-up: no pydantic without a configuration file -------------------------------------


PROBE = ("import sys\nfrom disclosure_lint.cli import main\nstatus = main(sys.argv[1:])\n"
         "print('PYDANTIC', 'pydantic' in sys.modules, file=sys.stderr)\n")


def test_a_run_without_configuration_does_not_import_pydantic(tmp_path):
    seed_copy(tmp_path / "r.txt")
    # a pyproject.toml without our table is read but is not a configuration
    write(tmp_path / "pyproject.toml", '[project]\nname = "disclosure-lint-reports"\n')
    probe = [sys.executable, "-c", PROBE]
    for args in (["check", "r.txt"], ["check", "--format", "json", "r.txt"],
                 ["check", "--isolated", "r.txt"]):
        out = subprocess.run(probe + args, cwd=tmp_path, capture_output=True, text=True,
                             timeout=120)
        assert "PYDANTIC False" in out.stderr, (args, out.stderr)
    write(tmp_path / "disclosure-lint.toml", 'ignore = ["DL301"]\n')
    out = subprocess.run(probe + ["check", "r.txt"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert "PYDANTIC True" in out.stderr  # the probe would see it


def test_the_readme_configuration_example_is_valid(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    assert "[tool.disclosure-lint.rules.fee-amount]" in example
    (tmp_path / "pyproject.toml").write_text(example, encoding="utf-8")
    (tmp_path / "r.txt").write_bytes((FIXTURES / "huimeng-2021.txt").read_bytes())
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check", "--no-cache",
                          "--format", "json", str(tmp_path / "r.txt")],
                         capture_output=True, text=True, timeout=60)
    assert out.stderr == "" and out.returncode == 1
    codes = {r["code"] for r in __import__("json").loads(out.stdout)}
    assert "DL701" not in codes and "DL207" not in codes  # ignored by the example
