"""``disclosure-lint rules`` and ``disclosure-lint explain``."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import UsageError
from ..registry import RuleLoadError, find_rule, load_rules

_SEVERITY = {"zh": {"error": "错误", "warning": "警告", "info": "提示"},
             "en": {"error": "error", "warning": "warning", "info": "info"}}


def _rules():
    try:
        return load_rules()
    except RuleLoadError as error:
        raise UsageError(str(error)) from error


def run_rules(args: argparse.Namespace) -> int:
    rules = _rules()
    if args.format == "json":
        data = [{"code": r.code, "name": r.name, "severity": r.severity.value,
                 "summary": r.summary.get(args.lang), "editions": sorted(r.editions)}
                for r in rules]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from rich.console import Console
    from rich.table import Table

    zh = args.lang == "zh"
    table = Table(title="disclosure-lint 规则" if zh else "disclosure-lint rules")
    for column in (("代码", "名称", "级别", "说明") if zh else ("code", "name", "severity",
                                                              "summary")):
        table.add_column(column)
    for rule in rules:
        table.add_row(rule.code, rule.name, _SEVERITY[args.lang][rule.severity.value],
                      rule.summary.get(args.lang))
    Console().print(table)
    return 0


def run_explain(args: argparse.Namespace) -> int:
    _rules()
    rule = find_rule(args.rule)
    if rule is None:
        raise UsageError(f"unknown rule: {args.rule} (see `disclosure-lint rules`)")
    severity = _SEVERITY[args.lang][rule.severity.value]
    lines = [f"{rule.code} {rule.name} ({severity})", rule.summary.get(args.lang), ""]
    lines.append((rule.doc or "").strip())
    lines.append("")
    lines.extend(_options(rule, args.lang))
    lines.append("消息：" if args.lang == "zh" else "Messages:")
    for key, text in rule.messages.items():
        lines.append(f"  {key}: {text[args.lang]}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _options(rule, lang: str) -> list[str]:
    """The rule's options, as `[tool.disclosure-lint.rules.NAME]` takes them."""
    from ..rule import option_fields

    fields = option_fields(rule.options)
    if not fields:
        return ["选项：无" if lang == "zh" else "Options: none", ""]
    head = "选项" if lang == "zh" else "Options"
    out = [f"{head} ([tool.disclosure-lint.rules.{rule.name}]):"]
    for name, kind, default in fields:
        kind = getattr(kind, "__name__", str(kind))
        out.append(f"  {name.replace('_', '-')} ({kind}) = {default!r}")
    return out + [""]
