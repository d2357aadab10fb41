"""Short cases per rule (failing and passing), and meta-tests over the registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import codes, lint, model, serious

from disclosure_lint.registry import load_rules

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------ sections

def test_section_one_subheadings_repeating_later_titles_are_not_sections(seed):
    report = model(seed)
    assert [(s.heading.ordinal, seed.count("\n", 0, s.heading.span.start) + 1)
            for s in report.sections] == [(1, 5), (2, 41), (3, 58), (4, 89), (5, 96), (6, 110)]


def test_table_three_row_labels_are_not_sections(clean_tab):
    text = clean_tab.replace("四、结转下年度继续办理\t", "\n### 四、结转下年度继续办理\n", 1)
    assert [s.heading.ordinal for s in model(text).sections] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("markup", ["{h}", "# {h}", "#### {h}", "**{h}**", "<p>{h}</p>",
                                    "{h}　", "第{o}部分：{t}"])
def test_headings_in_any_markup(fixed_seed, markup):
    text = fixed_seed.replace("## 二、主动公开政府信息情况",
                              markup.format(h="二、主动公开政府信息情况", o="二",
                                            t="主动公开政府信息情况"))
    report = model(text)
    assert [s.heading.ordinal for s in report.sections] == [1, 2, 3, 4, 5, 6]
    assert serious(lint(text)) == []


def test_repeated_section_is_reported(fixed_seed):
    text = fixed_seed.replace("## 六、其他需要报告的事项",
                              "三、收到和处理政府信息公开申请情况\n补充说明。\n\n## 六、其他需要报告的事项")
    assert [c for c in codes(lint(text)) if c[0] == "DL102"] == [("DL102", 110)]


def test_misnumbered_section_is_reported(fixed_seed):
    text = fixed_seed.replace("## 三、收到和处理政府信息公开申请情况",
                              "## 三、政府信息公开行政复议、行政诉讼情况")
    found = [d for d in lint(text) if d.code == "DL102"]
    assert [d.line for d in found] == [58] and "应为「四、」" in found[0].message


# ------------------------------------------------------------- tables

def test_missing_table_and_missing_row(fixed_seed):
    start = fixed_seed.index("第二十条第（一）项")
    end = fixed_seed.index("## 三、")
    no_t2 = fixed_seed[:start] + "（表格为图片）\n\n" + fixed_seed[end:]
    assert [c for c in codes(lint(no_t2)) if c[0].startswith("DL2")] == [("DL201", 41)]
    no_row = fixed_seed.replace("\t\t4.保护第三方合法权益\t\t0\t0\t0\t0\t0\t0\t0\n", "")
    found = [d for d in lint(no_row) if d.code == "DL202"]
    assert len(found) == 1 and "4.保护第三方合法权益" in found[0].message
    assert found[0].line == 70  # where the row should have been


def test_invalid_numbers(clean_tab):
    text = clean_tab.replace("行政处罚\t3", "行政处罚\t-3").replace(
        "2.重复申请\t\t1\t0\t0\t0\t0\t0\t1", "2.重复申请\t\t1.5\t0\t0\t0\t0\t0\t1.5")
    found = [d for d in lint(text) if d.code == "DL206"]
    assert [d.message for d in found] == [
        "「二、第二十条第（六）项 行政处罚」的「第1列」为负数 -3，件数不能小于 0",
        "「三、（五）2.重复申请」的「自然人」为 1.5，此处应为整数件数",
        "「三、（五）2.重复申请」的「总计」为 1.5，此处应为整数件数",
    ]
    assert not [d for d in lint(clean_tab) if d.code == "DL206"]  # the fee 1.2500 is fine


# -------------------------------------------------------- suppressions

def test_inline_suppressions(seed):
    text = seed.replace("为切实做好政务公开工作",
                        "<!-- disclosure-lint: disable-next-line DL301 -- 已核实 -->\n为切实做好政务公开工作")
    found = codes(lint(text))
    assert not [c for c in found if c[0] == "DL301"]
    stale = seed.replace("## 一、总体情况", "## 一、总体情况\n<!-- disclosure-lint: disable-next-line DL401 -->")
    assert ("DL003", 6) in codes(lint(stale))
    block = seed.replace("### 三、收到", "<!-- disclosure-lint: disable DL205 -->\n### 三、收到") \
        .replace("### 四、政府", "<!-- disclosure-lint: enable DL205 -->\n### 四、政府")
    assert not [c for c in codes(lint(block)) if c[0] in ("DL205", "DL003")]


@pytest.mark.parametrize("disable, enable", [("ALL", "all"), ("", ""), ("all", "")])
def test_a_suppression_of_all_rules(seed, disable, enable):
    """``ALL`` (any case) means every rule, as in ``--select ALL``, like naming none."""
    assert len([c for c in codes(lint(seed)) if 58 < c[1] < 89]) == 4  # in section 三
    block = seed.replace("### 三、收到", f"<!-- disclosure-lint: disable {disable} -->\n### 三、收到") \
        .replace("### 四、政府", f"<!-- disclosure-lint: enable {enable} -->\n### 四、政府")
    found = codes(lint(block))
    assert not [c for c in found if 59 < c[1] < 90], found  # (one line further down)
    assert ("DL203", 96) in found  # section 四 is checked again
    assert "DL003" not in [c[0] for c in found]
    unused = seed.replace("为切实做好政务公开工作",
                          f"<!-- disclosure-lint: disable-next-line {disable} -->\n为切实做好政务公开工作")
    assert ("DL003", 6) not in codes(lint(unused))  # suppresses DL301 on the next line


# ----------------------------------------------------------- registry

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_is_documented(rule):
    assert re.fullmatch(r"DL\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.summary.zh and rule.summary.en
    for heading in ("What it checks", "Why", "Example (fails)", "Use instead"):
        assert heading in rule.doc, heading
    assert rule.doc.lstrip().startswith(f"{rule.code} {rule.name}:")
    for key, text in rule.messages.items():
        assert set(text) == {"zh", "en"}, key
        assert set(re.findall(r"{(\w+)}", text["zh"])) == \
            set(re.findall(r"{(\w+)}", text["en"])), key


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_is_exercised_by_a_test(rule):
    mentions = sum(path.read_text(encoding="utf-8").count(f'"{rule.code}"')
                   for path in HERE.glob("test_*.py"))
    assert mentions >= 1, f"no test expects {rule.code}"


def test_unquoted_enumerations_repeated_or_doubled(fixed_seed):
    sentence = "通过政府网站、政务微博、政府网站等平台公开信息。\n"
    text = fixed_seed.replace("## 二、主动公开政府信息情况", sentence + "\n## 二、主动公开政府信息情况")
    (found,) = [d for d in lint(text) if d.code == "DL301"]
    assert found.message == "「政府网站」在同一列举中重复出现" and found.line == 41
    doubled = fixed_seed.replace("## 二、主动公开政府信息情况",
                                 "参与了对外开放新闻发布会、专场政务公开新闻发布会专场政务公开新闻发布会；\n\n"
                                 "## 二、主动公开政府信息情况")
    (found,) = [d for d in lint(doubled) if d.code == "DL301"]
    assert found.message == "「专场政务公开新闻发布会」紧接着重复写了两遍"
    distinct = fixed_seed.replace("## 二、主动公开政府信息情况",
                                  "通过政府网站、政务微博、微信公众号公开，公开、公开再公开。\n\n"
                                  "## 二、主动公开政府信息情况")
    assert not [d for d in lint(distinct) if d.code == "DL301"]


@pytest.mark.parametrize("sentence, item", [
    ("门户网站、政府信息公开制度政府信息公开制度等平台。", "「政府信息公开制度」紧接着重复写了两遍"),
    ("政务公开工作及其他、政务公开工作及 其他。", "「政务公开工作及 其他」在同一列举中重复出现"),
])
def test_unquoted_enumeration_last_item_with_its_tail(fixed_seed, sentence, item):
    """The last item is read without its 等… tail (and 及 其他 with a space is no tail)
    by the quick test too (found by review: the quick test once skipped these)."""
    text = fixed_seed.replace("## 二、主动公开政府信息情况", sentence + "\n\n## 二、主动公开政府信息情况")
    assert [d.message for d in lint(text) if d.code == "DL301"] == [item]


def test_unquoted_enumeration_quick_test_never_hides_a_finding(monkeypatch):
    """Differential: random 、-enumerations give the same DL301 findings with the quick
    test and with every clause read item by item."""
    import random

    from disclosure_lint.rules import duplicate_listed_item as dl301

    from disclosure_lint.model import Block, BlockKind, Report, Span

    words = ["政府网站", "政务微博", "政府 网站", "政府网站", "微信公众号", "公开栏",
             "信息公开制度信息公开制度", "政务公开工作及其他", "政务公开工作及 其他", "网站",
             "“政府网站”", "政府网站等平台", "门户网站", "新闻发布会新闻发布会", "",
             "ＡＢ政府网站", "AB政府网站", "政务新媒体和其他渠道",
             "政府信息公开工作制度政府信息公开工作制度", "政府信息公开工作制度政府信息公开工作制度等"]
    rng = random.Random(7)
    texts = []
    for _ in range(3000):
        items = [rng.choice(words) for _ in range(rng.randint(2, 5))]
        tail = rng.choice(["", "等平台", "等", "及其他"])
        texts.append(rng.choice(["通过", "", "在"]) + "、".join(items) + tail + "。")
    report = Report(path="x", text="\n".join(texts), lines=None, encoding="utf-8")  # type: ignore[arg-type]
    offset = 0
    for text in texts:
        report.preamble.append(Block(BlockKind.PARAGRAPH, Span(offset, offset + len(text)), text))
        offset += len(text) + 1

    def findings():
        report.memo.clear()
        return [(f.span, f.message, dict(f.args)) for f in dl301._unquoted(report)]

    quick = findings()
    monkeypatch.setattr(dl301, "_may_repeat", lambda text: True)
    assert quick == findings() and len(quick) > 100
