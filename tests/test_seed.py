"""The seed report and its corrected copy: the findings the project promised."""

from __future__ import annotations

from conftest import codes, lint, serious

FOUNDATION = ["DL001", "DL002", "DL101", "DL102", "DL201", "DL202", "DL203", "DL204", "DL205",
              "DL206", "DL207", "DL211", "DL212", "DL213", "DL214", "DL301", "DL401"]


def test_seed_findings_exactly(seed):
    found = codes(lint(seed, select=FOUNDATION))
    assert found == [
        ("DL301", 37),  # 考核评议制度 listed twice
        ("DL205", 62),  # 社会组织 → 社会公益组织
        ("DL205", 68),  # 2.其他法律法规禁止公开
        ("DL203", 86),  # （七）总计: 8 values
        ("DL203", 87),  # 四、结转下年度继续办理: 8 values
        ("DL203", 94),  # table 四: 16 values
    ]


def test_seed_findings_with_the_whole_catalogue(seed):
    assert codes(lint(seed)) == [
        ("DL105", 5),  # ## for 一/二, ### for 三/四/五, bold for 六
        ("DL603", 33),  # 孟津县 next to 区委、区政府
        ("DL301", 37),
        ("DL105", 41),
        ("DL205", 62),
        ("DL205", 68),
        ("DL203", 86),
        ("DL203", 87),
        ("DL203", 94),
        ("DL701", 100),  # half-width commas in Chinese text
        ("DL105", 104),  # (二) plain next to #### (一)
        ("DL105", 110),
        ("DL602", 110),  # section 六 says nothing about 信息处理费
    ]


def test_seed_duplicate_names_both_places(seed):
    (dup,) = [d for d in lint(seed) if d.code == "DL301"]
    assert "会盟镇政府信息公开考核评议制度" in dup.message
    assert dup.related and dup.related[0].line == 37 and dup.related[0].column < dup.column


def test_seed_has_no_arithmetic_finding(seed):
    assert not [d for d in lint(seed) if d.code in ("DL211", "DL212", "DL213", "DL214")]


def test_fixed_seed_is_clean(fixed_seed):
    assert serious(lint(fixed_seed)) == []


def test_clean_numbers_report_is_clean(clean_tab):
    assert serious(lint(clean_tab)) == []


def test_gbk_crlf_gives_identical_findings(seed):
    utf8 = lint(seed.encode("utf-8"))
    gbk = lint(seed.replace("\n", "\r\n").encode("gbk"))
    assert [(d.code, d.line, d.column, d.message) for d in gbk] == \
        [(d.code, d.line, d.column, d.message) for d in utf8]


def test_english_messages(seed):
    diags = lint(seed, lang="en")
    assert any("社会公益组织" in d.message and "official" in d.message for d in diags)
    assert all(d.hint for d in diags)
