"""Command line: ``disclosure-lint check|rules|explain|parse``.

Start-up is kept light: Rich is imported only when there is something to
render, pydantic only for JSON/SARIF output and configuration files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .errors import UsageError

FORMATS = ("text", "json", "sarif", "github", "csv")


def _check_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--lang", choices=("zh", "en"), default=None,
                       help="message language (default zh, or the configuration's lang)")
    check.add_argument("--select", default=None, help="codes, prefixes or names, comma-separated")
    check.add_argument("--extend-select", default=None)
    check.add_argument("--ignore", default=None)
    check.add_argument("--year", type=int, default=None, help="override the report year")
    check.add_argument("--previous", default=None, help="last year's report of the same unit")
    check.add_argument("-j", "--jobs", type=int, default=1)
    check.add_argument("--statistics", action="store_true")
    check.add_argument("--exit-zero", action="store_true")
    check.add_argument("--strict", action="store_true", help="warnings also exit 1")
    check.add_argument("--config", default=None, help="configuration file to use")
    check.add_argument("--isolated", action="store_true", help="ignore configuration files")
    check.add_argument("--stdin-filename", default=None, help="name to report for stdin")
    check.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    check.add_argument("--progress", action="store_true",
                       help="show a progress bar on standard error (bulk runs)")
    check.add_argument("--no-cache", action="store_true",
                       help="do not read or write the result cache")
    check.add_argument("--cache-dir", default=None,
                       help="where the result cache lives (default ~/.cache/disclosure-lint)")


def _rules_arguments(rules: argparse.ArgumentParser) -> None:
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--lang", choices=("zh", "en"), default="zh")


def _explain_arguments(explain: argparse.ArgumentParser) -> None:
    explain.add_argument("rule", metavar="CODE")
    explain.add_argument("--lang", choices=("zh", "en"), default="zh")


def _parse_arguments(parse: argparse.ArgumentParser) -> None:
    parse.add_argument("path", metavar="PATH")
    parse.add_argument("--format", choices=("json",), default="json")
    parse.add_argument("--year", type=int, default=None)


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "check": ("lint files or directories (- for stdin)", _check_arguments),
    "rules": ("list every rule", _rules_arguments),
    "explain": ("a rule's documentation", _explain_arguments),
    "parse": ("the document model as the linter understood it", _parse_arguments),
}


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser.  When ``argv`` starts with a command, only that
    command's arguments are added (each costs start-up time: argparse makes a help
    formatter for every argument); every command is still named, for usage messages."""
    parser = argparse.ArgumentParser(
        prog="disclosure-lint",
        description="政府信息公开工作年度报告检查工具 / a linter for government information "
                    "disclosure annual reports")
    parser.add_argument("--version", action="version", version=f"disclosure-lint {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    named = argv[0] if argv and argv[0] in COMMANDS else None
    for name, (summary, add_arguments) in COMMANDS.items():
        command = sub.add_parser(name, help=summary)
        if named is None or name == named:
            add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = _parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if exit_.code in (0, None) else 2
    try:
        if args.command == "check":
            from .commands.check import run_check
            return run_check(args)
        if args.command == "rules":
            from .commands.info import run_rules
            return run_rules(args)
        if args.command == "explain":
            from .commands.info import run_explain
            return run_explain(args)
        from .commands.parse import run_parse
        return run_parse(args)
    except UsageError as error:
        print(f"disclosure-lint: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("disclosure-lint: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def entry() -> None:
    sys.exit(main())
