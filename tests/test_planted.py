"""One planted defect in a consistent report is found at the right place."""

from __future__ import annotations

import re

import pytest
from conftest import codes, lint, model, serious

from disclosure_lint import template as tpl

ARITHMETIC = ("DL211", "DL212", "DL213", "DL214")


def _change_cell(text: str, line: int, value_index: int, delta: int = 1) -> str:
    """Add ``delta`` to the value_index-th number of a tab-separated line (1-based line)."""
    lines = text.split("\n")
    cells = lines[line - 1].split("\t")
    numeric = [i for i, c in enumerate(cells) if c.strip().isdigit()]
    target = numeric[value_index]
    cells[target] = str(int(cells[target]) + delta)
    lines[line - 1] = "\t".join(cells)
    return "\n".join(lines)


def _row_lines(text: str) -> dict[str, int]:
    report = model(text)
    return {key: report.lines.position(row.label_span.start)[0]
            for key, row in report.tables["T3"].rows.items()}


@pytest.mark.parametrize("key", tpl.T3_ROW_ORDER)
@pytest.mark.parametrize("column", range(7))
def test_one_t3_cell_changed_is_found_at_its_row(clean_tab, key, column):
    line = _row_lines(clean_tab)[key]
    found = lint(_change_cell(clean_tab, line, column), select=list(ARITHMETIC))
    # The row's own identity always breaks: 总计 ≠ the sum of the applicant columns.
    assert ("DL211", line) in codes(found)
    if key in tpl.T3_RESULT_KEYS_2021 or key == "r3_total":
        assert any(d.code == "DL212" for d in found)
    if key in ("r1_new", "r2_carry_in", "r3_total", "r4_carry_out"):
        assert any(d.code == "DL213" for d in found)


def test_row_total_message_names_cell_both_sides_and_difference(clean_tab):
    line = _row_lines(clean_tab)["r3_total"]
    found = lint(_change_cell(clean_tab, line, 0), select=["DL211"])
    (diag,) = found
    assert diag.message == "「三、（七）总计」的「总计」应为 22（自然人与各类法人或其他组织之和），实为 21，相差 -1"
    assert diag.line == line


def test_result_total_names_the_column(clean_tab):
    line = _row_lines(clean_tab)["r3_open"]
    text = _change_cell(_change_cell(clean_tab, line, 0), line, 6)  # row stays consistent
    found = lint(text, select=list(ARITHMETIC))
    assert [d.code for d in found] == ["DL212", "DL212"]
    assert "「三、（七）总计」的「自然人」应为 17（各办理结果之和），实为 16" in found[0].message
    assert found[0].line == _row_lines(clean_tab)["r3_total"]


def test_balance_found_when_carry_in_changed_consistently(clean_tab):
    line = _row_lines(clean_tab)["r2_carry_in"]
    text = _change_cell(_change_cell(clean_tab, line, 0), line, 6)
    found = lint(text, select=list(ARITHMETIC))
    assert codes(found) == [("DL213", line), ("DL213", line)]
    assert "一、本年新收 17 + 二、上年结转 2 = 19" in found[0].message


@pytest.mark.parametrize("column", range(15))
def test_one_t4_cell_changed_is_found(clean_tab, column):
    line = next(i for i, ln in enumerate(clean_tab.split("\n"), 1)
                if re.fullmatch(r"(\d+\t){14}\d+", ln))
    found = lint(_change_cell(clean_tab, line, column), select=list(ARITHMETIC))
    assert codes(found) == [("DL214", line)]


def test_deleting_a_section_gives_missing_section(clean_tab):
    start = clean_tab.index("## 五、")
    end = clean_tab.index("## 六、")
    found = lint(clean_tab[:start] + clean_tab[end:])
    assert [d.code for d in serious(found)] == ["DL101"]
    assert "五、存在的主要问题及改进情况" in serious(found)[0].message


def test_changing_the_year_of_one_sentence(clean_tab):
    text = clean_tab.replace("2022年，会盟镇党委", "2021年，会盟镇党委")
    found = serious(lint(text))
    assert [d.code for d in found] == ["DL401"]
    assert found[0].line == 7 and "2021" in found[0].message and "2022" in found[0].message
