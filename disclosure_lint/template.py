"""The official report format as data: sections, table rows, columns, identities.

Sources: domain.md §1 (sections), §3 (tables T2/T3/T4 of the 2021 format),
§4 (arithmetic identities) and §5 (the 2019 trial format).  Rules ask this
module questions; they never spell labels themselves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ORDINALS = "一二三四五六七八九十"


# ---------------------------------------------------------------- sections

@dataclass(frozen=True, slots=True)
class SectionSpec:
    ordinal: int
    key: str
    title: str
    keywords: re.Pattern[str]
    title_en: str


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(1, "overview", "总体情况", re.compile(r"总体|概述|概况|基本情况"), "Overview"),
    SectionSpec(2, "proactive", "主动公开政府信息情况", re.compile(r"主动公开"),
                "Proactive disclosure"),
    SectionSpec(3, "applications", "收到和处理政府信息公开申请情况",
                re.compile(r"收到和处理|依申请|公开申请"), "Applications received and handled"),
    SectionSpec(4, "review_litigation", "政府信息公开行政复议、行政诉讼情况",
                re.compile(r"复议|诉讼"), "Administrative review and litigation"),
    SectionSpec(5, "problems", "存在的主要问题及改进情况",
                re.compile(r"问题|改进|整改"), "Main problems and improvements"),
    SectionSpec(6, "other", "其他需要报告的事项", re.compile(r"其他|其它"), "Other matters"),
)
SECTION_BY_KEY = {spec.key: spec for spec in SECTIONS}


def ordinal_value(text: str) -> int:
    """Value of a Chinese ordinal ``一`` … ``十``; 0 when not one."""
    return ORDINALS.find(text) + 1 if len(text) == 1 else 0


# ------------------------------------------------------------ normalising

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                         "〔": "[", "〕": "]", "【": "[", "】": "]", "﹙": "(", "﹚": ")"})
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Label form for comparison: NFKC (full-width → half-width), no spaces, one quote style."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).translate(_QUOTES))


_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、])")


def strip_numbering(label: str) -> str:
    """Drop leading ordinals such as ``三、``, ``(一)``, ``1.`` (repeatedly)."""
    previous = None
    while previous != label:
        previous = label
        label = _NUMBERING.sub("", label, count=1)
    return label


# ------------------------------------------------------------------ rows

@dataclass(frozen=True, slots=True)
class RowSpec:
    key: str
    label: str  # the official label of the row itself, numbering included
    display: str  # how messages name the row (with its group)
    display_en: str
    signature: re.Pattern[str]  # searched in the normalised label
    values: int  # how many value cells the row has
    group: str = ""  # result group for T3 rows ('3'…'6'), '' otherwise


def _row(key: str, label: str, display: str, en: str, sig: str, values: int = 7,
         group: str = "") -> RowSpec:
    return RowSpec(key, label, display, en, re.compile(sig), values, group)


T3_ROWS_2021: tuple[RowSpec, ...] = (
    _row("r1_new", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量",
         "1. new applications this year", r"本年(度)?新收"),
    _row("r2_carry_in", "二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
         "2. carried over from last year", r"上年(度)?结转"),
    _row("r3_open", "（一）予以公开", "三、（一）予以公开", "3.(1) granted", r"予以公开", group="1"),
    _row("r3_partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
         "三、（二）部分公开", "3.(2) partly granted", r"部分公开", group="2"),
    _row("r3_deny_secret", "1.属于国家秘密", "三、（三）1.属于国家秘密",
         "3.(3)1 state secret", r"国家秘密", group="3"),
    _row("r3_deny_law", "2.其他法律行政法规禁止公开", "三、（三）2.其他法律行政法规禁止公开",
         "3.(3)2 prohibited by other laws", r"法规禁止", group="3"),
    _row("r3_deny_safety", "3.危及“三安全一稳定”", "三、（三）3.危及“三安全一稳定”",
         "3.(3)3 three securities and stability", r"三安全一稳定|危及", group="3"),
    _row("r3_deny_third", "4.保护第三方合法权益", "三、（三）4.保护第三方合法权益",
         "3.(3)4 third-party rights", r"第三方", group="3"),
    _row("r3_deny_internal", "5.属于三类内部事务信息", "三、（三）5.属于三类内部事务信息",
         "3.(3)5 internal affairs", r"内部事务", group="3"),
    _row("r3_deny_process", "6.属于四类过程性信息", "三、（三）6.属于四类过程性信息",
         "3.(3)6 process information", r"过程性", group="3"),
    _row("r3_deny_enforce", "7.属于行政执法案卷", "三、（三）7.属于行政执法案卷",
         "3.(3)7 enforcement files", r"执法案卷", group="3"),
    _row("r3_deny_query", "8.属于行政查询事项", "三、（三）8.属于行政查询事项",
         "3.(3)8 query matters", r"查询事项", group="3"),
    _row("r3_na_notheld", "1.本机关不掌握相关政府信息", "三、（四）1.本机关不掌握相关政府信息",
         "3.(4)1 not held", r"不掌握", group="4"),
    _row("r3_na_create", "2.没有现成信息需要另行制作", "三、（四）2.没有现成信息需要另行制作",
         "3.(4)2 would need creating", r"另行制作|没有现成", group="4"),
    _row("r3_na_unclear", "3.补正后申请内容仍不明确", "三、（四）3.补正后申请内容仍不明确",
         "3.(4)3 still unclear", r"仍不明确|补正后申请", group="4"),
    _row("r3_np_petition", "1.信访举报投诉类申请", "三、（五）1.信访举报投诉类申请",
         "3.(5)1 petitions and complaints", r"信访|举报投诉", group="5"),
    _row("r3_np_repeat", "2.重复申请", "三、（五）2.重复申请", "3.(5)2 repeated",
         r"重复申请", group="5"),
    _row("r3_np_publication", "3.要求提供公开出版物", "三、（五）3.要求提供公开出版物",
         "3.(5)3 publications", r"出版物", group="5"),
    _row("r3_np_massive", "4.无正当理由大量反复申请", "三、（五）4.无正当理由大量反复申请",
         "3.(5)4 mass repetitive", r"大量反复", group="5"),
    _row("r3_np_confirm", "5.要求行政机关确认或重新出具已获取信息",
         "三、（五）5.要求行政机关确认或重新出具已获取信息", "3.(5)5 confirm or re-issue",
         r"重新出具|确认或", group="5"),
    _row("r3_oth_nocorrect", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "三、（六）1.申请人无正当理由逾期不补正", "3.(6)1 no correction in time",
         r"不补正", group="6"),
    _row("r3_oth_nofee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
         "三、（六）2.申请人逾期未按收费通知要求缴纳费用", "3.(6)2 fee not paid",
         r"收费通知|缴纳费用", group="6"),
    _row("r3_oth_other", "3.其他", "三、（六）3.其他", "3.(6)3 other",
         r"^(?:\d[.、])?其他$", group="6"),
    _row("r3_total", "（七）总计", "三、（七）总计", "3.(7) total", r"^(?:\(七\)|七[、.])总计"),
    _row("r4_carry_out", "四、结转下年度继续办理", "四、结转下年度继续办理",
         "4. carried forward to next year", r"结转下(一)?年"),
)

# 2019 trial format: （六）其他处理 is one value row.
R3_OTHER_2019 = _row("r3_oth", "（六）其他处理", "三、（六）其他处理", "3.(6) other handling",
                     r"其他处理", group="6")
T3_ROWS_2019: tuple[RowSpec, ...] = tuple(
    r for r in T3_ROWS_2021 if not r.key.startswith("r3_oth_")
)[:-2] + (R3_OTHER_2019,) + T3_ROWS_2021[-2:]

T3_ROW_BY_KEY = {r.key: r for r in T3_ROWS_2021 + (R3_OTHER_2019,)}
T3_ROW_ORDER = [r.key for r in T3_ROWS_2021]

# Group captions inside T3 that carry no values in the 2021 format.
T3_GROUP_CAPTIONS = re.compile(r"本年度?办理结果|不予公开$|无法提供$|不予处理$")

T3_RESULT_KEYS_2021 = tuple(r.key for r in T3_ROWS_2021 if r.group)
T3_RESULT_KEYS_2019 = tuple(r.key for r in T3_ROWS_2019 if r.group)

T3_COLUMNS = ("np", "biz", "res", "npo", "law", "oth", "tot")
T3_COLUMN_LABELS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T3_COLUMN_LABELS_EN = ("natural persons", "commercial enterprises", "research institutions",
                       "public-welfare organisations", "legal-service providers",
                       "other organisations", "total")
T3_APPLICANT_COLUMNS = range(6)  # indices summed into 总计
T3_TOTAL_COLUMN = 6

# Column header variants that differ from the official wording (→ DL205).
T3_COLUMN_VARIANTS = {"社会组织": "社会公益组织"}

# Row label variants known to be wrong wording, normalised form → official.
T3_ROW_VARIANTS = {"其他法律法规禁止公开": "2.其他法律行政法规禁止公开"}

T3_ANCHOR = re.compile(r"勾稽关系|申请人情况|本年新收")


# ------------------------------------------------------------------- T2

T2_ROWS_2021: tuple[RowSpec, ...] = (
    _row("t2.rules", "规章", "二、第二十条第（一）项 规章", "T2 rules", r"规章$", 3),
    _row("t2.normative", "行政规范性文件", "二、第二十条第（一）项 行政规范性文件",
         "T2 normative documents", r"规范性文件$", 3),
    _row("t2.license", "行政许可", "二、第二十条第（五）项 行政许可", "T2 licensing",
         r"行政许可$", 1),
    _row("t2.penalty", "行政处罚", "二、第二十条第（六）项 行政处罚", "T2 penalties",
         r"行政处罚$", 1),
    _row("t2.coercion", "行政强制", "二、第二十条第（六）项 行政强制", "T2 compulsory measures",
         r"行政强制$", 1),
    _row("t2.fee", "行政事业性收费", "二、第二十条第（八）项 行政事业性收费", "T2 fees",
         r"行政事业性收费$", 1),
)
T2_ROWS_2019: tuple[RowSpec, ...] = (
    _row("t2.rules", "规章", "二、第二十条第（一）项 规章", "T2 rules", r"规章$", 3),
    _row("t2.normative", "规范性文件", "二、第二十条第（一）项 规范性文件",
         "T2 normative documents", r"规范性文件$", 3),
    _row("t2.license", "行政许可", "二、第二十条第（五）项 行政许可", "T2 licensing",
         r"行政许可$", 3),
    _row("t2.other_services", "其他对外管理服务事项", "二、第二十条第（五）项 其他对外管理服务事项",
         "T2 other services", r"其他对外管理服务事项", 3),
    _row("t2.penalty", "行政处罚", "二、第二十条第（六）项 行政处罚", "T2 penalties",
         r"行政处罚$", 3),
    _row("t2.coercion", "行政强制", "二、第二十条第（六）项 行政强制", "T2 compulsory measures",
         r"行政强制$", 3),
    _row("t2.fee", "行政事业性收费", "二、第二十条第（八）项 行政事业性收费", "T2 fees",
         r"行政事业性收费$", 2),
    _row("t2.procurement", "政府集中采购", "二、第二十条第（九）项 政府集中采购",
         "T2 central procurement", r"政府集中采购", 2),
)
T2_ANCHOR = re.compile(r"第二十条")
T2_MARKERS_2021 = re.compile(r"本年制发件数|本年废止件数|现行有效件数")
T2_MARKERS_2019 = re.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|"
                             r"其他对外管理服务事项|第二十条第\(九\)项|政府集中采购")
T2_OFFICIAL_LABELS_2021 = {"行政规范性文件"}


# ------------------------------------------------------------------- T4

T4_GROUPS = ("rv", "lit_direct", "lit_after")
T4_GROUP_LABELS = ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")
T4_GROUP_LABELS_EN = ("administrative review", "litigation without prior review",
                      "litigation after review")
T4_FIELDS = ("keep", "correct", "other", "pending", "total")
T4_FIELD_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_FIELD_LABELS_EN = ("upheld", "corrected", "other outcome", "pending", "total")
T4_COLUMNS = tuple(f"{g}.{f}" for g in T4_GROUPS for f in T4_FIELDS)
T4_ANCHOR = re.compile(r"行政复议|结果维持")
T4_ROW_KEY = "t4"


def t4_column_display(index: int, lang: str = "zh") -> str:
    group, field = divmod(index, len(T4_FIELDS))
    if lang == "en":
        return f"{T4_GROUP_LABELS_EN[group]} / {T4_FIELD_LABELS_EN[field]}"
    return f"{T4_GROUP_LABELS[group]}/{T4_FIELD_LABELS[field]}"


def t3_column_display(index: int, lang: str = "zh") -> str:
    labels = T3_COLUMN_LABELS_EN if lang == "en" else T3_COLUMN_LABELS
    return labels[index] if index < len(labels) else str(index + 1)


def row_display(key: str, lang: str = "zh") -> str:
    spec = T3_ROW_BY_KEY.get(key) or next(
        (r for r in T2_ROWS_2021 + T2_ROWS_2019 if r.key == key), None)
    if spec is None:
        return key
    return spec.display_en if lang == "en" else spec.display


# --------------------------------------------------------------- matching

_MATCH_CACHE: dict[tuple[str, int], RowSpec | None] = {}


def match_row(label: str, rows: tuple[RowSpec, ...]) -> RowSpec | None:
    """The template row whose signature occurs last in the (normalised) label.

    The rightmost signature wins because merged captions precede the row's own
    label: ``（六）其他处理1.申请人…逾期不补正…`` is row （六）1, not （六）.
    Results are cached: the same official labels recur in every report.
    """
    key = (label, id(rows))
    try:
        return _MATCH_CACHE[key]
    except KeyError:
        pass
    if len(_MATCH_CACHE) > 50_000:
        _MATCH_CACHE.clear()
    found = _MATCH_CACHE[key] = _match_row(label, rows)
    return found


def _match_row(label: str, rows: tuple[RowSpec, ...]) -> RowSpec | None:
    norm = normalise(label) if label else ""
    if not norm:
        return None
    best: RowSpec | None = None
    best_pos = -1
    for spec in rows:
        found = spec.signature.search(norm)
        if found is None and spec.signature.pattern.startswith("^"):
            found = spec.signature.search(strip_numbering(norm))
            if found is not None:
                found_pos = len(norm)
                if found_pos > best_pos:
                    best, best_pos = spec, found_pos
                continue
        if found is not None and found.start() > best_pos:
            best, best_pos = spec, found.start()
    return best


def official_label_differs(label: str, spec: RowSpec) -> str | None:
    """The official label when ``label`` is a known wrong wording of ``spec``'s label."""
    body = strip_numbering(normalise(label))
    return T3_ROW_VARIANTS.get(body)
