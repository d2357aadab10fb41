"""Reports no one here wrote by hand (bench/generate.py), in all four table layouts:
no finding on the clean ones, each planted defect found at its line."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, lint, serious

GENERATED = FIXTURES / "generated"
REPORTS = sorted(GENERATED.glob("*.txt"))
# A cell changed in a result row breaks its row total and its column sum.
COMPANIONS = {"DL211": {"DL212"}}


def test_every_layout_and_defect_is_there():
    names = {p.stem for p in REPORTS}
    for layout in ("tab", "pipe", "cells", "markdown"):
        assert f"{layout}-clean" in names
        assert len([n for n in names if n.startswith(layout + "-DL")]) == 8


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_generated_report(path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    found = lint(path.read_bytes(), str(path))
    if not expected:
        assert [(d.code, d.line, d.message) for d in found] == []
        return
    for item in expected:
        hits = [d for d in found if d.code == item["code"]]
        assert hits, f"{item['code']} not found"
        if item["line"] is not None:
            assert item["line"] in {d.line for d in hits}
    allowed = {item["code"] for item in expected}
    allowed |= {c for code in list(allowed) for c in COMPANIONS.get(code, ())}
    assert {d.code for d in serious(found)} <= allowed
