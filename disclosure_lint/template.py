"""The official report format as data: sections, table rows, columns, identities.

Sources: domain.md §1 (sections), §3 (tables T2/T3/T4 of the 2021 format),
§4 (arithmetic identities) and §5 (the 2019 trial format).  Rules ask this
module questions; they never spell labels themselves.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from . import patterns

ORDINALS = "一二三四五六七八九十"


# ---------------------------------------------------------------- sections

class SectionSpec(NamedTuple):
    ordinal: int
    key: str
    title: str
    keywords: re.Pattern[str]
    title_en: str


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(1, "overview", "总体情况", patterns.compile(r"总体|概述|概况|基本情况"), "Overview"),
    SectionSpec(2, "proactive", "主动公开政府信息情况", patterns.compile(r"主动公开"),
                "Proactive disclosure"),
    SectionSpec(3, "applications", "收到和处理政府信息公开申请情况",
                patterns.compile(r"收到和处理|依申请|公开申请"), "Applications received and handled"),
    SectionSpec(4, "review_litigation", "政府信息公开行政复议、行政诉讼情况",
                patterns.compile(r"复议|诉讼"), "Administrative review and litigation"),
    SectionSpec(5, "problems", "存在的主要问题及改进情况",
                patterns.compile(r"问题|改进|整改"), "Main problems and improvements"),
    SectionSpec(6, "other", "其他需要报告的事项", patterns.compile(r"其他|其它"), "Other matters"),
)


def ordinal_value(text: str) -> int:
    """Value of a Chinese ordinal ``一`` … ``十``; 0 when not one."""
    return ORDINALS.find(text) + 1 if len(text) == 1 else 0


def names_section(ordinal: int, title: str) -> bool:
    """True when a heading title carries the keywords of section ``ordinal`` (1-6) near
    its start, spaces ignored: what makes a heading candidate "strong"."""
    head = title.replace(" ", "").replace("\u3000", "")[:24]
    return bool(SECTIONS[ordinal - 1].keywords.search(head))


# ------------------------------------------------------------ normalising

_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
           "〔": "[", "〕": "]", "【": "[", "】": "]", "﹙": "(", "﹚": ")"}


# Full-width punctuation makes almost every Chinese sentence non-NFKC, and NFKC of such
# a text is slow (microseconds per sentence).  Each of these characters decomposes to one
# ASCII character; replacing it by that character first changes nothing in the text's
# NFKC form (NFKC decomposes character by character), and what is left is usually NFKC
# already, which ``unicodedata.is_normalized`` tells quickly.
_COMMON_COMPAT = tuple((char, unicodedata.normalize("NFKD", char))  # commonest first
                       for char in "，：；（）！？％＂＇＋－／＜＝＞［］｛｝～"
                                   "０１２３４５６７８９\u3000")
_QUOTE_CHARS = patterns.compile("[" + re.escape("".join(_QUOTES)) + "]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, fast for the usual Chinese text."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for char, plain in _COMMON_COMPAT:
        if char in text:
            text = text.replace(char, plain)
            if unicodedata.is_normalized("NFKC", text):
                return text
    return unicodedata.normalize("NFKC", text)


def replace_chars(text: str, table: dict[str, str]) -> str:
    """``text`` with each key of ``table`` (one character) replaced by its value: what
    ``str.translate`` does, by ``str.replace`` per character present, as translate reads
    a Chinese text character by character through a mapping (some 25 times slower)."""
    for char, replacement in table.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def normalise(text: str) -> str:
    """Label form for comparison: NFKC (full-width → half-width), one quote style, no
    whitespace (``\\s``, which is ``str.isspace``, dropped by ``str.split``)."""
    text = nfkc(text)
    if _QUOTE_CHARS.search(text):
        text = replace_chars(text, _QUOTES)
    return "".join(text.split())


_NUMBERING = patterns.compile(r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、])")


def strip_numbering(label: str) -> str:
    """Drop leading ordinals such as ``三、``, ``(一)``, ``1.`` (repeatedly)."""
    previous = None
    while previous != label:
        previous = label
        label = _NUMBERING.sub("", label, count=1)
    return label


# ------------------------------------------------------------------ rows

class RowSpec(NamedTuple):
    key: str
    label: str  # the official label of the row itself, numbering included
    display: str  # how messages name the row (with its group)
    display_en: str
    signature: re.Pattern[str]  # searched in the normalised label
    values: int  # how many value cells the row has
    group: str = ""  # result group for T3 rows ('3'…'6'), '' otherwise


def _row(key: str, label: str, display: str, en: str, sig: str, values: int = 7,
         group: str = "") -> RowSpec:
    return RowSpec(key, label, display, en, patterns.compile(sig), values, group)


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

# The rows table 三 is read with: the 2021 rows and the 2019 format's single （六）.
T3_ROWS_READ = T3_ROWS_2021 + (R3_OTHER_2019,)
T3_ROW_BY_KEY = {r.key: r for r in T3_ROWS_READ}
T3_ROW_ORDER = [r.key for r in T3_ROWS_2021]

T3_RESULT_KEYS_2021 = tuple(r.key for r in T3_ROWS_2021 if r.group)
T3_RESULT_KEYS_2019 = tuple(r.key for r in T3_ROWS_2019 if r.group)

T3_COLUMNS = ("np", "biz", "res", "npo", "law", "oth", "tot")
T3_COLUMN_LABELS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T3_COLUMN_LABELS_EN = ("natural persons", "commercial enterprises", "research institutions",
                       "public-welfare organisations", "legal-service providers",
                       "other organisations", "total")

# Column header variants that differ from the official wording (→ DL205).
T3_COLUMN_VARIANTS = {"社会组织": "社会公益组织"}

# Row label variants known to be wrong wording, normalised form → official.
# Known wrong wordings of row labels (normalised, numbering dropped) → the official label;
# a variant counts only for the row whose label it names (so 规范性文件 is right in 2019).
ROW_VARIANTS = {"其他法律法规禁止公开": "2.其他法律行政法规禁止公开", "规范性文件": "行政规范性文件"}

T3_ANCHOR = patterns.compile(r"勾稽关系|申请人情况|本年(?:度)?新收")


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
T2_ANCHOR = patterns.compile(r"第二十条")
T2_MARKERS_2021 = patterns.compile(r"本年制发件数|本年废止件数|现行有效件数")
T2_MARKERS_2019 = patterns.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|"
                                   r"其他对外管理服务事项|第二十条第\(九\)项|政府集中采购")


# ------------------------------------------------------------------- T4

T4_GROUPS = ("rv", "lit_direct", "lit_after")
T4_GROUP_LABELS = ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）")
T4_GROUP_LABELS_EN = ("administrative review", "litigation without prior review",
                      "litigation after review")
T4_FIELDS = ("keep", "correct", "other", "pending", "total")
T4_FIELD_LABELS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_FIELD_LABELS_EN = ("upheld", "corrected", "other outcome", "pending", "total")
T4_COLUMNS = tuple(f"{g}.{f}" for g in T4_GROUPS for f in T4_FIELDS)
T4_ANCHOR = patterns.compile(r"行政复议|结果维持")  # where table 四's values are read from
# where its short lines start to be cells (section 四's prose names 行政复议 alone too)
T4_CELLS_ANCHOR = patterns.compile(r"结果维持|行政复议.{0,6}行政诉讼")
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
        if key == T4_ROW_KEY:  # table 四 has one data row: the table names it
            return "T4" if lang == "en" else "表四"
        return key
    return spec.display_en if lang == "en" else spec.display


# --------------------------------------------------------------- matching

# id(rows) -> (rows, {label: match}); the rows tuple is kept, so its id is never reused
_MATCH_CACHE: dict[int, tuple[tuple[RowSpec, ...], dict[str, RowSpec | None]]] = {}


def match_row(label: str, rows: tuple[RowSpec, ...]) -> RowSpec | None:
    """The template row whose signature occurs last in the (normalised) label.

    The rightmost signature wins because merged captions precede the row's own
    label: ``（六）其他处理1.申请人…逾期不补正…`` is row （六）1, not （六）.
    Results are cached per rows tuple: the same official labels recur in every report.
    """
    entry = _MATCH_CACHE.get(id(rows))  # (an entry keeps its tuple alive: no other has its id)
    if entry is None:
        if len(_MATCH_CACHE) > 64:
            _MATCH_CACHE.clear()
        entry = _MATCH_CACHE[id(rows)] = (rows, {})
    known = entry[1]
    try:
        return known[label]
    except KeyError:
        pass
    if len(known) > 50_000:
        known.clear()
    found = known[label] = _match_row(label, rows)
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
    official = ROW_VARIANTS.get(strip_numbering(normalise(label)))
    return official if official == spec.label else None


# ====================================================================
# Narrative checks (DL103–DL106, DL302, DL602–DL604, DL701): data only.
# Official section titles stay in ``SECTIONS`` above; this block adds the
# words the narrative rules look for (domain.md §1.2, §2, §7 E10–E15).
# ====================================================================

# A qualifier put before an official section title that leaves the title itself intact
# (五、政府信息公开工作存在的主要问题及改进情况, Shanghai and 047): not a variant wording.
SECTION_TITLE_QUALIFIERS = frozenset({"政府信息公开工作", "政府信息公开", "政务公开工作", "本机关"})


class AspectSpec(NamedTuple):
    """One of the five aspects section 一 must cover (domain.md §2 一, E12)."""

    key: str
    name: str
    name_en: str
    keywords: re.Pattern[str]  # searched in the normalised text of section 一


OVERVIEW_ASPECTS: tuple[AspectSpec, ...] = (
    AspectSpec("proactive", "主动公开", "proactive disclosure", patterns.compile(r"主动公开")),
    AspectSpec("on_request", "依申请公开", "disclosure on application",
               patterns.compile(r"依申请|公开申请|申请公开|信息申请|申请件|"
                                r"(?:收到|受理|办理|答复)[^。；;]{0,12}申请")),
    AspectSpec("management", "政府信息管理", "management of government information",
               patterns.compile(r"管理")),
    AspectSpec("platform", "政府信息公开平台建设", "disclosure platforms",
               patterns.compile(r"平台|网站|门户|新媒体|公众号|公开栏|公示栏|公开专区|公报|微博|"
                                r"客户端|小程序|APP", re.IGNORECASE)),
    AspectSpec("oversight", "监督保障", "oversight and safeguards",
               patterns.compile(r"监督|保障|考核|考评|培训|评议|责任追究|问责|督查|督导|绩效")),
)

# Section texts that say nothing (DL104), compared after ``normalise`` and with
# trailing punctuation removed.
EMPTY_SECTION_TEXTS = frozenset({"无", "暂无", "没有", "无内容", "不涉及", "不适用", "空", "略",
                                 "/", "-", "—", "——"})

# 信息处理费 statement in section 六 (domain.md §2 六, E10).
FEE_NAME = patterns.compile(r"信息处理费")
FEE_WORD = patterns.compile(r"处理费")
FEE_AMOUNT = patterns.compile(r"\d+(?:\.\d+)?\s*(?:万元|元)|零元")
FEE_NEGATION = patterns.compile(r"未|没有|无|不|零|免")
# a nil statement about charging in disclosure work ("政府信息公开未发生收费情况")
FEE_NIL_CHARGE = patterns.compile(r"(?:未|没有|无|不|零)[^。；;，,]{0,8}(?:收费|收取[^。；;]{0,6}费)"
                                  r"|(?:收费|收取[^。；;]{0,6}费)[^。；;]{0,6}(?:为\s*)?(?:0|零)\s*元")
FEE_NOT_DISCLOSURE = patterns.compile(r"行政事业性收费")
# The words that open the statement of the statistics period (统计期限自…起至…止).
PERIOD_KEY = (r"统计(?:期限|时限|区间|时间|期间|周期|时段)|数据统计"
              r"|所列数据(?:的)?(?:时间|期间|期限)")
FORMAT_2021_FROM_YEAR = 2021  # reports for 2021 onward use the 2021 format (国办公开办函〔2021〕30号)
FEE_STATEMENT_FROM_YEAR = 2021  # 国办函〔2020〕109号; the 2021 format asks for it

# Section 五 (DL604, E11): problem and measure cues.
PROBLEM_CUES = patterns.compile(r"问题|不足|短板|差距|薄弱|不够|有待|欠缺|不高|不强|不到位|滞后|单一")
MEASURE_CUES = patterns.compile(r"改进|措施|下一步|今后|将|加强|完善|提升|提高|推进|持续|强化|优化|"
                                r"整改|加大|健全|规范|深化|落实|做好|丰富|拓宽")
# sub-heading words that name the parts of section 五 and are not measures themselves
SECTION5_PART_TITLES = patterns.compile(r"存在的?主要?问题|改进(?:措施|情况)|整改(?:措施|情况)|及|和|情况")
# "有待加强" names a problem, not a measure
MEASURE_AS_PROBLEM = patterns.compile(r"(?:有待|亟待|仍需|尚需|还需|需要|需|不够|不足以?)(?:进一步)?"
                                      r"(?:加强|提高|提升|完善|改进|强化|优化|规范|深化|落实|加大|健全)")

# Administrative levels of a place name (DL603, E15): 县 and 区 are peers (both
# county-level), so one place is not both; 市 is left out on purpose, since a city
# and its namesake county are different places (长沙市 / 长沙县, 南昌市 / 南昌县).
PLACE_LEVELS = ("县", "区")
# Words that end in a level character but are not a place name + level.
PLACE_STEM_STOP = frozenset({
    "自治", "示范", "开发", "高新", "保税", "试验", "实验", "综合", "新城", "经济", "工业", "产业",
    "功能", "风景", "旅游", "度假", "贫困", "直辖", "地级", "设区", "城市", "城区", "市辖", "辖区",
    "社区", "园区", "景区", "片区", "新区", "老城", "主城", "市区", "郊区", "山区", "牧区", "林区",
    "矿区", "库区", "灾区", "街区", "校区", "厂区", "营区", "商业", "生态", "文明", "卫生", "先进",
    "百强", "强县", "强市", "大县", "大市", "农业", "粮食", "文化", "体育", "健康", "宜居", "全国",
    "所在", "相邻", "周边", "有关", "相关", "其他", "其它", "省会", "中心", "特大", "县级", "市级",
    "区级", "各县", "各区", "各市", "全县", "全区", "全市", "本县", "本区", "本市", "我县", "我区",
    "我市", "该县", "该区", "该市", "县城", "城关",
    # verbs and connectives that precede a bare 县委 / 区政府 …
    "贯彻", "落实", "围绕", "更新", "强化", "通过", "推进", "发布", "按照", "根据", "依托", "配合",
    "协助", "报送", "上报", "报请", "提请", "报经", "提交", "对接", "服务", "支持", "参加", "召开",
    "印发", "转发", "执行", "完成", "接受", "组织", "结合", "聚焦", "紧扣", "响应", "积极", "认真",
    "及时", "全面", "坚持", "关于", "经过", "经由", "同时", "以及", "并由", "获得", "取得", "得到",
    "受到", "加强", "指导", "领导", "部署", "安排", "要求", "规定", "建立", "健全", "开展", "推动",
    "实施", "负责", "承担", "牵头", "参与", "协调", "督促", "检查", "考核", "评议", "审核", "审查",
    "批准", "上级", "主管", "以上", "以下", "所属", "直属", "各级", "全体", "成立", "设立", "简称",
    "作为", "成为", "属于", "隶属", "位于", "向上", "报告", "汇报", "请示", "联合", "会同", "协同",
})
# A character that cannot be part of a place-name stem (function words, levels).
PLACE_STEM_BAD_CHARS = frozenset("的了在和与及或对向从于为将把被由以按据经各全本我该此其这那每辖城"
                                 "县区市省镇乡村街道州盟旗一二三四五六七八九十")
# Occurrences that name the former unit on purpose (原孟津县, 撤销孟津县)
PLACE_HISTORY = patterns.compile(r"(?:原|前|旧|撤销?|改设|更名|设立)$")
# Words that mark a place + level as the name of a body (县政府, 区委 …)
PLACE_BODY = patterns.compile(r"^(?:委|政府|人民政府|门户网站)")
# The unit's superior named by its bare level: 区委、区政府 / 县委县政府
BARE_LEVEL_PAIR = patterns.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[、和及与]))(县|区)委[、，,和及与]?(?:\1)(?:人民)?政府")

# Half-width punctuation that has a full-width form in Chinese text (DL701).
HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}


# ======================================================================
# Narrative wording of table 三 (used by DL501 narrative-table-mismatch).
# How report texts name the applicant columns and the result groups of
# table 三 when they restate its figures in prose ("其中自然人申请741件",
# "予以公开及部分公开208件"). Keys are T3 column keys / result groups.
# ======================================================================

# Applicant columns: words → the T3 column keys whose sum the word means.
NARRATIVE_APPLICANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("自然人", ("np",)),
    ("法人或其他组织", ("biz", "res", "npo", "law", "oth")),
    ("法人和其他组织", ("biz", "res", "npo", "law", "oth")),
    ("法人及其他组织", ("biz", "res", "npo", "law", "oth")),
    ("商业企业", ("biz",)),
    ("科研机构", ("res",)),
    ("社会公益组织", ("npo",)),
    ("法律服务机构", ("law",)),
)

# Result groups: words → RowSpec.group of the rows they sum (（一）…（六）).
NARRATIVE_RESULTS: tuple[tuple[str, str], ...] = (
    ("予以公开", "1"),
    ("部分公开", "2"),
    ("不予公开", "3"),
    ("无法提供", "4"),
    ("不予处理", "5"),
    ("其他处理", "6"),
)


# ------------------------------------------------------- unit levels (DL217)

# Agencies that can never make 规章 (only the State Council's departments and the
# governments of provinces and cities with districts can): townships, streets,
# counties and their departments.  Read from the agency name in the title.
TOWNSHIP_UNIT = patterns.compile(r"(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)|街道办|镇$|乡$")
COUNTY_UNIT = patterns.compile(r"县(?:人民政府|政府|.{1,12}(?:局|委员会|办公室|中心))|县$")
