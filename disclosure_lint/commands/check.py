"""``disclosure-lint check``: collect inputs, lint them (in parallel), stream the output."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..engine import FileResult, Linter
from ..errors import UsageError
from ..registry import RuleLoadError, load_rules
from ..rule import Severity
from ..selection import Selection, known_selector

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx"})
STDIN = "-"


def collect(paths: list[str]) -> list[str]:
    """Files to lint: named files as given, directories searched recursively."""
    out: list[str] = []
    for path in paths:
        if path == STDIN:
            out.append(path)
            continue
        if os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files
                             if Path(f).suffix.lower() in SUFFIXES and not f.startswith("."))
            out.extend(sorted(found))
        elif os.path.isfile(path):
            out.append(path)
        else:
            raise UsageError(f"no such file or directory: {path}")
    return out


def _codes(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


def build_linter(args: argparse.Namespace) -> Linter:
    try:
        rules = load_rules()
    except RuleLoadError as error:
        raise UsageError(str(error)) from error
    select = _codes(args.select) or ["ALL"]
    ignore = _codes(args.ignore) or []
    extend = _codes(args.extend_select) or []
    for selector in select + ignore + extend:
        if selector.upper() != "ALL" and not known_selector(selector, rules):
            raise UsageError(f"unknown rule code or name: {selector}")
    selection = Selection(select=select, ignore=ignore, extend_select=extend)
    return Linter(rules, selection, lang=args.lang, year=args.year)


_LINTER: Linter | None = None


def _init_worker(linter: Linter) -> None:
    global _LINTER
    _LINTER = linter


def _lint_path(path: str) -> FileResult:
    assert _LINTER is not None
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return FileResult(path, errors=[f"{path}: cannot read: {error.strerror or error}"])
    return _LINTER.lint_bytes(data, path)


def results(linter: Linter, files: list[str], jobs: int, stdin_name: str) -> Iterator[FileResult]:
    """Results in input order, streamed (memory stays flat in the number of files)."""
    on_disk = [f for f in files if f != STDIN]
    if STDIN in files:
        yield linter.lint_bytes(sys.stdin.buffer.read(), stdin_name)
    if jobs > 1 and len(on_disk) > 1:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with context.Pool(jobs, initializer=_init_worker, initargs=(linter,)) as pool:
            yield from pool.imap(_lint_path, on_disk, chunksize=8)
        return
    _init_worker(linter)
    for path in on_disk:
        yield _lint_path(path)


def run_check(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    files = collect(args.paths)
    linter = build_linter(args)
    from ..render import make_renderer

    renderer = make_renderer(args.format, args.lang, sys.stdout, statistics=args.statistics,
                             quiet=args.quiet)
    worst = -1
    failed = False
    renderer.start()
    for result in results(linter, files, args.jobs, args.stdin_filename or "-"):
        for line in result.errors:
            print(f"disclosure-lint: {line}", file=sys.stderr)
            failed = True
        renderer.file(result)
        for diag in result.diagnostics:
            worst = max(worst, diag.severity.rank)
    renderer.stop()
    if failed:
        return 2
    if args.exit_zero:
        return 0
    threshold = Severity.WARNING.rank if args.strict else Severity.ERROR.rank
    return 1 if worst >= threshold else 0
