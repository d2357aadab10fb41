"""Table rules of the catalogue's second half: subtotals, fees, impossible values,
the 2019 trial format (mapped, checked, and reported when it is out of date)."""

from __future__ import annotations

from conftest import codes, lint, model, serious

T3_TOTAL_ROW = "(七) 总计\t\t16\t2\t1\t0\t1\t1\t21\t"


def _with_subtotal(text: str, values: str) -> str:
    return text.replace("\t\t8.属于行政查询事项\t\t0\t0\t0\t0\t0\t0\t0\n",
                        "\t\t8.属于行政查询事项\t\t0\t0\t0\t0\t0\t0\t0\n"
                        f"\t（三）不予公开小计\t\t{values}\n")


def test_subtotal_row_is_kept_aside_and_checked(clean_tab):
    good = _with_subtotal(clean_tab, "2\t1\t0\t0\t0\t0\t3")
    table = model(good).tables["T3"]
    assert [r.key for r in table.subtotals] == ["subtotal.3"]
    assert len(table.rows) == 25  # not mapped to a template row, not summed into （七）
    assert serious(lint(good)) == []
    bad = _with_subtotal(clean_tab, "3\t1\t0\t0\t0\t0\t4")
    found = [d for d in lint(bad) if d.severity.value == "error"]
    assert [d.code for d in found] == ["DL215", "DL215"]
    assert found[0].message == "小计行「（三）不予公开小计」的「自然人」应为 2（（三）不予公开各项之和），实为 3"


def test_fee_in_yuan_too_many_decimals_or_implausible(clean_tab, fixed_seed):
    assert not [d for d in lint(clean_tab) if d.code == "DL216"]  # 1.2500 万元 is fine
    yuan = clean_tab.replace("行政事业性收费\t1.2500", "行政事业性收费\t12500元")
    assert [d.message for d in lint(yuan) if d.code == "DL216"] == [
        "收费金额「12500元」以元为单位，表头要求以万元为单位"]
    decimals = clean_tab.replace("行政事业性收费\t1.2500", "行政事业性收费\t1.250001")
    (diag,) = [d for d in lint(decimals) if d.code == "DL216"]
    assert diag.line == 56 and diag.hint == "保留 4 位小数：1.2500"
    wide = clean_tab.replace("行政事业性收费	1.2500", "行政事业性收费	１．２５０００１")
    assert [d.message for d in lint(wide) if d.code == "DL216"] == [
        "收费金额「１．２５０００１」有 6 位小数，超过 4 位"]  # full-width digits count too
    township = fixed_seed.replace("行政事业性收费\t0", "行政事业性收费\t35600")
    (diag,) = [d for d in lint(township) if d.code == "DL216"]
    assert "疑为以元填写" in diag.message and diag.hint == "若原数以元计，应填 3.5600（万元）"


def test_township_reporting_rules(fixed_seed):
    text = fixed_seed.replace("规章\t0\t0\t0", "规章\t1\t0\t1")
    found = [d for d in lint(text) if d.code == "DL217"]
    assert codes(found) == [("DL217", 45)]
    assert "「会盟镇人民政府」无权制定规章" in found[0].message
    city = text.replace("会盟镇人民政府2021年", "洛阳市人民政府2021年")
    assert not [d for d in lint(city) if d.code == "DL217"]


TRIAL_T2 = """第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t2\t2\t15
第二十条第（五）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t30\t-2\t12
其他对外管理服务事项\t5\t0\t3
第二十条第（六）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政处罚\t8\t1\t3
行政强制\t2\t0\t0
第二十条第（八）项
信息内容\t上一年项目数量\t本年增/减
行政事业性收费\t3\t0
第二十条第（九）项
信息内容\t采购项目数量\t采购总金额
政府集中采购\t4\t25.5
"""


def _trial(text: str, year: str) -> str:
    """The clean report in the 2019 trial layout: T2 of five blocks, one （六） row."""
    start = text.index("第二十条第（一）项")
    end = text.index("### 三、") if "### 三、" in text else text.index("## 三、")
    text = text[:start] + TRIAL_T2 + "\n" + text[end:]
    lines = text.split("\n")
    out = []
    for line in lines:
        if "1.申请人无正当理由逾期不补正" in line:
            out.append("\t(六) 其他处理\t\t1\t0\t0\t0\t0\t1\t2")
        elif "2.申请人逾期未按收费通知" in line or line.startswith("3.其他\t"):
            continue
        else:
            out.append(line)
    return "\n".join(out).replace("2022", year)


def test_trial_format_is_mapped_and_checked(clean_tab):
    text = _trial(clean_tab, "2020")
    report = model(text)
    assert report.edition == "2019"
    t2 = report.tables["T2"]
    assert [c.value for c in t2.rows["t2.license"].cells] == [30, -2, 12]
    assert [c.value for c in t2.rows["t2.procurement"].cells] == [4, 25.5]
    t3 = report.tables["T3"]
    assert len(t3.rows) == 23 and [c.value for c in t3.rows["r3_oth"].cells] == \
        [1, 0, 0, 0, 0, 1, 2]
    assert serious(lint(text)) == []  # a 2020 report in the trial format is right
    broken = text.replace("\t(六) 其他处理\t\t1\t0\t0\t0\t0\t1\t2",
                          "\t(六) 其他处理\t\t2\t0\t0\t0\t0\t1\t3")
    assert sorted({d.code for d in serious(lint(broken))}) == ["DL212"]


def test_trial_format_in_a_2022_report_is_outdated(clean_tab):
    found = [d for d in lint(_trial(clean_tab, "2022")) if d.code == "DL601"]
    assert [d.message for d in found] == [
        "2022年度报告的表二仍是 2019 年试行格式，应使用 2021 年格式（国办公开办函〔2021〕30号）",
        "2022年度报告的表三仍是 2019 年试行格式，应使用 2021 年格式（国办公开办函〔2021〕30号）"]
    assert not [d for d in lint(clean_tab) if d.code == "DL601"]


def test_rule_options_are_kebab_case_in_the_configuration(tmp_path, clean_tab):
    import subprocess
    import sys

    (tmp_path / "r.txt").write_text(clean_tab, encoding="utf-8")
    (tmp_path / "disclosure-lint.toml").write_text("[rules.fee-amount]\nmax-decimals = 2\n")
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check", "--no-cache",
                          "--format", "json", str(tmp_path / "r.txt")],
                         capture_output=True, text=True, timeout=60)
    assert [r["message"] for r in __import__("json").loads(out.stdout)] == [
        "收费金额「1.2500」有 4 位小数，超过 2 位"]
    (tmp_path / "disclosure-lint.toml").write_text('[rules.fee-amount]\nmax-decimals = "2"\n')
    out = subprocess.run([sys.executable, "-m", "disclosure_lint", "check", "--no-cache",
                          str(tmp_path / "r.txt")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert out.stderr.strip().endswith(
        "rules.fee-amount.max-decimals: must be an integer, got '2'")


def test_a_value_beyond_the_template_columns_is_named_by_position(clean_tab):
    """A T4 row with a sixteenth value, a fraction: DL206 names the column by its
    position (there is no official name) instead of failing (found by fuzzing)."""
    row = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0"
    assert row in clean_tab
    for lang, name in (("zh", "「第16列」"), ("en", "column 16")):
        found = [d for d in lint(clean_tab.replace(row, row + "\t1.5"), lang=lang)
                 if d.code == "DL206"]
        assert len(found) == 1 and name in found[0].message, found
    t3 = "(七) 总计\t\t16\t2\t1\t0\t1\t1\t21"
    assert t3 in clean_tab
    found = [d for d in lint(clean_tab.replace(t3, t3 + "\t-2")) if d.code == "DL206"]
    assert len(found) == 1 and "「第8列」" in found[0].message, found


def test_cell_facts_and_readable_rows_as_told_cell_by_cell():
    from conftest import FIXTURES

    from disclosure_lint import tablecheck

    paths = sorted((FIXTURES / "corpus").glob("*.txt")) + [FIXTURES / "clean-2022-tab.txt"]
    seen_unresolved = False
    for path in paths:
        report = model(path.read_text(encoding="utf-8"))
        for table in report.tables.values():
            cells = [c for row in table.rows.values() for c in row.cells]
            facts = tablecheck.cell_facts(report, table)
            assert facts == (
                any(c.value is None and not c.inferred for c in cells),
                any(c.value is not None and (type(c.value) is not int or c.value < 0)
                    for c in cells),
                any(c.fullwidth for c in cells),
                any(c.value is None and c.inferred for c in cells))
            seen_unresolved |= facts.unresolved
            assert tablecheck.readable_rows(report, table) == {
                k: r for k, r in table.rows.items() if tablecheck.readable(table, r)}
    assert seen_unresolved  # the corpus has glued digits left unsplit
