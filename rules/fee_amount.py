"""DL216 fee-amount: the fee in table 二 is not in 万元, has too many decimals, or is implausible.

What it checks
    The value of 行政事业性收费 under 第二十条第（八）项 (2021 format: 本年收费金额,
    unit 万元): a cell that says 元 instead of 万元, more decimals than the option
    ``max_decimals`` allows (4 = one yuan; the 4-decimal wording is a local template
    variant, domain.md §3.1), and, for a township or street office, an amount above
    ``township_max`` 万元, which usually means yuan were written as 万元.

Why
    The header fixes the unit as 万元; a figure in 元 is ten thousand times too big.

Example (fails)
    行政事业性收费  35600          (a township: 3.56 亿元?)

Use instead
    行政事业性收费  3.56
"""


from typing import NamedTuple

from disclosure_lint import template as tpl
from disclosure_lint.narrative import nfkc
from disclosure_lint.rule import Rule, Severity, Text, finding


class Options(NamedTuple):
    max_decimals: int = 4
    township_max: float = 1000.0  # 万元


def check(report, options):
    table = report.tables.get("T2")
    if table is None or table.edition != "2021":
        return
    row = table.rows.get("t2.fee")
    if row is None or len(row.cells) != 1:
        return
    cell = row.cells[0]
    if cell.value is None:
        return
    raw = cell.raw.strip()
    if raw.endswith("元") and not raw.endswith("万元"):
        yield finding("DL216", cell.span, "yuan", raw=raw)
        return
    plain = nfkc(raw)  # '３．５６２３４' counts like '3.56234'
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    if decimals > options.max_decimals:
        yield finding("DL216", cell.span, "decimals", raw=raw, decimals=decimals,
                      limit=options.max_decimals, rounded=f"{cell.value:.{options.max_decimals}f}")
    if report.agency and tpl.TOWNSHIP_UNIT.search(report.agency) \
            and cell.value > options.township_max:
        yield finding("DL216", cell.span, "implausible", raw=raw, limit=options.township_max,
                      yuan=f"{cell.value / 10000:.4f}")


RULE = Rule(
    code="DL216",
    name="fee-amount",
    severity=Severity.WARNING,
    summary=Text("表二收费金额单位不是万元、小数位过多或数额不合常理",
                 "T2 fee not in 万元, too many decimals, or implausible"),
    check=check,
    messages={
        "yuan": {"zh": "收费金额「{raw}」以元为单位，表头要求以万元为单位",
                 "en": "the fee 「{raw}」 is in yuan; the header asks for 万元"},
        "yuan.hint": {"zh": "换算为万元（除以 10000）并去掉“元”字",
                      "en": "convert to 万元 (divide by 10,000) and drop 元"},
        "decimals": {"zh": "收费金额「{raw}」有 {decimals} 位小数，超过 {limit} 位",
                     "en": "the fee 「{raw}」 has {decimals} decimals, more than {limit}"},
        "decimals.hint": {"zh": "保留 {limit} 位小数：{rounded}", "en": "round to {limit} decimals: {rounded}"},
        "implausible": {"zh": "乡镇（街道）的收费金额「{raw}」万元超过 {limit} 万元，疑为以元填写",
                        "en": "a township's fee of {raw} 万元 exceeds {limit} 万元: written in yuan?"},
        "implausible.hint": {"zh": "若原数以元计，应填 {yuan}（万元）",
                             "en": "if the figure is in yuan, write {yuan} (万元)"},
    },
    doc=__doc__,
    options=Options,
    editions=frozenset({"2021"}),
)
