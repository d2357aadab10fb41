"""Narrative rules (section titles, empty sections, heading style, overview aspects,
duplicate paragraphs, fee statement, unit names, section 五, punctuation width):
a failing and a passing case each, built from the corrected seed by str.replace."""

from __future__ import annotations

import pytest
from conftest import codes, lint, serious

from disclosure_lint.engine import Linter
from disclosure_lint.registry import load_rules
from disclosure_lint.selection import Selection


def found(text: str, code: str, lang: str = "zh"):
    return [d for d in lint(text, select=[code], lang=lang) if d.code == code]


def _section_body(text: str, start_marker: str, end_marker: str, body: str) -> str:
    """Replace everything between a heading line and the next heading with ``body``."""
    start = text.index(start_marker) + len(start_marker)
    end = text.index(end_marker)
    return text[:start] + "\n\n" + body + "\n\n" + text[end:]


def _full_width_line(text: str, line: int) -> str:
    lines = text.split("\n")
    lines[line - 1] = lines[line - 1].replace(",", "，").replace(";", "；")
    return "\n".join(lines)


# ------------------------------------------------------- DL103 section titles

def test_dl103_typo_in_a_fixed_title(fixed_seed):
    text = fixed_seed.replace("## 四、政府信息公开行政复议、行政诉讼情况",
                              "## 四、政府信息公开行政法复议、行政诉讼情况")
    (diag,) = found(text, "DL103")
    assert (diag.code, diag.line, diag.column) == ("DL103", 89, 6)
    assert diag.message == ("第四部分标题「政府信息公开行政法复议、行政诉讼情况」疑有错字，"
                            "格式规定为「政府信息公开行政复议、行政诉讼情况」")
    assert diag.hint == "改为「四、政府信息公开行政复议、行政诉讼情况」"
    assert serious(lint(text)) == [diag]


@pytest.mark.parametrize("heading, variant, line", [
    ("## 五、存在的主要问题及改进情况", "## 五、存在的主要问题及整改措施", 96),
    ("## 二、主动公开政府信息情况", "## 二、主动公开政府政府情况", 41),
    ("## 六、其他需要报告的事项", "## 六、其他事项", 110),
    ("## 一、总体情况", "## 一、概 述", 5),
])
def test_dl103_variants_are_reported_with_the_official_title(fixed_seed, heading, variant, line):
    diags = found(fixed_seed.replace(heading, variant), "DL103")
    assert codes(diags) == [("DL103", line)]
    assert f"「{heading[5:]}」" in diags[0].message
    assert found(fixed_seed.replace(heading, variant), "DL103", lang="en")[0].message.endswith(
        f"\"{heading[5:]}\"")


@pytest.mark.parametrize("heading, written", [
    ("## 四、政府信息公开行政复议、行政诉讼情况", "## 四、政府信息公开行政复议、 行政诉讼情况"),
    ("## 一、总体情况", "## 一、总体情况\u3000"),
    ("## 一、总体情况", "## 一、总体情况："),
    ("## 二、主动公开政府信息情况", "第二部分：主动公开政府信息情况"),
    ("## 三、收到和处理政府信息公开申请情况", "## 三、收到和处理政府信息公开申请情况。"),
    ("## 五、存在的主要问题及改进情况", "## 五、政府信息公开工作存在的主要问题及改进情况"),
])
def test_dl103_widths_spaces_and_trailing_colons_are_not_reported(fixed_seed, heading, written):
    assert found(fixed_seed, "DL103") == []
    assert found(fixed_seed.replace(heading, written), "DL103") == []


# ------------------------------------------------------- DL104 empty sections

def test_dl104_section_saying_only_wu(fixed_seed):
    text = fixed_seed.replace("2021年度，我镇未收取信息处理费。2021年度内没有其他需要报告的事项。", "无。")
    (diag,) = found(text, "DL104")
    assert (diag.line, diag.column) == (110, 4)
    assert diag.message == "第六部分「其他需要报告的事项」只写了「无。」，没有实际内容"
    five = _section_body(fixed_seed, "## 五、存在的主要问题及改进情况", "## 六、",
                         "#### (一) 存在的主要问题\n\n暂无\n\n#### (二) 改进措施情况\n\n无")
    assert codes(found(five, "DL104")) == [("DL104", 96)]
    bare = _section_body(fixed_seed, "## 五、存在的主要问题及改进情况", "## 六、", "")
    assert [d.message for d in found(bare, "DL104")] == ["第五部分「存在的主要问题及改进情况」没有内容"]


def test_dl104_real_content_and_cut_off_copies_are_not_empty(fixed_seed):
    assert found(fixed_seed, "DL104") == []
    nothing_else = fixed_seed.replace("2021年度，我镇未收取信息处理费。2021年度内没有其他需要报告的事项。",
                                      "无其他需要报告的事项。")
    assert found(nothing_else, "DL104") == []
    cut = fixed_seed[:fixed_seed.index("## 五、")] + "## 五、存在的主要问题及改进情况\n"
    assert found(cut, "DL104") == []  # the copy stops here: not assessable


def test_dl104_threshold_is_an_option(fixed_seed):
    from disclosure_lint.rules.empty_section import Options
    text = fixed_seed.replace("2021年度，我镇未收取信息处理费。2021年度内没有其他需要报告的事项。",
                              "未收取费用。")
    rules = load_rules()
    strict = Linter(rules, Selection(select=["DL104"]), options={"DL104": Options(min_chars=6)})
    assert [(d.code, d.line) for d in strict.lint_bytes(text.encode(), "r.txt").diagnostics] == \
        [("DL104", 110)]
    assert found(text, "DL104") == []  # 5 characters pass the default threshold of 4


# ---------------------------------------------------- DL105 heading style

def test_dl105_seed_mixes_heading_levels_and_markup(seed):
    diags = found(seed, "DL105")
    assert codes(diags) == [("DL105", 5), ("DL105", 41), ("DL105", 104), ("DL105", 110)]
    six = diags[-1]
    assert six.message == "第六部分标题用的是加粗“**…**”，其他多数部分标题用的是3级标题“###”"
    assert six.hint == "统一为3级标题“###”：### 六、其他需要报告的事项"
    assert six.column == 1 and six.related[0].line == 58
    assert diags[2].message == "此小标题用的是普通文字行，同部分的同级小标题用的是4级标题“####”"
    assert diags[2].hint == "统一为4级标题“####”：#### (二) 改进措施情况"


def test_dl105_bracket_widths_among_sibling_sub_headings(fixed_seed):
    text = fixed_seed.replace("### （三）依申请公开政府信息办理情况", "### (三)依申请公开政府信息办理情况")
    (diag,) = found(text, "DL105")
    assert (diag.line, diag.column) == (23, 5)
    assert diag.message == "小标题序号「(三)」与同部分的同级小标题括号宽度不一致（多数用全角括号“（一）”）"
    assert diag.hint == "改为「（三）依申请公开政府信息办理情况」"


def test_dl105_consistent_headings_pass(fixed_seed):
    # 一 uses （一）, 五 uses (一): each section is consistent in itself
    assert found(fixed_seed, "DL105") == []
    bold = fixed_seed
    for ordinal in ("一、", "二、", "三、", "四、", "五、", "六、"):
        start = bold.index("## " + ordinal)
        end = bold.index("\n", start)
        bold = bold[:start] + "**" + bold[start + 3:end] + "**" + bold[end:]
    assert found(bold, "DL105") == []


# ---------------------------------------------------- DL106 overview aspects

def test_dl106_overview_on_website_postings_only(fixed_seed):
    text = _section_body(fixed_seed, "## 一、总体情况", "## 二、",
                         "2021年，我镇通过政府网站主动公开政府信息56条。")
    diags = found(text, "DL106")
    assert codes(diags) == [("DL106", 5)] * 3
    assert [d.message for d in diags] == [
        "「一、总体情况」未涉及“依申请公开”方面的情况",
        "「一、总体情况」未涉及“政府信息管理”方面的情况",
        "「一、总体情况」未涉及“监督保障”方面的情况",
    ]


def test_dl106_five_aspects_present_or_not_assessable(fixed_seed):
    assert found(fixed_seed, "DL106") == []
    plain = _section_body(fixed_seed, "## 一、总体情况", "## 二、",
                          "2021年，我镇在门户网站主动公开信息56条，全年未收到政府信息公开申请；"
                          "规范信息发布审核管理，加强业务培训和考核。")
    assert found(plain, "DL106") == []  # the aspects in other words than the sub-headings
    cut = fixed_seed[:fixed_seed.index("### （三）")]  # the copy stops inside section 一
    assert found(cut, "DL106") == []


# ------------------------------------------------ DL302 duplicate paragraphs

PARAGRAPH_29 = ("规范政府信息公开发布流程，对所有应公开的政府信息，要求相关部门根据工作实际情况整理，"
                "经部门负责人审核后上报。")
SENTENCE_11 = ("镇党委政府高度重视政府信息公开工作，及时调整充实政务公开工作领导小组，进一步分解任务、"
               "明确责任，形成一级抓一级、层层抓落实的工作格局。")


def test_dl302_repeated_paragraph_names_both(fixed_seed):
    line_29 = fixed_seed.split("\n")[28]
    assert line_29.startswith(PARAGRAPH_29)
    text = fixed_seed.rstrip("\n") + "\n\n" + line_29 + "\n"
    (diag,) = found(text, "DL302")
    assert (diag.line, diag.column) == (114, 1)
    assert diag.message.startswith("段落「规范政府信息公开发布流程")
    assert diag.message.endswith("」与前文一段完全相同")
    assert [(r.line, r.column) for r in diag.related] == [(29, 1)]


def test_dl302_repeated_sentence(fixed_seed):
    text = fixed_seed.replace("- 三是加强对信息公开工作人员的业务培训。",
                              "- 三是加强对信息公开工作人员的业务培训。" + SENTENCE_11)
    (diag,) = found(text, "DL302")
    assert (diag.line, diag.column) == (108, 22)
    assert diag.message == "句子「镇党委政府高度重视政府信息公开工作，及时调整充实政务公开工作…」与前文一句完全相同"
    assert [(r.line, r.column) for r in diag.related] == [(11, 10)]


def test_dl302_short_formulas_headings_and_table_rows_pass(fixed_seed, clean_tab):
    # 一是强化组织领导。 (lines 11 and 106), section titles repeated as sub-headings,
    # and identical table rows of zeros are not paragraphs
    assert found(fixed_seed, "DL302") == []
    assert found(clean_tab, "DL302") == []


# --------------------------------------------------- DL602 fee statement

def test_dl602_seed_has_no_fee_statement(seed):
    (diag,) = found(seed, "DL602")
    assert (diag.code, diag.line) == ("DL602", 110)
    assert diag.message == "「六、其他需要报告的事项」未说明信息处理费的收取情况"
    assert "2021年度，本机关未收取信息处理费" in diag.hint
    lines = [d.line for d in found(seed.replace("2021年度内没有其他需要报告的事项。",
                                                "2021年度，我镇未收取行政事业性收费。"), "DL602")]
    assert lines == [110]  # 行政事业性收费 is table 二's fee, not 信息处理费


@pytest.mark.parametrize("statement", [
    "2021年度，我镇未收取信息处理费。",
    "2021年度本机关未收取信息公开处理费。",
    "本年度共收取处理费380元。",
    "2021年度，镇政府信息公开未发生收费情况。",
    "依据《政府信息公开信息处理费管理办法》，向申请人发出收费通知1件。",
])
def test_dl602_fee_statements_accepted(fixed_seed, statement):
    assert found(fixed_seed, "DL602") == []
    text = fixed_seed.replace("2021年度，我镇未收取信息处理费。", statement)
    assert found(text, "DL602") == []


def test_dl602_statement_in_the_wrong_section(seed):
    text = seed.replace("本年度我镇没有收到公开政府信息申请。",
                        "本年度我镇没有收到公开政府信息申请，未收取信息处理费。")
    (diag,) = found(text, "DL602")
    assert diag.line == 110 and [r.line for r in diag.related] == [25]
    assert diag.message == "信息处理费收取情况写在第一部分，「六、其他需要报告的事项」中没有说明"


def test_dl602_not_required_before_2021(seed):
    text = seed.replace("会盟镇人民政府2021年", "会盟镇人民政府2020年")
    assert found(text, "DL602") == []


# ------------------------------------------------------ DL603 unit names

def test_dl603_county_name_next_to_district_bodies(seed):
    (diag,) = found(seed, "DL603")
    assert (diag.code, diag.line, diag.column) == ("DL603", 33, 17)
    assert diag.message == "「孟津县」与文中的「区委、区政府」级别不一致，疑为旧称（应为「孟津区」）"
    assert diag.related[0].line == 19


def test_dl603_same_stem_with_two_levels(fixed_seed):
    text = fixed_seed.replace("会盟镇按照上级有关单位要求", "孟津县会盟镇按照上级有关单位要求")
    (diag,) = found(text, "DL603")
    assert (diag.line, diag.column) == (19, 1)
    assert diag.message == "「孟津县」与文中的「孟津区」是同一地方的两种级别称呼"
    assert diag.related[0].line == 33


@pytest.mark.parametrize("old, new", [
    ("会盟镇按照上级有关单位要求", "原孟津县会盟镇按照上级有关单位要求"),  # the former name, on purpose
    ("会盟镇按照上级有关单位要求", "洛阳市会盟镇按照洛阳县有关单位要求"),  # city and county: two places
    ("会盟镇按照上级有关单位要求", "会盟镇按照广西壮族自治区和某自治县的要求"),  # generic words
])
def test_dl603_conservative(fixed_seed, old, new):
    assert found(fixed_seed, "DL603") == []
    assert found(fixed_seed.replace(old, new), "DL603") == []


# --------------------------------------------- DL604 problems without measures

FIVE = ("## 五、存在的主要问题及改进情况", "## 六、")


def test_dl604_problems_but_no_measures(fixed_seed):
    text = _section_body(fixed_seed, *FIVE,
                         "我镇政府信息公开工作还存在一些问题：公开内容不够全面，更新不够及时，"
                         "公开深度不足，工作人员业务能力有待进一步加强。")
    (diag,) = found(text, "DL604")
    assert (diag.code, diag.line, diag.column) == ("DL604", 96, 4)
    assert diag.message == "「五、存在的主要问题及改进情况」列出了问题（“问题”），但没有写改进措施"
    assert diag.related[0].line == 98


def test_dl604_perfunctory(fixed_seed):
    (diag,) = found(_section_body(fixed_seed, *FIVE, "暂未发现问题。"), "DL604")
    assert diag.line == 96
    assert diag.message == ("「五、存在的主要问题及改进情况」只有 6 个字（「暂未发现问题。」），"
                            "少于 30 个字，过于简略")


def test_dl604_problems_and_measures_pass(fixed_seed):
    assert found(fixed_seed, "DL604") == []
    text = _section_body(fixed_seed, *FIVE,
                         "我镇政府信息公开工作还存在公开内容不够全面等问题。下一步，我镇将加强"
                         "信息收集，及时更新公开内容。")
    assert found(text, "DL604") == []
    only_wu = _section_body(fixed_seed, *FIVE, "无")
    assert found(only_wu, "DL604") == [] and codes(found(only_wu, "DL104")) == [("DL104", 96)]


# ------------------------------------------------- DL701 punctuation width

def test_dl701_one_finding_per_line_with_count(seed):
    (diag,) = found(seed, "DL701")  # line 66 (a table row) has half-width commas too
    assert (diag.code, diag.line, diag.column) == ("DL701", 100, 19)
    assert diag.message == "中文文字中用了半角标点「,」（本行共 3 处），如「数量不够,工作信息」"
    assert diag.hint == "改用全角标点，如「数量不够，工作信息」（「,」→「，」）"


def test_dl701_numbers_urls_and_ascii_pass(fixed_seed):
    text = _full_width_line(fixed_seed, 100)
    assert found(text, "DL701") == []
    text = text.replace("本年度我镇没有收到公开政府信息申请。",
                        "本年度我镇没有收到公开政府信息申请。全年发布信息1,000条，占比3.5%，"
                        "网址https://www.mengjin.gov.cn,门户网站(www.mengjin.gov.cn)提供PDF,DOC格式。")
    assert found(text, "DL701") == []
    brackets = text.replace("《中华人民共和国政府信息公开条例》（以下简称新条例）",
                            "《中华人民共和国政府信息公开条例》(以下简称新条例)")
    (diag,) = found(brackets, "DL701")
    assert (diag.line, diag.message) == (7, "中文文字中用了半角标点「(」（本行共 2 处），如「开条例》(以下简称」")
