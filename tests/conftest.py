"""Shared helpers: lint a text in memory, read fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# Tests, and the CLI runs they start, use caches of their own (results, compiled
# patterns, entry points), never the user's: set before disclosure_lint is imported,
# removed after everything else at exit (atexit runs handlers last-in, first-out).
_CACHE = tempfile.mkdtemp(prefix="disclosure-lint-tests-")
os.environ["DISCLOSURE_LINT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)

import pytest  # noqa: E402 - after the cache folder is set

from disclosure_lint.engine import Diagnostic, Linter  # noqa: E402 - after the cache folder is set
from disclosure_lint.parser import parse  # noqa: E402 - after the cache folder is set
from disclosure_lint.reading import decode_bytes  # noqa: E402 - after the cache folder is set
from disclosure_lint.registry import load_rules  # noqa: E402 - after the cache folder is set
from disclosure_lint.selection import Selection  # noqa: E402 - after the cache folder is set

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def readable_fixtures(suffixes: tuple[str, ...] | None = (".txt", ".md")
                      ) -> list[tuple[Path, str]]:
    """(path, decoded text) of every fixture with one of ``suffixes`` (None: any), the
    fixtures of unreadable input left out."""
    from disclosure_lint.reading import UnreadableInput, read_source

    found = []
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file() or suffixes is not None and path.suffix not in suffixes:
            continue
        try:
            found.append((path, read_source(path.read_bytes(), str(path)).text))
        except UnreadableInput:
            continue
    return found


def lint(text: str | bytes, path: str = "report.txt", select: list[str] | None = None,
         lang: str = "zh", year: int | None = None) -> list[Diagnostic]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    selection = Selection(select=select or ["ALL"])
    linter = Linter(load_rules(), selection, lang=lang, year=year)
    result = linter.lint_bytes(data, path)
    assert not result.errors, result.errors
    return result.diagnostics


def codes(diags: list[Diagnostic]) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in diags]


def serious(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d.severity.value in ("error", "warning")]


def model(text: str):
    return parse(decode_bytes(text.encode("utf-8")), "report.txt")


@pytest.fixture
def seed() -> str:
    return fixture_text("huimeng-2021.txt")


@pytest.fixture
def fixed_seed() -> str:
    return fixture_text("huimeng-2021-fixed.txt")


@pytest.fixture
def clean_tab() -> str:
    return fixture_text("clean-2022-tab.txt")


