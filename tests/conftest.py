"""Shared helpers: lint a text in memory, read fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_lint.engine import Diagnostic, Linter
from disclosure_lint.parser import parse
from disclosure_lint.reading import decode_bytes
from disclosure_lint.registry import load_rules
from disclosure_lint.selection import Selection

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


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


@pytest.fixture(autouse=True, scope="session")
def _private_result_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests and the CLI runs they start use a cache of their own, never the user's."""
    import os

    os.environ["DISCLOSURE_LINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("result-cache"))
