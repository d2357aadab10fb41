"""Independent check of the report generator: re-read every generated text and recompute
each identity, instead of trusting the generator's own figures.

The checker below is a deliberately small linter for exactly the defects the generator
plants. A clean report must give no finding at all; a report with a planted defect must
give exactly the sidecar's finding (plus, for DL211, the unavoidable DL212 companion).
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from defects import DEFECT_CODES
from generate import generate_report, main, write_fixtures
from labels2021 import SECTION_NUMERALS, SECTION_TITLES, T3_ROWS
from layouts import LAYOUTS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "generated"
INTEGER = re.compile(r"^\d+$")
DECIMAL = re.compile(r"^\d+(\.\d{1,4})?$")
HEADING = re.compile(r"^(?:#+ )?(?:\*\*)?([一二三四五六])、(.+?)(?:\*\*)?$")
SIGN_OFF_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
ASPECT_KEYWORDS = ("主动公开", "依申请", "管理", "平台", "监督")


@dataclass
class Row:
    line: int  # 1-based line of the row's own (last) label, or of its first value
    labels: list[str]
    values: list[str]
    value_lines: list[int]  # 1-based line of each value

    def total_line(self, index: int = 6) -> int:
        return self.value_lines[index]


@dataclass
class Finding:
    code: str
    line: int | None

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "line": self.line}


# ------------------------------------------------------------------ reading the text


def split_cells(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return [c.strip() for c in line.strip().strip("|").split("|")]


def line_rows(lines: list[str], start: int, end: int) -> list[Row]:
    """Rows of a table written one row per line (tab, pipe, markdown)."""
    rows = []
    for i in range(start, end):
        cells = [c for c in split_cells(lines[i]) if c]
        if not cells or all(set(c) <= set("-:") for c in cells):
            continue
        values = [c for c in cells if DECIMAL.match(c)]
        if values:
            labels = [c for c in cells if not DECIMAL.match(c)]
            rows.append(Row(i + 1, labels, values, [i + 1] * len(values)))
    return rows


def cell_rows(lines: list[str], start: int, end: int) -> list[Row]:
    """Rows of a table written one cell per line: labels then values, repeated."""
    rows: list[Row] = []
    labels: list[str] = []
    current: Row | None = None
    label_line = 0
    for i in range(start, end):
        cell = lines[i].strip()
        if not cell:
            continue
        if DECIMAL.match(cell):
            if current is None:
                current = Row(label_line or i + 1, labels, [], [])
                rows.append(current)
            current.values.append(cell)
            current.value_lines.append(i + 1)
            continue
        if current is not None:  # a label after values starts the next row
            labels, current, label_line = [], None, 0
        labels.append(cell)
        label_line = i + 1
    return rows


def table_rows(lines: list[str], start: int, end: int) -> list[Row]:
    if any("|" in lines[i] or "\t" in lines[i] for i in range(start, end)):
        return line_rows(lines, start, end)
    return cell_rows(lines, start, end)


def sections(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Section index -> (first line index after heading, end index), official titles only."""
    found = []
    for i, line in enumerate(lines):
        m = HEADING.match(line.strip())
        if m and m.group(2) == SECTION_TITLES[SECTION_NUMERALS.index(m.group(1))]:
            found.append((SECTION_NUMERALS.index(m.group(1)), i))
    bounds = {}
    for k, (index, i) in enumerate(found):
        end = found[k + 1][1] if k + 1 < len(found) else len(lines)
        bounds[index] = (i + 1, end)
    return bounds


# ------------------------------------------------------------------ the checks


def check_t3(rows: list[Row]) -> list[Finding]:
    assert len(rows) == 25, f"T3 has {len(rows)} value rows"
    for row, spec in zip(rows, T3_ROWS, strict=True):
        assert row.labels and row.labels[-1] == spec.label, (row.labels, spec.label)
    findings = [Finding("DL203", r.line) for r in rows if len(r.values) != 7]
    grid = {spec.key: [int(v) for v in r.values[:7]] for r, spec in zip(rows, T3_ROWS, strict=True)}
    # Arithmetic findings sit on the 总计 cell that disagrees (the row's line, or in the
    # one-cell-per-line layout that cell's own line).
    line = {spec.key: r.total_line() for r, spec in zip(rows, T3_ROWS, strict=True)}
    findings += [Finding("DL211", line[k]) for k, v in grid.items() if v[6] != sum(v[:6])]
    results = [s.key for s in T3_ROWS if s.key.startswith("r3_") and s.key != "r3_total"]
    if any(grid["r3_total"][c] != sum(grid[k][c] for k in results) for c in range(7)):
        findings.append(Finding("DL212", line["r3_total"]))
    if any(grid["r1_new"][c] + grid["r2_carry_in"][c] != grid["r3_total"][c] + grid["r4_carry_out"][c]
           for c in range(7)):
        findings.append(Finding("DL213", line["r2_carry_in"]))  # the generator's convention
    return findings


def check_t4(rows: list[Row]) -> list[Finding]:
    assert len(rows) == 1 and len(rows[0].values) == 15, rows
    values = [int(v) for v in rows[0].values]
    broken = [g for g in range(3) if sum(values[g * 5:g * 5 + 4]) != values[g * 5 + 4]]
    return [Finding("DL214", rows[0].total_line(g * 5 + 4)) for g in broken]


def check_t2(rows: list[Row]) -> None:
    by_label = {r.labels[-1]: r.values for r in rows}
    assert by_label["规章"] == ["0", "0", "0"]
    made, _repealed, valid = (int(v) for v in by_label["行政规范性文件"])
    assert valid >= made
    for label in ("行政许可", "行政处罚", "行政强制"):
        assert INTEGER.match(by_label[label][0])
    assert len(by_label["行政事业性收费"]) == 1


def check_narrative(text: str, t3: list[Row], t4: list[Row]) -> None:
    """Every number the prose states equals the table (domain.md §4.4)."""
    total = {spec.key: int(r.values[6]) for r, spec in zip(t3, T3_ROWS, strict=True)}
    t4v = [int(v) for v in t4[0].values]
    expect = {
        r"收到政府信息公开申请(\d+)件": total["r1_new"], r"上年结转政府信息公开申请(\d+)件": total["r2_carry_in"],
        r"办结政府信息公开申请(\d+)件": total["r3_total"], r"结转下年度继续办理(\d+)件": total["r4_carry_out"],
        r"行政复议(\d+)件": t4v[4], r"行政诉讼(\d+)件": t4v[9] + t4v[14],
        r"收费通知(\d+)件": total["r3_oth_nofee"],
    }
    for pattern, value in expect.items():
        for m in re.finditer(pattern, text):
            assert int(m.group(1)) == value, (pattern, m.group(0), value)
    if re.search("(?:未|没有)收到政府信息公开申请", text):
        assert total["r1_new"] == 0
    else:
        assert re.search(r"收到政府信息公开申请\d+件", text)


def check_years(lines: list[str], year: int, prose: set[int]) -> list[Finding]:
    findings = []
    for i, line in enumerate(lines):
        date = SIGN_OFF_DATE.match(line.strip())
        if date:
            assert int(date.group(1)) == year + 1 and 1 <= int(date.group(2)) <= 3
            continue
        for m in re.finditer(r"(\d{4})年", line):
            if int(m.group(1)) != year:
                assert i in prose
                findings.append(Finding("DL401", i + 1))
    return findings


def check_prose(lines: list[str], prose: set[int]) -> list[Finding]:
    findings, seen = [], set()
    for i in sorted(prose):
        line = lines[i]
        assert not re.search(r"[,;:()]", line.replace("**", "")), line  # full-width punctuation only
        items = re.findall(r"“([^”]+制度)”", line)
        if len(items) != len(set(items)):
            findings.append(Finding("DL301", i + 1))
        for sentence in filter(None, re.split("[。：；]", line)):
            assert sentence not in seen or len(sentence) < 12, f"repeated sentence: {sentence}"
            seen.add(sentence)
    return findings


def check_report(text: str) -> list[Finding]:
    """All findings of the mini-linter; raises AssertionError on anything unexpected."""
    size = len(text.encode("utf-8"))
    assert 6000 <= size <= 10000, size
    lines = text.split("\n")
    title = re.match(r"^(?:# )?(.+?)(\d{4})年政府信息公开工作年度报告$", lines[0])
    assert title, lines[0]
    year = int(title.group(2))
    assert 2021 <= year <= 2025
    assert f"本报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。" in text
    bounds = sections(lines)
    findings = [] if 4 in bounds else [Finding("DL101", None)]
    assert set(bounds) | {4} == set(range(6)) and list(bounds) == sorted(bounds)
    tables = {k: table_rows(lines, *bounds[k]) for k in (1, 2, 3)}
    check_t2(tables[1])
    findings += check_t3(tables[2]) + check_t4(tables[3])
    check_narrative(text, tables[2], tables[3])
    overview = "\n".join(lines[slice(*bounds[0])])
    assert all(k in overview for k in ASPECT_KEYWORDS)
    assert all(f"（{n}）" in overview for n in "一二三四五")
    assert "信息处理费" in "\n".join(lines[slice(*bounds[5])])
    if 4 in bounds:
        problems = "\n".join(lines[slice(*bounds[4])])
        assert "问题" in problems and "改进" in problems
    in_tables = {i for k in (1, 2, 3) for i in range(*bounds[k])}
    prose = {i for i, line in enumerate(lines) if line.strip() and i not in in_tables and i > 0}
    findings += check_years(lines, year, prose) + check_prose(lines, prose)
    return findings


def assert_matches(text: str, expected: list[dict[str, object]]) -> None:
    found = [f.as_dict() for f in check_report(text)]
    if expected and expected[0]["code"] == "DL211":
        found = [f for f in found if f["code"] != "DL212"]  # a wrong cell also breaks its column
    assert found == expected


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("defect", (None, *DEFECT_CODES))
def test_generated_reports_carry_exactly_their_planted_defect(layout: str, defect: str | None) -> None:
    for seed in range(4):
        text, expected = generate_report(random.Random(f"test-{seed}"), layout, defect)
        assert (expected == []) == (defect is None)
        assert_matches(text, expected)


def test_dl211_companion_is_only_the_result_total() -> None:
    for seed in range(8):
        text, _ = generate_report(random.Random(seed), "tab", "DL211")
        codes = {f.code for f in check_report(text)}
        assert codes <= {"DL211", "DL212"}


def test_generation_is_deterministic() -> None:
    first = generate_report(random.Random(7), "markdown", "DL301")
    assert first == generate_report(random.Random(7), "markdown", "DL301")


def test_committed_fixtures_are_current_and_consistent(tmp_path: Path) -> None:
    write_fixtures(tmp_path)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    assert len(fresh) == 4 * 9 * 2
    if not FIXTURES.is_dir():
        pytest.skip("fixtures/generated not written yet")
    for name in fresh:
        assert (FIXTURES / name).read_bytes() == (tmp_path / name).read_bytes(), name
    for report in FIXTURES.glob("*.txt"):
        expected = json.loads(report.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
        assert_matches(report.read_text("utf-8"), expected)


def test_cli_writes_reports_and_sidecars(tmp_path: Path) -> None:
    assert main([str(tmp_path), "-n", "6", "--seed", "3", "--defects", "1"]) == 0
    reports = sorted(tmp_path.glob("*.txt"))
    assert len(reports) == 6
    for report in reports:
        expected = json.loads((tmp_path / f"{report.stem}.expected.json").read_text("utf-8"))
        assert len(expected) == 1
        assert_matches(report.read_text("utf-8"), expected)
