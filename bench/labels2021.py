"""Official labels of the 2021 annual-report format, as the generator prints them.

Kept separate from the linter's own template on purpose: the bench and its tests
must check the linter against an independent spelling of the template.
"""

from __future__ import annotations

from dataclasses import dataclass

SECTION_NUMERALS: tuple[str, ...] = ("一", "二", "三", "四", "五", "六")

SECTION_TITLES: tuple[str, ...] = (
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
)

# Table T2: (caption, header cells, rows of (label, number of value cells)).
T2_BLOCKS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("第二十条第（一）项", ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "行政规范性文件")),
    ("第二十条第（五）项", ("信息内容", "本年处理决定数量"), ("行政许可",)),
    ("第二十条第（六）项", ("信息内容", "本年处理决定数量"), ("行政处罚", "行政强制")),
    ("第二十条第（八）项", ("信息内容", "本年收费金额（单位：万元）"), ("行政事业性收费",)),
)

T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANT = "申请人情况"
T3_NATURAL = "自然人"
T3_ORG = "法人或其他组织"
T3_TOTAL = "总计"
T3_ORG_KINDS: tuple[str, ...] = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
T3_COLUMNS: tuple[str, ...] = (T3_NATURAL, *T3_ORG_KINDS, T3_TOTAL)

T3_RESULTS_LABEL = "三、本年度办理结果"


@dataclass(frozen=True)
class T3Row:
    """One value row of T3: canonical key and its (up to) three label levels."""

    key: str
    group: str  # level-1 or level-2 label that is merged over several rows ('' if none)
    label: str  # the row's own (most specific) label
    first_in_group: bool = False

    @property
    def is_result(self) -> bool:
        return self.key.startswith("r3_") and self.key != "r3_total"


def _group(group: str, keys_labels: tuple[tuple[str, str], ...]) -> list[T3Row]:
    return [T3Row(k, group, lbl, i == 0) for i, (k, lbl) in enumerate(keys_labels)]


T3_ROWS: tuple[T3Row, ...] = (
    T3Row("r1_new", "", "一、本年新收政府信息公开申请数量"),
    T3Row("r2_carry_in", "", "二、上年结转政府信息公开申请数量"),
    T3Row("r3_open", "", "（一）予以公开", True),
    T3Row("r3_partial", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    *_group("（三）不予公开", (
        ("r3_deny_secret", "1.属于国家秘密"),
        ("r3_deny_law", "2.其他法律行政法规禁止公开"),
        ("r3_deny_safety", "3.危及“三安全一稳定”"),
        ("r3_deny_third", "4.保护第三方合法权益"),
        ("r3_deny_internal", "5.属于三类内部事务信息"),
        ("r3_deny_process", "6.属于四类过程性信息"),
        ("r3_deny_enforce", "7.属于行政执法案卷"),
        ("r3_deny_query", "8.属于行政查询事项"),
    )),
    *_group("（四）无法提供", (
        ("r3_na_notheld", "1.本机关不掌握相关政府信息"),
        ("r3_na_create", "2.没有现成信息需要另行制作"),
        ("r3_na_unclear", "3.补正后申请内容仍不明确"),
    )),
    *_group("（五）不予处理", (
        ("r3_np_petition", "1.信访举报投诉类申请"),
        ("r3_np_repeat", "2.重复申请"),
        ("r3_np_publication", "3.要求提供公开出版物"),
        ("r3_np_massive", "4.无正当理由大量反复申请"),
        ("r3_np_confirm", "5.要求行政机关确认或重新出具已获取信息"),
    )),
    *_group("（六）其他处理", (
        ("r3_oth_nocorrect", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("r3_oth_nofee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("r3_oth_other", "3.其他"),
    )),
    T3Row("r3_total", "", "（七）总计"),
    T3Row("r4_carry_out", "", "四、结转下年度继续办理"),
)

T3_KEYS: tuple[str, ...] = tuple(r.key for r in T3_ROWS)
T3_RESULT_KEYS: tuple[str, ...] = tuple(r.key for r in T3_ROWS if r.is_result)
T3_BY_KEY: dict[str, T3Row] = {r.key: r for r in T3_ROWS}

T4_GROUPS: tuple[str, ...] = ("行政复议", "未经复议直接起诉", "复议后起诉")
T4_TOP: tuple[str, ...] = ("行政复议", "行政诉讼")
T4_RESULTS: tuple[str, ...] = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
