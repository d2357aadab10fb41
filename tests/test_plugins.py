"""Rules are plugins: a rule from another installed distribution is picked up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from conftest import FIXTURES

from disclosure_lint.registry import load_rules
from disclosure_lint.rule import Rule

PLUGIN = textwrap.dedent('''
    """XX900 no-wangyuan: a third-party rule that flags the word 网站 in section titles."""
    from disclosure_lint.rule import Rule, Severity, Text, finding

    def check(report, options):
        for section in report.sections:
            if "情况" in section.heading.title:
                yield finding("XX900", section.heading.span, "seen", title=section.heading.title)
                return

    RULE = Rule(code="XX900", name="third-party-example", severity=Severity.WARNING,
                summary=Text("示例", "example"), check=check,
                messages={"seen": {"zh": "插件看到了「{title}」", "en": "plugin saw {title}"}},
                doc=__doc__)
''')


def _install_plugin(root):
    (root / "xx_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = root / "xx_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: xx-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        "[disclosure_lint.rules]\nXX900 = xx_plugin:RULE\n")


def test_builtin_rules_come_through_entry_points():
    rules = load_rules()
    assert all(isinstance(r, Rule) for r in rules)
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    assert len({r.code for r in rules}) == len(rules) == len({r.name for r in rules})


def test_rule_from_another_distribution_is_used(tmp_path):
    _install_plugin(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    listing = subprocess.run([sys.executable, "-m", "disclosure_lint", "rules", "--format",
                              "json"], capture_output=True, text=True, env=env, timeout=60)
    assert "XX900" in {r["code"] for r in json.loads(listing.stdout)}
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check", "--format", "json",
                          "--select", "XX900", str(FIXTURES / "huimeng-2021.txt")],
                         capture_output=True, text=True, env=env, timeout=60)
    records = json.loads(out.stdout)
    assert [(r["code"], r["line"], r["message"]) for r in records] == \
        [("XX900", 5, "插件看到了「总体情况」")]


def test_broken_plugin_is_one_clear_line(tmp_path):
    _install_plugin(tmp_path)
    (tmp_path / "xx_plugin.py").write_text("raise ImportError('boom')\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check",
                          str(FIXTURES / "huimeng-2021.txt")], capture_output=True, text=True,
                         env=env, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "disclosure-lint: cannot load rule plugin XX900 (xx_plugin:RULE): boom"]
